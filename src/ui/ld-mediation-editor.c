/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-core-error.h"
#include "ld-date-format.h"
#include "ld-dialog-form.h"
#include "ld-editor-rows.h"
#include "ld-form-rows.h"
#include "ld-mediation-editor-private.h"
#include "ld-mediation-store.h"
#include "ld-petition-store.h"
#include "ld-settings-store.h"
#include "ld-ui-date.h"
#include "ld-ui-resources.h"

/* The mediation case editor: the window, the case form and saving. The
 * parties, sessions and agreement are the embedded editors'; the status,
 * reminders and documents are in the -workflow and -documents files. */

G_DEFINE_FINAL_TYPE (LdMediationEditor, ld_mediation_editor, ADW_TYPE_WINDOW)

typedef enum
{
  FIELD_TEXT,
  FIELD_LONG,      /* several lines: a text view */
  FIELD_DATE,
  FIELD_ENUM,
  FIELD_CATEGORY,  /* the organisation's dispute categories */
  FIELD_BOOL,
} FieldType;

typedef struct
{
  const char *prop;
  FieldType   type;
  const char *title;
} FieldSpec;

/* One edited property: its widget and the message under it. */
typedef struct
{
  LdMediationEditor *editor;
  const char        *prop;
  FieldType          type;
  GtkWidget         *row;
  GtkWidget         *message_row;
  GtkLabel          *message;
  gboolean           touched;
  gboolean           bad_date;
} Field;

static const FieldSpec case_fields[] = {
  { "kind", FIELD_ENUM, N_("Kind") },
  { "source", FIELD_ENUM, N_("Source") },
  { "category", FIELD_CATEGORY, N_("Category") },
  { "title", FIELD_TEXT, N_("Title") },
};

static const FieldSpec dispute_fields[] = {
  { "facts", FIELD_LONG, N_("Facts") },
  { "claims", FIELD_LONG, N_("Claims") },
};

static const FieldSpec mediation_fields[] = {
  { "committee", FIELD_TEXT, N_("Committee") },
  { "mediators", FIELD_TEXT, N_("Mediators (separated by 、, the one in charge first)") },
  { "applied-on", FIELD_DATE, N_("Date Applied") },
  { "accepted-on", FIELD_DATE, N_("Date Accepted") },
  { "party-refused", FIELD_BOOL, N_("A Party Refused Mediation") },
  { "extension-approved", FIELD_BOOL, N_("Extension Approved (Administrative)") },
};

/* Helpers */

void
ld_mediation_editor_toast (LdMediationEditor *self,
                           const char        *message)
{
  if (self->toast_overlay != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
ld_mediation_editor_show_error (LdMediationEditor *self,
                                const char        *name,
                                const char        *heading,
                                const GError      *error)
{
  ld_editor_show_error (GTK_WINDOW (self), name, heading, error);
}

static GListModel *
enum_labels (const char *prop)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  if (g_str_equal (prop, "kind"))
    for (int i = 0; i < LD_N_MEDIATION_KINDS; i++)
      gtk_string_list_append (list, ld_mediation_kind_get_label (i));
  else
    for (int i = 0; i < LD_N_MEDIATION_SOURCES; i++)
      gtk_string_list_append (list, ld_mediation_source_get_label (i));
  return G_LIST_MODEL (list);
}

/* Messages */

static void
update_messages (LdMediationEditor *self)
{
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  gboolean saved = ld_mediation_case_get_id (self->mcase) != 0;
  GHashTableIter iter;
  Field *field;
  GDate today;

  ld_get_today (&today);
  ld_mediation_case_validate (self->mcase, &today, issues);

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &field))
    ld_form_show_issue (field->message_row, field->message, field->row, field->bad_date,
                        ld_field_issues_find (issues, field->prop), field->touched || saved);

  ld_mediation_parties_editor_show_issues (self->parties_editor, issues);
  ld_mediation_timeline_show_issues (self->timeline, issues);
  ld_mediation_agreement_editor_show_issues (self->agreement_editor, issues);
}

void
ld_mediation_editor_update_title (LdMediationEditor *self)
{
  const char *number = ld_mediation_case_get_number (self->mcase);
  g_autofree char *subtitle = NULL;

  if (*number != '\0')
    /* Translators: the editor's subtitle: the case's title and its status. */
    subtitle = g_strdup_printf (C_("editor subtitle", "%s · %s"), ld_mediation_case_get_title (self->mcase),
                                ld_mediation_status_get_label (ld_mediation_case_get_status (self->mcase)));
  ld_editor_show_title (self->window_title, *number != '\0' ? number : _("New Mediation Case"), subtitle,
                        self->modified);
}

static void
set_modified (LdMediationEditor *self)
{
  self->modified = TRUE;
  update_messages (self);
  ld_mediation_editor_update_title (self);
  ld_mediation_editor_refresh_workflow (self);
  ld_mediation_editor_schedule_draft (self);
}

/* Any change of the case, from the form or from an embedded editor. */
static void
case_changed_cb (LdMediationCase   *mcase,
                 LdMediationEditor *self)
{
  if (!self->filling)
    set_modified (self);
}

/* Filling the widgets from the case */

static void
fill_categories (LdMediationEditor *self,
                 Field             *field)
{
  const char *current = ld_mediation_case_get_category (self->mcase);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  g_auto(GStrv) names = NULL;
  g_autoptr(GError) error = NULL;
  guint selected = 0;

  g_ptr_array_set_size (self->category_names, 0);
  g_ptr_array_add (self->category_names, g_strdup (""));
  gtk_string_list_append (labels, _("Not Chosen"));
  names = ld_mediation_store_list_categories (self->database, FALSE, &error);
  if (names == NULL)
    g_warning ("Could not list the dispute categories: %s", error->message);
  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      if (g_str_equal (names[i], current))
        selected = self->category_names->len;
      g_ptr_array_add (self->category_names, g_strdup (names[i]));
      gtk_string_list_append (labels, ld_dispute_category_get_label (names[i]));
    }
  /* A case keeps a retired (or renamed away) category. */
  if (selected == 0 && *current != '\0')
    {
      selected = self->category_names->len;
      g_ptr_array_add (self->category_names, g_strdup (current));
      gtk_string_list_append (labels, ld_dispute_category_get_label (current));
    }
  adw_combo_row_set_model (ADW_COMBO_ROW (field->row), G_LIST_MODEL (labels));
  adw_combo_row_set_selected (ADW_COMBO_ROW (field->row), selected);
}

static void
fill_field (LdMediationEditor *self,
            Field             *field)
{
  switch (field->type)
    {
    case FIELD_TEXT:
      {
        g_autofree char *text = NULL;

        g_object_get (self->mcase, field->prop, &text, NULL);
        gtk_editable_set_text (GTK_EDITABLE (field->row), text != NULL ? text : "");
      }
      break;
    case FIELD_LONG:
      {
        g_autofree char *text = NULL;

        g_object_get (self->mcase, field->prop, &text, NULL);
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->row)),
                                  text != NULL ? text : "", -1);
      }
      break;
    case FIELD_DATE:
      {
        g_autoptr(GDate) date = NULL;
        g_autofree char *text = NULL;

        g_object_get (self->mcase, field->prop, &date, NULL);
        text = ld_ui_date_to_text (date);
        gtk_editable_set_text (GTK_EDITABLE (field->row), text);
        field->bad_date = FALSE;
      }
      break;
    case FIELD_ENUM:
      adw_combo_row_set_selected (ADW_COMBO_ROW (field->row),
                                  g_str_equal (field->prop, "kind")
                                  ? (guint) ld_mediation_case_get_kind (self->mcase)
                                  : (guint) ld_mediation_case_get_source (self->mcase));
      if (g_str_equal (field->prop, "kind"))
        {
          /* A stored case's number (人调 / 行调) says its kind: it stays. */
          gboolean stored = ld_mediation_case_get_id (self->mcase) != 0;

          gtk_widget_set_sensitive (field->row, !stored);
          gtk_widget_set_tooltip_text (field->row,
                                       stored ? _("The case's number fixes its kind.") : NULL);
        }
      break;
    case FIELD_CATEGORY:
      fill_categories (self, field);
      break;
    case FIELD_BOOL:
      {
        gboolean active = FALSE;

        g_object_get (self->mcase, field->prop, &active, NULL);
        gtk_switch_set_active (GTK_SWITCH (field->row), active);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

void
ld_mediation_editor_update_agreement_issued (LdMediationEditor *self)
{
  gint64 id = ld_mediation_case_get_id (self->mcase);
  gboolean issued = FALSE;
  g_autoptr(GError) error = NULL;

  if (id != 0 && !ld_mediation_store_has_issued_agreement (self->database, id, &issued, &error))
    {
      g_warning ("Could not tell whether an agreement was issued: %s", error->message);
      issued = FALSE;
    }
  self->agreement_issued = issued;
  ld_mediation_agreement_editor_set_terms_locked (self->agreement_editor, issued);
}

static void
fill_all (LdMediationEditor *self)
{
  GHashTableIter iter;
  Field *field;

  self->filling = TRUE;
  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &field))
    fill_field (self, field);
  ld_mediation_parties_editor_set_case (self->parties_editor, self->mcase);
  ld_mediation_timeline_set_case (self->timeline, self->mcase);
  ld_mediation_agreement_editor_set_case (self->agreement_editor, self->mcase);
  ld_mediation_editor_update_agreement_issued (self);
  self->filling = FALSE;
  update_messages (self);
  ld_mediation_editor_update_title (self);
  ld_mediation_editor_refresh_status (self);
  ld_mediation_editor_refresh_workflow (self);
  ld_mediation_editor_refresh_issued (self);
}

/* Writing the widgets back: each setter emits the case's "changed". */

static void
text_changed_cb (GtkEditable *editable,
                 Field       *field)
{
  LdMediationEditor *self = field->editor;
  const char *text = gtk_editable_get_text (editable);

  if (self->filling)
    return;
  field->touched = TRUE;
  if (field->type == FIELD_DATE)
    {
      GDate date;
      gboolean was_bad = field->bad_date;

      field->bad_date = !ld_ui_date_parse (text, &date) && *text != '\0';
      if (!field->bad_date)
        g_object_set (self->mcase, field->prop, *text != '\0' ? &date : NULL, NULL);
      /* The case did not change, but the message under the field did. */
      if (field->bad_date || was_bad)
        set_modified (self);
    }
  else
    g_object_set (self->mcase, field->prop, text, NULL);
}

static void
buffer_changed_cb (GtkTextBuffer *buffer,
                   Field         *field)
{
  LdMediationEditor *self = field->editor;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->filling)
    return;
  field->touched = TRUE;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_object_set (self->mcase, field->prop, text, NULL);
}

static void
selected_cb (AdwComboRow *row,
             GParamSpec  *pspec,
             Field       *field)
{
  LdMediationEditor *self = field->editor;
  guint value = adw_combo_row_get_selected (row);

  if (self->filling || value == GTK_INVALID_LIST_POSITION)
    return;
  field->touched = TRUE;
  if (g_str_equal (field->prop, "kind"))
    ld_mediation_case_set_kind (self->mcase, value);
  else if (g_str_equal (field->prop, "source"))
    ld_mediation_case_set_source (self->mcase, value);
  else if (value < self->category_names->len)
    ld_mediation_case_set_category (self->mcase, g_ptr_array_index (self->category_names, value));
}

static void
switch_active_cb (GtkSwitch  *toggle,
                  GParamSpec *pspec,
                  Field      *field)
{
  LdMediationEditor *self = field->editor;

  if (self->filling)
    return;
  field->touched = TRUE;
  g_object_set (self->mcase, field->prop, gtk_switch_get_active (toggle), NULL);
}

/* Building the form */

static GtkWidget *
add_group (LdMediationEditor *self,
           const char        *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (self->case_page, ADW_PREFERENCES_GROUP (group));
  return group;
}

static GtkWidget *
make_long_row (Field      *field,
               const char *title)
{
  GtkWidget *row = ld_form_text_row_new (title, 96, &field->row);

  g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->row)), "changed",
                    G_CALLBACK (buffer_changed_cb), field);
  return row;
}

static void
add_fields (LdMediationEditor *self,
            GtkWidget         *group,
            const FieldSpec   *specs,
            gsize              n_specs)
{
  for (gsize i = 0; i < n_specs; i++)
    {
      Field *field = g_new0 (Field, 1);
      g_autofree char *message_name = g_strconcat (specs[i].prop, "-message", NULL);
      const char *title = _(specs[i].title);
      GtkWidget *row_widget;

      field->editor = self;
      field->prop = specs[i].prop;
      field->type = specs[i].type;

      switch (field->type)
        {
        case FIELD_TEXT:
        case FIELD_DATE:
          row_widget = field->row = adw_entry_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), title);
          g_signal_connect (field->row, "changed", G_CALLBACK (text_changed_cb), field);
          break;
        case FIELD_LONG:
          row_widget = make_long_row (field, title);
          break;
        case FIELD_ENUM:
        case FIELD_CATEGORY:
          row_widget = field->row = adw_combo_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), title);
          if (field->type == FIELD_ENUM)
            {
              g_autoptr(GListModel) labels = enum_labels (field->prop);

              adw_combo_row_set_model (ADW_COMBO_ROW (field->row), labels);
            }
          g_signal_connect (field->row, "notify::selected", G_CALLBACK (selected_cb), field);
          break;
        case FIELD_BOOL:
          row_widget = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row_widget), title);
          field->row = gtk_switch_new ();
          gtk_widget_set_valign (field->row, GTK_ALIGN_CENTER);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row_widget), field->row);
          adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row_widget), field->row);
          g_signal_connect (field->row, "notify::active", G_CALLBACK (switch_active_cb), field);
          break;
        default:
          g_assert_not_reached ();
        }
      gtk_widget_set_name (field->row, field->prop);

      field->message_row = ld_form_message_row_new (message_name, &field->message);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row_widget);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), field->message_row);
      g_hash_table_insert (self->fields, (gpointer) field->prop, field);
    }
}

/* Save */

static void
touch_all (LdMediationEditor *self)
{
  GHashTableIter iter;
  Field *field;

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &field))
    field->touched = TRUE;
  update_messages (self);
}

/* Why the form cannot be saved as shown, or NULL. */
static GError *
check_form (LdMediationEditor *self)
{
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  GHashTableIter iter;
  Field *field;
  GDate today;

  /* The case still holds the last date that parsed: not what is shown. */
  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &field))
    if (field->bad_date)
      return g_error_new_literal (LD_CORE_ERROR, LD_CORE_ERROR_INVALID, ld_form_bad_date_message ());

  ld_get_today (&today);
  if (ld_mediation_case_validate (self->mcase, &today, issues))
    return NULL;
  for (guint i = 0; i < issues->len; i++)
    {
      LdFieldIssue *issue = g_ptr_array_index (issues, i);

      if (issue->severity == LD_ISSUE_ERROR)
        return g_error_new_literal (LD_CORE_ERROR, LD_CORE_ERROR_INVALID, issue->message);
    }
  /* An error without an issue: the validator's bug, but still no save. */
  return g_error_new_literal (LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                              _("The case does not validate; check the marked fields."));
}

void
ld_mediation_editor_reload (LdMediationEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdMediationCase) stored = ld_mediation_store_get (self->database,
                                                              ld_mediation_case_get_id (self->mcase),
                                                              &error);

  if (stored == NULL)
    {
      ld_mediation_editor_show_error (self, NULL, _("Could Not Load the Case"), error);
      return;
    }
  self->modified = FALSE;
  g_clear_handle_id (&self->draft_id, g_source_remove);
  ld_mediation_editor_set_case (self, stored);
}

void
ld_mediation_editor_set_case (LdMediationEditor *self,
                              LdMediationCase   *mcase)
{
  if (self->mcase != NULL)
    g_clear_signal_handler (&self->changed_id, self->mcase);
  /* The party, term, session … dialogs work on the case they opened on:
   * their Save would go into the copy dropped here. */
  if (mcase != self->mcase)
    ld_dialog_form_close_tied (GTK_WINDOW (self));
  g_set_object (&self->mcase, mcase);
  self->changed_id = g_signal_connect (self->mcase, "changed", G_CALLBACK (case_changed_cb), self);
  fill_all (self);
}

gboolean
ld_mediation_editor_save (LdMediationEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean inserted = ld_mediation_case_get_id (self->mcase) == 0;
  gboolean ok;

  touch_all (self);
  error = check_form (self);
  if (error != NULL)
    {
      ld_mediation_editor_show_error (self, "save-refused", _("Could Not Save the Case"), error);
      return FALSE;
    }

  /* The store sets ids, the number and the due date on the case: not
   * changes of the user's. */
  self->filling = TRUE;
  if (inserted)
    ok = ld_mediation_store_insert (self->database, self->mcase, &error) != 0;
  else
    ok = ld_mediation_store_update (self->database, self->mcase, &error);
  self->filling = FALSE;
  if (!ok)
    {
      ld_mediation_editor_show_error (self, "save-refused", _("Could Not Save the Case"), error);
      return FALSE;
    }

  /* A new case's draft was kept under id 0. */
  ld_mediation_editor_discard_draft (self, inserted ? 0 : ld_mediation_case_get_id (self->mcase));
  ld_mediation_editor_reload (self);
  {
    g_autofree char *message = g_strdup_printf (_("Saved as %s"), ld_mediation_case_get_number (self->mcase));

    ld_mediation_editor_toast (self, message);
  }
  return TRUE;
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ld_mediation_editor_save (LD_MEDIATION_EDITOR (widget));
}

static void
status_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LdMediationStatus status;

  if (ld_mediation_status_from_id (g_variant_get_string (parameter, NULL), &status))
    ld_mediation_editor_run_status (LD_MEDIATION_EDITOR (widget), status);
}

static void
document_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ld_mediation_editor_show_document (LD_MEDIATION_EDITOR (widget),
                                     g_variant_get_string (parameter, NULL));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  ld_mediation_editor_confirm_delete (LD_MEDIATION_EDITOR (widget));
}

static void
print_record_cb (LdMediationTimeline *timeline,
                 guint                index,
                 LdMediationEditor   *self)
{
  ld_mediation_editor_show_record (self, index);
}

/* GObject */

static gboolean
ld_mediation_editor_close_request (GtkWindow *window)
{
  LdMediationEditor *self = LD_MEDIATION_EDITOR (window);

  /* Unsaved changes stay as a draft: closing never loses them, even when
   * the draft kept a second after the last change is gone (a new record's
   * draft under id 0 dropped by another editor's Save). */
  if (self->modified)
    ld_mediation_editor_save_draft_now (self);
  return GTK_WINDOW_CLASS (ld_mediation_editor_parent_class)->close_request (window);
}

static void
ld_mediation_editor_dispose (GObject *object)
{
  LdMediationEditor *self = LD_MEDIATION_EDITOR (object);

  /* A window destroyed without closing keeps its changes as well. */
  if (self->modified)
    ld_mediation_editor_save_draft_now (self);
  if (self->mcase != NULL)
    g_clear_signal_handler (&self->changed_id, self->mcase);

  gtk_widget_dispose_template (GTK_WIDGET (self), LD_TYPE_MEDIATION_EDITOR);
  self->toast_overlay = NULL;
  self->parties_editor = NULL;
  self->timeline = NULL;
  self->agreement_editor = NULL;
  g_clear_object (&self->database);
  g_clear_object (&self->settings);
  g_clear_object (&self->calendar);

  G_OBJECT_CLASS (ld_mediation_editor_parent_class)->dispose (object);
}

static void
ld_mediation_editor_finalize (GObject *object)
{
  LdMediationEditor *self = LD_MEDIATION_EDITOR (object);

  g_clear_object (&self->mcase);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->category_names, g_ptr_array_unref);
  g_clear_pointer (&self->reminder_rows, g_ptr_array_unref);
  g_clear_pointer (&self->issued_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ld_mediation_editor_parent_class)->finalize (object);
}

static void
ld_mediation_editor_class_init (LdMediationEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ld_mediation_editor_dispose;
  object_class->finalize = ld_mediation_editor_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = ld_mediation_editor_close_request;

  g_resources_register (ld_ui_get_resource ());
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/legaldesk/LegalDesk/ui/ld-mediation-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LdMediationEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, LdMediationEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LdMediationEditor, case_page);
  gtk_widget_class_bind_template_child (widget_class, LdMediationEditor, parties_clamp);
  gtk_widget_class_bind_template_child (widget_class, LdMediationEditor, sessions_clamp);
  gtk_widget_class_bind_template_child (widget_class, LdMediationEditor, agreement_clamp);
  gtk_widget_class_bind_template_child (widget_class, LdMediationEditor, documents_button);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.status", "s", status_action);
  gtk_widget_class_install_action (widget_class, "editor.document", "s", document_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
ld_mediation_editor_init (LdMediationEditor *self)
{
  GtkWidget *group;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->category_names = g_ptr_array_new_with_free_func (g_free);
  self->reminder_rows = g_ptr_array_new ();
  self->issued_rows = g_ptr_array_new ();
  ld_mediation_reminder_settings_init (&self->reminder_settings);

  ld_mediation_editor_build_workflow (self);
  group = add_group (self, _("Case"));
  add_fields (self, group, case_fields, G_N_ELEMENTS (case_fields));
  group = add_group (self, _("Dispute"));
  add_fields (self, group, dispute_fields, G_N_ELEMENTS (dispute_fields));
  group = add_group (self, _("Mediation"));
  add_fields (self, group, mediation_fields, G_N_ELEMENTS (mediation_fields));
  adw_preferences_page_add (self->case_page, self->issued_group);

  self->parties_editor = LD_MEDIATION_PARTIES_EDITOR (ld_mediation_parties_editor_new ());
  adw_clamp_set_child (self->parties_clamp, GTK_WIDGET (self->parties_editor));
  self->timeline = LD_MEDIATION_TIMELINE (ld_mediation_timeline_new ());
  adw_clamp_set_child (self->sessions_clamp, GTK_WIDGET (self->timeline));
  g_signal_connect_object (self->timeline, "print-record", G_CALLBACK (print_record_cb), self, 0);
  self->agreement_editor = LD_MEDIATION_AGREEMENT_EDITOR (ld_mediation_agreement_editor_new ());
  adw_clamp_set_child (self->agreement_clamp, GTK_WIDGET (self->agreement_editor));
}

LdMediationEditor *
ld_mediation_editor_new (GtkWindow   *parent,
                         LdDatabase  *database,
                         gint64       id,
                         GError     **error)
{
  g_autoptr(LdOrgSettings) settings = NULL;
  g_autoptr(LdCalendar) calendar = NULL;
  g_autoptr(LdMediationCase) mcase = NULL;
  LdMediationReminderSettings reminder_settings;
  LdMediationEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LD_IS_DATABASE (database), NULL);
  g_return_val_if_fail (id >= 0, NULL);

  settings = ld_settings_store_load (database, error);
  if (settings == NULL)
    return NULL;
  calendar = ld_petition_store_load_calendar (database, error);
  if (calendar == NULL)
    return NULL;
  if (!ld_mediation_store_load_reminder_settings (database, &reminder_settings, error))
    return NULL;
  if (id != 0)
    {
      mcase = ld_mediation_store_get (database, id, error);
      if (mcase == NULL)
        return NULL;
    }
  else
    {
      GDate today;

      mcase = ld_mediation_case_new ();
      ld_get_today (&today);
      ld_mediation_case_set_applied_on (mcase, &today);
    }

  self = g_object_new (LD_TYPE_MEDIATION_EDITOR, NULL);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  self->database = g_object_ref (database);
  self->settings = g_steal_pointer (&settings);
  self->calendar = g_steal_pointer (&calendar);
  self->reminder_settings = reminder_settings;
  ld_mediation_timeline_set_database (self->timeline, database);
  ld_mediation_agreement_editor_set_reminder_context (self->agreement_editor, self->calendar,
                                                      &self->reminder_settings);
  ld_mediation_editor_set_case (self, mcase);
  ld_mediation_editor_offer_draft_later (self);
  return self;
}

LdMediationCase *
ld_mediation_editor_get_case (LdMediationEditor *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_EDITOR (self), NULL);
  return self->mcase;
}

gboolean
ld_mediation_editor_get_modified (LdMediationEditor *self)
{
  g_return_val_if_fail (LD_IS_MEDIATION_EDITOR (self), FALSE);
  return self->modified;
}

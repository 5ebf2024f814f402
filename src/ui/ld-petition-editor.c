/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-petition-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-core-error.h"
#include "ld-date-format.h"
#include "ld-editor-rows.h"
#include "ld-form-rows.h"
#include "ld-petition-editor-private.h"
#include "ld-petition-store.h"
#include "ld-settings-store.h"
#include "ld-ui-date.h"
#include "ld-ui-resources.h"

G_DEFINE_FINAL_TYPE (LdPetitionEditor, ld_petition_editor, ADW_TYPE_WINDOW)

typedef enum
{
  FIELD_TEXT,
  FIELD_DATE,
  FIELD_ENUM,
  FIELD_COUNT,
  FIELD_LONG,   /* several lines: a text view */
} FieldType;

typedef struct
{
  const char *prop;
  FieldType   type;
  const char *title;
} FieldSpec;

/* One edited property: its row (or spin button) and the message under it. */
typedef struct
{
  LdPetitionEditor *editor;
  const char       *prop;
  FieldType         type;
  GtkWidget        *row;
  GtkWidget        *message_row;
  GtkLabel         *message;
  gboolean          touched;
  gboolean          bad_date;
} Field;

static const FieldSpec registration_fields[] = {
  { "channel", FIELD_ENUM, N_("Channel") },
  { "received-on", FIELD_DATE, N_("Date Received") },
  { "handler", FIELD_TEXT, N_("Handler") },
  { "urgency", FIELD_ENUM, N_("Urgency") },
};

static const FieldSpec petitioner_fields[] = {
  { "petitioner-name", FIELD_TEXT, N_("Name") },
  { "petitioner-id-number", FIELD_TEXT, N_("Citizen ID Number") },
  { "petitioner-phone", FIELD_TEXT, N_("Phone") },
  { "petitioner-address", FIELD_TEXT, N_("Address") },
  { "people-count", FIELD_COUNT, N_("Number of People") },
};

static const FieldSpec matter_fields[] = {
  { "type", FIELD_ENUM, N_("Type") },
  { "category", FIELD_TEXT, N_("Category") },
  { "title", FIELD_TEXT, N_("Title") },
  { "content", FIELD_LONG, N_("Content") },
  { "demands", FIELD_LONG, N_("Demands") },
  { "department-concerned", FIELD_TEXT, N_("Department or Locality Concerned") },
};

/* Helpers */

void
ld_petition_editor_toast (LdPetitionEditor *self,
                          const char       *message)
{
  if (self->toast_overlay != NULL)
    adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
ld_petition_editor_show_error (LdPetitionEditor *self,
                               const char       *name,
                               const char       *heading,
                               const GError     *error)
{
  ld_editor_show_error (GTK_WINDOW (self), name, heading, error);
}

static GListModel *
enum_labels (const char *prop)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  if (g_str_equal (prop, "channel"))
    for (int i = 0; i < LD_N_PETITION_CHANNELS; i++)
      gtk_string_list_append (list, ld_petition_channel_get_label (i));
  else if (g_str_equal (prop, "type"))
    for (int i = 0; i < LD_N_PETITION_TYPES; i++)
      gtk_string_list_append (list, ld_petition_type_get_label (i));
  else if (g_str_equal (prop, "urgency"))
    for (int i = 0; i < LD_N_PETITION_URGENCIES; i++)
      gtk_string_list_append (list, ld_petition_urgency_get_label (i));
  return G_LIST_MODEL (list);
}

/* Messages */

/* The group flag follows the people count (the policy's threshold). */
static void
update_group_flag (LdPetitionEditor *self)
{
  Field *field = g_hash_table_lookup (self->fields, "people-count");
  GtkWidget *row = gtk_widget_get_ancestor (field->row, ADW_TYPE_ACTION_ROW);
  g_autofree char *text = NULL;

  if (ld_petition_get_is_group (self->petition))
    text = g_strdup_printf (_("Group petition (%d or more people)"),
                            ld_deadline_policy_get_group_threshold (self->policy));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), text != NULL ? text : "");
}

static void
update_messages (LdPetitionEditor *self)
{
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  GHashTableIter iter;
  Field *field;

  ld_petition_validate (self->petition, self->policy, issues);

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &field))
    {
      LdFieldIssue *issue = ld_field_issues_find (issues, field->prop);

      /* The group flag and the representatives speak under the count. */
      if (issue == NULL && g_str_equal (field->prop, "people-count"))
        issue = ld_field_issues_find (issues, "representatives");
      ld_form_show_issue (field->message_row, field->message, field->row, field->bad_date, issue,
                          field->touched || ld_petition_get_id (self->petition) != 0);
    }
  update_group_flag (self);
}

void
ld_petition_editor_update_title (LdPetitionEditor *self)
{
  const char *title = ld_petition_get_title (self->petition);
  const char *number = ld_petition_get_number (self->petition);
  g_autofree char *subtitle = NULL;

  if (*number != '\0')
    /* Translators: the editor's subtitle: the register number and the status. */
    subtitle = g_strdup_printf (C_("editor subtitle", "%s · %s"), number,
                                ld_petition_status_get_label (ld_petition_get_status (self->petition)));
  ld_editor_show_title (self->window_title, *title != '\0' ? title : _("New Petition"), subtitle,
                        self->modified);
}

static void
set_modified (LdPetitionEditor *self)
{
  self->modified = TRUE;
  update_messages (self);
  ld_petition_editor_update_title (self);
  ld_petition_editor_schedule_draft (self);
}

/* Filling the widgets from the petition */

static void
fill_field (LdPetitionEditor *self,
            Field            *field)
{
  switch (field->type)
    {
    case FIELD_TEXT:
      {
        g_autofree char *text = NULL;

        g_object_get (self->petition, field->prop, &text, NULL);
        gtk_editable_set_text (GTK_EDITABLE (field->row), text != NULL ? text : "");
      }
      break;
    case FIELD_DATE:
      {
        g_autofree char *text = ld_ui_date_to_text (ld_petition_get_received_on (self->petition));

        gtk_editable_set_text (GTK_EDITABLE (field->row), text);
        field->bad_date = FALSE;
      }
      break;
    case FIELD_ENUM:
      {
        guint value = 0;

        if (g_str_equal (field->prop, "channel"))
          value = ld_petition_get_channel (self->petition);
        else if (g_str_equal (field->prop, "type"))
          value = ld_petition_get_petition_type (self->petition);
        else
          value = ld_petition_get_urgency (self->petition);
        adw_combo_row_set_selected (ADW_COMBO_ROW (field->row), value);
      }
      break;
    case FIELD_COUNT:
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (field->row),
                                 ld_petition_get_people_count (self->petition));
      break;
    case FIELD_LONG:
      {
        g_autofree char *text = NULL;

        g_object_get (self->petition, field->prop, &text, NULL);
        gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->row)),
                                  text != NULL ? text : "", -1);
      }
      break;
    default:
      g_assert_not_reached ();
    }
}

static void rebuild_representatives (LdPetitionEditor *self);

static void
fill_all (LdPetitionEditor *self)
{
  GHashTableIter iter;
  Field *field;

  self->filling = TRUE;
  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &field))
    fill_field (self, field);
  rebuild_representatives (self);
  self->filling = FALSE;
  update_messages (self);
  ld_petition_editor_update_title (self);
  ld_petition_editor_refresh_workflow (self);
}

/* Writing the widgets back */

static void
text_changed_cb (GtkEditable *editable,
                 Field       *field)
{
  LdPetitionEditor *self = field->editor;
  const char *text = gtk_editable_get_text (editable);

  if (self->filling)
    return;
  field->touched = TRUE;
  if (field->type == FIELD_DATE)
    {
      GDate date;

      field->bad_date = !ld_ui_date_parse (text, &date) && *text != '\0';
      if (!field->bad_date)
        ld_petition_set_received_on (self->petition, *text != '\0' ? &date : NULL);
    }
  else
    g_object_set (self->petition, field->prop, text, NULL);
  set_modified (self);
}

static void
buffer_changed_cb (GtkTextBuffer *buffer,
                   Field         *field)
{
  LdPetitionEditor *self = field->editor;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (self->filling)
    return;
  field->touched = TRUE;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_object_set (self->petition, field->prop, text, NULL);
  set_modified (self);
}

static void
selected_cb (AdwComboRow *row,
             GParamSpec  *pspec,
             Field       *field)
{
  LdPetitionEditor *self = field->editor;
  guint value = adw_combo_row_get_selected (row);

  if (self->filling || value == GTK_INVALID_LIST_POSITION)
    return;
  if (g_str_equal (field->prop, "channel"))
    ld_petition_set_channel (self->petition, value);
  else if (g_str_equal (field->prop, "type"))
    ld_petition_set_petition_type (self->petition, value);
  else
    ld_petition_set_urgency (self->petition, value);
  set_modified (self);
}

static void
count_changed_cb (GtkSpinButton *spin,
                  Field         *field)
{
  LdPetitionEditor *self = field->editor;

  if (self->filling)
    return;
  field->touched = TRUE;
  ld_petition_set_people_count (self->petition, gtk_spin_button_get_value_as_int (spin));
  /* The group flag follows the policy's threshold. */
  ld_petition_update_group_flag (self->petition,
                                 ld_deadline_policy_get_group_threshold (self->policy));
  set_modified (self);
}

/* Building the form */

static void
field_free (gpointer data)
{
  g_free (data);
}

static GtkWidget *
add_group (LdPetitionEditor *self,
           const char       *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
  return group;
}

static void
add_fields (LdPetitionEditor *self,
            GtkWidget        *group,
            const FieldSpec  *specs,
            gsize             n_specs)
{
  for (gsize i = 0; i < n_specs; i++)
    {
      Field *field = g_new0 (Field, 1);
      g_autofree char *message_name = g_strconcat (specs[i].prop, "-message", NULL);
      GtkWidget *row_widget;

      field->editor = self;
      field->prop = specs[i].prop;
      field->type = specs[i].type;

      switch (field->type)
        {
        case FIELD_TEXT:
        case FIELD_DATE:
          row_widget = field->row = adw_entry_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), _(specs[i].title));
          g_signal_connect (field->row, "changed", G_CALLBACK (text_changed_cb), field);
          break;
        case FIELD_ENUM:
          row_widget = field->row = adw_combo_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), _(specs[i].title));
          {
            g_autoptr(GListModel) labels = enum_labels (field->prop);

            adw_combo_row_set_model (ADW_COMBO_ROW (field->row), labels);
          }
          g_signal_connect (field->row, "notify::selected", G_CALLBACK (selected_cb), field);
          break;
        case FIELD_COUNT:
          row_widget = adw_action_row_new ();
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row_widget), _(specs[i].title));
          field->row = gtk_spin_button_new_with_range (1, 100000, 1);
          gtk_widget_set_valign (field->row, GTK_ALIGN_CENTER);
          adw_action_row_add_suffix (ADW_ACTION_ROW (row_widget), field->row);
          g_signal_connect (field->row, "value-changed", G_CALLBACK (count_changed_cb), field);
          break;
        case FIELD_LONG:
          row_widget = ld_form_text_row_new (_(specs[i].title), 72, &field->row);
          g_signal_connect (gtk_text_view_get_buffer (GTK_TEXT_VIEW (field->row)), "changed",
                            G_CALLBACK (buffer_changed_cb), field);
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

/* Representatives (Art 20: at most 5) */

typedef struct
{
  LdPetitionEditor *editor;
  guint             index;
} RepresentativeRef;

static void
representative_changed_cb (GtkEditable       *editable,
                           RepresentativeRef *ref)
{
  LdPetitionEditor *self = ref->editor;
  GPtrArray *people = ld_petition_get_representatives (self->petition);
  LdPetitionPerson *person;
  const char *which = g_object_get_data (G_OBJECT (editable), "ld-person-field");
  char **slot;

  if (self->filling || ref->index >= people->len)
    return;
  person = g_ptr_array_index (people, ref->index);
  slot = g_str_equal (which, "name") ? &person->name
         : g_str_equal (which, "id") ? &person->id_number
         : g_str_equal (which, "phone") ? &person->phone : &person->address;
  g_free (*slot);
  *slot = g_strdup (gtk_editable_get_text (editable));
  set_modified (self);
}

static void
remove_representative_cb (GtkButton         *button,
                          RepresentativeRef *ref)
{
  LdPetitionEditor *self = ref->editor;

  ld_petition_remove_representative (self->petition, ref->index);
  /* The emission holds @button while the rebuild drops its row. */
  rebuild_representatives (self);
  set_modified (self);
}

static void
add_representative_cb (GtkButton        *button,
                       LdPetitionEditor *self)
{
  g_autoptr(LdPetitionPerson) person = ld_petition_person_new (NULL, NULL, NULL, NULL);

  ld_petition_add_representative (self->petition, person);
  rebuild_representatives (self);
  set_modified (self);
}

static void
rebuild_representatives (LdPetitionEditor *self)
{
  GPtrArray *people = ld_petition_get_representatives (self->petition);
  gboolean filling = self->filling;

  for (guint i = 0; i < self->representative_rows->len; i++)
    adw_preferences_group_remove (self->representatives_group,
                                  g_ptr_array_index (self->representative_rows, i));
  g_ptr_array_set_size (self->representative_rows, 0);

  self->filling = TRUE;
  for (guint i = 0; i < people->len; i++)
    {
      LdPetitionPerson *person = g_ptr_array_index (people, i);
      static const char *parts[] = { "name", "id", "phone", "address" };
      const char *titles[] = { _("Name"), _("Citizen ID Number"), _("Phone"), _("Address") };
      const char *values[] = { person->name, person->id_number, person->phone, person->address };
      GtkWidget *expander = adw_expander_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
      RepresentativeRef *ref = g_new0 (RepresentativeRef, 1);

      ref->editor = self;
      ref->index = i;
      g_object_set_data_full (G_OBJECT (expander), "ld-ref", ref, g_free);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander),
                                     *person->name != '\0' ? person->name : _("Representative"));
      for (gsize p = 0; p < G_N_ELEMENTS (parts); p++)
        {
          GtkWidget *entry = adw_entry_row_new ();
          g_autofree char *name = g_strdup_printf ("representative-%u-%s", i, parts[p]);

          gtk_widget_set_name (entry, name);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (entry), titles[p]);
          gtk_editable_set_text (GTK_EDITABLE (entry), values[p]);
          g_object_set_data (G_OBJECT (entry), "ld-person-field", (gpointer) parts[p]);
          g_signal_connect (entry, "changed", G_CALLBACK (representative_changed_cb), ref);
          adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), entry);
        }
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_tooltip_text (remove, _("Remove Representative"));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_representative_cb), ref);
      adw_expander_row_add_action (ADW_EXPANDER_ROW (expander), remove);
      adw_preferences_group_add (self->representatives_group, expander);
      g_ptr_array_add (self->representative_rows, expander);
    }
  self->filling = filling;
  gtk_widget_set_sensitive (self->add_representative_button,
                            people->len < LD_PETITION_MAX_REPRESENTATIVES);
}

/* Save and repeats */

typedef struct
{
  LdPetitionEditor *editor;
  GArray           *earlier_ids;
} RepeatsData;

static void
repeats_data_free (RepeatsData *data)
{
  g_object_unref (data->editor);
  g_array_unref (data->earlier_ids);
  g_free (data);
}

static void
repeats_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     RepeatsData      *data)
{
  LdPetitionEditor *self = data->editor;
  gint64 id = ld_petition_get_id (self->petition);

  if (!g_str_equal (response, "link") || self->database == NULL)
    return;
  for (guint i = 0; i < data->earlier_ids->len; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!ld_petition_store_link_repeat (self->database, id,
                                          g_array_index (data->earlier_ids, gint64, i), &error))
        {
          ld_petition_editor_show_error (self, NULL, _("Could Not Link the Repeat"), error);
          return;
        }
    }
  ld_petition_editor_toast (self, _("Linked as a repeat petition"));
}

static void
show_repeats (LdPetitionEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) matches = ld_petition_store_find_repeats (self->database, self->petition, &error);
  RepeatsData *data;
  GtkWidget *dialog;
  GtkWidget *list;

  if (matches == NULL)
    {
      g_warning ("Could not look for repeats: %s", error->message);
      return;
    }
  if (matches->len == 0)
    return;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Possible Repeat Petition"),
                                   _("Earlier petitions look like this one. Link it to them "
                                     "as a repeat petition?"));
  gtk_widget_set_name (dialog, "repeats-dialog");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "not-repeat", _("_Not a Repeat"),
                                    "link", _("_Link as Repeat"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "link",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "not-repeat");

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  data = g_new0 (RepeatsData, 1);
  data->editor = g_object_ref (self);
  data->earlier_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint i = 0; i < matches->len; i++)
    {
      LdRepeatMatch *match = g_ptr_array_index (matches, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *reasons = ld_repeat_reason_describe (match->reasons);
      g_autofree char *title = g_strdup_printf ("%s %s", ld_petition_get_number (match->candidate),
                                                ld_petition_get_title (match->candidate));
      gint64 earlier = ld_petition_get_id (match->candidate);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), reasons);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_array_append_val (data->earlier_ids, earlier);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  g_signal_connect_data (dialog, "response", G_CALLBACK (repeats_response_cb), data,
                         (GClosureNotify) (void (*) (void)) repeats_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
touch_all (LdPetitionEditor *self)
{
  GHashTableIter iter;
  Field *field;

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &field))
    field->touched = TRUE;
  update_messages (self);
}

void
ld_petition_editor_reload (LdPetitionEditor *self)
{
  g_autoptr(GError) error = NULL;
  LdPetition *stored = ld_petition_store_get (self->database, ld_petition_get_id (self->petition), &error);

  if (stored == NULL)
    {
      ld_petition_editor_show_error (self, NULL, _("Could Not Load the Petition"), error);
      return;
    }
  self->modified = FALSE;
  g_clear_handle_id (&self->draft_id, g_source_remove);
  ld_petition_editor_set_petition (self, stored);
  g_object_unref (stored);
}

void
ld_petition_editor_set_petition (LdPetitionEditor *self,
                                 LdPetition       *petition)
{
  g_set_object (&self->petition, petition);
  fill_all (self);
}

gboolean
ld_petition_editor_save (LdPetitionEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean inserted = ld_petition_get_id (self->petition) == 0;
  gboolean ok;

  touch_all (self);
  {
    Field *date_field = g_hash_table_lookup (self->fields, "received-on");

    /* The petition still holds the last date that parsed: not what is shown. */
    if (date_field->bad_date)
      {
        g_autoptr(GError) date_error = g_error_new_literal (LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                                                            ld_form_bad_date_message ());

        ld_petition_editor_show_error (self, "save-refused", _("Could Not Save the Petition"), date_error);
        return FALSE;
      }
  }
  if (inserted)
    {
      const char *who = ld_petition_get_handler (self->petition);

      ok = ld_petition_store_insert (self->database, self->petition,
                                     *who != '\0' ? who : g_get_real_name (), &error) != 0;
    }
  else
    ok = ld_petition_store_update (self->database, self->petition, &error);
  if (!ok)
    {
      ld_petition_editor_show_error (self, "save-refused", _("Could Not Save the Petition"), error);
      return FALSE;
    }

  /* A new petition's draft was kept under id 0. */
  ld_petition_editor_discard_draft (self, inserted ? 0 : ld_petition_get_id (self->petition));
  ld_petition_editor_reload (self);
  {
    g_autofree char *message = g_strdup_printf (_("Saved as %s"), ld_petition_get_number (self->petition));

    ld_petition_editor_toast (self, message);
  }
  if (inserted)
    show_repeats (self);
  return TRUE;
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  ld_petition_editor_save (LD_PETITION_EDITOR (widget));
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LdPetitionStep step;

  if (ld_petition_step_from_id (g_variant_get_string (parameter, NULL), &step))
    ld_petition_editor_run_step (LD_PETITION_EDITOR (widget), step);
}

static void
document_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ld_petition_editor_show_document (LD_PETITION_EDITOR (widget),
                                    g_variant_get_string (parameter, NULL));
}

/* GObject */

static gboolean
ld_petition_editor_close_request (GtkWindow *window)
{
  LdPetitionEditor *self = LD_PETITION_EDITOR (window);

  /* Unsaved changes stay as a draft: closing never loses them, even when
   * the draft kept a second after the last change is gone (a new record's
   * draft under id 0 dropped by another editor's Save). */
  if (self->modified)
    ld_petition_editor_save_draft_now (self);
  return GTK_WINDOW_CLASS (ld_petition_editor_parent_class)->close_request (window);
}

static void
ld_petition_editor_dispose (GObject *object)
{
  LdPetitionEditor *self = LD_PETITION_EDITOR (object);

  /* A window destroyed without closing keeps its changes as well. */
  if (self->modified)
    ld_petition_editor_save_draft_now (self);

  gtk_widget_dispose_template (GTK_WIDGET (self), LD_TYPE_PETITION_EDITOR);
  self->toast_overlay = NULL;
  g_clear_object (&self->history_group);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);
  g_clear_object (&self->policy);
  g_clear_object (&self->calendar);

  G_OBJECT_CLASS (ld_petition_editor_parent_class)->dispose (object);
}

static void
ld_petition_editor_finalize (GObject *object)
{
  LdPetitionEditor *self = LD_PETITION_EDITOR (object);

  g_clear_object (&self->petition);
  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->representative_rows, g_ptr_array_unref);
  g_clear_pointer (&self->deadline_rows, g_ptr_array_unref);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);
  g_clear_pointer (&self->issued_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (ld_petition_editor_parent_class)->finalize (object);
}

static void
ld_petition_editor_class_init (LdPetitionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ld_petition_editor_dispose;
  object_class->finalize = ld_petition_editor_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = ld_petition_editor_close_request;

  g_resources_register (ld_ui_get_resource ());
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/legaldesk/LegalDesk/ui/ld-petition-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LdPetitionEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, LdPetitionEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LdPetitionEditor, page);
  gtk_widget_class_bind_template_child (widget_class, LdPetitionEditor, documents_button);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.step", "s", step_action);
  gtk_widget_class_install_action (widget_class, "editor.document", "s", document_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
}

static void
ld_petition_editor_init (LdPetitionEditor *self)
{
  GtkWidget *group;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, field_free);
  self->representative_rows = g_ptr_array_new ();
  self->deadline_rows = g_ptr_array_new ();
  self->history_rows = g_ptr_array_new ();
  self->issued_rows = g_ptr_array_new ();

  ld_petition_editor_build_workflow (self);
  group = add_group (self, _("Registration"));
  add_fields (self, group, registration_fields, G_N_ELEMENTS (registration_fields));
  group = add_group (self, _("Petitioner"));
  add_fields (self, group, petitioner_fields, G_N_ELEMENTS (petitioner_fields));

  group = add_group (self, _("Representatives"));
  self->representatives_group = ADW_PREFERENCES_GROUP (group);
  adw_preferences_group_set_description (self->representatives_group,
                                         _("A group petition elects at most 5 representatives."));
  self->add_representative_button = gtk_button_new_from_icon_name ("list-add-symbolic");
  gtk_widget_set_name (self->add_representative_button, "add-representative");
  gtk_widget_set_tooltip_text (self->add_representative_button, _("Add Representative"));
  gtk_widget_add_css_class (self->add_representative_button, "flat");
  g_signal_connect (self->add_representative_button, "clicked",
                    G_CALLBACK (add_representative_cb), self);
  adw_preferences_group_set_header_suffix (self->representatives_group,
                                           self->add_representative_button);

  group = add_group (self, _("Matter"));
  add_fields (self, group, matter_fields, G_N_ELEMENTS (matter_fields));
}

LdPetitionEditor *
ld_petition_editor_new (GtkWindow   *parent,
                        LdDatabase  *database,
                        gint64       id,
                        GError     **error)
{
  g_autoptr(LdOrgSettings) settings = NULL;
  g_autoptr(LdDeadlinePolicy) policy = NULL;
  g_autoptr(LdCalendar) calendar = NULL;
  g_autoptr(LdPetition) petition = NULL;
  LdPetitionEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LD_IS_DATABASE (database), NULL);
  g_return_val_if_fail (id >= 0, NULL);

  settings = ld_settings_store_load (database, error);
  if (settings == NULL)
    return NULL;
  policy = ld_petition_store_load_policy (database, error);
  if (policy == NULL)
    return NULL;
  calendar = ld_petition_store_load_calendar (database, error);
  if (calendar == NULL)
    return NULL;
  if (id != 0)
    {
      petition = ld_petition_store_get (database, id, error);
      if (petition == NULL)
        return NULL;
    }
  else
    {
      GDate today;

      petition = ld_petition_new ();
      ld_get_today (&today);
      ld_petition_set_received_on (petition, &today);
    }

  self = g_object_new (LD_TYPE_PETITION_EDITOR, NULL);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  self->database = g_object_ref (database);
  self->settings = g_steal_pointer (&settings);
  self->policy = g_steal_pointer (&policy);
  self->calendar = g_steal_pointer (&calendar);
  self->petition = g_steal_pointer (&petition);
  fill_all (self);
  ld_petition_editor_offer_draft_later (self);
  return self;
}

LdPetition *
ld_petition_editor_get_petition (LdPetitionEditor *self)
{
  g_return_val_if_fail (LD_IS_PETITION_EDITOR (self), NULL);
  return self->petition;
}

gboolean
ld_petition_editor_get_modified (LdPetitionEditor *self)
{
  g_return_val_if_fail (LD_IS_PETITION_EDITOR (self), FALSE);
  return self->modified;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-contract-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-contract-editor-private.h"
#include "ld-contract-opinion.h"
#include "ld-contract-store.h"
#include "ld-contract-workflow.h"
#include "ld-date-format.h"
#include "ld-draft-store.h"
#include "ld-editor-draft.h"
#include "ld-editor-rows.h"
#include "ld-form-rows.h"
#include "ld-issued-store.h"
#include "ld-money.h"
#include "ld-pdf-renderer.h"
#include "ld-print.h"
#include "ld-settings-store.h"
#include "ld-ui-date.h"
#include "ld-ui-resources.h"

#define PREVIEW_DELAY_MS 300
/* The key the editor adds to the serialized review in a draft. */
#define DRAFT_SAVED_AT_KEY "ld-draft-saved-at"

G_DEFINE_FINAL_TYPE (LdContractEditor, ld_contract_editor, ADW_TYPE_WINDOW)

typedef enum
{
  FIELD_TEXT,
  FIELD_AMOUNT,
  FIELD_DATE,
  FIELD_ENUM,
} FieldType;

typedef struct
{
  const char *prop;
  FieldType   type;
  const char *title;
} FieldSpec;

/* One edited property: its row and the message row under it. */
typedef struct
{
  LdContractEditor *editor;
  const char       *prop;
  FieldType         type;
  GtkWidget        *row;
  GtkWidget        *message_row;
  GtkLabel         *message;
  /* The user has edited it: "required" errors show only then (or after
   * a refused save), not on a form just opened. */
  gboolean          touched;
  /* The date text does not parse (the property keeps its last good value). */
  gboolean          bad_date;
} Field;

static const FieldSpec basic_fields[] = {
  { "title", FIELD_TEXT, N_("Contract Title") },
  { "kind", FIELD_ENUM, N_("Kind of Contract") },
  { "submitting-department", FIELD_TEXT, N_("Submitting Department") },
  { "handler", FIELD_TEXT, N_("Handler") },
  { "handler-contact", FIELD_TEXT, N_("Handler’s Phone") },
};

static const FieldSpec counterparty_fields[] = {
  { "counterparty-name", FIELD_TEXT, N_("Name") },
  { "counterparty-credit-code", FIELD_TEXT, N_("Unified Social Credit Code") },
  { "counterparty-representative", FIELD_TEXT, N_("Legal Representative") },
  { "counterparty-address", FIELD_TEXT, N_("Address") },
  { "counterparty-contact", FIELD_TEXT, N_("Contact Phone") },
};

static const FieldSpec terms_fields[] = {
  { "amount-text", FIELD_AMOUNT, N_("Amount (Yuan)") },
  { "term-start", FIELD_DATE, N_("Term Starts") },
  { "term-end", FIELD_DATE, N_("Term Ends") },
  { "funding-source", FIELD_TEXT, N_("Funding Source") },
  { "procurement-method", FIELD_ENUM, N_("Procurement Method") },
};

static const FieldSpec review_fields[] = {
  { "received-on", FIELD_DATE, N_("Date Received") },
  { "due-on", FIELD_DATE, N_("Review Due") },
  { "reviewer", FIELD_TEXT, N_("Reviewer") },
};

static const FieldSpec conclusion_fields[] = {
  { "conclusion", FIELD_ENUM, N_("Conclusion") },
  { "conclusion-reasons", FIELD_TEXT, N_("Reasons") },
};

static void set_review (LdContractEditor *self,
                        LdContractReview *review);

const char *
ld_contract_editor_field_title (const char *prop)
{
  static const struct { const FieldSpec *specs; gsize n; } tables[] = {
    { basic_fields, G_N_ELEMENTS (basic_fields) },
    { counterparty_fields, G_N_ELEMENTS (counterparty_fields) },
    { terms_fields, G_N_ELEMENTS (terms_fields) },
    { review_fields, G_N_ELEMENTS (review_fields) },
    { conclusion_fields, G_N_ELEMENTS (conclusion_fields) },
  };

  if (g_str_equal (prop, "status") || g_str_equal (prop, "status-reason"))
    return _("Status");
  for (gsize t = 0; t < G_N_ELEMENTS (tables); t++)
    for (gsize i = 0; i < tables[t].n; i++)
      if (g_str_equal (tables[t].specs[i].prop, prop))
        return _(tables[t].specs[i].title);
  /* The table keeps the amount in fen beside the text. */
  if (g_str_equal (prop, "amount-fen"))
    return _("Amount (Yuan)");
  return NULL;
}

/* Helpers */

void
ld_contract_editor_toast (LdContractEditor *self,
                          const char       *message)
{
  /* Late replies (a save, an open) may come after the window is gone. */
  if (self->toast_overlay == NULL)
    return;
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
}

void
ld_contract_editor_show_error (LdContractEditor *self,
                               const char       *heading,
                               const GError     *error)
{
  GtkWidget *dialog;

  if (self->database == NULL)
    {
      g_message ("%s: %s", heading, error->message);
      return;
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
is_frozen (LdContractEditor *self)
{
  return ld_contract_review_is_frozen (self->review);
}

static GListModel *
enum_labels (const char *prop)
{
  GtkStringList *list = gtk_string_list_new (NULL);

  if (g_str_equal (prop, "kind"))
    for (int i = 0; i < LD_N_CONTRACT_KINDS; i++)
      gtk_string_list_append (list, ld_contract_kind_get_label (i));
  else if (g_str_equal (prop, "procurement-method"))
    for (int i = 0; i < LD_N_PROCUREMENT_METHODS; i++)
      gtk_string_list_append (list, ld_procurement_method_get_label (i));
  else if (g_str_equal (prop, "conclusion"))
    for (int i = 0; i < LD_N_CONTRACT_CONCLUSIONS; i++)
      gtk_string_list_append (list, i == LD_CONTRACT_CONCLUSION_NONE
                                      ? _("Not Reached Yet")
                                      : ld_contract_conclusion_get_label (i));
  else
    g_assert_not_reached ();

  return G_LIST_MODEL (list);
}

/* Messages */

static void
update_messages (LdContractEditor *self)
{
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  GHashTableIter iter;
  Field *field;

  ld_contract_review_validate (self->review, issues);

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &field))
    {
      gboolean shown = ld_form_show_issue (field->message_row, field->message, field->row, field->bad_date,
                                           ld_field_issues_find (issues, field->prop),
                                           field->touched || ld_contract_review_get_id (self->review) != 0);

      /* Else the amount in words under the amount. */
      if (!shown && field->type == FIELD_AMOUNT && ld_contract_review_get_amount_fen (self->review) >= 0)
        {
          g_autofree char *words = ld_contract_review_format_amount_in_words (self->review);

          ld_form_show_message (field->message_row, field->message, field->row, words, "dim-label");
        }
    }
}

static void
update_title (LdContractEditor *self)
{
  const char *title = ld_contract_review_get_title (self->review);
  const char *number = ld_contract_review_get_number (self->review);
  g_autofree char *subtitle = NULL;

  if (*number != '\0')
    /* Translators: the editor's subtitle: the register number and the status. */
    subtitle = g_strdup_printf (C_("editor subtitle", "%s · %s"), number,
                                ld_contract_status_get_label (ld_contract_review_get_status (self->review)));
  ld_editor_show_title (self->window_title, *title != '\0' ? title : _("New Contract Review"), subtitle,
                        self->modified && !is_frozen (self));
}

static void
update_status_row (LdContractEditor *self)
{
  LdContractStatus status = ld_contract_review_get_status (self->review);
  const char *reason = ld_contract_review_get_status_reason (self->review);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row),
                                 ld_contract_status_get_label (status));
  if (status == LD_CONTRACT_STATUS_RETURNED && *reason != '\0')
    {
      /* Translators: what the submitting department must supply. */
      g_autofree char *text = g_strdup_printf (_("Missing: %s"), reason);

      adw_action_row_set_subtitle (self->status_row, text);
    }
  else if (self->issued_number != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("Opinion issued as %s"), self->issued_number);

      adw_action_row_set_subtitle (self->status_row, text);
    }
  else
    adw_action_row_set_subtitle (self->status_row, "");
}

/* Issuing a review just received starts its review on the way. */
static gboolean
can_issue_from (LdContractStatus status)
{
  return ld_contract_workflow_is_edge (status, LD_CONTRACT_STATUS_OPINION_ISSUED)
         || status == LD_CONTRACT_STATUS_RECEIVED;
}

static void
update_actions (LdContractEditor *self)
{
  LdContractStatus status = ld_contract_review_get_status (self->review);
  gboolean frozen = is_frozen (self);
  gboolean saved = ld_contract_review_get_id (self->review) != 0;
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "editor.save", !frozen);
  gtk_widget_action_set_enabled (widget, "editor.issue", !frozen && can_issue_from (status));
  gtk_widget_action_set_enabled (widget, "editor.start-review",
                                 ld_contract_workflow_is_edge (status, LD_CONTRACT_STATUS_UNDER_REVIEW));
  gtk_widget_action_set_enabled (widget, "editor.return",
                                 ld_contract_workflow_is_edge (status, LD_CONTRACT_STATUS_RETURNED));
  gtk_widget_action_set_enabled (widget, "editor.mark-signed", saved
                                 && ld_contract_workflow_can_transition_to (self->review, LD_CONTRACT_STATUS_SIGNED, NULL));
  gtk_widget_action_set_enabled (widget, "editor.archive", saved
                                 && ld_contract_workflow_can_transition_to (self->review, LD_CONTRACT_STATUS_ARCHIVED, NULL));
  gtk_widget_action_set_enabled (widget, "editor.delete", saved && !frozen);
  gtk_widget_action_set_enabled (widget, "editor.add-finding", !frozen);
  gtk_widget_action_set_enabled (widget, "editor.add-attachment", saved);
  gtk_widget_set_visible (self->issue_button, !frozen);
}

static void
update_frozen (LdContractEditor *self)
{
  gboolean frozen = is_frozen (self);

  for (guint i = 0; i < self->content_groups->len; i++)
    gtk_widget_set_sensitive (g_ptr_array_index (self->content_groups, i), !frozen);

  gtk_revealer_set_reveal_child (self->frozen_revealer, frozen);
  if (frozen)
    {
      g_autofree char *text = NULL;

      if (self->issued_number != NULL)
        text = g_strdup_printf (_("The opinion letter was issued as %s. The review can no longer be changed; only its status moves on."),
                                self->issued_number);
      else
        /* e.g. records imported or made by the demo with their status only */
        text = g_strdup (_("The review is marked as issued, but no issued letter is stored with it: the preview is a draft made from the review."));
      gtk_label_set_text (self->frozen_label, text);
    }
}

/* Preview */

static gboolean
update_preview_cb (gpointer data)
{
  LdContractEditor *self = data;
  g_autoptr(LdDocument) document = NULL;
  GDate today;

  self->preview_id = 0;
  if (is_frozen (self) && self->issued_pdf != NULL)
    {
      if (ld_pdf_preview_get_pdf (self->preview) != self->issued_pdf)
        ld_pdf_preview_set_pdf (self->preview, self->issued_pdf);
      return G_SOURCE_REMOVE;
    }

  ld_get_today (&today);
  document = ld_contract_opinion_build (self->review, self->settings, NULL, &today);
  ld_pdf_preview_set_document (self->preview, document);

  return G_SOURCE_REMOVE;
}

static void
schedule_preview (LdContractEditor *self)
{
  g_clear_handle_id (&self->preview_id, g_source_remove);
  self->preview_id = g_timeout_add (PREVIEW_DELAY_MS, update_preview_cb, self);
}

/* Drafts */

static GVariant *
serialize_draft (LdContractEditor *self)
{
  g_autoptr(GVariant) review = ld_contract_review_serialize (self->review);
  GVariantBuilder builder;
  GVariantIter iter;
  const char *key;
  GVariant *value;

  /* The review's own dictionary plus when the draft was kept (for the
   * "recovered" message); deserializing ignores the extra key. */
  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_iter_init (&iter, review);
  while (g_variant_iter_next (&iter, "{&sv}", &key, &value))
    {
      g_variant_builder_add (&builder, "{sv}", key, value);
      g_variant_unref (value);
    }
  g_variant_builder_add (&builder, "{sv}", DRAFT_SAVED_AT_KEY,
                         g_variant_new_int64 (g_get_real_time () / G_USEC_PER_SEC));

  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

static void
save_draft_now (LdContractEditor *self)
{
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GError) error = NULL;

  g_clear_handle_id (&self->draft_id, g_source_remove);
  if (!self->modified || self->database == NULL || is_frozen (self))
    return;

  variant = serialize_draft (self);
  if (!ld_editor_draft_save (self->database, LD_DRAFT_KIND_CONTRACT_REVIEW,
                             ld_contract_review_get_id (self->review), variant, &error))
    g_warning ("Could not keep the draft of a contract review: %s", error->message);
}

static gboolean
save_draft_cb (gpointer data)
{
  LdContractEditor *self = data;

  self->draft_id = 0;
  save_draft_now (self);
  return G_SOURCE_REMOVE;
}

static void
discard_draft (LdContractEditor *self,
               gint64            record_id)
{
  g_autoptr(GError) error = NULL;

  if (!ld_draft_store_discard (self->database, LD_DRAFT_KIND_CONTRACT_REVIEW, record_id, &error))
    ld_contract_editor_toast (self, error->message);
}

static void
draft_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   LdContractEditor *self)
{
  LdContractReview *draft = g_object_get_data (G_OBJECT (dialog), "ld-draft");

  if (g_str_equal (response, "restore"))
    {
      g_autoptr(LdContractReview) restored = ld_contract_review_copy (draft);

      /* The status may have moved on since the draft was kept; it is not
       * the draft's to change. */
      ld_contract_review_set_status (restored, ld_contract_review_get_status (self->review));
      ld_contract_review_set_status_reason (restored, ld_contract_review_get_status_reason (self->review));
      set_review (self, restored);
      self->modified = TRUE;
      update_title (self);
      ld_contract_editor_toast (self, _("Unsaved changes restored"));
    }
  else if (g_str_equal (response, "discard"))
    discard_draft (self, ld_contract_review_get_id (self->review));
}

static void
offer_draft (LdContractEditor *self)
{
  gint64 id = ld_contract_review_get_id (self->review);
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(LdContractReview) draft = NULL;
  g_autoptr(GDateTime) saved_at = NULL;
  g_autofree char *when = NULL;
  g_autofree char *body = NULL;
  AdwMessageDialog *dialog;
  gint64 seconds = 0;

  if (is_frozen (self))
    return;

  variant = ld_editor_draft_load (self->database, LD_DRAFT_KIND_CONTRACT_REVIEW, id, &error);
  if (variant == NULL)
    {
      if (error != NULL)
        ld_contract_editor_toast (self, error->message);
      return;
    }

  draft = ld_contract_review_deserialize (variant, &error);
  if (draft == NULL)
    {
      g_autofree char *message = ld_editor_draft_unreadable_text (error);

      discard_draft (self, id);
      ld_contract_editor_toast (self, message);
      return;
    }
  if (ld_contract_review_content_equal (draft, self->review))
    {
      discard_draft (self, id);
      return;
    }

  g_variant_lookup (variant, DRAFT_SAVED_AT_KEY, "x", &seconds);
  saved_at = g_date_time_new_from_unix_local (seconds);
  {
    g_autofree char *iso = g_date_time_format (saved_at, "%Y-%m-%d");
    g_autofree char *day = ld_format_list_date (iso);
    g_autofree char *time = g_date_time_format (saved_at, "%H:%M");

    /* The lists' date (2026年11月25日 in Chinese) and the time. */
    when = g_strdup_printf ("%s %s", day, time);
  }
  body = g_strdup_printf (_("Unsaved changes from %s were recovered."), when);

  dialog = ld_editor_draft_dialog_new (GTK_WINDOW (self), body, draft);
  g_signal_connect_object (dialog, "response", G_CALLBACK (draft_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
offer_draft_cb (gpointer data)
{
  LdContractEditor *self = data;

  /* Not when the window was destroyed before the idle ran. */
  if (self->database != NULL)
    offer_draft (self);
  return G_SOURCE_REMOVE;
}

/* Changes */

static void
review_changed_cb (LdContractReview *review,
                   LdContractEditor *self)
{
  if (self->filling)
    return;

  self->modified = TRUE;
  update_messages (self);
  update_title (self);
  update_actions (self);
  schedule_preview (self);
  g_clear_handle_id (&self->draft_id, g_source_remove);
  self->draft_id = g_timeout_add (LD_EDITOR_DRAFT_DELAY_MS, save_draft_cb, self);
}

static void
fill_due_entry (LdContractEditor *self)
{
  Field *field = g_hash_table_lookup (self->fields, "due-on");
  g_autofree char *text = ld_ui_date_to_text (ld_contract_review_get_due_on (self->review));
  gboolean filling = self->filling;

  self->filling = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (field->row), text);
  self->filling = filling;
  field->bad_date = FALSE;
}

static void
recompute_due (LdContractEditor *self)
{
  g_autoptr(GDate) due = NULL;

  due = ld_contract_review_compute_due_date (self->review, self->calendar,
                                             ld_org_settings_get_review_period_days (self->settings));
  ld_contract_review_set_due_on (self->review, due);
  fill_due_entry (self);
}

static void
entry_changed_cb (GtkEditable *editable,
                  Field       *field)
{
  LdContractEditor *self = field->editor;
  const char *text = gtk_editable_get_text (editable);

  if (self->filling)
    return;

  field->touched = TRUE;
  if (field->type != FIELD_DATE)
    {
      g_object_set (self->review, field->prop, text, NULL);
      return;
    }

  if (*text == '\0')
    {
      field->bad_date = FALSE;
      g_object_set (self->review, field->prop, NULL, NULL);
    }
  else
    {
      GDate date;

      field->bad_date = !ld_ui_date_parse (text, &date);
      if (!field->bad_date)
        g_object_set (self->review, field->prop, &date, NULL);
      else
        update_messages (self);
    }

  if (g_str_equal (field->prop, "due-on"))
    self->due_automatic = FALSE;
  else if (g_str_equal (field->prop, "received-on") && self->due_automatic && !field->bad_date)
    recompute_due (self);
}

static void
combo_selected_cb (AdwComboRow *row,
                   GParamSpec  *pspec,
                   Field       *field)
{
  if (field->editor->filling)
    return;

  field->touched = TRUE;
  g_object_set (field->editor->review, field->prop, (int) adw_combo_row_get_selected (row), NULL);
}

static void
calendar_day_selected_cb (GtkCalendar *calendar,
                          Field       *field)
{
  g_autoptr(GDateTime) date = gtk_calendar_get_date (calendar);
  g_autofree char *text = g_date_time_format (date, "%Y-%m-%d");
  GtkWidget *popover = gtk_widget_get_ancestor (GTK_WIDGET (calendar), GTK_TYPE_POPOVER);

  gtk_editable_set_text (GTK_EDITABLE (field->row), text);
  if (popover != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

static void
calendar_popover_show_cb (GtkPopover *popover,
                          Field      *field)
{
  GtkCalendar *calendar = GTK_CALENDAR (gtk_popover_get_child (popover));
  GDate date;

  if (ld_ui_date_parse (gtk_editable_get_text (GTK_EDITABLE (field->row)), &date))
    {
      g_autoptr(GDateTime) dt = g_date_time_new_local (g_date_get_year (&date),
                                                       g_date_get_month (&date),
                                                       g_date_get_day (&date), 0, 0, 0);
      g_signal_handlers_block_by_func (calendar, calendar_day_selected_cb, field);
      gtk_calendar_select_day (calendar, dt);
      g_signal_handlers_unblock_by_func (calendar, calendar_day_selected_cb, field);
    }
}

static void
add_fields (LdContractEditor *self,
            GtkWidget        *group,
            const FieldSpec  *specs,
            gsize             n_specs)
{
  for (gsize i = 0; i < n_specs; i++)
    {
      Field *field = g_new0 (Field, 1);
      g_autofree char *message_name = g_strconcat (specs[i].prop, "-message", NULL);

      field->editor = self;
      field->prop = specs[i].prop;
      field->type = specs[i].type;

      if (field->type == FIELD_ENUM)
        {
          g_autoptr(GListModel) model = enum_labels (field->prop);

          field->row = adw_combo_row_new ();
          adw_combo_row_set_model (ADW_COMBO_ROW (field->row), model);
          g_signal_connect (field->row, "notify::selected", G_CALLBACK (combo_selected_cb), field);
        }
      else
        {
          field->row = adw_entry_row_new ();
          g_signal_connect (field->row, "changed", G_CALLBACK (entry_changed_cb), field);
        }
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (field->row), _(specs[i].title));
      gtk_widget_set_name (field->row, field->prop);

      if (field->type == FIELD_DATE)
        {
          GtkWidget *button = gtk_menu_button_new ();
          GtkWidget *popover = gtk_popover_new ();
          GtkWidget *calendar = gtk_calendar_new ();

          gtk_popover_set_child (GTK_POPOVER (popover), calendar);
          gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
          gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
          gtk_widget_set_tooltip_text (button, _("Choose a Date"));
          gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
          gtk_widget_add_css_class (button, "flat");
          g_signal_connect (calendar, "day-selected", G_CALLBACK (calendar_day_selected_cb), field);
          g_signal_connect (popover, "show", G_CALLBACK (calendar_popover_show_cb), field);
          adw_entry_row_add_suffix (ADW_ENTRY_ROW (field->row), button);
        }

      field->message_row = ld_form_message_row_new (message_name, &field->message);

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), field->row);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), field->message_row);
      g_hash_table_insert (self->fields, (gpointer) field->prop, field);
    }
}

static GtkWidget *
add_group (LdContractEditor *self,
           const char       *title,
           const char       *description,
           gboolean          content)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_page_add (self->page, ADW_PREFERENCES_GROUP (group));
  if (content)
    g_ptr_array_add (self->content_groups, group);
  return group;
}

static void
build_form (LdContractEditor *self)
{
  GtkWidget *group;

  group = add_group (self, _("Status"), NULL, FALSE);
  self->status_group = ADW_PREFERENCES_GROUP (group);
  self->status_row = ADW_ACTION_ROW (adw_action_row_new ());
  gtk_widget_set_name (GTK_WIDGET (self->status_row), "status");
  adw_preferences_group_add (self->status_group, GTK_WIDGET (self->status_row));

  group = add_group (self, _("Basic Facts"), NULL, TRUE);
  add_fields (self, group, basic_fields, G_N_ELEMENTS (basic_fields));
  group = add_group (self, _("Counterparty"), NULL, TRUE);
  add_fields (self, group, counterparty_fields, G_N_ELEMENTS (counterparty_fields));
  group = add_group (self, _("Amount and Term"), NULL, TRUE);
  add_fields (self, group, terms_fields, G_N_ELEMENTS (terms_fields));
  group = add_group (self, _("Review"),
                     _("The due date follows from the date received and the review period in the preferences; it may be changed."),
                     TRUE);
  add_fields (self, group, review_fields, G_N_ELEMENTS (review_fields));

  group = add_group (self, _("Checklist"),
                     _("A point marked as a problem becomes a finding of the letter; its note is the problem as the letter states it."),
                     TRUE);
  self->checklist_group = ADW_PREFERENCES_GROUP (group);
  ld_contract_editor_build_checklist (self);

  group = add_group (self, _("Findings"), NULL, TRUE);
  self->findings_group = ADW_PREFERENCES_GROUP (group);
  ld_contract_editor_build_findings (self);

  group = add_group (self, _("Conclusion"), NULL, TRUE);
  add_fields (self, group, conclusion_fields, G_N_ELEMENTS (conclusion_fields));

  group = add_group (self, _("Attachments"), NULL, FALSE);
  self->attachments_group = ADW_PREFERENCES_GROUP (group);
  ld_contract_editor_build_attachments (self);

  group = add_group (self, _("History"), NULL, FALSE);
  gtk_widget_set_name (group, "history");
  self->history_group = ADW_PREFERENCES_GROUP (group);
}

static void
fill_fields (LdContractEditor *self)
{
  GHashTableIter iter;
  Field *field;

  g_assert (self->filling);

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &field))
    {
      field->bad_date = FALSE;
      switch (field->type)
        {
        case FIELD_TEXT:
        case FIELD_AMOUNT:
          {
            g_autofree char *text = NULL;

            g_object_get (self->review, field->prop, &text, NULL);
            gtk_editable_set_text (GTK_EDITABLE (field->row), text ? text : "");
          }
          break;
        case FIELD_DATE:
          {
            g_autoptr(GDate) date = NULL;
            g_autofree char *text = NULL;

            g_object_get (self->review, field->prop, &date, NULL);
            text = ld_ui_date_to_text (date);
            gtk_editable_set_text (GTK_EDITABLE (field->row), text);
          }
          break;
        case FIELD_ENUM:
          {
            int value = 0;

            g_object_get (self->review, field->prop, &value, NULL);
            adw_combo_row_set_selected (ADW_COMBO_ROW (field->row), value);
          }
          break;
        default:
          g_assert_not_reached ();
        }
    }
}

/* The letter in force of @review, when it is issued. */
static void
load_issued_pdf (LdContractEditor *self,
                 LdContractReview *review)
{
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = ld_contract_review_get_id (review);

  g_clear_pointer (&self->issued_pdf, g_bytes_unref);
  g_clear_pointer (&self->issued_number, g_free);
  if (id == 0 || !ld_contract_review_is_frozen (review))
    return;

  issued = ld_issued_store_list_for_record (self->database, LD_CONTRACT_STORE_TABLE, id, &error);
  for (guint i = 0; issued != NULL && i < issued->len; i++)
    {
      LdIssuedDocument *doc = g_ptr_array_index (issued, i);
      g_autoptr(LdIssuedDocument) full = NULL;

      if (ld_issued_document_get_kind (doc) != LD_DOCUMENT_KIND_CONTRACT_OPINION)
        continue;
      /* The list is newest first: the letter in force. */
      full = ld_issued_store_get (self->database, ld_issued_document_get_id (doc), TRUE, &error);
      if (full != NULL)
        {
          self->issued_pdf = g_bytes_ref (ld_issued_document_get_pdf (full));
          self->issued_number = g_strdup (ld_issued_document_get_number (full));
        }
      break;
    }
  if (error != NULL)
    ld_contract_editor_toast (self, error->message);
}

static void
findings_changed_cb (GListModel       *model,
                     guint             position,
                     guint             removed,
                     guint             added,
                     LdContractEditor *self)
{
  ld_contract_editor_rebuild_findings (self);
}

static void
disconnect_review (LdContractEditor *self)
{
  if (self->review == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->review, self);
  g_signal_handlers_disconnect_by_data (ld_contract_review_get_findings (self->review), self);
}

/* Makes @review (a new reference is taken) the one the widgets edit. */
static void
set_review (LdContractEditor *self,
            LdContractReview *review)
{
  disconnect_review (self);
  g_set_object (&self->review, review);
  g_signal_connect (self->review, "changed", G_CALLBACK (review_changed_cb), self);
  g_signal_connect (ld_contract_review_get_findings (self->review), "items-changed",
                    G_CALLBACK (findings_changed_cb), self);

  self->filling = TRUE;
  fill_fields (self);
  ld_contract_editor_fill_checklist (self);
  self->filling = FALSE;
  ld_contract_editor_rebuild_findings (self);

  update_messages (self);
  update_title (self);
  update_status_row (self);
  update_actions (self);
  update_frozen (self);
  ld_contract_editor_reload_attachments (self);
  ld_contract_editor_reload_history (self);
  schedule_preview (self);
}

/* Takes the stored review as the state saved. */
static void
reload_from_store (LdContractEditor *self,
                   gint64            id)
{
  g_autoptr(LdContractReview) stored = NULL;
  g_autoptr(LdContractReview) copy = NULL;
  g_autoptr(GError) error = NULL;

  stored = ld_contract_store_get (self->database, id, &error);
  if (stored == NULL)
    {
      ld_contract_editor_show_error (self, _("Could Not Reload the Review"), error);
      return;
    }
  g_set_object (&self->stored, stored);
  copy = ld_contract_review_copy (stored);
  self->modified = FALSE;
  load_issued_pdf (self, copy);
  set_review (self, copy);
}

/* Save */

static gboolean
any_bad_date (LdContractEditor *self)
{
  GHashTableIter iter;
  Field *field;

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &field))
    if (field->bad_date)
      return TRUE;
  return FALSE;
}

static void
touch_all (LdContractEditor *self)
{
  GHashTableIter iter;
  Field *field;

  g_hash_table_iter_init (&iter, self->fields);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &field))
    field->touched = TRUE;
  update_messages (self);
}

static gboolean
save (LdContractEditor *self)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ld_contract_review_get_id (self->review);
  gboolean ok;

  if (is_frozen (self))
    return TRUE;

  if (any_bad_date (self))
    {
      g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("A date cannot be read. Enter dates as year-month-day, e.g. 2026-11-25."));
      touch_all (self);
      ld_contract_editor_show_error (self, _("Could Not Save the Review"), error);
      return FALSE;
    }

  /* The store sets the id and number on the review: not an edit. */
  self->filling = TRUE;
  if (id == 0)
    ok = ld_contract_store_insert (self->database, self->review, &error) != 0;
  else
    ok = ld_contract_store_update (self->database, self->review, &error);
  self->filling = FALSE;

  if (!ok)
    {
      touch_all (self);
      ld_contract_editor_show_error (self, _("Could Not Save the Review"), error);
      return FALSE;
    }

  g_clear_handle_id (&self->draft_id, g_source_remove);
  if (id == 0)
    discard_draft (self, 0);
  reload_from_store (self, ld_contract_review_get_id (self->review));
  discard_draft (self, ld_contract_review_get_id (self->review));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LdContractEditor *self = LD_CONTRACT_EDITOR (widget);
  g_autofree char *message = NULL;

  if (!save (self))
    return;
  message = g_strdup_printf (_("Saved as %s"), ld_contract_review_get_number (self->review));
  ld_contract_editor_toast (self, message);
}

/* Issue */

static GBytes *
render_letter_cb (const char  *number,
                  gpointer     user_data,
                  GError     **error)
{
  LdContractEditor *self = user_data;
  g_autoptr(LdDocument) document = NULL;
  GDate today;

  ld_get_today (&today);
  document = ld_contract_opinion_build (self->review, self->settings, number, &today);
  return ld_document_render_pdf (document, error);
}

static void
issue_now (LdContractEditor *self)
{
  g_autoptr(LdIssuedDocument) issued = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!save (self))
    return;

  if (ld_contract_review_get_status (self->review) == LD_CONTRACT_STATUS_RECEIVED)
    {
      if (!ld_contract_store_set_status (self->database, ld_contract_review_get_id (self->review),
                                         LD_CONTRACT_STATUS_UNDER_REVIEW, NULL, &error))
        {
          ld_contract_editor_show_error (self, _("Could Not Issue the Opinion Letter"), error);
          return;
        }
      reload_from_store (self, ld_contract_review_get_id (self->review));
    }

  self->filling = TRUE;
  issued = ld_contract_store_issue_opinion (self->database, self->review,
                                            render_letter_cb, self, &error);
  self->filling = FALSE;
  if (issued == NULL)
    {
      ld_contract_editor_show_error (self, _("Could Not Issue the Opinion Letter"), error);
      return;
    }

  reload_from_store (self, ld_contract_review_get_id (self->review));

  message = g_strdup_printf (_("Issued as %s"), ld_issued_document_get_number (issued));
  ld_contract_editor_toast (self, message);
}

static void
issue_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   LdContractEditor *self)
{
  if (g_str_equal (response, "issue"))
    issue_now (self);
}

static void
issue_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LdContractEditor *self = LD_CONTRACT_EDITOR (widget);
  g_autoptr(GPtrArray) missing = NULL;
  AdwMessageDialog *dialog;

  if (is_frozen (self) || !can_issue_from (ld_contract_review_get_status (self->review)))
    return;

  missing = ld_contract_workflow_missing_for_issue (self->review);
  if (missing->len > 0 || any_bad_date (self))
    {
      GString *body = g_string_new (_("The letter needs these before it can be issued:"));

      for (guint i = 0; i < missing->len; i++)
        {
          LdFieldIssue *issue = g_ptr_array_index (missing, i);

          g_string_append_printf (body, "\n• %s", issue->message);
        }
      if (any_bad_date (self))
        g_string_append_printf (body, "\n• %s", _("A date cannot be read."));

      touch_all (self);
      dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                           _("The Letter Is Not Complete"), NULL));
      adw_message_dialog_set_body (dialog, body->str);
      g_string_free (body, TRUE);
      adw_message_dialog_add_response (dialog, "close", _("_Close"));
      gtk_widget_set_name (GTK_WIDGET (dialog), "missing-dialog");
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Issue the Opinion Letter?"),
                                                       _("The review is saved, the letter gets its number and is kept exactly as issued. The review can no longer be changed afterwards.")));
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "issue", C_("document", "_Issue"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "issue", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_widget_set_name (GTK_WIDGET (dialog), "issue-dialog");
  g_signal_connect_object (dialog, "response", G_CALLBACK (issue_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Print and save */

static GBytes *
shown_pdf (LdContractEditor *self)
{
  if (is_frozen (self) && self->issued_pdf != NULL)
    return self->issued_pdf;
  return ld_pdf_preview_get_pdf (self->preview);
}

static char *
pdf_name (LdContractEditor *self)
{
  const char *title = ld_contract_review_get_title (self->review);

  if (self->issued_number != NULL)
    return g_strdup_printf ("法律审查意见书 %s", self->issued_number);
  if (*title != '\0')
    return g_strdup_printf ("法律审查意见书（草稿）%s", title);
  return g_strdup ("法律审查意见书（草稿）");
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LdContractEditor *self = LD_CONTRACT_EDITOR (widget);
  GBytes *pdf = shown_pdf (self);
  g_autofree char *name = pdf_name (self);

  if (pdf == NULL)
    {
      ld_contract_editor_toast (self, _("The letter is still being laid out; try again in a moment"));
      return;
    }
  ld_print_pdf (GTK_WINDOW (self), pdf, name);
}

static void
save_pdf_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(LdContractEditor) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  if (!ld_save_pdf_as_finish (result, &file, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        ld_contract_editor_show_error (self, _("Could Not Save the PDF"), error);
      return;
    }
  ld_contract_editor_toast (self, _("PDF saved"));
}

static void
save_pdf_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LdContractEditor *self = LD_CONTRACT_EDITOR (widget);
  GBytes *pdf = shown_pdf (self);
  g_autofree char *name = pdf_name (self);

  if (pdf == NULL)
    {
      ld_contract_editor_toast (self, _("The letter is still being laid out; try again in a moment"));
      return;
    }
  ld_save_pdf_as (GTK_WINDOW (self), pdf, name, NULL, save_pdf_done_cb, g_object_ref (self));
}

/* Status */

static void
change_status (LdContractEditor *self,
               LdContractStatus  to,
               const char       *reason)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (!is_frozen (self) && (self->modified || ld_contract_review_get_id (self->review) == 0)
      && !save (self))
    return;

  if (!ld_contract_store_set_status (self->database, ld_contract_review_get_id (self->review),
                                     to, reason, &error))
    {
      ld_contract_editor_show_error (self, _("Could Not Change the Status"), error);
      return;
    }
  reload_from_store (self, ld_contract_review_get_id (self->review));
  /* Translators: a toast after a status change; %s is the new status. */
  message = g_strdup_printf (_("Status: %s"), ld_contract_status_get_label (to));
  ld_contract_editor_toast (self, message);
}

static void
status_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LdContractEditor *self = LD_CONTRACT_EDITOR (widget);

  if (g_str_equal (action_name, "editor.start-review"))
    change_status (self, LD_CONTRACT_STATUS_UNDER_REVIEW, NULL);
  else if (g_str_equal (action_name, "editor.mark-signed"))
    change_status (self, LD_CONTRACT_STATUS_SIGNED, NULL);
  else if (g_str_equal (action_name, "editor.archive"))
    change_status (self, LD_CONTRACT_STATUS_ARCHIVED, NULL);
  else
    g_assert_not_reached ();
}

static void
return_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    LdContractEditor *self)
{
  GtkEditable *entry = GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog));
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  if (g_str_equal (response, "return") && *reason != '\0')
    change_status (self, LD_CONTRACT_STATUS_RETURNED, reason);
}

static void
reason_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "return", *reason != '\0');
}

static void
return_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LdContractEditor *self = LD_CONTRACT_EDITOR (widget);
  AdwMessageDialog *dialog;
  GtkWidget *entry = gtk_entry_new ();

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                       _("Return for Supplementation?"),
                                                       _("Say what the submitting department must supply.")));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("e.g. the bidding documents and the counterparty’s business licence"));
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  adw_message_dialog_set_extra_child (dialog, entry);
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "return", _("_Return"),
                                    NULL);
  adw_message_dialog_set_response_enabled (dialog, "return", FALSE);
  adw_message_dialog_set_response_appearance (dialog, "return", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "return");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_widget_set_name (GTK_WIDGET (dialog), "return-dialog");
  g_signal_connect_object (entry, "changed", G_CALLBACK (reason_changed_cb), dialog, 0);
  g_signal_connect_object (dialog, "response", G_CALLBACK (return_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
other_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LdContractEditor *self = LD_CONTRACT_EDITOR (widget);

  if (g_str_equal (action_name, "editor.add-finding"))
    {
      g_autoptr(LdReviewFinding) finding = ld_review_finding_new ("", "", "", "");
      GtkWidget *row;

      if (is_frozen (self))
        return;
      ld_contract_review_append_finding (self->review, finding);
      row = g_ptr_array_index (self->finding_rows, self->finding_rows->len - 1);
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row), TRUE);
    }
  else if (g_str_equal (action_name, "editor.add-attachment"))
    ld_contract_editor_add_attachment (self);
  else if (g_str_equal (action_name, "editor.delete"))
    ld_contract_editor_confirm_delete (self);
  else
    g_assert_not_reached ();
}

/* Public */

LdContractEditor *
ld_contract_editor_new (GtkWindow   *parent,
                        LdDatabase  *database,
                        gint64       id,
                        GError     **error)
{
  g_autoptr(LdContractReview) stored = NULL;
  g_autoptr(LdContractReview) review = NULL;
  g_autoptr(LdOrgSettings) settings = NULL;
  LdContractEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LD_IS_DATABASE (database), NULL);
  g_return_val_if_fail (id >= 0, NULL);

  settings = ld_settings_store_load (database, error);
  if (settings == NULL)
    return NULL;
  if (id != 0)
    {
      stored = ld_contract_store_get (database, id, error);
      if (stored == NULL)
        return NULL;
      review = ld_contract_review_copy (stored);
    }
  else
    {
      GDate today;

      review = ld_contract_review_new ();
      ld_get_today (&today);
      ld_contract_review_set_received_on (review, &today);
    }

  /* Like gtk_window_new (), the window belongs to GTK until destroyed. */
  self = g_object_new (LD_TYPE_CONTRACT_EDITOR, NULL);
  if (parent != NULL)
    {
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self), TRUE);
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
    }
  self->database = g_object_ref (database);
  self->settings = g_steal_pointer (&settings);
  self->stored = g_steal_pointer (&stored);

  if (id == 0)
    {
      g_autoptr(GDate) due = ld_contract_review_compute_due_date (review, self->calendar,
                                                                  ld_org_settings_get_review_period_days (self->settings));

      ld_contract_review_set_due_on (review, due);
      self->due_automatic = TRUE;
    }
  else
    self->due_automatic = ld_contract_review_get_due_on (review) == NULL;

  load_issued_pdf (self, review);
  set_review (self, review);

  /* Asked once the window shows, so the question sits above it. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, offer_draft_cb, g_object_ref (self), g_object_unref);

  return self;
}

LdContractReview *
ld_contract_editor_get_review (LdContractEditor *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_EDITOR (self), NULL);

  return self->review;
}

gboolean
ld_contract_editor_get_modified (LdContractEditor *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_EDITOR (self), FALSE);

  return self->modified;
}

gboolean
ld_contract_editor_get_read_only (LdContractEditor *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_EDITOR (self), FALSE);

  return is_frozen (self);
}

GBytes *
ld_contract_editor_get_pdf (LdContractEditor *self)
{
  g_return_val_if_fail (LD_IS_CONTRACT_EDITOR (self), NULL);

  return shown_pdf (self);
}

/* GObject */

static gboolean
ld_contract_editor_close_request (GtkWindow *window)
{
  LdContractEditor *self = LD_CONTRACT_EDITOR (window);

  /* Unsaved changes stay as a draft: closing never loses them, even when
   * the draft kept a second after the last change is gone (a new record's
   * draft under id 0 dropped by another editor's Save). */
  if (self->modified)
    save_draft_now (self);

  return GTK_WINDOW_CLASS (ld_contract_editor_parent_class)->close_request (window);
}

static void
ld_contract_editor_dispose (GObject *object)
{
  LdContractEditor *self = LD_CONTRACT_EDITOR (object);

  /* A window destroyed without closing keeps its changes as well. */
  if (self->modified)
    save_draft_now (self);
  g_clear_handle_id (&self->preview_id, g_source_remove);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  disconnect_review (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), LD_TYPE_CONTRACT_EDITOR);

  g_clear_object (&self->review);
  g_clear_object (&self->stored);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);
  g_clear_object (&self->calendar);
  g_clear_pointer (&self->issued_pdf, g_bytes_unref);
  g_clear_pointer (&self->issued_number, g_free);

  G_OBJECT_CLASS (ld_contract_editor_parent_class)->dispose (object);
}

static void
ld_contract_editor_finalize (GObject *object)
{
  LdContractEditor *self = LD_CONTRACT_EDITOR (object);

  g_clear_pointer (&self->fields, g_hash_table_unref);
  g_clear_pointer (&self->finding_rows, g_ptr_array_unref);
  g_clear_pointer (&self->attachment_rows, g_ptr_array_unref);
  g_clear_pointer (&self->history_rows, g_ptr_array_unref);
  g_clear_pointer (&self->checklist_items, g_ptr_array_unref);
  g_clear_pointer (&self->content_groups, g_ptr_array_unref);

  G_OBJECT_CLASS (ld_contract_editor_parent_class)->finalize (object);
}

static void
ld_contract_editor_class_init (LdContractEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ld_contract_editor_dispose;
  object_class->finalize = ld_contract_editor_finalize;
  window_class->close_request = ld_contract_editor_close_request;

  g_type_ensure (LD_TYPE_PDF_PREVIEW);
  /* The resources live in a static library: referencing them links them in. */
  (void) ld_ui_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/legaldesk/LegalDesk/ui/ld-contract-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, LdContractEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, LdContractEditor, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LdContractEditor, page);
  gtk_widget_class_bind_template_child (widget_class, LdContractEditor, preview);
  gtk_widget_class_bind_template_child (widget_class, LdContractEditor, frozen_revealer);
  gtk_widget_class_bind_template_child (widget_class, LdContractEditor, frozen_label);
  gtk_widget_class_bind_template_child (widget_class, LdContractEditor, issue_button);
  gtk_widget_class_bind_template_child (widget_class, LdContractEditor, save_button);

  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.issue", NULL, issue_action);
  gtk_widget_class_install_action (widget_class, "editor.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "editor.save-pdf", NULL, save_pdf_action);
  gtk_widget_class_install_action (widget_class, "editor.start-review", NULL, status_action);
  gtk_widget_class_install_action (widget_class, "editor.mark-signed", NULL, status_action);
  gtk_widget_class_install_action (widget_class, "editor.archive", NULL, status_action);
  gtk_widget_class_install_action (widget_class, "editor.return", NULL, return_action);
  gtk_widget_class_install_action (widget_class, "editor.add-finding", NULL, other_action);
  gtk_widget_class_install_action (widget_class, "editor.add-attachment", NULL, other_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, other_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "editor.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
ld_contract_editor_init (LdContractEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->calendar = ld_calendar_new ();
  self->fields = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  self->finding_rows = g_ptr_array_new ();
  self->attachment_rows = g_ptr_array_new ();
  self->history_rows = g_ptr_array_new ();
  self->checklist_items = g_ptr_array_new_with_free_func (g_free);
  self->content_groups = g_ptr_array_new ();

  build_form (self);
}

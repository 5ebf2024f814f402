/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-date-format.h"
#include "ld-editor-delete.h"
#include "ld-editor-rows.h"
#include "ld-mediation-delete.h"
#include "ld-mediation-editor-private.h"
#include "ld-mediation-store.h"
#include "ld-mediation-workflow.h"
#include "ld-ui-date.h"

/* The workflow half of the mediation editor: the status and a button per
 * status allowed next, the reminders due, the documents issued, and
 * deleting the case. */

void
ld_mediation_editor_build_workflow (LdMediationEditor *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Workflow"));
  gtk_widget_set_name (row, "status-row");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Status"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  self->status_row = ADW_ACTION_ROW (row);

  self->status_box = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->status_box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->status_box), 4);
  gtk_widget_set_margin_top (self->status_box, 12);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->status_box);
  adw_preferences_page_add (self->case_page, ADW_PREFERENCES_GROUP (group));

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Reminders"));
  adw_preferences_page_add (self->case_page, ADW_PREFERENCES_GROUP (group));
  self->reminders_group = ADW_PREFERENCES_GROUP (group);

  /* Added to the page under the form (ld_mediation_editor_init()). */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Issued Documents"));
  self->issued_group = ADW_PREFERENCES_GROUP (group);
}

static void
refresh_status_buttons (LdMediationEditor *self)
{
  const LdMediationStatus *next;
  unsigned n_next = 0;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->status_box)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->status_box), child);
  if (ld_mediation_case_get_id (self->mcase) == 0)
    return;

  next = ld_mediation_workflow_get_next_statuses (ld_mediation_case_get_status (self->mcase), &n_next);
  for (unsigned i = 0; i < n_next; i++)
    {
      const char *id = ld_mediation_status_to_id (next[i]);
      GtkWidget *button = gtk_button_new_with_label (ld_mediation_status_get_action_label (next[i]));
      g_autofree char *name = g_strconcat ("status-", id, NULL);

      gtk_widget_set_name (button, name);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "editor.status");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
      gtk_flow_box_append (GTK_FLOW_BOX (self->status_box), button);
    }
}

static void
refresh_reminders (LdMediationEditor *self)
{
  g_autoptr(GPtrArray) reminders = NULL;
  GDate today;

  ld_editor_rows_clear (self->reminders_group, self->reminder_rows);
  ld_get_today (&today);
  reminders = ld_mediation_reminders_compute (self->mcase, &today, self->calendar,
                                              &self->reminder_settings);
  gtk_widget_set_visible (GTK_WIDGET (self->reminders_group), reminders->len > 0);
  for (guint i = 0; i < reminders->len; i++)
    {
      LdMediationReminder *reminder = g_ptr_array_index (reminders, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *name = g_strdup_printf ("reminder-%u", i);
      g_autofree char *due = ld_ui_date_to_text (&reminder->due);
      g_autofree char *shown_due = ld_format_list_date (due);
      g_autofree char *left = ld_editor_days_left_text (reminder->days_left);
      GtkWidget *badge = gtk_label_new (left);

      gtk_widget_set_name (row, name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), reminder->message);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), shown_due);
      gtk_widget_add_css_class (badge, "heading");
      if (reminder->overdue)
        {
          gtk_widget_add_css_class (badge, "error");
          gtk_widget_add_css_class (row, "error");
        }
      else if (reminder->days_left <= self->reminder_settings.warn_days)
        gtk_widget_add_css_class (badge, "warning");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
      adw_preferences_group_add (self->reminders_group, row);
      g_ptr_array_add (self->reminder_rows, row);
    }
}

/* The documents issued for this case, each opening its stored PDF. */
void
ld_mediation_editor_refresh_issued (LdMediationEditor *self)
{
  ld_editor_rows_fill_issued (self->issued_group, self->issued_rows, GTK_WINDOW (self), self->database,
                              LD_MEDIATION_STORE_TABLE, ld_mediation_case_get_id (self->mcase),
                              "a mediation case");
}

void
ld_mediation_editor_refresh_status (LdMediationEditor *self)
{
  LdMediationStatus status = ld_mediation_case_get_status (self->mcase);
  gboolean saved = ld_mediation_case_get_id (self->mcase) != 0;

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row),
                                 saved ? ld_mediation_status_get_label (status) : _("Not saved yet"));
  adw_action_row_set_subtitle (self->status_row, ld_mediation_case_get_status_reason (self->mcase));
  gtk_widget_set_visible (self->status_box, saved);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.delete", saved);
  refresh_status_buttons (self);
}

void
ld_mediation_editor_refresh_workflow (LdMediationEditor *self)
{
  refresh_reminders (self);
  ld_mediation_editor_refresh_documents (self);
}

/* Moving the status */

static gboolean
needs_reason (LdMediationStatus status)
{
  return status == LD_MEDIATION_STATUS_NOT_ACCEPTED
         || status == LD_MEDIATION_STATUS_FAILED
         || status == LD_MEDIATION_STATUS_TERMINATED;
}

static void
move_status (LdMediationEditor *self,
             LdMediationStatus  status,
             const char        *reason)
{
  g_autoptr(LdMediationCase) trial = ld_mediation_case_copy (self->mcase);
  g_autoptr(GError) error = NULL;

  /* Asked of the form first, so a refusal writes nothing. */
  if (reason != NULL)
    ld_mediation_case_set_status_reason (trial, reason);
  if (!ld_mediation_workflow_can_transition_to (trial, status, &error))
    {
      ld_mediation_editor_show_error (self, "step-refused", _("The Step Was Refused"), error);
      return;
    }
  /* The status moves on the stored case: write the form first. */
  if ((self->modified || ld_mediation_case_get_id (self->mcase) == 0)
      && !ld_mediation_editor_save (self))
    return;
  if (!ld_mediation_store_set_status (self->database, ld_mediation_case_get_id (self->mcase),
                                      status, reason, &error))
    {
      ld_mediation_editor_show_error (self, "step-refused", _("The Step Was Refused"), error);
      return;
    }
  ld_mediation_editor_reload (self);
  {
    g_autofree char *message = g_strdup_printf (_("Status: %s"), ld_mediation_status_get_label (status));

    ld_mediation_editor_toast (self, message);
  }
}

static void
reason_changed_cb (GtkEditable      *entry,
                   AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "apply", *text != '\0');
}

static void
reason_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    LdMediationEditor *self)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "ld-reason-entry");
  LdMediationStatus status = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dialog), "ld-status"));
  g_autofree char *reason = NULL;

  if (!g_str_equal (response, "apply") || self->database == NULL)
    return;
  reason = g_strstrip (g_strdup (gtk_editable_get_text (entry)));
  move_status (self, status, reason);
}

void
ld_mediation_editor_run_status (LdMediationEditor *self,
                                LdMediationStatus  status)
{
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  g_autofree char *heading = NULL;

  if (!needs_reason (status))
    {
      move_status (self, status, NULL);
      return;
    }

  /* Translators: the heading of the dialog asking why; %s is a status. */
  heading = g_strdup_printf (_("%s: Why?"), ld_mediation_status_get_label (status));
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), heading,
                                                       _("The reason is kept with the case and "
                                                         "shown with its status.")));
  gtk_widget_set_name (GTK_WIDGET (dialog), "reason-dialog");
  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "apply", _("_Apply"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (dialog, "apply", FALSE);
  adw_message_dialog_set_default_response (dialog, "apply");
  adw_message_dialog_set_close_response (dialog, "cancel");
  entry = gtk_entry_new ();
  gtk_widget_set_name (entry, "status-reason");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reason"));
  g_signal_connect (entry, "changed", G_CALLBACK (reason_changed_cb), dialog);
  adw_message_dialog_set_extra_child (dialog, entry);
  g_object_set_data (G_OBJECT (dialog), "ld-reason-entry", entry);
  g_object_set_data (G_OBJECT (dialog), "ld-status", GUINT_TO_POINTER (status));
  g_signal_connect_object (dialog, "response", G_CALLBACK (reason_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Delete */

static void
delete_response_cb (AdwMessageDialog  *dialog,
                    const char        *response,
                    LdMediationEditor *self)
{
  g_autoptr(LdMediationCase) deleted = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = ld_mediation_case_get_id (self->mcase);

  if (!g_str_equal (response, "delete") || self->database == NULL)
    return;

  /* Kept whole (parties, sessions, agreement, number) for the undo. */
  deleted = ld_mediation_store_get (self->database, id, &error);
  if (deleted == NULL || !ld_mediation_store_delete (self->database, id, &error))
    {
      ld_mediation_editor_show_error (self, "delete-refused", _("Could Not Delete the Case"), error);
      return;
    }

  /* The drafts went with the case: nothing to keep on close. */
  self->modified = FALSE;
  g_clear_handle_id (&self->draft_id, g_source_remove);

  ld_editor_close_deleted (GTK_WINDOW (self), ld_mediation_deleter (), self->database,
                           G_OBJECT (deleted), ld_mediation_case_get_number (deleted));
}

void
ld_mediation_editor_confirm_delete (LdMediationEditor *self)
{
  AdwMessageDialog *dialog;
  g_autofree char *body = NULL;

  if (ld_mediation_case_get_id (self->mcase) == 0)
    return;

  body = g_strdup_printf (_("Case %s, its parties, sessions, agreement and return visits will be "
                            "deleted."),
                          ld_mediation_case_get_number (self->mcase));
  dialog = ld_editor_delete_dialog_new (GTK_WINDOW (self), _("Delete the Case?"), body);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

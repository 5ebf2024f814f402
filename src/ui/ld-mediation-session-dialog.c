/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-timeline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-attachments-group.h"
#include "ld-date-format.h"
#include "ld-dialog-form.h"
#include "ld-form-rows.h"
#include "ld-mediation-session-dialog.h"
#include "ld-mediation-store.h"
#include "ld-ui-date.h"

typedef struct
{
  LdDialogForm     form;
  LdMediationCase *mcase;
  int              index;      /* -1: a new session */
  gint64           id;         /* of the session edited, kept on save */

  GtkWidget       *kind;
  GtkWidget       *date;
  GtkWidget       *date_message;
  GtkWidget       *place;
  GtkWidget       *participants;
  GtkWidget       *recorder;
  GtkWidget       *record;
} SessionDialog;

static void
session_dialog_free (gpointer data)
{
  SessionDialog *dialog = data;

  g_object_unref (dialog->mcase);
  g_free (dialog);
}

/* The session the fields describe; FALSE when the date does not parse
 * (then the date is left unset). */
static gboolean
read_fields (SessionDialog       *dialog,
             LdMediationSession **out)
{
  g_autofree char *record = ld_dialog_form_get_text (dialog->record);
  LdMediationSession *session;
  GDate date;
  gboolean parsed = ld_dialog_form_read_date (dialog->date, &date);

  session = ld_mediation_session_new (adw_combo_row_get_selected (ADW_COMBO_ROW (dialog->kind)),
                                      g_date_valid (&date) ? &date : NULL);
  session->id = dialog->id;
  ld_mediation_session_set_place (session, gtk_editable_get_text (GTK_EDITABLE (dialog->place)));
  ld_mediation_session_set_participants (session,
                                         gtk_editable_get_text (GTK_EDITABLE (dialog->participants)));
  ld_mediation_session_set_recorder (session, gtk_editable_get_text (GTK_EDITABLE (dialog->recorder)));
  ld_mediation_session_set_record (session, record);
  *out = session;
  return parsed;
}

/* The case's message about @session were it session @index: a copy of
 * the case holding @index + 1 copies of it, so that the validator's last
 * "sessions" message is about it and numbers it as the case will. */
static char *
check_session (LdMediationCase          *mcase,
               int                       index,
               const LdMediationSession *session)
{
  g_autoptr(LdMediationCase) copy = ld_mediation_case_copy (mcase);
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  GPtrArray *sessions = ld_mediation_case_get_sessions (copy);
  guint position = index >= 0 ? (guint) index : sessions->len;

  while (sessions->len > 0)
    ld_mediation_case_remove_session (copy, sessions->len - 1);
  for (guint i = 0; i <= position; i++)
    ld_mediation_case_add_session (copy, session);
  ld_mediation_case_validate (copy, NULL, issues);
  return ld_dialog_form_last_error (issues, "sessions");
}

static void
update (SessionDialog *dialog)
{
  g_autoptr(LdMediationSession) session = NULL;
  g_autofree char *message = NULL;

  if (!read_fields (dialog, &session))
    message = g_strdup (ld_form_bad_date_message ());
  else
    message = check_session (dialog->mcase, dialog->index, session);
  ld_dialog_form_set_check (&dialog->form, dialog->date_message, dialog->date, message);
}

static void
changed_cb (SessionDialog *dialog)
{
  update (dialog);
}

static void
save_clicked_cb (GtkButton     *button,
                 SessionDialog *dialog)
{
  g_autoptr(LdMediationSession) session = NULL;
  GPtrArray *sessions = ld_mediation_case_get_sessions (dialog->mcase);

  /* Enter reaches here through the default widget even while invalid. */
  update (dialog);
  if (!gtk_widget_get_sensitive (dialog->form.save))
    return;
  read_fields (dialog, &session);
  if (dialog->index < 0)
    ld_mediation_case_add_session (dialog->mcase, session);
  else if ((guint) dialog->index < sessions->len)
    ld_mediation_case_replace_session (dialog->mcase, dialog->index, session);
  gtk_window_destroy (dialog->form.window);
}

GtkWidget *
ld_mediation_session_dialog_new (GtkWindow       *parent,
                                 LdMediationCase *mcase,
                                 int              index,
                                 LdDatabase      *database)
{
  SessionDialog *dialog;
  GPtrArray *sessions;
  g_autoptr(LdMediationSession) session = NULL;
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autofree char *date_text = NULL;
  AdwPreferencesGroup *group;
  GtkWidget *attachments;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (mcase), NULL);
  g_return_val_if_fail (database == NULL || LD_IS_DATABASE (database), NULL);
  sessions = ld_mediation_case_get_sessions (mcase);
  g_return_val_if_fail (index < 0 || (guint) index < sessions->len, NULL);

  if (index >= 0)
    session = ld_mediation_session_copy (g_ptr_array_index (sessions, index));
  else
    {
      GDate today;

      /* The first session of a case is usually its investigation. */
      ld_get_today (&today);
      session = ld_mediation_session_new (sessions->len == 0 ? LD_SESSION_KIND_INVESTIGATION
                                                             : LD_SESSION_KIND_MEDIATION,
                                          &today);
    }

  dialog = g_new0 (SessionDialog, 1);
  dialog->mcase = g_object_ref (mcase);
  dialog->index = index < 0 ? -1 : index;
  dialog->id = session->id;
  ld_dialog_form_init (&dialog->form, parent, "session-dialog",
                       index < 0 ? _("New Session") : _("Edit Session"));
  g_object_set_data_full (G_OBJECT (dialog->form.window), "ld-session-dialog", dialog,
                          session_dialog_free);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (dialog->form.page, group);

  for (int i = 0; i < LD_N_SESSION_KINDS; i++)
    gtk_string_list_append (kinds, ld_session_kind_get_label (i));
  dialog->kind = adw_combo_row_new ();
  gtk_widget_set_name (dialog->kind, "session-kind");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (dialog->kind), C_("session", "Kind"));
  adw_combo_row_set_model (ADW_COMBO_ROW (dialog->kind), G_LIST_MODEL (kinds));
  adw_combo_row_set_selected (ADW_COMBO_ROW (dialog->kind), session->kind);
  adw_preferences_group_add (group, dialog->kind);

  date_text = ld_ui_date_to_text (&session->date);
  dialog->date = ld_dialog_form_add_entry (group, "session-date", _("Date"), date_text);
  dialog->date_message = ld_dialog_form_add_message (group, "session-date-message");
  dialog->place = ld_dialog_form_add_entry (group, "session-place", _("Place"), session->place);
  dialog->participants = ld_dialog_form_add_entry (group, "session-participants", _("Participants"),
                                                   session->participants);
  dialog->recorder = ld_dialog_form_add_entry (group, "session-recorder", _("Recorder"),
                                               session->recorder);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (dialog->form.page, group);
  dialog->record = ld_dialog_form_add_text (group, "session-record", _("Record"), session->record);

  attachments = ld_attachments_group_new (_("Save the case to add photos and evidence to this session."));
  ld_attachments_group_set_record (LD_ATTACHMENTS_GROUP (attachments), database,
                                   LD_MEDIATION_SESSION_TABLE, session->id);
  adw_preferences_page_add (dialog->form.page, ADW_PREFERENCES_GROUP (attachments));

  g_signal_connect_swapped (dialog->kind, "notify::selected", G_CALLBACK (changed_cb), dialog);
  g_signal_connect_swapped (dialog->date, "changed", G_CALLBACK (changed_cb), dialog);
  g_signal_connect (dialog->form.save, "clicked", G_CALLBACK (save_clicked_cb), dialog);
  update (dialog);
  /* Not on Cancel, which would take Enter for itself. */
  gtk_window_set_focus (dialog->form.window, dialog->date);

  return GTK_WIDGET (dialog->form.window);
}

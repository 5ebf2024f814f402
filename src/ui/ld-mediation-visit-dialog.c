/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-timeline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-date-format.h"
#include "ld-dialog-form.h"
#include "ld-form-rows.h"
#include "ld-mediation-visit-dialog.h"
#include "ld-ui-date.h"

typedef struct
{
  LdDialogForm     form;
  LdMediationCase *mcase;
  int              index;      /* -1: a new visit */
  gint64           id;         /* of the visit edited, kept on save */

  GtkWidget       *date;
  GtkWidget       *date_message;
  GtkWidget       *visitor;
  GtkWidget       *findings;
} VisitDialog;

static void
visit_dialog_free (gpointer data)
{
  VisitDialog *dialog = data;

  g_object_unref (dialog->mcase);
  g_free (dialog);
}

/* The visit the fields describe; FALSE when the date does not parse (then
 * the date is left unset). */
static gboolean
read_fields (VisitDialog    *dialog,
             LdReturnVisit **out)
{
  g_autofree char *findings = ld_dialog_form_get_text (dialog->findings);
  GDate date;
  gboolean parsed = ld_dialog_form_read_date (dialog->date, &date);

  *out = ld_return_visit_new (g_date_valid (&date) ? &date : NULL,
                              gtk_editable_get_text (GTK_EDITABLE (dialog->visitor)),
                              findings);
  (*out)->id = dialog->id;
  return parsed;
}

/* The case's message about @visit were it visit @index: a copy of the
 * case holding @index + 1 copies of it, so that the validator's last
 * "return-visits" message is about it and numbers it as the case will. */
static char *
check_visit (LdMediationCase     *mcase,
             int                  index,
             const LdReturnVisit *visit)
{
  g_autoptr(LdMediationCase) copy = ld_mediation_case_copy (mcase);
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  GPtrArray *visits = ld_mediation_case_get_return_visits (copy);
  guint position = index >= 0 ? (guint) index : visits->len;

  while (visits->len > 0)
    ld_mediation_case_remove_return_visit (copy, visits->len - 1);
  for (guint i = 0; i <= position; i++)
    ld_mediation_case_add_return_visit (copy, visit);
  ld_mediation_case_validate (copy, NULL, issues);
  return ld_dialog_form_last_error (issues, "return-visits");
}

static void
update (VisitDialog *dialog)
{
  g_autoptr(LdReturnVisit) visit = NULL;
  g_autofree char *message = NULL;

  if (!read_fields (dialog, &visit))
    message = g_strdup (ld_form_bad_date_message ());
  else
    message = check_visit (dialog->mcase, dialog->index, visit);
  ld_dialog_form_set_check (&dialog->form, dialog->date_message, dialog->date, message);
}

static void
changed_cb (VisitDialog *dialog)
{
  update (dialog);
}

static void
save_clicked_cb (GtkButton   *button,
                 VisitDialog *dialog)
{
  g_autoptr(LdReturnVisit) visit = NULL;
  GPtrArray *visits = ld_mediation_case_get_return_visits (dialog->mcase);

  update (dialog);
  if (!gtk_widget_get_sensitive (dialog->form.save))
    return;
  read_fields (dialog, &visit);
  if (dialog->index < 0)
    ld_mediation_case_add_return_visit (dialog->mcase, visit);
  else if ((guint) dialog->index < visits->len)
    ld_mediation_case_replace_return_visit (dialog->mcase, dialog->index, visit);
  gtk_window_destroy (dialog->form.window);
}

GtkWidget *
ld_mediation_visit_dialog_new (GtkWindow       *parent,
                               LdMediationCase *mcase,
                               int              index)
{
  VisitDialog *dialog;
  GPtrArray *visits;
  g_autoptr(LdReturnVisit) visit = NULL;
  g_autofree char *date_text = NULL;
  AdwPreferencesGroup *group;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (LD_IS_MEDIATION_CASE (mcase), NULL);
  visits = ld_mediation_case_get_return_visits (mcase);
  g_return_val_if_fail (index < 0 || (guint) index < visits->len, NULL);

  if (index >= 0)
    visit = ld_return_visit_copy (g_ptr_array_index (visits, index));
  else
    {
      GDate today;

      ld_get_today (&today);
      visit = ld_return_visit_new (&today, "", "");
    }

  dialog = g_new0 (VisitDialog, 1);
  dialog->mcase = g_object_ref (mcase);
  dialog->index = index < 0 ? -1 : index;
  dialog->id = visit->id;
  ld_dialog_form_init (&dialog->form, parent, "visit-dialog",
                       index < 0 ? _("New Return Visit") : _("Edit Return Visit"));
  g_object_set_data_full (G_OBJECT (dialog->form.window), "ld-visit-dialog", dialog,
                          visit_dialog_free);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_page_add (dialog->form.page, group);
  date_text = ld_ui_date_to_text (&visit->date);
  dialog->date = ld_dialog_form_add_entry (group, "visit-date", _("Date"), date_text);
  dialog->date_message = ld_dialog_form_add_message (group, "visit-date-message");
  dialog->visitor = ld_dialog_form_add_entry (group, "visit-visitor", _("Visited by"), visit->visitor);

  group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_description (group,
                                         _("Whether the agreement was performed, how satisfied the parties are, "
                                           "any later suit and any sign the dispute may escalate."));
  adw_preferences_page_add (dialog->form.page, group);
  dialog->findings = ld_dialog_form_add_text (group, "visit-findings", _("Findings"), visit->findings);

  g_signal_connect_swapped (dialog->date, "changed", G_CALLBACK (changed_cb), dialog);
  g_signal_connect (dialog->form.save, "clicked", G_CALLBACK (save_clicked_cb), dialog);
  update (dialog);
  /* Not on Cancel, which would take Enter for itself. */
  gtk_window_set_focus (dialog->form.window, dialog->date);

  return GTK_WIDGET (dialog->form.window);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-mediation-delete.h"
#include "ld-mediation-store.h"

typedef struct
{
  GtkWidget *page;
  LdDatabase *database;
  gint64 id;
  char *number;
  LdMediationCase *mcase;  /* loaded just before deleting, for Undo */
} DeleteData;

static void
delete_data_free (gpointer user_data)
{
  DeleteData *data = user_data;

  g_clear_object (&data->page);
  g_clear_object (&data->database);
  g_clear_object (&data->mcase);
  g_free (data->number);
  g_free (data);
}

static void
show_toast (GtkWidget *page,
            AdwToast  *toast)
{
  g_signal_emit_by_name (page, "add-toast", toast);
}

/* A toast's title is markup (libadwaita 1.2): a reason or a number may
 * hold "&" or "<". */
static char *
escape (const char *text)
{
  return g_markup_escape_text (text, -1);
}

static void
show_error_toast (GtkWidget *page,
                  char      *title)
{
  g_autofree char *owned_title = title;
  g_autoptr(AdwToast) toast = adw_toast_new (owned_title);

  /* The reason must be read: it stays until dismissed. */
  adw_toast_set_timeout (toast, 0);
  show_toast (page, toast);
}

static void
undo_clicked_cb (AdwToast   *toast,
                 DeleteData *data)
{
  g_autoptr(GError) error = NULL;

  if (data->mcase == NULL)
    return;

  if (!ld_mediation_store_restore_deleted (data->database, data->mcase, &error))
    {
      g_autofree char *number = escape (data->number);
      g_autofree char *reason = escape (error->message);

      /* Translators: the first %s is the case's number, the second why it could not be restored. */
      show_error_toast (data->page, g_strdup_printf (_("Could not restore mediation case %s: %s"),
                                                     number, reason));
      return;
    }
  /* A second click must not insert it twice. */
  g_clear_object (&data->mcase);
}

static void
delete_case (DeleteData *data)
{
  g_autoptr(LdMediationCase) mcase = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  g_autoptr(AdwToast) toast = NULL;
  DeleteData *undo;

  /* Loaded before deleting: this copy is what Undo puts back. */
  mcase = ld_mediation_store_get (data->database, data->id, &error);
  if (mcase == NULL || !ld_mediation_store_delete (data->database, data->id, &error))
    {
      g_autofree char *number = escape (data->number);
      g_autofree char *reason = escape (error->message);

      /* Translators: the first %s is the case's number, e.g. 人调〔2026〕3号; the
       * second why it could not be deleted, e.g. that its agreement was issued. */
      show_error_toast (data->page, g_strdup_printf (_("Could not delete mediation case %s: %s"),
                                                     number, reason));
      return;
    }

  undo = g_new0 (DeleteData, 1);
  undo->page = g_object_ref (data->page);
  undo->database = g_object_ref (data->database);
  undo->id = data->id;
  undo->number = g_strdup (data->number);
  undo->mcase = g_steal_pointer (&mcase);

  escaped = escape (data->number);
  /* Translators: %s is the case's number, e.g. 人调〔2026〕3号. */
  title = g_strdup_printf (_("Mediation case %s deleted"), escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb),
                         undo, (GClosureNotify) (void (*) (void)) delete_data_free, 0);
  show_toast (data->page, toast);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             DeleteData       *data)
{
  if (g_strcmp0 (response, "delete") == 0)
    delete_case (data);
}

void
ld_mediation_delete_confirm (GtkWidget       *page,
                             LdDatabase      *database,
                             LdRecordSummary *summary)
{
  GtkRoot *root;
  GtkWidget *dialog;
  g_autofree char *heading = NULL;
  DeleteData *data;

  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (LD_IS_DATABASE (database));
  g_return_if_fail (LD_IS_RECORD_SUMMARY (summary));
  g_return_if_fail (ld_record_summary_get_area (summary) == LD_RECORD_AREA_MEDIATION);

  data = g_new0 (DeleteData, 1);
  data->page = g_object_ref (page);
  data->database = g_object_ref (database);
  data->id = ld_record_summary_get_id (summary);
  data->number = g_strdup (ld_record_summary_get_number (summary));

  root = gtk_widget_get_root (page);
  /* Translators: %s is the case's number, e.g. 人调〔2026〕3号. */
  heading = g_strdup_printf (_("Delete mediation case %s?"), data->number);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("Right afterwards, Undo can bring it back with its parties, "
                                     "sessions, agreement and return visits. The attachments of its "
                                     "sessions and an unsaved draft of it are deleted for good."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb),
                         data, (GClosureNotify) (void (*) (void)) delete_data_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

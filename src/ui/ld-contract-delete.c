/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-contract-delete.h"
#include "ld-contract-store.h"

typedef struct
{
  GtkWidget *page;
  LdDatabase *database;
  gint64 id;
  char *number;
  LdContractReview *review;  /* loaded just before deleting, for Undo */
  guint serial;              /* which delete of the database this is */
} DeleteData;

/* The store keeps the attachments of the LAST deleted review aside for
 * Undo. Only the toast of that delete may drop them when it goes. */
#define SERIAL_KEY "ld-contract-delete-serial"

static guint
get_serial (LdDatabase *database)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (database), SERIAL_KEY));
}

static void
delete_data_free (gpointer user_data)
{
  DeleteData *data = user_data;

  g_clear_object (&data->page);
  g_clear_object (&data->database);
  g_clear_object (&data->review);
  g_free (data->number);
  g_free (data);
}

static void
show_toast (GtkWidget  *page,
            AdwToast   *toast)
{
  g_signal_emit_by_name (page, "add-toast", toast);
}

/* A toast's title is markup (libadwaita 1.2): a reason may hold "&". */
static char *
escape_reason (const GError *error)
{
  return g_markup_escape_text (error->message, -1);
}

static void
show_error_toast (GtkWidget *page,
                  char      *title)
{
  g_autofree char *owned_title = title;
  g_autoptr(AdwToast) toast = adw_toast_new (owned_title);

  adw_toast_set_timeout (toast, 0);
  show_toast (page, toast);
}

static void
undo_clicked_cb (AdwToast   *toast,
                 DeleteData *data)
{
  g_autoptr(GError) error = NULL;

  if (data->review == NULL)
    return;

  if (!ld_contract_store_restore_deleted (data->database, data->review, &error))
    {
      /* Translators: %s is why the deleted review could not be restored. */
      g_autofree char *reason = escape_reason (error);

      show_error_toast (data->page,
                        g_strdup_printf (_("Could not restore the contract review: %s"), reason));
      return;
    }
  /* A second click must not insert it twice. */
  g_clear_object (&data->review);
}

static void
toast_dismissed_cb (AdwToast   *toast,
                    DeleteData *data)
{
  g_autoptr(GError) error = NULL;

  if (data->review == NULL || data->serial != get_serial (data->database))
    return;

  g_clear_object (&data->review);
  if (!ld_contract_store_purge_deleted (data->database, &error))
    g_warning ("Cannot remove the attachments of a deleted contract review: %s", error->message);
}

static void
delete_review (DeleteData *data)
{
  g_autoptr(LdContractReview) review = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  g_autoptr(AdwToast) toast = NULL;
  DeleteData *undo;

  /* Loaded before deleting: this copy is what Undo puts back. */
  review = ld_contract_store_get (data->database, data->id, &error);
  if (review == NULL || !ld_contract_store_delete (data->database, data->id, &error))
    {
      /* Translators: %s is why the review could not be deleted, e.g. that its opinion letter was issued. */
      g_autofree char *reason = escape_reason (error);

      show_error_toast (data->page,
                        g_strdup_printf (_("Could not delete the contract review: %s"), reason));
      return;
    }

  undo = g_new0 (DeleteData, 1);
  undo->page = g_object_ref (data->page);
  undo->database = g_object_ref (data->database);
  undo->id = data->id;
  undo->number = g_strdup (data->number);
  undo->review = g_steal_pointer (&review);
  undo->serial = get_serial (data->database) + 1;
  g_object_set_data (G_OBJECT (data->database), SERIAL_KEY, GUINT_TO_POINTER (undo->serial));

  /* Translators: %s is the review's number, e.g. 合审〔2026〕3号. */
  escaped = g_markup_escape_text (data->number, -1);
  title = g_strdup_printf (_("Contract review %s deleted"), escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), undo);
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
    delete_review (data);
}

void
ld_contract_delete_confirm (GtkWidget       *page,
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
  g_return_if_fail (ld_record_summary_get_area (summary) == LD_RECORD_AREA_CONTRACT);

  data = g_new0 (DeleteData, 1);
  data->page = g_object_ref (page);
  data->database = g_object_ref (database);
  data->id = ld_record_summary_get_id (summary);
  data->number = g_strdup (ld_record_summary_get_number (summary));

  root = gtk_widget_get_root (page);
  /* Translators: %s is the review's number, e.g. 合审〔2026〕3号. */
  heading = g_strdup_printf (_("Delete contract review %s?"), data->number);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _("Right afterwards, Undo can bring it back with its checklist, "
                                     "findings and attachments. An unsaved draft of it is deleted for good."));
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

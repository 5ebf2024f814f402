/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-record-delete.h"

/* A delete asked from a register page. */
typedef struct
{
  const LdRecordDeleter *deleter;
  GtkWidget             *page;
  LdDatabase            *database;
  gint64                 id;
  char                  *number;
} DeleteData;

static void
delete_data_free (gpointer user_data)
{
  DeleteData *data = user_data;

  g_clear_object (&data->page);
  g_clear_object (&data->database);
  g_free (data->number);
  g_free (data);
}

/* A delete's Undo toast, whichever path deleted. */
typedef struct
{
  const LdRecordDeleter  *deleter;
  LdDatabase             *database;
  char                   *number;
  GObject                *record;  /* loaded just before deleting, for Undo */
  guint                   serial;  /* which delete of the database this is */
  LdRecordDeleteShowFunc  show;
  GtkWidget              *target;
} UndoData;

static void
undo_data_free (gpointer user_data)
{
  UndoData *undo = user_data;

  g_clear_object (&undo->database);
  g_clear_object (&undo->record);
  g_clear_object (&undo->target);
  g_free (undo->number);
  g_free (undo);
}

/* The store keeps aside what only the LAST deleted record of a kind needs
 * for its Undo (the attachments), and drops it at the next delete of that
 * kind. Every delete of the kind, from the register or from an editor,
 * counts on the database; only the toast of the last one may drop what is
 * kept when it goes. */
static guint
get_serial (const LdRecordDeleter *deleter,
            LdDatabase            *database)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (database), deleter->serial_key));
}

static void
emit_add_toast (GtkWidget *page,
                AdwToast  *toast)
{
  g_signal_emit_by_name (page, "add-toast", toast);
}

/* A toast's title is markup (libadwaita 1.2): a reason or a number may
 * hold "&" or "<". */
static char *
escape (const char *text)
{
  return g_markup_escape_text (text != NULL ? text : "", -1);
}

static void
show_error_toast (LdRecordDeleteShowFunc  show,
                  GtkWidget              *target,
                  char                   *title)
{
  g_autofree char *owned_title = title;
  g_autoptr(AdwToast) toast = adw_toast_new (owned_title);

  /* The reason must be read: it stays until dismissed. */
  adw_toast_set_timeout (toast, 0);
  show (target, toast);
}

static void
undo_clicked_cb (AdwToast *toast,
                 UndoData *undo)
{
  g_autoptr(GError) error = NULL;

  if (undo->record == NULL)
    return;

  if (!undo->deleter->restore (undo->database, undo->record, &error))
    {
      g_autofree char *number = escape (undo->number);
      g_autofree char *reason = escape (error->message);

      show_error_toast (undo->show, undo->target,
                        undo->deleter->restore_failed (number, reason));
      return;
    }
  /* A second click must not insert it twice. */
  g_clear_object (&undo->record);
}

static void
toast_dismissed_cb (AdwToast *toast,
                    UndoData *undo)
{
  if (undo->record == NULL || undo->serial != get_serial (undo->deleter, undo->database))
    return;

  g_clear_object (&undo->record);
  undo->deleter->purge (undo->database);
}

/* After @record (loaded whole just before) was deleted, by either path:
 * shows the toast "deleted" through @show on @target with an Undo that
 * puts @record back; a failed Undo comes back the same way with the
 * reason. When the toast goes without Undo and no record of the same kind
 * was deleted since (from anywhere), what the store kept aside for it is
 * purged. @number is not escaped. */
void
ld_record_delete_show_undo (const LdRecordDeleter  *deleter,
                            LdDatabase             *database,
                            GObject                *record,
                            const char             *number,
                            LdRecordDeleteShowFunc  show,
                            GtkWidget              *target)
{
  g_autofree char *title = NULL;
  g_autofree char *escaped = NULL;
  g_autoptr(AdwToast) toast = NULL;
  UndoData *undo;

  g_return_if_fail (deleter != NULL);
  g_return_if_fail (LD_IS_DATABASE (database));
  g_return_if_fail (G_IS_OBJECT (record));
  g_return_if_fail (show != NULL);
  g_return_if_fail (GTK_IS_WIDGET (target));

  undo = g_new0 (UndoData, 1);
  undo->deleter = deleter;
  undo->database = g_object_ref (database);
  undo->number = g_strdup (number);
  undo->record = g_object_ref (record);
  undo->show = show;
  undo->target = g_object_ref (target);
  if (deleter->purge != NULL)
    {
      undo->serial = get_serial (deleter, database) + 1;
      g_object_set_data (G_OBJECT (database), deleter->serial_key,
                         GUINT_TO_POINTER (undo->serial));
    }

  escaped = escape (number);
  title = deleter->deleted_title (escaped);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  if (deleter->purge != NULL)
    g_signal_connect (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), undo);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb),
                         undo, (GClosureNotify) (void (*) (void)) undo_data_free, 0);
  show (target, toast);
}

static void
delete_record (DeleteData *data)
{
  const LdRecordDeleter *deleter = data->deleter;
  g_autoptr(GObject) record = NULL;
  g_autoptr(GError) error = NULL;

  /* Loaded before deleting: this copy is what Undo puts back. */
  record = deleter->load (data->database, data->id, &error);
  if (record == NULL || !deleter->delete_record (data->database, data->id, &error))
    {
      g_autofree char *number = escape (data->number);
      g_autofree char *reason = escape (error->message);

      show_error_toast (emit_add_toast, data->page, deleter->delete_failed (number, reason));
      return;
    }
  /* An editor left open would save over whatever takes the id's place;
   * its unsaved changes went with the record, as the question said. */
  deleter->close_editor (data->database, data->id);

  ld_record_delete_show_undo (deleter, data->database, record, data->number,
                              emit_add_toast, data->page);
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             DeleteData       *data)
{
  if (g_strcmp0 (response, "delete") == 0)
    delete_record (data);
}

/* Asks (an AdwMessageDialog over @page's window) whether to delete the
 * record of @summary. On "Delete" it loads the whole record, deletes it
 * and emits "add-toast" (AdwToast *) on @page with an Undo button that
 * puts it back; a refusal or an error comes back as a toast with the
 * store's reason. @page must have an "add-toast" signal. */
void
ld_record_delete_confirm (const LdRecordDeleter *deleter,
                          GtkWidget             *page,
                          LdDatabase            *database,
                          LdRecordSummary       *summary)
{
  GtkRoot *root;
  GtkWidget *dialog;
  g_autofree char *heading = NULL;
  DeleteData *data;

  g_return_if_fail (deleter != NULL);
  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (LD_IS_DATABASE (database));
  g_return_if_fail (LD_IS_RECORD_SUMMARY (summary));
  g_return_if_fail (ld_record_summary_get_area (summary) == deleter->area);

  data = g_new0 (DeleteData, 1);
  data->deleter = deleter;
  data->page = g_object_ref (page);
  data->database = g_object_ref (database);
  data->id = ld_record_summary_get_id (summary);
  data->number = g_strdup (ld_record_summary_get_number (summary));

  root = gtk_widget_get_root (page);
  heading = deleter->heading (data->number);
  dialog = adw_message_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, heading,
                                   _(deleter->body));
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

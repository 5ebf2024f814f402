/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-window-private.h"

/* Opening databases and recovering from a database that cannot be used:
 * the error page, "Open Another File…" and "Restore a Backup…". The bad
 * file is never written to. */

static void
open_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(LdWindow) self = user_data;
  g_autoptr(LdDatabase) database = NULL;
  g_autoptr(GError) error = NULL;

  database = ld_database_open_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->open_cancellable);
  ld_window_set_loading (self, FALSE);
  if (database == NULL)
    {
      g_debug ("Cannot use the database %s: %s", self->database_path, error->message);
      ld_database_error_page_set_error (self->error_page, self->database_path, error);
      gtk_stack_set_visible_child_name (self->main_stack, "error");
      return;
    }

  ld_window_set_database (self, database);
}

void
ld_window_open_database (LdWindow   *self,
                         const char *path)
{
  g_return_if_fail (LD_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  /* Drop the pages (and their connections) before opening anything else. */
  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  ld_window_set_database (self, NULL);
  if (self->database_path != path)
    {
      g_free (self->database_path);
      self->database_path = g_strdup (path);
    }

  self->open_cancellable = g_cancellable_new ();
  ld_window_set_loading (self, TRUE);
  ld_database_open_async (path, LD_DATABASE_OPEN_DEFAULT, self->open_cancellable,
                          open_done_cb, g_object_ref (self));
}

static GtkFileChooserNative *
new_chooser (LdWindow   *self,
             const char *title,
             const char *accept_label)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) databases = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);

  gtk_file_filter_set_name (databases, _("Legal Desk Databases"));
  gtk_file_filter_add_mime_type (databases, "application/vnd.sqlite3");
  gtk_file_filter_add_mime_type (databases, "application/x-sqlite3");
  gtk_file_filter_add_suffix (databases, "db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), databases);
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  /* Backups and other databases usually sit beside the current one. */
  if (self->database_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (self->database_path);
      g_autoptr(GFile) folder = g_file_get_parent (file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }

  return chooser;
}

static char *
take_chosen_path (LdWindow *self,
                  int       response)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return NULL;
  return g_file_get_path (file);
}

static void
open_chooser_response_cb (GtkNativeDialog *dialog,
                          int              response,
                          LdWindow        *self)
{
  g_autofree char *path = take_chosen_path (self, response);

  if (path != NULL)
    ld_window_open_database (self, path);
}

void
ld_window_open_another_database (LdWindow *self)
{
  g_return_if_fail (LD_IS_WINDOW (self));

  if (self->chooser != NULL)
    return;

  /* The native dialog is not kept alive by GTK: hold it until "response". */
  self->chooser = new_chooser (self, _("Open a Database"), _("_Open"));
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (open_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

typedef struct
{
  char *db_path;
  char *backup_path;
  char *kept_path;
} RestoreData;

static void
restore_data_free (RestoreData *data)
{
  g_free (data->db_path);
  g_free (data->backup_path);
  g_free (data->kept_path);
  g_free (data);
}

static void
restore_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  RestoreData *data = task_data;
  GError *error = NULL;

  if (!ld_database_restore (data->db_path, data->backup_path, &data->kept_path, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

static void
restore_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  LdWindow *self = LD_WINDOW (source);
  RestoreData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  gtk_widget_set_sensitive (GTK_WIDGET (self->error_page), TRUE);

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                                  _("The Backup Was Not Restored"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }

  ld_window_open_database (self, data->db_path);
  if (data->kept_path != NULL)
    {
      g_autofree char *kept_name = g_path_get_basename (data->kept_path);

      /* Translators: %s is the file name of the replaced database. */
      message = g_strdup_printf (_("Backup restored; the previous file was kept as “%s”"), kept_name);
    }
  else
    {
      message = g_strdup (_("Backup restored"));
    }
  ld_window_add_toast (self, adw_toast_new (message));
}

static void
confirm_restore_response_cb (AdwMessageDialog *dialog,
                             const char       *response,
                             gpointer          user_data)
{
  LdWindow *self = LD_WINDOW (gtk_window_get_transient_for (GTK_WINDOW (dialog)));
  g_autoptr(GTask) task = NULL;
  RestoreData *data = user_data;

  if (g_strcmp0 (response, "restore") != 0)
    {
      restore_data_free (data);
      return;
    }

  /* The open database (if any) must be closed before its file is replaced. */
  ld_window_set_database (self, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->error_page), FALSE);

  task = g_task_new (self, NULL, restore_done_cb, NULL);
  g_task_set_source_tag (task, ld_window_restore_backup);
  g_task_set_task_data (task, data, (GDestroyNotify) restore_data_free);
  g_task_run_in_thread (task, restore_thread);
}

GtkWindow *
ld_window_confirm_restore (LdWindow   *self,
                           const char *backup_path)
{
  g_autofree char *db_name = NULL;
  g_autofree char *backup_name = NULL;
  GtkWidget *dialog;
  RestoreData *data;

  g_return_val_if_fail (LD_IS_WINDOW (self), NULL);
  g_return_val_if_fail (backup_path != NULL, NULL);

  if (self->database_path == NULL)
    return NULL;

  db_name = g_path_get_basename (self->database_path);
  backup_name = g_path_get_basename (backup_path);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Replace the Database With the Backup?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  /* Translators: the database file, then the backup file. */
                                  _("“%s” will be replaced by the backup “%s”. "
                                    "The current file is not deleted: it is kept beside it."),
                                  db_name, backup_name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  data = g_new0 (RestoreData, 1);
  data->db_path = g_strdup (self->database_path);
  data->backup_path = g_strdup (backup_path);
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_restore_response_cb), data);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WINDOW (dialog);
}

static void
restore_chooser_response_cb (GtkNativeDialog *native,
                             int              response,
                             LdWindow        *self)
{
  g_autofree char *backup_path = take_chosen_path (self, response);

  if (backup_path != NULL)
    ld_window_confirm_restore (self, backup_path);
}

void
ld_window_restore_backup (LdWindow *self)
{
  g_return_if_fail (LD_IS_WINDOW (self));

  if (self->chooser != NULL || self->database_path == NULL)
    return;

  self->chooser = new_chooser (self, _("Choose a Backup"), _("_Choose"));
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (restore_chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

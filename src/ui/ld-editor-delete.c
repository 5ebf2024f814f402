/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-editor-delete"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-editor-delete.h"
#include "ld-window.h"

/* The question "delete?" over @editor, named "delete-dialog", with the
 * responses "cancel" (the default, and Escape) and "delete". The caller
 * connects "response" and presents it. */
AdwMessageDialog *
ld_editor_delete_dialog_new (GtkWindow  *editor,
                             const char *heading,
                             const char *body)
{
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (editor, heading, body));

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  gtk_widget_set_name (GTK_WIDGET (dialog), "delete-dialog");
  return dialog;
}

typedef struct
{
  LdDatabase          *database;
  GObject             *record;
  LdEditorRestoreFunc  restore;
  char                *what;
} UndoData;

static void
undo_data_free (gpointer  data,
                GClosure *closure)
{
  UndoData *undo = data;

  g_object_unref (undo->database);
  g_object_unref (undo->record);
  g_free (undo->what);
  g_free (undo);
}

static void
undo_clicked_cb (AdwToast *toast,
                 UndoData *undo)
{
  g_autoptr(GError) error = NULL;

  if (!undo->restore (undo->database, undo->record, &error))
    g_warning ("Could not restore the deleted %s: %s", undo->what, error->message);
}

static gboolean
destroy_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* After @editor deleted its record: a toast @title whose Undo puts
 * @record (loaded whole before the delete) back through @restore, on the
 * main window, and the editor closes. @what names the record in the log
 * when Undo fails ("review"). */
void
ld_editor_close_deleted (GtkWindow           *editor,
                         LdDatabase          *database,
                         GObject             *record,
                         LdEditorRestoreFunc  restore,
                         const char          *title,
                         const char          *what)
{
  GtkWindow *parent = gtk_window_get_transient_for (editor);
  AdwToast *toast;
  UndoData *undo;

  g_return_if_fail (GTK_IS_WINDOW (editor));
  g_return_if_fail (LD_IS_DATABASE (database));
  g_return_if_fail (G_IS_OBJECT (record));

  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  undo = g_new0 (UndoData, 1);
  undo->database = g_object_ref (database);
  undo->record = g_object_ref (record);
  undo->restore = restore;
  undo->what = g_strdup (what);
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), undo, undo_data_free, 0);

  /* The editor closes: the toast (and its Undo) lives on the main window. */
  if (parent != NULL && LD_IS_WINDOW (parent))
    ld_window_add_toast (LD_WINDOW (parent), toast);
  else
    g_object_unref (toast);
  /* Not while the dialog, transient for the editor, is still answering. */
  gtk_widget_set_visible (GTK_WIDGET (editor), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT, destroy_cb, g_object_ref (editor), g_object_unref);
}

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

static gboolean
destroy_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static GtkWidget *
find_toast_overlay (GtkWidget *widget)
{
  if (ADW_IS_TOAST_OVERLAY (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_toast_overlay (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* No window to show the toast: it goes at once (nothing to undo with). */
static void
dismiss_at_once (GtkWidget *editor,
                 AdwToast  *toast)
{
  adw_toast_dismiss (toast);
}

/* The editor's parent window shows the toast: the main window, or any
 * window with a toast overlay. Where there is none, the toast goes at
 * once: without Undo, what the store kept for it is purged. */
static void
show_on_window (GtkWidget *window,
                AdwToast  *toast)
{
  GtkWidget *overlay;

  /* adw_toast_overlay_add_toast() takes a reference (transfer full). */
  if (LD_IS_WINDOW (window))
    ld_window_add_toast (LD_WINDOW (window), g_object_ref (toast));
  else if ((overlay = find_toast_overlay (window)) != NULL)
    adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), g_object_ref (toast));
  else
    dismiss_at_once (window, toast);
}

/* After @editor deleted its record: the same Undo toast as a delete from
 * the register (ld_record_delete_show_undo() with @deleter, so both paths
 * keep one count of deletes and only the last one's toast purges what the
 * store keeps aside), on the main window, and the editor closes. @record
 * is the record loaded whole before the delete, @number its number. */
void
ld_editor_close_deleted (GtkWindow             *editor,
                         const LdRecordDeleter *deleter,
                         LdDatabase            *database,
                         GObject               *record,
                         const char            *number)
{
  GtkWindow *parent = gtk_window_get_transient_for (editor);

  g_return_if_fail (GTK_IS_WINDOW (editor));
  g_return_if_fail (deleter != NULL);
  g_return_if_fail (LD_IS_DATABASE (database));
  g_return_if_fail (G_IS_OBJECT (record));

  /* The editor closes: the toast (and its Undo) lives on the main window. */
  ld_record_delete_show_undo (deleter, database, record, number,
                              parent != NULL ? show_on_window : dismiss_at_once,
                              parent != NULL ? GTK_WIDGET (parent) : GTK_WIDGET (editor));
  /* Not while the dialog, transient for the editor, is still answering. */
  gtk_widget_set_visible (GTK_WIDGET (editor), FALSE);
  g_idle_add_full (G_PRIORITY_DEFAULT, destroy_cb, g_object_ref (editor), g_object_unref);
}

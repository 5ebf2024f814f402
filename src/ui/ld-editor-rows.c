/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-editor-rows"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-date-format.h"
#include "ld-document-window.h"
#include "ld-editor-rows.h"
#include "ld-issued-store.h"

/* An error the user must read, over @parent; @name (or NULL) names the
 * dialog for the tests. */
void
ld_editor_show_error (GtkWindow    *parent,
                      const char   *name,
                      const char   *heading,
                      const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, error->message);

  if (name != NULL)
    gtk_widget_set_name (dialog, name);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Shows @title over @subtitle (NULL: the record is not saved yet) in an
 * editor's @window_title, the subtitle marked while @modified. */
void
ld_editor_show_title (AdwWindowTitle *window_title,
                      const char     *title,
                      const char     *subtitle,
                      gboolean        modified)
{
  g_autofree char *marked = NULL;

  g_return_if_fail (ADW_IS_WINDOW_TITLE (window_title));

  if (subtitle == NULL)
    subtitle = _("Not saved yet");
  if (modified)
    /* Translators: marks a subtitle of an editor with unsaved changes. */
    subtitle = marked = g_strdup_printf (_("%s (unsaved changes)"), subtitle);
  adw_window_title_set_title (window_title, title);
  adw_window_title_set_subtitle (window_title, subtitle);
}

/* Removes the @rows added to @group, and forgets them. */
void
ld_editor_rows_clear (AdwPreferencesGroup *group,
                      GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

/* The badge of a deadline or reminder row: days overdue, due today, or
 * days left. */
char *
ld_editor_days_left_text (int days_left)
{
  if (days_left < 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day overdue", "%d days overdue",
                                         -days_left),
                            -days_left);
  if (days_left == 0)
    return g_strdup (_("Due today"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left", "%d days left", days_left),
                          days_left);
}

/* Opens the stored PDF of issued document @issued_id over @editor (a
 * window named "document-window"), or shows why not. */
void
ld_editor_open_issued (GtkWindow  *editor,
                       LdDatabase *database,
                       gint64      issued_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdIssuedDocument) issued = NULL;
  LdDocumentWindow *window;

  g_return_if_fail (GTK_IS_WINDOW (editor));
  g_return_if_fail (LD_IS_DATABASE (database));

  issued = ld_issued_store_get (database, issued_id, TRUE, &error);
  if (issued == NULL)
    {
      ld_editor_show_error (editor, NULL, _("Could Not Open the Document"), error);
      return;
    }
  window = ld_document_window_new_for_issued (editor, issued);
  gtk_widget_set_name (GTK_WIDGET (window), "document-window");
  gtk_window_present (GTK_WINDOW (window));
}

/* An issued document's row opens its stored PDF over the editor. */
static void
issued_row_activated_cb (AdwActionRow *row,
                         GtkWindow    *editor)
{
  ld_editor_open_issued (editor, g_object_get_data (G_OBJECT (row), "ld-issued-database"),
                         GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (row), "ld-issued-id")));
}

/* Fills @group with a row ("issued-0", …) per document issued for record
 * @id (0: not saved yet) of store table @table, each opening the stored
 * PDF over @editor; @group shows only when there are some. @what names the
 * record in the warning when they cannot be listed ("a petition"). */
void
ld_editor_rows_fill_issued (AdwPreferencesGroup *group,
                            GPtrArray           *rows,
                            GtkWindow           *editor,
                            LdDatabase          *database,
                            const char          *table,
                            gint64               id,
                            const char          *what)
{
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (ADW_IS_PREFERENCES_GROUP (group));
  g_return_if_fail (GTK_IS_WINDOW (editor));

  ld_editor_rows_clear (group, rows);
  if (id != 0)
    issued = ld_issued_store_list_for_record (database, table, id, &error);
  if (issued == NULL)
    {
      if (error != NULL)
        g_warning ("Could not list the documents issued for %s: %s", what, error->message);
      gtk_widget_set_visible (GTK_WIDGET (group), FALSE);
      return;
    }
  gtk_widget_set_visible (GTK_WIDGET (group), issued->len > 0);
  for (guint i = 0; i < issued->len; i++)
    {
      LdIssuedDocument *document = g_ptr_array_index (issued, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *name = g_strdup_printf ("issued-%u", i);
      g_autofree char *day = g_date_time_format (ld_issued_document_get_issued_at (document), "%Y-%m-%d");
      g_autofree char *shown_day = ld_format_list_date (day);
      /* Translators: an issued document's row: its number and the day. */
      g_autofree char *subtitle = g_strdup_printf (_("%s · %s"), ld_issued_document_get_number (document),
                                                   shown_day);

      gtk_widget_set_name (row, name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), ld_issued_document_get_title (document));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data (G_OBJECT (row), "ld-issued-id",
                         GSIZE_TO_POINTER ((gsize) ld_issued_document_get_id (document)));
      g_object_set_data_full (G_OBJECT (row), "ld-issued-database", g_object_ref (database),
                              g_object_unref);
      g_signal_connect_object (row, "activated", G_CALLBACK (issued_row_activated_cb), editor, 0);
      adw_preferences_group_add (group, row);
      g_ptr_array_add (rows, row);
    }
}

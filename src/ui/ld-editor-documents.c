/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-editor-documents"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-editor-documents.h"

#define AVAILABLE_KEY "ld-documents-available"

/* Fills the menu of @button with the @documents @editor's record supports
 * now (each activating "editor.document::<which>"); the button is
 * insensitive while there are none. The menu is made again only when
 * that set changed: the mediation editor asks on every change of its
 * case, and a new model rebuilds the whole popover. */
void
ld_editor_documents_refresh_menu (GtkWidget                     *button,
                                  const LdEditorDocument        *documents,
                                  gsize                          n_documents,
                                  LdEditorDocumentAvailableFunc  available,
                                  gpointer                       editor)
{
  g_autoptr(GMenu) menu = NULL;
  gsize shown = 0;

  g_return_if_fail (GTK_IS_MENU_BUTTON (button));
  g_return_if_fail (n_documents < sizeof (gsize) * 8);

  /* A bit per document offered, above a bit that says "filled". */
  for (gsize i = 0; i < n_documents; i++)
    if (available (editor, documents[i].which))
      shown |= (gsize) 1 << i;
  shown = (shown << 1) | 1;
  if (GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (button), AVAILABLE_KEY)) == shown)
    return;
  g_object_set_data (G_OBJECT (button), AVAILABLE_KEY, GSIZE_TO_POINTER (shown));

  menu = g_menu_new ();
  for (gsize i = 0; i < n_documents; i++)
    if (shown & ((gsize) 1 << (i + 1)))
      {
        g_autofree char *action = g_strdup_printf ("editor.document::%s", documents[i].which);

        g_menu_append (menu, _(documents[i].label), action);
      }
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (button), G_MENU_MODEL (menu));
  gtk_widget_set_sensitive (button, g_menu_model_get_n_items (G_MENU_MODEL (menu)) > 0);
}

/* Previews @draft in a document window ("document-window") over @editor
 * that issues it through @issue; @issued (swapped: it gets @editor) runs
 * when it has been issued. */
void
ld_editor_documents_present (GtkWindow           *editor,
                             const char          *title,
                             LdDocument          *draft,
                             LdDocumentIssueFunc  issue,
                             gpointer             issue_data,
                             GDestroyNotify       issue_data_free,
                             GCallback            issued)
{
  LdDocumentWindow *window;

  g_return_if_fail (GTK_IS_WINDOW (editor));

  window = ld_document_window_new (editor, title, NULL);
  gtk_widget_set_name (GTK_WIDGET (window), "document-window");
  ld_document_window_set_document (window, draft);
  ld_document_window_set_issue_func (window, issue, issue_data, issue_data_free);
  g_signal_connect_object (window, "notify::number", issued, editor, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (window));
}

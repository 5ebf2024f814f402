/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-editor-launch"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-draft-store.h"
#include "ld-editor-launch.h"
#include "ld-record-summary.h"

/* Ways into a record editor, the same for every kind: from any widget, at
 * start-up for kept drafts, and the hooks of a register page. */

/* The open editor of record @id (0: a new record) of @database, or NULL. */
static GtkWindow *
find_editor (const LdEditorLauncher *launcher,
             LdDatabase             *database,
             gint64                  id)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (launcher->edits (window, database, id))
        return window;
    }
  return NULL;
}

void
ld_editor_launcher_open (const LdEditorLauncher *launcher,
                         GtkWidget              *widget,
                         LdDatabase             *database,
                         gint64                  id)
{
  g_autoptr(GError) error = NULL;
  GtkRoot *root;
  GtkWindow *parent;
  GtkWindow *editor;

  g_return_if_fail (launcher != NULL);
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (LD_IS_DATABASE (database));

  /* One editor per record: two would overwrite each other's changes.
   * That holds for a new record (id 0) as well: all new records of a kind
   * keep their draft under id 0, so a second new editor would share (and
   * drop) the first one's draft; "New" brings the unsaved one forward. */
  editor = find_editor (launcher, database, id);
  if (editor != NULL)
    {
      gtk_window_present (editor);
      return;
    }

  root = gtk_widget_get_root (widget);
  parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  editor = launcher->new_editor (parent, database, id, &error);
  if (editor == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, _(launcher->open_failed_title),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  gtk_window_present (editor);
}

/* Closes the editor of record @id of @database, if one is open, keeping
 * none of its unsaved changes: the record was deleted (the delete's
 * confirmation says so), and an editor left open would write its form
 * into whatever record takes its place. */
void
ld_editor_launcher_close_record (const LdEditorLauncher *launcher,
                                 LdDatabase             *database,
                                 gint64                  id)
{
  GtkWindow *editor;

  g_return_if_fail (launcher != NULL);
  g_return_if_fail (LD_IS_DATABASE (database));
  g_return_if_fail (id > 0);

  editor = find_editor (launcher, database, id);
  if (editor != NULL)
    {
      launcher->forget (editor);
      gtk_window_destroy (editor);
    }
}

unsigned
ld_editor_launcher_recover_drafts (const LdEditorLauncher *launcher,
                                   GtkWindow              *parent,
                                   LdDatabase             *database)
{
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  unsigned opened = 0;

  g_return_val_if_fail (launcher != NULL, 0);
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), 0);
  g_return_val_if_fail (LD_IS_DATABASE (database), 0);

  ids = ld_draft_store_list (database, launcher->draft_kind, &error);
  if (ids == NULL)
    {
      g_warning ("Could not list the kept drafts: %s", error->message);
      return 0;
    }
  for (guint i = 0; i < ids->len; i++)
    {
      gint64 id = g_array_index (ids, gint64, i);
      g_autoptr(GError) open_error = NULL;
      GtkWindow *editor;

      /* Open already (e.g. "New" clicked before the page looked): that
       * editor offers the draft itself. */
      if (find_editor (launcher, database, id) != NULL)
        continue;
      editor = launcher->new_editor (parent, database, id, &open_error);
      if (editor == NULL)
        {
          /* The record is gone (deleted elsewhere): its draft cannot be used. */
          ld_draft_store_discard (database, launcher->draft_kind, id, NULL);
          continue;
        }
      gtk_window_present (editor);
      opened++;
    }
  return opened;
}

/* The register page's hooks: the page holds the launcher and the database
 * on its "ld-editor-launcher" and "ld-editor-database" data. */

static void
open_from_page (GtkWidget *page,
                gint64     id)
{
  ld_editor_launcher_open (g_object_get_data (G_OBJECT (page), "ld-editor-launcher"), page,
                           g_object_get_data (G_OBJECT (page), "ld-editor-database"), id);
}

static void
new_clicked_cb (GtkButton *button,
                GtkWidget *page)
{
  open_from_page (page, 0);
}

static void
record_activated_cb (GtkWidget       *page,
                     LdRecordSummary *summary,
                     gpointer         user_data)
{
  open_from_page (page, ld_record_summary_get_id (summary));
}

static gboolean
recover_drafts_cb (gpointer data)
{
  GtkWidget *page = data;
  GtkRoot *root = gtk_widget_get_root (page);

  if (GTK_IS_WINDOW (root))
    ld_editor_launcher_recover_drafts (g_object_get_data (G_OBJECT (page), "ld-editor-launcher"),
                                       GTK_WINDOW (root),
                                       g_object_get_data (G_OBJECT (page), "ld-editor-database"));
  return G_SOURCE_REMOVE;
}

static GtkWidget *
new_button (const LdEditorLauncher *launcher,
            GtkWidget              *page,
            gboolean                pill)
{
  GtkWidget *button = pill ? gtk_button_new_with_mnemonic (_(launcher->new_label))
                           : gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_widget_set_name (button, launcher->new_name);
  gtk_widget_set_tooltip_text (button, _(launcher->new_tooltip));
  if (pill)
    {
      gtk_widget_set_halign (button, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "suggested-action");
    }
  g_signal_connect_object (button, "clicked", G_CALLBACK (new_clicked_cb), page, 0);
  return button;
}

void
ld_editor_launcher_hook_page (const LdEditorLauncher *launcher,
                              GtkWidget              *page,
                              LdDatabase             *database,
                              GtkBox                 *toolbar,
                              AdwStatusPage          *empty_page)
{
  g_return_if_fail (launcher != NULL);
  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (LD_IS_DATABASE (database));

  g_object_set_data (G_OBJECT (page), "ld-editor-launcher", (gpointer) launcher);
  g_object_set_data_full (G_OBJECT (page), "ld-editor-database", g_object_ref (database),
                          g_object_unref);
  if (toolbar != NULL)
    gtk_box_prepend (toolbar, new_button (launcher, page, FALSE));
  if (empty_page != NULL)
    adw_status_page_set_child (empty_page, new_button (launcher, page, TRUE));
  g_signal_connect (page, "record-activated", G_CALLBACK (record_activated_cb), NULL);
  g_idle_add_full (G_PRIORITY_LOW, recover_drafts_cb, g_object_ref (page), g_object_unref);
}

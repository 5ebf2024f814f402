/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-editor"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-mediation-editor-private.h"
#include "ld-record-summary.h"

/* Ways into the mediation editor: from any widget, and the hooks of the
 * mediation register page. */

void
ld_mediation_editor_open (GtkWidget  *widget,
                          LdDatabase *database,
                          gint64      id)
{
  g_autoptr(GError) error = NULL;
  GtkRoot *root;
  GtkWindow *parent;
  LdMediationEditor *editor;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (LD_IS_DATABASE (database));

  /* One editor per case: two would overwrite each other's changes. */
  if (id != 0)
    {
      GListModel *toplevels = gtk_window_get_toplevels ();

      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

          if (LD_IS_MEDIATION_EDITOR (window)
              && LD_MEDIATION_EDITOR (window)->database == database
              && ld_mediation_case_get_id (LD_MEDIATION_EDITOR (window)->mcase) == id)
            {
              gtk_window_present (window);
              return;
            }
        }
    }

  root = gtk_widget_get_root (widget);
  parent = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
  editor = ld_mediation_editor_new (parent, database, id, &error);
  if (editor == NULL)
    {
      GtkWidget *dialog = adw_message_dialog_new (parent, _("Could Not Open the Mediation Case"),
                                                  error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  gtk_window_present (GTK_WINDOW (editor));
}

/* The register page's hooks: the page holds the database on its
 * "ld-mediation-database" data. */

static void
new_clicked_cb (GtkButton *button,
                GtkWidget *page)
{
  ld_mediation_editor_open (page, g_object_get_data (G_OBJECT (page), "ld-mediation-database"), 0);
}

static void
record_activated_cb (GtkWidget       *page,
                     LdRecordSummary *summary,
                     gpointer         user_data)
{
  ld_mediation_editor_open (page, g_object_get_data (G_OBJECT (page), "ld-mediation-database"),
                            ld_record_summary_get_id (summary));
}

static gboolean
recover_drafts_cb (gpointer data)
{
  GtkWidget *page = data;
  GtkRoot *root = gtk_widget_get_root (page);

  if (GTK_IS_WINDOW (root))
    ld_mediation_editor_recover_drafts (GTK_WINDOW (root),
                                        g_object_get_data (G_OBJECT (page), "ld-mediation-database"));
  return G_SOURCE_REMOVE;
}

static GtkWidget *
new_button (GtkWidget *page,
            gboolean   pill)
{
  GtkWidget *button = pill ? gtk_button_new_with_mnemonic (_("_Log a Mediation Case"))
                           : gtk_button_new_from_icon_name ("list-add-symbolic");

  gtk_widget_set_name (button, "new-mediation");
  gtk_widget_set_tooltip_text (button, _("Log a Mediation Case"));
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
ld_mediation_editor_hook_page (GtkWidget     *page,
                               LdDatabase    *database,
                               GtkBox        *toolbar,
                               AdwStatusPage *empty_page)
{
  g_return_if_fail (GTK_IS_WIDGET (page));
  g_return_if_fail (LD_IS_DATABASE (database));

  g_object_set_data_full (G_OBJECT (page), "ld-mediation-database", g_object_ref (database),
                          g_object_unref);
  if (toolbar != NULL)
    gtk_box_prepend (toolbar, new_button (page, FALSE));
  if (empty_page != NULL)
    adw_status_page_set_child (empty_page, new_button (page, TRUE));
  g_signal_connect (page, "record-activated", G_CALLBACK (record_activated_cb), NULL);
  g_idle_add_full (G_PRIORITY_LOW, recover_drafts_cb, g_object_ref (page), g_object_unref);
}

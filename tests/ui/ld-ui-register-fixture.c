/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui-register-fixture"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-ui-register-fixture.h"
#include "ld-ui-test-util.h"

static void
toast_dismissed_cb (AdwToast            *toast,
                    LdUiRegisterFixture *f)
{
  if (toast == f->last_toast)
    f->last_toast_dismissed = TRUE;
}

static void
add_toast_cb (LdRegisterPage      *page,
              AdwToast            *toast,
              LdUiRegisterFixture *f)
{
  g_set_object (&f->last_toast, toast);
  f->last_toast_dismissed = FALSE;
  g_signal_connect (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), f);
  adw_toast_overlay_add_toast (f->overlay, g_object_ref (toast));
}

void
ld_ui_register_fixture_open_database (LdUiRegisterFixture *f,
                                      const char          *tmpl)
{
  f->db = ld_ui_open_tmp_database (tmpl, &f->dir);
}

void
ld_ui_register_fixture_show (LdUiRegisterFixture *f,
                             LdRecordArea         area,
                             int                  width,
                             guint                n_rows)
{
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, width, 700);
  f->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  f->page = LD_REGISTER_PAGE (ld_register_page_new (f->db, area));
  g_signal_connect (f->page, "add-toast", G_CALLBACK (add_toast_cb), f);
  adw_toast_overlay_set_child (f->overlay, GTK_WIDGET (f->page));
  gtk_window_set_child (f->window, GTK_WIDGET (f->overlay));
  gtk_window_present (f->window);
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (f->page)) && ld_ui_register_n_items (f) == n_rows);
}

void
ld_ui_register_fixture_tear_down (LdUiRegisterFixture *f,
                                  gconstpointer        data)
{
  g_clear_object (&f->last_toast);
  gtk_window_destroy (f->window);
  /* Run what is pending, bounded: an animation can keep the loop busy. */
  ld_ui_drain_main_loop ();
  ld_ui_close_tmp_database (f->db, f->dir);
}

guint
ld_ui_register_n_items (LdUiRegisterFixture *f)
{
  return g_list_model_get_n_items (ld_register_page_get_model (f->page));
}

void
ld_ui_register_search (LdUiRegisterFixture *f,
                       const char          *text)
{
  GtkWidget *search = ld_ui_find_of_type (f->page, GTK_TYPE_SEARCH_ENTRY);

  g_assert_nonnull (search);
  gtk_editable_set_text (GTK_EDITABLE (search), text);
}

void
ld_ui_register_select_first_row (LdUiRegisterFixture *f)
{
  GtkWidget *view = ld_ui_find_of_type (f->page, GTK_TYPE_COLUMN_VIEW);

  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (GTK_COLUMN_VIEW (view))), 0);
}

void
ld_ui_register_delete_first_row (LdUiRegisterFixture *f)
{
  g_clear_object (&f->last_toast);
  ld_ui_register_select_first_row (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "register.delete", NULL));
  LD_UI_WAIT_FOR (ld_ui_find_dialog (NULL, NULL) != NULL);
  ld_ui_click_button (ld_ui_find_dialog (NULL, NULL), _("_Delete"));
  LD_UI_WAIT_FOR (f->last_toast != NULL);
}

void
ld_ui_register_delete_in_editor (LdUiRegisterFixture *f,
                                 GtkWindow           *editor)
{
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL));
  ld_ui_expect_dialog (editor, "delete-dialog", "delete");
  LD_UI_WAIT_FOR (editor == NULL);
}

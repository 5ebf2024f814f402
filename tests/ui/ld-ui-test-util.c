/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui-test-util"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>

#include "ld-date-format.h"
#include "ld-test-util.h"
#include "ld-ui-test-util.h"

/* Waiting */

static gboolean
timed_out_cb (gpointer data)
{
  LdUiWait *wait = data;

  wait->timed_out = TRUE;
  wait->timeout_id = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
ld_ui_wait_begin (LdUiWait *wait)
{
  wait->timed_out = FALSE;
  wait->timeout_id = g_timeout_add_seconds (LD_UI_WAIT_TIMEOUT_S, timed_out_cb, wait);
  wait->wake_up_id = g_timeout_add (20, wake_up_cb, NULL);
}

/* One iteration, unless the time is up. */
gboolean
ld_ui_wait_iterate (LdUiWait *wait)
{
  if (wait->timed_out)
    return FALSE;
  g_main_context_iteration (NULL, TRUE);
  return TRUE;
}

void
ld_ui_wait_end (LdUiWait *wait)
{
  g_clear_handle_id (&wait->timeout_id, g_source_remove);
  g_clear_handle_id (&wait->wake_up_id, g_source_remove);
}

static gboolean
set_flag_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

void
ld_ui_run_main_loop_for (guint milliseconds)
{
  gboolean done = FALSE;

  g_timeout_add (milliseconds, set_flag_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);
}

void
ld_ui_drain_main_loop (void)
{
  for (int i = 0; i < 1000 && g_main_context_iteration (NULL, FALSE); i++)
    ;
}

void
ld_ui_hold_for_screenshot (void)
{
  const char *seconds = g_getenv ("LD_TEST_HOLD_SECONDS");

  if (seconds != NULL)
    ld_ui_run_main_loop_for (atoi (seconds) * 1000);
}

/* Finding widgets */

GtkWidget *
ld_ui_find_match (gpointer      root,
                  LdUiMatchFunc match,
                  gconstpointer data)
{
  g_assert_true (GTK_IS_WIDGET (root));

  if (match (root, data))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = ld_ui_find_match (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* AdwToastWidget is private to libadwaita; its "toast" property is not. */
static AdwToast *
toast_of (GtkWidget *widget)
{
  AdwToast *toast = NULL;

  if (g_strcmp0 (G_OBJECT_TYPE_NAME (widget), "AdwToastWidget") != 0)
    return NULL;
  g_object_get (widget, "toast", &toast, NULL);
  if (toast != NULL)
    g_object_unref (toast);  /* the widget holds it */
  return toast;
}

static gboolean
is_toast_with (GtkWidget     *widget,
               gconstpointer  data)
{
  AdwToast *toast = toast_of (widget);

  return toast != NULL && strstr (adw_toast_get_title (toast), data) != NULL;
}

AdwToast *
ld_ui_find_toast (gpointer    root,
                  const char *text)
{
  GtkWidget *widget = ld_ui_find_match (root, is_toast_with, text);

  return widget != NULL ? toast_of (widget) : NULL;
}

void
ld_ui_dismiss_toast (AdwToast *toast)
{
  g_autoptr(AdwToast) held = g_object_ref (toast);

  /* Longer than the overlay's showing and hiding (300 ms each). */
  ld_ui_run_main_loop_for (400);
  adw_toast_dismiss (held);
  ld_ui_run_main_loop_for (400);
}

typedef struct
{
  GType       type;
  const char *name;
  const char *text;
} Wanted;

static gboolean
is_wanted_widget (GtkWidget     *widget,
                  gconstpointer  data)
{
  const Wanted *wanted = data;

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, wanted->type)
         && (wanted->name == NULL || g_strcmp0 (gtk_widget_get_name (widget), wanted->name) == 0);
}

GtkWidget *
ld_ui_find (gpointer    root,
            GType       type,
            const char *name)
{
  Wanted wanted = { type, name, NULL };

  return ld_ui_find_match (root, is_wanted_widget, &wanted);
}

GtkWidget *
ld_ui_find_named (gpointer    root,
                  const char *name)
{
  return ld_ui_find (root, GTK_TYPE_WIDGET, name);
}

GtkWidget *
ld_ui_find_of_type (gpointer root,
                    GType    type)
{
  return ld_ui_find (root, type, NULL);
}

GtkWidget *
ld_ui_get_named (gpointer    root,
                 const char *name)
{
  GtkWidget *widget = ld_ui_find_named (root, name);

  if (widget == NULL)
    g_error ("No widget named %s", name);
  return widget;
}

static gboolean
is_shown_label (GtkWidget     *widget,
                gconstpointer  data)
{
  const Wanted *wanted = data;

  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget)
         && (wanted->name == NULL || g_strcmp0 (gtk_widget_get_name (widget), wanted->name) == 0)
         && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), wanted->text) == 0;
}

GtkWidget *
ld_ui_find_shown_label (gpointer    root,
                        const char *name,
                        const char *text)
{
  Wanted wanted = { GTK_TYPE_LABEL, name, text };

  return ld_ui_find_match (root, is_shown_label, &wanted);
}

static gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

GtkWidget *
ld_ui_find_button (gpointer    root,
                   const char *label)
{
  return ld_ui_find_match (root, is_button_labelled, label);
}

/* Windows */

GtkWindow *
ld_ui_find_window (GType       type,
                   gpointer    parent,
                   const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* not ours */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type)
          && gtk_widget_get_visible (GTK_WIDGET (window))
          && (parent == NULL || gtk_window_get_transient_for (window) == parent)
          && (name == NULL || g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (window)), name) == 0))
        return window;  /* the list of toplevels keeps it */
    }
  return NULL;
}

GtkWindow *
ld_ui_wait_for_window (GType       type,
                       gpointer    parent,
                       const char *name)
{
  GtkWindow *window;

  LD_UI_WAIT_FOR ((window = ld_ui_find_window (type, parent, name)) != NULL);
  return window;
}

void
ld_ui_wait_for_no_window (GType       type,
                          gpointer    parent,
                          const char *name)
{
  LD_UI_WAIT_FOR (ld_ui_find_window (type, parent, name) == NULL);
}

void
ld_ui_destroy_and_wait (gpointer window)
{
  g_assert_true (GTK_IS_WINDOW (window));
  g_object_add_weak_pointer (G_OBJECT (window), &window);
  gtk_window_destroy (GTK_WINDOW (window));
  LD_UI_WAIT_FOR (window == NULL);
}

/* Message dialogs */

AdwMessageDialog *
ld_ui_find_dialog (gpointer    parent,
                   const char *name)
{
  return (AdwMessageDialog *) ld_ui_find_window (ADW_TYPE_MESSAGE_DIALOG, parent, name);
}

AdwMessageDialog *
ld_ui_wait_for_dialog (gpointer    parent,
                       const char *name)
{
  return (AdwMessageDialog *) ld_ui_wait_for_window (ADW_TYPE_MESSAGE_DIALOG, parent, name);
}

void
ld_ui_respond (gpointer    dialog,
               const char *response)
{
  g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
  g_assert_true (adw_message_dialog_has_response (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

const char *
ld_ui_expect_dialog (gpointer    parent,
                     const char *name,
                     const char *response)
{
  static char body[512];
  AdwMessageDialog *dialog = ld_ui_wait_for_dialog (parent, name);

  g_strlcpy (body, adw_message_dialog_get_body (dialog), sizeof body);
  ld_ui_respond (dialog, response);
  return body;
}

/* Acting */

void
ld_ui_set_text (gpointer    root,
                const char *name,
                const char *text)
{
  GtkWidget *widget = ld_ui_get_named (root, name);

  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

const char *
ld_ui_get_text (gpointer    root,
                const char *name)
{
  return gtk_editable_get_text (GTK_EDITABLE (ld_ui_get_named (root, name)));
}

void
ld_ui_click (gpointer    root,
             const char *name)
{
  GtkWidget *button = ld_ui_get_named (root, name);

  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

void
ld_ui_click_button (gpointer    root,
                    const char *label)
{
  GtkWidget *button = ld_ui_find_button (root, label);

  if (button == NULL)
    g_error ("No button “%s” found", label);
  g_signal_emit_by_name (button, "clicked");
}

gboolean
ld_ui_is_sensitive (gpointer    root,
                    const char *name)
{
  return gtk_widget_is_sensitive (ld_ui_get_named (root, name));
}

void
ld_ui_choose (gpointer    root,
              const char *name,
              guint       position)
{
  adw_combo_row_set_selected (ADW_COMBO_ROW (ld_ui_get_named (root, name)), position);
}

void
ld_ui_press_enter (gpointer    root,
                   const char *name)
{
  GtkWidget *text = ld_ui_find_of_type (ld_ui_get_named (root, name), GTK_TYPE_TEXT);

  g_assert_nonnull (text);
  g_signal_emit_by_name (text, "activate");
}

gboolean
ld_ui_press_key (gpointer        widget,
                 guint           keyval,
                 GdkModifierType modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

const char *
ld_ui_message_of (gpointer    root,
                  const char *field,
                  const char *style)
{
  g_autofree char *name = g_strconcat (field, "-message", NULL);
  GtkWidget *label = ld_ui_get_named (root, name);
  const char *text = gtk_label_get_text (GTK_LABEL (label));

  if (!gtk_widget_is_visible (label) || *text == '\0')
    return NULL;
  if (style != NULL)
    g_assert_true (gtk_widget_has_css_class (label, style));
  else
    g_assert_true (gtk_widget_has_css_class (label, "error")
                   || gtk_widget_has_css_class (label, "warning"));
  return text;
}

/* Data */

gboolean
ld_ui_is_pdf (GBytes *bytes)
{
  return bytes != NULL && g_bytes_get_size (bytes) > 4
         && memcmp (g_bytes_get_data (bytes, NULL), "%PDF", 4) == 0;
}

GDate *
ld_ui_today_plus (int days)
{
  GDate *date = g_date_new ();

  ld_get_today (date);
  if (days >= 0)
    g_date_add_days (date, days);
  else
    g_date_subtract_days (date, -days);
  return date;
}

char *
ld_ui_day_text (int days)
{
  g_autoptr(GDate) day = ld_ui_today_plus (days);

  return ld_test_date_text (day);
}

LdDatabase *
ld_ui_open_tmp_database (const char  *tmpl,
                         char       **out_dir)
{
  g_autofree char *path = NULL;

  *out_dir = ld_test_make_tmp_dir (tmpl);
  path = g_build_filename (*out_dir, "test.db", NULL);
  return ld_test_open_database (path);
}

void
ld_ui_close_tmp_database (LdDatabase *db,
                          char       *dir)
{
  g_assert_finalize_object (db);
  ld_test_remove_tree (dir);
  g_free (dir);
}

void
ld_ui_database_fixture_set_up (LdUiDatabaseFixture *fixture,
                               gconstpointer        data)
{
  g_autofree char *program = g_path_get_basename (g_get_prgname ());
  const char *name = g_str_has_prefix (program, "test-") ? program + strlen ("test-") : program;
  g_autofree char *tmpl = g_strdup_printf ("ld-%s-XXXXXX", name);

  fixture->db = ld_ui_open_tmp_database (tmpl, &fixture->dir);
}

void
ld_ui_database_fixture_tear_down (LdUiDatabaseFixture *fixture,
                                  gconstpointer        data)
{
  ld_ui_close_tmp_database (fixture->db, fixture->dir);
}

/* Setting up */

void
ld_ui_use_environment_language (void)
{
  setlocale (LC_ALL, "");
  if (g_getenv ("LD_BUILD_ROOT") != NULL)
    {
      g_autofree char *locale_dir = g_build_filename (g_getenv ("LD_BUILD_ROOT"), "po", NULL);

      bindtextdomain (GETTEXT_PACKAGE, locale_dir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
    }
}

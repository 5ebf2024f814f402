/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-ui-smoke"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ld-application.h"
#include "ld-date-format.h"
#include "ld-database-error-page.h"
#include "ld-demo.h"
#include "ld-overview-page.h"
#include "ld-preferences-mediation.h"
#include "ld-preferences-window.h"
#include "ld-register-page.h"
#include "ld-settings-store.h"
#include "ld-test-util.h"
#include "ld-ui-test-util.h"
#include "ld-window.h"

/* Opens the real window under Xvfb (tests/ui/xvfb-wrapper.sh, zh_CN locale)
 * and drives it through its actions, iterating the main loop until each
 * expected state is reached. */

static LdApplication *app;
static char *tmp_dir;
static char *db_path;
static LdWindow *window;

static gboolean
mo_file_exists (void)
{
  g_autofree char *mo = g_build_filename (g_getenv ("LD_BUILD_ROOT"), "po", "zh_CN",
                                          "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  return g_file_test (mo, G_FILE_TEST_EXISTS);
}

static void
test_window_title (void)
{
  const char *title;

  window = LD_WINDOW (ld_application_open_database (app, db_path));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));
  /* The database is opened (and checked) in a worker thread. */
  LD_UI_WAIT_FOR (!ld_window_is_loading (window));

  g_assert_nonnull (ld_window_get_database (window));
  g_assert_cmpstr (ld_window_get_database_path (window), ==, db_path);

  title = gtk_window_get_title (GTK_WINDOW (window));
  g_assert_cmpstr (title, ==, _("Legal Desk"));
}

static void
test_window_state (void)
{
  g_autoptr(GSettings) settings = g_settings_new (BASE_APP_ID);

  g_assert_nonnull (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "mediation");
  LD_UI_WAIT_FOR (g_strcmp0 (ld_window_get_visible_section (window), "mediation") == 0);
  gtk_window_set_default_size (GTK_WINDOW (window), 900, 650);

  /* Closing saves the size and the section; the next window uses them. */
  gtk_window_close (GTK_WINDOW (window));
  LD_UI_WAIT_FOR (window == NULL);
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 650);
  g_assert_false (g_settings_get_boolean (settings, "window-maximized"));
  {
    g_autofree char *section = g_settings_get_string (settings, "last-section");

    g_assert_cmpstr (section, ==, "mediation");
  }

  window = LD_WINDOW (ld_application_open_database (app, db_path));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &window);
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)) && !ld_window_is_loading (window));
  g_assert_cmpstr (ld_window_get_visible_section (window), ==, "mediation");
  {
    int width, height;

    gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
    g_assert_cmpint (width, ==, 900);
    g_assert_cmpint (height, ==, 650);
  }
}

static void
test_window_title_chinese (void)
{
  const char *title;

  g_assert_nonnull (window);

  if (!mo_file_exists ())
    {
      g_test_skip ("No zh_CN catalogue built: the title cannot be checked in Chinese");
      return;
    }

  /* Marked as failed without aborting, so the other checks still run while
   * po/zh_CN.po lacks the translation. */
  title = gtk_window_get_title (GTK_WINDOW (window));
  if (g_strcmp0 (title, "法务工作台") != 0)
    g_test_fail_printf ("The window title is “%s”, not “法务工作台”: is it translated in po/zh_CN.po?",
                        title);

  /* Dates in the lists read as Chinese dates, without zero padding. */
  {
    g_autofree char *date = ld_format_list_date ("2026-11-05");

    if (g_strcmp0 (date, "2026年11月5日") != 0)
      g_test_fail_printf ("A list date reads “%s”, not “2026年11月5日”", date);
  }
}

static void
test_window_sections (void)
{
  static const char *sections[] = { "contracts", "mediation", "petitions", "overview" };
  static const char *accels[] = { "<Alt>2", "<Alt>3", "<Alt>4", "<Alt>1" };

  g_assert_nonnull (window);

  for (gsize i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      g_autofree char *detailed = g_strdup_printf ("win.section::%s", sections[i]);
      g_auto(GStrv) section_accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app),
                                                                             detailed);
      GtkWidget *page;

      g_assert_true (g_strv_contains ((const char * const *) section_accels, accels[i]));

      g_assert_cmpstr (ld_window_get_visible_section (window), !=, sections[i]);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", sections[i]);
      LD_UI_WAIT_FOR (g_strcmp0 (ld_window_get_visible_section (window), sections[i]) == 0);

      page = ld_window_get_section_page (window, sections[i]);
      g_assert_nonnull (page);
      LD_UI_WAIT_FOR (gtk_widget_get_mapped (page));
      if (LD_IS_REGISTER_PAGE (page))
        {
          /* A new database: every register shows what it is for. */
          g_assert_cmpuint (g_list_model_get_n_items (ld_register_page_get_model (LD_REGISTER_PAGE (page))), ==, 0);
          g_assert_cmpstr (ld_register_page_get_state (LD_REGISTER_PAGE (page)), ==, "empty");
        }
      else
        {
          g_assert_true (LD_IS_OVERVIEW_PAGE (page));
          for (guint area = 0; area < LD_N_RECORD_AREAS; area++)
            g_assert_cmpuint (ld_overview_page_get_count (LD_OVERVIEW_PAGE (page), area), ==, 0);
        }
    }

  /* The keyboard shortcuts are registered for the application's actions. */
  {
    g_auto(GStrv) quit = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.quit");
    g_auto(GStrv) prefs = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.preferences");
    g_auto(GStrv) search = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.search");

    g_assert_true (g_strv_contains ((const char * const *) quit, "<Control>q"));
    g_assert_true (g_strv_contains ((const char * const *) prefs, "<Control>comma"));
    g_assert_true (g_strv_contains ((const char * const *) search, "<Control>f"));
  }
}

static void
test_window_rows (void)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *page;
  GListModel *model;

  g_assert_nonnull (window);

  g_assert_true (ld_demo_fill (ld_window_get_database (window), 40, 7, NULL, NULL, &error));
  g_assert_no_error (error);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "petitions");
  page = ld_window_get_section_page (window, "petitions");
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (page));
  model = ld_register_page_get_model (LD_REGISTER_PAGE (page));
  LD_UI_WAIT_FOR (g_list_model_get_n_items (model) > 0);
  LD_UI_WAIT_FOR (g_strcmp0 (ld_register_page_get_state (LD_REGISTER_PAGE (page)), "list") == 0);
  {
    /* The column view shows the first record: a cell with its number. */
    g_autoptr(LdRecordSummary) first = g_list_model_get_item (model, 0);

    LD_UI_WAIT_FOR (ld_ui_find_shown_label (page, NULL, ld_record_summary_get_number (first)) != NULL);
  }

  /* The overview counts what was added (40 in each register). */
  page = ld_window_get_section_page (window, "overview");
  LD_UI_WAIT_FOR (ld_overview_page_get_count (LD_OVERVIEW_PAGE (page), LD_RECORD_AREA_PETITION) == 40);
  for (guint area = 0; area < LD_N_RECORD_AREAS; area++)
    {
      g_assert_cmpuint (ld_overview_page_get_count (LD_OVERVIEW_PAGE (page), area), ==, 40);
      g_assert_cmpuint (ld_overview_page_get_overdue (LD_OVERVIEW_PAGE (page), area), <=, 40);
    }

  /* A search that matches nothing shows the "no results" state, not the
   * empty register. */
  page = ld_window_get_section_page (window, "petitions");
  {
    GtkWidget *entry = ld_ui_find (page, GTK_TYPE_SEARCH_ENTRY, NULL);

    g_assert_nonnull (entry);
    gtk_editable_set_text (GTK_EDITABLE (entry), "不存在的信访事项ZZZ");
    LD_UI_WAIT_FOR (g_list_model_get_n_items (model) == 0);
    LD_UI_WAIT_FOR (g_strcmp0 (ld_register_page_get_state (LD_REGISTER_PAGE (page)), "no-results") == 0);
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
    LD_UI_WAIT_FOR (g_list_model_get_n_items (model) == 40);
    g_assert_cmpstr (ld_register_page_get_state (LD_REGISTER_PAGE (page)), ==, "list");
  }

  /* "Only overdue" lists as many petitions as the overview counts. */
  {
    GtkWidget *overview = ld_window_get_section_page (window, "overview");
    guint overdue = ld_overview_page_get_overdue (LD_OVERVIEW_PAGE (overview), LD_RECORD_AREA_PETITION);
    GtkWidget *toggle = ld_ui_find (page, GTK_TYPE_TOGGLE_BUTTON, "overdue-only");

    g_assert_nonnull (toggle);
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), TRUE);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, overdue);
    g_assert_cmpstr (ld_register_page_get_state (LD_REGISTER_PAGE (page)), ==,
                     overdue > 0 ? "list" : "no-results");
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (toggle), FALSE);
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 40);
  }
}

/* A page lends its toast through "add-toast" (the register's delete keeps
 * its own reference): the window's overlay takes one of its own, so the
 * toast outlives its dismissal for as long as the page holds it. */
static void
test_window_page_toast (void)
{
  AdwToast *toast = adw_toast_new ("页面提示测试");
  GtkWidget *page;

  g_assert_nonnull (window);
  page = ld_window_get_section_page (window, "contracts");
  g_object_add_weak_pointer (G_OBJECT (toast), (gpointer *) &toast);
  g_signal_emit_by_name (page, "add-toast", toast);
  LD_UI_WAIT_FOR (ld_ui_find_toast (window, "页面提示测试") != NULL);

  ld_ui_dismiss_toast (toast);
  g_assert_null (ld_ui_find_toast (window, "页面提示测试"));
  g_assert_nonnull (toast);
  g_assert_cmpuint (G_OBJECT (toast)->ref_count, ==, 1);
  g_object_unref (toast);
  g_assert_null (toast);
}

static GBytes *
load_seal (void)
{
  g_autoptr(LdOrgSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *png;

  settings = ld_settings_store_load (ld_window_get_database (window), &error);
  g_assert_no_error (error);
  png = ld_org_settings_get_seal_png (settings);
  return png ? g_bytes_ref (png) : NULL;
}

static void
try_seal_file (LdPreferencesWindow *preferences,
               const char          *name,
               const void          *contents,
               gsize                length)
{
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  ld_preferences_window_set_seal_file (preferences, file);
  g_assert_true (ld_preferences_window_is_busy (preferences));
  LD_UI_WAIT_FOR (!ld_preferences_window_is_busy (preferences));
}

static void
test_seal (LdPreferencesWindow *preferences)
{
  static const guint8 png_signature[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };
  g_autoptr(GBytes) pixels = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autofree guint8 *huge = NULL;
  guint8 red[16 * 16 * 4];
  gsize huge_size = LD_PREFERENCES_MAX_SEAL_SIZE + 1;

  /* Refused: not a PNG, a PNG signature with garbage after it, too large. */
  try_seal_file (preferences, "seal.png", "not an image", 12);
  g_assert_null (load_seal ());
  {
    guint8 fake[64] = { 0 };

    memcpy (fake, png_signature, sizeof png_signature);
    try_seal_file (preferences, "fake.png", fake, sizeof fake);
    g_assert_null (load_seal ());
  }
  huge = g_malloc0 (huge_size);
  memcpy (huge, png_signature, sizeof png_signature);
  try_seal_file (preferences, "huge.png", huge, huge_size);
  g_assert_null (load_seal ());

  /* Accepted and saved at once: a real PNG. */
  for (gsize i = 0; i < sizeof red; i += 4)
    {
      red[i] = 0xc0; red[i + 1] = 0x1c; red[i + 2] = 0x28; red[i + 3] = 0xff;
    }
  pixels = g_bytes_new (red, sizeof red);
  texture = gdk_memory_texture_new (16, 16, GDK_MEMORY_R8G8B8A8, pixels, 16 * 4);
  png = gdk_texture_save_to_png_bytes (texture);
  try_seal_file (preferences, "real.png", g_bytes_get_data (png, NULL), g_bytes_get_size (png));
  saved = load_seal ();
  g_assert_nonnull (saved);
  g_assert_true (g_bytes_equal (saved, png));
}

static void
test_preferences (void)
{
  g_autoptr(LdOrgSettings) saved = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *preferences;
  GtkWidget *row;

  g_assert_nonnull (window);

  preferences = ld_window_show_preferences (window);
  g_assert_nonnull (preferences);
  g_object_add_weak_pointer (G_OBJECT (preferences), (gpointer *) &preferences);
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (preferences)));

  row = ld_ui_find (preferences, ADW_TYPE_ENTRY_ROW, "organisation-name");
  g_assert_nonnull (row);
  /* The Mediation page: dispute categories and reminder periods. */
  g_assert_nonnull (ld_ui_find (preferences, LD_TYPE_PREFERENCES_MEDIATION, "mediation"));
  g_assert_nonnull (ld_ui_find (preferences, ADW_TYPE_ENTRY_ROW, "new-category"));
  g_assert_nonnull (ld_ui_find (preferences, GTK_TYPE_SPIN_BUTTON, "target-days"));

  /* An empty organisation name is flagged and not saved. */
  gtk_editable_set_text (GTK_EDITABLE (row), "");
  g_assert_true (gtk_widget_has_css_class (row, "error"));

  gtk_editable_set_text (GTK_EDITABLE (row), "测试镇人民政府");
  g_assert_false (gtk_widget_has_css_class (row, "error"));

  test_seal (LD_PREFERENCES_WINDOW (preferences));

  gtk_window_close (preferences);
  LD_UI_WAIT_FOR (preferences == NULL);

  saved = ld_settings_store_load (ld_window_get_database (window), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ld_org_settings_get_organisation_name (saved), ==, "测试镇人民政府");
}

static void
test_error_page (void)
{
  g_autofree char *bad_path = g_build_filename (tmp_dir, "random.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  GByteArray *bytes = g_byte_array_new ();
  LdWindow *bad_window;
  GtkWidget *error_page;
  gsize before_len, after_len;

  for (guint i = 0; i < 64 * 1024; i++)
    {
      guint8 byte = g_rand_int_range (rand, 0, 256);
      g_byte_array_append (bytes, &byte, 1);
    }
  g_file_set_contents (bad_path, (const char *) bytes->data, bytes->len, &error);
  g_assert_no_error (error);
  g_byte_array_unref (bytes);
  g_file_get_contents (bad_path, &before, &before_len, &error);
  g_assert_no_error (error);

  bad_window = LD_WINDOW (ld_application_open_database (app, bad_path));
  g_assert_true (bad_window != window);
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (bad_window)));
  LD_UI_WAIT_FOR (!ld_window_is_loading (bad_window));

  g_assert_null (ld_window_get_database (bad_window));
  g_assert_null (ld_window_get_visible_section (bad_window));
  error_page = ld_ui_find (bad_window, LD_TYPE_DATABASE_ERROR_PAGE, NULL);
  g_assert_nonnull (error_page);
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (error_page));
  g_assert_cmpint (ld_database_error_page_get_code (LD_DATABASE_ERROR_PAGE (error_page)), ==,
                   LD_STORE_ERROR_NOT_A_DATABASE);

  /* Opening another file from here is possible; restoring over it too. */
  g_assert_true (g_action_get_enabled (g_action_map_lookup_action (G_ACTION_MAP (bad_window), "open-database")));
  g_assert_true (g_action_get_enabled (g_action_map_lookup_action (G_ACTION_MAP (bad_window), "restore-backup")));
  g_assert_false (g_action_get_enabled (g_action_map_lookup_action (G_ACTION_MAP (bad_window), "section")));

  g_file_get_contents (bad_path, &after, &after_len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (before, before_len, after, after_len);

  /* Restoring a backup over it keeps the bad file beside the restored one. */
  {
    g_autofree char *backup_path = g_build_filename (tmp_dir, "backup.db", NULL);
    g_autoptr(GDir) dir = NULL;
    GtkWindow *dialog;
    const char *name;
    gboolean kept = FALSE;

    ld_database_backup (ld_window_get_database (window), backup_path, &error);
    g_assert_no_error (error);

    dialog = ld_window_confirm_restore (bad_window, backup_path);
    g_assert_true (ADW_IS_MESSAGE_DIALOG (dialog));
    LD_UI_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (dialog)));
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "restore");
    LD_UI_WAIT_FOR (ld_window_get_database (bad_window) != NULL);
    g_assert_cmpstr (ld_database_get_path (ld_window_get_database (bad_window)), ==, bad_path);
    g_assert_cmpstr (ld_window_get_visible_section (bad_window), !=, NULL);

    dir = g_dir_open (tmp_dir, 0, &error);
    g_assert_no_error (error);
    while ((name = g_dir_read_name (dir)) != NULL)
      if (g_str_has_prefix (name, "random.db.") && strstr (name, "restore") != NULL)
        {
          g_autofree char *kept_path = g_build_filename (tmp_dir, name, NULL);
          g_autofree char *kept_bytes = NULL;
          gsize kept_len;

          g_file_get_contents (kept_path, &kept_bytes, &kept_len, &error);
          g_assert_no_error (error);
          g_assert_cmpmem (before, before_len, kept_bytes, kept_len);
          kept = TRUE;
        }
    g_assert_true (kept);
  }

  gtk_window_destroy (GTK_WINDOW (bad_window));
  ld_ui_run_main_loop_for (200);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  /* GTK's accessibility bus would print to stdout and break the TAP output. */
  g_setenv ("GTK_A11Y", "none", TRUE);

  /* In Chinese, with the catalogue this build made
   * (po/zh_CN/LC_MESSAGES/legal-desk.mo). */
  ld_ui_use_environment_language ();
  textdomain (GETTEXT_PACKAGE);

  g_test_init (&argc, &argv, NULL);

  tmp_dir = ld_test_make_tmp_dir ("ld-ui-smoke-XXXXXX");
  db_path = g_build_filename (tmp_dir, "legal-desk.db", NULL);

  app = ld_application_new ();
  g_application_set_flags (G_APPLICATION (app),
                           G_APPLICATION_HANDLES_COMMAND_LINE | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  /* The tests share the window and run in this order. */
  g_test_add_func ("/ui/window/title", test_window_title);
  g_test_add_func ("/ui/window/sections", test_window_sections);
  g_test_add_func ("/ui/window/rows", test_window_rows);
  g_test_add_func ("/ui/window/page-toast", test_window_page_toast);
  g_test_add_func ("/ui/preferences/organisation-name", test_preferences);
  g_test_add_func ("/ui/error-page/random-bytes", test_error_page);
  g_test_add_func ("/ui/window-state/close-and-reopen", test_window_state);
  /* Last: until po/zh_CN.po has the translation it fails, and a failure
   * ends a TAP run. */
  g_test_add_func ("/ui/zh-CN/window-title", test_window_title_chinese);

  status = g_test_run ();

  if (window != NULL)
    gtk_window_destroy (GTK_WINDOW (window));
  ld_ui_run_main_loop_for (200);
  g_clear_object (&app);
  ld_test_remove_tree (tmp_dir);
  g_free (db_path);
  g_free (tmp_dir);
  return status;
}

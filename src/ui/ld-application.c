/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-application.h"
#include "ld-attachment-launch.h"
#include "ld-database.h"
#include "ld-ui-resources.h"
#include "ld-window.h"

struct _LdApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (LdApplication, ld_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "database", 'd', G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME, NULL,
    N_("Open the database at PATH instead of the default one"), N_("PATH") },
  { "version", 0, G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE, NULL,
    N_("Print the version and exit"), NULL },
  { NULL }
};

static LdWindow *
find_window_for_path (LdApplication *self,
                      const char    *path)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      const char *window_path;

      if (!LD_IS_WINDOW (l->data))
        continue;
      window_path = ld_window_get_database_path (l->data);
      if (window_path != NULL && g_strcmp0 (window_path, path) == 0)
        return l->data;
    }

  return NULL;
}

GtkWindow *
ld_application_open_database (LdApplication *self,
                              const char    *path)
{
  g_autofree char *default_path = NULL;
  LdWindow *window;

  g_return_val_if_fail (LD_IS_APPLICATION (self), NULL);

  if (path == NULL)
    path = default_path = ld_database_default_path ();

  window = find_window_for_path (self, path);
  if (window == NULL)
    {
      window = ld_window_new (self);
      ld_window_open_database (window, path);
    }

  gtk_window_present (GTK_WINDOW (window));
  return GTK_WINDOW (window);
}

static void
ld_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    gtk_window_present (window);
  else
    ld_application_open_database (LD_APPLICATION (app), NULL);
}

static int
ld_application_command_line (GApplication            *app,
                             GApplicationCommandLine *command_line)
{
  GVariantDict *options = g_application_command_line_get_options_dict (command_line);
  g_autofree char *database = NULL;

  if (g_variant_dict_lookup (options, "database", "^ay", &database))
    {
      /* Relative to the directory the command was run in, which may not be
       * ours when another instance forwards its command line. */
      g_autoptr(GFile) file = g_application_command_line_create_file_for_arg (command_line, database);
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL)
        {
          g_application_command_line_printerr (command_line,
                                               _("“%s” is not a local file.\n"), database);
          return EXIT_FAILURE;
        }
      ld_application_open_database (LD_APPLICATION (app), path);
    }
  else
    {
      g_application_activate (app);
    }

  return EXIT_SUCCESS;
}

static int
ld_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("legal-desk %s\n", PACKAGE_VERSION);
      return EXIT_SUCCESS;
    }

  return -1;
}

static void
quit_activated (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));
  g_autoptr(GList) copy = g_list_copy (windows);

  /* Closing (rather than destroying) lets each window save its state; the
   * application ends with its last window. */
  for (GList *l = copy; l; l = l->next)
    gtk_window_close (l->data);
}

static void
preferences_activated (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (LD_IS_WINDOW (window))
    ld_window_show_preferences (LD_WINDOW (window));
}

static void
about_activated (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  const char *developers[] = { _("Legal Desk developers"), NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Legal Desk"),
                        "application-icon", BASE_APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("Legal Desk developers"),
                        "developers", developers,
                        "copyright", _("© 2026 Legal Desk developers"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "comments", _("Review contracts, log mediation cases and track petitions for the legal-affairs office of a township government."),
                        /* Translators: your names, one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* The default action of the overdue notification (ld-window.c). */
static void
show_overview_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window == NULL)
    return;
  gtk_window_present (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.section", "s", "overview");
}

static const GActionEntry app_actions[] = {
  { "quit", quit_activated },
  { "preferences", preferences_activated },
  { "about", about_activated },
  { "show-overview", show_overview_activated },
};

static void
remove_stale_exports_thread (GTask        *task,
                             gpointer      source_object,
                             gpointer      task_data,
                             GCancellable *cancellable)
{
  ld_attachment_exports_remove_stale ();
}

static void
ld_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.preferences", { "<Control>comma", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.section::overview", { "<Alt>1", NULL } },
    { "win.section::contracts", { "<Alt>2", NULL } },
    { "win.section::mediation", { "<Alt>3", NULL } },
    { "win.section::petitions", { "<Alt>4", NULL } },
    { "window.close", { "<Control>w", NULL } },
  };
  g_autoptr(GTask) cleanup = NULL;

  G_APPLICATION_CLASS (ld_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  for (gsize i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app),
                                           accels[i].action, accels[i].accels);

  /* Copies of opened attachments that a crashed run left behind: off the
   * main thread, so that a large leftover does not hold up the window. */
  cleanup = g_task_new (NULL, NULL, NULL, NULL);
  g_task_run_in_thread (cleanup, remove_stale_exports_thread);
}

static void
ld_application_shutdown (GApplication *app)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));
  g_autoptr(GList) copy = g_list_copy (windows);

  /* The database connection is closed explicitly when the application
   * ends, whoever still holds a reference: a clean close checkpoints the
   * journal and lets the next start skip the full check. */
  for (GList *l = copy; l; l = l->next)
    {
      if (LD_IS_WINDOW (l->data) && ld_window_get_database (l->data) != NULL)
        ld_database_close (ld_window_get_database (l->data));
      gtk_window_destroy (l->data);
    }
  /* The copies of the attachments opened (ID-card scans …) go with us. */
  ld_attachment_exports_remove ();

  G_APPLICATION_CLASS (ld_application_parent_class)->shutdown (app);
}

static void
ld_application_class_init (LdApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->startup = ld_application_startup;
  app_class->shutdown = ld_application_shutdown;
  app_class->activate = ld_application_activate;
  app_class->command_line = ld_application_command_line;
  app_class->handle_local_options = ld_application_handle_local_options;

  /* The resources live in a static library: referencing them here makes
   * sure the linker keeps them (they register themselves on load). */
  (void) ld_ui_get_resource ();
}

static void
ld_application_init (LdApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

LdApplication *
ld_application_new (void)
{
  /* A fixed resource path, so the .Devel profile finds the same
   * gtk/help-overlay.ui, style.css and icons. */
  return g_object_new (LD_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_COMMAND_LINE,
                       "resource-base-path", "/io/github/legaldesk/LegalDesk",
                       NULL);
}

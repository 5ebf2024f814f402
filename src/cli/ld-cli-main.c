/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "ld-build-locale.h"
#include "ld-cli-common.h"

/* `legal-desk-cli [--database PATH] COMMAND [ARGS]`. Global options come
 * before the command; everything after it belongs to the command. */

typedef struct
{
  const char       *name;
  LdCliCommandFunc  run;
  const char       *summary;  /* N_() */
} LdCliCommand;

static const LdCliCommand commands[] = {
  { "check", ld_cli_check_main, N_("Check the database’s integrity and schema without changing it") },
  { "backup", ld_cli_backup_main, N_("Copy the database to FILE (even while the app runs)") },
  { "restore", ld_cli_restore_main, N_("Replace the database with the backup FILE, keeping the old file") },
  { "render", ld_cli_render_main, N_("Render the draft document of a record to a PDF file") },
  { "issued", ld_cli_issued_main, N_("List, export and verify the issued documents") },
  { "contracts", ld_cli_contracts_main, N_("List the contract reviews (by status, overdue)") },
  { "petitions", ld_cli_petitions_main, N_("List the petitions (by status, overdue)") },
  { "mediations", ld_cli_mediations_main, N_("List the mediation cases (by status, overdue)") },
  { "due", ld_cli_due_main, N_("List what is overdue, due today and due soon, for cron") },
  { "stats", ld_cli_stats_main, N_("Petition statistics of a year (received, on-time rates)") },
  { "demo", ld_cli_demo_main, N_("Fill the database with realistic demo records") },
};

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "\n  %-10s %s", commands[i].name, _(commands[i].summary));
  g_string_append_printf (text, "\n\n%s",
                          _("Run “legal-desk-cli COMMAND --help” for the options of a command.\n"
                            "Exit status: 0 success, 1 failure, 2 wrong usage."));
  return g_string_free (text, FALSE);
}

static GOptionContext *
create_context (char     **database_path,
                gboolean  *version)
{
  const GOptionEntry entries[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, database_path,
      N_("Use the database at PATH instead of the default"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, version,
      N_("Print the version and exit"), NULL },
    { NULL }
  };
  g_autofree char *description = describe_commands ();
  GOptionContext *context;

  context = g_option_context_new (_("COMMAND [ARGUMENTS…] — Legal Desk for scripts and cron"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_description (context, description);
  /* Stop at the command: its own options are parsed by the command. */
  g_option_context_set_strict_posix (context, TRUE);
  return context;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *database_path = NULL;
  g_auto(GStrv) args = NULL;
  gboolean version = FALSE;
  int n_args;
  g_autofree char *build_locale_dir = ld_find_build_locale_dir ();

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, build_locale_dir ? build_locale_dir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("legal-desk-cli");

  context = create_context (&database_path, &version);
  /* A copy of argv that GOption may rearrange and free. */
  args = g_strdupv (argv);
  if (!g_option_context_parse_strv (context, &args, &error))
    return ld_cli_usage_error (NULL, "%s", error->message);

  if (version)
    {
      g_print ("legal-desk-cli %s\n", PACKAGE_VERSION);
      return LD_CLI_EXIT_OK;
    }

  n_args = (int) g_strv_length (args);
  if (n_args < 2)
    return ld_cli_option_usage_error (context, NULL, _("Give a command, e.g. “legal-desk-cli check”."));

  if (g_str_equal (args[1], "help"))
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

      g_print ("%s", help);
      return LD_CLI_EXIT_OK;
    }

  if (database_path == NULL)
    database_path = ld_database_default_path ();

  for (gsize i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (args[1], commands[i].name))
      {
        /* The command may rearrange its argv (GOption does) but frees no
         * string: @args keeps owning them. */
        g_autofree char **command_argv = g_new0 (char *, n_args);

        memcpy (command_argv, args + 1, sizeof (char *) * (gsize) (n_args - 1));
        return commands[i].run (database_path, n_args - 1, command_argv);
      }

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), args[1]);

    return ld_cli_option_usage_error (context, NULL, message);
  }
}

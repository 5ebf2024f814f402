/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ld-cli-common.h"

/* `legal-desk-cli backup FILE [--force]` and `restore FILE`. */

int
ld_cli_backup_main (const char  *database_path,
                    int          argc,
                    char       **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  gboolean force = FALSE;
  const GOptionEntry entries[] = {
    { "force", 'f', 0, G_OPTION_ARG_NONE, &force,
      N_("Replace FILE if it exists"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("FILE — copy the database to FILE (even while Legal Desk runs)"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return ld_cli_option_usage_error (context, "backup", error->message);
  if (argc != 2)
    return ld_cli_option_usage_error (context, "backup", _("Give the backup file to write."));

  if (!force && g_file_test (argv[1], G_FILE_TEST_EXISTS))
    return ld_cli_failure ("backup", _("“%s” already exists. Choose another file, or add --force to replace it."),
                           argv[1]);

  /* Read-only: a backup never migrates the database it copies. */
  db = ld_cli_open_database (database_path,
                             LD_DATABASE_OPEN_READ_ONLY | LD_DATABASE_OPEN_NO_CREATE);
  if (db == NULL)
    return LD_CLI_EXIT_FAILURE;

  if (!ld_database_backup (db, argv[1], &error))
    return ld_cli_failure ("backup", "%s", error->message);

  g_print (_("Backed up “%s” to “%s”.\n"), database_path, argv[1]);
  return LD_CLI_EXIT_OK;
}

int
ld_cli_restore_main (const char  *database_path,
                     int          argc,
                     char       **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept_path = NULL;

  context = g_option_context_new (_("FILE — replace the database with the backup FILE"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("The backup is verified first; the replaced database is kept "
                                  "beside it. Close Legal Desk before restoring."));
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return ld_cli_option_usage_error (context, "restore", error->message);
  if (argc != 2)
    return ld_cli_option_usage_error (context, "restore", _("Give the backup file to restore."));

  if (!ld_database_restore (database_path, argv[1], &kept_path, &error))
    return ld_cli_failure ("restore", "%s", error->message);

  g_print (_("Restored “%s” from “%s”.\n"), database_path, argv[1]);
  if (kept_path != NULL)
    g_print (_("The replaced database was kept as “%s”.\n"), kept_path);
  return LD_CLI_EXIT_OK;
}

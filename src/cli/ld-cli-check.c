/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ld-cli-common.h"

/* `legal-desk-cli check`: integrity and schema version. Opens the file
 * read-only, so it never migrates or changes anything; suitable for cron. */
int
ld_cli_check_main (const char  *database_path,
                   int          argc,
                   char       **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  context = g_option_context_new (_("— check the database’s integrity and schema without changing it"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return ld_cli_option_usage_error (context, "check", error->message);
  if (argc != 1)
    return ld_cli_option_usage_error (context, "check", _("“check” takes no arguments."));

  db = ld_cli_open_database (database_path,
                             LD_DATABASE_OPEN_READ_ONLY | LD_DATABASE_OPEN_NO_CREATE);
  if (db == NULL)
    return LD_CLI_EXIT_FAILURE;

  ok = ld_database_check (db, problems, &error);
  for (guint i = 0; i < problems->len; i++)
    g_print (_("problem: %s\n"), (const char *) g_ptr_array_index (problems, i));
  if (error != NULL)
    return ld_cli_failure ("check", "%s", error->message);
  if (!ok)
    return LD_CLI_EXIT_FAILURE;

  g_print (_("ok: schema %d, integrity ok\n"), ld_database_get_schema_version (db));
  return LD_CLI_EXIT_OK;
}

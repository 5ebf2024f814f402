/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <unistd.h>

#include "ld-cli-common.h"
#include "ld-demo.h"

/* `legal-desk-cli demo --records N [--seed S]`: N synthetic records in each
 * register, the same for the same seed. */

#define MAX_RECORDS 10000000

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  gboolean tty = GPOINTER_TO_INT (user_data);

  /* On a terminal one line counts up; in a log only the end is written. */
  if (tty)
    g_printerr ("\r");
  if (tty || done == total)
    g_printerr (_("Writing demo records: %u of %u"), done, total);
  if (done == total)
    g_printerr ("\n");
}

int
ld_cli_demo_main (const char  *database_path,
                  int          argc,
                  char       **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *records_text = NULL;
  g_autofree char *seed_text = NULL;
  g_autofree char *seed_text_out = NULL;
  guint64 records = 0, seed = 1;
  g_autoptr(GTimer) timer = NULL;
  const GOptionEntry entries[] = {
    { "records", 'n', 0, G_OPTION_ARG_STRING, &records_text,
      N_("How many records to add to each register"), "N" },
    { "seed", 's', 0, G_OPTION_ARG_STRING, &seed_text,
      N_("The random seed: the same seed gives the same records (default 1)"), "S" },
    { NULL }
  };

  context = g_option_context_new (_("— fill the database with realistic demo records"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_summary (context,
                                _("Adds N contract reviews, N mediation cases with their parties "
                                  "and N petitions, in every status, some of them overdue."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return ld_cli_option_usage_error (context, "demo", error->message);
  if (argc != 1)
    return ld_cli_option_usage_error (context, "demo", _("The demo command takes no file names."));
  if (records_text == NULL)
    return ld_cli_option_usage_error (context, "demo", _("Give the number of records with --records N."));
  if (!g_ascii_string_to_unsigned (records_text, 10, 1, MAX_RECORDS, &records, NULL))
    {
      g_autofree char *message =
        g_strdup_printf (_("--records must be a whole number from 1 to %u, not “%s”."),
                         MAX_RECORDS, records_text);
      return ld_cli_option_usage_error (context, "demo", message);
    }
  if (seed_text != NULL && !g_ascii_string_to_unsigned (seed_text, 10, 0, G_MAXUINT64, &seed, NULL))
    {
      g_autofree char *message =
        g_strdup_printf (_("--seed must be a whole number, not “%s”."), seed_text);
      return ld_cli_option_usage_error (context, "demo", message);
    }

  db = ld_cli_open_database (database_path, LD_DATABASE_OPEN_DEFAULT);
  if (db == NULL)
    return LD_CLI_EXIT_FAILURE;

  timer = g_timer_new ();
  if (!ld_demo_fill (db, (guint) records, seed, progress_cb,
                     GINT_TO_POINTER (isatty (STDERR_FILENO)), &error))
    return ld_cli_failure ("demo", "%s", error->message);

  seed_text_out = g_strdup_printf ("%" G_GUINT64_FORMAT, seed);
  g_print (_("Added %u contract reviews, %u mediation cases and %u petitions "
             "(seed %s) to “%s” in %.1f s.\n"),
           (guint) records, (guint) records, (guint) records, seed_text_out,
           database_path, g_timer_elapsed (timer, NULL));
  return LD_CLI_EXIT_OK;
}

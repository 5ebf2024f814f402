/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-cli-petitions"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ld-cli-common.h"
#include "ld-cli-register-list.h"
#include "ld-list-query.h"
#include "ld-petition-enums.h"

#define COMMAND "petitions"

/* `legal-desk-cli petitions list [--status S] [--overdue] [--json]`: the
 * petitions register, through the same query as the app's list. */

static const char usage_summary[] =
  N_("SUBCOMMAND — the petitions register\n\n"
     "  list [--status S] [--overdue] [--json]  the petitions in number order");

static void
print_json_line (LdRecordSummary *summary,
                 const GDate     *today)
{
  g_autoptr(JsonObject) object = NULL;
  const char *due = ld_record_summary_get_due (summary);
  const char *received = ld_record_summary_get_received (summary);
  int days_left;

  object = ld_cli_json_row_new (ld_record_summary_get_id (summary),
                                ld_record_summary_get_number (summary),
                                ld_record_summary_get_status (summary));
  json_object_set_string_member (object, "title", ld_record_summary_get_title (summary));
  json_object_set_string_member (object, "petitioner", ld_record_summary_get_party (summary));
  json_object_set_string_member (object, "handler", ld_record_summary_get_person (summary));
  if (received != NULL && *received != '\0')
    json_object_set_string_member (object, "received_on", received);
  else
    json_object_set_null_member (object, "received_on");
  if (due != NULL && *due != '\0')
    json_object_set_string_member (object, "due_on", due);
  else
    json_object_set_null_member (object, "due_on");
  if (ld_record_summary_get_days_left (summary, today, &days_left))
    json_object_set_int_member (object, "days_left", days_left);
  else
    json_object_set_null_member (object, "days_left");
  json_object_set_boolean_member (object, "overdue", ld_record_summary_is_overdue (summary, today));
  ld_cli_print_json (object);
}

static void
print_table (GPtrArray   *summaries,
             const GDate *today)
{
  const char *headers[] = {
    C_("petitions list column", "Number"),
    C_("petitions list column", "Title"),
    C_("petitions list column", "Petitioner"),
    C_("petitions list column", "Handler"),
    C_("petitions list column", "Received"),
    C_("petitions list column", "Due"),
    C_("petitions list column", "Status"),
  };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  if (summaries->len == 0)
    {
      g_print (_("No petitions match.\n"));
      return;
    }

  for (guint i = 0; i < summaries->len; i++)
    {
      LdRecordSummary *summary = g_ptr_array_index (summaries, i);
      const char *due = ld_record_summary_get_due (summary);
      char **row = g_new0 (char *, G_N_ELEMENTS (headers) + 1);

      row[0] = g_strdup (ld_record_summary_get_number (summary));
      row[1] = g_strdup (ld_record_summary_get_title (summary));
      row[2] = g_strdup (ld_record_summary_get_party (summary));
      row[3] = g_strdup (ld_record_summary_get_person (summary));
      row[4] = g_strdup (ld_record_summary_get_received (summary));
      if (due == NULL || *due == '\0')
        row[5] = g_strdup ("—");
      else if (ld_record_summary_is_overdue (summary, today))
        /* TRANSLATORS: a due date that has passed, e.g. "2026-11-20 (overdue)" */
        row[5] = g_strdup_printf (_("%s (overdue)"), due);
      else
        row[5] = g_strdup (due);
      row[6] = g_strdup (ld_record_summary_get_status_label (summary));
      g_ptr_array_add (rows, row);
    }

  ld_cli_print_table (headers, G_N_ELEMENTS (headers), rows);
}

static const LdCliRegisterList register_list = {
  .command = COMMAND,
  .area = LD_RECORD_AREA_PETITION,
  .summary = N_("petitions list — list the petitions in number order"),
  .status_help = N_("Only petitions in status S (registered, accepted, handling, replied, closed …)"),
  .overdue_help = N_("Only open petitions past their due date"),
  .no_arguments = N_("“petitions list” takes no arguments."),
  .print_json_line = print_json_line,
  .print_table = print_table,
};

int
ld_cli_petitions_main (const char  *database_path,
                       int          argc,
                       char       **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return ld_cli_register_list_run (&register_list, database_path, argc - 1, argv + 1);

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
                    g_str_equal (argv[1], "help")))
    {
      g_print ("legal-desk-cli petitions %s\n", _(usage_summary));
      return LD_CLI_EXIT_OK;
    }
  if (argc < 2)
    return ld_cli_usage_error (COMMAND, "%s", _("Give a subcommand: list."));
  return ld_cli_usage_error (COMMAND, _("Unknown subcommand “%s”; use list."), argv[1]);
}

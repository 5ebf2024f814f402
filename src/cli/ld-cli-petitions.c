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

  object = ld_cli_json_row_new (ld_record_summary_get_id (summary),
                                ld_record_summary_get_number (summary),
                                ld_record_summary_get_status (summary));
  json_object_set_string_member (object, "title", ld_record_summary_get_title (summary));
  json_object_set_string_member (object, "petitioner", ld_record_summary_get_party (summary));
  json_object_set_string_member (object, "handler", ld_record_summary_get_person (summary));
  ld_cli_json_set_string_or_null (object, "received_on", ld_record_summary_get_received (summary));
  ld_cli_json_set_string_or_null (object, "due_on", ld_record_summary_get_due (summary));
  ld_cli_register_json_set_days_left (object, summary, today);
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

  ld_cli_register_print_table (summaries, today, headers, G_N_ELEMENTS (headers),
                               _("No petitions match.\n"), NULL);
}

static const LdCliRegisterList register_list = {
  .command = COMMAND,
  .area = LD_RECORD_AREA_PETITION,
  .usage = usage_summary,
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
  return ld_cli_register_main (&register_list, database_path, argc, argv);
}

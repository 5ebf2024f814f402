/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-cli-contracts"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ld-cli-common.h"
#include "ld-cli-register-list.h"
#include "ld-contract-enums.h"
#include "ld-list-query.h"
#include "ld-money.h"

#define COMMAND "contracts"

/* `legal-desk-cli contracts list [--status S] [--overdue] [--json]`: the
 * contract review register, through the same query as the app's list. */

static const char usage_summary[] =
  N_("SUBCOMMAND — the contract review register\n\n"
     "  list [--status S] [--overdue] [--json]  the reviews in number order");

static void
print_json_line (LdRecordSummary *summary,
                 const GDate     *today)
{
  g_autoptr(JsonObject) object = NULL;
  gint64 amount = ld_record_summary_get_amount_fen (summary);

  object = ld_cli_json_row_new (ld_record_summary_get_id (summary),
                                ld_record_summary_get_number (summary),
                                ld_record_summary_get_status (summary));
  json_object_set_string_member (object, "title", ld_record_summary_get_title (summary));
  json_object_set_string_member (object, "counterparty", ld_record_summary_get_party (summary));
  if (amount >= 0)
    json_object_set_int_member (object, "amount_fen", amount);
  else
    json_object_set_null_member (object, "amount_fen");
  json_object_set_string_member (object, "reviewer", ld_record_summary_get_person (summary));
  ld_cli_json_set_string_or_null (object, "received_on", ld_record_summary_get_received (summary));
  ld_cli_json_set_string_or_null (object, "due_on", ld_record_summary_get_due (summary));
  json_object_set_boolean_member (object, "overdue", ld_record_summary_is_overdue (summary, today));
  ld_cli_print_json (object);
}

static void
own_cells (LdRecordSummary  *summary,
           char            **cells)
{
  gint64 amount = ld_record_summary_get_amount_fen (summary);

  cells[0] = amount >= 0 ? ld_money_format (amount) : g_strdup ("—");
  cells[1] = g_strdup (ld_record_summary_get_person (summary));
}

static void
print_table (GPtrArray   *summaries,
             const GDate *today)
{
  const char *headers[] = {
    C_("contracts list column", "Number"),
    C_("contracts list column", "Title"),
    C_("contracts list column", "Counterparty"),
    C_("contracts list column", "Amount (yuan)"),
    C_("contracts list column", "Reviewer"),
    C_("contracts list column", "Due"),
    C_("contracts list column", "Status"),
  };

  ld_cli_register_print_table (summaries, today, headers, G_N_ELEMENTS (headers),
                               _("No contract reviews match.\n"), own_cells);
}

static const LdCliRegisterList register_list = {
  .command = COMMAND,
  .area = LD_RECORD_AREA_CONTRACT,
  .usage = usage_summary,
  .summary = N_("contracts list — list the contract reviews in number order"),
  .status_help = N_("Only reviews in status S (received, under_review, returned, opinion_issued, signed, archived)"),
  .overdue_help = N_("Only open reviews past their due date"),
  .no_arguments = N_("“contracts list” takes no arguments."),
  .print_json_line = print_json_line,
  .print_table = print_table,
};

int
ld_cli_contracts_main (const char  *database_path,
                       int          argc,
                       char       **argv)
{
  return ld_cli_register_main (&register_list, database_path, argc, argv);
}

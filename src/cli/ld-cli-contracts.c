/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-cli-contracts"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ld-cli-common.h"
#include "ld-contract-enums.h"
#include "ld-list-query.h"
#include "ld-money.h"

#define COMMAND "contracts"

/* `legal-desk-cli contracts list [--status S] [--overdue] [--json]`: the
 * contract review register, through the same query as the app's list. */

static const char usage_summary[] =
  N_("SUBCOMMAND — the contract review register\n\n"
     "  list [--status S] [--overdue] [--json]  the reviews in number order");

/* Rows fetched per query, so a large register is never held at once. */
#define PAGE_SIZE 500

static char *
valid_statuses (void)
{
  GString *text = g_string_new (NULL);

  for (LdContractStatus s = 0; s < LD_N_CONTRACT_STATUSES; s++)
    g_string_append_printf (text, "%s%s", s > 0 ? ", " : "", ld_contract_status_to_id (s));
  return g_string_free (text, FALSE);
}

static void
print_json_line (LdRecordSummary *summary,
                 const GDate     *today)
{
  g_autoptr(JsonObject) object = NULL;
  const char *due = ld_record_summary_get_due (summary);
  const char *received = ld_record_summary_get_received (summary);
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
  if (received != NULL && *received != '\0')
    json_object_set_string_member (object, "received_on", received);
  else
    json_object_set_null_member (object, "received_on");
  if (due != NULL && *due != '\0')
    json_object_set_string_member (object, "due_on", due);
  else
    json_object_set_null_member (object, "due_on");
  json_object_set_boolean_member (object, "overdue", ld_record_summary_is_overdue (summary, today));
  ld_cli_print_json (object);
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
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  if (summaries->len == 0)
    {
      g_print (_("No contract reviews match.\n"));
      return;
    }

  for (guint i = 0; i < summaries->len; i++)
    {
      LdRecordSummary *summary = g_ptr_array_index (summaries, i);
      gint64 amount = ld_record_summary_get_amount_fen (summary);
      const char *due = ld_record_summary_get_due (summary);
      char **row = g_new0 (char *, G_N_ELEMENTS (headers) + 1);

      row[0] = g_strdup (ld_record_summary_get_number (summary));
      row[1] = g_strdup (ld_record_summary_get_title (summary));
      row[2] = g_strdup (ld_record_summary_get_party (summary));
      row[3] = amount >= 0 ? ld_money_format (amount) : g_strdup ("—");
      row[4] = g_strdup (ld_record_summary_get_person (summary));
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

static int
contracts_list (const char  *database_path,
                int          argc,
                char       **argv)
{
  g_autofree char *status = NULL;
  g_autofree char *today_text = NULL;
  gboolean overdue = FALSE;
  gboolean json = FALSE;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LdListQuery) query = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  LdContractStatus status_value;
  GDate today;
  guint offset = 0;
  const GOptionEntry entries[] = {
    { "status", 's', 0, G_OPTION_ARG_STRING, &status,
      N_("Only reviews in status S (received, under_review, returned, opinion_issued, signed, archived)"),
      N_("S") },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue,
      N_("Only open reviews past their due date"), NULL },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("Count overdue as of DATE (YYYY-MM-DD) instead of today"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("One JSON object per line"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("contracts list — list the contract reviews in number order"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return ld_cli_option_usage_error (context, COMMAND, error->message);
  if (argc != 1)
    return ld_cli_option_usage_error (context, COMMAND, _("“contracts list” takes no arguments."));

  if (status != NULL && !ld_contract_status_from_id (status, &status_value))
    {
      g_autofree char *valid = valid_statuses ();

      return ld_cli_usage_error (COMMAND, _("Unknown status “%s”. Valid statuses: %s."), status, valid);
    }

  g_date_clear (&today, 1);
  if (today_text != NULL)
    {
      if (!ld_cli_parse_day (today_text, &today))
        return ld_cli_usage_error (COMMAND, _("“%s” is not a date; write it as YYYY-MM-DD."), today_text);
    }
  else
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                      g_date_time_get_year (now));
    }

  db = ld_cli_open_database (database_path, LD_DATABASE_OPEN_NO_CREATE);
  if (db == NULL)
    return LD_CLI_EXIT_FAILURE;

  query = ld_list_query_new (LD_RECORD_AREA_CONTRACT);
  ld_list_query_set_sort (query, LD_PAGED_SORT_NUMBER, FALSE);
  ld_list_query_set_status (query, status);
  ld_list_query_set_overdue_only (query, overdue, &today);

  for (;;)
    {
      g_autoptr(GPtrArray) page = ld_list_query_fetch (query, db, offset, PAGE_SIZE, &error);

      if (page == NULL)
        return ld_cli_failure (COMMAND, "%s", error->message);
      /* JSON lines go out page by page; the table needs every row for its widths. */
      for (guint i = 0; i < page->len; i++)
        {
          if (json)
            print_json_line (g_ptr_array_index (page, i), &today);
          else
            g_ptr_array_add (all, g_object_ref (g_ptr_array_index (page, i)));
        }
      if (page->len < PAGE_SIZE)
        break;
      offset += page->len;
    }

  if (!json)
    print_table (all, &today);
  return LD_CLI_EXIT_OK;
}

int
ld_cli_contracts_main (const char  *database_path,
                       int          argc,
                       char       **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return contracts_list (database_path, argc - 1, argv + 1);

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
                    g_str_equal (argv[1], "help")))
    {
      g_print ("legal-desk-cli contracts %s\n", _(usage_summary));
      return LD_CLI_EXIT_OK;
    }
  if (argc < 2)
    return ld_cli_usage_error (COMMAND, "%s", _("Give a subcommand: list."));
  return ld_cli_usage_error (COMMAND, _("Unknown subcommand “%s”; use list."), argv[1]);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "ld-cli-common.h"
#include "ld-cli-register-list.h"
#include "ld-list-query.h"

/* Rows fetched per query, so a large register is never held at once. */
#define PAGE_SIZE 500

/* `COMMAND list …`, with @argv starting at "list". */
static int
register_list_run (const LdCliRegisterList *list,
                   const char              *database_path,
                   int                      argc,
                   char                   **argv)
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
  GDate today;
  guint offset = 0;
  const GOptionEntry entries[] = {
    { "status", 's', 0, G_OPTION_ARG_STRING, &status,
      list->status_help, N_("S") },
    { "overdue", 0, 0, G_OPTION_ARG_NONE, &overdue,
      list->overdue_help, NULL },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("Count overdue as of DATE (YYYY-MM-DD) instead of today"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("One JSON object per line"), NULL },
    { NULL }
  };

  context = g_option_context_new (_(list->summary));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return ld_cli_option_usage_error (context, list->command, error->message);
  if (argc != 1)
    return ld_cli_option_usage_error (context, list->command, _(list->no_arguments));

  if (status != NULL && !g_strv_contains (ld_record_area_get_statuses (list->area), status))
    {
      g_autofree char *valid = g_strjoinv (", ", (char **) ld_record_area_get_statuses (list->area));

      return ld_cli_usage_error (list->command, _("Unknown status “%s”. Valid statuses: %s."), status, valid);
    }

  if (!ld_cli_today_option (list->command, today_text, &today))
    return LD_CLI_EXIT_USAGE;

  db = ld_cli_open_database (database_path, LD_DATABASE_OPEN_NO_CREATE);
  if (db == NULL)
    return LD_CLI_EXIT_FAILURE;

  query = ld_list_query_new (list->area);
  ld_list_query_set_sort (query, LD_PAGED_SORT_NUMBER, FALSE);
  ld_list_query_set_status (query, status);
  ld_list_query_set_overdue_only (query, overdue, &today);

  for (;;)
    {
      g_autoptr(GPtrArray) page = ld_list_query_fetch (query, db, offset, PAGE_SIZE, &error);

      if (page == NULL)
        return ld_cli_failure (list->command, "%s", error->message);
      /* JSON lines go out page by page; the table needs every row for its widths. */
      if (json && list->print_json_page_db != NULL)
        {
          if (!list->print_json_page_db (db, page, &today, &error))
            return ld_cli_failure (list->command, "%s", error->message);
        }
      else
        for (guint i = 0; i < page->len; i++)
          {
            if (json)
              list->print_json_line (g_ptr_array_index (page, i), &today);
            else
              g_ptr_array_add (all, g_object_ref (g_ptr_array_index (page, i)));
          }
      if (page->len < PAGE_SIZE)
        break;
      offset += page->len;
    }

  if (!json)
    list->print_table (all, &today);
  return LD_CLI_EXIT_OK;
}

int
ld_cli_register_main (const LdCliRegisterList *list,
                      const char              *database_path,
                      int                      argc,
                      char                   **argv)
{
  if (argc >= 2 && g_str_equal (argv[1], "list"))
    return register_list_run (list, database_path, argc - 1, argv + 1);

  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") ||
                    g_str_equal (argv[1], "help")))
    {
      g_print ("legal-desk-cli %s %s\n", list->command, _(list->usage));
      return LD_CLI_EXIT_OK;
    }
  if (argc < 2)
    return ld_cli_usage_error (list->command, "%s", _("Give a subcommand: list."));
  return ld_cli_usage_error (list->command, _("Unknown subcommand “%s”; use list."), argv[1]);
}

void
ld_cli_register_json_set_days_left (JsonObject      *object,
                                    LdRecordSummary *summary,
                                    const GDate     *today)
{
  int days_left;

  if (ld_record_summary_get_days_left (summary, today, &days_left))
    json_object_set_int_member (object, "days_left", days_left);
  else
    json_object_set_null_member (object, "days_left");
}

void
ld_cli_register_print_table (GPtrArray              *summaries,
                             const GDate            *today,
                             const char * const     *headers,
                             gsize                   n_headers,
                             const char             *none_match,
                             LdCliRegisterCellsFunc  own_cells)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  g_return_if_fail (n_headers == 7);

  if (summaries->len == 0)
    {
      g_print ("%s", none_match);
      return;
    }

  for (guint i = 0; i < summaries->len; i++)
    {
      LdRecordSummary *summary = g_ptr_array_index (summaries, i);
      const char *due = ld_record_summary_get_due (summary);
      char **row = g_new0 (char *, n_headers + 1);

      row[0] = g_strdup (ld_record_summary_get_number (summary));
      row[1] = g_strdup (ld_record_summary_get_title (summary));
      row[2] = g_strdup (ld_record_summary_get_party (summary));
      if (own_cells != NULL)
        own_cells (summary, &row[3]);
      else
        {
          row[3] = g_strdup (ld_record_summary_get_person (summary));
          row[4] = g_strdup (ld_record_summary_get_received (summary));
        }
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

  ld_cli_print_table (headers, n_headers, rows);
}

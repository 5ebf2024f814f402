/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-cli-stats"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ld-cli-common.h"
#include "ld-petition-store.h"

#define COMMAND "stats"

/* `legal-desk-cli stats --year Y [--json]`: the petition statistics of a
 * year (DOMAIN.md 7) as the overview page shows them: received by month and
 * category and the four rates, each with its numerator and denominator. */

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

typedef struct
{
  const char *id;
  const char *label;
  gsize       offset;
} RateInfo;

static const RateInfo *
get_rates (guint *n)
{
  static RateInfo rates[5];

  /* Built at run time so the labels are translated. */
  rates[0] = (RateInfo) { "on_time_acceptance", _("On-time acceptance"),
                          G_STRUCT_OFFSET (LdPetitionStats, on_time_acceptance) };
  rates[1] = (RateInfo) { "on_time_completion", _("On-time completion"),
                          G_STRUCT_OFFSET (LdPetitionStats, on_time_completion) };
  rates[2] = (RateInfo) { "completion", _("Completion"),
                          G_STRUCT_OFFSET (LdPetitionStats, completion) };
  rates[3] = (RateInfo) { "satisfaction", _("Satisfaction"),
                          G_STRUCT_OFFSET (LdPetitionStats, satisfaction) };
  rates[4] = (RateInfo) { "participation", _("Rating participation"),
                          G_STRUCT_OFFSET (LdPetitionStats, participation) };
  *n = G_N_ELEMENTS (rates);
  return rates;
}

static const LdRate *
rate_of (const LdPetitionStats *stats,
         const RateInfo        *info)
{
  return (const LdRate *) G_STRUCT_MEMBER_P (stats, info->offset);
}

static void
print_json (const LdPetitionStats *stats,
            int                    year)
{
  g_autoptr(JsonObject) object = json_object_new ();
  g_autofree char *from = format_date (&stats->from);
  g_autofree char *to = format_date (&stats->to);
  g_autofree char *as_of = format_date (&stats->as_of);
  JsonArray *months = json_array_new ();
  JsonArray *categories = json_array_new ();
  const RateInfo *rates;
  guint n_rates;

  json_object_set_int_member (object, "year", year);
  json_object_set_string_member (object, "from", from);
  json_object_set_string_member (object, "to", to);
  json_object_set_string_member (object, "as_of", as_of);
  json_object_set_int_member (object, "received", stats->received);

  for (guint i = 0; i < stats->by_month->len; i++)
    {
      const LdMonthCount *month = &g_array_index (stats->by_month, LdMonthCount, i);
      JsonObject *row = json_object_new ();
      g_autofree char *key = g_strdup_printf ("%04d-%02d", month->year, month->month);

      json_object_set_string_member (row, "month", key);
      json_object_set_int_member (row, "count", month->count);
      json_array_add_object_element (months, row);
    }
  json_object_set_array_member (object, "by_month", months);

  for (guint i = 0; i < stats->by_category->len; i++)
    {
      const LdCategoryCount *category = &g_array_index (stats->by_category, LdCategoryCount, i);
      JsonObject *row = json_object_new ();

      json_object_set_string_member (row, "category", category->category);
      json_object_set_int_member (row, "count", category->count);
      json_array_add_object_element (categories, row);
    }
  json_object_set_array_member (object, "by_category", categories);

  rates = get_rates (&n_rates);
  for (guint i = 0; i < n_rates; i++)
    {
      const LdRate *rate = rate_of (stats, &rates[i]);
      JsonObject *row = json_object_new ();
      double percent;

      json_object_set_int_member (row, "numerator", rate->numerator);
      json_object_set_int_member (row, "denominator", rate->denominator);
      if (ld_rate_get_percent (rate, &percent))
        json_object_set_double_member (row, "percent", percent);
      else
        json_object_set_null_member (row, "percent");
      json_object_set_object_member (object, rates[i].id, row);
    }
  ld_cli_print_json (object);
}

static void
print_text (const LdPetitionStats *stats,
            int                    year)
{
  g_autofree char *as_of = format_date (&stats->as_of);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  const char *month_headers[] = { C_("stats column", "Month"), C_("stats column", "Received") };
  const char *category_headers[] = { C_("stats column", "Category"), C_("stats column", "Received") };
  const char *rate_headers[] = { C_("stats column", "Rate"), C_("stats column", "Value") };
  const RateInfo *rates;
  guint n_rates;

  g_print (_("Petitions received in %d (as of %s): %u\n\n"), year, as_of, stats->received);

  for (guint i = 0; i < stats->by_month->len; i++)
    {
      const LdMonthCount *month = &g_array_index (stats->by_month, LdMonthCount, i);
      char **row = g_new0 (char *, 3);

      row[0] = g_strdup_printf ("%04d-%02d", month->year, month->month);
      row[1] = g_strdup_printf ("%u", month->count);
      g_ptr_array_add (rows, row);
    }
  ld_cli_print_table (month_headers, 2, rows);
  g_print ("\n");

  g_ptr_array_set_size (rows, 0);
  for (guint i = 0; i < stats->by_category->len; i++)
    {
      const LdCategoryCount *category = &g_array_index (stats->by_category, LdCategoryCount, i);
      char **row = g_new0 (char *, 3);

      row[0] = g_strdup (*category->category != '\0' ? category->category
                                                       : C_("stats category", "(none)"));
      row[1] = g_strdup_printf ("%u", category->count);
      g_ptr_array_add (rows, row);
    }
  if (rows->len > 0)
    {
      ld_cli_print_table (category_headers, 2, rows);
      g_print ("\n");
    }

  g_ptr_array_set_size (rows, 0);
  rates = get_rates (&n_rates);
  for (guint i = 0; i < n_rates; i++)
    {
      char **row = g_new0 (char *, 3);

      row[0] = g_strdup (rates[i].label);
      row[1] = ld_rate_format (rate_of (stats, &rates[i]));
      g_ptr_array_add (rows, row);
    }
  ld_cli_print_table (rate_headers, 2, rows);
}

int
ld_cli_stats_main (const char  *database_path,
                   int          argc,
                   char       **argv)
{
  g_autofree char *year_text = NULL;
  g_autofree char *today_text = NULL;
  gboolean json = FALSE;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(LdPetitionStats) stats = NULL;
  g_autoptr(GError) error = NULL;
  guint64 year = 0;
  GDate as_of;
  const GOptionEntry entries[] = {
    { "year", 'y', 0, G_OPTION_ARG_STRING, &year_text,
      N_("The year of receipt to count (required)"), N_("Y") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("Count as of DATE (YYYY-MM-DD) instead of today"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("One JSON object"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("— petition statistics of a year: received, on-time and satisfaction rates"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return ld_cli_option_usage_error (context, COMMAND, error->message);
  if (argc != 1)
    return ld_cli_option_usage_error (context, COMMAND, _("“stats” takes no arguments."));
  if (year_text == NULL)
    return ld_cli_usage_error (COMMAND, "%s", _("Give the year with --year Y."));
  if (!g_ascii_string_to_unsigned (year_text, 10, 1900, 9999, &year, NULL))
    return ld_cli_usage_error (COMMAND, _("“%s” is not a year."), year_text);

  if (!ld_cli_today_option (COMMAND, today_text, &as_of))
    return LD_CLI_EXIT_USAGE;

  db = ld_cli_open_database (database_path, LD_DATABASE_OPEN_NO_CREATE);
  if (db == NULL)
    return LD_CLI_EXIT_FAILURE;

  stats = ld_petition_store_compute_stats (db, (int) year, &as_of, &error);
  if (stats == NULL)
    return ld_cli_failure (COMMAND, "%s", error->message);

  if (json)
    print_json (stats, (int) year);
  else
    print_text (stats, (int) year);
  return LD_CLI_EXIT_OK;
}

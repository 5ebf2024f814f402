/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-cli-due"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>

#include "ld-cli-common.h"
#include "ld-due-store.h"

#define COMMAND "due"

/* `legal-desk-cli due [--days N] [--json]`: what is overdue, due today and
 * due within N days across the registers, soonest first — the overview
 * page's list, for cron. */

#define DEFAULT_DAYS 3
#define MAX_DAYS 3650

/* The state id of the JSON output. */
static const char *
state_id (const LdDueItem *item)
{
  if (item->days_left < 0)
    return "overdue";
  if (item->days_left == 0)
    return "due-today";
  return "due-soon";
}

static const char *
state_label (const LdDueItem *item)
{
  if (item->days_left < 0)
    return C_("due state", "Overdue");
  if (item->days_left == 0)
    return C_("due state", "Due today");
  return C_("due state", "Due soon");
}

static const char *
area_id (LdRecordArea area)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (LD_TYPE_RECORD_AREA);
  GEnumValue *value = g_enum_get_value (klass, (int) area);

  /* The nicks are static strings of the registered type. */
  return value != NULL ? value->value_nick : "";
}

static const char *
area_label (LdRecordArea area)
{
  switch (area)
    {
    case LD_RECORD_AREA_CONTRACT:
      return C_("register", "Contract");
    case LD_RECORD_AREA_MEDIATION:
      return C_("register", "Mediation");
    case LD_RECORD_AREA_PETITION:
    case LD_N_RECORD_AREAS:
    default:
      return C_("register", "Petition");
    }
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static void
print_json_line (const LdDueItem *item)
{
  g_autoptr(JsonObject) object = ld_cli_json_row_new (item->id, item->number, state_id (item));
  g_autofree char *due = format_date (&item->due);

  json_object_set_string_member (object, "area", area_id (item->area));
  json_object_set_string_member (object, "title", item->title != NULL ? item->title : "");
  json_object_set_string_member (object, "what", item->what != NULL ? item->what : "");
  json_object_set_string_member (object, "due_on", due);
  json_object_set_int_member (object, "days_left", item->days_left);
  ld_cli_print_json (object);
}

static char *
describe_days (int days_left)
{
  if (days_left < 0)
    /* TRANSLATORS: how long ago a due date passed */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day overdue", "%d days overdue",
                                         (unsigned long) -days_left), -days_left);
  if (days_left == 0)
    return g_strdup (_("today"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left", "%d days left",
                                       (unsigned long) days_left), days_left);
}

static void
print_table (GPtrArray *items,
             int        days)
{
  const char *headers[] = {
    C_("due list column", "State"),
    C_("due list column", "Due"),
    C_("due list column", "Days"),
    C_("due list column", "Register"),
    C_("due list column", "Number"),
    C_("due list column", "Title"),
    C_("due list column", "For"),
  };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  if (items->len == 0)
    {
      g_print (g_dngettext (GETTEXT_PACKAGE,
                            "Nothing is overdue or due within %d day.\n",
                            "Nothing is overdue or due within %d days.\n", (unsigned long) days),
               days);
      return;
    }
  for (guint i = 0; i < items->len; i++)
    {
      const LdDueItem *item = g_ptr_array_index (items, i);
      char **row = g_new0 (char *, G_N_ELEMENTS (headers) + 1);

      row[0] = g_strdup (state_label (item));
      row[1] = format_date (&item->due);
      row[2] = describe_days (item->days_left);
      row[3] = g_strdup (area_label (item->area));
      row[4] = g_strdup (item->number != NULL ? item->number : "");
      row[5] = g_strdup (item->title != NULL ? item->title : "");
      row[6] = g_strdup (item->what != NULL ? item->what : "");
      g_ptr_array_add (rows, row);
    }
  ld_cli_print_table (headers, G_N_ELEMENTS (headers), rows);
}

int
ld_cli_due_main (const char  *database_path,
                 int          argc,
                 char       **argv)
{
  g_autofree char *days_text = NULL;
  g_autofree char *today_text = NULL;
  gboolean json = FALSE;
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  guint64 days = DEFAULT_DAYS;
  GDate today;
  const GOptionEntry entries[] = {
    { "days", 'n', 0, G_OPTION_ARG_STRING, &days_text,
      N_("Also list what falls due within N days (default 3)"), N_("N") },
    { "today", 0, 0, G_OPTION_ARG_STRING, &today_text,
      N_("Count as of DATE (YYYY-MM-DD) instead of today"), N_("DATE") },
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("One JSON object per line"), NULL },
    { NULL }
  };

  context = g_option_context_new (_("— list what is overdue, due today and due soon across the registers"));
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return ld_cli_option_usage_error (context, COMMAND, error->message);
  if (argc != 1)
    return ld_cli_option_usage_error (context, COMMAND, _("“due” takes no arguments."));

  if (days_text != NULL &&
      (!g_ascii_string_to_unsigned (days_text, 10, 0, MAX_DAYS, &days, NULL)))
    return ld_cli_usage_error (COMMAND, _("--days takes a number of days from 0 to %d, not “%s”."),
                               MAX_DAYS, days_text);

  if (!ld_cli_today_option (COMMAND, today_text, &today))
    return LD_CLI_EXIT_USAGE;

  db = ld_cli_open_database (database_path, LD_DATABASE_OPEN_NO_CREATE);
  if (db == NULL)
    return LD_CLI_EXIT_FAILURE;

  items = ld_due_store_list (db, &today, (int) days, &error);
  if (items == NULL)
    return ld_cli_failure (COMMAND, "%s", error->message);

  if (json)
    for (guint i = 0; i < items->len; i++)
      print_json_line (g_ptr_array_index (items, i));
  else
    print_table (items, (int) days);
  return LD_CLI_EXIT_OK;
}

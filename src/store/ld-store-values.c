/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-store"

#include "config.h"

#include <stdio.h>

#include "ld-store-values-private.h"

char *
ld_store_format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

gboolean
ld_store_parse_date (const char *text,
                     GDate      *out)
{
  unsigned year, month, day;
  char end;

  g_date_clear (out, 1);
  if (text == NULL || sscanf (text, "%4u-%2u-%2u%c", &year, &month, &day, &end) != 3)
    return FALSE;
  if (!g_date_valid_dmy (day, month, year))
    return FALSE;
  g_date_set_dmy (out, day, month, year);
  return TRUE;
}

const char *
ld_store_column_text (sqlite3_stmt *stmt,
                      int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

gboolean
ld_store_column_date (sqlite3_stmt *stmt,
                      int           column,
                      GDate        *out)
{
  return ld_store_parse_date ((const char *) sqlite3_column_text (stmt, column), out);
}

void
ld_store_bind_date (sqlite3_stmt *stmt,
                    int           index,
                    const GDate  *date)
{
  char *text = ld_store_format_date (date);

  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, g_free);
}

GDate *
ld_store_today_local (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_new_dmy (g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                         g_date_time_get_year (now));
}

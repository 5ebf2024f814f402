/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>

#include "ld-date-format.h"

char *
ld_format_list_date (const char *iso_date)
{
  g_autoptr(GDateTime) date_time = NULL;
  int year, month, day;
  char tail;

  if (iso_date == NULL
      || sscanf (iso_date, "%4d-%2d-%2d%c", &year, &month, &day, &tail) != 3
      || !g_date_valid_dmy (day, month, year))
    return g_strdup ("");

  date_time = g_date_time_new_local (year, month, day, 0, 0, 0);
  if (date_time == NULL)
    return g_strdup ("");

  /* Translators: a date in the lists, in g_date_time_format() syntax; for
   * Chinese "%Y年%-m月%-d日" (2026年11月25日). */
  return g_date_time_format (date_time, C_("list date", "%Y-%m-%d"));
}

void
ld_get_today (GDate *out)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  g_return_if_fail (out != NULL);

  g_date_clear (out, 1);
  g_date_set_dmy (out, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
}

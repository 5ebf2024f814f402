/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui-date"

#include "config.h"

#include <stdio.h>

#include "ld-ui-date.h"

gboolean
ld_ui_date_parse (const char *text,
                  GDate      *out)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));
  int y, m, d;
  char tail;

  if (sscanf (copy, "%d-%d-%d%c", &y, &m, &d, &tail) != 3
      && sscanf (copy, "%d/%d/%d%c", &y, &m, &d, &tail) != 3
      && sscanf (copy, "%d.%d.%d%c", &y, &m, &d, &tail) != 3
      && sscanf (copy, "%d年%d月%d日%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  if (y < 1900 || y > 2999 || !g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_clear (out, 1);
  g_date_set_dmy (out, d, m, y);
  return TRUE;
}

char *
ld_ui_date_to_text (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

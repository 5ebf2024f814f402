/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ld-chinese-date.h"
#include "ld-core-error.h"
#include "ld-halfwidth.h"

char *
ld_chinese_date_format (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%u年%u月%u日",
                          (unsigned) g_date_get_year (date),
                          (unsigned) g_date_get_month (date),
                          (unsigned) g_date_get_day (date));
}

char *
ld_chinese_date_format_iso (const GDate *date)
{
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  return g_strdup_printf ("%04u-%02u-%02u",
                          (unsigned) g_date_get_year (date),
                          (unsigned) g_date_get_month (date),
                          (unsigned) g_date_get_day (date));
}

/* Reads 1 to @max_digits digits; returns the position after them or NULL. */
static const char *
read_number (const char *p,
             int         max_digits,
             int        *out)
{
  int n = 0;
  int v = 0;

  while (g_ascii_isdigit (*p) && n < max_digits)
    {
      v = v * 10 + (*p - '0');
      p++;
      n++;
    }
  if (n == 0 || g_ascii_isdigit (*p))
    return NULL;
  *out = v;
  return p;
}

static const char *
skip (const char *p,
      const char *sep)
{
  return g_str_has_prefix (p, sep) ? p + strlen (sep) : NULL;
}

gboolean
ld_chinese_date_parse (const char  *text,
                       GDate       *out,
                       GError     **error)
{
  g_autofree char *clean = NULL;
  const char *p;
  int year = 0, month = 0, day = 0;
  char separator[2] = { 0, 0 };
  const char *month_end = NULL;
  const char *day_end = NULL;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clean = ld_halfwidth_normalize (text, TRUE);
  if (clean != NULL && *clean == '\0')
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING,
                           _("Enter the date"));
      return FALSE;
    }

  /* YYYY年M月D日 or YYYY-M-D with one separator of - / . throughout. */
  p = clean;
  if (p != NULL)
    {
      p = read_number (p, 4, &year);
      if (p != NULL && p - clean != 4)
        p = NULL;
    }
  if (p != NULL)
    {
      if (g_str_has_prefix (p, "年"))
        {
          p += strlen ("年");
          month_end = "月";
          day_end = "日";
        }
      else if (*p == '-' || *p == '/' || *p == '.')
        {
          separator[0] = *p++;
          month_end = separator;
          day_end = "";
        }
      else
        p = NULL;
    }
  if (p != NULL)
    p = read_number (p, 2, &month);
  if (p != NULL)
    p = skip (p, month_end);
  if (p != NULL)
    p = read_number (p, 2, &day);
  if (p != NULL)
    p = skip (p, day_end);

  if (p == NULL || *p != '\0')
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                   _("“%s” is not a date: write it like 2026年11月25日 or 2026-11-25"), text);
      return FALSE;
    }

  if (year < 1 || month < 1 || month > 12 || day < 1
      || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                   _("The date %d年%d月%d日 does not exist"), year, month, day);
      return FALSE;
    }

  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ld-core-error.h"
#include "ld-halfwidth.h"
#include "ld-money.h"

/* 13 integer digits at most: 9 999 999 999 999 yuan. */
#define MAX_INTEGER_DIGITS 13

static gboolean
set_invalid (GError     **error,
             const char  *text)
{
  g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
               _("“%s” is not an amount: write it like 1,234.56"), text);
  return FALSE;
}

gboolean
ld_money_parse (const char  *text,
                gint64      *out_fen,
                GError     **error)
{
  g_autofree char *clean = NULL;
  const char *p;
  const char *end;
  gint64 yuan = 0;
  gint64 fen = 0;
  int n_int_digits = 0;
  int group_digits = 0;
  gboolean grouped = FALSE;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clean = ld_halfwidth_normalize (text, TRUE);
  if (clean == NULL)
    return set_invalid (error, "");

  p = clean;
  end = clean + strlen (clean);
  if (g_str_has_prefix (p, "¥"))
    p += strlen ("¥");
  else if (g_str_has_prefix (p, "￥"))
    p += strlen ("￥");
  if (g_str_has_suffix (p, "元"))
    end -= strlen ("元");

  if (p == end)
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING,
                           _("Enter the amount"));
      return FALSE;
    }

  if (*p == '-' || g_str_has_prefix (p, "−"))
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE,
                           _("An amount cannot be negative"));
      return FALSE;
    }

  /* The integer part, with optional thousands commas. */
  if (!g_ascii_isdigit (*p))
    return set_invalid (error, text);
  for (; p < end && *p != '.'; p++)
    {
      if (*p == ',')
        {
          if ((grouped && group_digits != 3) || (!grouped && (group_digits < 1 || group_digits > 3)))
            return set_invalid (error, text);
          grouped = TRUE;
          group_digits = 0;
          continue;
        }
      if (!g_ascii_isdigit (*p))
        return set_invalid (error, text);

      group_digits++;
      /* Leading zeros do not count towards the size. */
      if (n_int_digits > 0 || *p != '0')
        n_int_digits++;
      if (n_int_digits > MAX_INTEGER_DIGITS)
        {
          g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE,
                               _("The amount is too large: the largest is 9,999,999,999,999.99"));
          return FALSE;
        }
      yuan = yuan * 10 + (*p - '0');
    }
  if (grouped && group_digits != 3)
    return set_invalid (error, text);

  /* The decimals: one or two. */
  if (p < end)
    {
      int n_decimals = 0;

      for (p++; p < end; p++)
        {
          if (!g_ascii_isdigit (*p))
            return set_invalid (error, text);
          n_decimals++;
          if (n_decimals > 2)
            {
              g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                                   _("An amount has at most two decimal places (fen)"));
              return FALSE;
            }
          fen += (*p - '0') * (n_decimals == 1 ? 10 : 1);
        }
      if (n_decimals == 0)
        return set_invalid (error, text);
    }

  if (out_fen != NULL)
    *out_fen = yuan * 100 + fen;
  return TRUE;
}

char *
ld_money_format (gint64 fen)
{
  GString *out = g_string_new (NULL);
  guint64 magnitude;
  char digits[32];
  int n;

  if (fen < 0)
    {
      g_string_append_c (out, '-');
      magnitude = (guint64) (-(fen + 1)) + 1;
    }
  else
    magnitude = (guint64) fen;

  n = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, magnitude / 100);
  for (int i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append_c (out, ',');
      g_string_append_c (out, digits[i]);
    }
  g_string_append_printf (out, ".%02u", (unsigned) (magnitude % 100));

  return g_string_free (out, FALSE);
}

static const char *const capital_digits[10] = {
  "零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖",
};
static const char *const capital_places[4] = { "", "拾", "佰", "仟" };
static const char *const capital_sections[4] = { "", "万", "亿", "万亿" };

/* Appends a section of 1–9999 with one 零 for each run of inner zeros. */
static void
append_section (GString *out,
                int      section)
{
  gboolean pending_zero = FALSE;
  gboolean started = FALSE;

  g_assert (section > 0 && section < 10000);

  for (int place = 3; place >= 0; place--)
    {
      int d = section;

      for (int i = 0; i < place; i++)
        d /= 10;
      d %= 10;

      if (d == 0)
        {
          if (started)
            pending_zero = TRUE;
          continue;
        }
      if (pending_zero)
        g_string_append (out, capital_digits[0]);
      g_string_append (out, capital_digits[d]);
      g_string_append (out, capital_places[place]);
      pending_zero = FALSE;
      started = TRUE;
    }
}

char *
ld_money_to_capitals (gint64 fen)
{
  GString *out;
  gint64 yuan;
  int jiao;
  int fen_digit;
  int sections[4];
  int n_sections = 0;
  gboolean pending_zero = FALSE;

  g_return_val_if_fail (fen >= 0 && fen <= LD_MONEY_MAX_FEN, NULL);

  if (fen == 0)
    return g_strdup ("零元整");

  out = g_string_new (NULL);
  yuan = fen / 100;
  jiao = (int) (fen / 10 % 10);
  fen_digit = (int) (fen % 10);

  for (gint64 rest = yuan; rest > 0; rest /= 10000)
    sections[n_sections++] = (int) (rest % 10000);

  /* Sections high to low: 万亿, 亿, 万, and the last one. */
  for (int i = n_sections - 1; i >= 0; i--)
    {
      if (sections[i] == 0)
        {
          pending_zero = TRUE;
          continue;
        }
      if (out->len > 0 && (pending_zero || sections[i] < 1000))
        g_string_append (out, capital_digits[0]);
      append_section (out, sections[i]);
      g_string_append (out, capital_sections[i]);
      pending_zero = FALSE;
    }

  if (yuan > 0)
    {
      g_string_append (out, "元");
      if (jiao == 0 && fen_digit == 0)
        g_string_append (out, "整");
      else if (jiao == 0 || yuan % 10 == 0)
        g_string_append (out, capital_digits[0]);
    }

  if (jiao != 0)
    {
      g_string_append (out, capital_digits[jiao]);
      g_string_append (out, "角");
    }
  if (fen_digit != 0)
    {
      g_string_append (out, capital_digits[fen_digit]);
      g_string_append (out, "分");
    }

  return g_string_free (out, FALSE);
}

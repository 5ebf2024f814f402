/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ld-citizen-id.h"
#include "ld-core-error.h"
#include "ld-halfwidth.h"

/* W_i = 2^(17-i) mod 11 and the check digit for S mod 11 (GB 11643-1999). */
static const int id_weights[17] = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
static const char id_checks[] = "10X98765432";

/* Birth dates before this are typing mistakes, not people. */
#define EARLIEST_BIRTH_YEAR 1800

char
ld_citizen_id_compute_check (const char *number)
{
  int sum = 0;

  g_return_val_if_fail (number != NULL, '\0');

  for (int i = 0; i < 17; i++)
    {
      if (!g_ascii_isdigit (number[i]))
        return '\0';
      sum += (number[i] - '0') * id_weights[i];
    }

  return id_checks[sum % 11];
}

const char *
ld_citizen_id_get_legacy_note (void)
{
  return _("This is the old 15-digit form of the ID number, which has no check digit; "
           "ask for the 18-digit number if the person has one");
}

static int
digits_value (const char *p,
              int         n)
{
  int v = 0;

  for (int i = 0; i < n; i++)
    v = v * 10 + (p[i] - '0');
  return v;
}

static gboolean
check_region (const char  *number,
              GError     **error)
{
  if (number[0] < '1' || number[0] > '8')
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                   _("The region code %.6s does not exist: region codes start with a digit from 1 to 8"),
                   number);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_birth_date (int           year,
                  int           month,
                  int           day,
                  const GDate  *today,
                  GError      **error)
{
  char shown[16];

  g_snprintf (shown, sizeof shown, "%04d%02d%02d", year, month, day);

  if (month < 1 || month > 12 || day < 1 || year < 1
      || !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                   _("The birth date %s does not exist"), shown);
      return FALSE;
    }

  if (year < EARLIEST_BIRTH_YEAR)
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                   _("The birth date %s is before %d"), shown, EARLIEST_BIRTH_YEAR);
      return FALSE;
    }

  if (today != NULL && g_date_valid (today))
    {
      GDate birth;

      g_date_clear (&birth, 1);
      g_date_set_dmy (&birth, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
      if (g_date_compare (&birth, today) > 0)
        {
          g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                       _("The birth date %s is in the future"), shown);
          return FALSE;
        }
    }

  return TRUE;
}

gboolean
ld_citizen_id_parse_at (const char   *text,
                        const GDate  *today,
                        LdCitizenId  *out,
                        GError      **error)
{
  g_autofree char *clean = NULL;
  LdCitizenId id = { { 0 }, 0, 0, 0, FALSE, FALSE };
  size_t len;
  int n_chars;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clean = ld_halfwidth_normalize (text, TRUE);
  if (clean == NULL)
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                           _("The citizen ID number contains invalid text"));
      return FALSE;
    }

  len = strlen (clean);
  n_chars = (int) g_utf8_strlen (clean, -1);
  if (n_chars == 0)
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING,
                           _("Enter the citizen ID number"));
      return FALSE;
    }
  if (n_chars != 18 && n_chars != 15)
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                   _("A citizen ID number has 18 characters (or 15 for the old form); "
                     "this one has %d"), n_chars);
      return FALSE;
    }
  /* Same character count but more bytes: something that is not ASCII. */
  for (size_t i = 0; i < len; i++)
    {
      gboolean last = (i == len - 1 && len == 18);

      if ((guchar) clean[i] >= 0x80)
        {
          g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                       _("A citizen ID number has only digits (and a final X); "
                         "character %d is not one"), (int) g_utf8_pointer_to_offset (clean, clean + i) + 1);
          return FALSE;
        }
      if (last && (clean[i] == 'x' || clean[i] == 'X'))
        {
          clean[i] = 'X';
          continue;
        }
      if (!g_ascii_isdigit (clean[i]))
        {
          if (last)
            g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                         _("The last character of a citizen ID number is a digit or X, not “%c”"),
                         clean[i]);
          else
            g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                         _("A citizen ID number has only digits (and a final X); "
                           "character %d is “%c”"), (int) i + 1, clean[i]);
          return FALSE;
        }
    }

  if (!check_region (clean, error))
    return FALSE;

  if (len == 18)
    {
      char check;

      id.birth_year = digits_value (clean + 6, 4);
      id.birth_month = digits_value (clean + 10, 2);
      id.birth_day = digits_value (clean + 12, 2);
      if (!check_birth_date (id.birth_year, id.birth_month, id.birth_day, today, error))
        return FALSE;

      check = ld_citizen_id_compute_check (clean);
      if (check != clean[17])
        {
          g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                       _("The check digit should be %c, not %c"), check, clean[17]);
          return FALSE;
        }
      id.male = (clean[16] - '0') % 2 == 1;
    }
  else
    {
      /* The old form: YYMMDD in the 1900s, 3 sequence digits, no check. */
      id.legacy = TRUE;
      id.birth_year = 1900 + digits_value (clean + 6, 2);
      id.birth_month = digits_value (clean + 8, 2);
      id.birth_day = digits_value (clean + 10, 2);
      if (!check_birth_date (id.birth_year, id.birth_month, id.birth_day, today, error))
        return FALSE;
      id.male = (clean[14] - '0') % 2 == 1;
    }

  memcpy (id.number, clean, len + 1);
  if (out != NULL)
    *out = id;
  return TRUE;
}

gboolean
ld_citizen_id_parse (const char   *text,
                     LdCitizenId  *out,
                     GError      **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today,
                  (GDateDay) g_date_time_get_day_of_month (now),
                  (GDateMonth) g_date_time_get_month (now),
                  (GDateYear) g_date_time_get_year (now));
  return ld_citizen_id_parse_at (text, &today, out, error);
}

char *
ld_citizen_id_mask (const char *number)
{
  size_t len;
  char *masked;

  g_return_val_if_fail (number != NULL, NULL);

  len = strlen (number);
  masked = g_strdup (number);
  /* Anything that is not a plain ASCII number is hidden completely. */
  for (size_t i = 0; i < len; i++)
    if ((guchar) number[i] >= 0x80)
      len = 0;
  for (size_t i = 0; masked[i] != '\0'; i++)
    if (len < 11 || (i >= 6 && i < len - 4))
      masked[i] = '*';
  return masked;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ld-core-error.h"
#include "ld-credit-code.h"
#include "ld-halfwidth.h"

/* 31 characters worth 0–30: the digits and the letters without I O Z S V. */
static const char code_alphabet[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/* W_i = 3^(i-1) mod 31. */
static const int code_weights[17] = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

static int
alphabet_value (char c)
{
  const char *p;

  if (c == '\0')
    return -1;
  p = strchr (code_alphabet, c);
  return p != NULL ? (int) (p - code_alphabet) : -1;
}

char
ld_credit_code_compute_check (const char *code)
{
  int sum = 0;
  int check;

  g_return_val_if_fail (code != NULL, '\0');

  for (int i = 0; i < 17; i++)
    {
      int v = alphabet_value (code[i]);

      if (v < 0)
        return '\0';
      sum += v * code_weights[i];
    }

  check = 31 - sum % 31;
  return code_alphabet[check == 31 ? 0 : check];
}

gboolean
ld_credit_code_organization_code_ok (const char *code)
{
  static const int weights[8] = { 3, 7, 9, 10, 5, 8, 4, 2 };
  int sum = 0;
  int check;
  char expected;

  g_return_val_if_fail (code != NULL, FALSE);

  if (strlen (code) != 18)
    return FALSE;

  for (int i = 0; i < 8; i++)
    {
      char c = code[8 + i];
      int v;

      if (g_ascii_isdigit (c))
        v = c - '0';
      else if (g_ascii_isupper (c))
        v = c - 'A' + 10;
      else
        return FALSE;
      sum += v * weights[i];
    }

  check = 11 - sum % 11;
  expected = check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
  return code[16] == expected;
}

static LdCreditCodeStatus
malformed (char       **out_message,
           char        *out_expected_check,
           char        *message)
{
  if (out_expected_check != NULL)
    *out_expected_check = '\0';
  if (out_message != NULL)
    *out_message = message;
  else
    g_free (message);
  return LD_CREDIT_CODE_MALFORMED;
}

LdCreditCodeStatus
ld_credit_code_validate (const char  *text,
                         char       **out_normalised,
                         char        *out_expected_check,
                         char       **out_message)
{
  g_autofree char *clean = NULL;
  char expected;
  int n_chars;

  g_return_val_if_fail (text != NULL, LD_CREDIT_CODE_MALFORMED);

  if (out_normalised != NULL)
    *out_normalised = NULL;
  if (out_message != NULL)
    *out_message = NULL;

  clean = ld_halfwidth_normalize (text, TRUE);
  if (clean == NULL)
    return malformed (out_message, out_expected_check,
                      g_strdup (_("The unified social credit code contains invalid text")));

  n_chars = (int) g_utf8_strlen (clean, -1);
  if (n_chars == 0)
    return malformed (out_message, out_expected_check,
                      g_strdup (_("Enter the unified social credit code")));
  if (n_chars != 18)
    return malformed (out_message, out_expected_check,
                      g_strdup_printf (_("A unified social credit code has 18 characters; "
                                         "this one has %d"), n_chars));

  for (int i = 0; clean[i] != '\0'; i++)
    {
      if ((guchar) clean[i] >= 0x80)
        return malformed (out_message, out_expected_check,
                          g_strdup_printf (_("A unified social credit code has only digits and "
                                             "Latin letters; character %d is not one"),
                                           (int) g_utf8_pointer_to_offset (clean, clean + i) + 1));
      clean[i] = g_ascii_toupper (clean[i]);
      /* The last character gets its own, more useful message below. */
      if (i < 17 && alphabet_value (clean[i]) < 0)
        {
          if (g_ascii_isalnum (clean[i]))
            return malformed (out_message, out_expected_check,
                              g_strdup_printf (_("Character %d of the unified social credit code is "
                                                 "“%c”, which such codes never use (they have no "
                                                 "I, O, S, V or Z)"), i + 1, clean[i]));
          return malformed (out_message, out_expected_check,
                            g_strdup_printf (_("Character %d of the unified social credit code is "
                                               "“%c”; only digits and letters are allowed"),
                                             i + 1, clean[i]));
        }
    }

  if (!g_ascii_isalnum (clean[17]))
    return malformed (out_message, out_expected_check,
                      g_strdup_printf (_("The last character of the unified social credit code is "
                                         "“%c”; only digits and letters are allowed"), clean[17]));

  expected = ld_credit_code_compute_check (clean);
  if (out_expected_check != NULL)
    *out_expected_check = expected;
  if (out_normalised != NULL)
    *out_normalised = g_strdup (clean);

  if (expected != clean[17])
    {
      if (out_message != NULL)
        *out_message = g_strdup_printf (_("The check character should be %c, not %c: "
                                          "compare the code with the business licence"),
                                        expected, clean[17]);
      return LD_CREDIT_CODE_BAD_CHECK;
    }

  return LD_CREDIT_CODE_VALID;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ld-core-error.h"
#include "ld-halfwidth.h"
#include "ld-phone.h"

static gboolean
is_mobile (const char *digits)
{
  return strlen (digits) == 11 && digits[0] == '1' && digits[1] >= '3' && digits[1] <= '9';
}

/* 010 (Beijing) and 020–029 are the only 3-digit area codes. */
static int
implied_area_code_length (const char *digits)
{
  if (g_str_has_prefix (digits, "010") || g_str_has_prefix (digits, "02"))
    return 3;
  return 4;
}

char *
ld_phone_normalize (const char   *text,
                    LdPhoneKind  *out_kind,
                    GError      **error)
{
  g_autofree char *clean = NULL;
  g_autoptr(GString) digits = g_string_new (NULL);
  gboolean plus = FALSE;
  int first_group = -1;   /* digits before the first separator */
  const char *number;
  size_t len;
  int area_len;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  clean = ld_halfwidth_normalize (text, FALSE);
  if (clean == NULL)
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                           _("The phone number contains invalid text"));
      return NULL;
    }
  g_strstrip (clean);
  if (*clean == '\0')
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING,
                           _("Enter the phone number"));
      return NULL;
    }

  for (const char *p = clean; *p != '\0'; p++)
    {
      if (g_ascii_isdigit (*p))
        g_string_append_c (digits, *p);
      else if (*p == '+' && p == clean)
        plus = TRUE;
      else if (*p == ' ' || *p == '-' || *p == '(' || *p == ')')
        {
          if (first_group < 0 && digits->len > 0)
            first_group = (int) digits->len;
        }
      else
        {
          g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                       _("“%s” is not a phone number: use only digits, spaces, dashes "
                         "and a +86 prefix"), text);
          return NULL;
        }
    }

  number = digits->str;
  if (plus)
    {
      if (!g_str_has_prefix (number, "86"))
        {
          g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                               _("Only mainland numbers (+86) are accepted"));
          return NULL;
        }
      number += 2;
      first_group = -1;
    }
  else if (g_str_has_prefix (number, "0086"))
    {
      number += 4;
      first_group = -1;
    }
  else if (digits->len == 13 && g_str_has_prefix (number, "86") && is_mobile (number + 2))
    number += 2;

  if (is_mobile (number))
    {
      if (out_kind != NULL)
        *out_kind = LD_PHONE_MOBILE;
      return g_strdup (number);
    }

  /* After +86 a landline drops the 0 of its area code (Beijing: +86 10 …). */
  if (number != digits->str && number[0] != '0' && number[0] != '\0'
      && !(number[0] == '1' && number[1] >= '3' && number[1] <= '9'))
    {
      g_autofree char *with_zero = g_strconcat ("0", number, NULL);

      return ld_phone_normalize (with_zero, out_kind, error);
    }

  len = strlen (number);
  if (number[0] == '1' && (len == 11 || (number[1] >= '3' && number[1] <= '9')))
    {
      if (len == 11)
        g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                     _("A mobile number starts with 13 to 19, not %.2s"), number);
      else
        g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                     _("A mobile number has 11 digits; this one has %d"), (int) len);
      return NULL;
    }

  if (number[0] != '0')
    {
      if (len == 7 || len == 8)
        g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                             _("Add the area code to the landline number, e.g. 0571-87654321"));
      else
        g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                     _("“%s” is neither an 11-digit mobile number nor a landline number "
                       "with its area code"), text);
      return NULL;
    }

  if (first_group == 3 || first_group == 4)
    area_len = first_group;
  else
    area_len = implied_area_code_length (number);

  if (len < (size_t) area_len + 7 || len > (size_t) area_len + 8 || number[area_len] == '0')
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                   _("After the area code %.*s a landline number has 7 or 8 digits, "
                     "not starting with 0"), area_len, number);
      return NULL;
    }

  if (out_kind != NULL)
    *out_kind = LD_PHONE_LANDLINE;
  return g_strdup_printf ("%.*s-%s", area_len, number, number + area_len);
}

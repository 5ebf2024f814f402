/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-core"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ld-core-error.h"
#include "ld-doc-number.h"
#include "ld-halfwidth.h"

#define OPEN_BRACKET  "\u3014"   /* 〔 */
#define CLOSE_BRACKET "\u3015"   /* 〕 */

char *
ld_doc_number_format (const char *prefix,
                      int         year,
                      int         seq)
{
  g_return_val_if_fail (year >= 1000 && year <= 9999, NULL);
  g_return_val_if_fail (seq >= 1, NULL);

  return g_strdup_printf ("%s" OPEN_BRACKET "%d" CLOSE_BRACKET "%d号",
                          prefix != NULL ? prefix : "", year, seq);
}

/* After ld_halfwidth_normalize() the full-width forms are already ASCII. */
static const char *const open_brackets[] = { OPEN_BRACKET, "[", "【", "(", NULL };
static const char *const close_brackets[] = { CLOSE_BRACKET, "]", "】", ")", NULL };

static gboolean
invalid (GError     **error,
         const char  *text)
{
  g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
               _("“%s” is not a document number: write it like ×法审〔2026〕12号"), text);
  return FALSE;
}

gboolean
ld_doc_number_parse (const char  *text,
                     char       **out_prefix,
                     int         *out_year,
                     int         *out_seq,
                     GError     **error)
{
  g_autofree char *clean = NULL;
  const char *open = NULL;
  const char *p;
  size_t open_len = 0;
  int year = 0;
  int seq = 0;
  int n;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  clean = ld_halfwidth_normalize (text, TRUE);
  if (clean == NULL)
    return invalid (error, "");
  if (*clean == '\0')
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING,
                           _("Enter the document number"));
      return FALSE;
    }

  /* The last opening bracket, so a prefix may itself contain brackets. */
  for (int i = 0; open_brackets[i] != NULL; i++)
    {
      const char *found = g_strrstr (clean, open_brackets[i]);

      if (found != NULL && (open == NULL || found > open))
        {
          open = found;
          open_len = strlen (open_brackets[i]);
        }
    }
  if (open == NULL)
    return invalid (error, text);

  p = open + open_len;
  for (n = 0; g_ascii_isdigit (p[n]); n++)
    year = year * 10 + (p[n] - '0');
  if (n != 4)
    {
      g_set_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                   _("The year in a document number has four digits, as in 〔2026〕"));
      return FALSE;
    }
  p += n;

  for (n = 0; close_brackets[n] != NULL; n++)
    if (g_str_has_prefix (p, close_brackets[n]))
      break;
  if (close_brackets[n] == NULL)
    return invalid (error, text);
  p += strlen (close_brackets[n]);

  if (g_str_has_prefix (p, "第"))
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                           _("A document number has no 第 before the number"));
      return FALSE;
    }
  if (*p == '0')
    {
      g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID,
                           _("The number in a document number has no leading zeros"));
      return FALSE;
    }
  for (n = 0; g_ascii_isdigit (p[n]); n++)
    {
      if (seq > (G_MAXINT - 9) / 10)
        return invalid (error, text);
      seq = seq * 10 + (p[n] - '0');
    }
  if (n == 0 || strcmp (p + n, "号") != 0)
    return invalid (error, text);

  if (out_prefix != NULL)
    *out_prefix = g_strndup (clean, (size_t) (open - clean));
  if (out_year != NULL)
    *out_year = year;
  if (out_seq != NULL)
    *out_seq = seq;
  return TRUE;
}

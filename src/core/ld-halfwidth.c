/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-core"

#include "config.h"

#include "ld-halfwidth.h"

char *
ld_halfwidth_normalize (const char *text,
                        gboolean    strip_spaces)
{
  GString *out;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;

  out = g_string_sized_new (strlen (text));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0xFF01 && c <= 0xFF5E)
        c = c - 0xFF01 + 0x21;
      else if (c == 0x3000)
        c = ' ';

      if (strip_spaces && g_unichar_isspace (c))
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

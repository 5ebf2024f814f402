/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-docs"

#include "config.h"

#include <string.h>

#include "ld-builder-util.h"
#include "ld-chinese-date.h"
#include "ld-text.h"

gboolean
ld_builder_is_blank (const char *text)
{
  return text == NULL || ld_text_is_blank (text);
}

const char *
ld_builder_or_to_fill (const char *text)
{
  return ld_builder_is_blank (text) ? LD_BUILDER_TO_FILL : text;
}

char *
ld_builder_format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup (LD_BUILDER_TO_FILL);
  return ld_chinese_date_format (date);
}

LdDocument *
ld_builder_new_document (const char *title,
                         const char *number)
{
  LdDocument *doc = ld_document_new (title);

  ld_document_set_number (doc, ld_builder_is_blank (number) ? LD_BUILDER_DRAFT_MARK : number);
  return doc;
}

void
ld_builder_set_date (LdDocument  *doc,
                     const GDate *date)
{
  if (date != NULL && g_date_valid (date))
    ld_document_set_date (doc, g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

void
ld_builder_append_sentence (GString    *out,
                                  const char *text)
{
  static const char *const endings[] = { "。", "！", "？", "…", "”", ".", "!", "?" };
  g_autofree char *trimmed = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (ld_builder_is_blank (trimmed))
    {
      g_string_append (out, LD_BUILDER_TO_FILL "。");
      return;
    }
  /* A clause ending in a comma or semicolon would read "，。". */
  while (g_str_has_suffix (trimmed, "；") || g_str_has_suffix (trimmed, "，"))
    {
      trimmed[strlen (trimmed) - strlen ("，")] = '\0';
      g_strchomp (trimmed);
    }
  g_string_append (out, trimmed);
  for (unsigned i = 0; i < G_N_ELEMENTS (endings); i++)
    if (g_str_has_suffix (trimmed, endings[i]))
      return;
  g_string_append (out, "。");
}

char *
ld_builder_clause (const char *text)
{
  static const char *const endings[] = { "。", "；", "，", "、", "：", ".", ";", ",", ":" };
  char *out = g_strstrip (g_strdup (text != NULL ? text : ""));
  gboolean trimmed = TRUE;

  while (trimmed)
    {
      trimmed = FALSE;
      for (unsigned i = 0; i < G_N_ELEMENTS (endings); i++)
        if (g_str_has_suffix (out, endings[i]))
          {
            out[strlen (out) - strlen (endings[i])] = '\0';
            g_strchomp (out);
            trimmed = TRUE;
          }
    }
  if (ld_builder_is_blank (out))
    {
      g_free (out);
      return g_strdup (LD_BUILDER_TO_FILL);
    }
  return out;
}

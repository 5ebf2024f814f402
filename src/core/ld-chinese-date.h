/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "2026年11月25日": Arabic numerals, full year, no padding, as GB/T 9704-2012
 * writes the 成文日期. */
char    *ld_chinese_date_format (const GDate *date);

/* "2026-11-25" (ISO, for files and the database). */
char    *ld_chinese_date_format_iso (const GDate *date);

/* Parses "2026年11月25日", "2026-11-25", "2026/11/25" or "2026.11.25"
 * (padding optional, full-width digits accepted) into @out, which must
 * point to a GDate (it is set only on success). Fails with
 * LD_CORE_ERROR_MISSING for empty text and LD_CORE_ERROR_INVALID for text
 * that is not such a date or a day that does not exist (2026年2月30日). */
gboolean ld_chinese_date_parse (const char  *text,
                                GDate       *out,
                                GError     **error);

G_END_DECLS

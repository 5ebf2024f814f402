/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Dates typed into editors. Parses 2026-11-25, 2026/11/25, 2026.11.25 and
 * 2026年11月25日 (surrounding spaces allowed) into @out; FALSE for anything
 * else or a day that does not exist. */
gboolean ld_ui_date_parse (const char *text,
                           GDate      *out);

/* "YYYY-MM-DD", or "" for NULL or an invalid date. */
char    *ld_ui_date_to_text (const GDate *date);

G_END_DECLS

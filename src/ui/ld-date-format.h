/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A 'YYYY-MM-DD' date as the lists show it in the user's language
 * (2026年11月25日 in Chinese); "" for "" or text that is not such a date. */
char *ld_format_list_date (const char *iso_date);

/* Sets @out to today in the local time zone (what "overdue" is measured
 * against). */
void  ld_get_today (GDate *out);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For files under src/store/ only: how the stores read and bind the values
 * of a row. Dates are stored as "YYYY-MM-DD" text (NULL when unset), and
 * text columns read as "" when NULL, so domain objects never see NULL. */

#include <sqlite3.h>

#include <glib.h>

G_BEGIN_DECLS

/* "YYYY-MM-DD", or NULL for an unset (NULL or invalid) date. */
char        *ld_store_format_date (const GDate *date);

/* Parses "YYYY-MM-DD" into @out; FALSE (and @out cleared) for NULL or
 * anything else. */
gboolean     ld_store_parse_date  (const char *text,
                                   GDate      *out);

/* The text of @column, "" for NULL. */
const char  *ld_store_column_text (sqlite3_stmt *stmt,
                                   int           column);

/* The date of @column into @out, as ld_store_parse_date(). */
gboolean     ld_store_column_date (sqlite3_stmt *stmt,
                                   int           column,
                                   GDate        *out);

/* Binds @date as "YYYY-MM-DD" to @index, or NULL for an unset date. */
void         ld_store_bind_date   (sqlite3_stmt *stmt,
                                   int           index,
                                   const GDate  *date);

/* Today in local time (the day a record registered without a date was
 * received). Free with g_date_free(). */
GDate       *ld_store_today_local (void);

G_END_DECLS

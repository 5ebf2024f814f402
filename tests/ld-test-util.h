/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdarg.h>

#include <glib.h>
#include <json-glib/json-glib.h>

#include "ld-database.h"

G_BEGIN_DECLS

/* Helpers several test programs had each written for themselves. They
 * assert rather than return errors, like the tests that call them. */

/* A new folder under the temporary directory, from a g_mkdtemp() template
 * such as "ld-audit-XXXXXX". */
char       *ld_test_make_tmp_dir (const char *tmpl);
/* Removes @path with whatever a test left in it, read-only entries too. */
void        ld_test_remove_tree (const char *path);
/* The SHA-256 of the file's contents, in hex. */
char       *ld_test_file_checksum (const char *path);

/* Opens (and creates) the database at @path with the default flags;
 * ":memory:" gives a new, empty database in memory. */
LdDatabase *ld_test_open_database (const char *path);
/* Runs @sql, one query returning one row, on the raw connection of @db
 * and returns its first column. */
gint64      ld_test_query_int (LdDatabase *db,
                               const char *sql);
char       *ld_test_query_text (LdDatabase *db,
                                const char *sql);
/* Runs @sql in a transaction of its own. */
void        ld_test_exec (LdDatabase *db,
                          const char *sql);

/* Dates as the tests write them: "YYYY-MM-DD" (loosely: "2026-3-5" too)
 * into @out, asserting it parses. */
void        ld_test_parse_date (const char *text,
                                GDate      *out);
/* "YYYY-MM-DD" of @date, "" when it is NULL or unset. */
char       *ld_test_date_text (const GDate *date);
/* Asserts that @date reads as @text ("" for unset). */
#define ld_test_assert_date(date, text) \
  G_STMT_START { g_autofree char *_t = ld_test_date_text (date); g_assert_cmpstr (_t, ==, (text)); } G_STMT_END

/* What one run of legal-desk-cli exited with and wrote. */
typedef struct
{
  int   status;
  char *out;
  char *err;
} LdTestCliResult;

void        ld_test_cli_result_clear (LdTestCliResult *result);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LdTestCliResult, ld_test_cli_result_clear)

/* Runs the legal-desk-cli of this build (from LD_BUILD_ROOT) with the
 * NULL-terminated @leading arguments (may be NULL), then @first_arg and the
 * NULL-terminated @args. XDG_DATA_HOME points into @dir, so the real
 * default database is never touched. Asserts that the program exited
 * normally and fills @result, freeing what it held. */
void        ld_test_cli_run_va (const char         *dir,
                                LdTestCliResult    *result,
                                const char * const *leading,
                                const char         *first_arg,
                                va_list             args);

/* The same with "-d @db_path" as the leading arguments: a run on the
 * database at @db_path, with the NULL-terminated arguments that follow. */
void        ld_test_cli_run_on (const char      *dir,
                                const char      *db_path,
                                LdTestCliResult *result,
                                const char      *first_arg,
                                ...) G_GNUC_NULL_TERMINATED;

/* The JSON objects (JsonObject, referenced) of --json output, one per
 * line; asserts that every line is one. */
GPtrArray  *ld_test_cli_parse_json_lines (const char *out);

G_END_DECLS

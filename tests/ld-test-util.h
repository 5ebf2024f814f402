/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdarg.h>

#include <glib.h>

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

/* Opens (and creates) the database at @path with the default flags. */
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

G_END_DECLS

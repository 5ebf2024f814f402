/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ld-database.h"

G_BEGIN_DECLS

/* File-level checks done before SQLite may write anything. */

/* Checks an existing file without changing it or creating anything beside
 * it: an empty file passes (SQLite treats it as a new database); otherwise
 * it must start with the SQLite header (else NOT_A_DATABASE). With
 * @check_health, PRAGMA quick_check must pass (else CORRUPT) and the schema
 * must be no newer than this program's (else TOO_NEW). */
gboolean ld_database_file_validate (const char  *path,
                                    gboolean     check_health,
                                    GError     **error);

/* Checks that the file and its folder (for the -wal and -shm files) can be
 * written; READ_ONLY otherwise. */
gboolean ld_database_file_check_writable (const char  *path,
                                          GError     **error);

/* Creates the parent folders (0700) and an empty file with mode 0600. */
gboolean ld_database_file_create (const char  *path,
                                  GError     **error);

G_END_DECLS

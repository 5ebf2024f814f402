/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A "verified stamp" remembers that a database file was closed cleanly by
 * Legal Desk: its device, inode, size, modification and change times right
 * after the close. While the file still matches the stamp nothing has
 * touched it since, so opening it again can skip PRAGMA quick_check, which
 * reads every page (half a second on a large register). Any write, by us or
 * anyone else, changes the times and forces the full check; so does a crash,
 * which leaves a -wal file and no stamp. Stamps live in the user's cache
 * folder, never beside the database. */

/* TRUE when @path has no -wal file and matches its stamp exactly. */
gboolean ld_database_stamp_matches (const char *path);

/* Records the current state of @path (call after the last connection closed
 * cleanly). Best effort: failing to write a stamp only costs a full check. */
void     ld_database_stamp_record (const char *path);

/* Drops the stamp of @path (call before writing to it). */
void     ld_database_stamp_forget (const char *path);

G_END_DECLS

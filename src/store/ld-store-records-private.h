/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For files under src/store/ only: what every register's store does with
 * its records, whatever the register: number a new one in its year, ask
 * whether a row exists, refuse an invalid record, and write the child
 * rows of a record (findings, parties, terms …). */

#include "ld-database-private.h"

G_BEGIN_DECLS

/* Steps @sql, a "SELECT coalesce (max (seq), 0) + 1 … WHERE year = ?1",
 * for @year into @out_seq: the next number of the register in that year.
 * Call it inside the write transaction, so that no one else can take the
 * same number meanwhile. */
gboolean      ld_store_next_seq (LdDatabase  *db,
                                 const char  *sql,
                                 int          year,
                                 int         *out_seq,
                                 GError     **error);

/* Steps @sql, a "SELECT EXISTS (…)" with @id bound to ?1 and, unless it is
 * NULL, @text to ?2, into @out. */
gboolean      ld_store_query_exists (LdDatabase  *db,
                                     const char  *sql,
                                     gint64       id,
                                     const char  *text,
                                     gboolean    *out,
                                     GError     **error);

/* Steps @sql, a query without parameters, into the text of its first
 * column in each row ("" for NULL); NULL with @error set on failure. */
GStrv         ld_store_list_texts (LdDatabase  *db,
                                   const char  *sql,
                                   GError     **error);

/* Steps the write @sql with @id bound to ?1 (if it has a parameter). */
gboolean      ld_store_run_for_id (LdDatabase  *db,
                                   const char  *sql,
                                   gint64       id,
                                   GError     **error);

/* Undoable deletes. The attachments of a deleted record wait under the
 * record_table "<record_table>" LD_STORE_KEPT_SUFFIX until the register's
 * next delete (or ld_store_purge_kept_attachments()), out of reach of the
 * record's delete trigger, so that undoing the delete brings them back. */
#define LD_STORE_KEPT_SUFFIX ":deleted"

/* Sets the attachments of row @record_id of @record_table aside. */
gboolean      ld_store_keep_attachments (LdDatabase  *db,
                                         const char  *record_table,
                                         gint64       record_id,
                                         GError     **error);

/* Brings back those of row @record_id, restored with its id. */
gboolean      ld_store_restore_attachments (LdDatabase  *db,
                                            const char  *record_table,
                                            gint64       record_id,
                                            GError     **error);

/* Deletes every attachment kept aside for the NULL-terminated
 * @record_tables, in one transaction (the caller's, if one is open). */
gboolean      ld_store_purge_kept_attachments (LdDatabase          *db,
                                               const char * const  *record_tables,
                                               GError             **error);

/* Refuses a record whose validation failed with @issues: sets @error
 * (LD_CORE_ERROR_INVALID) to the message of the first error among them,
 * or to @incomplete when there is none. Always returns FALSE. */
gboolean      ld_store_set_invalid_error (GPtrArray   *issues,
                                          const char  *incomplete,
                                          GError     **error);

/* A set of row ids (gint64 keys the set owns). */
GHashTable   *ld_store_id_set_new (void);

/* Steps @stmt (prepared and bound by the caller) to the end, adding the
 * id in its first column of each row to @ids, then resets it. */
gboolean      ld_store_collect_ids (LdDatabase    *db,
                                    sqlite3_stmt  *stmt,
                                    GHashTable    *ids,
                                    GError       **error);

/* Child rows. A record's child table is written the same way in every
 * store: the set of stored ids of the record (ld_store_stored_ids()), then
 * one UPDATE (?1 the id, ?2 the record, ?3 the position) or INSERT per
 * child in the record's order (ld_store_prepare_child_row(), bind the
 * rest, ld_store_finish_child_row()), then a DELETE of the stored rows
 * left over (ld_store_delete_left()). Updating in place keeps the ids, and
 * with them what hangs off a row and a quiet audit trail. */

/* The ids of the rows of record @owner_id that @sql (?1 the owner)
 * selects, as an id set; NULL with @error set on failure. */
GHashTable   *ld_store_stored_ids (LdDatabase  *db,
                                   const char  *sql,
                                   gint64       owner_id,
                                   GError     **error);

/* Prepares the UPDATE of row @id when it is one of @stored (removing it
 * from the set, so what is left at the end is to delete), else the
 * INSERT (with @id kept when @keep_ids, to restore a deleted record), and
 * binds ?1 … ?3. Sets *@out_update. */
sqlite3_stmt *ld_store_prepare_child_row (LdDatabase   *db,
                                          GHashTable   *stored,
                                          const char   *sql_update,
                                          const char   *sql_insert,
                                          gint64        id,
                                          gint64        owner_id,
                                          unsigned      position,
                                          gboolean      keep_ids,
                                          gboolean     *out_update,
                                          GError      **error);

/* Steps @stmt and appends the row's id (the new one after an INSERT) to
 * @ids. */
gboolean      ld_store_finish_child_row (LdDatabase    *db,
                                         sqlite3_stmt  *stmt,
                                         gboolean       update,
                                         gint64         id,
                                         GArray        *ids,
                                         GError       **error);

/* Steps @sql_delete (?1 the id) for every id left in @left. */
gboolean      ld_store_delete_left (LdDatabase  *db,
                                    GHashTable  *left,
                                    const char  *sql_delete,
                                    GError     **error);

G_END_DECLS

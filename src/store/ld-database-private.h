/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For files under src/store/ only: the SQLite handle behind an LdDatabase.
 * Never include this from a public header (the store's API speaks in domain
 * objects and GError, so another backend can be added later).
 *
 * Typical write, inside a transaction so the "changed" signal and the audit
 * trail see one unit:
 *
 *   if (!ld_database_begin (db, error))
 *     return FALSE;
 *   stmt = ld_database_prepare (db, "UPDATE t SET a = ?1 WHERE id = ?2", error);
 *   if (stmt == NULL)
 *     goto fail;
 *   sqlite3_bind_text (stmt, 1, a, -1, SQLITE_TRANSIENT);
 *   sqlite3_bind_int64 (stmt, 2, id);
 *   if (!ld_database_step_done (db, stmt, error))
 *     goto fail;
 *   return ld_database_commit (db, error);
 * fail:
 *   ld_database_rollback (db);
 *   return FALSE;
 */

#include <sqlite3.h>

#include "ld-database.h"

G_BEGIN_DECLS

/* The connection. Owned by @self; never close it. An LdDatabase (and its
 * handle) is used by one thread at a time: a worker thread opens its own
 * LdDatabase on the same path (WAL lets it read while others write). */
sqlite3      *ld_database_get_handle (LdDatabase *self);

/* Returns a prepared statement for @sql from the per-connection cache, reset
 * and with its bindings cleared. Owned by the cache: do not finalize it.
 * @sql should be a constant string (it is the cache key, so SQL built at run
 * time would grow the cache) holding ONE statement.
 * Do not prepare the same SQL again while still stepping through it (the
 * second call would reset the first); finish or reset it first. */
sqlite3_stmt *ld_database_prepare (LdDatabase  *self,
                                   const char  *sql,
                                   GError     **error);

/* sqlite3_step() that turns failures into a GError. Returns SQLITE_ROW or
 * SQLITE_DONE, or another result code with @error set. Use it (or
 * ld_database_step_done) rather than sqlite3_step() for writes, so that a
 * write outside an explicit transaction emits "changed" after it commits. */
int           ld_database_step (LdDatabase    *self,
                                sqlite3_stmt  *stmt,
                                GError       **error);

/* Steps @stmt expecting no rows (INSERT/UPDATE/DELETE), then resets it.
 * A constraint failure is LD_STORE_ERROR_CONSTRAINT. */
gboolean      ld_database_step_done (LdDatabase    *self,
                                     sqlite3_stmt  *stmt,
                                     GError       **error);

/* Runs SQL without parameters (may hold several statements). Never pass
 * text that came from the user: bind it in a prepared statement instead. */
gboolean      ld_database_exec (LdDatabase  *self,
                                const char  *sql,
                                GError     **error);

/* Sets @error from result code @rc and the connection's last error message
 * (@self may be NULL). Constraint failures become LD_STORE_ERROR_CONSTRAINT,
 * SQLITE_READONLY READ_ONLY, SQLITE_CORRUPT CORRUPT, SQLITE_NOTADB
 * NOT_A_DATABASE, SQLITE_CANTOPEN CANNOT_OPEN, anything else FAILED.
 * Always returns FALSE, so it can end a function: `return ld_database_set_error_from_sqlite (…);` */
gboolean      ld_database_set_error_from_sqlite (LdDatabase  *self,
                                                 GError     **error,
                                                 int          rc);

/* TRUE between ld_database_begin() and its matching outermost end. */
gboolean      ld_database_in_transaction (LdDatabase *self);

/* Registers the SQL functions the schema's triggers call (ld_os_user(), the
 * operating-system user for the audit trail) on a connection that was not
 * opened by ld_database_open(), e.g. a raw sqlite3 handle in a test. Without
 * them, writing to an audited table fails with "no such function". */
void          ld_database_register_functions (sqlite3 *handle);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define LD_STORE_ERROR (ld_store_error_quark ())

/* Errors of the storage layer. Messages are translated and say what to do. */
typedef enum
{
  LD_STORE_ERROR_FAILED,          /* any other SQLite failure */
  LD_STORE_ERROR_CANNOT_OPEN,     /* the file or its directory cannot be created or opened */
  LD_STORE_ERROR_READ_ONLY,       /* the file or its directory is not writable */
  LD_STORE_ERROR_NOT_A_DATABASE,  /* the file is not a SQLite database: never touched */
  LD_STORE_ERROR_CORRUPT,         /* quick_check failed: never touched */
  LD_STORE_ERROR_TOO_NEW,         /* written by a newer Legal Desk: never touched */
  LD_STORE_ERROR_NOT_FOUND,       /* no row with that id */
  LD_STORE_ERROR_CONSTRAINT,      /* a constraint refused the change */
} LdStoreError;

GQuark ld_store_error_quark (void);

#define LD_TYPE_DATABASE (ld_database_get_type ())
G_DECLARE_FINAL_TYPE (LdDatabase, ld_database, LD, DATABASE, GObject)

typedef enum
{
  LD_DATABASE_OPEN_DEFAULT   = 0,       /* create if missing, migrate forward */
  LD_DATABASE_OPEN_NO_CREATE = 1 << 0,  /* fail with CANNOT_OPEN if the file does not exist */
  LD_DATABASE_OPEN_READ_ONLY = 1 << 1,  /* open read-only and never migrate (check, inspect) */
} LdDatabaseOpenFlags;

/* $XDG_DATA_HOME/legal-desk/legal-desk.db */
char       *ld_database_default_path (void);

/* Opens (creating with mode 0600 if missing) the database at @path, checks
 * that it is a healthy SQLite file no newer than this program, and applies
 * pending migrations, each in one transaction. A file that fails any check is
 * left byte-for-byte untouched. ":memory:" opens a private in-memory store. */
LdDatabase *ld_database_open (const char          *path,
                              LdDatabaseOpenFlags  flags,
                              GError             **error);

/* ld_database_open() in a worker thread. Checking a large file (PRAGMA
 * quick_check reads all of it) takes a noticeable time: about half a second
 * for 100 000 records. The returned database is then used on the thread
 * that called ld_database_open_finish(). */
void        ld_database_open_async (const char          *path,
                                    LdDatabaseOpenFlags  flags,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
LdDatabase *ld_database_open_finish (GAsyncResult  *result,
                                     GError       **error);

const char *ld_database_get_path (LdDatabase *self);
int         ld_database_get_schema_version (LdDatabase *self);
/* The schema version this program writes (the highest migration it ships). */
int         ld_database_get_latest_schema_version (void);

/* Integrity (PRAGMA integrity_check) and schema version. Each problem found
 * is appended to @problems as a translated sentence; returns TRUE when there
 * are none. */
gboolean    ld_database_check (LdDatabase *self,
                               GPtrArray  *problems,
                               GError    **error);

/* Copies the live database to @dest_path with the SQLite online-backup API;
 * works while other connections read and write. */
gboolean    ld_database_backup (LdDatabase  *self,
                                const char  *dest_path,
                                GError     **error);

/* ld_database_backup() in a worker thread on a connection of its own, so
 * @self stays usable meanwhile. (An in-memory database, which exists only
 * on @self, is copied before this returns.) */
void        ld_database_backup_async (LdDatabase          *self,
                                      const char          *dest_path,
                                      GCancellable        *cancellable,
                                      GAsyncReadyCallback  callback,
                                      gpointer             user_data);
gboolean    ld_database_backup_finish (LdDatabase    *self,
                                       GAsyncResult  *result,
                                       GError       **error);

/* Replaces the database at @db_path with the backup at @backup_path after
 * verifying the backup (a SQLite file, quick_check ok, schema not newer).
 * The replaced file is kept beside it as "<db_path>.before-restore-<time>"
 * and its path returned in @kept_path. Close connections to @db_path first. */
gboolean    ld_database_restore (const char  *db_path,
                                 const char  *backup_path,
                                 char       **kept_path,
                                 GError     **error);

/* Closes the connection now, even while other objects still hold
 * references (the application calls it when it shuts down): the journal is
 * checkpointed and later calls fail with an error. Finalizing closes too. */
void        ld_database_close (LdDatabase *self);

/* Transactions for callers that group several store calls (nesting is
 * counted: only the outermost commit or rollback takes effect). */
gboolean    ld_database_begin (LdDatabase *self, GError **error);
gboolean    ld_database_commit (LdDatabase *self, GError **error);
void        ld_database_rollback (LdDatabase *self);

/* Emitted (on the thread that wrote) after a committed change to @table, so
 * list models can invalidate their caches. Signal: "changed" (const char *table).
 * "closing" is emitted by ld_database_close before the connection closes:
 * objects that prepared statements of their own finalize them then. */

G_END_DECLS

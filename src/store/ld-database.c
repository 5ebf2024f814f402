/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <sqlite3.h>

#include "ld-audit-triggers.h"
#include "ld-database-file.h"
#include "ld-database-stamp.h"
#include "ld-database-private.h"
#include "ld-database.h"
#include "ld-migrations.h"

G_DEFINE_QUARK (ld-store-error-quark, ld_store_error)

#define BUSY_TIMEOUT_MS 5000

struct _LdDatabase
{
  GObject     parent_instance;

  sqlite3    *db;
  char       *path;
  gboolean    read_only;

  GHashTable *statements;     /* SQL text → sqlite3_stmt */

  unsigned    depth;          /* nesting of ld_database_begin() */
  gboolean    inner_rollback; /* an inner level rolled back: the outermost must too */

  GHashTable *written_tables; /* tables changed since the last commit or rollback */
  gboolean    committed;      /* a commit happened since the last flush */
};

G_DEFINE_FINAL_TYPE (LdDatabase, ld_database, G_TYPE_OBJECT)

enum {
  CHANGED,
  CLOSING,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
ld_database_finalize (GObject *object)
{
  LdDatabase *self = LD_DATABASE (object);

  ld_database_close (self);
  g_clear_pointer (&self->statements, g_hash_table_unref);
  g_clear_pointer (&self->written_tables, g_hash_table_unref);
  g_free (self->path);

  G_OBJECT_CLASS (ld_database_parent_class)->finalize (object);
}

void
ld_database_close (LdDatabase *self)
{
  g_return_if_fail (LD_IS_DATABASE (self));

  if (self->db == NULL)
    return;

  /* Owners of their own statements (list models) finalize them now. */
  g_signal_emit (self, signals[CLOSING], 0);

  if (self->depth > 0)
    {
      g_warning ("Database “%s” closed inside a transaction; rolling back", self->path);
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      self->depth = 0;
    }

  /* Statements must be finalized before the connection closes. */
  if (self->statements)
    g_hash_table_remove_all (self->statements);
  /* A clean close of a writable file lets the next open skip quick_check. */
  if (sqlite3_close (self->db) == SQLITE_OK &&
      !self->read_only && self->path && !g_str_equal (self->path, ":memory:"))
    ld_database_stamp_record (self->path);
  else
    g_debug ("The database “%s” still had statements open when it closed", self->path);
  self->db = NULL;
}

static void
ld_database_class_init (LdDatabaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ld_database_finalize;

  /**
   * LdDatabase::changed:
   * @table: the name of a table written by the transaction
   *
   * Emitted after a transaction commits, once for each table it wrote.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);

  signals[CLOSING] =
    g_signal_new ("closing",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
ld_database_init (LdDatabase *self)
{
  self->statements = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                            finalize_statement);
  self->written_tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/* Hooks: collect the written tables; emit only once the commit is done,
 * because a hook must not use the connection. */

static void
update_hook_cb (void          *user_data,
                int            op,
                const char    *db_name,
                const char    *table,
                sqlite3_int64  rowid)
{
  LdDatabase *self = user_data;

  if (!g_hash_table_contains (self->written_tables, table))
    g_hash_table_add (self->written_tables, g_strdup (table));
}

static int
commit_hook_cb (void *user_data)
{
  LdDatabase *self = user_data;

  self->committed = TRUE;
  return 0;
}

static void
rollback_hook_cb (void *user_data)
{
  LdDatabase *self = user_data;

  g_hash_table_remove_all (self->written_tables);
  self->committed = FALSE;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/* Emits "changed" for what the last commit wrote, once the connection is
 * outside any transaction again. */
static void
flush_changed (LdDatabase *self)
{
  g_autofree const char **tables = NULL;
  g_autoptr(GHashTable) written = NULL;
  guint n = 0;

  if (!self->committed || self->depth > 0 || !sqlite3_get_autocommit (self->db))
    return;

  self->committed = FALSE;
  written = g_steal_pointer (&self->written_tables);
  self->written_tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  tables = (const char **) g_hash_table_get_keys_as_array (written, &n);
  g_qsort_with_data (tables, n, sizeof (char *), compare_strings, NULL);
  for (guint i = 0; i < n; i++)
    g_signal_emit (self, signals[CHANGED], 0, tables[i]);
}

/* ld_os_user(): the operating-system user, for the audit trail. */
static void
os_user_func (sqlite3_context *context,
              int              argc,
              sqlite3_value  **argv)
{
  sqlite3_result_text (context, g_get_user_name (), -1, SQLITE_TRANSIENT);
}

static int
register_functions (sqlite3 *handle)
{
  /* Not deterministic (the user may differ between connections), but
   * harmless, so the schema's triggers may call it. */
  return sqlite3_create_function_v2 (handle, "ld_os_user", 0,
                                     SQLITE_UTF8 | SQLITE_INNOCUOUS,
                                     NULL, os_user_func, NULL, NULL, NULL);
}

void
ld_database_register_functions (sqlite3 *handle)
{
  g_return_if_fail (handle != NULL);

  if (register_functions (handle) != SQLITE_OK)
    g_warning ("Could not register the Legal Desk SQL functions: %s", sqlite3_errmsg (handle));
}

gboolean
ld_database_set_error_from_sqlite (LdDatabase  *self,
                                   GError     **error,
                                   int          rc)
{
  const char *detail;
  int code;

  if (self && self->db && sqlite3_errcode (self->db) != SQLITE_OK)
    detail = sqlite3_errmsg (self->db);
  else
    detail = sqlite3_errstr (rc);

  switch (rc & 0xff)
    {
    case SQLITE_CONSTRAINT:
      code = LD_STORE_ERROR_CONSTRAINT;
      g_set_error (error, LD_STORE_ERROR, code,
                   _("The change was refused because it breaks a rule of the database (%s). Check the values and try again."),
                   detail);
      return FALSE;
    case SQLITE_READONLY:
      code = LD_STORE_ERROR_READ_ONLY;
      break;
    case SQLITE_CORRUPT:
      code = LD_STORE_ERROR_CORRUPT;
      break;
    case SQLITE_NOTADB:
      code = LD_STORE_ERROR_NOT_A_DATABASE;
      break;
    case SQLITE_CANTOPEN:
      code = LD_STORE_ERROR_CANNOT_OPEN;
      break;
    default:
      code = LD_STORE_ERROR_FAILED;
      break;
    }

  if (self && self->path)
    g_set_error (error, LD_STORE_ERROR, code, _("Database error in “%s”: %s"), self->path, detail);
  else
    g_set_error (error, LD_STORE_ERROR, code, _("Database error: %s"), detail);
  return FALSE;
}

/* After ld_database_close every call fails with this error. */
static gboolean
ensure_open (LdDatabase  *self,
             GError     **error)
{
  if (self->db != NULL)
    return TRUE;
  g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_FAILED,
               _("The database “%s” is closed."), self->path);
  return FALSE;
}

sqlite3 *
ld_database_get_handle (LdDatabase *self)
{
  g_return_val_if_fail (LD_IS_DATABASE (self), NULL);
  return self->db;
}

sqlite3_stmt *
ld_database_prepare (LdDatabase  *self,
                     const char  *sql,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  if (!ensure_open (self, error))
    return NULL;

  flush_changed (self);

  stmt = g_hash_table_lookup (self->statements, sql);
  if (stmt)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }

  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      ld_database_set_error_from_sqlite (self, error, rc);
      return NULL;
    }
  if (stmt == NULL)
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_FAILED,
                   "Empty SQL statement: “%s”", sql);
      return NULL;
    }

  g_hash_table_insert (self->statements, g_strdup (sql), stmt);
  return stmt;
}

int
ld_database_step (LdDatabase    *self,
                  sqlite3_stmt  *stmt,
                  GError       **error)
{
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (self), SQLITE_MISUSE);
  g_return_val_if_fail (stmt != NULL, SQLITE_MISUSE);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      /* An autocommit write is committed once it is done, but only a reset
       * lets go of it; the "changed" handlers may run any query. */
      sqlite3_reset (stmt);
      flush_changed (self);
    }
  else if (rc != SQLITE_ROW)
    {
      ld_database_set_error_from_sqlite (self, error, sqlite3_extended_errcode (self->db));
      sqlite3_reset (stmt);
    }
  return rc;
}

gboolean
ld_database_step_done (LdDatabase    *self,
                       sqlite3_stmt  *stmt,
                       GError       **error)
{
  int rc;

  rc = ld_database_step (self, stmt, error);
  if (rc == SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      flush_changed (self);
      return TRUE;
    }
  return rc == SQLITE_DONE;
}

gboolean
ld_database_exec (LdDatabase  *self,
                  const char  *sql,
                  GError     **error)
{
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (self), FALSE);

  if (!ensure_open (self, error))
    return FALSE;
  rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    return ld_database_set_error_from_sqlite (self, error, sqlite3_extended_errcode (self->db));
  flush_changed (self);
  return TRUE;
}

gboolean
ld_database_in_transaction (LdDatabase *self)
{
  g_return_val_if_fail (LD_IS_DATABASE (self), FALSE);
  return self->depth > 0;
}

gboolean
ld_database_begin (LdDatabase  *self,
                   GError     **error)
{
  g_return_val_if_fail (LD_IS_DATABASE (self), FALSE);

  if (self->depth == 0)
    {
      /* IMMEDIATE takes the write lock now, so a later write cannot fail
       * with SQLITE_BUSY halfway through (WAL has one writer at a time). */
      if (!ld_database_exec (self, self->read_only ? "BEGIN" : "BEGIN IMMEDIATE", error))
        return FALSE;
      self->inner_rollback = FALSE;
    }
  self->depth++;
  return TRUE;
}

gboolean
ld_database_commit (LdDatabase  *self,
                    GError     **error)
{
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (self->depth > 0, FALSE);

  if (--self->depth > 0)
    return TRUE;

  if (self->inner_rollback)
    {
      self->inner_rollback = FALSE;
      sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_FAILED,
                   _("Nothing was saved because part of the change failed. Correct the problem and try again."));
      return FALSE;
    }

  /* SQLite rolls back by itself after some errors (disk full, I/O). */
  if (sqlite3_get_autocommit (self->db))
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_FAILED,
                   _("Nothing was saved because the database cancelled the change after an error. Try again."));
      return FALSE;
    }

  rc = sqlite3_exec (self->db, "COMMIT", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      ld_database_set_error_from_sqlite (self, error, sqlite3_extended_errcode (self->db));
      if (!sqlite3_get_autocommit (self->db))
        sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
      return FALSE;
    }

  flush_changed (self);
  return TRUE;
}

void
ld_database_rollback (LdDatabase *self)
{
  g_return_if_fail (LD_IS_DATABASE (self));
  g_return_if_fail (self->depth > 0);

  if (--self->depth > 0)
    {
      self->inner_rollback = TRUE;
      return;
    }

  self->inner_rollback = FALSE;
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  g_hash_table_remove_all (self->written_tables);
  self->committed = FALSE;
}

char *
ld_database_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "legal-desk", "legal-desk.db", NULL);
}

const char *
ld_database_get_path (LdDatabase *self)
{
  g_return_val_if_fail (LD_IS_DATABASE (self), NULL);
  return self->path;
}

int
ld_database_get_schema_version (LdDatabase *self)
{
  sqlite3_stmt *stmt;
  int version = -1;

  g_return_val_if_fail (LD_IS_DATABASE (self), -1);

  stmt = ld_database_prepare (self, "PRAGMA user_version", NULL);
  if (stmt && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  if (stmt)
    sqlite3_reset (stmt);
  return version;
}

int
ld_database_get_latest_schema_version (void)
{
  return ld_migrations_get_latest_version ();
}

/* Connection settings every LdDatabase gets. */
static gboolean
configure_connection (LdDatabase  *self,
                      GError     **error)
{
  int rc;

  sqlite3_extended_result_codes (self->db, 1);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);

  rc = register_functions (self->db);
  if (rc != SQLITE_OK)
    return ld_database_set_error_from_sqlite (self, error, rc);

  if (!ld_database_exec (self,
                         "PRAGMA foreign_keys = ON;"
                         "PRAGMA synchronous = NORMAL;",
                         error))
    return FALSE;

  if (!self->read_only)
    {
      sqlite3_stmt *stmt;
      const char *mode;

      stmt = ld_database_prepare (self, "PRAGMA journal_mode = WAL", error);
      if (stmt == NULL)
        return FALSE;
      if (sqlite3_step (stmt) != SQLITE_ROW)
        {
          ld_database_set_error_from_sqlite (self, error, sqlite3_extended_errcode (self->db));
          sqlite3_reset (stmt);
          return FALSE;
        }
      mode = (const char *) sqlite3_column_text (stmt, 0);
      if (g_strcmp0 (mode, "wal") != 0 && g_strcmp0 (mode, "memory") != 0)
        g_debug ("“%s” uses journal mode %s, not WAL", self->path, mode);
      sqlite3_reset (stmt);
    }

  sqlite3_update_hook (self->db, update_hook_cb, self);
  sqlite3_commit_hook (self->db, commit_hook_cb, self);
  sqlite3_rollback_hook (self->db, rollback_hook_cb, self);
  return TRUE;
}

LdDatabase *
ld_database_open (const char          *path,
                  LdDatabaseOpenFlags  flags,
                  GError             **error)
{
  g_autoptr(LdDatabase) self = NULL;
  gboolean in_memory;
  gboolean read_only;
  int open_flags;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  in_memory = g_str_equal (path, ":memory:");
  read_only = (flags & LD_DATABASE_OPEN_READ_ONLY) != 0;

  /* Every check before SQLite opens the file for writing: a file that is
   * refused must stay byte-for-byte what it was. */
  if (!in_memory)
    {
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          if (!ld_database_file_validate (path, !read_only, error))
            return NULL;
          if (!read_only && !ld_database_file_check_writable (path, error))
            return NULL;
          if (!read_only)
            ld_database_stamp_forget (path);
        }
      else if (read_only || (flags & LD_DATABASE_OPEN_NO_CREATE))
        {
          g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CANNOT_OPEN,
                       _("The database “%s” does not exist. Check the path or create it by opening Legal Desk."),
                       path);
          return NULL;
        }
      else if (!ld_database_file_create (path, error))
        return NULL;
    }

  self = g_object_new (LD_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);
  self->read_only = read_only;

  if (in_memory)
    open_flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_MEMORY;
  else if (read_only)
    open_flags = SQLITE_OPEN_READONLY;
  else
    open_flags = SQLITE_OPEN_READWRITE; /* the file exists: never let SQLite create it */

  rc = sqlite3_open_v2 (path, &self->db, open_flags, NULL);
  if (rc != SQLITE_OK)
    {
      if ((rc & 0xff) == SQLITE_CANTOPEN || (rc & 0xff) == SQLITE_PERM)
        g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CANNOT_OPEN,
                     _("Cannot open the database “%s” (%s). Check that the file and its folder can be read and written."),
                     path, sqlite3_errstr (rc));
      else
        ld_database_set_error_from_sqlite (self, error, rc);
      return NULL;
    }

  if (!read_only && sqlite3_db_readonly (self->db, "main") == 1)
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_READ_ONLY,
                   _("The database “%s” is read-only. Make the file and its folder writable, or open it read-only."),
                   path);
      return NULL;
    }

  if (!configure_connection (self, error))
    return NULL;

  if (!read_only)
    {
      if (!ld_migrations_apply (self, error))
        return NULL;
      if (!ld_audit_triggers_ensure (self, error))
        return NULL;
    }

  /* Nobody could listen to what opening wrote. */
  g_hash_table_remove_all (self->written_tables);
  self->committed = FALSE;

  return g_steal_pointer (&self);
}

typedef struct
{
  char                *path;
  LdDatabaseOpenFlags  flags;
} OpenData;

static void
open_data_free (OpenData *data)
{
  g_free (data->path);
  g_free (data);
}

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenData *data = task_data;
  GError *error = NULL;
  LdDatabase *db;

  if (g_task_return_error_if_cancelled (task))
    return;

  db = ld_database_open (data->path, data->flags, &error);
  if (db)
    g_task_return_pointer (task, db, g_object_unref);
  else
    g_task_return_error (task, error);
}

void
ld_database_open_async (const char          *path,
                        LdDatabaseOpenFlags  flags,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  OpenData *data;

  g_return_if_fail (path != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ld_database_open_async);
  data = g_new0 (OpenData, 1);
  data->path = g_strdup (path);
  data->flags = flags;
  g_task_set_task_data (task, data, (GDestroyNotify) open_data_free);
  g_task_run_in_thread (task, open_thread);
}

LdDatabase *
ld_database_open_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Appends the foreign-key problems of the database to @problems. */
static gboolean
check_foreign_keys (LdDatabase  *self,
                    GPtrArray   *problems,
                    GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  stmt = ld_database_prepare (self,
                              "SELECT \"table\", count(*) FROM pragma_foreign_key_check "
                              "GROUP BY \"table\" ORDER BY \"table\"",
                              error);
  if (stmt == NULL)
    return FALSE;

  while ((rc = ld_database_step (self, stmt, error)) == SQLITE_ROW)
    {
      const char *table = (const char *) sqlite3_column_text (stmt, 0);
      int n = sqlite3_column_int (stmt, 1);

      g_ptr_array_add (problems,
                       g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                     "%d record in “%s” refers to a record that no longer exists.",
                                                     "%d records in “%s” refer to records that no longer exist.",
                                                     n),
                                        n, table));
    }
  return rc == SQLITE_DONE;
}

gboolean
ld_database_check (LdDatabase  *self,
                   GPtrArray   *problems,
                   GError     **error)
{
  sqlite3_stmt *stmt;
  guint n_before;
  int version, latest;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (problems != NULL, FALSE);

  n_before = problems->len;

  stmt = ld_database_prepare (self, "PRAGMA integrity_check", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        g_ptr_array_add (problems,
                         g_strdup_printf (_("The database file is damaged: %s. Restore it from a backup."),
                                          line));
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      if ((rc & 0xff) != SQLITE_CORRUPT && (rc & 0xff) != SQLITE_NOTADB)
        return ld_database_set_error_from_sqlite (self, error, rc);
      g_ptr_array_add (problems,
                       g_strdup_printf (_("The database file is damaged: %s. Restore it from a backup."),
                                        sqlite3_errstr (rc)));
      return FALSE; /* nothing more can be read */
    }

  version = ld_database_get_schema_version (self);
  latest = ld_database_get_latest_schema_version ();
  if (version > latest)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("The database has schema version %d, but this version of Legal Desk knows only up to %d. Update Legal Desk."),
                                      version, latest));
  else if (version < latest)
    g_ptr_array_add (problems,
                     g_strdup_printf (_("The database has schema version %d; this version of Legal Desk uses %d. Open it once in Legal Desk (not read-only) to update it."),
                                      version, latest));

  if (version == latest)
    {
      gboolean complete = TRUE;

      if (!check_foreign_keys (self, problems, error))
        return FALSE;
      if (!ld_audit_triggers_check (self, &complete, error))
        return FALSE;
      if (!complete)
        g_ptr_array_add (problems,
                         g_strdup (_("Some tables do not record their changes in the audit trail. Open the database once in Legal Desk (not read-only) to repair this.")));
    }

  return problems->len == n_before;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-store"

#include "config.h"

#include "ld-core-error.h"
#include "ld-field-issue.h"
#include "ld-store-records-private.h"
#include "ld-store-values-private.h"

gboolean
ld_store_next_seq (LdDatabase  *db,
                   const char  *sql,
                   int          year,
                   int         *out_seq,
                   GError     **error)
{
  sqlite3_stmt *stmt = ld_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  if (ld_database_step (db, stmt, error) != SQLITE_ROW)
    return FALSE;
  *out_seq = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return TRUE;
}

gboolean
ld_store_query_exists (LdDatabase  *db,
                       const char  *sql,
                       gint64       id,
                       const char  *text,
                       gboolean    *out,
                       GError     **error)
{
  sqlite3_stmt *stmt = ld_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, id);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_STATIC);
  if (ld_database_step (db, stmt, error) != SQLITE_ROW)
    return FALSE;
  *out = sqlite3_column_int (stmt, 0) != 0;
  sqlite3_reset (stmt);
  return TRUE;
}

GStrv
ld_store_list_texts (LdDatabase  *db,
                     const char  *sql,
                     GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt = ld_database_prepare (db, sql, error);
  int rc;

  if (stmt == NULL)
    return NULL;
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    g_strv_builder_add (builder, ld_store_column_text (stmt, 0));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return NULL;
  return g_strv_builder_end (builder);
}

gboolean
ld_store_run_for_id (LdDatabase  *db,
                     const char  *sql,
                     gint64       id,
                     GError     **error)
{
  sqlite3_stmt *stmt = ld_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  if (sqlite3_bind_parameter_count (stmt) > 0)
    sqlite3_bind_int64 (stmt, 1, id);
  return ld_database_step_done (db, stmt, error);
}

static const char sql_keep_attachments[] =
  "UPDATE attachments SET record_table = ?1 || '" LD_STORE_KEPT_SUFFIX "' "
  "WHERE record_table = ?1 AND record_id = ?2";

static const char sql_restore_attachments[] =
  "UPDATE attachments SET record_table = ?1 "
  "WHERE record_table = ?1 || '" LD_STORE_KEPT_SUFFIX "' AND record_id = ?2";

static const char sql_purge_kept_attachments[] =
  "DELETE FROM attachments WHERE record_table = ?1 || '" LD_STORE_KEPT_SUFFIX "'";

static gboolean
move_attachments (LdDatabase  *db,
                  const char  *sql,
                  const char  *record_table,
                  gint64       record_id,
                  GError     **error)
{
  sqlite3_stmt *stmt = ld_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, record_table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, record_id);
  return ld_database_step_done (db, stmt, error);
}

gboolean
ld_store_keep_attachments (LdDatabase  *db,
                           const char  *record_table,
                           gint64       record_id,
                           GError     **error)
{
  return move_attachments (db, sql_keep_attachments, record_table, record_id, error);
}

gboolean
ld_store_restore_attachments (LdDatabase  *db,
                              const char  *record_table,
                              gint64       record_id,
                              GError     **error)
{
  return move_attachments (db, sql_restore_attachments, record_table, record_id, error);
}

gboolean
ld_store_purge_kept_attachments (LdDatabase          *db,
                                 const char * const  *record_tables,
                                 GError             **error)
{
  if (!ld_database_begin (db, error))
    return FALSE;
  for (unsigned i = 0; record_tables[i] != NULL; i++)
    {
      sqlite3_stmt *stmt = ld_database_prepare (db, sql_purge_kept_attachments, error);

      if (stmt == NULL)
        goto fail;
      sqlite3_bind_text (stmt, 1, record_tables[i], -1, SQLITE_TRANSIENT);
      if (!ld_database_step_done (db, stmt, error))
        goto fail;
    }
  return ld_database_commit (db, error);

fail:
  ld_database_rollback (db);
  return FALSE;
}

gboolean
ld_store_set_invalid_error (GPtrArray   *issues,
                            const char  *incomplete,
                            GError     **error)
{
  for (unsigned i = 0; i < issues->len; i++)
    {
      LdFieldIssue *issue = g_ptr_array_index (issues, i);

      if (issue->severity == LD_ISSUE_ERROR)
        {
          g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID, issue->message);
          return FALSE;
        }
    }
  g_set_error_literal (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID, incomplete);
  return FALSE;
}

GHashTable *
ld_store_id_set_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

gboolean
ld_store_collect_ids (LdDatabase    *db,
                      sqlite3_stmt  *stmt,
                      GHashTable    *ids,
                      GError       **error)
{
  int rc;

  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      gint64 *id = g_new (gint64, 1);

      *id = sqlite3_column_int64 (stmt, 0);
      g_hash_table_add (ids, id);
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

GHashTable *
ld_store_stored_ids (LdDatabase  *db,
                     const char  *sql,
                     gint64       owner_id,
                     GError     **error)
{
  g_autoptr(GHashTable) ids = ld_store_id_set_new ();
  sqlite3_stmt *stmt;

  stmt = ld_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, owner_id);
  if (!ld_store_collect_ids (db, stmt, ids, error))
    return NULL;
  return g_steal_pointer (&ids);
}

sqlite3_stmt *
ld_store_prepare_child_row (LdDatabase   *db,
                            GHashTable   *stored,
                            const char   *sql_update,
                            const char   *sql_insert,
                            gint64        id,
                            gint64        owner_id,
                            unsigned      position,
                            gboolean      keep_ids,
                            gboolean     *out_update,
                            GError      **error)
{
  gboolean update = id > 0 && g_hash_table_remove (stored, &id);
  sqlite3_stmt *stmt = ld_database_prepare (db, update ? sql_update : sql_insert, error);

  *out_update = update;
  if (stmt == NULL)
    return NULL;
  if (update || (keep_ids && id > 0))
    sqlite3_bind_int64 (stmt, 1, id);
  sqlite3_bind_int64 (stmt, 2, owner_id);
  sqlite3_bind_int (stmt, 3, (int) position);
  return stmt;
}

gboolean
ld_store_finish_child_row (LdDatabase    *db,
                           sqlite3_stmt  *stmt,
                           gboolean       update,
                           gint64         id,
                           GArray        *ids,
                           GError       **error)
{
  if (!ld_database_step_done (db, stmt, error))
    return FALSE;
  if (!update)
    id = sqlite3_last_insert_rowid (ld_database_get_handle (db));
  g_array_append_val (ids, id);
  return TRUE;
}

gboolean
ld_store_delete_left (LdDatabase  *db,
                      GHashTable  *left,
                      const char  *sql_delete,
                      GError     **error)
{
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, left);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      sqlite3_stmt *stmt = ld_database_prepare (db, sql_delete, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, *(gint64 *) key);
      if (!ld_database_step_done (db, stmt, error))
        return FALSE;
    }
  return TRUE;
}

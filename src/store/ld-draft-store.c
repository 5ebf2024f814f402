/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-draft-store"

#include "config.h"

#include "ld-database-private.h"
#include "ld-draft-store.h"

/* Millisecond stamps, so that two saves in one second still list in order. */
static const char sql_save[] =
  "INSERT INTO drafts (kind, record_id, data, updated_at) "
  "VALUES (?1, ?2, ?3, strftime ('%Y-%m-%dT%H:%M:%fZ', 'now')) "
  "ON CONFLICT (kind, record_id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at";

static const char sql_load[] =
  "SELECT data FROM drafts WHERE kind = ?1 AND record_id = ?2";

static const char sql_discard[] =
  "DELETE FROM drafts WHERE kind = ?1 AND record_id = ?2";

static const char sql_list[] =
  "SELECT record_id FROM drafts WHERE kind = ?1 ORDER BY updated_at DESC, record_id";

gboolean
ld_draft_store_save (LdDatabase  *db,
                     const char  *kind,
                     gint64       record_id,
                     GBytes      *data,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  gsize size;
  gboolean saved;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (kind != NULL && *kind != '\0', FALSE);
  g_return_val_if_fail (record_id >= 0, FALSE);
  g_return_val_if_fail (data != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ld_database_begin (db, error))
    return FALSE;
  stmt = ld_database_prepare (db, sql_save, error);
  if (stmt == NULL)
    {
      ld_database_rollback (db);
      return FALSE;
    }
  size = g_bytes_get_size (data);
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, record_id);
  sqlite3_bind_blob64 (stmt, 3, size > 0 ? g_bytes_get_data (data, NULL) : "", size, SQLITE_STATIC);
  saved = ld_database_step_done (db, stmt, error);
  /* Do not leave a pointer to the caller's buffer in the cached statement. */
  sqlite3_clear_bindings (stmt);
  if (!saved)
    {
      ld_database_rollback (db);
      return FALSE;
    }
  return ld_database_commit (db, error);
}

GBytes *
ld_draft_store_load (LdDatabase  *db,
                     const char  *kind,
                     gint64       record_id,
                     GError     **error)
{
  GBytes *data = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ld_database_prepare (db, sql_load, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, record_id);
  if (ld_database_step (db, stmt, error) == SQLITE_ROW)
    data = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  sqlite3_reset (stmt);
  return data;
}

gboolean
ld_draft_store_discard (LdDatabase  *db,
                        const char  *kind,
                        gint64       record_id,
                        GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ld_database_begin (db, error))
    return FALSE;
  stmt = ld_database_prepare (db, sql_discard, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, record_id);
  if (!ld_database_step_done (db, stmt, error))
    goto fail;
  return ld_database_commit (db, error);

fail:
  ld_database_rollback (db);
  return FALSE;
}

GArray *
ld_draft_store_list (LdDatabase  *db,
                     const char  *kind,
                     GError     **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (kind != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ld_database_prepare (db, sql_list, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_TRANSIENT);
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return NULL;
  return g_steal_pointer (&ids);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-attachment-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-attachment-store.h"
#include "ld-database-private.h"
#include "ld-store-records-private.h"

#define COLUMNS "id, record_table, record_id, file_name, content_type, size, sha256, added_at"

static const char sql_list[] =
  "SELECT " COLUMNS " FROM attachments WHERE record_table = ?1 AND record_id = ?2 ORDER BY id";

static const char sql_get[] =
  "SELECT " COLUMNS " FROM attachments WHERE id = ?1";

static const char sql_get_bytes[] =
  "SELECT data FROM attachments WHERE id = ?1";

static const char sql_insert[] =
  "INSERT INTO attachments (record_table, record_id, file_name, content_type, size, sha256, data, added_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, strftime ('%Y-%m-%dT%H:%M:%SZ', 'now'))";

static const char sql_delete[] =
  "DELETE FROM attachments WHERE id = ?1";

static LdAttachment *
attachment_from_row (sqlite3_stmt *stmt)
{
  const char *added_at_text = (const char *) sqlite3_column_text (stmt, 7);
  g_autoptr(GDateTime) added_at = NULL;

  if (added_at_text != NULL)
    added_at = g_date_time_new_from_iso8601 (added_at_text, NULL);
  return ld_attachment_new (sqlite3_column_int64 (stmt, 0),
                            (const char *) sqlite3_column_text (stmt, 1),
                            sqlite3_column_int64 (stmt, 2),
                            (const char *) sqlite3_column_text (stmt, 3),
                            (const char *) sqlite3_column_text (stmt, 4),
                            sqlite3_column_int64 (stmt, 5),
                            (const char *) sqlite3_column_text (stmt, 6),
                            added_at);
}

static void
set_not_found (GError **error,
               gint64   id)
{
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

  g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND,
               _("There is no attachment with id %s. It may have been removed."), id_text);
}

GPtrArray *
ld_attachment_store_list (LdDatabase  *db,
                          const char  *record_table,
                          gint64       record_id,
                          GError     **error)
{
  g_autoptr(GPtrArray) attachments = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (record_table != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ld_database_prepare (db, sql_list, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, record_table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, record_id);
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (attachments, attachment_from_row (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return NULL;
  return g_steal_pointer (&attachments);
}

gint64
ld_attachment_store_add (LdDatabase  *db,
                         const char  *record_table,
                         gint64       record_id,
                         const char  *file_name,
                         const char  *content_type,
                         GBytes      *bytes,
                         GError     **error)
{
  g_autofree char *base_name = NULL;
  g_autofree char *sha256 = NULL;
  sqlite3_stmt *stmt;
  gsize size;
  gint64 id;

  g_return_val_if_fail (LD_IS_DATABASE (db), 0);
  g_return_val_if_fail (record_table != NULL && *record_table != '\0', 0);
  g_return_val_if_fail (file_name != NULL, 0);
  g_return_val_if_fail (bytes != NULL, 0);
  g_return_val_if_fail (error == NULL || *error == NULL, 0);

  /* A path would say where the file was on one computer; keep its name. */
  base_name = g_path_get_basename (file_name);
  if (*file_name == '\0' || g_strcmp0 (base_name, ".") == 0 || g_strcmp0 (base_name, G_DIR_SEPARATOR_S) == 0)
    {
      g_set_error_literal (error, LD_STORE_ERROR, LD_STORE_ERROR_CONSTRAINT,
                           _("An attachment needs a file name."));
      return 0;
    }
  if (content_type == NULL || *content_type == '\0')
    content_type = "application/octet-stream";

  size = g_bytes_get_size (bytes);
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, bytes);

  if (!ld_database_begin (db, error))
    return 0;
  stmt = ld_database_prepare (db, sql_insert, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, record_table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, record_id);
  sqlite3_bind_text (stmt, 3, base_name, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 4, content_type, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 5, (sqlite3_int64) size);
  sqlite3_bind_text (stmt, 6, sha256, -1, SQLITE_TRANSIENT);
  /* A zero-length blob rather than NULL for an empty file. */
  sqlite3_bind_blob64 (stmt, 7, size > 0 ? g_bytes_get_data (bytes, NULL) : "", size, SQLITE_STATIC);
  if (!ld_database_step_done (db, stmt, error))
    {
      sqlite3_clear_bindings (stmt);
      goto fail;
    }
  /* Do not leave a pointer to the caller's buffer in the cached statement. */
  sqlite3_clear_bindings (stmt);
  id = sqlite3_last_insert_rowid (ld_database_get_handle (db));
  if (!ld_database_commit (db, error))
    return 0;
  return id;

fail:
  ld_database_rollback (db);
  return 0;
}

LdAttachment *
ld_attachment_store_get (LdDatabase  *db,
                         gint64       attachment_id,
                         GError     **error)
{
  LdAttachment *attachment = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ld_database_prepare (db, sql_get, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, attachment_id);
  rc = ld_database_step (db, stmt, error);
  if (rc == SQLITE_ROW)
    attachment = attachment_from_row (stmt);
  else if (rc == SQLITE_DONE)
    set_not_found (error, attachment_id);
  sqlite3_reset (stmt);
  return attachment;
}

GBytes *
ld_attachment_store_get_bytes (LdDatabase  *db,
                               gint64       attachment_id,
                               GError     **error)
{
  GBytes *bytes = NULL;
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ld_database_prepare (db, sql_get_bytes, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, attachment_id);
  rc = ld_database_step (db, stmt, error);
  if (rc == SQLITE_ROW)
    bytes = g_bytes_new (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0));
  else if (rc == SQLITE_DONE)
    set_not_found (error, attachment_id);
  sqlite3_reset (stmt);
  return bytes;
}

gboolean
ld_attachment_store_remove (LdDatabase  *db,
                            gint64       attachment_id,
                            GError     **error)
{
  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ld_database_begin (db, error))
    return FALSE;
  if (!ld_store_run_for_id (db, sql_delete, attachment_id, error))
    goto fail;
  if (sqlite3_changes (ld_database_get_handle (db)) == 0)
    {
      set_not_found (error, attachment_id);
      goto fail;
    }
  return ld_database_commit (db, error);

fail:
  ld_database_rollback (db);
  return FALSE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-issued-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-database-private.h"
#include "ld-doc-number.h"
#include "ld-issued-store.h"
#include "ld-settings-store.h"

/* The columns every query reads, in the order document_from_row() expects. */
#define COLUMNS \
  "id, kind, year, seq, number, record_table, record_id, title, sha256, issued_at, issued_by"

/* Takes the next number and moves the counter in one statement, so the write
 * lock is held from the start and a rollback returns the number. */
static const char sql_next_seq[] =
  "INSERT INTO document_counters (kind, year, last_seq) VALUES (?1, ?2, 1) "
  "ON CONFLICT (kind, year) DO UPDATE SET last_seq = last_seq + 1 "
  "RETURNING last_seq";

static const char sql_insert[] =
  "INSERT INTO issued_documents "
  "(kind, year, seq, number, record_table, record_id, title, pdf, sha256, issued_at, issued_by) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";

/* Newest first is issue order: the write lock serialises issuing, so ids
 * grow with it (the clock may not), and the rowid needs no sort. */
static const char sql_list[] =
  "SELECT " COLUMNS " FROM issued_documents "
  "ORDER BY id DESC LIMIT ?1 OFFSET ?2";

static const char sql_count[] =
  "SELECT count(*) FROM issued_documents";

static const char sql_list_for_record[] =
  "SELECT " COLUMNS " FROM issued_documents "
  "WHERE record_table = ?1 AND record_id = ?2 ORDER BY id DESC";

static const char sql_get_by_number[] =
  "SELECT " COLUMNS " FROM issued_documents WHERE number = ?1";

static const char sql_get_by_number_pdf[] =
  "SELECT " COLUMNS ", pdf FROM issued_documents WHERE number = ?1";

static const char sql_get[] =
  "SELECT " COLUMNS " FROM issued_documents WHERE id = ?1";

static const char sql_get_pdf[] =
  "SELECT " COLUMNS ", pdf FROM issued_documents WHERE id = ?1";

static const char sql_verify[] =
  "SELECT number, sha256, pdf FROM issued_documents ORDER BY id";

static char *
column_dup_text (sqlite3_stmt *stmt,
                 int           column)
{
  return g_strdup ((const char *) sqlite3_column_text (stmt, column));
}

/* Builds a document from a row of COLUMNS (plus the pdf as the last column
 * when @with_pdf). */
static LdIssuedDocument *
document_from_row (sqlite3_stmt  *stmt,
                   gboolean       with_pdf,
                   GError       **error)
{
  const char *kind_id = (const char *) sqlite3_column_text (stmt, 1);
  const char *issued_at_text = (const char *) sqlite3_column_text (stmt, 9);
  LdDocumentKind kind;
  g_autoptr(GDateTime) issued_at = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *number = column_dup_text (stmt, 4);

  if (kind_id == NULL || !ld_document_kind_from_id (kind_id, &kind))
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_FAILED,
                   _("The issued document “%s” has an unknown kind “%s”. Update Legal Desk."),
                   number, kind_id ? kind_id : "");
      return NULL;
    }

  if (issued_at_text != NULL)
    issued_at = g_date_time_new_from_iso8601 (issued_at_text, NULL);
  if (issued_at == NULL)
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CORRUPT,
                   _("The issued document “%s” has an unreadable issue time."), number);
      return NULL;
    }

  if (with_pdf)
    {
      const void *data = sqlite3_column_blob (stmt, 11);
      int size = sqlite3_column_bytes (stmt, 11);

      pdf = g_bytes_new (data, size);
    }

  return g_object_new (LD_TYPE_ISSUED_DOCUMENT,
                       "id", sqlite3_column_int64 (stmt, 0),
                       "kind", (int) kind,
                       "year", sqlite3_column_int (stmt, 2),
                       "seq", sqlite3_column_int (stmt, 3),
                       "number", number,
                       "record-table", (const char *) sqlite3_column_text (stmt, 5),
                       "record-id", sqlite3_column_int64 (stmt, 6),
                       "title", (const char *) sqlite3_column_text (stmt, 7),
                       "sha256", (const char *) sqlite3_column_text (stmt, 8),
                       "issued-at", issued_at,
                       "issued-by", (const char *) sqlite3_column_text (stmt, 10),
                       "pdf", pdf,
                       NULL);
}

/* Steps @stmt to the end, collecting one document per row. */
static GPtrArray *
collect_documents (LdDatabase    *db,
                   sqlite3_stmt  *stmt,
                   GError       **error)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      LdIssuedDocument *document = document_from_row (stmt, FALSE, error);

      if (document == NULL)
        {
          sqlite3_reset (stmt);
          return NULL;
        }
      g_ptr_array_add (documents, document);
    }
  sqlite3_reset (stmt);

  if (rc != SQLITE_DONE)
    return NULL;
  return g_steal_pointer (&documents);
}

static char *
format_now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

/* Takes the next sequence number of @kind in @year (inside a transaction). */
static int
next_seq (LdDatabase      *db,
          LdDocumentKind   kind,
          int              year,
          GError         **error)
{
  sqlite3_stmt *stmt;
  int seq;

  stmt = ld_database_prepare (db, sql_next_seq, error);
  if (stmt == NULL)
    return -1;
  sqlite3_bind_text (stmt, 1, ld_document_kind_to_id (kind), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, year);
  if (ld_database_step (db, stmt, error) != SQLITE_ROW)
    {
      sqlite3_reset (stmt);
      return -1;
    }
  seq = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return seq;
}

LdIssuedDocument *
ld_issued_store_issue (LdDatabase         *db,
                       LdDocumentKind      kind,
                       int                 year,
                       const char         *record_table,
                       gint64              record_id,
                       const char         *title,
                       LdIssueRenderFunc   render,
                       gpointer            user_data,
                       GError            **error)
{
  g_autoptr(LdOrgSettings) settings = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *number = NULL;
  g_autofree char *sha256 = NULL;
  g_autofree char *issued_at = NULL;
  g_autoptr(GDateTime) issued_at_time = NULL;
  const char *issued_by = g_get_user_name ();
  sqlite3_stmt *stmt;
  gboolean inserted;
  gint64 id;
  int seq;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (kind < LD_N_DOCUMENT_KINDS, NULL);
  g_return_val_if_fail (year >= 1 && year <= 9999, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (render != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!ld_database_begin (db, error))
    return NULL;

  seq = next_seq (db, kind, year, error);
  if (seq < 0)
    goto fail;

  settings = ld_settings_store_load (db, error);
  if (settings == NULL)
    goto fail;
  number = ld_doc_number_format (ld_org_settings_get_number_prefix (settings, kind), year, seq);

  pdf = render (number, user_data, error);
  if (pdf == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_FAILED,
                     _("The document “%s” could not be rendered."), number);
      goto fail;
    }
  if (g_bytes_get_size (pdf) == 0)
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_FAILED,
                   _("The document “%s” rendered to nothing and was not issued."), number);
      goto fail;
    }

  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
  issued_at = format_now_utc ();

  stmt = ld_database_prepare (db, sql_insert, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_text (stmt, 1, ld_document_kind_to_id (kind), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_int (stmt, 3, seq);
  sqlite3_bind_text (stmt, 4, number, -1, SQLITE_STATIC);
  if (record_table != NULL)
    {
      sqlite3_bind_text (stmt, 5, record_table, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 6, record_id);
    }
  sqlite3_bind_text (stmt, 7, title, -1, SQLITE_STATIC);
  sqlite3_bind_blob64 (stmt, 8, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, sha256, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, issued_at, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, issued_by, -1, SQLITE_STATIC);
  inserted = ld_database_step_done (db, stmt, error);
  /* Do not leave pointers to our buffers in the cached statement. */
  sqlite3_clear_bindings (stmt);
  if (!inserted)
    goto fail;
  id = sqlite3_last_insert_rowid (ld_database_get_handle (db));

  /* A failed commit has already rolled back (and ended our nesting level). */
  if (!ld_database_commit (db, error))
    return NULL;

  issued_at_time = g_date_time_new_from_iso8601 (issued_at, NULL);
  return g_object_new (LD_TYPE_ISSUED_DOCUMENT,
                       "id", id,
                       "kind", (int) kind,
                       "year", year,
                       "seq", seq,
                       "number", number,
                       "record-table", record_table,
                       "record-id", record_table != NULL ? record_id : 0,
                       "title", title,
                       "sha256", sha256,
                       "issued-at", issued_at_time,
                       "issued-by", issued_by,
                       "pdf", pdf,
                       NULL);

fail:
  ld_database_rollback (db);
  return NULL;
}

GPtrArray *
ld_issued_store_list_range (LdDatabase  *db,
                            int          offset,
                            int          limit,
                            GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (offset >= 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ld_database_prepare (db, sql_list, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, limit);
  sqlite3_bind_int (stmt, 2, offset);
  return collect_documents (db, stmt, error);
}

GPtrArray *
ld_issued_store_list (LdDatabase  *db,
                      GError     **error)
{
  return ld_issued_store_list_range (db, 0, -1, error);
}

int
ld_issued_store_count (LdDatabase  *db,
                       GError     **error)
{
  sqlite3_stmt *stmt;
  int count = -1;

  g_return_val_if_fail (LD_IS_DATABASE (db), -1);
  g_return_val_if_fail (error == NULL || *error == NULL, -1);

  stmt = ld_database_prepare (db, sql_count, error);
  if (stmt == NULL)
    return -1;
  if (ld_database_step (db, stmt, error) == SQLITE_ROW)
    count = sqlite3_column_int (stmt, 0);
  sqlite3_reset (stmt);
  return count;
}

GPtrArray *
ld_issued_store_list_for_record (LdDatabase  *db,
                                 const char  *record_table,
                                 gint64       record_id,
                                 GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (record_table != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ld_database_prepare (db, sql_list_for_record, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, record_table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, record_id);
  return collect_documents (db, stmt, error);
}

/* Reads the single row of a get query; @what names it in the error. */
static LdIssuedDocument *
get_one (LdDatabase    *db,
         sqlite3_stmt  *stmt,
         gboolean       with_pdf,
         const char    *what,
         GError       **error)
{
  LdIssuedDocument *document = NULL;
  int rc;

  rc = ld_database_step (db, stmt, error);
  if (rc == SQLITE_ROW)
    document = document_from_row (stmt, with_pdf, error);
  else if (rc == SQLITE_DONE)
    g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND,
                 _("No document has been issued with the number “%s”. "
                   "List the issued documents to find the right number."), what);
  sqlite3_reset (stmt);
  return document;
}

LdIssuedDocument *
ld_issued_store_get_by_number (LdDatabase  *db,
                               const char  *number,
                               gboolean     with_pdf,
                               GError     **error)
{
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (number != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ld_database_prepare (db, with_pdf ? sql_get_by_number_pdf : sql_get_by_number, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, number, -1, SQLITE_TRANSIENT);
  return get_one (db, stmt, with_pdf, number, error);
}

LdIssuedDocument *
ld_issued_store_get (LdDatabase  *db,
                     gint64       id,
                     gboolean     with_pdf,
                     GError     **error)
{
  sqlite3_stmt *stmt;
  LdIssuedDocument *document;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ld_database_prepare (db, with_pdf ? sql_get_pdf : sql_get, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, id);
  document = get_one (db, stmt, with_pdf, "", &local_error);
  if (g_error_matches (local_error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND))
    {
      g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);

      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND,
                   _("There is no issued document with id %s."), id_text);
      return NULL;
    }
  if (local_error != NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return document;
}

gboolean
ld_issued_store_verify (LdDatabase  *db,
                        GPtrArray   *mismatches,
                        GError     **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (mismatches != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  stmt = ld_database_prepare (db, sql_verify, error);
  if (stmt == NULL)
    return FALSE;

  /* One row at a time, hashing straight from SQLite's buffer, so verifying
   * thousands of documents never holds more than one PDF in memory. */
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      const char *number = (const char *) sqlite3_column_text (stmt, 0);
      const char *stored = (const char *) sqlite3_column_text (stmt, 1);
      const guchar *data = sqlite3_column_blob (stmt, 2);
      int size = sqlite3_column_bytes (stmt, 2);
      g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

      if (data != NULL)
        g_checksum_update (checksum, data, size);
      if (stored == NULL || g_ascii_strcasecmp (stored, g_checksum_get_string (checksum)) != 0)
        g_ptr_array_add (mismatches, g_strdup (number));
    }
  sqlite3_reset (stmt);
  return rc == SQLITE_DONE;
}

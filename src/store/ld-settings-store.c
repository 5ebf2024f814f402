/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-store"

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "ld-database-private.h"
#include "ld-settings-store.h"

#define KEY_ORGANISATION_NAME  "organisation_name"
#define KEY_LEGAL_OFFICE_NAME  "legal_office_name"
#define KEY_DEFAULT_SIGNATORY  "default_signatory"
#define KEY_SEAL_PNG           "seal_png"
#define KEY_REVIEW_PERIOD_DAYS "review_period_days"
#define KEY_NUMBER_PREFIX      "number_prefix."

static const char sql_upsert[] =
  "INSERT INTO settings (key, value) VALUES (?1, ?2)"
  " ON CONFLICT (key) DO UPDATE SET value = excluded.value";
static const char sql_delete[] = "DELETE FROM settings WHERE key = ?1";

static void
apply_value (LdOrgSettings *settings,
             const char    *key,
             sqlite3_stmt  *stmt)
{
  const char *text = (const char *) sqlite3_column_text (stmt, 1);

  if (g_str_equal (key, KEY_ORGANISATION_NAME))
    ld_org_settings_set_organisation_name (settings, text);
  else if (g_str_equal (key, KEY_LEGAL_OFFICE_NAME))
    ld_org_settings_set_legal_office_name (settings, text);
  else if (g_str_equal (key, KEY_DEFAULT_SIGNATORY))
    ld_org_settings_set_default_signatory (settings, text);
  else if (g_str_equal (key, KEY_SEAL_PNG))
    {
      int size = sqlite3_column_bytes (stmt, 1);

      if (sqlite3_column_type (stmt, 1) != SQLITE_NULL && size > 0)
        {
          g_autoptr(GBytes) png = g_bytes_new (sqlite3_column_blob (stmt, 1), size);
          ld_org_settings_set_seal_png (settings, png);
        }
    }
  else if (g_str_equal (key, KEY_REVIEW_PERIOD_DAYS))
    {
      sqlite3_int64 days = sqlite3_column_int64 (stmt, 1);

      /* A value outside what LdOrgSettings accepts keeps the default. */
      if (days >= 1 && days <= 365)
        ld_org_settings_set_review_period_days (settings, (int) days);
      else
        g_debug ("Ignoring review_period_days = %" G_GINT64_FORMAT, (gint64) days);
    }
  else if (g_str_has_prefix (key, KEY_NUMBER_PREFIX))
    {
      LdDocumentKind kind;

      if (ld_document_kind_from_id (key + strlen (KEY_NUMBER_PREFIX), &kind))
        ld_org_settings_set_number_prefix (settings, kind, text);
    }
}

LdOrgSettings *
ld_settings_store_load (LdDatabase  *db,
                        GError     **error)
{
  g_autoptr(LdOrgSettings) settings = ld_org_settings_new ();
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);

  stmt = ld_database_prepare (db, "SELECT key, value FROM settings", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    apply_value (settings, (const char *) sqlite3_column_text (stmt, 0), stmt);
  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&settings);
}

static gboolean
delete_key (LdDatabase  *db,
            const char  *key,
            GError     **error)
{
  sqlite3_stmt *stmt = ld_database_prepare (db, sql_delete, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  return ld_database_step_done (db, stmt, error);
}

static gboolean
put_text (LdDatabase  *db,
          const char  *key,
          const char  *value,
          GError     **error)
{
  sqlite3_stmt *stmt;

  if (value == NULL)
    return delete_key (db, key, error);

  stmt = ld_database_prepare (db, sql_upsert, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_TRANSIENT);
  return ld_database_step_done (db, stmt, error);
}

static gboolean
put_int (LdDatabase  *db,
         const char  *key,
         gint64       value,
         GError     **error)
{
  sqlite3_stmt *stmt = ld_database_prepare (db, sql_upsert, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, value);
  return ld_database_step_done (db, stmt, error);
}

static gboolean
put_blob (LdDatabase  *db,
          const char  *key,
          GBytes      *value,
          GError     **error)
{
  sqlite3_stmt *stmt;
  gsize size;
  const void *data;

  if (value == NULL || g_bytes_get_size (value) == 0)
    return delete_key (db, key, error);

  stmt = ld_database_prepare (db, sql_upsert, error);
  if (stmt == NULL)
    return FALSE;
  data = g_bytes_get_data (value, &size);
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  sqlite3_bind_blob64 (stmt, 2, data, size, SQLITE_TRANSIENT);
  return ld_database_step_done (db, stmt, error);
}

static gboolean
save_fields (LdDatabase     *db,
             LdOrgSettings  *settings,
             GError        **error)
{
  if (!put_text (db, KEY_ORGANISATION_NAME, ld_org_settings_get_organisation_name (settings), error) ||
      !put_text (db, KEY_LEGAL_OFFICE_NAME, ld_org_settings_get_legal_office_name (settings), error) ||
      !put_text (db, KEY_DEFAULT_SIGNATORY, ld_org_settings_get_default_signatory (settings), error) ||
      !put_blob (db, KEY_SEAL_PNG, ld_org_settings_get_seal_png (settings), error) ||
      !put_int (db, KEY_REVIEW_PERIOD_DAYS, ld_org_settings_get_review_period_days (settings), error))
    return FALSE;

  for (LdDocumentKind kind = 0; kind < LD_N_DOCUMENT_KINDS; kind++)
    {
      g_autofree char *key = g_strconcat (KEY_NUMBER_PREFIX, ld_document_kind_to_id (kind), NULL);
      const char *prefix = ld_org_settings_get_number_prefix (settings, kind);

      /* The default is not stored, so it can follow the program. */
      if (g_strcmp0 (prefix, ld_document_kind_get_default_prefix (kind)) == 0)
        prefix = NULL;
      if (!put_text (db, key, prefix, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ld_settings_store_save (LdDatabase     *db,
                        LdOrgSettings  *settings,
                        GError        **error)
{
  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (LD_IS_ORG_SETTINGS (settings), FALSE);

  if (!ld_database_begin (db, error))
    return FALSE;
  if (!save_fields (db, settings, error))
    {
      ld_database_rollback (db);
      return FALSE;
    }
  return ld_database_commit (db, error);
}

char *
ld_settings_store_get (LdDatabase  *db,
                       const char  *key,
                       GError     **error)
{
  sqlite3_stmt *stmt;
  char *value = NULL;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (key != NULL, NULL);

  stmt = ld_database_prepare (db, "SELECT value FROM settings WHERE key = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_TRANSIENT);
  rc = ld_database_step (db, stmt, error);
  if (rc == SQLITE_ROW)
    {
      value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
      sqlite3_reset (stmt);
    }
  return value;
}

GHashTable *
ld_settings_store_get_group (LdDatabase  *db,
                             const char  *prefix,
                             GError     **error)
{
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (prefix != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  stmt = ld_database_prepare (db, "SELECT key, value FROM settings "
                                  "WHERE substr (key, 1, length (?1)) = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, prefix, -1, SQLITE_TRANSIENT);
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    g_hash_table_insert (values, g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    return NULL;
  return g_steal_pointer (&values);
}

gboolean
ld_settings_store_set (LdDatabase  *db,
                       const char  *key,
                       const char  *value,
                       GError     **error)
{
  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  if (!ld_database_begin (db, error))
    return FALSE;
  if (!put_text (db, key, value, error))
    {
      ld_database_rollback (db);
      return FALSE;
    }
  return ld_database_commit (db, error);
}

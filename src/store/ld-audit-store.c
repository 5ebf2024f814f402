/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-store"

#include "config.h"

#include <sqlite3.h>

#include "ld-audit-store.h"
#include "ld-database-private.h"

/* The rows are written by the triggers of ld-audit-triggers.c. */

static LdAuditEntry *
entry_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) changed_at = NULL;
  const char *action_text = (const char *) sqlite3_column_text (stmt, 2);
  const char *changed_text = (const char *) sqlite3_column_text (stmt, 3);
  LdAuditAction action = LD_AUDIT_ACTION_UPDATE;

  if (action_text == NULL || !ld_audit_action_from_string (action_text, &action))
    g_debug ("Audit row with unknown action “%s”", action_text);

  if (changed_text)
    {
      g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
      changed_at = g_date_time_new_from_iso8601 (changed_text, utc);
    }
  if (changed_at == NULL)
    changed_at = g_date_time_new_from_unix_utc (0);

  return ld_audit_entry_new ((const char *) sqlite3_column_text (stmt, 0),
                             sqlite3_column_int64 (stmt, 1),
                             action,
                             changed_at,
                             (const char *) sqlite3_column_text (stmt, 4),
                             (const char *) sqlite3_column_text (stmt, 5));
}

GPtrArray *
ld_audit_store_list_for_row (LdDatabase  *db,
                             const char  *table,
                             gint64       row_id,
                             GError     **error)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (table != NULL, NULL);

  /* id follows insertion order, so it sorts changes made within the same
   * millisecond too. */
  stmt = ld_database_prepare (db,
                              "SELECT table_name, row_id, action, changed_at, user_name, changes"
                              " FROM audit_log WHERE table_name = ?1 AND row_id = ?2"
                              " ORDER BY id DESC",
                              error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 2, row_id);

  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    g_ptr_array_add (entries, entry_from_row (stmt));
  if (rc != SQLITE_DONE)
    return NULL;

  return g_steal_pointer (&entries);
}

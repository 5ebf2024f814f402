/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-store"

#include "config.h"

#include <sqlite3.h>

#include "ld-audit-triggers.h"
#include "ld-database-private.h"

/* json_object() takes at most 127 arguments (two per column): larger
 * tables are built from several objects merged with json_patch(). */
#define COLUMNS_PER_OBJECT 40

typedef enum {
  ACTION_INSERT,
  ACTION_UPDATE,
  ACTION_DELETE,
} Action;

static const char * const action_names[] = { "insert", "update", "delete" };

static void
append_identifier (GString    *s,
                   const char *name)
{
  char *quoted = sqlite3_mprintf ("\"%w\"", name);

  g_string_append (s, quoted);
  sqlite3_free (quoted);
}

static void
append_literal (GString    *s,
                const char *text)
{
  char *quoted = sqlite3_mprintf ("%Q", text);

  g_string_append (s, quoted);
  sqlite3_free (quoted);
}

/* A column value as JSON can hold it: BLOBs become "<blob N bytes>". */
static void
append_value (GString    *s,
              const char *row,
              const char *column)
{
  g_string_append_printf (s, "CASE WHEN typeof(%s.", row);
  append_identifier (s, column);
  g_string_append_printf (s, ") = 'blob' THEN '<blob ' || length(%s.", row);
  append_identifier (s, column);
  g_string_append_printf (s, ") || ' bytes>' ELSE %s.", row);
  append_identifier (s, column);
  g_string_append (s, " END");
}

/* `json_array(old, new)` for one column, or NULL when the column is not
 * part of the change (json_patch() then drops the key). */
static void
append_change (GString    *s,
               Action      action,
               const char *column)
{
  switch (action)
    {
    case ACTION_INSERT:
      g_string_append (s, "CASE WHEN NEW.");
      append_identifier (s, column);
      g_string_append (s, " IS NOT NULL THEN json_array(NULL, ");
      append_value (s, "NEW", column);
      g_string_append (s, ") END");
      break;
    case ACTION_UPDATE:
      g_string_append (s, "CASE WHEN OLD.");
      append_identifier (s, column);
      g_string_append (s, " IS NOT NEW.");
      append_identifier (s, column);
      g_string_append (s, " THEN json_array(");
      append_value (s, "OLD", column);
      g_string_append (s, ", ");
      append_value (s, "NEW", column);
      g_string_append (s, ") END");
      break;
    case ACTION_DELETE:
      g_string_append (s, "CASE WHEN OLD.");
      append_identifier (s, column);
      g_string_append (s, " IS NOT NULL THEN json_array(");
      append_value (s, "OLD", column);
      g_string_append (s, ", NULL) END");
      break;
    default:
      g_assert_not_reached ();
    }
}

static char *
trigger_name (const char *table,
              Action      action)
{
  return g_strdup_printf ("ld_audit_%s_%s", table, action_names[action]);
}

static char *
build_trigger (const char *table,
               GStrv       columns,
               Action      action)
{
  g_autofree char *name = trigger_name (table, action);
  GString *s = g_string_new ("CREATE TRIGGER ");
  guint n_columns = g_strv_length (columns);
  guint n_objects = (n_columns + COLUMNS_PER_OBJECT - 1) / COLUMNS_PER_OBJECT;

  append_identifier (s, name);
  g_string_append_printf (s, " AFTER %s ON ", action == ACTION_INSERT ? "INSERT" :
                          action == ACTION_UPDATE ? "UPDATE" : "DELETE");
  append_identifier (s, table);

  /* An update that changes nothing is not a change worth recording. */
  if (action == ACTION_UPDATE)
    {
      g_string_append (s, " WHEN ");
      for (guint i = 0; columns[i]; i++)
        {
          if (i > 0)
            g_string_append (s, " OR ");
          g_string_append (s, "OLD.");
          append_identifier (s, columns[i]);
          g_string_append (s, " IS NOT NEW.");
          append_identifier (s, columns[i]);
        }
    }

  g_string_append (s, " BEGIN INSERT INTO audit_log"
                   " (table_name, row_id, action, changed_at, user_name, changes) VALUES (");
  append_literal (s, table);
  g_string_append_printf (s, ", %s.rowid, '%s', strftime('%%Y-%%m-%%dT%%H:%%M:%%fZ', 'now'), ld_os_user(), ",
                          action == ACTION_DELETE ? "OLD" : "NEW", action_names[action]);

  for (guint i = 0; i < n_objects; i++)
    g_string_append (s, "json_patch(");
  g_string_append (s, "'{}'");
  for (guint i = 0; i < n_objects; i++)
    {
      g_string_append (s, ", json_object(");
      for (guint j = i * COLUMNS_PER_OBJECT; j < n_columns && j < (i + 1) * COLUMNS_PER_OBJECT; j++)
        {
          if (j > i * COLUMNS_PER_OBJECT)
            g_string_append (s, ", ");
          append_literal (s, columns[j]);
          g_string_append (s, ", ");
          append_change (s, action, columns[j]);
        }
      g_string_append (s, "))");
    }
  g_string_append (s, "); END");

  return g_string_free (s, FALSE);
}

static GStrv
list_columns (LdDatabase  *db,
              const char  *table,
              GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  sqlite3_stmt *stmt;
  int rc;

  stmt = ld_database_prepare (db, "SELECT name FROM pragma_table_info(?1) ORDER BY cid", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, table, -1, SQLITE_TRANSIENT);
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    return NULL;
  return g_strv_builder_end (builder);
}

/* name → CREATE TRIGGER text, for every trigger the schema should have. */
static GHashTable *
build_expected (LdDatabase  *db,
                GError     **error)
{
  g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) tables = NULL;
  sqlite3_stmt *stmt;
  int rc;

  /* type 'table' leaves out views, virtual tables and FTS shadow tables;
   * wr = 1 marks WITHOUT ROWID tables, which have no row id to record. */
  stmt = ld_database_prepare (db,
                              "SELECT name FROM pragma_table_list"
                              " WHERE schema = 'main' AND type = 'table' AND wr = 0"
                              " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                              " AND name <> 'audit_log'"
                              " ORDER BY name",
                              error);
  if (stmt == NULL)
    return NULL;
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    g_strv_builder_add (builder, (const char *) sqlite3_column_text (stmt, 0));
  if (rc != SQLITE_DONE)
    return NULL;
  tables = g_strv_builder_end (builder);

  for (guint i = 0; tables[i]; i++)
    {
      g_auto(GStrv) columns = list_columns (db, tables[i], error);

      if (columns == NULL)
        return NULL;
      for (Action a = ACTION_INSERT; a <= ACTION_DELETE; a++)
        g_hash_table_insert (expected, trigger_name (tables[i], a),
                             build_trigger (tables[i], columns, a));
    }

  return g_steal_pointer (&expected);
}

/* name → stored SQL of the existing audit triggers. */
static GHashTable *
list_existing (LdDatabase  *db,
               GError     **error)
{
  g_autoptr(GHashTable) existing = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ld_database_prepare (db,
                              "SELECT name, sql FROM sqlite_schema"
                              " WHERE type = 'trigger' AND name LIKE 'ld\\_audit\\_%' ESCAPE '\\'",
                              error);
  if (stmt == NULL)
    return NULL;
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    g_hash_table_insert (existing,
                         g_strdup ((const char *) sqlite3_column_text (stmt, 0)),
                         g_strdup ((const char *) sqlite3_column_text (stmt, 1)));
  if (rc != SQLITE_DONE)
    return NULL;
  return g_steal_pointer (&existing);
}

gboolean
ld_audit_triggers_drop (LdDatabase  *db,
                        GError     **error)
{
  g_autoptr(GHashTable) existing = list_existing (db, error);
  GHashTableIter iter;
  gpointer name;

  if (existing == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, existing);
  while (g_hash_table_iter_next (&iter, &name, NULL))
    {
      g_autoptr(GString) sql = g_string_new ("DROP TRIGGER IF EXISTS ");

      append_identifier (sql, name);
      if (!ld_database_exec (db, sql->str, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
ld_audit_triggers_create (LdDatabase  *db,
                          GError     **error)
{
  g_autoptr(GHashTable) expected = build_expected (db, error);
  GHashTableIter iter;
  gpointer sql;

  if (expected == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, expected);
  while (g_hash_table_iter_next (&iter, NULL, &sql))
    if (!ld_database_exec (db, sql, error))
      return FALSE;
  return TRUE;
}

gboolean
ld_audit_triggers_check (LdDatabase  *db,
                         gboolean    *out_complete,
                         GError     **error)
{
  g_autoptr(GHashTable) expected = NULL;
  g_autoptr(GHashTable) existing = NULL;
  GHashTableIter iter;
  gpointer name, sql;

  expected = build_expected (db, error);
  if (expected == NULL)
    return FALSE;
  existing = list_existing (db, error);
  if (existing == NULL)
    return FALSE;

  *out_complete = g_hash_table_size (expected) == g_hash_table_size (existing);
  g_hash_table_iter_init (&iter, expected);
  while (*out_complete && g_hash_table_iter_next (&iter, &name, &sql))
    *out_complete = g_strcmp0 (g_hash_table_lookup (existing, name), sql) == 0;
  return TRUE;
}

gboolean
ld_audit_triggers_ensure (LdDatabase  *db,
                          GError     **error)
{
  gboolean complete = FALSE;

  if (!ld_audit_triggers_check (db, &complete, error))
    return FALSE;
  if (complete)
    return TRUE;

  if (!ld_database_begin (db, error))
    return FALSE;
  if (!ld_audit_triggers_drop (db, error) ||
      !ld_audit_triggers_create (db, error))
    {
      ld_database_rollback (db);
      return FALSE;
    }
  return ld_database_commit (db, error);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-audit"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "ld-audit-store.h"
#include "ld-database-private.h"
#include "ld-test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  LdDatabase *db;
} Fixture;

/* A table like the ones later migrations add. Created outside a migration,
 * so reopening must add its audit triggers. */
static const char schema[] =
  "CREATE TABLE contract (id INTEGER PRIMARY KEY, title TEXT NOT NULL, amount REAL,"
  " counterparty TEXT, scan BLOB, \"odd \"\"name\" TEXT);"
  "CREATE VIRTUAL TABLE contract_fts USING fts5 (title);";

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) first = NULL;

  f->dir = ld_test_make_tmp_dir ("ld-audit-XXXXXX");
  f->path = g_build_filename (f->dir, "legal-desk.db", NULL);

  first = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (ld_database_exec (first, schema, &error));
  g_clear_object (&first);

  f->db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_assert_finalize_object (f->db);
  ld_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static GPtrArray *
history (Fixture    *f,
         const char *table,
         gint64      row_id)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entries = ld_audit_store_list_for_row (f->db, table, row_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entries);
  return entries;
}

static JsonObject *
parse_changes (LdAuditEntry *entry)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = json_from_string (ld_audit_entry_get_changes (entry), &error);

  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
  return json_object_ref (json_node_get_object (node));
}

/* The [old, new] pair of @column; asserts it is there. */
static JsonArray *
change_of (JsonObject *changes,
           const char *column)
{
  JsonNode *node = json_object_get_member (changes, column);
  JsonArray *pair;

  g_assert_nonnull (node);
  g_assert_true (JSON_NODE_HOLDS_ARRAY (node));
  pair = json_node_get_array (node);
  g_assert_cmpuint (json_array_get_length (pair), ==, 2);
  return pair;
}

static void
test_insert_update_delete (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(JsonObject) changes = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  LdAuditEntry *entry;
  JsonArray *pair;

  ld_test_exec (f->db, "INSERT INTO contract (id, title, amount, scan) VALUES (7, '物业服务合同', 12000.5, x'000102')");

  entries = history (f, "contract", 7);
  g_assert_cmpuint (entries->len, ==, 1);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpstr (ld_audit_entry_get_table_name (entry), ==, "contract");
  g_assert_cmpint (ld_audit_entry_get_row_id (entry), ==, 7);
  g_assert_cmpint (ld_audit_entry_get_action (entry), ==, LD_AUDIT_ACTION_INSERT);
  g_assert_cmpstr (ld_audit_entry_get_user_name (entry), ==, g_get_user_name ());
  g_assert_cmpint (ABS (g_date_time_difference (ld_audit_entry_get_changed_at (entry), now)), <, 60 * G_TIME_SPAN_SECOND);

  /* Insert: [null, new] for each column that is not null. */
  changes = parse_changes (entry);
  g_assert_cmpuint (json_object_get_size (changes), ==, 4);
  pair = change_of (changes, "title");
  g_assert_true (json_array_get_null_element (pair, 0));
  g_assert_cmpstr (json_array_get_string_element (pair, 1), ==, "物业服务合同");
  pair = change_of (changes, "amount");
  g_assert_cmpfloat (json_array_get_double_element (pair, 1), ==, 12000.5);
  pair = change_of (changes, "id");
  g_assert_cmpint (json_array_get_int_element (pair, 1), ==, 7);
  pair = change_of (changes, "scan");
  g_assert_cmpstr (json_array_get_string_element (pair, 1), ==, "<blob 3 bytes>");
  g_assert_false (json_object_has_member (changes, "counterparty"));
  g_clear_pointer (&changes, json_object_unref);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Update: only the changed columns, [old, new]. */
  ld_test_exec (f->db, "UPDATE contract SET title = '物业服务合同（修订）', amount = 12000.5, counterparty = '某物业公司', \"odd \"\"name\" = 'q' WHERE id = 7");
  entries = history (f, "contract", 7);
  g_assert_cmpuint (entries->len, ==, 2);
  entry = g_ptr_array_index (entries, 0); /* newest first */
  g_assert_cmpint (ld_audit_entry_get_action (entry), ==, LD_AUDIT_ACTION_UPDATE);
  changes = parse_changes (entry);
  g_assert_cmpuint (json_object_get_size (changes), ==, 3);
  pair = change_of (changes, "title");
  g_assert_cmpstr (json_array_get_string_element (pair, 0), ==, "物业服务合同");
  g_assert_cmpstr (json_array_get_string_element (pair, 1), ==, "物业服务合同（修订）");
  pair = change_of (changes, "counterparty");
  g_assert_true (json_array_get_null_element (pair, 0));
  g_assert_cmpstr (json_array_get_string_element (pair, 1), ==, "某物业公司");
  pair = change_of (changes, "odd \"name");
  g_assert_cmpstr (json_array_get_string_element (pair, 1), ==, "q");
  g_assert_false (json_object_has_member (changes, "amount"));
  g_clear_pointer (&changes, json_object_unref);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* An update that changes nothing writes nothing. */
  ld_test_exec (f->db, "UPDATE contract SET amount = 12000.5 WHERE id = 7");
  entries = history (f, "contract", 7);
  g_assert_cmpuint (entries->len, ==, 2);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Setting a value to NULL is a change. */
  ld_test_exec (f->db, "UPDATE contract SET counterparty = NULL WHERE id = 7");
  entries = history (f, "contract", 7);
  g_assert_cmpuint (entries->len, ==, 3);
  changes = parse_changes (g_ptr_array_index (entries, 0));
  g_assert_cmpuint (json_object_get_size (changes), ==, 1);
  pair = change_of (changes, "counterparty");
  g_assert_cmpstr (json_array_get_string_element (pair, 0), ==, "某物业公司");
  g_assert_true (json_array_get_null_element (pair, 1));
  g_clear_pointer (&changes, json_object_unref);
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Delete: [old, null] for each column that was not null. */
  ld_test_exec (f->db, "DELETE FROM contract WHERE id = 7");
  entries = history (f, "contract", 7);
  g_assert_cmpuint (entries->len, ==, 4);
  entry = g_ptr_array_index (entries, 0);
  g_assert_cmpint (ld_audit_entry_get_action (entry), ==, LD_AUDIT_ACTION_DELETE);
  changes = parse_changes (entry);
  g_assert_cmpuint (json_object_get_size (changes), ==, 5);
  pair = change_of (changes, "title");
  g_assert_cmpstr (json_array_get_string_element (pair, 0), ==, "物业服务合同（修订）");
  g_assert_true (json_array_get_null_element (pair, 1));
  pair = change_of (changes, "scan");
  g_assert_cmpstr (json_array_get_string_element (pair, 0), ==, "<blob 3 bytes>");

  g_assert_cmpint (ld_audit_entry_get_action (g_ptr_array_index (entries, 3)), ==, LD_AUDIT_ACTION_INSERT);

  /* Other rows have their own history. */
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = history (f, "contract", 8);
  g_assert_cmpuint (entries->len, ==, 0);
}

static void
test_rolled_back_change (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;

  g_assert_true (ld_database_begin (f->db, &error));
  g_assert_true (ld_database_exec (f->db, "INSERT INTO contract (id, title) VALUES (1, 'draft')", &error));
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM audit_log WHERE table_name = 'contract'"), ==, 1);
  ld_database_rollback (f->db);

  entries = history (f, "contract", 1);
  g_assert_cmpuint (entries->len, ==, 0);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM audit_log"), ==, 0);

  /* A statement that fails part way leaves no audit row for its rows. */
  ld_test_exec (f->db, "INSERT INTO contract (id, title) VALUES (2, 'kept')");
  g_assert_false (ld_database_exec (f->db,
                                    "INSERT INTO contract (id, title) SELECT 3, 'x' UNION ALL SELECT 4, NULL",
                                    &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CONSTRAINT);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM audit_log"), ==, 1);
}

static void
test_not_audited (Fixture       *f,
                  gconstpointer  data)
{
  /* The FTS table and its shadow tables are not audited, and audit rows do
   * not audit themselves. */
  ld_test_exec (f->db, "INSERT INTO contract_fts (rowid, title) VALUES (1, '合同')");
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM audit_log"), ==, 0);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name LIKE 'contract_fts%'"), ==, 0);

  ld_test_exec (f->db, "INSERT INTO settings (key, value) VALUES ('organisation_name', '某某镇')");
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM audit_log"), ==, 1);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM audit_log WHERE table_name = 'settings'"), ==, 1);
}

static void
test_wide_table (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) create = g_string_new ("CREATE TABLE wide (id INTEGER PRIMARY KEY");
  g_autoptr(GString) insert = g_string_new ("INSERT INTO wide VALUES (1");
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(JsonObject) changes = NULL;

  /* More columns than one json_object() call can take. */
  for (int i = 0; i < 150; i++)
    {
      g_string_append_printf (create, ", c%d INTEGER", i);
      g_string_append_printf (insert, ", %d", i * 10);
    }
  g_string_append (create, ")");
  g_string_append (insert, ")");

  ld_test_exec (f->db, create->str);
  g_assert_finalize_object (f->db);
  f->db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  ld_test_exec (f->db, insert->str);
  ld_test_exec (f->db, "UPDATE wide SET c149 = -1 WHERE id = 1");
  entries = history (f, "wide", 1);
  g_assert_cmpuint (entries->len, ==, 2);

  changes = parse_changes (g_ptr_array_index (entries, 1));
  g_assert_cmpuint (json_object_get_size (changes), ==, 151);
  g_assert_cmpint (json_array_get_int_element (change_of (changes, "c149"), 1), ==, 1490);
  g_clear_pointer (&changes, json_object_unref);

  changes = parse_changes (g_ptr_array_index (entries, 0));
  g_assert_cmpuint (json_object_get_size (changes), ==, 1);
  g_assert_cmpint (json_array_get_int_element (change_of (changes, "c149"), 0), ==, 1490);
  g_assert_cmpint (json_array_get_int_element (change_of (changes, "c149"), 1), ==, -1);
}

static void
test_raw_connection (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) entries = NULL;
  sqlite3 *raw = NULL;

  /* A connection that does not know ld_os_user() cannot slip past the
   * audit trail; once it registers the functions it is audited too. */
  g_assert_cmpint (sqlite3_open_v2 (f->path, &raw, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (raw, 5000);
  g_assert_cmpint (sqlite3_exec (raw, "INSERT INTO contract (id, title) VALUES (5, 'raw')", NULL, NULL, NULL), ==, SQLITE_ERROR);
  g_assert_nonnull (strstr (sqlite3_errmsg (raw), "ld_os_user"));

  ld_database_register_functions (raw);
  g_assert_cmpint (sqlite3_exec (raw, "INSERT INTO contract (id, title) VALUES (5, 'raw')", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  entries = history (f, "contract", 5);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpstr (ld_audit_entry_get_user_name (g_ptr_array_index (entries, 0)), ==, g_get_user_name ());
}

static void
test_entry_object (void)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2025, 7, 1, 8, 30, 0);
  g_autoptr(LdAuditEntry) entry = NULL;
  LdAuditAction action;

  entry = ld_audit_entry_new ("petition", 42, LD_AUDIT_ACTION_DELETE, when, "clerk", NULL);
  g_assert_cmpstr (ld_audit_entry_get_table_name (entry), ==, "petition");
  g_assert_cmpint (ld_audit_entry_get_row_id (entry), ==, 42);
  g_assert_cmpint (ld_audit_entry_get_action (entry), ==, LD_AUDIT_ACTION_DELETE);
  g_assert_true (g_date_time_equal (ld_audit_entry_get_changed_at (entry), when));
  g_assert_cmpstr (ld_audit_entry_get_user_name (entry), ==, "clerk");
  g_assert_cmpstr (ld_audit_entry_get_changes (entry), ==, "{}");

  g_assert_cmpstr (ld_audit_action_to_string (LD_AUDIT_ACTION_UPDATE), ==, "update");
  g_assert_true (ld_audit_action_from_string ("insert", &action));
  g_assert_cmpint (action, ==, LD_AUDIT_ACTION_INSERT);
  g_assert_false (ld_audit_action_from_string ("Insert", &action));
  g_assert_false (ld_audit_action_from_string ("", NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/audit/insert-update-delete", Fixture, NULL, fixture_set_up, test_insert_update_delete, fixture_tear_down);
  g_test_add ("/store/audit/rolled-back-change", Fixture, NULL, fixture_set_up, test_rolled_back_change, fixture_tear_down);
  g_test_add ("/store/audit/not-audited", Fixture, NULL, fixture_set_up, test_not_audited, fixture_tear_down);
  g_test_add ("/store/audit/wide-table", Fixture, NULL, fixture_set_up, test_wide_table, fixture_tear_down);
  g_test_add ("/store/audit/raw-connection", Fixture, NULL, fixture_set_up, test_raw_connection, fixture_tear_down);
  g_test_add_func ("/store/audit/entry-object", test_entry_object);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-database"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ld-database-private.h"
#include "ld-database-stamp.h"
#include "ld-demo.h"
#include "ld-migrations.h"
#include "ld-paged-model.h"
#include "ld-test-util.h"

typedef struct
{
  char *dir;
  char *path;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = ld_test_make_tmp_dir ("ld-database-XXXXXX");
  f->path = g_build_filename (f->dir, "legal-desk.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ld_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
}

static void
assert_no_side_files (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm", "-journal" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);
      g_assert_false (g_file_test (side, G_FILE_TEST_EXISTS));
    }
}

/* A real database written with plain SQLite (no Legal Desk), closed. */
static void
write_raw_database (const char *path,
                    const char *sql)
{
  sqlite3 *db = NULL;
  char *message = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  if (sqlite3_exec (db, sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s", message);
  g_assert_cmpint (sqlite3_close (db), ==, SQLITE_OK);
}

/* Opening @path must fail with @code, name the path, and leave the file as
 * it was without creating anything beside it. */
static void
assert_refused_untouched (const char *path,
                          int         code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autofree char *before = ld_test_file_checksum (path);
  g_autofree char *after = NULL;

  db = ld_database_open (path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_null (db);
  g_assert_error (error, LD_STORE_ERROR, code);
  g_assert_nonnull (strstr (error->message, path));

  after = ld_test_file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  assert_no_side_files (path);
}

static void
test_migrate_empty (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_auto(GStrv) names = ld_migrations_list_names ();
  int latest = ld_database_get_latest_schema_version ();

  /* The shipped migrations are numbered 1..N without gaps. */
  g_assert_cmpint (latest, >=, 1);
  g_assert_cmpint (g_strv_length (names), ==, latest);
  for (int i = 0; i < latest; i++)
    {
      g_autofree char *number = g_strdup_printf ("%04d-", i + 1);
      g_assert_true (g_str_has_prefix (names[i], number));
    }
  g_assert_cmpstr (names[0], ==, "0001-foundation.sql");

  db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_cmpstr (ld_database_get_path (db), ==, f->path);
  g_assert_cmpint (ld_database_get_schema_version (db), ==, latest);
  g_assert_cmpint (ld_test_query_int (db, "PRAGMA user_version"), ==, latest);

  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'settings'"), ==, 1);
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'audit_log'"), ==, 1);
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND name = 'audit_log_row'"), ==, 1);
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND name = 'ld_audit_settings_insert'"), ==, 1);
  /* audit_log is not audited (that would never end). */
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = 'audit_log'"), ==, 0);
  g_clear_object (&db);

  /* Opening again changes nothing. */
  db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ld_database_get_schema_version (db), ==, latest);
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM audit_log"), ==, 0);
}

static void
test_file_mode (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autofree char *nested_dir = g_build_filename (f->dir, "a", "b", NULL);
  g_autofree char *nested = g_build_filename (nested_dir, "x.db", NULL);
  GStatBuf st;
  mode_t old_umask;

  /* Even with a permissive umask. */
  old_umask = umask (0);
  db = ld_database_open (nested, LD_DATABASE_OPEN_DEFAULT, &error);
  umask (old_umask);
  g_assert_no_error (error);
  g_assert_nonnull (db);

  g_assert_cmpint (g_stat (nested, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (nested_dir, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

static void
test_pragmas (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autofree char *mode = NULL;

  db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  mode = ld_test_query_text (db, "PRAGMA journal_mode");
  g_assert_cmpstr (mode, ==, "wal");
  g_assert_cmpint (ld_test_query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_cmpint (ld_test_query_int (db, "PRAGMA busy_timeout"), ==, 5000);
  g_assert_cmpint (ld_test_query_int (db, "PRAGMA synchronous"), ==, 1); /* NORMAL */
}

static void
test_memory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;

  db = ld_database_open (":memory:", LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ld_database_get_schema_version (db), ==, ld_database_get_latest_schema_version ());
  g_assert_cmpint (ld_test_query_int (db, "PRAGMA foreign_keys"), ==, 1);
  g_assert_false (g_file_test (":memory:", G_FILE_TEST_EXISTS));
}

static void
open_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  GAsyncResult **out = user_data;

  g_assert_null (object);
  *out = g_object_ref (result);
}

static void
test_open_async (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *bad = g_build_filename (f->dir, "bad.db", NULL);

  ld_database_open_async (f->path, LD_DATABASE_OPEN_DEFAULT, NULL, open_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  db = ld_database_open_finish (result, &error);
  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_cmpint (ld_database_get_schema_version (db), ==, ld_database_get_latest_schema_version ());
  /* Usable on this thread. */
  g_assert_true (ld_database_exec (db, "INSERT INTO settings VALUES ('k', 'v')", &error));
  g_clear_object (&result);

  g_assert_true (g_file_set_contents (bad, "not a database, not at all", -1, NULL));
  ld_database_open_async (bad, LD_DATABASE_OPEN_DEFAULT, NULL, open_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (ld_database_open_finish (result, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_default_path (void)
{
  g_autofree char *path = ld_database_default_path ();
  g_autofree char *expected = g_build_filename (g_get_user_data_dir (), "legal-desk", "legal-desk.db", NULL);

  g_assert_cmpstr (path, ==, expected);
}

static void
test_refuse_too_new (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  /* In WAL mode, as Legal Desk writes it: refusing must not create -shm. */
  write_raw_database (f->path,
                      "PRAGMA journal_mode = WAL;"
                      "CREATE TABLE future (id INTEGER PRIMARY KEY, x TEXT);"
                      "INSERT INTO future (x) VALUES ('from the future');"
                      "PRAGMA user_version = 999;");
  assert_no_side_files (f->path);
  assert_refused_untouched (f->path, LD_STORE_ERROR_TOO_NEW);

  /* Also where the path needs escaping in an SQLite URI. */
  {
    g_autofree char *odd = g_build_filename (f->dir, "法务 数据?#%20.db", NULL);

    write_raw_database (odd, "CREATE TABLE future (x); PRAGMA user_version = 999;");
    assert_refused_untouched (odd, LD_STORE_ERROR_TOO_NEW);
  }

  /* The message says what happened and what to do. */
  {
    g_autoptr(LdDatabase) db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
    g_assert_null (db);
    g_assert_nonnull (strstr (error->message, "999"));
    g_assert_nonnull (strstr (error->message, "Update Legal Desk"));
  }
}

static void
test_refuse_not_sqlite (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20250701);
  guint8 bytes[8192];
  g_autofree char *text_path = g_build_filename (f->dir, "notes.db", NULL);
  g_autofree char *short_path = g_build_filename (f->dir, "short.db", NULL);

  for (gsize i = 0; i < sizeof bytes; i++)
    bytes[i] = g_rand_int_range (rand, 0, 256);
  g_assert_true (g_file_set_contents (f->path, (const char *) bytes, sizeof bytes, NULL));
  assert_refused_untouched (f->path, LD_STORE_ERROR_NOT_A_DATABASE);

  g_assert_true (g_file_set_contents (text_path, "Minutes of the meeting\n", -1, NULL));
  assert_refused_untouched (text_path, LD_STORE_ERROR_NOT_A_DATABASE);

  /* Shorter than the SQLite header, but starting like it. */
  g_assert_true (g_file_set_contents (short_path, "SQLite", -1, NULL));
  assert_refused_untouched (short_path, LD_STORE_ERROR_NOT_A_DATABASE);
}

/* A real database with garbage over a page in the middle. */
static void
write_corrupt_database (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize page_size = 4096;
  gsize offset;

  write_raw_database (path,
                      "PRAGMA page_size = 4096;"
                      "CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT);"
                      "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000)"
                      " INSERT INTO t (body) SELECT printf('%.*c', 200, 'x') || i FROM n;"
                      "CREATE INDEX t_body ON t (body);");
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 50 * page_size);
  offset = (length / page_size / 2) * page_size;
  for (gsize i = 0; i < page_size; i++)
    contents[offset + i] = (char) (0x5a ^ (i * 31));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
}

static void
test_refuse_corrupt (Fixture       *f,
                     gconstpointer  data)
{
  write_corrupt_database (f->path);
  assert_refused_untouched (f->path, LD_STORE_ERROR_CORRUPT);
}

static void
test_read_only_location (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autofree char *path = NULL;

  /* Root may write into a 0500 folder, but nobody can create under /proc. */
  if (getuid () == 0)
    path = g_strdup ("/proc/legal-desk-test/x.db");
  else
    {
      g_autofree char *locked = g_build_filename (f->dir, "locked", NULL);

      g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
      path = g_build_filename (locked, "x.db", NULL);
    }

  db = ld_database_open (path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_null (db);
  g_assert_nonnull (error);
  g_assert_true (error->domain == LD_STORE_ERROR);
  g_assert_true (error->code == LD_STORE_ERROR_READ_ONLY || error->code == LD_STORE_ERROR_CANNOT_OPEN);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  /* A read-only existing file (only meaningful when not root). */
  if (getuid () != 0)
    {
      g_clear_error (&error);
      db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
      g_assert_no_error (error);
      g_clear_object (&db);
      g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);

      db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
      g_assert_null (db);
      g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_READ_ONLY);
      g_assert_nonnull (strstr (error->message, f->path));
    }
}

static void
test_no_create (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;

  db = ld_database_open (f->path, LD_DATABASE_OPEN_NO_CREATE, &error);
  g_assert_null (db);
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CANNOT_OPEN);
  g_assert_nonnull (strstr (error->message, f->path));
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  db = ld_database_open (f->path, LD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_null (db);
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CANNOT_OPEN);
  g_assert_false (g_file_test (f->path, G_FILE_TEST_EXISTS));
}

static void
test_read_only_open (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;

  db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_clear_object (&db);

  db = ld_database_open (f->path, LD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (ld_database_exec (db, "INSERT INTO settings VALUES ('k', 'v')", &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_READ_ONLY);
}

static void
test_rollback (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;
  sqlite3_stmt *stmt;

  db = ld_database_open (":memory:", LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  g_assert_true (ld_database_begin (db, &error));
  stmt = ld_database_prepare (db, "INSERT INTO settings (key, value) VALUES (?1, ?2)", &error);
  g_assert_no_error (error);
  sqlite3_bind_text (stmt, 1, "organisation_name", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, "某某镇人民政府", -1, SQLITE_STATIC);
  g_assert_true (ld_database_step_done (db, stmt, &error));
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM settings"), ==, 1);

  /* The second statement breaks the primary key: the whole unit fails. */
  stmt = ld_database_prepare (db, "INSERT INTO settings (key, value) VALUES (?1, ?2)", &error);
  sqlite3_bind_text (stmt, 1, "organisation_name", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, "again", -1, SQLITE_STATIC);
  g_assert_false (ld_database_step_done (db, stmt, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CONSTRAINT);
  ld_database_rollback (db);
  g_assert_false (ld_database_in_transaction (db));

  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM settings"), ==, 0);
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM audit_log"), ==, 0);
}

static void
test_nested (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;

  db = ld_database_open (":memory:", LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  /* Inner commit, outer commit: saved. */
  g_assert_true (ld_database_begin (db, &error));
  g_assert_true (ld_database_begin (db, &error));
  g_assert_true (ld_database_exec (db, "INSERT INTO settings VALUES ('a', 1)", &error));
  g_assert_true (ld_database_commit (db, &error));
  g_assert_true (ld_database_in_transaction (db));
  g_assert_true (ld_database_commit (db, &error));
  g_assert_false (ld_database_in_transaction (db));
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM settings WHERE key = 'a'"), ==, 1);

  /* Inner rollback: the outer commit rolls back and says so. */
  g_assert_true (ld_database_begin (db, &error));
  g_assert_true (ld_database_exec (db, "INSERT INTO settings VALUES ('b', 1)", &error));
  g_assert_true (ld_database_begin (db, &error));
  g_assert_true (ld_database_exec (db, "INSERT INTO settings VALUES ('c', 1)", &error));
  ld_database_rollback (db);
  g_assert_true (ld_database_in_transaction (db));
  g_assert_false (ld_database_commit (db, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_false (ld_database_in_transaction (db));
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM settings WHERE key IN ('b', 'c')"), ==, 0);

  /* Inner commit, outer rollback: nothing. */
  g_assert_true (ld_database_begin (db, &error));
  g_assert_true (ld_database_begin (db, &error));
  g_assert_true (ld_database_exec (db, "INSERT INTO settings VALUES ('d', 1)", &error));
  g_assert_true (ld_database_commit (db, &error));
  ld_database_rollback (db);
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM settings WHERE key = 'd'"), ==, 0);

  /* The connection is usable afterwards. */
  g_assert_true (ld_database_begin (db, &error));
  g_assert_true (ld_database_exec (db, "INSERT INTO settings VALUES ('e', 1)", &error));
  g_assert_true (ld_database_commit (db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM settings"), ==, 2);
}

static void
changed_cb (LdDatabase *db,
            const char *table,
            GPtrArray  *seen)
{
  /* Handlers may query the database at once. */
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM settings"), >=, 0);
  g_ptr_array_add (seen, g_strdup (table));
}

static gboolean
seen_contains (GPtrArray  *seen,
               const char *table)
{
  return g_ptr_array_find_with_equal_func (seen, table, g_str_equal, NULL);
}

static void
test_changed_signal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt;

  db = ld_database_open (":memory:", LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_signal_connect (db, "changed", G_CALLBACK (changed_cb), seen);

  /* Nothing before the commit; each written table once after it. */
  g_assert_true (ld_database_begin (db, &error));
  g_assert_true (ld_database_exec (db, "INSERT INTO settings VALUES ('a', 1)", &error));
  g_assert_true (ld_database_exec (db, "INSERT INTO settings VALUES ('b', 2)", &error));
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_true (ld_database_commit (db, &error));
  g_assert_true (seen_contains (seen, "settings"));
  g_assert_true (seen_contains (seen, "audit_log"));
  g_assert_cmpuint (seen->len, ==, 2);
  g_ptr_array_set_size (seen, 0);

  /* A rollback emits nothing, and does not leak into the next commit. */
  g_assert_true (ld_database_begin (db, &error));
  g_assert_true (ld_database_exec (db, "DELETE FROM settings", &error));
  ld_database_rollback (db);
  g_assert_cmpuint (seen->len, ==, 0);
  g_assert_true (ld_database_begin (db, &error));
  g_assert_true (ld_database_commit (db, &error));
  g_assert_cmpuint (seen->len, ==, 0);

  /* Reading emits nothing. */
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM settings"), ==, 2);
  g_assert_cmpuint (seen->len, ==, 0);

  /* A write outside a transaction is its own transaction. */
  stmt = ld_database_prepare (db, "UPDATE settings SET value = 3 WHERE key = 'a'", &error);
  g_assert_no_error (error);
  g_assert_true (ld_database_step_done (db, stmt, &error));
  g_assert_true (seen_contains (seen, "settings"));
  g_assert_cmpuint (seen->len, ==, 2);
  g_ptr_array_set_size (seen, 0);

  /* A failed write emits nothing. */
  g_assert_false (ld_database_exec (db, "INSERT INTO settings VALUES ('a', 1)", &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CONSTRAINT);
  g_assert_cmpuint (seen->len, ==, 0);
}

static void
test_check (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *too_new = g_build_filename (f->dir, "too-new.db", NULL);

  db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (ld_database_check (db, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  /* A missing audit trigger is reported. */
  g_assert_true (ld_database_exec (db, "DROP TRIGGER ld_audit_settings_update", &error));
  g_assert_false (ld_database_check (db, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_clear_object (&db);
  g_ptr_array_set_size (problems, 0);

  /* … and repaired by the next writable open. */
  db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (ld_database_check (db, problems, &error));
  g_clear_object (&db);

  /* Read-only opening lets check report a schema that is too new. */
  write_raw_database (too_new, "CREATE TABLE x (a); PRAGMA user_version = 999;");
  db = ld_database_open (too_new, LD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (ld_database_check (db, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "999"));
  g_clear_object (&db);
  g_ptr_array_set_size (problems, 0);

  /* … and a damaged file's problems, as sentences. */
  write_corrupt_database (f->path);
  db = ld_database_open (f->path, LD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_false (ld_database_check (db, problems, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, >, 0);
  g_assert_nonnull (strstr (g_ptr_array_index (problems, 0), "damaged"));
}

/* A clean close records a stamp so the next open may skip quick_check; any
 * change to the file afterwards (here: a damaged page) must void it. */
static void
test_stamp_never_hides_damage (Fixture       *f,
                               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  gsize offset;

  db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (ld_database_exec (db,
                                   "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000)"
                                   " INSERT INTO settings SELECT 'key' || i, printf('%.*c', 200, 'v') FROM n",
                                   &error));
  g_clear_object (&db);

  /* Unchanged since the clean close: opens (without the full check). */
  g_assert_true (ld_database_stamp_matches (f->path));
  db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (ld_database_stamp_matches (f->path));
  g_clear_object (&db);
  g_assert_true (ld_database_stamp_matches (f->path));

  g_assert_true (g_file_get_contents (f->path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 40 * 4096);
  offset = (length / 4096 / 2) * 4096;
  for (gsize i = 0; i < 4096; i++)
    contents[offset + i] = (char) (0x5a ^ (i * 31));
  g_assert_true (g_file_set_contents (f->path, contents, length, NULL));
  g_assert_false (ld_database_stamp_matches (f->path));

  assert_refused_untouched (f->path, LD_STORE_ERROR_CORRUPT);
}

/* Closing explicitly works while others still hold the database, such as
 * a list model with statements of its own: the journal is checkpointed,
 * the stamp recorded, and later calls fail cleanly. */
static void
test_close_with_references (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(LdPagedModel) model = NULL;
  g_autoptr(GObject) first = NULL;
  g_autofree char *wal_path = g_strconcat (f->path, "-wal", NULL);

  db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (ld_demo_fill (db, 30, 7, NULL, NULL, &error));
  g_assert_no_error (error);
  model = ld_paged_model_new (db, LD_RECORD_AREA_PETITION);
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_nonnull (first);
  g_assert_true (g_file_test (wal_path, G_FILE_TEST_EXISTS));

  ld_database_close (db);
  g_assert_false (g_file_test (wal_path, G_FILE_TEST_EXISTS));
  g_assert_true (ld_database_stamp_matches (f->path));

  g_assert_false (ld_database_exec (db, "INSERT INTO settings VALUES ('k', 'v')", &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_FAILED);
  ld_database_close (db); /* a second close does nothing */
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/database/migrate-empty", Fixture, NULL, fixture_set_up, test_migrate_empty, fixture_tear_down);
  g_test_add ("/store/database/file-mode", Fixture, NULL, fixture_set_up, test_file_mode, fixture_tear_down);
  g_test_add ("/store/database/pragmas", Fixture, NULL, fixture_set_up, test_pragmas, fixture_tear_down);
  g_test_add_func ("/store/database/memory", test_memory);
  g_test_add ("/store/database/open-async", Fixture, NULL, fixture_set_up, test_open_async, fixture_tear_down);
  g_test_add_func ("/store/database/default-path", test_default_path);
  g_test_add ("/store/database/refuse-too-new", Fixture, NULL, fixture_set_up, test_refuse_too_new, fixture_tear_down);
  g_test_add ("/store/database/refuse-not-sqlite", Fixture, NULL, fixture_set_up, test_refuse_not_sqlite, fixture_tear_down);
  g_test_add ("/store/database/refuse-corrupt", Fixture, NULL, fixture_set_up, test_refuse_corrupt, fixture_tear_down);
  g_test_add ("/store/database/stamp-never-hides-damage", Fixture, NULL, fixture_set_up, test_stamp_never_hides_damage, fixture_tear_down);
  g_test_add ("/store/database/close-with-references", Fixture, NULL, fixture_set_up, test_close_with_references, fixture_tear_down);
  g_test_add ("/store/database/read-only-location", Fixture, NULL, fixture_set_up, test_read_only_location, fixture_tear_down);
  g_test_add ("/store/database/no-create", Fixture, NULL, fixture_set_up, test_no_create, fixture_tear_down);
  g_test_add ("/store/database/read-only-open", Fixture, NULL, fixture_set_up, test_read_only_open, fixture_tear_down);
  g_test_add_func ("/store/database/rollback", test_rollback);
  g_test_add_func ("/store/database/nested", test_nested);
  g_test_add_func ("/store/database/changed-signal", test_changed_signal);
  g_test_add ("/store/database/check", Fixture, NULL, fixture_set_up, test_check, fixture_tear_down);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-backup"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/stat.h>

#include "ld-database-private.h"
#include "ld-test-util.h"

typedef struct
{
  char *dir;
  char *path;
  char *backup;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->dir = ld_test_make_tmp_dir ("ld-backup-XXXXXX");
  f->path = g_build_filename (f->dir, "legal-desk.db", NULL);
  f->backup = g_build_filename (f->dir, "backup.db", NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ld_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_free (f->backup);
}

static guint
count_files (const char *dir_path)
{
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir))
    n++;
  return n;
}

static void
assert_mode_0600 (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

typedef struct
{
  const char *path;
  gint        started;
  gint        stop;
  int         written;
} Writer;

/* Writes rows on its own connection until told to stop. */
static gpointer
writer_thread (gpointer data)
{
  Writer *w = data;
  g_autoptr(LdDatabase) db = ld_test_open_database (w->path);

  while (!g_atomic_int_get (&w->stop) || w->written < 20)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO settings VALUES ('writer.%d', %d)",
                                              w->written, w->written);
      ld_test_exec (db, sql);
      w->written++;
      g_atomic_int_set (&w->started, 1);
    }
  return NULL;
}

static void
test_backup_while_writing (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = ld_test_open_database (f->path);
  g_autoptr(LdDatabase) second = ld_test_open_database (f->path);
  g_autoptr(LdDatabase) copy = NULL;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_free);
  Writer writer = { f->path, 0, 0, 0 };
  GThread *thread;

  ld_test_exec (db, "INSERT INTO settings VALUES ('organisation_name', '某某镇人民政府')");

  /* A second connection in the middle of a write transaction. */
  g_assert_true (ld_database_begin (second, &error));
  g_assert_true (ld_database_exec (second, "INSERT INTO settings VALUES ('uncommitted', 1)", &error));

  g_assert_true (ld_database_backup (db, f->backup, &error));
  g_assert_no_error (error);

  g_assert_true (ld_database_commit (second, &error));
  assert_mode_0600 (f->backup);

  copy = ld_database_open (f->backup, LD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (copy, "SELECT count(*) FROM settings WHERE key = 'organisation_name'"), ==, 1);
  g_assert_cmpint (ld_test_query_int (copy, "SELECT count(*) FROM settings WHERE key = 'uncommitted'"), ==, 0);
  g_assert_cmpint (ld_database_get_schema_version (copy), ==, ld_database_get_latest_schema_version ());
  g_assert_true (ld_database_check (copy, problems, &error));
  g_clear_object (&copy);

  /* Another thread writes all the time the backup runs. */
  thread = g_thread_new ("writer", writer_thread, &writer);
  while (!g_atomic_int_get (&writer.started))
    g_usleep (1000);
  g_assert_true (ld_database_backup (db, f->backup, &error));
  g_assert_no_error (error);
  g_atomic_int_set (&writer.stop, 1);
  g_thread_join (thread);

  copy = ld_database_open (f->backup, LD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (copy, "SELECT count(*) FROM settings WHERE key LIKE 'writer.%'"), <=, writer.written);
  g_assert_true (ld_database_check (copy, problems, &error));
  g_assert_cmpuint (problems->len, ==, 0);
  assert_mode_0600 (f->backup);

  /* No temporary file is left beside the backup. */
  g_clear_object (&copy);
  g_clear_object (&db);
  g_clear_object (&second);
  g_assert_cmpuint (count_files (f->dir), ==, 2);
}

static void
backup_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  GAsyncResult **out = user_data;

  *out = g_object_ref (result);
}

static void
test_backup_async (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = ld_test_open_database (f->path);
  g_autoptr(LdDatabase) copy = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  int written = 0;

  ld_test_exec (db, "INSERT INTO settings VALUES ('organisation_name', '某某镇人民政府')");

  /* The caller's connection keeps writing while the worker copies. */
  ld_database_backup_async (db, f->backup, NULL, backup_done_cb, &result);
  while (result == NULL)
    {
      g_autofree char *sql = g_strdup_printf ("INSERT INTO settings VALUES ('main.%d', 1)", written++);

      ld_test_exec (db, sql);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_true (ld_database_backup_finish (db, result, &error));
  g_assert_no_error (error);
  assert_mode_0600 (f->backup);

  copy = ld_database_open (f->backup, LD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (copy, "SELECT count(*) FROM settings WHERE key = 'organisation_name'"), ==, 1);
  g_assert_cmpint (ld_test_query_int (copy, "SELECT count(*) FROM settings WHERE key LIKE 'main.%'"), <=, written);
  g_clear_object (&copy);
  g_clear_object (&result);

  /* Errors arrive through the callback too. */
  ld_database_backup_async (db, "/proc/legal-desk-test/backup.db", NULL, backup_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (ld_database_backup_finish (db, result, &error));
  g_assert_true (error->domain == LD_STORE_ERROR);
  g_assert_nonnull (strstr (error->message, "/proc/legal-desk-test/backup.db"));
}

static void
test_backup_memory (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(LdDatabase) copy = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autofree char *dir = g_dir_make_tmp ("ld-backup-XXXXXX", &error);
  g_autofree char *dest = g_build_filename (dir, "memory-backup.db", NULL);

  db = ld_database_open (":memory:", LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ld_test_exec (db, "INSERT INTO settings VALUES ('k', 'in memory')");

  ld_database_backup_async (db, dest, NULL, backup_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (ld_database_backup_finish (db, result, &error));
  g_assert_no_error (error);

  copy = ld_database_open (dest, LD_DATABASE_OPEN_READ_ONLY, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (copy, "SELECT count(*) FROM settings WHERE value = 'in memory'"), ==, 1);
  g_clear_object (&copy);
  g_unlink (dest);
  g_rmdir (dir);
}

static void
test_backup_bad_destination (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = ld_test_open_database (f->path);

  g_assert_false (ld_database_backup (db, "/proc/legal-desk-test/backup.db", &error));
  g_assert_true (error->domain == LD_STORE_ERROR);
  g_assert_nonnull (strstr (error->message, "/proc/legal-desk-test/backup.db"));
  g_clear_error (&error);

  g_assert_false (ld_database_backup (db, f->path, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CANNOT_OPEN);
}

static void
test_restore_round_trip (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = ld_test_open_database (f->path);
  g_autofree char *kept = NULL;
  g_autofree char *dir_of_kept = NULL;
  g_autofree char *wal = g_strconcat (f->path, "-wal", NULL);

  ld_test_exec (db, "INSERT INTO settings VALUES ('organisation_name', 'before')");
  g_assert_true (ld_database_backup (db, f->backup, &error));
  ld_test_exec (db, "UPDATE settings SET value = 'after' WHERE key = 'organisation_name'");
  ld_test_exec (db, "INSERT INTO settings VALUES ('only_after', 1)");
  g_clear_object (&db);

  g_assert_true (ld_database_restore (f->path, f->backup, &kept, &error));
  g_assert_no_error (error);
  g_assert_nonnull (kept);

  /* The replaced file is kept beside it, with its latest changes. */
  dir_of_kept = g_path_get_dirname (kept);
  g_assert_cmpstr (dir_of_kept, ==, f->dir);
  g_assert_true (g_str_has_prefix (kept, f->path));
  g_assert_true (g_str_has_prefix (kept + strlen (f->path), ".before-restore-"));
  g_assert_cmpuint (strlen (kept + strlen (f->path)), ==, strlen (".before-restore-YYYYMMDD-HHMMSS"));
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));

  db = ld_test_open_database (kept);
  g_assert_cmpint (ld_test_query_int (db, "SELECT value = 'after' FROM settings WHERE key = 'organisation_name'"), ==, 1);
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM settings WHERE key = 'only_after'"), ==, 1);
  g_clear_object (&db);

  assert_mode_0600 (f->path);
  db = ld_test_open_database (f->path);
  g_assert_cmpint (ld_test_query_int (db, "SELECT value = 'before' FROM settings WHERE key = 'organisation_name'"), ==, 1);
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM settings WHERE key = 'only_after'"), ==, 0);
  /* Writable again, audit trail working. */
  ld_test_exec (db, "INSERT INTO settings VALUES ('after_restore', 1)");
  g_assert_cmpint (ld_test_query_int (db, "SELECT count(*) FROM audit_log WHERE changes LIKE '%after_restore%'"), ==, 1);
}

static void
test_restore_refuses_bad_backup (Fixture       *f,
                                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = ld_test_open_database (f->path);
  g_autofree char *before = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *missing = g_build_filename (f->dir, "missing.db", NULL);
  sqlite3 *raw = NULL;
  guint n_files;
  struct {
    const char *contents;
    gssize      length;
    int         code;
  } bad[] = {
    { "this is not a database at all, just some text that is long enough", -1, LD_STORE_ERROR_NOT_A_DATABASE },
    { "", 0, LD_STORE_ERROR_NOT_A_DATABASE },
  };

  ld_test_exec (db, "INSERT INTO settings VALUES ('organisation_name', 'current')");
  g_clear_object (&db);
  before = ld_test_file_checksum (f->path);
  n_files = count_files (f->dir);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_true (g_file_set_contents (f->backup, bad[i].contents, bad[i].length, NULL));
      g_assert_false (ld_database_restore (f->path, f->backup, &kept, &error));
      g_assert_error (error, LD_STORE_ERROR, bad[i].code);
      g_assert_null (kept);
      g_clear_error (&error);
      g_unlink (f->backup);
    }

  /* A backup from a newer Legal Desk. */
  g_assert_cmpint (sqlite3_open (f->backup, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "CREATE TABLE x (a); PRAGMA user_version = 999;", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  g_assert_false (ld_database_restore (f->path, f->backup, &kept, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_TOO_NEW);
  g_clear_error (&error);
  g_unlink (f->backup);

  g_assert_false (ld_database_restore (f->path, missing, &kept, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CANNOT_OPEN);
  g_assert_nonnull (strstr (error->message, missing));

  /* The current database is untouched and nothing was left beside it. */
  {
    g_autofree char *after = ld_test_file_checksum (f->path);
    g_assert_cmpstr (before, ==, after);
  }
  g_assert_cmpuint (count_files (f->dir), ==, n_files);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/backup/while-writing", Fixture, NULL, fixture_set_up, test_backup_while_writing, fixture_tear_down);
  g_test_add ("/store/backup/async", Fixture, NULL, fixture_set_up, test_backup_async, fixture_tear_down);
  g_test_add_func ("/store/backup/memory", test_backup_memory);
  g_test_add ("/store/backup/bad-destination", Fixture, NULL, fixture_set_up, test_backup_bad_destination, fixture_tear_down);
  g_test_add ("/store/backup/restore-round-trip", Fixture, NULL, fixture_set_up, test_restore_round_trip, fixture_tear_down);
  g_test_add ("/store/backup/restore-refuses-bad-backup", Fixture, NULL, fixture_set_up, test_restore_refuses_bad_backup, fixture_tear_down);

  return g_test_run ();
}

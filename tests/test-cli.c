/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <string.h>

#include "ld-database.h"
#include "ld-test-util.h"

/* Runs the real legal-desk-cli of this build and checks exit codes, output
 * and what happens to the files it is pointed at. */

typedef struct
{
  char *dir;
  char *db_path;
} Fixture;

/* Runs the CLI with the NULL-terminated arguments that follow. */
static void
run_cli (Fixture         *fixture,
         LdTestCliResult *result,
         const char      *first_arg,
         ...)
{
  va_list args;

  va_start (args, first_arg);
  ld_test_cli_run_va (fixture->dir, result, NULL, first_arg, args);
  va_end (args);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = ld_test_make_tmp_dir ("test-cli-XXXXXX");
  fixture->db_path = g_build_filename (fixture->dir, "legal-desk.db", NULL);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ld_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
}

static void
create_fresh_database (const char *path)
{
  g_assert_finalize_object (ld_test_open_database (path));
}

static GBytes *
read_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;
  gsize length = 0;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static void
write_random_bytes (const char *path,
                    gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autofree guint8 *data = g_malloc (length);

  for (gsize i = 0; i < length; i++)
    data[i] = (guint8) g_random_int_range (0, 256);
  /* Not by chance a SQLite header. */
  data[0] = 'X';
  g_file_set_contents (path, (const char *) data, (gssize) length, &error);
  g_assert_no_error (error);
}

static void
test_help (Fixture       *fixture,
           gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };
  g_auto(LdTestCliResult) short_result = { 0 };
  g_auto(LdTestCliResult) help_command = { 0 };

  run_cli (fixture, &result, "--help", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "--database"));
  g_assert_nonnull (strstr (result.out, "check"));
  g_assert_nonnull (strstr (result.out, "backup"));
  g_assert_nonnull (strstr (result.out, "restore"));
  g_assert_nonnull (strstr (result.out, "demo"));
  g_assert_nonnull (strstr (result.out, "render"));
  g_assert_nonnull (strstr (result.out, "issued"));

  run_cli (fixture, &short_result, "-h", NULL);
  g_assert_cmpint (short_result.status, ==, 0);
  g_assert_cmpstr (short_result.out, ==, result.out);

  run_cli (fixture, &help_command, "help", NULL);
  g_assert_cmpint (help_command.status, ==, 0);
  g_assert_nonnull (strstr (help_command.out, "restore"));
}

static void
test_command_help (Fixture       *fixture,
                   gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };

  run_cli (fixture, &result, "-d", fixture->db_path, "backup", "--help", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "--force"));
  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));
}

static void
test_version (Fixture       *fixture,
              gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };

  run_cli (fixture, &result, "--version", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.out, ==, "legal-desk-cli 0.1.0\n");
  g_assert_cmpstr (result.err, ==, "");
}

static void
test_usage_errors (Fixture       *fixture,
                   gconstpointer  data)
{
  static const char *const cases[][4] = {
    { NULL },                                /* no command */
    { "frobnicate", NULL },                  /* unknown command */
    { "--bogus", NULL },                     /* unknown global option */
    { "--database", NULL },                  /* option without its value */
    { "check", "--bogus", NULL },            /* unknown command option */
    { "check", "extra", NULL },              /* unexpected argument */
    { "backup", NULL },                      /* missing FILE */
    { "backup", "a.db", "b.db", NULL },      /* two FILEs */
    { "restore", NULL },                     /* missing FILE */
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(LdTestCliResult) result = { 0 };

      run_cli (fixture, &result, "-d", fixture->db_path,
               cases[i][0], cases[i][0] ? cases[i][1] : NULL,
               cases[i][0] && cases[i][1] ? cases[i][2] : NULL, NULL);
      g_assert_cmpint (result.status, ==, 2);
      g_assert_cmpstr (result.out, ==, "");
      g_assert_cmpstr (result.err, !=, "");
      /* Usage errors never create the database. */
      g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));
    }
}

static void
test_unknown_command_named (Fixture       *fixture,
                            gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };

  run_cli (fixture, &result, "frobnicate", NULL);
  g_assert_cmpint (result.status, ==, 2);
  g_assert_nonnull (strstr (result.err, "frobnicate"));
}

static void
test_check_fresh (Fixture       *fixture,
                  gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };
  g_autofree char *expected = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  create_fresh_database (fixture->db_path);
  before = read_bytes (fixture->db_path);

  run_cli (fixture, &result, "--database", fixture->db_path, "check", NULL);
  g_assert_cmpint (result.status, ==, 0);
  expected = g_strdup_printf ("ok: schema %d, integrity ok\n",
                              ld_database_get_latest_schema_version ());
  g_assert_cmpstr (result.out, ==, expected);

  after = read_bytes (fixture->db_path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_check_missing (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };

  run_cli (fixture, &result, "--database", fixture->db_path, "check", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, fixture->db_path));
  /* check never creates a database. */
  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));
}

static void
test_check_not_a_database (Fixture       *fixture,
                           gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  write_random_bytes (fixture->db_path, 8192);
  before = read_bytes (fixture->db_path);

  run_cli (fixture, &result, "--database", fixture->db_path, "check", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, fixture->db_path));
  g_assert_null (strstr (result.out, "ok:"));

  after = read_bytes (fixture->db_path);
  g_assert_true (g_bytes_equal (before, after));
}

/* Sets PRAGMA user_version by writing the database header (a big-endian
 * integer at offset 60), as a newer Legal Desk would have left it. */
static void
set_user_version (const char *path,
                  guint32     version)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = read_bytes (path);
  gsize length;
  g_autofree guint8 *data = g_bytes_unref_to_data (g_steal_pointer (&bytes), &length);

  g_assert_cmpuint (length, >, 100);
  g_assert_cmpint (memcmp (data, "SQLite format 3", 16), ==, 0);
  data[60] = (guint8) (version >> 24);
  data[61] = (guint8) (version >> 16);
  data[62] = (guint8) (version >> 8);
  data[63] = (guint8) version;
  g_file_set_contents (path, (const char *) data, (gssize) length, &error);
  g_assert_no_error (error);
}

static void
test_check_too_new (Fixture       *fixture,
                    gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  create_fresh_database (fixture->db_path);
  set_user_version (fixture->db_path, 9999);
  before = read_bytes (fixture->db_path);

  run_cli (fixture, &result, "-d", fixture->db_path, "check", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.out, "9999"));
  g_assert_null (strstr (result.out, "ok:"));

  after = read_bytes (fixture->db_path);
  g_assert_true (g_bytes_equal (before, after));
}

static void
test_check_corrupt (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) fresh = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_auto(LdTestCliResult) result = { 0 };
  g_autofree guint8 *damaged = NULL;
  gsize length;

  create_fresh_database (fixture->db_path);
  fresh = read_bytes (fixture->db_path);
  damaged = g_memdup2 (g_bytes_get_data (fresh, &length), g_bytes_get_size (fresh));
  /* Keep the header and page 1 (the schema); scribble over every other page. */
  g_assert_cmpuint (length, >=, 3 * 4096);
  for (gsize i = 4096; i < length; i++)
    damaged[i] = (guint8) (i * 7 + 13);
  g_file_set_contents (fixture->db_path, (const char *) damaged, (gssize) length, &error);
  g_assert_no_error (error);
  before = read_bytes (fixture->db_path);

  run_cli (fixture, &result, "-d", fixture->db_path, "check", NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_null (strstr (result.out, "ok:"));
  g_assert_true (strlen (result.out) + strlen (result.err) > 0);

  after = read_bytes (fixture->db_path);
  g_assert_true (g_bytes_equal (before, after));
}

/* The one "<db>.before-restore-<time>" file beside the database. */
static char *
find_kept_file (Fixture *fixture)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  char *found = NULL;
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "legal-desk.db.before-restore-")
        && !g_str_has_suffix (name, "-wal") && !g_str_has_suffix (name, "-shm"))
      {
        g_assert_null (found);
        found = g_build_filename (fixture->dir, name, NULL);
      }
  g_assert_nonnull (found);
  return found;
}

static void
test_backup_restore (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autofree char *backup_path = g_build_filename (fixture->dir, "backup.db", NULL);
  g_autofree char *kept_path = NULL;
  g_autoptr(GBytes) junk = NULL;
  g_autoptr(GBytes) kept = NULL;
  g_autoptr(GBytes) backup = NULL;
  g_autoptr(GBytes) backup_again = NULL;
  g_auto(LdTestCliResult) first = { 0 };
  g_auto(LdTestCliResult) again = { 0 };
  g_auto(LdTestCliResult) forced = { 0 };
  g_auto(LdTestCliResult) check_backup = { 0 };
  g_auto(LdTestCliResult) restore = { 0 };
  g_auto(LdTestCliResult) check_restored = { 0 };

  create_fresh_database (fixture->db_path);

  run_cli (fixture, &first, "-d", fixture->db_path, "backup", backup_path, NULL);
  g_assert_cmpint (first.status, ==, 0);
  g_assert_true (g_file_test (backup_path, G_FILE_TEST_IS_REGULAR));
  backup = read_bytes (backup_path);

  /* An existing backup is not overwritten without --force. */
  run_cli (fixture, &again, "-d", fixture->db_path, "backup", backup_path, NULL);
  g_assert_cmpint (again.status, ==, 1);
  g_assert_nonnull (strstr (again.err, "--force"));
  backup_again = read_bytes (backup_path);
  g_assert_true (g_bytes_equal (backup, backup_again));

  run_cli (fixture, &forced, "-d", fixture->db_path, "backup", "--force", backup_path, NULL);
  g_assert_cmpint (forced.status, ==, 0);

  run_cli (fixture, &check_backup, "-d", backup_path, "check", NULL);
  g_assert_cmpint (check_backup.status, ==, 0);

  /* Damage the database, then restore the backup over it. */
  write_random_bytes (fixture->db_path, 4096);
  junk = read_bytes (fixture->db_path);

  run_cli (fixture, &restore, "-d", fixture->db_path, "restore", backup_path, NULL);
  g_assert_cmpint (restore.status, ==, 0);

  run_cli (fixture, &check_restored, "-d", fixture->db_path, "check", NULL);
  g_assert_cmpint (check_restored.status, ==, 0);

  /* The replaced file is kept beside it, and the output says where. */
  kept_path = find_kept_file (fixture);
  g_assert_nonnull (strstr (restore.out, kept_path));
  kept = read_bytes (kept_path);
  g_assert_true (g_bytes_equal (kept, junk));
}

static void
test_backup_unwritable (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *plain_file = g_build_filename (fixture->dir, "plain-file", NULL);
  /* A folder that cannot exist, even for root: its parent is a file. */
  g_autofree char *dest = g_build_filename (plain_file, "backup.db", NULL);
  g_auto(LdTestCliResult) result = { 0 };
  g_autoptr(GError) error = NULL;

  create_fresh_database (fixture->db_path);
  g_file_set_contents (plain_file, "not a folder", -1, &error);
  g_assert_no_error (error);

  run_cli (fixture, &result, "-d", fixture->db_path, "backup", dest, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_cmpstr (result.err, !=, "");
  g_assert_false (g_file_test (dest, G_FILE_TEST_EXISTS));
}

static void
test_backup_missing_database (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *dest = g_build_filename (fixture->dir, "backup.db", NULL);
  g_auto(LdTestCliResult) result = { 0 };

  run_cli (fixture, &result, "-d", fixture->db_path, "backup", dest, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (dest, G_FILE_TEST_EXISTS));
}

static void
test_restore_bad_backup (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autofree char *bad = g_build_filename (fixture->dir, "bad.db", NULL);
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.db", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_auto(LdTestCliResult) result = { 0 };
  g_auto(LdTestCliResult) missing_result = { 0 };

  create_fresh_database (fixture->db_path);
  before = read_bytes (fixture->db_path);
  write_random_bytes (bad, 4096);

  run_cli (fixture, &result, "-d", fixture->db_path, "restore", bad, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, bad));

  run_cli (fixture, &missing_result, "-d", fixture->db_path, "restore", missing, NULL);
  g_assert_cmpint (missing_result.status, ==, 1);

  after = read_bytes (fixture->db_path);
  g_assert_true (g_bytes_equal (before, after));
}

/* The demo command belongs to the lists engineer (who tests its records);
 * here only that it is wired in and leaves a database that passes check. */
static void
test_demo_then_check (Fixture       *fixture,
                      gconstpointer  data)
{
  g_auto(LdTestCliResult) usage = { 0 };
  g_auto(LdTestCliResult) demo = { 0 };
  g_auto(LdTestCliResult) check = { 0 };

  run_cli (fixture, &usage, "-d", fixture->db_path, "demo", NULL);
  g_assert_cmpint (usage.status, ==, 2);
  g_assert_false (g_file_test (fixture->db_path, G_FILE_TEST_EXISTS));

  run_cli (fixture, &demo, "-d", fixture->db_path, "demo", "--records", "3", NULL);
  g_assert_cmpint (demo.status, ==, 0);

  run_cli (fixture, &check, "-d", fixture->db_path, "check", NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_true (g_str_has_prefix (check.out, "ok: schema "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/cli/help", test_help);
  ADD ("/cli/command-help", test_command_help);
  ADD ("/cli/version", test_version);
  ADD ("/cli/usage-errors", test_usage_errors);
  ADD ("/cli/unknown-command", test_unknown_command_named);
  ADD ("/cli/check/fresh", test_check_fresh);
  ADD ("/cli/check/missing", test_check_missing);
  ADD ("/cli/check/not-a-database", test_check_not_a_database);
  ADD ("/cli/check/too-new", test_check_too_new);
  ADD ("/cli/check/corrupt", test_check_corrupt);
  ADD ("/cli/backup/restore", test_backup_restore);
  ADD ("/cli/backup/unwritable", test_backup_unwritable);
  ADD ("/cli/backup/missing-database", test_backup_missing_database);
  ADD ("/cli/restore/bad-backup", test_restore_bad_backup);
  ADD ("/cli/demo/check", test_demo_then_check);

#undef ADD

  return g_test_run ();
}

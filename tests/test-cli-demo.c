/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-demo"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "ld-paged-model.h"

/* `legal-desk-cli demo`, run as the real program of this build. */

typedef struct
{
  char *dir;
  char *db_path;
  int   status;
  char *out;
  char *err;
} Fixture;

static void
run_demo (Fixture    *f,
          const char *first_arg,
          ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *data_home = g_build_filename (f->dir, "xdg-data", NULL);
  const char *build_root = g_getenv ("LD_BUILD_ROOT");
  va_list args;

  g_assert_nonnull (build_root);
  g_clear_pointer (&f->out, g_free);
  g_clear_pointer (&f->err, g_free);
  g_ptr_array_add (argv, g_build_filename (build_root, "src", "cli", "legal-desk-cli", NULL));
  g_ptr_array_add (argv, g_strdup ("--database"));
  g_ptr_array_add (argv, g_strdup (f->db_path));
  g_ptr_array_add (argv, g_strdup ("demo"));
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  va_end (args);
  g_ptr_array_add (argv, NULL);

  /* Never touch the real default database. */
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &f->out, &f->err, &f->status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (f->status));
  f->status = WEXITSTATUS (f->status);
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", f->status, f->out, f->err);
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("ld-cli-demo-XXXXXX", &error);
  g_assert_no_error (error);
  f->db_path = g_build_filename (f->dir, "demo.db", NULL);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };
  g_autofree char *data_home = g_build_filename (f->dir, "xdg-data", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (f->db_path, suffixes[i], NULL);
      g_unlink (file);
    }
  g_rmdir (data_home);
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->db_path);
  g_free (f->out);
  g_free (f->err);
}

static guint
count (Fixture      *f,
       LdRecordArea  area)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = ld_database_open (f->db_path, LD_DATABASE_OPEN_NO_CREATE, &error);
  g_autoptr(LdPagedModel) model = NULL;

  g_assert_no_error (error);
  model = ld_paged_model_new (db, area);
  return g_list_model_get_n_items (G_LIST_MODEL (model));
}

static void
test_fill (Fixture       *f,
           gconstpointer  data)
{
  run_demo (f, "--records", "40", "--seed", "9", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_nonnull (strstr (f->out, "40"));
  g_assert_nonnull (strstr (f->out, f->db_path));
  g_assert_nonnull (strstr (f->err, "120"));  /* the progress line: 120 of 120 */
  for (LdRecordArea area = 0; area < LD_N_RECORD_AREAS; area++)
    g_assert_cmpuint (count (f, area), ==, 40);

  /* Again, with the short options: the registers grow. */
  run_demo (f, "-n", "10", NULL);
  g_assert_cmpint (f->status, ==, 0);
  g_assert_cmpuint (count (f, LD_RECORD_AREA_PETITION), ==, 50);
}

static void
test_usage (Fixture       *f,
            gconstpointer  data)
{
  static const char * const bad_counts[] = { "0", "-3", "abc", "12x", "", "99999999999" };

  run_demo (f, NULL);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err, "--records"));
  g_assert_cmpstr (f->out, ==, "");

  for (guint i = 0; i < G_N_ELEMENTS (bad_counts); i++)
    {
      run_demo (f, "--records", bad_counts[i], NULL);
      g_assert_cmpint (f->status, ==, 2);
      g_assert_nonnull (strstr (f->err, "--records"));
    }

  run_demo (f, "--records", "5", "--seed", "-1", NULL);
  g_assert_cmpint (f->status, ==, 2);
  g_assert_nonnull (strstr (f->err, "--seed"));

  run_demo (f, "--records", "5", "extra.db", NULL);
  g_assert_cmpint (f->status, ==, 2);

  run_demo (f, "--no-such-option", NULL);
  g_assert_cmpint (f->status, ==, 2);

  /* None of that created the database. */
  g_assert_false (g_file_test (f->db_path, G_FILE_TEST_EXISTS));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/cli/demo/fill", Fixture, NULL, set_up, test_fill, tear_down);
  g_test_add ("/cli/demo/usage", Fixture, NULL, set_up, test_usage, tear_down);

  return g_test_run ();
}

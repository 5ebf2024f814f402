/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-demo"

#include <glib/gstdio.h>
#include <string.h>

#include "ld-paged-model.h"
#include "ld-test-util.h"

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
  const char * const leading[] = { "--database", f->db_path, "demo", NULL };
  LdTestCliResult result = { 0 };
  va_list args;

  va_start (args, first_arg);
  ld_test_cli_run_va (f->dir, &result, leading, first_arg, args);
  va_end (args);
  g_free (f->out);
  g_free (f->err);
  f->status = result.status;
  f->out = result.out;
  f->err = result.err;
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  f->dir = ld_test_make_tmp_dir ("ld-cli-demo-XXXXXX");
  f->db_path = g_build_filename (f->dir, "demo.db", NULL);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  ld_test_remove_tree (f->dir);
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

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-test-util"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <sys/wait.h>

#include "ld-database-private.h"
#include "ld-store-values-private.h"
#include "ld-test-util.h"

char *
ld_test_make_tmp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

void
ld_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir)
    {
      while ((name = g_dir_read_name (dir)))
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          g_chmod (child, 0700);
          if (g_file_test (child, G_FILE_TEST_IS_DIR))
            ld_test_remove_tree (child);
          else
            g_unlink (child);
        }
    }
  g_rmdir (path);
}

char *
ld_test_file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

LdDatabase *
ld_test_open_database (const char *path)
{
  g_autoptr(GError) error = NULL;
  LdDatabase *db = ld_database_open (path, LD_DATABASE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  return db;
}

static sqlite3_stmt *
step_one_row (LdDatabase *db,
              const char *sql)
{
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (ld_database_get_handle (db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  return stmt;
}

gint64
ld_test_query_int (LdDatabase *db,
                   const char *sql)
{
  sqlite3_stmt *stmt = step_one_row (db, sql);
  gint64 value = sqlite3_column_int64 (stmt, 0);

  sqlite3_finalize (stmt);
  return value;
}

char *
ld_test_query_text (LdDatabase *db,
                    const char *sql)
{
  sqlite3_stmt *stmt = step_one_row (db, sql);
  char *value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));

  sqlite3_finalize (stmt);
  return value;
}

void
ld_test_exec (LdDatabase *db,
              const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ld_database_begin (db, &error));
  g_assert_true (ld_database_exec (db, sql, &error));
  g_assert_true (ld_database_commit (db, &error));
  g_assert_no_error (error);
}

void
ld_test_parse_date (const char *text,
                    GDate      *out)
{
  int y, m, d;

  g_assert_cmpint (sscanf (text, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_clear (out, 1);
  g_date_set_dmy (out, d, m, y);
}

char *
ld_test_date_text (const GDate *date)
{
  char *text = ld_store_format_date (date);

  return text != NULL ? text : g_strdup ("");
}

void
ld_test_cli_result_clear (LdTestCliResult *result)
{
  g_clear_pointer (&result->out, g_free);
  g_clear_pointer (&result->err, g_free);
}

void
ld_test_cli_run_va (const char         *dir,
                    LdTestCliResult    *result,
                    const char * const *leading,
                    const char         *first_arg,
                    va_list             args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autofree char *data_home = g_build_filename (dir, "xdg-data", NULL);
  const char *build_root = g_getenv ("LD_BUILD_ROOT");

  g_assert_nonnull (build_root);
  ld_test_cli_result_clear (result);
  g_ptr_array_add (argv, g_build_filename (build_root, "src", "cli", "legal-desk-cli", NULL));
  for (guint i = 0; leading != NULL && leading[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (leading[i]));
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, g_strdup (arg));
  g_ptr_array_add (argv, NULL);

  /* Never touch the real default database. */
  envp = g_environ_setenv (envp, "XDG_DATA_HOME", data_home, TRUE);

  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &result->status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (result->status));
  result->status = WEXITSTATUS (result->status);
  /* A PDF on stdout would garble the TAP log. */
  g_test_message ("exit %d\nstdout: %s\nstderr: %s", result->status,
                  g_utf8_validate (result->out, -1, NULL) ? result->out : "(binary)",
                  result->err);
}

void
ld_test_cli_run_on (const char      *dir,
                    const char      *db_path,
                    LdTestCliResult *result,
                    const char      *first_arg,
                    ...)
{
  const char * const leading[] = { "-d", db_path, NULL };
  va_list args;

  va_start (args, first_arg);
  ld_test_cli_run_va (dir, result, leading, first_arg, args);
  va_end (args);
}

GPtrArray *
ld_test_cli_parse_json_lines (const char *out)
{
  g_autoptr(GPtrArray) objects = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      JsonNode *root;

      if (*lines[i] == '\0')
        continue;
      json_parser_load_from_data (parser, lines[i], -1, &error);
      g_assert_no_error (error);
      root = json_parser_get_root (parser);
      g_assert_true (JSON_NODE_HOLDS_OBJECT (root));
      g_ptr_array_add (objects, json_object_ref (json_node_get_object (root)));
    }
  return g_steal_pointer (&objects);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli-docs"

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <sqlite3.h>
#include <string.h>

#include "ld-document.h"
#include "ld-issued-store.h"
#include "ld-pdf-renderer.h"
#include "ld-sample-letter.h"
#include "ld-settings-store.h"
#include "ld-test-poppler.h"
#include "ld-test-util.h"

/* Runs the real legal-desk-cli of this build: render, issued list, export
 * and verify, against documents issued through the store API. */

#define ORGANISATION "青山镇人民政府"

typedef struct
{
  char *dir;
  char *db_path;
} Fixture;

/* Runs the CLI on the fixture's database with the NULL-terminated
 * arguments that follow. */
static void
run_cli (Fixture         *f,
         LdTestCliResult *result,
         const char      *first_arg,
         ...)
{
  const char * const leading[] = { "--database", f->db_path, NULL };
  va_list args;

  va_start (args, first_arg);
  ld_test_cli_run_va (f->dir, result, leading, first_arg, args);
  va_end (args);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdOrgSettings) settings = NULL;
  LdDatabase *db;

  f->dir = ld_test_make_tmp_dir ("test-cli-docs-XXXXXX");
  f->db_path = g_build_filename (f->dir, "legal-desk.db", NULL);

  db = ld_test_open_database (f->db_path);
  settings = ld_settings_store_load (db, &error);
  g_assert_no_error (error);
  ld_org_settings_set_organisation_name (settings, ORGANISATION);
  ld_settings_store_save (db, settings, &error);
  g_assert_no_error (error);
  g_assert_finalize_object (db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ld_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->db_path);
}

static GBytes *
render_sample_cb (const char  *number,
                  gpointer     user_data,
                  GError     **error)
{
  g_autoptr(LdDocument) document = ld_sample_letter_new (ORGANISATION, GPOINTER_TO_INT (user_data));

  ld_document_set_number (document, number);
  return ld_document_render_pdf (document, error);
}

/* Issues sample letters of 1, 2, … paragraphs through the store API and
 * returns them, oldest first. */
static GPtrArray *
issue_samples (Fixture *f,
               int      count)
{
  g_autoptr(GPtrArray) issued = g_ptr_array_new_with_free_func (g_object_unref);
  LdDatabase *db = ld_test_open_database (f->db_path);

  for (int i = 1; i <= count; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *title = g_strdup_printf ("样张%d", i);
      LdIssuedDocument *document;

      document = ld_issued_store_issue (db, LD_DOCUMENT_KIND_SAMPLE, 2026, "samples", i,
                                        title, render_sample_cb, GINT_TO_POINTER (i), &error);
      g_assert_no_error (error);
      g_ptr_array_add (issued, document);
    }
  g_assert_finalize_object (db);
  return g_steal_pointer (&issued);
}

static void
test_render_sample (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };
  g_autofree char *output = g_build_filename (f->dir, "sample.pdf", NULL);
  g_autofree char *text = NULL;
  int n_pages = 0;

  run_cli (f, &result, "render", "sample", "3", "-o", output, NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  text = ld_test_pdf_file_text (output, &n_pages);
  g_assert_cmpint (n_pages, >=, 1);
  g_assert_nonnull (strstr (text, ORGANISATION));

  /* "-o -" writes the PDF, and nothing else, to standard output. */
  {
    g_auto(LdTestCliResult) piped = { 0 };

    run_cli (f, &piped, "render", "sample", "1", "-o", "-", NULL);
    g_assert_cmpint (piped.status, ==, 0);
    g_assert_true (g_str_has_prefix (piped.out, "%PDF-"));
    g_assert_cmpstr (piped.err, ==, "");
  }
}

static void
test_render_usage (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *output = g_build_filename (f->dir, "out.pdf", NULL);
  struct
  {
    const char *kind;
    const char *id;
    gboolean    with_output;
    const char *stderr_part;
  } cases[] = {
    { "no-such-kind", "1", TRUE, "unknown document kind" },
    { "sample", "1", FALSE, "-o" },
    { "sample", "0", TRUE, "1" },
    { "sample", "201", TRUE, "200" },
    { "sample", "abc", TRUE, "abc" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(LdTestCliResult) result = { 0 };

      if (cases[i].with_output)
        run_cli (f, &result, "render", cases[i].kind, cases[i].id, "-o", output, NULL);
      else
        run_cli (f, &result, "render", cases[i].kind, cases[i].id, NULL);
      g_assert_cmpint (result.status, ==, 2);
      g_assert_nonnull (strstr (result.err, cases[i].stderr_part));
      g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
    }

  /* The unknown kind's message lists the kinds that exist. */
  {
    g_auto(LdTestCliResult) result = { 0 };

    run_cli (f, &result, "render", "no-such-kind", "1", "-o", output, NULL);
    g_assert_cmpint (result.status, ==, 2);
    g_assert_nonnull (strstr (result.err, "sample"));
  }
}

static void
test_issued_list (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) issued = issue_samples (f, 2);
  g_auto(LdTestCliResult) table = { 0 };
  g_auto(LdTestCliResult) json = { 0 };
  g_auto(GStrv) lines = NULL;

  run_cli (f, &table, "issued", "list", NULL);
  g_assert_cmpint (table.status, ==, 0);
  g_assert_nonnull (strstr (table.out, "×样〔2026〕1号"));
  g_assert_nonnull (strstr (table.out, "×样〔2026〕2号"));
  g_assert_nonnull (strstr (table.out, "样张2"));
  g_assert_nonnull (strstr (table.out, "samples/2"));

  run_cli (f, &json, "issued", "list", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  lines = g_strsplit (g_strchomp (json.out), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 2);
  for (guint i = 0; lines[i]; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      /* Newest first. */
      LdIssuedDocument *expected = g_ptr_array_index (issued, issued->len - 1 - i);
      JsonObject *object;

      json_parser_load_from_data (parser, lines[i], -1, &error);
      g_assert_no_error (error);
      object = json_node_get_object (json_parser_get_root (parser));
      g_assert_nonnull (object);
      g_assert_cmpint (json_object_get_int_member (object, "id"), ==,
                       ld_issued_document_get_id (expected));
      g_assert_cmpstr (json_object_get_string_member (object, "number"), ==,
                       ld_issued_document_get_number (expected));
      g_assert_cmpstr (json_object_get_string_member (object, "status"), ==, "issued");
      g_assert_cmpstr (json_object_get_string_member (object, "kind"), ==, "sample");
      g_assert_cmpstr (json_object_get_string_member (object, "sha256"), ==,
                       ld_issued_document_get_sha256 (expected));
      g_assert_true (g_str_has_suffix (json_object_get_string_member (object, "issued_at"), "Z"));
    }
}

static void
test_issued_list_empty (Fixture       *f,
                        gconstpointer  data)
{
  g_auto(LdTestCliResult) json = { 0 };
  g_auto(LdTestCliResult) missing_db = { 0 };

  run_cli (f, &json, "issued", "list", "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_cmpstr (json.out, ==, "");

  /* Listing never creates a database. */
  g_free (f->db_path);
  f->db_path = g_build_filename (f->dir, "absent.db", NULL);
  run_cli (f, &missing_db, "issued", "list", NULL);
  g_assert_cmpint (missing_db.status, ==, 1);
  g_assert_false (g_file_test (f->db_path, G_FILE_TEST_EXISTS));
}

static void
test_issued_export (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) issued = issue_samples (f, 2);
  LdIssuedDocument *second = g_ptr_array_index (issued, 1);
  g_autofree char *output = g_build_filename (f->dir, "export.pdf", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *sha = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(LdTestCliResult) result = { 0 };
  g_auto(LdTestCliResult) unknown = { 0 };
  g_auto(LdTestCliResult) no_output = { 0 };
  gsize length;

  run_cli (f, &result, "issued", "export", "×样〔2026〕2号", "-o", output, NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_file_get_contents (output, &contents, &length, &error);
  g_assert_no_error (error);
  sha = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
  g_assert_cmpstr (sha, ==, ld_issued_document_get_sha256 (second));
  g_assert_cmpmem (contents, length,
                   g_bytes_get_data (ld_issued_document_get_pdf (second), NULL),
                   g_bytes_get_size (ld_issued_document_get_pdf (second)));
  g_unlink (output);

  run_cli (f, &unknown, "issued", "export", "×样〔2026〕9号", "-o", output, NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "×样〔2026〕9号"));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));

  run_cli (f, &no_output, "issued", "export", "×样〔2026〕1号", NULL);
  g_assert_cmpint (no_output.status, ==, 2);
}

/* The audit triggers call ld_os_user(), which LdDatabase registers on its
 * connections; a raw connection needs its own to run any write. */
static void
os_user_cb (sqlite3_context *context,
            int              argc,
            sqlite3_value  **argv)
{
  sqlite3_result_text (context, "tamperer", -1, SQLITE_STATIC);
}

static void
test_issued_verify (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GPtrArray) issued = issue_samples (f, 3);
  g_auto(LdTestCliResult) clean = { 0 };
  g_auto(LdTestCliResult) tampered = { 0 };
  sqlite3 *raw = NULL;

  run_cli (f, &clean, "issued", "verify", NULL);
  g_assert_cmpint (clean.status, ==, 0);
  g_assert_null (strstr (clean.out, "MISMATCH"));

  /* Tamper with the second document behind the store's back. */
  g_assert_cmpint (sqlite3_open_v2 (f->db_path, &raw, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_create_function_v2 (raw, "ld_os_user", 0, SQLITE_UTF8, NULL,
                                               os_user_cb, NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw,
                                 "DROP TRIGGER issued_documents_no_update;"
                                 "UPDATE issued_documents SET pdf = substr (pdf, 1, length (pdf) - 1) WHERE seq = 2;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  run_cli (f, &tampered, "issued", "verify", NULL);
  g_assert_cmpint (tampered.status, ==, 1);
  g_assert_nonnull (strstr (tampered.out, "×样〔2026〕2号"));
  g_assert_null (strstr (tampered.out, "×样〔2026〕1号"));
  g_assert_null (strstr (tampered.out, "×样〔2026〕3号"));
}

static void
test_issued_usage (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(LdTestCliResult) none = { 0 };
  g_auto(LdTestCliResult) unknown = { 0 };
  g_auto(LdTestCliResult) extra = { 0 };

  run_cli (f, &none, "issued", NULL);
  g_assert_cmpint (none.status, ==, 2);
  run_cli (f, &unknown, "issued", "shred", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "shred"));
  run_cli (f, &extra, "issued", "verify", "now", NULL);
  g_assert_cmpint (extra.status, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli/docs/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("render-sample", test_render_sample);
  ADD ("render-usage", test_render_usage);
  ADD ("issued-list", test_issued_list);
  ADD ("issued-list-empty", test_issued_list_empty);
  ADD ("issued-export", test_issued_export);
  ADD ("issued-verify", test_issued_verify);
  ADD ("issued-usage", test_issued_usage);

#undef ADD

  return g_test_run ();
}

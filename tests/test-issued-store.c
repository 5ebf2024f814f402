/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-issued-store"

#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <sqlite3.h>
#include <string.h>

#include "ld-docs-error.h"
#include "ld-document.h"
#include "ld-issued-store.h"
#include "ld-pdf-renderer.h"
#include "ld-sample-letter.h"
#include "ld-settings-store.h"

typedef struct
{
  char       *dir;
  char       *path;
  LdDatabase *db;
  int         renders;  /* how often the render callback ran */
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("ld-issued-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "legal-desk.db", NULL);
  f->db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (f->db);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_assert_finalize_object (f->db);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->dir, name, NULL);
      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static void
set_organisation (Fixture    *f,
                  const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdOrgSettings) settings = ld_settings_store_load (f->db, &error);

  g_assert_no_error (error);
  ld_org_settings_set_organisation_name (settings, name);
  ld_settings_store_save (f->db, settings, &error);
  g_assert_no_error (error);
}

/* The sample letter of the organisation as the settings name it now, with
 * the number being issued. */
static GBytes *
render_sample_cb (const char  *number,
                  gpointer     user_data,
                  GError     **error)
{
  Fixture *f = user_data;
  g_autoptr(LdOrgSettings) settings = NULL;
  g_autoptr(LdDocument) document = NULL;

  f->renders++;
  settings = ld_settings_store_load (f->db, error);
  if (settings == NULL)
    return NULL;
  document = ld_sample_letter_new (ld_org_settings_get_organisation_name (settings), 2);
  ld_document_set_number (document, number);
  return ld_document_render_pdf (document, error);
}

static GBytes *
render_fails_cb (const char  *number,
                 gpointer     user_data,
                 GError     **error)
{
  Fixture *f = user_data;

  f->renders++;
  g_set_error (error, LD_DOCS_ERROR, LD_DOCS_ERROR_NO_FONT, "no font for %s", number);
  return NULL;
}

/* A render that forgets to set its error must still not issue anything. */
static GBytes *
render_returns_null_cb (const char  *number,
                        gpointer     user_data,
                        GError     **error)
{
  return NULL;
}

/* A renderer whose own store call failed and rolled back (say, reading the
 * record) but that still returns bytes: the issue must not commit. */
static GBytes *
render_after_inner_rollback_cb (const char  *number,
                                gpointer     user_data,
                                GError     **error)
{
  Fixture *f = user_data;

  g_assert_true (ld_database_begin (f->db, NULL));
  ld_database_rollback (f->db);
  return render_sample_cb (number, user_data, error);
}

static LdIssuedDocument *
issue_sample (Fixture *f,
              int      year)
{
  g_autoptr(GError) error = NULL;
  LdIssuedDocument *document;

  document = ld_issued_store_issue (f->db, LD_DOCUMENT_KIND_SAMPLE, year, "samples", 7,
                                    "公文样张", render_sample_cb, f, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/* poppler-glib 22.12 defines no g_autoptr cleanups: unref by hand. */
static char *
pdf_text (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes (pdf, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 1);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      g_string_append (text, page_text);
      g_object_unref (page);
    }
  g_object_unref (document);
  return g_string_free (text, FALSE);
}

static int
count_issued (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  int count = ld_issued_store_count (f->db, &error);

  g_assert_no_error (error);
  return count;
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

/* A second connection that bypasses the store, as a tamperer would. */
static sqlite3 *
open_raw (Fixture *f)
{
  sqlite3 *raw = NULL;

  g_assert_cmpint (sqlite3_open_v2 (f->path, &raw, SQLITE_OPEN_READWRITE, NULL), ==, SQLITE_OK);
  sqlite3_busy_timeout (raw, 5000);
  g_assert_cmpint (sqlite3_create_function_v2 (raw, "ld_os_user", 0, SQLITE_UTF8, NULL,
                                               os_user_cb, NULL, NULL, NULL), ==, SQLITE_OK);
  return raw;
}

/* Rows another connection sees, i.e. committed ones. */
static int
count_committed (Fixture *f)
{
  sqlite3 *raw = open_raw (f);
  sqlite3_stmt *stmt = NULL;
  int count;

  g_assert_cmpint (sqlite3_prepare_v2 (raw, "SELECT count(*) FROM issued_documents", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  count = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
  return count;
}

static void
test_consecutive (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(LdIssuedDocument) first = issue_sample (f, 2026);
  g_autoptr(LdIssuedDocument) second = issue_sample (f, 2026);
  g_autoptr(LdIssuedDocument) next_year = issue_sample (f, 2027);
  g_autoptr(LdIssuedDocument) third = issue_sample (f, 2026);

  g_assert_cmpstr (ld_issued_document_get_number (first), ==, "×样〔2026〕1号");
  g_assert_cmpint (ld_issued_document_get_seq (first), ==, 1);
  g_assert_cmpstr (ld_issued_document_get_number (second), ==, "×样〔2026〕2号");
  g_assert_cmpint (ld_issued_document_get_seq (second), ==, 2);
  g_assert_cmpstr (ld_issued_document_get_number (next_year), ==, "×样〔2027〕1号");
  g_assert_cmpint (ld_issued_document_get_year (next_year), ==, 2027);
  g_assert_cmpstr (ld_issued_document_get_number (third), ==, "×样〔2026〕3号");
  g_assert_cmpint (ld_issued_document_get_kind (third), ==, LD_DOCUMENT_KIND_SAMPLE);
  g_assert_cmpint (count_issued (f), ==, 4);
  g_assert_cmpint (f->renders, ==, 4);
}

static void
test_failed_render (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdIssuedDocument) failed = NULL;
  g_autoptr(LdIssuedDocument) first = NULL;
  g_autoptr(LdIssuedDocument) second = NULL;
  g_autoptr(LdIssuedDocument) silent = NULL;
  g_autoptr(LdIssuedDocument) doomed = NULL;
  g_autoptr(GPtrArray) for_record = NULL;

  failed = ld_issued_store_issue (f->db, LD_DOCUMENT_KIND_SAMPLE, 2026, "samples", 7,
                                  "公文样张", render_fails_cb, f, &error);
  g_assert_null (failed);
  /* The renderer's own error reaches the caller unchanged. */
  g_assert_error (error, LD_DOCS_ERROR, LD_DOCS_ERROR_NO_FONT);
  g_assert_cmpstr (error->message, ==, "no font for ×样〔2026〕1号");
  g_clear_error (&error);
  g_assert_cmpint (f->renders, ==, 1);
  g_assert_cmpint (count_issued (f), ==, 0);
  for_record = ld_issued_store_list_for_record (f->db, "samples", 7, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (for_record->len, ==, 0);

  /* The number the failed issue would have had goes to the next one. */
  first = issue_sample (f, 2026);
  g_assert_cmpstr (ld_issued_document_get_number (first), ==, "×样〔2026〕1号");

  silent = ld_issued_store_issue (f->db, LD_DOCUMENT_KIND_SAMPLE, 2026, NULL, 0,
                                  "公文样张", render_returns_null_cb, f, &error);
  g_assert_null (silent);
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_FAILED);
  g_clear_error (&error);

  doomed = ld_issued_store_issue (f->db, LD_DOCUMENT_KIND_SAMPLE, 2026, NULL, 0,
                                  "公文样张", render_after_inner_rollback_cb, f, &error);
  g_assert_null (doomed);
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_FAILED);
  g_clear_error (&error);

  second = issue_sample (f, 2026);
  g_assert_cmpstr (ld_issued_document_get_number (second), ==, "×样〔2026〕2号");
  g_assert_cmpint (count_issued (f), ==, 2);
  /* Committed for everyone, not left in an open transaction. */
  g_assert_cmpint (count_committed (f), ==, 2);
}

static void
test_survives_edit (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdIssuedDocument) issued = NULL;
  g_autoptr(LdIssuedDocument) stored = NULL;
  g_autoptr(GBytes) draft = NULL;
  g_autofree char *issued_text = NULL;
  g_autofree char *draft_text = NULL;
  g_autofree char *stored_sha = NULL;

  set_organisation (f, "甲乡人民政府");
  issued = issue_sample (f, 2026);

  /* The record's organisation changes after issuing. */
  set_organisation (f, "乙街道办事处");
  draft = render_sample_cb ("×样〔2026〕2号", f, &error);
  g_assert_no_error (error);
  draft_text = pdf_text (draft);
  g_assert_nonnull (strstr (draft_text, "乙街道办事处"));
  g_assert_null (strstr (draft_text, "甲乡人民政府"));

  /* The issued copy keeps the text it was issued with. */
  stored = ld_issued_store_get_by_number (f->db, "×样〔2026〕1号", TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (ld_issued_document_get_pdf (stored),
                                ld_issued_document_get_pdf (issued)));
  issued_text = pdf_text (ld_issued_document_get_pdf (stored));
  g_assert_nonnull (strstr (issued_text, "甲乡人民政府"));
  g_assert_null (strstr (issued_text, "乙街道办事处"));
  g_assert_nonnull (strstr (issued_text, "×样〔2026〕1号"));
  stored_sha = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, ld_issued_document_get_pdf (stored));
  g_assert_cmpstr (stored_sha, ==, ld_issued_document_get_sha256 (stored));
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdIssuedDocument) issued = issue_sample (f, 2026);
  g_autoptr(LdIssuedDocument) other = NULL;
  g_autoptr(LdIssuedDocument) by_number = NULL;
  g_autoptr(LdIssuedDocument) without_pdf = NULL;
  g_autoptr(LdIssuedDocument) by_id = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GPtrArray) for_record = NULL;
  g_autoptr(GPtrArray) page = NULL;
  g_autofree char *sha = NULL;
  GBytes *pdf = ld_issued_document_get_pdf (issued);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  GTimeSpan age;

  g_assert_nonnull (pdf);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf, NULL), "%PDF-"));
  sha = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, pdf);
  g_assert_cmpstr (ld_issued_document_get_sha256 (issued), ==, sha);
  g_assert_cmpstr (ld_issued_document_get_record_table (issued), ==, "samples");
  g_assert_cmpint (ld_issued_document_get_record_id (issued), ==, 7);
  g_assert_cmpstr (ld_issued_document_get_title (issued), ==, "公文样张");
  g_assert_nonnull (ld_issued_document_get_issued_by (issued));
  age = g_date_time_difference (now, ld_issued_document_get_issued_at (issued));
  g_assert_cmpint (age, >=, 0);
  g_assert_cmpint (age, <, 60 * G_TIME_SPAN_SECOND);

  by_number = ld_issued_store_get_by_number (f->db, "×样〔2026〕1号", TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (ld_issued_document_get_pdf (by_number), pdf));
  g_assert_cmpstr (ld_issued_document_get_sha256 (by_number), ==, sha);
  g_assert_cmpint (ld_issued_document_get_id (by_number), ==, ld_issued_document_get_id (issued));
  g_assert_true (g_date_time_equal (ld_issued_document_get_issued_at (by_number),
                                    ld_issued_document_get_issued_at (issued)));

  without_pdf = ld_issued_store_get_by_number (f->db, "×样〔2026〕1号", FALSE, &error);
  g_assert_no_error (error);
  g_assert_null (ld_issued_document_get_pdf (without_pdf));

  by_id = ld_issued_store_get (f->db, ld_issued_document_get_id (issued), TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (ld_issued_document_get_pdf (by_id), pdf));

  other = ld_issued_store_issue (f->db, LD_DOCUMENT_KIND_SAMPLE, 2026, "samples", 8,
                                 "另一份样张", render_sample_cb, f, &error);
  g_assert_no_error (error);

  /* Newest first, without the bytes. */
  list = ld_issued_store_list (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (ld_issued_document_get_number (g_ptr_array_index (list, 0)), ==, "×样〔2026〕2号");
  g_assert_cmpstr (ld_issued_document_get_number (g_ptr_array_index (list, 1)), ==, "×样〔2026〕1号");
  g_assert_null (ld_issued_document_get_pdf (g_ptr_array_index (list, 0)));
  g_assert_cmpstr (ld_issued_document_get_sha256 (g_ptr_array_index (list, 1)), ==, sha);

  page = ld_issued_store_list_range (f->db, 1, 5, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->len, ==, 1);
  g_assert_cmpstr (ld_issued_document_get_number (g_ptr_array_index (page, 0)), ==, "×样〔2026〕1号");

  for_record = ld_issued_store_list_for_record (f->db, "samples", 8, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (for_record->len, ==, 1);
  g_assert_cmpstr (ld_issued_document_get_title (g_ptr_array_index (for_record, 0)), ==, "另一份样张");
}

static void
test_not_found (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdIssuedDocument) first = issue_sample (f, 2026);
  g_autoptr(LdIssuedDocument) missing = NULL;
  g_autoptr(LdIssuedDocument) missing_id = NULL;

  missing = ld_issued_store_get_by_number (f->db, "×样〔2026〕2号", TRUE, &error);
  g_assert_null (missing);
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "×样〔2026〕2号"));
  g_clear_error (&error);

  missing_id = ld_issued_store_get (f->db, ld_issued_document_get_id (first) + 1, FALSE, &error);
  g_assert_null (missing_id);
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
}

static void
test_immutable (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LdIssuedDocument) issued = issue_sample (f, 2026);
  g_autoptr(LdIssuedDocument) stored = NULL;
  g_autoptr(GError) error = NULL;
  const char *statements[] = {
    "UPDATE issued_documents SET title = 'changed'",
    "UPDATE issued_documents SET pdf = x'00'",
    "DELETE FROM issued_documents",
  };
  sqlite3 *raw = open_raw (f);

  for (gsize i = 0; i < G_N_ELEMENTS (statements); i++)
    {
      char *message = NULL;

      g_assert_cmpint (sqlite3_exec (raw, statements[i], NULL, NULL, &message), ==, SQLITE_CONSTRAINT);
      g_assert_cmpstr (message, ==, "issued documents cannot be changed");
      sqlite3_free (message);
    }
  sqlite3_close (raw);

  stored = ld_issued_store_get_by_number (f->db, "×样〔2026〕1号", TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ld_issued_document_get_title (stored), ==, "公文样张");
  g_assert_true (g_bytes_equal (ld_issued_document_get_pdf (stored),
                                ld_issued_document_get_pdf (issued)));
}

static void
test_verify (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdIssuedDocument) first = issue_sample (f, 2026);
  g_autoptr(LdIssuedDocument) second = issue_sample (f, 2026);
  g_autoptr(GPtrArray) mismatches = g_ptr_array_new_with_free_func (g_free);
  sqlite3 *raw;

  g_assert_true (ld_issued_store_verify (f->db, mismatches, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mismatches->len, ==, 0);

  /* Only someone who removes the guard can change the bytes. */
  raw = open_raw (f);
  g_assert_cmpint (sqlite3_exec (raw,
                                 "DROP TRIGGER issued_documents_no_update;"
                                 "UPDATE issued_documents SET pdf = pdf || x'0a' WHERE seq = 2;",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);

  g_assert_true (ld_issued_store_verify (f->db, mismatches, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (mismatches->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (mismatches, 0), ==, "×样〔2026〕2号");
}

static void
test_prefix_from_settings (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdOrgSettings) settings = ld_settings_store_load (f->db, &error);
  g_autoptr(LdIssuedDocument) sample = NULL;
  g_autoptr(LdIssuedDocument) opinion = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  ld_org_settings_set_number_prefix (settings, LD_DOCUMENT_KIND_SAMPLE, "青样");
  ld_settings_store_save (f->db, settings, &error);
  g_assert_no_error (error);

  sample = issue_sample (f, 2026);
  g_assert_cmpstr (ld_issued_document_get_number (sample), ==, "青样〔2026〕1号");
  text = pdf_text (ld_issued_document_get_pdf (sample));
  g_assert_nonnull (strstr (text, "青样〔2026〕1号"));

  /* Each kind has its own prefix and its own sequence. */
  opinion = ld_issued_store_issue (f->db, LD_DOCUMENT_KIND_CONTRACT_OPINION, 2026, NULL, 0,
                                   "法律审查意见书", render_sample_cb, f, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ld_issued_document_get_number (opinion), ==, "×法审〔2026〕1号");
  g_assert_null (ld_issued_document_get_record_table (opinion));
}

static void
test_inside_transaction (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdIssuedDocument) undone = NULL;
  g_autoptr(LdIssuedDocument) kept = NULL;

  /* A caller that issues as part of a larger change and then abandons it
   * gives the number back. */
  g_assert_true (ld_database_begin (f->db, &error));
  undone = issue_sample (f, 2026);
  g_assert_cmpstr (ld_issued_document_get_number (undone), ==, "×样〔2026〕1号");
  ld_database_rollback (f->db);
  g_assert_cmpint (count_issued (f), ==, 0);

  g_assert_true (ld_database_begin (f->db, &error));
  kept = issue_sample (f, 2026);
  g_assert_true (ld_database_commit (f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ld_issued_document_get_number (kept), ==, "×样〔2026〕1号");
  g_assert_cmpint (count_issued (f), ==, 1);
}

/* Stands in for a slow renderer, so that two writers overlap. */
static GBytes *
render_slowly_cb (const char  *number,
                  gpointer     user_data,
                  GError     **error)
{
  g_usleep (10 * G_TIME_SPAN_MILLISECOND);
  return g_bytes_new_take (g_strdup_printf ("%%PDF-1.5 stand-in for %s", number),
                           strlen ("%PDF-1.5 stand-in for ") + strlen (number));
}

#define ISSUES_PER_THREAD 6

static gpointer
issue_in_thread (gpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = ld_database_open (path, LD_DATABASE_OPEN_NO_CREATE, &error);

  g_assert_no_error (error);
  for (int i = 0; i < ISSUES_PER_THREAD; i++)
    {
      g_autoptr(LdIssuedDocument) document =
        ld_issued_store_issue (db, LD_DOCUMENT_KIND_SAMPLE, 2026, NULL, 0, "并发样张",
                               render_slowly_cb, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (document);
    }
  return NULL;
}

static void
test_concurrent (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new (g_direct_hash, g_direct_equal);
  GThread *threads[2];

  /* Two connections (as the app and a cron job would have) issue at once:
   * each number is taken exactly once and none is skipped. */
  for (gsize i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("issuer", issue_in_thread, f->path);
  for (gsize i = 0; i < G_N_ELEMENTS (threads); i++)
    g_thread_join (threads[i]);

  list = ld_issued_store_list (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, G_N_ELEMENTS (threads) * ISSUES_PER_THREAD);
  for (guint i = 0; i < list->len; i++)
    {
      int seq = ld_issued_document_get_seq (g_ptr_array_index (list, i));

      g_assert_cmpint (seq, >=, 1);
      g_assert_cmpint (seq, <=, (int) list->len);
      g_assert_false (g_hash_table_contains (seen, GINT_TO_POINTER (seq)));
      g_hash_table_add (seen, GINT_TO_POINTER (seq));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/docs/issued/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("consecutive", test_consecutive);
  ADD ("failed-render", test_failed_render);
  ADD ("survives-edit", test_survives_edit);
  ADD ("round-trip", test_round_trip);
  ADD ("not-found", test_not_found);
  ADD ("immutable", test_immutable);
  ADD ("verify", test_verify);
  ADD ("prefix-from-settings", test_prefix_from_settings);
  ADD ("inside-transaction", test_inside_transaction);
  ADD ("concurrent", test_concurrent);

#undef ADD

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "ld-contract-store.h"
#include "ld-test-util.h"

/* Runs the real legal-desk-cli of this build on a database filled through
 * the store: `contracts list` and `render contract`. */

typedef struct
{
  char   *dir;
  char   *db_path;
  gint64  ids[5];
} Fixture;

/* Runs the CLI on the fixture's database with the NULL-terminated arguments. */
#define run_cli(f, result, ...) ld_test_cli_run_on ((f)->dir, (f)->db_path, (result), __VA_ARGS__)

static GBytes *
fake_render_cb (const char  *number,
                gpointer     user_data,
                GError     **error)
{
  (void) user_data;
  (void) error;
  return g_bytes_new (number, strlen (number));
}

static gint64
add_review (LdDatabase *db,
            const char *title,
            int         received_day,
            int         due_day,
            const char *reviewer,
            gint64      amount_fen)
{
  g_autoptr(LdContractReview) review = ld_contract_review_new ();
  g_autoptr(GDate) received = g_date_new_dmy (received_day, 11, 2026);
  g_autoptr(GDate) due = g_date_new_dmy (due_day, 11, 2026);
  g_autoptr(GError) error = NULL;
  gint64 id;

  ld_contract_review_set_title (review, title);
  ld_contract_review_set_submitting_department (review, "镇财政所");
  ld_contract_review_set_counterparty_name (review, "某某建设有限公司");
  ld_contract_review_set_reviewer (review, reviewer);
  ld_contract_review_set_received_on (review, received);
  ld_contract_review_set_due_on (review, due);
  ld_contract_review_set_amount_fen (review, amount_fen);
  id = ld_contract_store_insert (db, review, &error);
  g_assert_no_error (error);
  return id;
}

/* Five reviews received in November 2026: #1 received (due the 10th),
 * #2 under review (due the 20th), #3 returned (due the 12th), #4 issued
 * (due the 8th: past, but closed), #5 received (due the 30th) with no
 * amount. */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(LdContractReview) issuing = NULL;
  g_autoptr(LdIssuedDocument) document = NULL;

  (void) data;
  f->dir = ld_test_make_tmp_dir ("test-cli-contracts-XXXXXX");
  f->db_path = g_build_filename (f->dir, "legal-desk.db", NULL);
  db = ld_test_open_database (f->db_path);

  f->ids[0] = add_review (db, "办公楼租赁合同", 1, 10, "张律师", 36000000);
  f->ids[1] = add_review (db, "道路硬化工程施工合同", 2, 20, "李律师", 128000050);
  f->ids[2] = add_review (db, "保洁服务外包合同", 3, 12, "张律师", 500);
  f->ids[3] = add_review (db, "废旧物资买卖合同", 4, 8, "张律师", 830000);
  f->ids[4] = add_review (db, "合作协议", 5, 30, "", -1);

  g_assert_true (ld_contract_store_set_status (db, f->ids[1], LD_CONTRACT_STATUS_UNDER_REVIEW, NULL, &error));
  g_assert_true (ld_contract_store_set_status (db, f->ids[2], LD_CONTRACT_STATUS_RETURNED, "缺少报价单", &error));
  g_assert_true (ld_contract_store_set_status (db, f->ids[3], LD_CONTRACT_STATUS_UNDER_REVIEW, NULL, &error));
  g_assert_no_error (error);
  issuing = ld_contract_store_get (db, f->ids[3], &error);
  g_assert_no_error (error);
  ld_contract_review_set_conclusion (issuing, LD_CONTRACT_CONCLUSION_AGREE);
  document = ld_contract_store_issue_opinion (db, issuing, fake_render_cb, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  (void) data;
  ld_test_remove_tree (f->dir);
  g_free (f->db_path);
  g_free (f->dir);
}

static void
test_list_table (Fixture       *f,
                 gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };
  const char *p;

  (void) data;
  (void) f;
  run_cli (f, &result, "contracts", "list", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  /* Every review, in number order, with amounts in yuan. */
  p = strstr (result.out, "合审〔2026〕1号");
  g_assert_nonnull (p);
  for (int i = 2; i <= 5; i++)
    {
      g_autofree char *number = g_strdup_printf ("合审〔2026〕%d号", i);
      const char *next = strstr (result.out, number);

      g_assert_nonnull (next);
      g_assert_true (next > p);
      p = next;
    }
  g_assert_nonnull (strstr (result.out, "1,280,000.50"));
  g_assert_nonnull (strstr (result.out, "道路硬化工程施工合同"));
}

static void
test_list_json (Fixture       *f,
                gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  JsonObject *row;

  (void) data;
  run_cli (f, &result, "contracts", "list", "--json", "--today", "2026-11-15", NULL);
  g_assert_cmpint (result.status, ==, 0);
  rows = ld_test_cli_parse_json_lines (result.out);
  g_assert_cmpuint (rows->len, ==, 5);

  row = g_ptr_array_index (rows, 1);
  g_assert_cmpint (json_object_get_int_member (row, "id"), ==, f->ids[1]);
  g_assert_cmpstr (json_object_get_string_member (row, "number"), ==, "合审〔2026〕2号");
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "under_review");
  g_assert_cmpstr (json_object_get_string_member (row, "title"), ==, "道路硬化工程施工合同");
  g_assert_cmpstr (json_object_get_string_member (row, "counterparty"), ==, "某某建设有限公司");
  g_assert_cmpint (json_object_get_int_member (row, "amount_fen"), ==, 128000050);
  g_assert_cmpstr (json_object_get_string_member (row, "reviewer"), ==, "李律师");
  g_assert_cmpstr (json_object_get_string_member (row, "due_on"), ==, "2026-11-20");
  g_assert_cmpstr (json_object_get_string_member (row, "received_on"), ==, "2026-11-02");
  g_assert_false (json_object_get_boolean_member (row, "overdue"));

  row = g_ptr_array_index (rows, 0);
  g_assert_true (json_object_get_boolean_member (row, "overdue"));
  /* Returned for supplementation: the clock waits for the submitter. */
  row = g_ptr_array_index (rows, 2);
  g_assert_false (json_object_get_boolean_member (row, "overdue"));
  row = g_ptr_array_index (rows, 3);
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "opinion_issued");
  /* Past its due date, but the review is closed. */
  g_assert_false (json_object_get_boolean_member (row, "overdue"));
  row = g_ptr_array_index (rows, 4);
  g_assert_true (json_object_get_null_member (row, "amount_fen"));
  g_assert_cmpstr (json_object_get_string_member (row, "reviewer"), ==, "");
}

static void
test_list_filters (Fixture       *f,
                   gconstpointer  data)
{
  g_auto(LdTestCliResult) status = { 0 };
  g_auto(LdTestCliResult) overdue = { 0 };
  g_auto(LdTestCliResult) both = { 0 };
  g_auto(LdTestCliResult) none = { 0 };
  g_autoptr(GPtrArray) rows = NULL;

  (void) data;
  run_cli (f, &status, "contracts", "list", "--status", "returned", "--json", NULL);
  g_assert_cmpint (status.status, ==, 0);
  rows = ld_test_cli_parse_json_lines (status.out);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (json_object_get_int_member (g_ptr_array_index (rows, 0), "id"), ==, f->ids[2]);
  g_clear_pointer (&rows, g_ptr_array_unref);

  /* On the 25th, #1 (due the 10th) and #2 (due the 20th) are overdue; #3
   * waits for the submitter (returned), #4 is closed, #5 is not yet due. */
  run_cli (f, &overdue, "contracts", "list", "--overdue", "--today", "2026-11-25", "--json", NULL);
  g_assert_cmpint (overdue.status, ==, 0);
  rows = ld_test_cli_parse_json_lines (overdue.out);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpint (json_object_get_int_member (g_ptr_array_index (rows, 0), "id"), ==, f->ids[0]);
  g_assert_cmpint (json_object_get_int_member (g_ptr_array_index (rows, 1), "id"), ==, f->ids[1]);
  g_clear_pointer (&rows, g_ptr_array_unref);

  run_cli (f, &both, "contracts", "list", "--overdue", "--today", "2026-11-25", "--status", "received", "--json", NULL);
  rows = ld_test_cli_parse_json_lines (both.out);
  g_assert_cmpuint (rows->len, ==, 1);
  g_assert_cmpint (json_object_get_int_member (g_ptr_array_index (rows, 0), "id"), ==, f->ids[0]);

  run_cli (f, &none, "contracts", "list", "--status", "signed", NULL);
  g_assert_cmpint (none.status, ==, 0);
  g_assert_nonnull (strstr (none.out, "No contract reviews match."));
}

static void
test_bad_arguments (Fixture       *f,
                    gconstpointer  data)
{
  g_auto(LdTestCliResult) bad_status = { 0 };
  g_auto(LdTestCliResult) bad_date = { 0 };
  g_auto(LdTestCliResult) extra = { 0 };
  g_auto(LdTestCliResult) no_sub = { 0 };
  g_auto(LdTestCliResult) bad_sub = { 0 };
  g_auto(LdTestCliResult) missing_db = { 0 };
  g_autofree char *kept = NULL;

  (void) data;
  run_cli (f, &bad_status, "contracts", "list", "--status", "open", NULL);
  g_assert_cmpint (bad_status.status, ==, 2);
  g_assert_nonnull (strstr (bad_status.err, "open"));
  g_assert_nonnull (strstr (bad_status.err, "under_review"));
  g_assert_nonnull (strstr (bad_status.err, "opinion_issued"));
  g_assert_cmpstr (bad_status.out, ==, "");

  run_cli (f, &bad_date, "contracts", "list", "--overdue", "--today", "2026-02-30", NULL);
  g_assert_cmpint (bad_date.status, ==, 2);
  run_cli (f, &extra, "contracts", "list", "extra", NULL);
  g_assert_cmpint (extra.status, ==, 2);
  run_cli (f, &no_sub, "contracts", NULL);
  g_assert_cmpint (no_sub.status, ==, 2);
  run_cli (f, &bad_sub, "contracts", "remove", NULL);
  g_assert_cmpint (bad_sub.status, ==, 2);
  g_assert_nonnull (strstr (bad_sub.err, "remove"));

  /* A database that does not exist is a failure, and is not created. */
  kept = f->db_path;
  f->db_path = g_build_filename (f->dir, "missing.db", NULL);
  run_cli (f, &missing_db, "contracts", "list", NULL);
  g_assert_cmpint (missing_db.status, ==, 1);
  g_assert_false (g_file_test (f->db_path, G_FILE_TEST_EXISTS));
  g_free (f->db_path);
  f->db_path = g_steal_pointer (&kept);
}

static void
test_render (Fixture       *f,
             gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };
  g_auto(LdTestCliResult) unknown = { 0 };
  g_auto(LdTestCliResult) bad_id = { 0 };
  g_autofree char *pdf_path = g_build_filename (f->dir, "letter.pdf", NULL);
  g_autofree char *missing_path = g_build_filename (f->dir, "missing.pdf", NULL);
  g_autofree char *id_text = g_strdup_printf ("%" G_GINT64_FORMAT, f->ids[1]);
  g_autofree char *contents = NULL;
  gsize length;

  (void) data;
  run_cli (f, &result, "render", "contract", id_text, "-o", pdf_path, NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf_path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (memcmp (contents, "%PDF-", 5) == 0);

  run_cli (f, &unknown, "render", "contract", "9999", "-o", missing_path, NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "9999"));
  g_assert_false (g_file_test (missing_path, G_FILE_TEST_EXISTS));

  run_cli (f, &bad_id, "render", "contract", "0", "-o", missing_path, NULL);
  g_assert_cmpint (bad_id.status, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli/contracts/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("list-table", test_list_table);
  ADD ("list-json", test_list_json);
  ADD ("list-filters", test_list_filters);
  ADD ("bad-arguments", test_bad_arguments);
  ADD ("render", test_render);
#undef ADD

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "ld-attachment-store.h"
#include "ld-contract-store.h"
#include "ld-contract-workflow.h"
#include "ld-core-error.h"
#include "ld-database-private.h"
#include "ld-demo.h"
#include "ld-draft-store.h"
#include "ld-issued-store.h"
#include "ld-settings-store.h"
#include "ld-test-pdf.h"
#include "ld-test-util.h"

typedef struct
{
  LdDatabase *db;
  int         renders;     /* how often the render callback ran */
  char       *last_number; /* the number it was given */
  gboolean    fail_render;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  (void) data;
  f->db = ld_test_open_database (":memory:");
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  (void) data;
  g_clear_pointer (&f->last_number, g_free);
  g_assert_finalize_object (f->db);
}

static GDate *
date_new (int year, int month, int day)
{
  return g_date_new_dmy (day, month, year);
}

/* A review with every field set; received on @year-11-23. */
static LdContractReview *
make_review (const char *title,
             int         year)
{
  LdContractReview *review = ld_contract_review_new ();
  g_autoptr(GDate) received = date_new (year, 11, 23);
  g_autoptr(GDate) due = date_new (year, 12, 7);
  g_autoptr(GDate) start = date_new (year + 1, 1, 1);
  g_autoptr(GDate) end = date_new (year + 3, 12, 31);

  ld_contract_review_set_title (review, title);
  ld_contract_review_set_kind (review, LD_CONTRACT_KIND_LEASE);
  ld_contract_review_set_submitting_department (review, "镇党政办公室");
  ld_contract_review_set_handler (review, "李四");
  ld_contract_review_set_handler_contact (review, "13800138000");
  ld_contract_review_set_counterparty_name (review, "某某置业有限公司");
  ld_contract_review_set_counterparty_credit_code (review, "91512081MA62K0260E");
  ld_contract_review_set_counterparty_representative (review, "王五");
  ld_contract_review_set_counterparty_address (review, "青山镇人民路1号");
  ld_contract_review_set_counterparty_contact (review, "0816-2345678");
  ld_contract_review_set_amount_fen (review, G_GINT64_CONSTANT (123456789));
  ld_contract_review_set_term_start (review, start);
  ld_contract_review_set_term_end (review, end);
  ld_contract_review_set_funding_source (review, "镇级财政");
  ld_contract_review_set_procurement_method (review, LD_PROCUREMENT_METHOD_INQUIRY);
  ld_contract_review_set_received_on (review, received);
  ld_contract_review_set_due_on (review, due);
  ld_contract_review_set_reviewer (review, "张律师");
  return review;
}

static void
add_findings (LdContractReview *review)
{
  const char *clauses[] = { "第五条", "第八条第二款", "" };

  for (unsigned i = 0; i < G_N_ELEMENTS (clauses); i++)
    {
      g_autofree char *problem = g_strdup_printf ("问题%u", i + 1);
      g_autofree char *suggestion = g_strdup_printf ("建议%u", i + 1);
      g_autoptr(LdReviewFinding) finding =
        ld_review_finding_new (clauses[i], problem, suggestion, "《中华人民共和国民法典》第五百一十条");

      ld_contract_review_append_finding (review, finding);
    }
}

static const char *
point_id (unsigned i)
{
  unsigned n;
  const LdChecklistPoint *points = ld_review_checklist_get_points (&n);

  g_assert_cmpuint (i, <, n);
  return points[i].id;
}

static gint64
insert (Fixture          *f,
        LdContractReview *review)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ld_contract_store_insert (f->db, review, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static LdContractReview *
get (Fixture *f,
     gint64   id)
{
  g_autoptr(GError) error = NULL;
  LdContractReview *review = ld_contract_store_get (f->db, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (review);
  return review;
}

static void
assert_same_findings (LdContractReview *a,
                      LdContractReview *b)
{
  GListModel *fa = ld_contract_review_get_findings (a);
  GListModel *fb = ld_contract_review_get_findings (b);

  g_assert_cmpuint (g_list_model_get_n_items (fa), ==, g_list_model_get_n_items (fb));
  for (unsigned i = 0; i < g_list_model_get_n_items (fa); i++)
    {
      g_autoptr(LdReviewFinding) x = g_list_model_get_item (fa, i);
      g_autoptr(LdReviewFinding) y = g_list_model_get_item (fb, i);

      g_assert_true (ld_review_finding_equal (x, y));
      g_assert_cmpint (ld_review_finding_get_id (x), ==, ld_review_finding_get_id (y));
      g_assert_cmpint (ld_review_finding_get_id (x), >, 0);
    }
}

static void
test_insert_numbers (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const char *expected[] = { "合审〔2026〕1号", "合审〔2026〕2号", "合审〔2025〕1号", "合审〔2026〕3号" };
  int years[] = { 2026, 2026, 2025, 2026 };
  int seqs[] = { 1, 2, 1, 3 };
  g_autoptr(LdContractReview) bad = make_review ("", 2026);
  gint64 last_id = 0;

  (void) data;
  for (unsigned i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(LdContractReview) review = make_review ("办公楼租赁合同", years[i]);
      g_autoptr(LdContractReview) stored = NULL;
      gint64 id = insert (f, review);

      g_assert_cmpint (id, >, last_id);
      last_id = id;
      g_assert_cmpint (ld_contract_review_get_id (review), ==, id);
      g_assert_cmpstr (ld_contract_review_get_number (review), ==, expected[i]);
      g_assert_cmpint (ld_contract_review_get_year (review), ==, years[i]);
      g_assert_cmpint (ld_contract_review_get_seq (review), ==, seqs[i]);
      stored = get (f, id);
      g_assert_cmpstr (ld_contract_review_get_number (stored), ==, expected[i]);
    }

  /* A review that does not validate is refused and takes no number. */
  g_assert_cmpint (ld_contract_store_insert (f->db, bad, &error), ==, 0);
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  g_assert_cmpint (ld_contract_review_get_id (bad), ==, 0);
  g_assert_cmpstr (ld_contract_review_get_number (bad), ==, "");
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM contract_reviews"), ==, 4);
  g_clear_error (&error);

  /* A review without a date received is registered as received today. */
  {
    g_autoptr(LdContractReview) review = make_review ("无日期合同", 2026);
    g_autoptr(GDateTime) now = g_date_time_new_now_local ();

    ld_contract_review_set_received_on (review, NULL);
    ld_contract_review_set_due_on (review, NULL);
    insert (f, review);
    g_assert_nonnull (ld_contract_review_get_received_on (review));
    g_assert_cmpint (ld_contract_review_get_year (review), ==, g_date_time_get_year (now));
  }

  /* A review without a due date gets the settings' period in working days:
   * three from Friday 20 November 2026 is Wednesday the 25th. */
  {
    g_autoptr(LdContractReview) review = make_review ("无期限合同", 2026);
    g_autoptr(LdContractReview) stored = NULL;
    g_autoptr(LdOrgSettings) settings = ld_settings_store_load (f->db, &error);
    g_autoptr(GDate) received = date_new (2026, 11, 20);

    g_assert_no_error (error);
    ld_org_settings_set_review_period_days (settings, 3);
    g_assert_true (ld_settings_store_save (f->db, settings, &error));
    ld_contract_review_set_received_on (review, received);
    ld_contract_review_set_due_on (review, NULL);
    stored = get (f, insert (f, review));
    g_assert_nonnull (ld_contract_review_get_due_on (stored));
    g_assert_cmpint (g_date_get_day (ld_contract_review_get_due_on (stored)), ==, 25);
    g_assert_cmpint (g_date_get_day (ld_contract_review_get_due_on (review)), ==, 25);
  }
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(LdContractReview) review = make_review ("办公楼租赁合同", 2026);
  g_autoptr(LdContractReview) stored = NULL;
  g_autoptr(LdContractReview) bare = ld_contract_review_new ();
  g_autoptr(LdContractReview) bare_stored = NULL;
  g_autoptr(GDate) received = date_new (2026, 3, 1);
  g_autoptr(GError) error = NULL;
  LdReviewChecklist *checklist = ld_contract_review_get_checklist (review);
  gint64 id;

  (void) data;
  ld_review_checklist_set (checklist, point_id (0), LD_CHECK_RESULT_PASS, "");
  ld_review_checklist_set (checklist, point_id (1), LD_CHECK_RESULT_PROBLEM, "未附授权委托书");
  ld_review_checklist_set (checklist, point_id (2), LD_CHECK_RESULT_NOT_APPLICABLE, "无需招标");
  ld_review_checklist_set (checklist, point_id (3), LD_CHECK_RESULT_UNCHECKED, "待核实");
  add_findings (review);
  ld_contract_review_set_conclusion (review, LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION);
  ld_contract_review_set_conclusion_reasons (review, "修改后可以签订");

  id = insert (f, review);
  stored = get (f, id);

  g_assert_true (ld_contract_review_content_equal (review, stored));
  g_assert_cmpint (ld_contract_review_get_id (stored), ==, id);
  g_assert_cmpint (ld_contract_review_get_amount_fen (stored), ==, G_GINT64_CONSTANT (123456789));
  g_assert_cmpint (g_date_get_year (ld_contract_review_get_term_end (stored)), ==, 2029);
  g_assert_cmpint (g_date_get_day (ld_contract_review_get_due_on (stored)), ==, 7);
  g_assert_cmpint (ld_contract_review_get_kind (stored), ==, LD_CONTRACT_KIND_LEASE);
  g_assert_cmpint (ld_contract_review_get_procurement_method (stored), ==, LD_PROCUREMENT_METHOD_INQUIRY);
  g_assert_cmpint (ld_contract_review_get_status (stored), ==, LD_CONTRACT_STATUS_RECEIVED);
  g_assert_cmpint (ld_contract_review_get_conclusion (stored), ==, LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION);
  g_assert_cmpstr (ld_contract_review_get_conclusion_reasons (stored), ==, "修改后可以签订");
  g_assert_cmpstr (ld_contract_review_get_counterparty_contact (stored), ==, "0816-2345678");
  g_assert_cmpint (ld_review_checklist_get_result (ld_contract_review_get_checklist (stored), point_id (1)),
                   ==, LD_CHECK_RESULT_PROBLEM);
  g_assert_cmpstr (ld_review_checklist_get_note (ld_contract_review_get_checklist (stored), point_id (3)),
                   ==, "待核实");
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM contract_checklist"), ==, 4);
  /* The findings come back in order, with the ids insert set on @review. */
  assert_same_findings (review, stored);

  /* No amount, no term: NULL columns, unset values. (The due date gets its
   * default, see insert-numbers.) */
  ld_contract_review_set_title (bare, "简单合同");
  ld_contract_review_set_counterparty_name (bare, "某公司");
  ld_contract_review_set_received_on (bare, received);
  id = insert (f, bare);
  bare_stored = get (f, id);
  g_assert_true (ld_contract_review_content_equal (bare, bare_stored));
  g_assert_cmpint (ld_contract_review_get_amount_fen (bare_stored), ==, -1);
  g_assert_null (ld_contract_review_get_term_start (bare_stored));
  g_assert_null (ld_contract_review_get_term_end (bare_stored));
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM contract_reviews WHERE amount_fen IS NULL"), ==, 1);

  g_assert_null (ld_contract_store_get (f->db, 9999, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(LdContractReview) review = make_review ("办公楼租赁合同", 2026);
  g_autoptr(LdContractReview) edited = NULL;
  g_autoptr(LdContractReview) stored = NULL;
  g_autoptr(LdReviewFinding) added = ld_review_finding_new ("第九条", "违约责任不对等", "对等约定", "");
  g_autoptr(GError) error = NULL;
  gint64 id, audit_before;
  gint64 first_finding_id;

  (void) data;
  add_findings (review);
  ld_review_checklist_set (ld_contract_review_get_checklist (review), point_id (0),
                           LD_CHECK_RESULT_PASS, "");
  id = insert (f, review);

  edited = get (f, id);
  ld_contract_review_set_title (edited, "办公楼租赁合同（修订）");
  ld_contract_review_set_amount_text (edited, "1,280,000.50");
  ld_contract_review_set_due_on (edited, NULL);
  ld_contract_review_remove_finding (edited, 1);
  ld_contract_review_move_finding (edited, 1, 0);
  ld_contract_review_append_finding (edited, added);
  ld_review_checklist_set (ld_contract_review_get_checklist (edited), point_id (0),
                           LD_CHECK_RESULT_UNCHECKED, "");
  ld_review_checklist_set (ld_contract_review_get_checklist (edited), point_id (5),
                           LD_CHECK_RESULT_PROBLEM, "争议解决条款缺失");
  {
    g_autoptr(LdReviewFinding) first = g_list_model_get_item (ld_contract_review_get_findings (edited), 1);
    first_finding_id = ld_review_finding_get_id (first);
  }
  g_assert_true (ld_contract_store_update (f->db, edited, &error));
  g_assert_no_error (error);
  /* The new finding got its id. */
  g_assert_cmpint (ld_review_finding_get_id (added), >, 0);

  stored = get (f, id);
  g_assert_true (ld_contract_review_content_equal (edited, stored));
  assert_same_findings (edited, stored);
  g_assert_cmpint (ld_contract_review_get_amount_fen (stored), ==, G_GINT64_CONSTANT (128000050));
  g_assert_null (ld_contract_review_get_due_on (stored));
  g_assert_cmpstr (ld_contract_review_get_number (stored), ==, "合审〔2026〕1号");
  /* A kept finding is updated in place, keeping its row. */
  {
    g_autoptr(LdReviewFinding) first = g_list_model_get_item (ld_contract_review_get_findings (stored), 1);
    g_assert_cmpint (ld_review_finding_get_id (first), ==, first_finding_id);
  }
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM contract_findings"), ==, 3);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM contract_checklist"), ==, 1);

  /* Saving without a change writes nothing, not even an audit entry. */
  audit_before = ld_test_query_int (f->db, "SELECT count(*) FROM audit_log");
  g_assert_true (ld_contract_store_update (f->db, stored, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM audit_log"), ==, audit_before);

  /* A copy whose findings lost their ids (say, rebuilt from a draft) and
   * says the same learns the stored ids, still without writing. */
  {
    g_autoptr(LdContractReview) copy = ld_contract_review_copy (stored);
    GListModel *findings = ld_contract_review_get_findings (copy);

    for (unsigned i = 0; i < g_list_model_get_n_items (findings); i++)
      {
        g_autoptr(LdReviewFinding) finding = g_list_model_get_item (findings, i);
        ld_review_finding_set_id (finding, 0);
      }
    g_assert_true (ld_contract_store_update (f->db, copy, &error));
    g_assert_no_error (error);
    assert_same_findings (copy, stored);
    g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM audit_log"), ==, audit_before);
  }

  /* A change that does not validate is refused and nothing changes. */
  ld_contract_review_set_title (stored, "");
  g_assert_false (ld_contract_store_update (f->db, stored, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_object (&stored);
  stored = get (f, id);
  g_assert_cmpstr (ld_contract_review_get_title (stored), ==, "办公楼租赁合同（修订）");

  /* The status cannot jump through an update either. */
  ld_contract_review_set_status (stored, LD_CONTRACT_STATUS_SIGNED);
  g_assert_false (ld_contract_store_update (f->db, stored, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);

  /* An unknown id is not found. */
  ld_contract_review_set_id (edited, 9999);
  g_assert_false (ld_contract_store_update (f->db, edited, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
}

static LdContractStatus
stored_status (Fixture *f,
               gint64   id)
{
  g_autoptr(LdContractReview) review = get (f, id);

  return ld_contract_review_get_status (review);
}

static void
test_status (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(LdContractReview) review = make_review ("办公楼租赁合同", 2026);
  g_autoptr(LdContractReview) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  (void) data;
  id = insert (f, review);

  /* received → signed is no edge. */
  g_assert_false (ld_contract_store_set_status (f->db, id, LD_CONTRACT_STATUS_SIGNED, NULL, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_cmpint (stored_status (f, id), ==, LD_CONTRACT_STATUS_RECEIVED);

  /* Returned needs to say what is missing. */
  g_assert_false (ld_contract_store_set_status (f->db, id, LD_CONTRACT_STATUS_RETURNED, "", &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == LD_CORE_ERROR);
  g_clear_error (&error);
  g_assert_true (ld_contract_store_set_status (f->db, id, LD_CONTRACT_STATUS_RETURNED, "缺少产权证明", &error));
  g_assert_no_error (error);
  stored = get (f, id);
  g_assert_cmpint (ld_contract_review_get_status (stored), ==, LD_CONTRACT_STATUS_RETURNED);
  g_assert_cmpstr (ld_contract_review_get_status_reason (stored), ==, "缺少产权证明");

  /* Back under review, the reason is cleared. */
  g_assert_true (ld_contract_store_set_status (f->db, id, LD_CONTRACT_STATUS_UNDER_REVIEW, "ignored", &error));
  g_assert_no_error (error);
  g_clear_object (&stored);
  stored = get (f, id);
  g_assert_cmpint (ld_contract_review_get_status (stored), ==, LD_CONTRACT_STATUS_UNDER_REVIEW);
  g_assert_cmpstr (ld_contract_review_get_status_reason (stored), ==, "");

  /* Issuing is not a plain status change, even with everything in place. */
  ld_contract_review_set_conclusion (stored, LD_CONTRACT_CONCLUSION_AGREE);
  g_assert_true (ld_contract_store_update (f->db, stored, &error));
  g_assert_no_error (error);
  g_assert_false (ld_contract_store_set_status (f->db, id, LD_CONTRACT_STATUS_OPINION_ISSUED, NULL, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);
  ld_contract_review_set_status (stored, LD_CONTRACT_STATUS_OPINION_ISSUED);
  g_assert_false (ld_contract_store_update (f->db, stored, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_cmpint (stored_status (f, id), ==, LD_CONTRACT_STATUS_UNDER_REVIEW);

  /* The status moves through an update of the editor's copy too. */
  ld_contract_review_set_status (stored, LD_CONTRACT_STATUS_RETURNED);
  ld_contract_review_set_status_reason (stored, "缺少报价单");
  g_assert_true (ld_contract_store_update (f->db, stored, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored_status (f, id), ==, LD_CONTRACT_STATUS_RETURNED);

  g_assert_false (ld_contract_store_set_status (f->db, 9999, LD_CONTRACT_STATUS_UNDER_REVIEW, NULL, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
}

static void
test_delete_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(LdContractReview) review = make_review ("办公楼租赁合同", 2026);
  g_autoptr(LdContractReview) before = NULL;
  g_autoptr(LdContractReview) after = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("%PDF-1.4", 8);
  g_autoptr(GBytes) draft = NULL;
  g_autoptr(GPtrArray) attachments = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id, other_id;

  (void) data;
  add_findings (review);
  ld_review_checklist_set (ld_contract_review_get_checklist (review), point_id (1),
                           LD_CHECK_RESULT_PROBLEM, "未附授权委托书");
  id = insert (f, review);
  g_assert_true (ld_contract_store_set_status (f->db, id, LD_CONTRACT_STATUS_RETURNED, "缺少产权证明", &error));
  {
    g_autoptr(LdContractReview) other = make_review ("另一份合同", 2026);
    other_id = insert (f, other);
  }
  g_assert_cmpint (ld_attachment_store_add (f->db, LD_CONTRACT_STORE_TABLE, id, "合同文本.pdf",
                                            "application/pdf", bytes, &error), >, 0);
  g_assert_cmpint (ld_attachment_store_add (f->db, LD_CONTRACT_STORE_TABLE, other_id, "其他.pdf",
                                            "application/pdf", bytes, &error), >, 0);
  g_assert_true (ld_draft_store_save (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, id, bytes, &error));
  g_assert_true (ld_draft_store_save (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, other_id, bytes, &error));
  g_assert_no_error (error);

  before = get (f, id);
  g_assert_true (ld_contract_store_delete (f->db, id, &error));
  g_assert_no_error (error);

  g_assert_null (ld_contract_store_get (f->db, id, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  /* Its children went with it; the other review's did not. */
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM contract_findings"), ==, 0);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM contract_checklist"), ==, 0);
  attachments = ld_attachment_store_list (f->db, LD_CONTRACT_STORE_TABLE, id, &error);
  g_assert_cmpuint (attachments->len, ==, 0);
  g_clear_pointer (&attachments, g_ptr_array_unref);
  attachments = ld_attachment_store_list (f->db, LD_CONTRACT_STORE_TABLE, other_id, &error);
  g_assert_cmpuint (attachments->len, ==, 1);
  draft = ld_draft_store_load (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, id, &error);
  g_assert_null (draft);
  draft = ld_draft_store_load (f->db, LD_DRAFT_KIND_CONTRACT_REVIEW, other_id, &error);
  g_assert_nonnull (draft);
  g_assert_no_error (error);

  /* Deleting it again: not found. */
  g_assert_false (ld_contract_store_delete (f->db, id, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_true (ld_contract_store_restore_deleted (f->db, before, &error));
  g_assert_no_error (error);
  after = get (f, id);
  g_assert_true (ld_contract_review_content_equal (before, after));
  g_assert_cmpint (ld_contract_review_get_id (after), ==, id);
  g_assert_cmpstr (ld_contract_review_get_number (after), ==, "合审〔2026〕1号");
  g_assert_cmpint (ld_contract_review_get_seq (after), ==, 1);
  g_assert_cmpint (ld_contract_review_get_status (after), ==, LD_CONTRACT_STATUS_RETURNED);
  g_assert_cmpstr (ld_contract_review_get_status_reason (after), ==, "缺少产权证明");
  assert_same_findings (before, after);

  /* Its attachment came back with it, bytes and all. */
  g_clear_pointer (&attachments, g_ptr_array_unref);
  attachments = ld_attachment_store_list (f->db, LD_CONTRACT_STORE_TABLE, id, &error);
  g_assert_cmpuint (attachments->len, ==, 1);
  {
    g_autoptr(GBytes) back =
      ld_attachment_store_get_bytes (f->db, ld_attachment_get_id (g_ptr_array_index (attachments, 0)), &error);

    g_assert_no_error (error);
    g_assert_true (g_bytes_equal (back, bytes));
  }

  /* Restoring twice clashes with the restored row. */
  g_assert_false (ld_contract_store_restore_deleted (f->db, before, &error));
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_CONSTRAINT);
  g_clear_error (&error);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM contract_reviews"), ==, 2);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM attachments"), ==, 2);

  /* Only the last delete can be undone: deleting another review removes
   * the files kept for the one before, and a purge removes the last. */
  g_assert_true (ld_contract_store_delete (f->db, id, &error));
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM attachments"), ==, 2);
  g_assert_true (ld_contract_store_delete (f->db, other_id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM attachments"), ==, 1);
  g_assert_true (ld_contract_store_purge_deleted (f->db, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM attachments"), ==, 0);
  g_assert_true (ld_contract_store_restore_deleted (f->db, before, &error));
  g_assert_no_error (error);
  g_clear_pointer (&attachments, g_ptr_array_unref);
  attachments = ld_attachment_store_list (f->db, LD_CONTRACT_STORE_TABLE, id, &error);
  g_assert_cmpuint (attachments->len, ==, 0);
}

/* A one-page PDF made with cairo; the number goes to f->last_number. */
static GBytes *
render_cb (const char  *number,
           gpointer     user_data,
           GError     **error)
{
  Fixture *f = user_data;

  f->renders++;
  g_free (f->last_number);
  f->last_number = g_strdup (number);
  if (f->fail_render)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "render failed");
      return NULL;
    }
  return ld_test_shape_pdf ();
}

static void
test_issue (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(LdContractReview) review = make_review ("办公楼租赁合同", 2026);
  g_autoptr(LdContractReview) stored = NULL;
  g_autoptr(LdIssuedDocument) document = NULL;
  g_autoptr(LdIssuedDocument) kept = NULL;
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *expected_number = NULL;
  g_autofree char *sha256 = NULL;
  gint64 id;

  (void) data;
  id = insert (f, review);
  g_assert_true (ld_contract_store_set_status (f->db, id, LD_CONTRACT_STATUS_UNDER_REVIEW, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&review);
  review = get (f, id);

  /* No conclusion yet: refused, listing it, before anything is rendered. */
  ld_contract_review_set_reviewer (review, "");
  g_assert_null (ld_contract_store_issue_opinion (f->db, review, render_cb, f, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING);
  g_assert_nonnull (strchr (error->message, '\n'));
  g_clear_error (&error);
  g_assert_cmpint (f->renders, ==, 0);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM document_counters"), ==, 0);
  g_assert_cmpint (stored_status (f, id), ==, LD_CONTRACT_STATUS_UNDER_REVIEW);

  /* A failed render rolls everything back: no number used, status kept,
   * and the edits made for the letter are not saved either. */
  ld_contract_review_set_reviewer (review, "张律师");
  ld_contract_review_set_conclusion (review, LD_CONTRACT_CONCLUSION_AGREE);
  ld_contract_review_set_conclusion_reasons (review, "合同主体适格，内容合法");
  f->fail_render = TRUE;
  g_assert_null (ld_contract_store_issue_opinion (f->db, review, render_cb, f, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (f->renders, ==, 1);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM document_counters"), ==, 0);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM issued_documents"), ==, 0);
  stored = get (f, id);
  g_assert_cmpint (ld_contract_review_get_status (stored), ==, LD_CONTRACT_STATUS_UNDER_REVIEW);
  g_assert_cmpint (ld_contract_review_get_conclusion (stored), ==, LD_CONTRACT_CONCLUSION_NONE);
  g_assert_cmpint (ld_contract_review_get_status (review), ==, LD_CONTRACT_STATUS_UNDER_REVIEW);
  g_clear_object (&stored);

  f->fail_render = FALSE;
  document = ld_contract_store_issue_opinion (f->db, review, render_cb, f, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  expected_number = g_strdup_printf ("×法审〔%d〕1号", g_date_time_get_year (now));
  g_assert_cmpstr (f->last_number, ==, expected_number);
  g_assert_cmpstr (ld_issued_document_get_number (document), ==, expected_number);
  g_assert_cmpint (ld_issued_document_get_kind (document), ==, LD_DOCUMENT_KIND_CONTRACT_OPINION);
  g_assert_cmpstr (ld_issued_document_get_record_table (document), ==, "contract_reviews");
  g_assert_cmpint (ld_issued_document_get_record_id (document), ==, id);
  g_assert_nonnull (ld_issued_document_get_pdf (document));
  g_assert_true (memcmp (g_bytes_get_data (ld_issued_document_get_pdf (document), NULL), "%PDF", 4) == 0);
  g_assert_cmpint (ld_contract_review_get_status (review), ==, LD_CONTRACT_STATUS_OPINION_ISSUED);

  stored = get (f, id);
  g_assert_cmpint (ld_contract_review_get_status (stored), ==, LD_CONTRACT_STATUS_OPINION_ISSUED);
  g_assert_cmpint (ld_contract_review_get_conclusion (stored), ==, LD_CONTRACT_CONCLUSION_AGREE);
  issued = ld_issued_store_list_for_record (f->db, "contract_reviews", id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (issued->len, ==, 1);

  /* Frozen: the content can no longer change, nor be deleted, nor issued twice. */
  ld_contract_review_set_title (stored, "改过的标题");
  g_assert_false (ld_contract_store_update (f->db, stored, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_false (ld_contract_store_delete (f->db, id, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);
  g_clear_object (&stored);
  stored = get (f, id);
  g_assert_null (ld_contract_store_issue_opinion (f->db, stored, render_cb, f, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (ld_test_query_int (f->db, "SELECT count(*) FROM issued_documents"), ==, 1);
  g_assert_cmpstr (ld_contract_review_get_title (stored), ==, "办公楼租赁合同");

  /* The status moves on; the stored letter stays exactly as issued. */
  g_assert_true (ld_contract_store_set_status (f->db, id, LD_CONTRACT_STATUS_SIGNED, NULL, &error));
  g_assert_no_error (error);
  kept = ld_issued_store_get (f->db, ld_issued_document_get_id (document), TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (ld_issued_document_get_pdf (kept), ld_issued_document_get_pdf (document)));
  sha256 = g_compute_checksum_for_bytes (G_CHECKSUM_SHA256, ld_issued_document_get_pdf (kept));
  g_assert_cmpstr (sha256, ==, ld_issued_document_get_sha256 (document));

  /* An unsaved review cannot be issued. */
  {
    g_autoptr(LdContractReview) unsaved = make_review ("未保存", 2026);

    g_assert_null (ld_contract_store_issue_opinion (f->db, unsaved, render_cb, f, &error));
    g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  }
}

static void
test_reviewers (Fixture       *f,
                gconstpointer  data)
{
  const char *names[] = { "张律师", "", "李律师", "张律师" };
  g_auto(GStrv) reviewers = NULL;
  g_autoptr(GError) error = NULL;

  (void) data;
  reviewers = ld_contract_store_list_reviewers (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (reviewers), ==, 0);
  g_clear_pointer (&reviewers, g_strfreev);

  for (unsigned i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(LdContractReview) review = make_review ("合同", 2026);

      ld_contract_review_set_reviewer (review, names[i]);
      insert (f, review);
    }
  reviewers = ld_contract_store_list_reviewers (f->db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (reviewers), ==, 2);
  /* Sorted by SQLite's binary order of the UTF-8 text. */
  g_assert_cmpstr (reviewers[0], ==, "张律师");
  g_assert_cmpstr (reviewers[1], ==, "李律师");
}

/* The demo's reviews load through the store, and the issued ones hold
 * everything their letter needs. */
static void
test_demo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 n, n_issued = 0, n_with_findings = 0;

  (void) data;
  g_assert_true (ld_demo_fill_area (f->db, LD_RECORD_AREA_CONTRACT, 80, 5, NULL, NULL, &error));
  g_assert_no_error (error);
  n = ld_test_query_int (f->db, "SELECT max(id) FROM contract_reviews");
  g_assert_cmpint (n, ==, 80);

  for (gint64 id = 1; id <= n; id++)
    {
      g_autoptr(LdContractReview) review = get (f, id);
      LdReviewChecklist *checklist = ld_contract_review_get_checklist (review);
      unsigned n_findings = g_list_model_get_n_items (ld_contract_review_get_findings (review));

      /* Every demo review can be saved again as it is. */
      g_assert_true (ld_contract_review_validate (review, NULL));
      if (ld_contract_review_is_frozen (review))
        {
          g_autoptr(GPtrArray) missing = ld_contract_workflow_missing_for_issue (review);

          for (unsigned i = 0; i < missing->len; i++)
            g_test_message ("%s: %s", ld_contract_review_get_number (review),
                            ((LdFieldIssue *) g_ptr_array_index (missing, i))->message);
          g_assert_cmpuint (missing->len, ==, 0);
          g_assert_true (ld_review_checklist_is_complete (checklist));
          g_assert_cmpuint (n_findings, >=, 1);
          g_assert_cmpuint (n_findings, <=, 4);
          n_issued++;
        }
      else
        g_assert_cmpint (ld_contract_review_get_conclusion (review), ==, LD_CONTRACT_CONCLUSION_NONE);
      if (ld_contract_review_get_status (review) == LD_CONTRACT_STATUS_RECEIVED)
        {
          unsigned n_points;

          g_assert_cmpuint (n_findings, ==, 0);
          ld_review_checklist_get_points (&n_points);
          g_assert_cmpuint (ld_review_checklist_count (checklist, LD_CHECK_RESULT_UNCHECKED), ==, n_points);
        }
      if (n_findings > 0)
        n_with_findings++;
    }
  g_assert_cmpint (n_issued, >, 10);
  g_assert_cmpint (n_with_findings, >, n_issued);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/store/contracts/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("insert-numbers", test_insert_numbers);
  ADD ("round-trip", test_round_trip);
  ADD ("update", test_update);
  ADD ("status", test_status);
  ADD ("delete-restore", test_delete_restore);
  ADD ("issue", test_issue);
  ADD ("reviewers", test_reviewers);
  ADD ("demo", test_demo);
#undef ADD

  return g_test_run ();
}

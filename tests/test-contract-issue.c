/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <poppler.h>
#include <string.h>

#include "ld-contract-opinion.h"
#include "ld-contract-store.h"
#include "ld-core-error.h"
#include "ld-pdf-renderer.h"
#include "ld-settings-store.h"

/* Issuing a contract review's opinion letter through the store with the
 * real letter builder, and reading the kept PDF back. */

typedef struct
{
  LdDatabase       *db;
  LdContractReview *review;  /* what the render callback builds from */
} Fixture;

static GBytes *
render_letter_cb (const char  *number,
                  gpointer     user_data,
                  GError     **error)
{
  Fixture *f = user_data;
  g_autoptr(LdOrgSettings) settings = NULL;
  g_autoptr(LdDocument) document = NULL;
  g_autoptr(GDate) date = g_date_new_dmy (25, 11, 2026);

  /* Inside the issuing transaction, on the same connection. */
  settings = ld_settings_store_load (f->db, error);
  if (settings == NULL)
    return NULL;
  document = ld_contract_opinion_build (f->review, settings, number, date);
  return ld_document_render_pdf (document, error);
}

/* The text of every page, joined, without line breaks (the letter wraps
 * long lines anywhere). */
static char *
pdf_text (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes (pdf, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      for (const char *p = page_text; *p != '\0'; p++)
        if (*p != '\n')
          g_string_append_c (text, *p);
      g_object_unref (page);
    }
  g_object_unref (document);
  return g_string_free (text, FALSE);
}

static void
test_issue_real_letter (void)
{
  Fixture f = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;
  g_autoptr(LdContractReview) review = ld_contract_review_new ();
  g_autoptr(LdContractReview) stored = NULL;
  g_autoptr(LdReviewFinding) finding =
    ld_review_finding_new ("第五条", "租金支付期限不明确。", "明确每季度首月十日前支付。", "");
  g_autoptr(LdIssuedDocument) issued = NULL;
  g_autoptr(LdIssuedDocument) kept = NULL;
  g_autoptr(GDate) received = g_date_new_dmy (23, 11, 2026);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *number_part = g_strdup_printf ("〔%d〕1号", g_date_time_get_year (now));
  g_autofree char *text = NULL;
  gint64 id;

  db = ld_database_open (":memory:", LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f.db = db;

  ld_contract_review_set_title (review, "办公楼租赁合同");
  ld_contract_review_set_kind (review, LD_CONTRACT_KIND_LEASE);
  ld_contract_review_set_submitting_department (review, "镇党政办公室");
  ld_contract_review_set_counterparty_name (review, "某某置业有限公司");
  ld_contract_review_set_reviewer (review, "张律师");
  ld_contract_review_set_received_on (review, received);
  ld_contract_review_set_amount_text (review, "360000");
  id = ld_contract_store_insert (db, review, &error);
  g_assert_no_error (error);
  g_assert_true (ld_contract_store_set_status (db, id, LD_CONTRACT_STATUS_UNDER_REVIEW, NULL, &error));
  g_assert_no_error (error);

  f.review = ld_contract_store_get (db, id, &error);
  g_assert_no_error (error);
  ld_contract_review_set_conclusion (f.review, LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION);
  ld_contract_review_append_finding (f.review, finding);

  issued = ld_contract_store_issue_opinion (db, f.review, render_letter_cb, &f, &error);
  g_assert_no_error (error);
  g_assert_nonnull (issued);

  /* The kept letter carries its number and the findings, not the draft mark. */
  kept = ld_issued_store_get (db, ld_issued_document_get_id (issued), TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (ld_issued_document_get_pdf (kept), ld_issued_document_get_pdf (issued)));
  text = pdf_text (ld_issued_document_get_pdf (kept));
  g_assert_nonnull (strstr (text, number_part));
  g_assert_nonnull (strstr (text, "租金支付期限不明确"));
  g_assert_nonnull (strstr (text, "办公楼租赁合同"));
  g_assert_null (strstr (text, "（草稿）"));

  /* The review is frozen; a later edit is refused and the letter stays. */
  stored = ld_contract_store_get (db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ld_contract_review_get_status (stored), ==, LD_CONTRACT_STATUS_OPINION_ISSUED);
  ld_contract_review_remove_all_findings (stored);
  g_assert_false (ld_contract_store_update (db, stored, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);
  g_clear_object (&kept);
  kept = ld_issued_store_get (db, ld_issued_document_get_id (issued), TRUE, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (ld_issued_document_get_pdf (kept), ld_issued_document_get_pdf (issued)));

  g_clear_object (&f.review);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/docs/contracts/issue-real-letter", test_issue_real_letter);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "ld-calendar.h"
#include "ld-contract-enums.h"
#include "ld-contract-review.h"
#include "ld-core-error.h"
#include "ld-field-issue.h"
#include "ld-legal-basis.h"
#include "ld-review-checklist.h"
#include "ld-review-finding.h"

static GDate
ymd (int y,
     int m,
     int d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return date;
}

static void
assert_date (const GDate *date,
             int          y,
             int          m,
             int          d)
{
  g_assert_nonnull (date);
  g_assert_cmpint (g_date_get_year (date), ==, y);
  g_assert_cmpint (g_date_get_month (date), ==, m);
  g_assert_cmpint (g_date_get_day (date), ==, d);
}

/* A review that validates with no issue at all. */
static LdContractReview *
make_good_review (void)
{
  LdContractReview *review = ld_contract_review_new ();
  GDate received = ymd (2026, 11, 23);
  GDate start = ymd (2027, 1, 1);
  GDate end = ymd (2027, 12, 31);

  ld_contract_review_set_title (review, "村道保洁服务合同");
  ld_contract_review_set_kind (review, LD_CONTRACT_KIND_SERVICE);
  ld_contract_review_set_submitting_department (review, "镇农业农村办公室");
  ld_contract_review_set_handler (review, "李明");
  ld_contract_review_set_handler_contact (review, "13812345678");
  ld_contract_review_set_counterparty_name (review, "某某环境服务有限公司");
  ld_contract_review_set_counterparty_credit_code (review, "91512081MA62K0260E");
  ld_contract_review_set_counterparty_representative (review, "王强");
  ld_contract_review_set_counterparty_address (review, "某市某区某路1号");
  ld_contract_review_set_counterparty_contact (review, "028-12345678");
  ld_contract_review_set_amount_text (review, "1,280,000.00");
  ld_contract_review_set_term_start (review, &start);
  ld_contract_review_set_term_end (review, &end);
  ld_contract_review_set_funding_source (review, "镇财政预算资金");
  ld_contract_review_set_procurement_method (review, LD_PROCUREMENT_METHOD_COMPETITIVE_CONSULTATION);
  ld_contract_review_set_received_on (review, &received);
  ld_contract_review_set_reviewer (review, "张律师");
  return review;
}

static GPtrArray *
validate (LdContractReview *review,
          gboolean          expect_ok)
{
  GPtrArray *issues = ld_field_issues_new ();

  g_assert_cmpint (ld_contract_review_validate (review, issues), ==, expect_ok);
  g_assert_cmpint (ld_field_issues_has_errors (issues), ==, !expect_ok);
  return issues;
}

static void
test_enums (void)
{
  for (int i = 0; i < LD_N_CONTRACT_KINDS; i++)
    {
      LdContractKind kind = LD_N_CONTRACT_KINDS;

      g_assert_true (ld_contract_kind_from_id (ld_contract_kind_to_id (i), &kind));
      g_assert_cmpint (kind, ==, i);
      g_assert_cmpstr (ld_contract_kind_get_label (i), !=, "");
      g_assert_true (g_str_has_suffix (ld_contract_kind_get_letter_text (i), "合同"));
    }
  for (int i = 0; i < LD_N_PROCUREMENT_METHODS; i++)
    {
      LdProcurementMethod method = LD_N_PROCUREMENT_METHODS;

      g_assert_true (ld_procurement_method_from_id (ld_procurement_method_to_id (i), &method));
      g_assert_cmpint (method, ==, i);
      g_assert_cmpstr (ld_procurement_method_get_label (i), !=, "");
    }
  for (int i = 0; i < LD_N_CONTRACT_STATUSES; i++)
    {
      LdContractStatus status = LD_N_CONTRACT_STATUSES;

      g_assert_true (ld_contract_status_from_id (ld_contract_status_to_id (i), &status));
      g_assert_cmpint (status, ==, i);
    }
  for (int i = 0; i < LD_N_CONTRACT_CONCLUSIONS; i++)
    {
      LdContractConclusion conclusion = LD_N_CONTRACT_CONCLUSIONS;

      g_assert_true (ld_contract_conclusion_from_id (ld_contract_conclusion_to_id (i), &conclusion));
      g_assert_cmpint (conclusion, ==, i);
    }

  /* The ids are the values the contract_reviews table checks. */
  g_assert_cmpstr (ld_contract_kind_to_id (LD_CONTRACT_KIND_LAND_CONTRACTING), ==, "land_contracting");
  g_assert_cmpstr (ld_procurement_method_to_id (LD_PROCUREMENT_METHOD_COMPETITIVE_CONSULTATION), ==,
                   "competitive_consultation");
  g_assert_cmpstr (ld_contract_status_to_id (LD_CONTRACT_STATUS_UNDER_REVIEW), ==, "under_review");
  g_assert_cmpstr (ld_contract_status_to_id (LD_CONTRACT_STATUS_OPINION_ISSUED), ==, "opinion_issued");
  g_assert_cmpstr (ld_contract_conclusion_to_id (LD_CONTRACT_CONCLUSION_NONE), ==, "");
  g_assert_cmpstr (ld_contract_conclusion_to_id (LD_CONTRACT_CONCLUSION_DO_NOT_SIGN), ==, "do_not_sign");

  g_assert_cmpstr (ld_contract_conclusion_get_letter_text (LD_CONTRACT_CONCLUSION_AGREE), ==, "同意签订");
  g_assert_cmpstr (ld_contract_conclusion_get_letter_text (LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION),
                   ==, "修改后签订");
  g_assert_cmpstr (ld_contract_conclusion_get_letter_text (LD_CONTRACT_CONCLUSION_DO_NOT_SIGN), ==,
                   "不同意签订（暂缓签订）");
  g_assert_cmpstr (ld_procurement_method_get_letter_text (LD_PROCUREMENT_METHOD_PUBLIC_TENDER), ==,
                   "公开招标");
  g_assert_cmpstr (ld_contract_status_get_label (LD_CONTRACT_STATUS_RETURNED), ==,
                   "Returned for supplementation");

  {
    LdContractStatus status = LD_CONTRACT_STATUS_SIGNED;

    g_assert_false (ld_contract_status_from_id ("under-review", &status));
    g_assert_false (ld_contract_status_from_id ("", &status));
    g_assert_cmpint (status, ==, LD_CONTRACT_STATUS_SIGNED);
    g_assert_false (ld_contract_kind_from_id ("Procurement", NULL));
  }
}

static void
test_defaults (void)
{
  g_autoptr(LdContractReview) review = ld_contract_review_new ();
  LdContractKind kind;

  g_assert_cmpint (ld_contract_review_get_id (review), ==, 0);
  g_assert_cmpint (ld_contract_review_get_amount_fen (review), ==, -1);
  g_assert_cmpstr (ld_contract_review_get_amount_text (review), ==, "");
  g_assert_cmpint (ld_contract_review_get_status (review), ==, LD_CONTRACT_STATUS_RECEIVED);
  g_assert_cmpint (ld_contract_review_get_conclusion (review), ==, LD_CONTRACT_CONCLUSION_NONE);
  g_assert_cmpint (ld_contract_review_get_procurement_method (review), ==,
                   LD_PROCUREMENT_METHOD_NOT_APPLICABLE);
  g_assert_cmpstr (ld_contract_review_get_title (review), ==, "");
  g_assert_null (ld_contract_review_get_received_on (review));
  g_assert_false (ld_contract_review_is_frozen (review));
  g_assert_cmpuint (g_list_model_get_n_items (ld_contract_review_get_findings (review)), ==, 0);

  /* Enum properties speak the table's ids through GObject too. */
  g_object_get (review, "kind", &kind, NULL);
  g_assert_cmpint (kind, ==, LD_CONTRACT_KIND_OTHER);
  g_object_set (review, "counterparty-credit-code", "91512081MA62K0260E", NULL);
  g_assert_cmpstr (ld_contract_review_get_counterparty_credit_code (review), ==, "91512081MA62K0260E");

  g_assert_finalize_object (g_steal_pointer (&review));
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  (*(int *) user_data)++;
}

static void
test_notify (void)
{
  g_autoptr(LdContractReview) review = ld_contract_review_new ();
  int titles = 0, amounts = 0, frozen = 0;
  GDate date = ymd (2026, 1, 5);

  g_signal_connect (review, "notify::title", G_CALLBACK (count_notify_cb), &titles);
  g_signal_connect (review, "notify::amount-fen", G_CALLBACK (count_notify_cb), &amounts);
  g_signal_connect (review, "notify::frozen", G_CALLBACK (count_notify_cb), &frozen);

  ld_contract_review_set_title (review, "合同");
  ld_contract_review_set_title (review, "合同");
  g_assert_cmpint (titles, ==, 1);
  ld_contract_review_set_amount_text (review, "100");
  ld_contract_review_set_amount_text (review, "100.00");
  g_assert_cmpint (amounts, ==, 1);
  ld_contract_review_set_received_on (review, &date);
  g_assert_cmpint (g_date_compare (ld_contract_review_get_received_on (review), &date), ==, 0);
  ld_contract_review_set_received_on (review, NULL);
  g_assert_null (ld_contract_review_get_received_on (review));

  ld_contract_review_set_status (review, LD_CONTRACT_STATUS_UNDER_REVIEW);
  g_assert_cmpint (frozen, ==, 0);
  ld_contract_review_set_status (review, LD_CONTRACT_STATUS_OPINION_ISSUED);
  g_assert_cmpint (frozen, ==, 1);
  ld_contract_review_set_status (review, LD_CONTRACT_STATUS_SIGNED);
  g_assert_cmpint (frozen, ==, 1);
  g_assert_true (ld_contract_review_is_frozen (review));
}

static void
count_changed_review_cb (LdContractReview *review,
                         gpointer          user_data)
{
  (*(int *) user_data)++;
}

static void
test_changed_signal (void)
{
  g_autoptr(LdContractReview) review = ld_contract_review_new ();
  g_autoptr(LdReviewFinding) kept = ld_review_finding_new ("第一条", "问题", "", "");
  g_autoptr(LdReviewFinding) other = ld_review_finding_new ("第二条", "问题", "", "");
  int changed = 0;

  g_signal_connect (review, "changed", G_CALLBACK (count_changed_review_cb), &changed);

  ld_contract_review_set_title (review, "合同");
  g_assert_cmpint (changed, ==, 1);
  ld_contract_review_set_title (review, "合同");
  g_assert_cmpint (changed, ==, 1);

  ld_review_checklist_set (ld_contract_review_get_checklist (review), "text", LD_CHECK_RESULT_PASS, "");
  g_assert_cmpint (changed, ==, 2);

  ld_contract_review_append_finding (review, kept);
  ld_contract_review_append_finding (review, other);
  g_assert_cmpint (changed, ==, 4);
  ld_review_finding_set_problem (other, "另一个问题");
  g_assert_cmpint (changed, ==, 5);
  ld_contract_review_move_finding (review, 1, 0);
  g_assert_cmpint (changed, >, 5);

  /* A removed finding no longer speaks for the review. */
  changed = 0;
  ld_contract_review_remove_finding (review, 1);
  g_assert_cmpint (changed, ==, 1);
  ld_review_finding_set_problem (kept, "已删除");
  g_assert_cmpint (changed, ==, 1);
  ld_review_finding_set_problem (other, "仍在");
  g_assert_cmpint (changed, ==, 2);

  /* Status changes count; "frozen" does not add a second signal. */
  changed = 0;
  ld_contract_review_set_status (review, LD_CONTRACT_STATUS_OPINION_ISSUED);
  g_assert_cmpint (changed, ==, 1);

  /* A finding that outlives its review may still change. */
  g_assert_finalize_object (g_steal_pointer (&review));
  ld_review_finding_set_problem (other, "评审已释放");
}

static void
test_validate_good (void)
{
  g_autoptr(LdContractReview) review = make_good_review ();
  g_autoptr(GPtrArray) issues = validate (review, TRUE);

  g_assert_cmpuint (issues->len, ==, 0);
  g_assert_cmpint (ld_contract_review_get_amount_fen (review), ==, 128000000);

  /* Without an array the result is the same. */
  g_assert_true (ld_contract_review_validate (review, NULL));
}

static void
test_validate_required (void)
{
  g_autoptr(LdContractReview) review = ld_contract_review_new ();
  g_autoptr(GPtrArray) issues = validate (review, FALSE);
  static const char *required[] = { "title", "counterparty-name", "received-on" };

  g_assert_cmpuint (issues->len, ==, G_N_ELEMENTS (required));
  for (unsigned i = 0; i < G_N_ELEMENTS (required); i++)
    {
      LdFieldIssue *issue = ld_field_issues_find (issues, required[i]);

      g_assert_nonnull (issue);
      g_assert_cmpint (issue->severity, ==, LD_ISSUE_ERROR);
      g_assert_cmpstr (issue->message, !=, "");
    }
  g_assert_cmpstr (ld_field_issues_find (issues, "title")->message, ==,
                   "Enter the title of the contract");

  /* Blank is empty; anything else is a value. */
  g_ptr_array_set_size (issues, 0);
  {
    g_autoptr(LdContractReview) good = make_good_review ();

    ld_contract_review_set_title (good, " \t　");
    ld_contract_review_set_counterparty_name (good, "");
    g_assert_false (ld_contract_review_validate (good, issues));
    g_assert_nonnull (ld_field_issues_find (issues, "title"));
    g_assert_nonnull (ld_field_issues_find (issues, "counterparty-name"));
    g_assert_cmpuint (issues->len, ==, 2);
  }
}

static void
test_validate_credit_code (void)
{
  static const struct
  {
    const char      *code;
    gboolean         ok;
    int              severity;  /* -1: no issue */
    const char      *message;
  } cases[] = {
    { "91512081MA62K0260E", TRUE, -1, NULL },
    { "91512081ma62k0260e", TRUE, -1, NULL },
    { "", TRUE, -1, NULL },  /* a natural person has none */
    { "91512081MA62K0260F", TRUE, LD_ISSUE_WARNING,
      "The check character should be E, not F: compare the code with the business licence" },
    { "91512081MA62K0260Z", TRUE, LD_ISSUE_WARNING,
      "The check character should be E, not Z: compare the code with the business licence" },
    { "91512081MA62K0260", FALSE, LD_ISSUE_ERROR,
      "A unified social credit code has 18 characters; this one has 17" },
    { "91512081MA62K0260E1", FALSE, LD_ISSUE_ERROR,
      "A unified social credit code has 18 characters; this one has 19" },
    { "91512081MO62K0260E", FALSE, LD_ISSUE_ERROR, NULL },
    { "91512081MA62K026#E", FALSE, LD_ISSUE_ERROR, NULL },
    { "九一五一二零八一MA62K0260E", FALSE, LD_ISSUE_ERROR, NULL },
  };

  for (unsigned i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LdContractReview) review = make_good_review ();
      g_autoptr(GPtrArray) issues = NULL;
      LdFieldIssue *issue;

      g_test_message ("credit code “%s”", cases[i].code);
      ld_contract_review_set_counterparty_credit_code (review, cases[i].code);
      issues = validate (review, cases[i].ok);
      issue = ld_field_issues_find (issues, "counterparty-credit-code");
      if (cases[i].severity < 0)
        {
          g_assert_null (issue);
          g_assert_cmpuint (issues->len, ==, 0);
          continue;
        }
      g_assert_nonnull (issue);
      g_assert_cmpuint (issues->len, ==, 1);
      g_assert_cmpint (issue->severity, ==, cases[i].severity);
      if (cases[i].message != NULL)
        g_assert_cmpstr (issue->message, ==, cases[i].message);
      else
        g_assert_cmpstr (issue->message, !=, "");
    }
}

static void
test_validate_amount (void)
{
  static const struct
  {
    const char *text;
    gint64      fen;
    gboolean    ok;
    const char *message;
  } cases[] = {
    { "", -1, TRUE, NULL },
    { "0", 0, TRUE, NULL },
    { "1234.5", 123450, TRUE, NULL },
    { "¥1,234.56", 123456, TRUE, NULL },
    { "9999999999999.99", G_GINT64_CONSTANT (999999999999999), TRUE, NULL },
    { "-5", -1, FALSE, "An amount cannot be negative" },
    { "-0.01", -1, FALSE, "An amount cannot be negative" },
    { "10000000000000", -1, FALSE, "The amount is too large: the largest is 9,999,999,999,999.99" },
    { "99999999999999999999999", -1, FALSE, NULL },
    { "abc", -1, FALSE, "“abc” is not an amount: write it like 1,234.56" },
    { "12万", -1, FALSE, NULL },
    { "1.234", -1, FALSE, "An amount has at most two decimal places (fen)" },
    { "0.001", -1, FALSE, "An amount has at most two decimal places (fen)" },
  };

  for (unsigned i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LdContractReview) review = make_good_review ();
      g_autoptr(GPtrArray) issues = NULL;
      LdFieldIssue *issue;

      g_test_message ("amount “%s”", cases[i].text);
      ld_contract_review_set_amount_text (review, cases[i].text);
      g_assert_cmpint (ld_contract_review_get_amount_fen (review), ==, cases[i].fen);
      /* The text stays as typed, so the editor does not rewrite it. */
      g_assert_cmpstr (ld_contract_review_get_amount_text (review), ==, cases[i].text);
      issues = validate (review, cases[i].ok);
      issue = ld_field_issues_find (issues, "amount-text");
      if (cases[i].ok)
        {
          g_assert_null (issue);
          continue;
        }
      g_assert_nonnull (issue);
      g_assert_cmpint (issue->severity, ==, LD_ISSUE_ERROR);
      if (cases[i].message != NULL)
        g_assert_cmpstr (issue->message, ==, cases[i].message);
    }

  /* Setting the fen formats the text. */
  {
    g_autoptr(LdContractReview) review = ld_contract_review_new ();
    g_autofree char *words = NULL;
    g_autofree char *small = NULL;

    g_assert_null (ld_contract_review_format_amount_in_words (review));
    ld_contract_review_set_amount_text (review, "107,000.53");
    words = ld_contract_review_format_amount_in_words (review);
    g_assert_cmpstr (words, ==, "人民币壹拾万柒仟元零伍角叁分（¥107,000.53）");
    ld_contract_review_set_amount_fen (review, 1000);
    small = ld_contract_review_format_amount_in_words (review);
    g_assert_cmpstr (small, ==, "人民币壹拾元整（¥10.00）");

    ld_contract_review_set_amount_text (review, "abc");
    ld_contract_review_set_amount_fen (review, 100000);
    g_assert_cmpstr (ld_contract_review_get_amount_text (review), ==, "1,000.00");
    ld_contract_review_set_amount_fen (review, -1);
    g_assert_cmpstr (ld_contract_review_get_amount_text (review), ==, "");
  }
}

static void
test_validate_dates (void)
{
  g_autoptr(LdContractReview) review = make_good_review ();
  GDate start = ymd (2027, 1, 1);
  GDate before = ymd (2026, 12, 31);
  GDate received = ymd (2026, 11, 23);
  GDate due_before = ymd (2026, 11, 20);

  ld_contract_review_set_term_end (review, &before);
  {
    g_autoptr(GPtrArray) issues = validate (review, FALSE);
    LdFieldIssue *issue = ld_field_issues_find (issues, "term-end");

    g_assert_nonnull (issue);
    g_assert_cmpuint (issues->len, ==, 1);
    g_assert_cmpstr (issue->message, ==, "The term ends before it starts: check both dates");
  }

  /* A one-day term is fine, and so is a term with only one end. */
  ld_contract_review_set_term_end (review, &start);
  g_assert_true (ld_contract_review_validate (review, NULL));
  ld_contract_review_set_term_start (review, NULL);
  ld_contract_review_set_term_end (review, &before);
  g_assert_true (ld_contract_review_validate (review, NULL));

  ld_contract_review_set_due_on (review, &due_before);
  {
    g_autoptr(GPtrArray) issues = validate (review, FALSE);

    g_assert_nonnull (ld_field_issues_find (issues, "due-on"));
    g_assert_cmpuint (issues->len, ==, 1);
  }
  ld_contract_review_set_due_on (review, &received);
  g_assert_true (ld_contract_review_validate (review, NULL));
}

static void
test_validate_contacts (void)
{
  g_autoptr(LdContractReview) review = make_good_review ();

  /* Optional: empty is fine. */
  ld_contract_review_set_handler_contact (review, "");
  ld_contract_review_set_counterparty_contact (review, "");
  g_assert_true (ld_contract_review_validate (review, NULL));

  ld_contract_review_set_handler_contact (review, "+86 138-1234-5678");
  ld_contract_review_set_counterparty_contact (review, "call the office");
  {
    g_autoptr(GPtrArray) issues = validate (review, TRUE);
    LdFieldIssue *issue = ld_field_issues_find (issues, "counterparty-contact");

    g_assert_cmpuint (issues->len, ==, 1);
    g_assert_nonnull (issue);
    g_assert_cmpint (issue->severity, ==, LD_ISSUE_WARNING);
  }
}

static void
test_validate_returned (void)
{
  g_autoptr(LdContractReview) review = make_good_review ();

  ld_contract_review_set_status (review, LD_CONTRACT_STATUS_RETURNED);
  {
    g_autoptr(GPtrArray) issues = validate (review, FALSE);
    g_assert_nonnull (ld_field_issues_find (issues, "status-reason"));
  }
  ld_contract_review_set_status_reason (review, "缺少法定代表人授权委托书");
  g_assert_true (ld_contract_review_validate (review, NULL));
}

static void
test_field_issues (void)
{
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  g_autoptr(LdFieldIssue) copy = NULL;

  g_ptr_array_add (issues, ld_field_issue_new ("a", LD_ISSUE_WARNING, "w"));
  g_ptr_array_add (issues, ld_field_issue_new ("a", LD_ISSUE_ERROR, "e"));
  g_assert_cmpstr (ld_field_issues_find (issues, "a")->message, ==, "e");
  g_assert_null (ld_field_issues_find (issues, "b"));
  g_assert_true (ld_field_issues_has_errors (issues));
  g_ptr_array_remove_index (issues, 1);
  g_assert_cmpstr (ld_field_issues_find (issues, "a")->message, ==, "w");
  g_assert_false (ld_field_issues_has_errors (issues));

  copy = g_boxed_copy (LD_TYPE_FIELD_ISSUE, g_ptr_array_index (issues, 0));
  g_assert_cmpstr (copy->field, ==, "a");
  g_assert_cmpint (copy->severity, ==, LD_ISSUE_WARNING);
}

static void
test_due_date (void)
{
  g_autoptr(LdContractReview) review = ld_contract_review_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autoptr(LdCalendar) plain = ld_calendar_new_empty ();
  GDate monday = ymd (2026, 11, 23);
  GDate before_holiday = ymd (2026, 9, 30);

  g_assert_null (ld_contract_review_compute_due_date (review, calendar, 5));

  ld_contract_review_set_received_on (review, &monday);
  {
    g_autoptr(GDate) due = ld_contract_review_compute_due_date (review, calendar, 5);
    assert_date (due, 2026, 11, 30);
  }

  /* 国庆节 2026: 10-01 … 10-07 off, Saturday 10-10 a working day. */
  ld_contract_review_set_received_on (review, &before_holiday);
  {
    g_autoptr(GDate) due = ld_contract_review_compute_due_date (review, calendar, 5);
    assert_date (due, 2026, 10, 13);
  }
  {
    g_autoptr(GDate) due = ld_contract_review_compute_due_date (review, plain, 5);
    assert_date (due, 2026, 10, 7);
  }
  {
    g_autoptr(GDate) due = ld_contract_review_compute_due_date (review, calendar, 0);
    assert_date (due, 2026, 9, 30);
  }
}

static void
test_findings (void)
{
  g_autoptr(LdContractReview) review = make_good_review ();
  GListModel *findings = ld_contract_review_get_findings (review);
  LdReviewChecklist *checklist = ld_contract_review_get_checklist (review);
  g_autoptr(GPtrArray) letter = NULL;
  g_autoptr(LdReviewFinding) first = NULL;
  g_autoptr(LdReviewFinding) covering = NULL;
  g_autoptr(LdReviewFinding) blank = NULL;
  int notified = 0;

  g_signal_connect (review, "notify::findings", G_CALLBACK (count_notify_cb), &notified);

  first = ld_review_finding_new ("第三条", "付款期限为验收后90日", "改为30日内",
                                 "《保障中小企业款项支付条例》第九条");
  covering = ld_review_finding_new ("第八条", "争议解决同时约定仲裁和诉讼", "择一约定", "");
  ld_review_finding_set_checklist_point (covering, "disputes");
  blank = ld_review_finding_new ("第九条", "  ", "", "");

  ld_contract_review_append_finding (review, first);
  ld_contract_review_append_finding (review, covering);
  ld_contract_review_insert_finding (review, 0, blank);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 3);
  g_assert_cmpint (notified, ==, 3);

  ld_contract_review_move_finding (review, 0, 2);
  {
    g_autoptr(LdReviewFinding) last = g_list_model_get_item (findings, 2);
    g_assert_true (last == blank);
  }

  /* Problems in checklist order, the one a written finding covers left out,
   * then the written findings without the blank one. */
  ld_review_checklist_set (checklist, "validity", LD_CHECK_RESULT_PROBLEM, "第十条免除人身损害责任");
  ld_review_checklist_set (checklist, "disputes", LD_CHECK_RESULT_PROBLEM, "仲裁与诉讼并存");
  ld_review_checklist_set (checklist, "standing", LD_CHECK_RESULT_PROBLEM, "营业执照已过期");
  ld_review_checklist_set (checklist, "essential_terms", LD_CHECK_RESULT_PASS, "");

  letter = ld_contract_review_collect_letter_findings (review);
  g_assert_cmpuint (letter->len, ==, 4);
  g_assert_cmpstr (ld_review_finding_get_problem (letter->pdata[0]), ==, "营业执照已过期");
  g_assert_cmpstr (ld_review_finding_get_checklist_point (letter->pdata[0]), ==, "standing");
  g_assert_cmpstr (ld_review_finding_get_problem (letter->pdata[1]), ==, "第十条免除人身损害责任");
  g_assert_true (letter->pdata[2] == first);
  g_assert_true (letter->pdata[3] == covering);

  ld_contract_review_remove_finding (review, 0);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 2);
  ld_contract_review_remove_all_findings (review);
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 0);
}

static void
test_checklist_points (void)
{
  unsigned n;
  const LdChecklistPoint *points = ld_review_checklist_get_points (&n);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  static const char *titles[] = {
    "主体资格", "授权与程序", "必备条款", "价款与支付", "验收", "合同效力", "争议解决",
    "违约、保密、知识产权与个人信息", "合同文本", "国有资产与财政资金风险",
  };

  g_assert_cmpuint (n, ==, G_N_ELEMENTS (titles));
  for (unsigned i = 0; i < n; i++)
    {
      g_assert_cmpstr (points[i].title, ==, titles[i]);
      g_assert_true (g_hash_table_add (ids, (gpointer) points[i].id));
      g_assert_true (ld_review_checklist_lookup_point (points[i].id) == &points[i]);
      g_assert_cmpstr (ld_checklist_point_get_label (&points[i]), !=, "");
      g_assert_cmpstr (points[i].check, !=, "");
      g_assert_nonnull (points[i].basis);
    }
  g_assert_null (ld_review_checklist_lookup_point ("nonsense"));
  g_assert_cmpstr (ld_review_checklist_lookup_point ("essential_terms")->basis, ==,
                   "《中华人民共和国民法典》第四百七十条");

  for (int i = 0; i < LD_N_CHECK_RESULTS; i++)
    {
      LdCheckResult result = LD_N_CHECK_RESULTS;

      g_assert_true (ld_check_result_from_id (ld_check_result_to_id (i), &result));
      g_assert_cmpint (result, ==, i);
    }
  g_assert_cmpstr (ld_check_result_to_id (LD_CHECK_RESULT_NOT_APPLICABLE), ==, "not_applicable");
  g_assert_false (ld_check_result_from_id ("ok", NULL));
}

static void
count_changed_cb (LdReviewChecklist *checklist,
                  const char        *point_id,
                  gpointer           user_data)
{
  g_ptr_array_add (user_data, g_strdup (point_id));
}

static void
test_checklist_results (void)
{
  g_autoptr(LdReviewChecklist) checklist = ld_review_checklist_new ();
  g_autoptr(LdReviewChecklist) other = ld_review_checklist_new ();
  g_autoptr(GPtrArray) changed = g_ptr_array_new_with_free_func (g_free);
  unsigned n;
  const LdChecklistPoint *points = ld_review_checklist_get_points (&n);

  g_signal_connect (checklist, "changed", G_CALLBACK (count_changed_cb), changed);

  g_assert_cmpuint (ld_review_checklist_count (checklist, LD_CHECK_RESULT_UNCHECKED), ==, n);
  g_assert_false (ld_review_checklist_is_complete (checklist));
  g_assert_cmpint (ld_review_checklist_get_result (checklist, "text"), ==, LD_CHECK_RESULT_UNCHECKED);
  g_assert_cmpstr (ld_review_checklist_get_note (checklist, "text"), ==, "");

  g_assert_true (ld_review_checklist_set (checklist, "text", LD_CHECK_RESULT_NOT_APPLICABLE, NULL));
  g_assert_true (ld_review_checklist_set (checklist, "text", LD_CHECK_RESULT_NOT_APPLICABLE, ""));
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpstr (changed->pdata[0], ==, "text");

  g_assert_false (ld_review_checklist_set (checklist, "retired_point", LD_CHECK_RESULT_PASS, "x"));
  g_assert_cmpuint (changed->len, ==, 1);
  g_assert_cmpint (ld_review_checklist_get_result (checklist, "retired_point"), ==,
                   LD_CHECK_RESULT_UNCHECKED);
  g_assert_null (ld_review_checklist_get_note (checklist, "retired_point"));

  for (unsigned i = 0; i < n; i++)
    ld_review_checklist_set (checklist, points[i].id, LD_CHECK_RESULT_PASS, "");
  g_assert_true (ld_review_checklist_is_complete (checklist));
  g_assert_cmpuint (ld_review_checklist_count (checklist, LD_CHECK_RESULT_PASS), ==, n);

  g_assert_false (ld_review_checklist_equal (checklist, other));
  ld_review_checklist_assign (other, checklist);
  g_assert_true (ld_review_checklist_equal (checklist, other));
  ld_review_checklist_set (other, "acceptance", LD_CHECK_RESULT_PASS, "约定验收期10日");
  g_assert_false (ld_review_checklist_equal (checklist, other));
}

static void
test_checklist_problems_as_findings (void)
{
  g_autoptr(LdReviewChecklist) checklist = ld_review_checklist_new ();
  g_autoptr(GPtrArray) none = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  static const struct
  {
    const char *point;
    const char *note;
    const char *basis;
  } expected[] = {
    { "authority", "未见镇政府集体研究决定", "《中华人民共和国民法典》第一百四十三条、第五百零二条、第五百零三条，"
                                              "《保障中小企业款项支付条例》第八条" },
    { "price_payment", "约定以审计结果作为结算依据", "《保障中小企业款项支付条例》第九条至第十三条、第十七条" },
    { "disputes", "同时约定仲裁和诉讼", "《中华人民共和国民法典》第五百零七条" },
    { "state_assets", "租金明显低于市场价", "" },
  };

  none = ld_review_checklist_problems_as_findings (checklist);
  g_assert_cmpuint (none->len, ==, 0);

  /* Marked out of order, with passes and n/a in between. */
  ld_review_checklist_set (checklist, "state_assets", LD_CHECK_RESULT_PROBLEM, expected[3].note);
  ld_review_checklist_set (checklist, "disputes", LD_CHECK_RESULT_PROBLEM, expected[2].note);
  ld_review_checklist_set (checklist, "standing", LD_CHECK_RESULT_PASS, "已核验营业执照");
  ld_review_checklist_set (checklist, "authority", LD_CHECK_RESULT_PROBLEM, expected[0].note);
  ld_review_checklist_set (checklist, "acceptance", LD_CHECK_RESULT_NOT_APPLICABLE, "租赁合同");
  ld_review_checklist_set (checklist, "price_payment", LD_CHECK_RESULT_PROBLEM, expected[1].note);

  findings = ld_review_checklist_problems_as_findings (checklist);
  g_assert_cmpuint (findings->len, ==, G_N_ELEMENTS (expected));
  for (unsigned i = 0; i < findings->len; i++)
    {
      LdReviewFinding *finding = g_ptr_array_index (findings, i);

      g_assert_cmpstr (ld_review_finding_get_checklist_point (finding), ==, expected[i].point);
      g_assert_cmpstr (ld_review_finding_get_problem (finding), ==, expected[i].note);
      g_assert_cmpstr (ld_review_finding_get_basis (finding), ==, expected[i].basis);
      g_assert_cmpstr (ld_review_finding_get_clause (finding), ==, "");
      g_assert_cmpstr (ld_review_finding_get_suggestion (finding), ==, "");
    }

  /* A point set back to pass is no longer a finding. */
  ld_review_checklist_set (checklist, "disputes", LD_CHECK_RESULT_PASS, "");
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = ld_review_checklist_problems_as_findings (checklist);
  g_assert_cmpuint (findings->len, ==, 3);
  g_assert_cmpstr (ld_review_finding_get_checklist_point (findings->pdata[2]), ==, "state_assets");
}

static void
test_finding (void)
{
  g_autoptr(LdReviewFinding) finding = ld_review_finding_new (NULL, "问题", NULL, NULL);
  g_autoptr(LdReviewFinding) copy = NULL;
  g_autofree char *clause = NULL;

  g_assert_cmpstr (ld_review_finding_get_clause (finding), ==, "");
  g_assert_false (ld_review_finding_is_blank (finding));
  ld_review_finding_set_id (finding, 42);
  g_object_set (finding, "clause", "第一条", NULL);
  g_object_get (finding, "clause", &clause, NULL);
  g_assert_cmpstr (clause, ==, "第一条");

  copy = ld_review_finding_copy (finding);
  g_assert_cmpint (ld_review_finding_get_id (copy), ==, 42);
  g_assert_true (ld_review_finding_equal (finding, copy));
  ld_review_finding_set_suggestion (copy, "修改");
  g_assert_false (ld_review_finding_equal (finding, copy));

  ld_review_finding_set_problem (finding, "\n ");
  g_assert_true (ld_review_finding_is_blank (finding));
}

static LdContractReview *
make_full_review (void)
{
  LdContractReview *review = make_good_review ();
  LdReviewChecklist *checklist = ld_contract_review_get_checklist (review);
  g_autoptr(LdReviewFinding) a = ld_review_finding_new ("第三条", "付款期限过长", "改为30日", "依据");
  g_autoptr(LdReviewFinding) b = ld_review_finding_new ("", "名称不一致", "统一名称", "");
  GDate due = ymd (2026, 11, 30);

  ld_contract_review_set_id (review, 7);
  ld_contract_review_set_number (review, "合审〔2026〕3号");
  ld_contract_review_set_year (review, 2026);
  ld_contract_review_set_seq (review, 3);
  ld_contract_review_set_due_on (review, &due);
  ld_contract_review_set_status (review, LD_CONTRACT_STATUS_UNDER_REVIEW);
  ld_contract_review_set_conclusion (review, LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION);
  ld_contract_review_set_conclusion_reasons (review, "修改后可以签订");
  ld_review_checklist_set (checklist, "standing", LD_CHECK_RESULT_PASS, "已核验");
  ld_review_checklist_set (checklist, "validity", LD_CHECK_RESULT_PROBLEM, "免责条款无效");
  ld_review_finding_set_id (a, 11);
  ld_review_finding_set_checklist_point (b, "text");
  ld_contract_review_append_finding (review, a);
  ld_contract_review_append_finding (review, b);
  return review;
}

static void
test_copy_and_equal (void)
{
  g_autoptr(LdContractReview) review = make_full_review ();
  g_autoptr(LdContractReview) copy = ld_contract_review_copy (review);

  g_assert_true (ld_contract_review_content_equal (review, copy));
  g_assert_cmpint (ld_contract_review_get_id (copy), ==, 7);
  g_assert_cmpint (ld_contract_review_get_status (copy), ==, LD_CONTRACT_STATUS_UNDER_REVIEW);
  g_assert_cmpuint (g_list_model_get_n_items (ld_contract_review_get_findings (copy)), ==, 2);

  /* The copy is deep: its findings and checklist are its own. */
  {
    g_autoptr(LdReviewFinding) f = g_list_model_get_item (ld_contract_review_get_findings (copy), 0);
    g_autoptr(LdReviewFinding) g = g_list_model_get_item (ld_contract_review_get_findings (review), 0);

    g_assert_true (f != g);
    ld_review_finding_set_problem (f, "另一个问题");
    g_assert_false (ld_contract_review_content_equal (review, copy));
    ld_review_finding_set_problem (f, "付款期限过长");
    g_assert_true (ld_contract_review_content_equal (review, copy));
  }
  ld_review_checklist_set (ld_contract_review_get_checklist (copy), "text", LD_CHECK_RESULT_PASS, "");
  g_assert_false (ld_contract_review_content_equal (review, copy));
  ld_review_checklist_set (ld_contract_review_get_checklist (copy), "text", LD_CHECK_RESULT_UNCHECKED, "");
  g_assert_true (ld_contract_review_content_equal (review, copy));

  /* Status and its reason are not content. */
  ld_contract_review_set_status (copy, LD_CONTRACT_STATUS_RETURNED);
  ld_contract_review_set_status_reason (copy, "缺材料");
  g_assert_true (ld_contract_review_content_equal (review, copy));

  /* The same amount written differently is the same content. */
  ld_contract_review_set_amount_text (copy, "1280000");
  g_assert_true (ld_contract_review_content_equal (review, copy));
  ld_contract_review_set_amount_text (copy, "1280000.01");
  g_assert_false (ld_contract_review_content_equal (review, copy));
  ld_contract_review_set_amount_fen (copy, 128000000);

  ld_contract_review_set_term_end (copy, NULL);
  g_assert_false (ld_contract_review_content_equal (review, copy));
  ld_contract_review_set_term_end (copy, ld_contract_review_get_term_end (review));
  ld_contract_review_set_title (copy, "另一个合同");
  g_assert_false (ld_contract_review_content_equal (review, copy));

  g_assert_finalize_object (g_steal_pointer (&copy));
}

static void
test_serialize (void)
{
  g_autoptr(LdContractReview) review = make_full_review ();
  g_autoptr(LdContractReview) back = NULL;
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GVariant) again = NULL;
  g_autoptr(GError) error = NULL;

  /* A draft keeps text that does not parse yet. */
  ld_contract_review_set_amount_text (review, "12万");
  ld_contract_review_set_status (review, LD_CONTRACT_STATUS_RETURNED);
  ld_contract_review_set_status_reason (review, "缺少预算批复");

  variant = ld_contract_review_serialize (review);
  g_assert_true (g_variant_is_of_type (variant, G_VARIANT_TYPE_VARDICT));
  back = ld_contract_review_deserialize (variant, &error);
  g_assert_no_error (error);
  g_assert_nonnull (back);

  g_assert_true (ld_contract_review_content_equal (review, back));
  g_assert_cmpstr (ld_contract_review_get_amount_text (back), ==, "12万");
  g_assert_cmpint (ld_contract_review_get_amount_fen (back), ==, -1);
  g_assert_cmpint (ld_contract_review_get_status (back), ==, LD_CONTRACT_STATUS_RETURNED);
  g_assert_cmpstr (ld_contract_review_get_status_reason (back), ==, "缺少预算批复");
  g_assert_cmpint (ld_contract_review_get_id (back), ==, 7);
  assert_date (ld_contract_review_get_due_on (back), 2026, 11, 30);
  {
    g_autoptr(LdReviewFinding) f = g_list_model_get_item (ld_contract_review_get_findings (back), 0);
    g_assert_cmpint (ld_review_finding_get_id (f), ==, 11);
  }

  again = ld_contract_review_serialize (back);
  g_assert_true (g_variant_equal (variant, again));

  /* A valid amount comes back as fen. */
  {
    g_autoptr(LdContractReview) r = make_good_review ();
    g_autoptr(GVariant) v = ld_contract_review_serialize (r);
    g_autoptr(LdContractReview) b = ld_contract_review_deserialize (v, &error);

    g_assert_no_error (error);
    g_assert_cmpint (ld_contract_review_get_amount_fen (b), ==, 128000000);
    g_assert_null (ld_contract_review_get_due_on (b));
  }
}

static GVariant *
one_entry (const char *key,
           GVariant   *value)
{
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&builder, "{sv}", "title", g_variant_new_string ("合同"));
  g_variant_builder_add (&builder, "{sv}", key, value);
  return g_variant_ref_sink (g_variant_builder_end (&builder));
}

static void
test_deserialize_bad (void)
{
  static const struct
  {
    const char *key;
    const char *value;  /* GVariant text format */
  } bad[] = {
    { "status", "'under-review'" },
    { "kind", "'Procurement'" },
    { "received-on", "'2026-02-30'" },
    { "received-on", "'yesterday'" },
    { "amount-fen", "int64 -5" },
    { "amount-fen", "int64 1000000000000000" },
    { "title", "int64 3" },
    { "year", "'2026'" },
    { "id", "int64 -1" },
    { "checklist", "[('standing', 'maybe', '')]" },
    { "checklist", "['standing']" },
    { "findings", "[(int64 -3, '', '', '', '', '')]" },
    { "amount-text", "int64 5" },
  };

  for (unsigned i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GVariant) value = g_variant_parse (NULL, bad[i].value, NULL, NULL, NULL);
      g_autoptr(GVariant) dict = NULL;
      g_autoptr(LdContractReview) review = NULL;

      g_test_message ("%s = %s", bad[i].key, bad[i].value);
      g_assert_nonnull (value);
      dict = one_entry (bad[i].key, value);
      review = ld_contract_review_deserialize (dict, &error);
      g_assert_null (review);
      g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
    }

  /* Not a dictionary at all. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GVariant) v = g_variant_ref_sink (g_variant_new_string ("x"));

    g_assert_null (ld_contract_review_deserialize (v, &error));
    g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  }

  /* Keys from a newer version, a retired checklist point and the
   * read-only "frozen" are ignored. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GVariant) v = one_entry ("future-field", g_variant_new_string ("x"));
    g_autoptr(GVariant) w = one_entry ("checklist",
                                       g_variant_new_parsed ("[('retired', 'pass', ''), ('text', 'problem', 'n')]"));
    g_autoptr(GVariant) f = one_entry ("frozen", g_variant_new_boolean (TRUE));
    g_autoptr(LdContractReview) a = ld_contract_review_deserialize (v, &error);
    g_autoptr(LdContractReview) b = NULL;
    g_autoptr(LdContractReview) c = NULL;

    g_assert_no_error (error);
    g_assert_cmpstr (ld_contract_review_get_title (a), ==, "合同");
    b = ld_contract_review_deserialize (w, &error);
    g_assert_no_error (error);
    g_assert_cmpint (ld_review_checklist_get_result (ld_contract_review_get_checklist (b), "text"), ==,
                     LD_CHECK_RESULT_PROBLEM);
    c = ld_contract_review_deserialize (f, &error);
    g_assert_no_error (error);
    g_assert_false (ld_contract_review_is_frozen (c));
  }
}

static void
test_legal_basis (void)
{
  static const char *required[] = {
    "civil_code_143", "civil_code_153", "civil_code_154", "civil_code_470", "civil_code_496",
    "civil_code_497", "civil_code_502", "civil_code_506", "civil_code_507",
    "procurement_law_43", "procurement_law_44", "procurement_law_45", "procurement_law_46",
    "procurement_law_47", "procurement_law_48", "procurement_law_49", "procurement_law_50",
    "tender_law_46", "tender_regs_57", "tender_regs_58",
    "sme_payment_9", "sme_payment_10", "sme_payment_17", "decision_regs_26",
  };
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  unsigned n;
  const LdLegalBasis *all = ld_legal_basis_get_all (&n);

  for (unsigned i = 0; i < G_N_ELEMENTS (required); i++)
    g_assert_nonnull (ld_legal_basis_lookup (required[i]));
  g_assert_null (ld_legal_basis_lookup ("civil_code_1"));

  for (unsigned i = 0; i < n; i++)
    {
      g_assert_true (g_hash_table_add (ids, (gpointer) all[i].id));
      g_assert_true (g_str_has_prefix (all[i].article, "第"));
      g_assert_true (g_str_has_suffix (all[i].article, "条"));
      g_assert_cmpstr (all[i].summary, !=, "");
      g_assert_true (g_str_has_suffix (all[i].summary, "。"));
    }

  {
    g_autofree char *citation = ld_legal_basis_format_citation (ld_legal_basis_lookup ("civil_code_507"));
    g_autofree char *full = ld_legal_basis_format_with_summary (ld_legal_basis_lookup ("tender_regs_58"));

    g_assert_cmpstr (citation, ==, "《中华人民共和国民法典》第五百零七条");
    g_assert_true (g_str_has_prefix (full, "《中华人民共和国招标投标法实施条例》第五十八条规定："));
    g_assert_nonnull (strstr (full, "10%"));
  }

  {
    g_autoptr(GPtrArray) everything = ld_legal_basis_search ("");
    g_autoptr(GPtrArray) tender = ld_legal_basis_search ("招标投标法");
    g_autoptr(GPtrArray) two_words = ld_legal_basis_search ("民法典　格式条款");
    g_autoptr(GPtrArray) by_id = ld_legal_basis_search ("SME_PAYMENT_17");
    g_autoptr(GPtrArray) nothing = ld_legal_basis_search ("刑法");

    g_assert_cmpuint (everything->len, ==, n);
    g_assert_cmpuint (tender->len, ==, 3);
    g_assert_cmpuint (two_words->len, ==, 2);  /* 496 and 497 */
    g_assert_cmpstr (((LdLegalBasis *) two_words->pdata[0])->id, ==, "civil_code_496");
    g_assert_cmpuint (by_id->len, ==, 1);
    g_assert_cmpuint (nothing->len, ==, 0);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/contract-review/enums", test_enums);
  g_test_add_func ("/core/contract-review/defaults", test_defaults);
  g_test_add_func ("/core/contract-review/notify", test_notify);
  g_test_add_func ("/core/contract-review/changed-signal", test_changed_signal);
  g_test_add_func ("/core/contract-review/validate/good", test_validate_good);
  g_test_add_func ("/core/contract-review/validate/required", test_validate_required);
  g_test_add_func ("/core/contract-review/validate/credit-code", test_validate_credit_code);
  g_test_add_func ("/core/contract-review/validate/amount", test_validate_amount);
  g_test_add_func ("/core/contract-review/validate/dates", test_validate_dates);
  g_test_add_func ("/core/contract-review/validate/contacts", test_validate_contacts);
  g_test_add_func ("/core/contract-review/validate/returned", test_validate_returned);
  g_test_add_func ("/core/contract-review/field-issues", test_field_issues);
  g_test_add_func ("/core/contract-review/due-date", test_due_date);
  g_test_add_func ("/core/contract-review/findings", test_findings);
  g_test_add_func ("/core/contract-review/finding", test_finding);
  g_test_add_func ("/core/contract-review/checklist/points", test_checklist_points);
  g_test_add_func ("/core/contract-review/checklist/results", test_checklist_results);
  g_test_add_func ("/core/contract-review/checklist/problems-as-findings",
                   test_checklist_problems_as_findings);
  g_test_add_func ("/core/contract-review/copy-and-equal", test_copy_and_equal);
  g_test_add_func ("/core/contract-review/serialize", test_serialize);
  g_test_add_func ("/core/contract-review/deserialize-bad", test_deserialize_bad);
  g_test_add_func ("/core/contract-review/legal-basis", test_legal_basis);

  return g_test_run ();
}

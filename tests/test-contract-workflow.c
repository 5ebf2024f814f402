/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "ld-contract-review.h"
#include "ld-contract-workflow.h"
#include "ld-core-error.h"

#define RECEIVED LD_CONTRACT_STATUS_RECEIVED
#define UNDER_REVIEW LD_CONTRACT_STATUS_UNDER_REVIEW
#define RETURNED LD_CONTRACT_STATUS_RETURNED
#define ISSUED LD_CONTRACT_STATUS_OPINION_ISSUED
#define SIGNED LD_CONTRACT_STATUS_SIGNED
#define ARCHIVED LD_CONTRACT_STATUS_ARCHIVED

/* A review holding everything the letter needs, with @conclusion. */
static LdContractReview *
make_ready_review (LdContractStatus     status,
                   LdContractConclusion conclusion)
{
  LdContractReview *review = ld_contract_review_new ();
  GDate received;

  g_date_clear (&received, 1);
  g_date_set_dmy (&received, 23, 11, 2026);
  ld_contract_review_set_title (review, "办公楼租赁合同");
  ld_contract_review_set_kind (review, LD_CONTRACT_KIND_LEASE);
  ld_contract_review_set_submitting_department (review, "镇党政办公室");
  ld_contract_review_set_counterparty_name (review, "某某置业有限公司");
  ld_contract_review_set_counterparty_credit_code (review, "91512081MA62K0260E");
  ld_contract_review_set_reviewer (review, "张律师");
  ld_contract_review_set_received_on (review, &received);
  ld_contract_review_set_amount_text (review, "360000");
  ld_contract_review_set_conclusion (review, conclusion);
  ld_contract_review_set_conclusion_reasons (review, "合同主体适格，内容合法");
  ld_contract_review_set_status_reason (review, "缺少产权证明");
  ld_contract_review_set_status (review, status);
  if (conclusion == LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION)
    {
      g_autoptr(LdReviewFinding) finding =
        ld_review_finding_new ("第五条", "租金支付期限不明确", "明确支付期限", "");
      ld_contract_review_append_finding (review, finding);
    }
  return review;
}

static void
test_edges (void)
{
  /* The graph itself: every pair, conditions aside. */
  static const gboolean edge[LD_N_CONTRACT_STATUSES][LD_N_CONTRACT_STATUSES] = {
    /*                 received under  returned issued signed archived */
    [RECEIVED]     = { FALSE,   TRUE,  TRUE,    FALSE, FALSE, FALSE },
    [UNDER_REVIEW] = { FALSE,   FALSE, TRUE,    TRUE,  FALSE, FALSE },
    [RETURNED]     = { FALSE,   TRUE,  FALSE,   FALSE, FALSE, FALSE },
    [ISSUED]       = { FALSE,   FALSE, FALSE,   FALSE, TRUE,  TRUE  },
    [SIGNED]       = { FALSE,   FALSE, FALSE,   FALSE, FALSE, TRUE  },
    [ARCHIVED]     = { FALSE,   FALSE, FALSE,   FALSE, FALSE, FALSE },
  };

  for (int from = 0; from < LD_N_CONTRACT_STATUSES; from++)
    {
      unsigned n, count = 0;
      const LdContractStatus *next = ld_contract_workflow_get_next_statuses (from, &n);

      for (int to = 0; to < LD_N_CONTRACT_STATUSES; to++)
        {
          g_assert_cmpint (ld_contract_workflow_is_edge (from, to), ==, edge[from][to]);
          count += edge[from][to];
        }
      g_assert_cmpuint (n, ==, count);
      for (unsigned i = 0; i < n; i++)
        g_assert_true (edge[from][next[i]]);
    }
}

static void
test_transitions_table (void)
{
  /* Every pair on a review that meets every condition; 0 = allowed. */
  static const struct
  {
    LdContractConclusion conclusion;
    int                  expected[LD_N_CONTRACT_STATUSES][LD_N_CONTRACT_STATUSES];
  } tables[] = {
#define T LD_CORE_ERROR_TRANSITION + 1
    { LD_CONTRACT_CONCLUSION_AGREE, {
      /*                 received under returned issued signed archived */
      [RECEIVED]     = { T,       0,    0,       T,     T,     T },
      [UNDER_REVIEW] = { T,       T,    0,       0,     T,     T },
      [RETURNED]     = { T,       0,    T,       T,     T,     T },
      [ISSUED]       = { T,       T,    T,       T,     0,     T },
      [SIGNED]       = { T,       T,    T,       T,     T,     0 },
      [ARCHIVED]     = { T,       T,    T,       T,     T,     T },
    } },
    { LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION, {
      [RECEIVED]     = { T,       0,    0,       T,     T,     T },
      [UNDER_REVIEW] = { T,       T,    0,       0,     T,     T },
      [RETURNED]     = { T,       0,    T,       T,     T,     T },
      [ISSUED]       = { T,       T,    T,       T,     0,     T },
      [SIGNED]       = { T,       T,    T,       T,     T,     0 },
      [ARCHIVED]     = { T,       T,    T,       T,     T,     T },
    } },
    /* "Do not sign": never signed, archived straight after the opinion. */
    { LD_CONTRACT_CONCLUSION_DO_NOT_SIGN, {
      [RECEIVED]     = { T,       0,    0,       T,     T,     T },
      [UNDER_REVIEW] = { T,       T,    0,       0,     T,     T },
      [RETURNED]     = { T,       0,    T,       T,     T,     T },
      [ISSUED]       = { T,       T,    T,       T,     T,     0 },
      [SIGNED]       = { T,       T,    T,       T,     T,     0 },
      [ARCHIVED]     = { T,       T,    T,       T,     T,     T },
    } },
#undef T
  };

  for (unsigned t = 0; t < G_N_ELEMENTS (tables); t++)
    for (int from = 0; from < LD_N_CONTRACT_STATUSES; from++)
      for (int to = 0; to < LD_N_CONTRACT_STATUSES; to++)
        {
          g_autoptr(LdContractReview) review = make_ready_review (from, tables[t].conclusion);
          g_autoptr(GError) error = NULL;
          g_autoptr(GError) by_id_error = NULL;
          int expected = tables[t].expected[from][to];
          gboolean ok;

          g_test_message ("%s: %s → %s", ld_contract_conclusion_to_id (tables[t].conclusion),
                          ld_contract_status_to_id (from), ld_contract_status_to_id (to));

          ok = ld_contract_workflow_can_transition_to (review, to, &error);
          g_assert_cmpint (ld_contract_workflow_can_transition (review, ld_contract_status_to_id (to),
                                                                &by_id_error), ==, ok);
          if (expected == 0)
            {
              g_assert_no_error (error);
              g_assert_no_error (by_id_error);
              g_assert_true (ok);
              g_assert_true (ld_contract_workflow_transition (review, to, &error));
              g_assert_no_error (error);
              g_assert_cmpint (ld_contract_review_get_status (review), ==, to);
            }
          else
            {
              g_assert_false (ok);
              g_assert_error (error, LD_CORE_ERROR, expected - 1);
              g_assert_error (by_id_error, LD_CORE_ERROR, expected - 1);
              g_assert_cmpstr (error->message, !=, "");
              g_assert_false (ld_contract_workflow_transition (review, to, NULL));
              g_assert_cmpint (ld_contract_review_get_status (review), ==, from);
            }
        }
}

static void
test_refusal_messages (void)
{
  static const struct
  {
    LdContractStatus     from;
    LdContractStatus     to;
    LdContractConclusion conclusion;
    const char          *message;
  } cases[] = {
    { UNDER_REVIEW, UNDER_REVIEW, LD_CONTRACT_CONCLUSION_AGREE, "The review is already “Under review”" },
    { RECEIVED, ISSUED, LD_CONTRACT_CONCLUSION_AGREE, "Start the review before issuing the opinion" },
    { RECEIVED, SIGNED, LD_CONTRACT_CONCLUSION_AGREE,
      "A contract can be marked as signed only after the opinion has been issued" },
    { UNDER_REVIEW, ARCHIVED, LD_CONTRACT_CONCLUSION_AGREE,
      "A review can be archived only after the contract is signed or the opinion advised not to sign it" },
    { ISSUED, ARCHIVED, LD_CONTRACT_CONCLUSION_AGREE,
      "Mark the contract as signed before archiving the review" },
    { ISSUED, SIGNED, LD_CONTRACT_CONCLUSION_DO_NOT_SIGN,
      "The opinion advised not to sign this contract" },
    { ISSUED, UNDER_REVIEW, LD_CONTRACT_CONCLUSION_AGREE,
      "The opinion has been issued, so the review cannot be reopened" },
    { SIGNED, RETURNED, LD_CONTRACT_CONCLUSION_AGREE,
      "Only a review that is received or under review can be returned for supplementation" },
    { UNDER_REVIEW, RECEIVED, LD_CONTRACT_CONCLUSION_AGREE, "A review cannot go back to “received”" },
  };

  for (unsigned i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LdContractReview) review = make_ready_review (cases[i].from, cases[i].conclusion);
      g_autoptr(GError) error = NULL;

      g_assert_false (ld_contract_workflow_can_transition_to (review, cases[i].to, &error));
      g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }

  /* An unknown status id. */
  {
    g_autoptr(LdContractReview) review = make_ready_review (RECEIVED, LD_CONTRACT_CONCLUSION_AGREE);
    g_autoptr(GError) error = NULL;

    g_assert_false (ld_contract_workflow_can_transition (review, "under-review", &error));
    g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  }
}

static void
test_return_needs_reason (void)
{
  g_autoptr(LdContractReview) review = make_ready_review (RECEIVED, LD_CONTRACT_CONCLUSION_NONE);
  g_autoptr(GError) error = NULL;

  ld_contract_review_set_status_reason (review, "  ");
  g_assert_false (ld_contract_workflow_transition (review, RETURNED, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING);
  g_assert_cmpint (ld_contract_review_get_status (review), ==, RECEIVED);
  g_clear_error (&error);

  ld_contract_review_set_status_reason (review, "缺少法定代表人授权委托书");
  g_assert_true (ld_contract_workflow_transition (review, RETURNED, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ld_contract_review_get_status_reason (review), ==, "缺少法定代表人授权委托书");

  /* Supplemented: back under review, and the reason has done its job. */
  g_assert_true (ld_contract_workflow_transition (review, UNDER_REVIEW, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (ld_contract_review_get_status_reason (review), ==, "");

  /* Returned again from under review. */
  ld_contract_review_set_status_reason (review, "缺少预算批复");
  g_assert_true (ld_contract_workflow_transition (review, RETURNED, &error));
  g_assert_no_error (error);
}

static gboolean
missing_has (GPtrArray  *missing,
             const char *field)
{
  return ld_field_issues_find (missing, field) != NULL;
}

static void
test_issue_needs_facts (void)
{
  static const struct
  {
    const char *field;
    void      (*clear) (LdContractReview *self, const char *value);
  } required[] = {
    { "title", ld_contract_review_set_title },
    { "counterparty-name", ld_contract_review_set_counterparty_name },
    { "submitting-department", ld_contract_review_set_submitting_department },
    { "reviewer", ld_contract_review_set_reviewer },
  };

  /* Ready: nothing missing. */
  {
    g_autoptr(LdContractReview) review = make_ready_review (UNDER_REVIEW, LD_CONTRACT_CONCLUSION_AGREE);
    g_autoptr(GPtrArray) missing = ld_contract_workflow_missing_for_issue (review);

    g_assert_cmpuint (missing->len, ==, 0);
  }

  for (unsigned i = 0; i < G_N_ELEMENTS (required); i++)
    {
      g_autoptr(LdContractReview) review = make_ready_review (UNDER_REVIEW, LD_CONTRACT_CONCLUSION_AGREE);
      g_autoptr(GPtrArray) missing = NULL;
      g_autoptr(GError) error = NULL;

      required[i].clear (review, "");
      missing = ld_contract_workflow_missing_for_issue (review);
      g_assert_true (missing_has (missing, required[i].field));
      g_assert_false (ld_contract_workflow_transition (review, ISSUED, &error));
      g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING);
      g_assert_true (g_str_has_prefix (error->message, "The opinion cannot be issued yet: "));
      g_assert_nonnull (strstr (error->message, ld_field_issues_find (missing, required[i].field)->message));
      g_assert_cmpint (ld_contract_review_get_status (review), ==, UNDER_REVIEW);
    }

  /* No conclusion: no issue. */
  {
    g_autoptr(LdContractReview) review = make_ready_review (UNDER_REVIEW, LD_CONTRACT_CONCLUSION_NONE);
    g_autoptr(GPtrArray) missing = ld_contract_workflow_missing_for_issue (review);
    g_autoptr(GError) error = NULL;

    g_assert_cmpuint (missing->len, ==, 1);
    g_assert_true (missing_has (missing, "conclusion"));
    g_assert_false (ld_contract_workflow_can_transition (review, "opinion_issued", &error));
    g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING);
    g_assert_cmpstr (error->message, ==,
                     "The opinion cannot be issued yet: Choose the conclusion of the review");
  }

  /* Everything missing at once, listed together. */
  {
    g_autoptr(LdContractReview) review = ld_contract_review_new ();
    g_autoptr(GPtrArray) missing = ld_contract_workflow_missing_for_issue (review);
    static const char *fields[] = {
      "title", "counterparty-name", "submitting-department", "reviewer", "received-on", "conclusion",
    };

    g_assert_cmpuint (missing->len, ==, G_N_ELEMENTS (fields));
    for (unsigned i = 0; i < G_N_ELEMENTS (fields); i++)
      g_assert_cmpstr (((LdFieldIssue *) missing->pdata[i])->field, ==, fields[i]);
  }
}

static void
test_issue_needs_consistent_opinion (void)
{
  /* "Do not sign" needs its reasons. */
  {
    g_autoptr(LdContractReview) review = make_ready_review (UNDER_REVIEW, LD_CONTRACT_CONCLUSION_DO_NOT_SIGN);
    g_autoptr(GPtrArray) missing = NULL;

    ld_contract_review_set_conclusion_reasons (review, "");
    missing = ld_contract_workflow_missing_for_issue (review);
    g_assert_cmpuint (missing->len, ==, 1);
    g_assert_true (missing_has (missing, "conclusion-reasons"));
  }

  /* "Sign after revision" needs something to revise; a checklist problem counts. */
  {
    g_autoptr(LdContractReview) review = make_ready_review (UNDER_REVIEW, LD_CONTRACT_CONCLUSION_AGREE);
    LdReviewChecklist *checklist = ld_contract_review_get_checklist (review);
    g_autoptr(GPtrArray) before = NULL;
    g_autoptr(GPtrArray) no_note = NULL;
    g_autoptr(GPtrArray) after = NULL;

    ld_contract_review_set_conclusion (review, LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION);
    before = ld_contract_workflow_missing_for_issue (review);
    g_assert_cmpuint (before->len, ==, 1);
    g_assert_true (missing_has (before, "findings"));

    /* A problem without a note cannot become a paragraph. */
    ld_review_checklist_set (checklist, "disputes", LD_CHECK_RESULT_PROBLEM, "");
    no_note = ld_contract_workflow_missing_for_issue (review);
    g_assert_true (missing_has (no_note, "checklist"));
    g_assert_cmpstr (ld_field_issues_find (no_note, "checklist")->message, ==,
                     "Describe the problem found under “Dispute resolution”");

    ld_review_checklist_set (checklist, "disputes", LD_CHECK_RESULT_PROBLEM, "仲裁与诉讼并存");
    after = ld_contract_workflow_missing_for_issue (review);
    g_assert_cmpuint (after->len, ==, 0);
    g_assert_true (ld_contract_workflow_transition (review, ISSUED, NULL));
  }

  /* A validation error blocks; a bad check character (a warning) does not. */
  {
    g_autoptr(LdContractReview) review = make_ready_review (UNDER_REVIEW, LD_CONTRACT_CONCLUSION_AGREE);
    g_autoptr(GPtrArray) malformed = NULL;
    g_autoptr(GPtrArray) bad_amount = NULL;

    ld_contract_review_set_counterparty_credit_code (review, "91512081MA62K026");
    malformed = ld_contract_workflow_missing_for_issue (review);
    g_assert_cmpuint (malformed->len, ==, 1);
    g_assert_true (missing_has (malformed, "counterparty-credit-code"));

    ld_contract_review_set_counterparty_credit_code (review, "91512081MA62K0260F");
    ld_contract_review_set_amount_text (review, "1.005");
    bad_amount = ld_contract_workflow_missing_for_issue (review);
    g_assert_cmpuint (bad_amount->len, ==, 1);
    g_assert_true (missing_has (bad_amount, "amount-text"));

    ld_contract_review_set_amount_text (review, "1.05");
    g_assert_true (ld_contract_workflow_transition (review, ISSUED, NULL));
  }
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 gpointer    user_data)
{
  (*(int *) user_data)++;
}

static void
test_frozen_after_issue (void)
{
  g_autoptr(LdContractReview) review = make_ready_review (UNDER_REVIEW, LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION);
  g_autoptr(LdContractReview) stored = NULL;
  g_autoptr(GError) error = NULL;
  int frozen_notified = 0;

  g_signal_connect (review, "notify::frozen", G_CALLBACK (count_notify_cb), &frozen_notified);

  g_assert_false (ld_contract_review_is_frozen (review));
  g_assert_true (ld_contract_workflow_check_editable (review, &error));
  g_assert_no_error (error);

  g_assert_true (ld_contract_workflow_transition (review, ISSUED, &error));
  g_assert_no_error (error);
  g_assert_true (ld_contract_review_is_frozen (review));
  g_assert_cmpint (frozen_notified, ==, 1);

  g_assert_false (ld_contract_workflow_check_editable (review, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);

  /* What the store has: the issued review. Edits to its content are refused. */
  stored = ld_contract_review_copy (review);
  {
    g_autoptr(LdContractReview) edited = ld_contract_review_copy (stored);

    g_assert_true (ld_contract_workflow_check_update (stored, edited, &error));
    g_assert_no_error (error);

    ld_contract_review_set_title (edited, "改过的标题");
    g_assert_false (ld_contract_workflow_check_update (stored, edited, &error));
    g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
    g_clear_error (&error);
  }
  {
    g_autoptr(LdContractReview) edited = ld_contract_review_copy (stored);
    g_autoptr(LdReviewFinding) f = g_list_model_get_item (ld_contract_review_get_findings (edited), 0);

    ld_review_finding_set_suggestion (f, "另行修改");
    g_assert_false (ld_contract_workflow_check_update (stored, edited, &error));
    g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
    g_clear_error (&error);
  }
  {
    g_autoptr(LdContractReview) edited = ld_contract_review_copy (stored);

    ld_contract_review_set_conclusion (edited, LD_CONTRACT_CONCLUSION_AGREE);
    g_assert_false (ld_contract_workflow_check_update (stored, edited, NULL));
    ld_contract_review_set_conclusion (edited, LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION);
    ld_review_checklist_set (ld_contract_review_get_checklist (edited), "text", LD_CHECK_RESULT_PASS, "");
    g_assert_false (ld_contract_workflow_check_update (stored, edited, NULL));
  }

  /* Only the status moves on: signed, then archived, still frozen. */
  {
    g_autoptr(LdContractReview) edited = ld_contract_review_copy (stored);

    ld_contract_review_set_status (edited, SIGNED);
    g_assert_true (ld_contract_workflow_check_update (stored, edited, &error));
    g_assert_no_error (error);

    ld_contract_review_set_status (edited, UNDER_REVIEW);
    g_assert_false (ld_contract_workflow_check_update (stored, edited, &error));
    g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
    g_clear_error (&error);
  }

  g_assert_true (ld_contract_workflow_transition (review, SIGNED, NULL));
  g_assert_true (ld_contract_review_is_frozen (review));
  g_assert_true (ld_contract_workflow_transition (review, ARCHIVED, NULL));
  g_assert_true (ld_contract_review_is_frozen (review));
  g_assert_cmpint (frozen_notified, ==, 1);
}

static void
test_update_before_issue (void)
{
  g_autoptr(LdContractReview) stored = make_ready_review (UNDER_REVIEW, LD_CONTRACT_CONCLUSION_NONE);
  g_autoptr(LdContractReview) edited = ld_contract_review_copy (stored);
  g_autoptr(GError) error = NULL;

  /* Before the opinion, anything may change. */
  ld_contract_review_set_title (edited, "办公楼租赁合同（修订稿）");
  g_assert_true (ld_contract_workflow_check_update (stored, edited, &error));
  g_assert_no_error (error);

  /* A status change through an update is checked like a transition, on the
   * edited values. */
  ld_contract_review_set_status (edited, ISSUED);
  g_assert_false (ld_contract_workflow_check_update (stored, edited, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING);
  g_clear_error (&error);

  ld_contract_review_set_conclusion (edited, LD_CONTRACT_CONCLUSION_AGREE);
  g_assert_true (ld_contract_workflow_check_update (stored, edited, &error));
  g_assert_no_error (error);

  ld_contract_review_set_status (edited, SIGNED);
  g_assert_false (ld_contract_workflow_check_update (stored, edited, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/contract-workflow/edges", test_edges);
  g_test_add_func ("/core/contract-workflow/transitions", test_transitions_table);
  g_test_add_func ("/core/contract-workflow/refusal-messages", test_refusal_messages);
  g_test_add_func ("/core/contract-workflow/return-needs-reason", test_return_needs_reason);
  g_test_add_func ("/core/contract-workflow/issue-needs-facts", test_issue_needs_facts);
  g_test_add_func ("/core/contract-workflow/issue-needs-consistent-opinion",
                   test_issue_needs_consistent_opinion);
  g_test_add_func ("/core/contract-workflow/frozen-after-issue", test_frozen_after_issue);
  g_test_add_func ("/core/contract-workflow/update-before-issue", test_update_before_issue);

  return g_test_run ();
}

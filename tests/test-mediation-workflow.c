/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ld-core-error.h"
#include "ld-mediation-workflow.h"

#define APPLIED LD_MEDIATION_STATUS_APPLIED
#define ACCEPTED LD_MEDIATION_STATUS_ACCEPTED
#define NOT_ACCEPTED LD_MEDIATION_STATUS_NOT_ACCEPTED
#define INVESTIGATING LD_MEDIATION_STATUS_INVESTIGATING
#define MEDIATING LD_MEDIATION_STATUS_MEDIATING
#define AGREED LD_MEDIATION_STATUS_AGREEMENT_REACHED
#define FAILED LD_MEDIATION_STATUS_FAILED
#define TERMINATED LD_MEDIATION_STATUS_TERMINATED
#define PERFORMED LD_MEDIATION_STATUS_PERFORMED
#define VISITED LD_MEDIATION_STATUS_RETURN_VISIT_DONE
#define ARCHIVED LD_MEDIATION_STATUS_ARCHIVED

static GDate
dmy (int d,
     int m,
     int y)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
  return date;
}

/* A case that meets every condition of every step, in @status. */
static LdMediationCase *
make_ready_case (LdMediationStatus status)
{
  LdMediationCase *mcase = ld_mediation_case_new ();
  LdMediationAgreement *agreement = ld_mediation_case_get_agreement (mcase);
  g_autoptr(LdMediationParty) a =
    ld_mediation_party_new (LD_PARTY_ROLE_APPLICANT, LD_PARTY_TYPE_PERSON, "王芳");
  g_autoptr(LdMediationParty) b =
    ld_mediation_party_new (LD_PARTY_ROLE_RESPONDENT, LD_PARTY_TYPE_PERSON, "李强");
  GDate applied = dmy (2, 11, 2026), accepted = dmy (3, 11, 2026), reached = dmy (12, 11, 2026);
  g_autoptr(LdMediationTerm) term = ld_mediation_term_new ("李强赔偿王芳2000元", "现金", &reached);
  g_autoptr(LdReturnVisit) visit = ld_return_visit_new (&reached, "陈调解", "已履行");

  ld_mediation_case_set_title (mcase, "邻里漏水纠纷");
  ld_mediation_case_set_mediators (mcase, "陈调解");
  ld_mediation_case_set_applied_on (mcase, &applied);
  ld_mediation_case_set_accepted_on (mcase, &accepted);
  ld_mediation_case_set_status_reason (mcase, "双方分歧过大");
  ld_mediation_case_add_party (mcase, a);
  ld_mediation_case_add_party (mcase, b);
  ld_mediation_agreement_append_term (agreement, term);
  ld_mediation_agreement_set_term_performance (agreement, 0, LD_PERFORMANCE_PERFORMED, &reached);
  ld_mediation_agreement_set_reached_on (agreement, &reached);
  ld_mediation_case_add_return_visit (mcase, visit);
  ld_mediation_case_set_status (mcase, status);
  return mcase;
}

/* Every edge of the graph, written out rather than read from the code. */
static const struct {
  LdMediationStatus from;
  LdMediationStatus to;
} allowed[] = {
  { APPLIED, ACCEPTED }, { APPLIED, NOT_ACCEPTED },
  { ACCEPTED, INVESTIGATING }, { ACCEPTED, MEDIATING }, { ACCEPTED, TERMINATED },
  { INVESTIGATING, MEDIATING }, { INVESTIGATING, TERMINATED },
  { MEDIATING, AGREED }, { MEDIATING, FAILED }, { MEDIATING, TERMINATED },
  { AGREED, PERFORMED }, { AGREED, VISITED }, { PERFORMED, VISITED },
  { NOT_ACCEPTED, ARCHIVED }, { FAILED, ARCHIVED }, { TERMINATED, ARCHIVED },
  { VISITED, ARCHIVED },
};

static gboolean
expected_allowed (LdMediationStatus from,
                  LdMediationStatus to)
{
  for (unsigned i = 0; i < G_N_ELEMENTS (allowed); i++)
    if (allowed[i].from == from && allowed[i].to == to)
      return TRUE;
  return FALSE;
}

static void
test_every_pair (void)
{
  for (unsigned from = 0; from < LD_N_MEDIATION_STATUSES; from++)
    for (unsigned to = 0; to < LD_N_MEDIATION_STATUSES; to++)
      {
        g_autoptr(LdMediationCase) mcase = make_ready_case (from);
        g_autoptr(GError) error = NULL;
        gboolean expect = expected_allowed (from, to);
        gboolean ok;

        g_test_message ("%s → %s", ld_mediation_status_to_id (from), ld_mediation_status_to_id (to));
        g_assert_cmpint (ld_mediation_workflow_is_edge (from, to), ==, expect);
        ok = ld_mediation_workflow_can_transition_to (mcase, to, &error);
        g_assert_cmpint (ok, ==, expect);
        if (expect)
          {
            g_assert_no_error (error);
            g_assert_true (ld_mediation_workflow_transition (mcase, to, &error));
            g_assert_no_error (error);
            g_assert_cmpint (ld_mediation_case_get_status (mcase), ==, to);
          }
        else
          {
            g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
            g_assert_nonnull (error->message);
            g_clear_error (&error);
            g_assert_false (ld_mediation_workflow_transition (mcase, to, &error));
            g_assert_cmpint (ld_mediation_case_get_status (mcase), ==, from);
          }
      }
}

static void
test_next_statuses (void)
{
  unsigned n = 0;
  const LdMediationStatus *next = ld_mediation_workflow_get_next_statuses (MEDIATING, &n);

  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpint (next[0], ==, AGREED);
  g_assert_cmpint (next[1], ==, FAILED);
  g_assert_cmpint (next[2], ==, TERMINATED);
  ld_mediation_workflow_get_next_statuses (ARCHIVED, &n);
  g_assert_cmpuint (n, ==, 0);
}

typedef void (*Spoil) (LdMediationCase *mcase);

static void
no_reason (LdMediationCase *mcase)
{
  ld_mediation_case_set_status_reason (mcase, "  ");
}

static void
no_respondent (LdMediationCase *mcase)
{
  ld_mediation_case_remove_party (mcase, 1);
}

static void
no_accepted_on (LdMediationCase *mcase)
{
  ld_mediation_case_set_accepted_on (mcase, NULL);
}

static void
accepted_too_early (LdMediationCase *mcase)
{
  GDate early = dmy (1, 11, 2026);

  ld_mediation_case_set_accepted_on (mcase, &early);
}

static void
refused (LdMediationCase *mcase)
{
  ld_mediation_case_set_party_refused (mcase, TRUE);
}

static void
no_mediators (LdMediationCase *mcase)
{
  ld_mediation_case_set_mediators (mcase, "");
}

static void
no_terms (LdMediationCase *mcase)
{
  ld_mediation_agreement_clear_terms (ld_mediation_case_get_agreement (mcase));
}

static void
blank_method (LdMediationCase *mcase)
{
  g_autoptr(LdMediationTerm) term = ld_mediation_term_new ("道歉", "", NULL);

  ld_mediation_agreement_append_term (ld_mediation_case_get_agreement (mcase), term);
}

static void
no_reached_on (LdMediationCase *mcase)
{
  ld_mediation_agreement_set_reached_on (ld_mediation_case_get_agreement (mcase), NULL);
}

static void
term_pending (LdMediationCase *mcase)
{
  ld_mediation_agreement_set_term_performance (ld_mediation_case_get_agreement (mcase), 0,
                                               LD_PERFORMANCE_PARTLY, NULL);
}

static void
term_unrecorded (LdMediationCase *mcase)
{
  ld_mediation_agreement_set_term_performance (ld_mediation_case_get_agreement (mcase), 0,
                                               LD_PERFORMANCE_PENDING, NULL);
}

static void
no_visit (LdMediationCase *mcase)
{
  ld_mediation_case_remove_return_visit (mcase, 0);
}

static void
test_refusals (void)
{
  static const struct {
    LdMediationStatus from;
    LdMediationStatus to;
    Spoil spoil;
    int code;
    const char *message;
  } cases[] = {
    { APPLIED, NOT_ACCEPTED, no_reason, LD_CORE_ERROR_MISSING,
      "Give the reason why the case is not accepted" },
    { MEDIATING, FAILED, no_reason, LD_CORE_ERROR_MISSING,
      "Give the reason why the mediation failed" },
    { INVESTIGATING, TERMINATED, no_reason, LD_CORE_ERROR_MISSING,
      "Give the reason why the mediation is terminated" },
    { APPLIED, ACCEPTED, no_respondent, LD_CORE_ERROR_MISSING,
      "Add at least one applicant and one respondent before accepting the case" },
    { APPLIED, ACCEPTED, no_accepted_on, LD_CORE_ERROR_MISSING,
      "Enter the date the case was accepted" },
    { APPLIED, ACCEPTED, accepted_too_early, LD_CORE_ERROR_TRANSITION,
      "The case cannot be accepted before the application" },
    { APPLIED, ACCEPTED, refused, LD_CORE_ERROR_TRANSITION,
      "A party has expressly refused mediation, so the case cannot be accepted" },
    { ACCEPTED, INVESTIGATING, refused, LD_CORE_ERROR_TRANSITION,
      "A party has expressly refused mediation: terminate the case instead" },
    { INVESTIGATING, MEDIATING, refused, LD_CORE_ERROR_TRANSITION,
      "A party has expressly refused mediation: terminate the case instead" },
    { ACCEPTED, MEDIATING, no_mediators, LD_CORE_ERROR_MISSING,
      "Name the mediators before mediation starts" },
    { MEDIATING, AGREED, no_terms, LD_CORE_ERROR_MISSING,
      "Write at least one term of the agreement" },
    { MEDIATING, AGREED, blank_method, LD_CORE_ERROR_MISSING,
      "Term 2 of the agreement needs what was agreed and how it is performed" },
    { MEDIATING, AGREED, no_reached_on, LD_CORE_ERROR_MISSING,
      "Enter the date the agreement was reached" },
    { AGREED, PERFORMED, term_pending, LD_CORE_ERROR_TRANSITION,
      "Every term of the agreement must be performed first" },
    { AGREED, PERFORMED, no_terms, LD_CORE_ERROR_TRANSITION,
      "Every term of the agreement must be performed first" },
    { PERFORMED, VISITED, no_visit, LD_CORE_ERROR_MISSING, "Record the return visit first" },
    /* Not performed: the visit closes the case once each term's fate is known. */
    { AGREED, VISITED, no_visit, LD_CORE_ERROR_MISSING, "Record the return visit first" },
    { AGREED, VISITED, term_unrecorded, LD_CORE_ERROR_MISSING,
      "Record how term 1 was performed before closing the case with the return visit" },
    /* Refusals of a missing edge say why. */
    { APPLIED, MEDIATING, NULL, LD_CORE_ERROR_TRANSITION, "Accept the case first" },
    { MEDIATING, ARCHIVED, NULL, LD_CORE_ERROR_TRANSITION,
      "A case can be archived only when it is closed: not accepted, failed, terminated, or "
      "after the return visit" },
    { ARCHIVED, ACCEPTED, NULL, LD_CORE_ERROR_TRANSITION,
      "The case is archived and can no longer change" },
    { MEDIATING, MEDIATING, NULL, LD_CORE_ERROR_TRANSITION, "The case is already “Mediating”" },
  };

  for (unsigned i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LdMediationCase) mcase = make_ready_case (cases[i].from);
      g_autoptr(GError) error = NULL;

      g_test_message ("case %u", i);
      /* The ready case may move; spoiled, it may not. */
      if (cases[i].spoil != NULL)
        {
          g_assert_true (ld_mediation_workflow_can_transition_to (mcase, cases[i].to, NULL));
          cases[i].spoil (mcase);
        }
      g_assert_false (ld_mediation_workflow_transition (mcase, cases[i].to, &error));
      g_assert_error (error, LD_CORE_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpint (ld_mediation_case_get_status (mcase), ==, cases[i].from);
    }
}

static void
test_by_id_and_reason (void)
{
  g_autoptr(LdMediationCase) mcase = make_ready_case (APPLIED);
  g_autoptr(LdMediationCase) stored = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (ld_mediation_workflow_can_transition (mcase, "closed", &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (ld_mediation_workflow_can_transition (mcase, "accepted", &error));
  g_assert_no_error (error);

  /* The reason goes with the outcome and is cleared on a normal step. */
  g_assert_true (ld_mediation_workflow_transition (mcase, ACCEPTED, &error));
  g_assert_cmpstr (ld_mediation_case_get_status_reason (mcase), ==, "");
  ld_mediation_case_set_status_reason (mcase, "当事人撤回申请");
  g_assert_true (ld_mediation_workflow_transition (mcase, TERMINATED, &error));
  g_assert_true (ld_mediation_workflow_transition (mcase, ARCHIVED, &error));
  g_assert_cmpstr (ld_mediation_case_get_status_reason (mcase), ==, "当事人撤回申请");

  /* The store's check of an update. */
  stored = make_ready_case (MEDIATING);
  {
    g_autoptr(LdMediationCase) edited = ld_mediation_case_copy (stored);

    ld_mediation_case_set_status (edited, PERFORMED);
    g_assert_false (ld_mediation_workflow_check_update (stored, edited, &error));
    g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
    g_clear_error (&error);
    ld_mediation_case_set_status (edited, AGREED);
    g_assert_true (ld_mediation_workflow_check_update (stored, edited, &error));
    no_terms (edited);
    g_assert_false (ld_mediation_workflow_check_update (stored, edited, &error));
    g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_MISSING);
    g_clear_error (&error);
    ld_mediation_case_set_status (edited, MEDIATING);
    g_assert_true (ld_mediation_workflow_check_update (stored, edited, &error));
  }
}

/* Every status a case can move into has a button label of its own. */
static void
test_action_labels (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (unsigned s = 0; s < LD_N_MEDIATION_STATUSES; s++)
    {
      const char *label = ld_mediation_status_get_action_label ((LdMediationStatus) s);

      g_assert_nonnull (label);
      g_assert_cmpstr (label, !=, "");
      g_assert_false (g_hash_table_contains (seen, label));
      g_hash_table_add (seen, (gpointer) label);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/mediation/workflow/every-pair", test_every_pair);
  g_test_add_func ("/core/mediation/workflow/next-statuses", test_next_statuses);
  g_test_add_func ("/core/mediation/workflow/refusals", test_refusals);
  g_test_add_func ("/core/mediation/workflow/by-id-and-reason", test_by_id_and_reason);
  g_test_add_func ("/core/mediation/workflow/action-labels", test_action_labels);

  return g_test_run ();
}

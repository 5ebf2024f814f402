/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "ld-citizen-id.h"
#include "ld-core-error.h"
#include "ld-mediation-case.h"

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

/* An 18-digit number with the right check digit for the 17 given. */
static char *
with_check (const char *first17)
{
  char *number = g_strdup_printf ("%sX", first17);

  number[17] = ld_citizen_id_compute_check (first17);
  return number;
}

static const LdFieldIssue *
find (GPtrArray  *issues,
      const char *field)
{
  return ld_field_issues_find (issues, field);
}

static LdMediationParty *
person (LdPartyRole  role,
        const char  *name,
        const char  *id_number)
{
  LdMediationParty *party = ld_mediation_party_new (role, LD_PARTY_TYPE_PERSON, name);

  ld_mediation_party_set_id_number (party, id_number);
  return party;
}

static void
test_enums (void)
{
  /* The ids are the CHECK values of data/sql/0002-registers.sql. */
  const char *statuses[] = {
    "applied", "accepted", "not_accepted", "investigating", "mediating", "agreement_reached",
    "failed", "terminated", "performed", "return_visit_done", "archived",
  };
  const char *sources[] = {
    "application", "initiative", "court", "police", "petition_office", "other_body",
  };
  unsigned n = 0;
  const LdDisputeCategory *categories = ld_dispute_categories_get_defaults (&n);
  LdMediationStatus status;
  LdMediationSource source;
  LdGender gender = LD_GENDER_MALE;

  g_assert_cmpuint (G_N_ELEMENTS (statuses), ==, LD_N_MEDIATION_STATUSES);
  for (unsigned i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_assert_cmpstr (ld_mediation_status_to_id (i), ==, statuses[i]);
      g_assert_true (ld_mediation_status_from_id (statuses[i], &status));
      g_assert_cmpint (status, ==, i);
      g_assert_nonnull (ld_mediation_status_get_label (i));
    }
  for (unsigned i = 0; i < G_N_ELEMENTS (sources); i++)
    {
      g_assert_true (ld_mediation_source_from_id (sources[i], &source));
      g_assert_cmpint (source, ==, i);
    }
  g_assert_false (ld_mediation_status_from_id ("closed", &status));
  g_assert_cmpstr (ld_mediation_kind_to_id (LD_MEDIATION_KIND_ADMINISTRATIVE), ==, "administrative");
  g_assert_cmpstr (ld_party_type_to_id (LD_PARTY_TYPE_ORGANISATION), ==, "organisation");
  g_assert_cmpstr (ld_party_role_get_letter_text (LD_PARTY_ROLE_RESPONDENT), ==, "被申请人");
  g_assert_true (ld_gender_from_id ("", &gender));
  g_assert_cmpint (gender, ==, LD_GENDER_UNKNOWN);
  g_assert_cmpstr (ld_mediation_source_get_letter_text (LD_MEDIATION_SOURCE_COURT), ==, "法院委托");

  g_assert_cmpuint (n, ==, 15);
  g_assert_cmpstr (categories[0].name, ==, "婚姻家庭");
  g_assert_cmpstr (categories[n - 1].name, ==, LD_DISPUTE_CATEGORY_OTHER);
  g_assert_cmpstr (ld_dispute_category_get_label ("道路交通事故"), ==, "Road traffic accidents");
  /* A category the organisation added is shown as typed. */
  g_assert_cmpstr (ld_dispute_category_get_label ("村务管理"), ==, "村务管理");
}

static void
test_party_id_good (void)
{
  GDate today = dmy (25, 11, 2026);
  const char *good[] = { "11010519491231002X", "440524188001010014", "11010519491231002x",
                         " 1101 0519 4912 3100 2X " };

  for (unsigned i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_autoptr(LdMediationParty) party = person (LD_PARTY_ROLE_APPLICANT, "王芳", good[i]);
      g_autoptr(GPtrArray) issues = ld_field_issues_new ();

      g_assert_true (ld_mediation_party_validate (party, &today, issues));
      g_assert_cmpuint (issues->len, ==, 0);
    }

  {
    g_autoptr(LdMediationParty) party = person (LD_PARTY_ROLE_APPLICANT, "王芳", "11010519491231002X");
    GDate birth = dmy (31, 12, 1949);

    g_assert_true (ld_mediation_party_fill_from_id_number (party));
    g_assert_cmpint (g_date_compare (ld_mediation_party_get_birth_date (party), &birth), ==, 0);
    g_assert_cmpint (ld_mediation_party_get_gender (party), ==, LD_GENDER_FEMALE);
    g_assert_cmpint (ld_mediation_party_get_age (party, &today), ==, 76);
    /* Entered and consistent: still no issue. */
    g_assert_true (ld_mediation_party_validate (party, &today, NULL));
  }
}

static void
test_party_id_bad (void)
{
  GDate today = dmy (25, 11, 2026);
  g_autofree char *feb30 = with_check ("11010519900230001");
  g_autofree char *month13 = with_check ("11010519901301001");
  g_autofree char *future = with_check ("11010520300101001");
  g_autofree char *region0 = with_check ("01010519900101001");
  struct {
    const char *number;
    const char *message;
  } cases[] = {
    { "11010519491231002Y", "The last character of a citizen ID number is a digit or X, not “Y”" },
    { "110105194912310021", "The check digit should be X, not 1" },
    { "440524188001010015", "The check digit should be 4, not 5" },
    { feb30, "The birth date 19900230 does not exist" },
    { month13, "The birth date 19901301 does not exist" },
    { future, "The birth date 20300101 is in the future" },
    { region0, NULL },
    { "1101051949123100", NULL },  /* 16 characters */
    { "110105490230002", "The birth date 19490230 does not exist" },  /* legacy, impossible */
  };

  for (unsigned i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LdMediationParty) party = person (LD_PARTY_ROLE_RESPONDENT, "李强", cases[i].number);
      g_autoptr(GPtrArray) issues = ld_field_issues_new ();
      const LdFieldIssue *issue;

      g_test_message ("%s", cases[i].number);
      g_assert_false (ld_mediation_party_validate (party, &today, issues));
      issue = find (issues, "id-number");
      g_assert_nonnull (issue);
      g_assert_cmpint (issue->severity, ==, LD_ISSUE_ERROR);
      if (cases[i].message != NULL)
        g_assert_cmpstr (issue->message, ==, cases[i].message);
      /* Nothing can be filled in from a bad number. */
      g_assert_false (ld_mediation_party_fill_from_id_number (party));
    }
}

static void
test_party_id_legacy (void)
{
  GDate today = dmy (25, 11, 2026);
  g_autoptr(LdMediationParty) party = person (LD_PARTY_ROLE_APPLICANT, "赵敏", "110105491231002");
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  const LdFieldIssue *issue;
  GDate birth = dmy (31, 12, 1949);
  g_autofree char *masked = NULL;

  /* Accepted, with a note. */
  g_assert_true (ld_mediation_party_validate (party, &today, issues));
  issue = find (issues, "id-number");
  g_assert_nonnull (issue);
  g_assert_cmpint (issue->severity, ==, LD_ISSUE_WARNING);
  g_assert_cmpstr (issue->message, ==, ld_citizen_id_get_legacy_note ());

  g_assert_true (ld_mediation_party_fill_from_id_number (party));
  g_assert_cmpint (g_date_compare (ld_mediation_party_get_birth_date (party), &birth), ==, 0);
  g_assert_cmpint (ld_mediation_party_get_gender (party), ==, LD_GENDER_FEMALE);

  masked = ld_mediation_party_dup_display_id_number (party);
  g_assert_cmpstr (masked, ==, "110105*****1002");

  /* A legacy number is checked against the gender as well. */
  ld_mediation_party_set_gender (party, LD_GENDER_MALE);
  g_ptr_array_set_size (issues, 0);
  g_assert_false (ld_mediation_party_validate (party, &today, issues));
  g_assert_nonnull (find (issues, "gender"));
}

static void
test_party_id_mismatch (void)
{
  GDate today = dmy (25, 11, 2026);
  g_autoptr(LdMediationParty) party = person (LD_PARTY_ROLE_APPLICANT, "张伟", "440524188001010014");
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  GDate wrong_birth = dmy (2, 1, 1880);
  GDate right_birth = dmy (1, 1, 1880);
  const LdFieldIssue *issue;

  ld_mediation_party_set_birth_date (party, &wrong_birth);
  ld_mediation_party_set_gender (party, LD_GENDER_FEMALE);
  g_assert_false (ld_mediation_party_validate (party, &today, issues));
  issue = find (issues, "birth-date");
  g_assert_nonnull (issue);
  g_assert_cmpstr (issue->message, ==,
                   "The ID number gives the birth date 1880年1月1日: correct the birth date or the ID number");
  issue = find (issues, "gender");
  g_assert_nonnull (issue);
  g_assert_cmpstr (issue->message, ==, "The ID number is a man’s: correct the gender or the ID number");
  g_assert_null (find (issues, "id-number"));

  ld_mediation_party_set_birth_date (party, &right_birth);
  ld_mediation_party_set_gender (party, LD_GENDER_MALE);
  g_ptr_array_set_size (issues, 0);
  g_assert_true (ld_mediation_party_validate (party, &today, issues));
  g_assert_cmpuint (issues->len, ==, 0);

  /* Without an ID number, a birth date in the future is still wrong. */
  {
    GDate future = dmy (1, 1, 2027);

    ld_mediation_party_set_id_number (party, "");
    ld_mediation_party_set_birth_date (party, &future);
    g_ptr_array_set_size (issues, 0);
    g_assert_false (ld_mediation_party_validate (party, &today, issues));
    g_assert_nonnull (find (issues, "birth-date"));
  }
}

static void
test_party_other_fields (void)
{
  GDate today = dmy (25, 11, 2026);
  g_autoptr(LdMediationParty) org =
    ld_mediation_party_new (LD_PARTY_ROLE_RESPONDENT, LD_PARTY_TYPE_ORGANISATION, "某某物业有限公司");
  g_autoptr(LdMediationParty) agent = person (LD_PARTY_ROLE_AGENT, "刘律师", "");
  g_autoptr(LdMediationParty) nameless = person (LD_PARTY_ROLE_APPLICANT, " ", "");
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  g_autofree char *shown = NULL;

  ld_mediation_party_set_id_number (org, "91512081MA62K0260E");
  g_assert_true (ld_mediation_party_validate (org, &today, issues));
  g_assert_cmpuint (issues->len, ==, 0);
  /* A credit code is public: shown in full. */
  shown = ld_mediation_party_dup_display_id_number (org);
  g_assert_cmpstr (shown, ==, "91512081MA62K0260E");

  ld_mediation_party_set_id_number (org, "91350100M000100Y4Z");
  g_assert_true (ld_mediation_party_validate (org, &today, issues));
  g_assert_cmpint (find (issues, "id-number")->severity, ==, LD_ISSUE_WARNING);

  ld_mediation_party_set_id_number (org, "12345");
  g_ptr_array_set_size (issues, 0);
  g_assert_false (ld_mediation_party_validate (org, &today, issues));
  g_assert_cmpint (find (issues, "id-number")->severity, ==, LD_ISSUE_ERROR);

  ld_mediation_party_set_id_number (org, "");
  ld_mediation_party_set_phone (org, "1381234567");
  g_ptr_array_set_size (issues, 0);
  g_assert_false (ld_mediation_party_validate (org, &today, issues));
  g_assert_nonnull (find (issues, "phone"));
  ld_mediation_party_set_phone (org, "138 1234 5678");
  g_assert_true (ld_mediation_party_validate (org, &today, NULL));

  g_ptr_array_set_size (issues, 0);
  g_assert_false (ld_mediation_party_validate (nameless, &today, issues));
  g_assert_nonnull (find (issues, "name"));

  g_ptr_array_set_size (issues, 0);
  g_assert_false (ld_mediation_party_validate (agent, &today, issues));
  g_assert_nonnull (find (issues, "represents"));
  ld_mediation_party_set_represents (agent, org);
  g_assert_true (ld_mediation_party_validate (agent, &today, NULL));
}

static void
test_masking (void)
{
  g_autoptr(LdMediationParty) party = person (LD_PARTY_ROLE_APPLICANT, "王芳", " 11010519491231002x ");
  g_autofree char *masked = ld_mediation_party_dup_display_id_number (party);
  g_autofree char *bad = NULL;
  g_autofree char *empty = NULL;

  g_assert_cmpstr (masked, ==, "110105********002X");
  g_assert_null (strstr (masked, "19491231"));

  /* A number that does not parse is still masked. */
  ld_mediation_party_set_id_number (party, "110105194912310021");
  bad = ld_mediation_party_dup_display_id_number (party);
  g_assert_cmpstr (bad, ==, "110105********0021");

  ld_mediation_party_set_id_number (party, "");
  empty = ld_mediation_party_dup_display_id_number (party);
  g_assert_cmpstr (empty, ==, "");
  /* The editor still has the full number. */
  ld_mediation_party_set_id_number (party, "11010519491231002X");
  g_assert_cmpstr (ld_mediation_party_get_id_number (party), ==, "11010519491231002X");
}

static void
count_cb (GObject  *object,
          unsigned *count)
{
  (*count)++;
}

static const char *
name_at (LdMediationCase *mcase,
         unsigned         i)
{
  g_autoptr(LdMediationParty) party = g_list_model_get_item (ld_mediation_case_get_parties (mcase), i);

  return ld_mediation_party_get_name (party);
}

static void
test_parties_editor (void)
{
  g_autoptr(LdMediationCase) mcase = ld_mediation_case_new ();
  g_autoptr(LdMediationParty) a = person (LD_PARTY_ROLE_APPLICANT, "甲", "");
  g_autoptr(LdMediationParty) b = person (LD_PARTY_ROLE_RESPONDENT, "乙", "");
  g_autoptr(LdMediationParty) c = person (LD_PARTY_ROLE_APPLICANT, "丙", "");
  g_autoptr(LdMediationParty) agent = person (LD_PARTY_ROLE_AGENT, "代", "");
  g_autoptr(GPtrArray) agents = NULL;
  g_autoptr(GPtrArray) applicants = NULL;
  g_autofree char *names = NULL;
  GListModel *model = ld_mediation_case_get_parties (mcase);
  unsigned changed = 0;

  g_signal_connect (mcase, "changed", G_CALLBACK (count_cb), &changed);

  ld_mediation_case_add_party (mcase, a);
  ld_mediation_case_add_party (mcase, b);
  ld_mediation_case_insert_party (mcase, 1, c);
  ld_mediation_case_add_party (mcase, agent);
  ld_mediation_party_set_represents (agent, b);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 4);
  g_assert_cmpstr (name_at (mcase, 0), ==, "甲");
  g_assert_cmpstr (name_at (mcase, 1), ==, "丙");
  g_assert_cmpstr (name_at (mcase, 2), ==, "乙");
  g_assert_cmpuint (ld_mediation_case_count_parties (mcase, LD_PARTY_ROLE_APPLICANT), ==, 2);
  g_assert_cmpuint (changed, >=, 5);

  agents = ld_mediation_case_list_agents_of (mcase, b);
  g_assert_cmpuint (agents->len, ==, 1);
  g_assert_true (g_ptr_array_index (agents, 0) == agent);

  /* Reorder: 丙 first. */
  changed = 0;
  ld_mediation_case_move_party (mcase, 1, 0);
  g_assert_cmpuint (changed, >, 0);
  g_assert_cmpstr (name_at (mcase, 0), ==, "丙");
  g_assert_cmpstr (name_at (mcase, 1), ==, "甲");
  g_assert_cmpstr (ld_mediation_case_get_first_applicant (mcase), ==, "丙");
  ld_mediation_case_move_party (mcase, 0, 3);
  g_assert_cmpstr (name_at (mcase, 3), ==, "丙");
  g_assert_cmpstr (ld_mediation_case_get_first_applicant (mcase), ==, "甲");
  names = ld_mediation_case_dup_party_names (mcase);
  g_assert_cmpstr (names, ==, "甲、丙、乙");
  applicants = ld_mediation_case_list_parties (mcase, LD_PARTY_ROLE_APPLICANT);
  g_assert_cmpuint (applicants->len, ==, 2);

  /* Editing a party in the list is a change of the case. */
  changed = 0;
  ld_mediation_party_set_phone (a, "13812345678");
  g_assert_cmpuint (changed, ==, 1);

  /* Removing 乙 (position 1 now) unlinks its agent. */
  g_assert_cmpstr (name_at (mcase, 1), ==, "乙");
  ld_mediation_case_remove_party (mcase, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 3);
  g_assert_null (ld_mediation_party_dup_represents (agent));
  /* A removed party no longer changes the case. */
  changed = 0;
  ld_mediation_party_set_phone (b, "13812345678");
  g_assert_cmpuint (changed, ==, 0);
}

static void
test_agreement_terms (void)
{
  g_autoptr(LdMediationAgreement) agreement = ld_mediation_agreement_new ();
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  g_autoptr(LdMediationTerm) t1 = ld_mediation_term_new ("赔偿2000元", "现金", NULL);
  g_autoptr(LdMediationTerm) t2 = ld_mediation_term_new ("赔礼道歉", "当面", NULL);
  g_autoptr(LdMediationTerm) blank = ld_mediation_term_new ("", "", NULL);
  g_autoptr(LdMediationAgreement) copy = NULL;
  GDate reached = dmy (12, 11, 2026), before = dmy (11, 11, 2026);
  unsigned changed = 0;

  g_signal_connect (agreement, "changed", G_CALLBACK (count_cb), &changed);
  g_assert_false (ld_mediation_agreement_is_fully_performed (agreement));

  ld_mediation_agreement_append_term (agreement, t1);
  ld_mediation_agreement_append_term (agreement, t2);
  ld_mediation_agreement_insert_term (agreement, 0, blank);
  g_assert_cmpuint (ld_mediation_agreement_get_n_terms (agreement), ==, 3);
  g_assert_cmpuint (changed, ==, 3);

  /* Numbered by position: the blank one is term 1. */
  g_assert_false (ld_mediation_agreement_validate (agreement, issues));
  g_assert_cmpstr (find (issues, "agreement-terms")->message, ==,
                   "Term 1 says nothing: write what was agreed or remove it");
  ld_mediation_agreement_move_term (agreement, 0, 2);
  g_assert_cmpstr (ld_mediation_agreement_get_term (agreement, 0)->content, ==, "赔偿2000元");
  g_ptr_array_set_size (issues, 0);
  ld_mediation_agreement_validate (agreement, issues);
  g_assert_cmpstr (find (issues, "agreement-terms")->message, ==,
                   "Term 3 says nothing: write what was agreed or remove it");
  ld_mediation_agreement_remove_term (agreement, 2);
  g_ptr_array_set_size (issues, 0);
  g_assert_true (ld_mediation_agreement_validate (agreement, issues));

  /* Performance, term by term. */
  ld_mediation_agreement_set_term_performance (agreement, 0, LD_PERFORMANCE_PERFORMED, &reached);
  g_assert_false (ld_mediation_agreement_is_fully_performed (agreement));
  ld_mediation_agreement_set_term_performance (agreement, 1, LD_PERFORMANCE_PERFORMED, NULL);
  g_assert_true (ld_mediation_agreement_is_fully_performed (agreement));
  g_assert_true (g_date_valid (&ld_mediation_agreement_get_term (agreement, 0)->performed_on));
  g_assert_false (g_date_valid (&ld_mediation_agreement_get_term (agreement, 1)->performed_on));

  /* Dates and the confirmation. */
  ld_mediation_agreement_set_reached_on (agreement, &reached);
  ld_mediation_agreement_set_effective_on (agreement, &before);
  g_assert_false (ld_mediation_agreement_validate (agreement, issues));
  g_assert_nonnull (find (issues, "agreement-effective-on"));
  ld_mediation_agreement_set_effective_on (agreement, NULL);
  g_assert_true (ld_mediation_agreement_get_effect_date (agreement)
                 == ld_mediation_agreement_get_reached_on (agreement));

  g_ptr_array_set_size (issues, 0);
  ld_mediation_agreement_set_confirmation_result (agreement, LD_CONFIRMATION_CONFIRMED);
  g_assert_false (ld_mediation_agreement_validate (agreement, issues));
  g_assert_nonnull (find (issues, "confirmation-applied-on"));
  ld_mediation_agreement_set_confirmation_applied_on (agreement, &before);
  g_ptr_array_set_size (issues, 0);
  g_assert_false (ld_mediation_agreement_validate (agreement, issues));
  g_assert_nonnull (find (issues, "confirmation-applied-on"));
  g_assert_nonnull (find (issues, "confirmation-court"));
  ld_mediation_agreement_set_confirmation_applied_on (agreement, &reached);
  ld_mediation_agreement_set_confirmation_court (agreement, "某某区人民法院");
  g_ptr_array_set_size (issues, 0);
  g_assert_true (ld_mediation_agreement_validate (agreement, issues));

  copy = ld_mediation_agreement_copy (agreement);
  g_assert_true (ld_mediation_agreement_equal (agreement, copy));
  ld_mediation_agreement_set_term_performance (copy, 1, LD_PERFORMANCE_PARTLY, NULL);
  g_assert_false (ld_mediation_agreement_equal (agreement, copy));
  ld_mediation_agreement_clear_terms (copy);
  g_assert_cmpuint (ld_mediation_agreement_get_n_terms (copy), ==, 0);
}

/* The latest session by date, the later entered of equal dates; an
 * undated one only when none is dated. */
static void
test_latest_session (void)
{
  g_autoptr(LdMediationCase) mcase = ld_mediation_case_new ();
  g_autoptr(GDate) nov_20 = g_date_new_dmy (20, 11, 2026);
  g_autoptr(GDate) nov_5 = g_date_new_dmy (5, 11, 2026);
  g_autoptr(LdMediationSession) undated = ld_mediation_session_new (LD_SESSION_KIND_MEDIATION, NULL);
  g_autoptr(LdMediationSession) later = ld_mediation_session_new (LD_SESSION_KIND_MEDIATION, nov_20);
  g_autoptr(LdMediationSession) earlier = ld_mediation_session_new (LD_SESSION_KIND_INVESTIGATION, nov_5);

  g_assert_cmpint (ld_mediation_case_find_latest_session (mcase), ==, -1);
  ld_mediation_case_add_session (mcase, undated);
  ld_mediation_case_add_session (mcase, undated);
  g_assert_cmpint (ld_mediation_case_find_latest_session (mcase), ==, 1);
  ld_mediation_case_add_session (mcase, later);
  ld_mediation_case_add_session (mcase, earlier);
  ld_mediation_case_add_session (mcase, undated);
  g_assert_cmpint (ld_mediation_case_find_latest_session (mcase), ==, 2);
  ld_mediation_case_add_session (mcase, later);
  g_assert_cmpint (ld_mediation_case_find_latest_session (mcase), ==, 5);
}

static void
test_changed_signal (void)
{
  g_autoptr(LdMediationCase) mcase = ld_mediation_case_new ();
  g_autoptr(LdMediationSession) session = ld_mediation_session_new (LD_SESSION_KIND_INVESTIGATION, NULL);
  g_autoptr(LdReturnVisit) visit = ld_return_visit_new (NULL, "陈调解", "");
  g_autoptr(LdMediationTerm) term = ld_mediation_term_new ("道歉", "当面", NULL);
  unsigned changed = 0;

  g_signal_connect (mcase, "changed", G_CALLBACK (count_cb), &changed);

  ld_mediation_case_set_title (mcase, "漏水");
  g_assert_cmpuint (changed, ==, 1);
  ld_mediation_case_set_title (mcase, "漏水");
  g_assert_cmpuint (changed, ==, 1);
  ld_mediation_case_set_party_refused (mcase, 2);
  ld_mediation_case_set_party_refused (mcase, TRUE);
  g_assert_cmpuint (changed, ==, 2);

  ld_mediation_case_add_session (mcase, session);
  g_assert_cmpuint (changed, ==, 3);
  ld_mediation_session_set_record (session, "现场查看");
  ld_mediation_case_replace_session (mcase, 0, session);
  g_assert_cmpuint (changed, ==, 4);
  ld_mediation_case_replace_session (mcase, 0, session);
  g_assert_cmpuint (changed, ==, 4);
  g_assert_cmpuint (ld_mediation_case_count_sessions (mcase, LD_SESSION_KIND_INVESTIGATION), ==, 1);
  g_assert_cmpuint (ld_mediation_case_count_sessions (mcase, LD_SESSION_KIND_MEDIATION), ==, 0);
  ld_mediation_case_remove_session (mcase, 0);
  g_assert_cmpuint (changed, ==, 5);

  ld_mediation_case_add_return_visit (mcase, visit);
  ld_mediation_case_remove_return_visit (mcase, 0);
  g_assert_cmpuint (changed, ==, 7);

  ld_mediation_agreement_append_term (ld_mediation_case_get_agreement (mcase), term);
  g_assert_cmpuint (changed, ==, 8);
  ld_mediation_agreement_set_oral (ld_mediation_case_get_agreement (mcase), TRUE);
  g_assert_cmpuint (changed, ==, 9);
}

static void
test_bad_agent_link (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GVariant) draft = g_variant_ref_sink (
    g_variant_new_parsed ("{'parties': <[{'name': <'代'>, 'role': <'agent'>, "
                          "'represents-index': <int32 0>}]>}"));
  g_autoptr(LdMediationCase) none = ld_mediation_case_deserialize (draft, &error);

  /* An agent cannot act for itself. */
  g_assert_null (none);
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
}

static LdMediationCase *
make_full_case (void)
{
  LdMediationCase *mcase = ld_mediation_case_new ();
  g_autoptr(LdMediationParty) a = person (LD_PARTY_ROLE_APPLICANT, "王芳", "11010519491231002X");
  g_autoptr(LdMediationParty) b =
    ld_mediation_party_new (LD_PARTY_ROLE_RESPONDENT, LD_PARTY_TYPE_ORGANISATION, "某某物业有限公司");
  g_autoptr(LdMediationParty) agent = person (LD_PARTY_ROLE_AGENT, "刘律师", "");
  g_autoptr(LdMediationSession) session = NULL;
  g_autoptr(LdMediationTerm) term = NULL;
  g_autoptr(LdReturnVisit) visit = NULL;
  LdMediationAgreement *agreement = ld_mediation_case_get_agreement (mcase);
  GDate applied = dmy (2, 11, 2026), accepted = dmy (3, 11, 2026), met = dmy (10, 11, 2026);
  GDate reached = dmy (12, 11, 2026), deadline = dmy (30, 11, 2026), visited = dmy (20, 11, 2026);

  ld_mediation_case_set_id (mcase, 7);
  ld_mediation_case_set_number (mcase, "（2026）人调字第7号");
  ld_mediation_case_set_year (mcase, 2026);
  ld_mediation_case_set_seq (mcase, 7);
  ld_mediation_case_set_kind (mcase, LD_MEDIATION_KIND_PEOPLE);
  ld_mediation_case_set_source (mcase, LD_MEDIATION_SOURCE_POLICE);
  ld_mediation_case_set_category (mcase, "物业");
  ld_mediation_case_set_title (mcase, "物业费纠纷");
  ld_mediation_case_set_facts (mcase, "申请人拖欠物业费两年。");
  ld_mediation_case_set_claims (mcase, "申请人：减免滞纳金；被申请人：补缴物业费。");
  ld_mediation_case_set_committee (mcase, "某某街道人民调解委员会");
  ld_mediation_case_set_mediators (mcase, "陈调解、周调解");
  ld_mediation_case_set_applied_on (mcase, &applied);
  ld_mediation_case_set_accepted_on (mcase, &accepted);
  ld_mediation_case_set_status (mcase, LD_MEDIATION_STATUS_AGREEMENT_REACHED);
  ld_mediation_case_set_extension_approved (mcase, TRUE);

  ld_mediation_party_fill_from_id_number (a);
  ld_mediation_party_set_ethnicity (a, "汉族");
  ld_mediation_party_set_occupation (a, "退休");
  ld_mediation_party_set_phone (a, "13812345678");
  ld_mediation_party_set_address (a, "某某小区3栋2单元");
  ld_mediation_party_set_id_number (b, "91512081MA62K0260E");
  ld_mediation_party_set_representative (b, "李经理");
  ld_mediation_party_set_represents (agent, a);
  ld_mediation_case_add_party (mcase, a);
  ld_mediation_case_add_party (mcase, b);
  ld_mediation_case_add_party (mcase, agent);

  session = ld_mediation_session_new (LD_SESSION_KIND_MEDIATION, &met);
  ld_mediation_session_set_place (session, "街道调解室");
  ld_mediation_session_set_participants (session, "王芳、李经理");
  ld_mediation_session_set_recorder (session, "周调解");
  ld_mediation_session_set_record (session, "双方同意分期补缴。");
  ld_mediation_case_add_session (mcase, session);

  term = ld_mediation_term_new ("王芳补缴物业费3600元", "银行转账", &deadline);
  ld_mediation_agreement_append_term (agreement, term);
  ld_mediation_term_set_content (term, "物业公司免除滞纳金");
  ld_mediation_term_set_method (term, "书面确认");
  ld_mediation_agreement_append_term (agreement, term);
  ld_mediation_agreement_set_term_performance (agreement, 1, LD_PERFORMANCE_PERFORMED, &reached);
  ld_mediation_agreement_set_reached_on (agreement, &reached);
  ld_mediation_agreement_set_copies (agreement, 3);
  ld_mediation_agreement_set_place_of_performance (agreement, "某某物业服务中心");

  visit = ld_return_visit_new (&visited, "陈调解", "已部分履行，双方满意");
  ld_mediation_case_add_return_visit (mcase, visit);
  return mcase;
}

static void
test_case_validate (void)
{
  GDate today = dmy (25, 11, 2026);
  g_autoptr(LdMediationCase) mcase = make_full_case ();
  g_autoptr(LdMediationCase) empty = ld_mediation_case_new ();
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  GDate before = dmy (1, 11, 2026);
  g_autoptr(LdMediationParty) stranger = person (LD_PARTY_ROLE_APPLICANT, "外人", "");
  g_autoptr(LdMediationParty) agent = NULL;
  g_autoptr(LdMediationSession) late = ld_mediation_session_new (LD_SESSION_KIND_INVESTIGATION, &today);

  g_assert_true (ld_mediation_case_validate (mcase, &today, issues));
  g_assert_cmpuint (issues->len, ==, 0);

  /* A new case: the required fields, and parties only as a warning yet. */
  g_assert_false (ld_mediation_case_validate (empty, &today, issues));
  g_assert_nonnull (find (issues, "applied-on"));
  g_assert_nonnull (find (issues, "title"));
  g_assert_cmpint (find (issues, "category")->severity, ==, LD_ISSUE_WARNING);
  g_assert_cmpint (find (issues, "parties")->severity, ==, LD_ISSUE_WARNING);
  /* Not accepted yet: the committee may still be chosen. */
  g_assert_null (find (issues, "committee"));

  /* An accepted people's mediation names its committee (a warning); an
   * administrative one is mediated by the organ itself. */
  ld_mediation_case_set_committee (mcase, " ");
  g_ptr_array_set_size (issues, 0);
  g_assert_true (ld_mediation_case_validate (mcase, &today, issues));
  g_assert_cmpint (find (issues, "committee")->severity, ==, LD_ISSUE_WARNING);
  g_assert_nonnull (strstr (find (issues, "committee")->message, "people’s mediation committee"));
  ld_mediation_case_set_kind (mcase, LD_MEDIATION_KIND_ADMINISTRATIVE);
  g_ptr_array_set_size (issues, 0);
  g_assert_true (ld_mediation_case_validate (mcase, &today, issues));
  g_assert_null (find (issues, "committee"));
  ld_mediation_case_set_kind (mcase, LD_MEDIATION_KIND_PEOPLE);
  ld_mediation_case_set_committee (mcase, "某某街道人民调解委员会");
  g_ptr_array_set_size (issues, 0);

  /* A written agreement needs a copy per applicant and respondent (not
   * agents) and one for the file: two parties, three copies; four
   * parties, five. An oral one has no copies. */
  g_assert_true (ld_mediation_case_validate (mcase, &today, issues));
  g_assert_null (find (issues, "agreement-copies"));
  ld_mediation_agreement_set_copies (ld_mediation_case_get_agreement (mcase), 2);
  g_assert_true (ld_mediation_case_validate (mcase, &today, issues));
  g_assert_cmpint (find (issues, "agreement-copies")->severity, ==, LD_ISSUE_WARNING);
  g_assert_cmpstr (find (issues, "agreement-copies")->message, ==,
                   "Make at least 3 copies of the agreement: one for each party and one for the file");
  ld_mediation_agreement_set_copies (ld_mediation_case_get_agreement (mcase), 3);
  {
    g_autoptr(LdMediationParty) c = person (LD_PARTY_ROLE_APPLICANT, "丙", "");
    g_autoptr(LdMediationParty) d = person (LD_PARTY_ROLE_RESPONDENT, "丁", "");

    ld_mediation_case_add_party (mcase, c);
    ld_mediation_case_add_party (mcase, d);
    g_ptr_array_set_size (issues, 0);
    ld_mediation_case_validate (mcase, &today, issues);
    g_assert_cmpstr (find (issues, "agreement-copies")->message, ==,
                     "Make at least 5 copies of the agreement: one for each party and one for the file");
    ld_mediation_agreement_set_oral (ld_mediation_case_get_agreement (mcase), TRUE);
    g_ptr_array_set_size (issues, 0);
    ld_mediation_case_validate (mcase, &today, issues);
    g_assert_null (find (issues, "agreement-copies"));
    ld_mediation_agreement_set_oral (ld_mediation_case_get_agreement (mcase), FALSE);
    ld_mediation_case_remove_party (mcase, 4);
    ld_mediation_case_remove_party (mcase, 3);
  }
  g_ptr_array_set_size (issues, 0);

  /* Accepted before the application. */
  ld_mediation_case_set_accepted_on (mcase, &before);
  g_ptr_array_set_size (issues, 0);
  g_assert_false (ld_mediation_case_validate (mcase, &today, issues));
  g_assert_cmpstr (find (issues, "accepted-on")->message, ==,
                   "The case cannot be accepted before the application");
  ld_mediation_case_set_accepted_on (mcase, NULL);
  g_ptr_array_set_size (issues, 0);
  g_assert_false (ld_mediation_case_validate (mcase, &today, issues));
  g_assert_nonnull (find (issues, "accepted-on"));
  ld_mediation_case_set_accepted_on (mcase, &today);

  /* Once accepted, a missing respondent is an error. */
  ld_mediation_case_remove_party (mcase, 1);
  g_ptr_array_set_size (issues, 0);
  g_assert_false (ld_mediation_case_validate (mcase, &today, issues));
  g_assert_cmpstr (find (issues, "parties")->message, ==, "Add at least one respondent");

  /* An agent for someone outside the case; a party's own problem. */
  agent = g_list_model_get_item (ld_mediation_case_get_parties (mcase), 1);
  ld_mediation_party_set_represents (agent, stranger);
  ld_mediation_party_set_phone (agent, "12");
  g_ptr_array_set_size (issues, 0);
  g_assert_false (ld_mediation_case_validate (mcase, &today, issues));
  {
    gboolean saw_link = FALSE, saw_phone = FALSE;

    for (unsigned i = 0; i < issues->len; i++)
      {
        LdFieldIssue *issue = g_ptr_array_index (issues, i);

        if (!g_str_equal (issue->field, "parties"))
          continue;
        saw_link |= g_str_equal (issue->message,
                                 "Party 2 (刘律师): The party this agent acts for is not in the case");
        saw_phone |= g_str_has_prefix (issue->message, "Party 2 (刘律师): ");
      }
    g_assert_true (saw_link);
    g_assert_true (saw_phone);
  }

  /* Sessions and the reason of an outcome. */
  g_date_add_days (&late->date, 1);
  ld_mediation_case_add_session (mcase, late);
  ld_mediation_case_set_status (mcase, LD_MEDIATION_STATUS_FAILED);
  g_ptr_array_set_size (issues, 0);
  g_assert_false (ld_mediation_case_validate (mcase, &today, issues));
  g_assert_cmpstr (find (issues, "sessions")->message, ==, "Session 2 is dated in the future");
  g_assert_nonnull (find (issues, "status-reason"));
}

static void
assert_cases_equal (LdMediationCase *a,
                    LdMediationCase *b)
{
  g_autoptr(GVariant) va = ld_mediation_case_serialize (a);
  g_autoptr(GVariant) vb = ld_mediation_case_serialize (b);
  GListModel *pa = ld_mediation_case_get_parties (a);
  GListModel *pb = ld_mediation_case_get_parties (b);

  g_assert_true (g_variant_equal (va, vb));
  g_assert_cmpuint (g_list_model_get_n_items (pa), ==, g_list_model_get_n_items (pb));
  for (unsigned i = 0; i < g_list_model_get_n_items (pa); i++)
    {
      g_autoptr(LdMediationParty) x = g_list_model_get_item (pa, i);
      g_autoptr(LdMediationParty) y = g_list_model_get_item (pb, i);

      g_assert_true (ld_mediation_party_equal (x, y));
      g_assert_true (x != y);
    }
  g_assert_true (ld_mediation_agreement_equal (ld_mediation_case_get_agreement (a),
                                               ld_mediation_case_get_agreement (b)));
}

static void
test_serialize (void)
{
  g_autoptr(LdMediationCase) mcase = make_full_case ();
  g_autoptr(GVariant) draft = ld_mediation_case_serialize (mcase);
  g_autoptr(GError) error = NULL;
  g_autoptr(LdMediationCase) back = ld_mediation_case_deserialize (draft, &error);
  g_autoptr(LdMediationCase) copy = ld_mediation_case_copy (mcase);
  g_autoptr(LdMediationParty) agent = NULL;
  g_autoptr(LdMediationParty) first = NULL;
  g_autoptr(LdMediationParty) represents = NULL;
  const LdMediationTerm *term;
  const LdMediationSession *session;

  g_assert_no_error (error);
  g_assert_nonnull (back);
  assert_cases_equal (mcase, back);
  assert_cases_equal (mcase, copy);

  g_assert_cmpstr (ld_mediation_case_get_number (back), ==, "（2026）人调字第7号");
  g_assert_cmpint (ld_mediation_case_get_source (back), ==, LD_MEDIATION_SOURCE_POLICE);
  g_assert_true (ld_mediation_case_get_extension_approved (back));
  g_assert_cmpint (ld_mediation_case_get_status (back), ==, LD_MEDIATION_STATUS_AGREEMENT_REACHED);

  /* The agent acts for the rebuilt applicant, not the original one. */
  agent = g_list_model_get_item (ld_mediation_case_get_parties (back), 2);
  first = g_list_model_get_item (ld_mediation_case_get_parties (back), 0);
  represents = ld_mediation_party_dup_represents (agent);
  g_assert_true (represents == first);
  g_assert_cmpint (ld_mediation_party_get_gender (first), ==, LD_GENDER_FEMALE);

  term = ld_mediation_agreement_get_term (ld_mediation_case_get_agreement (back), 1);
  g_assert_cmpstr (term->content, ==, "物业公司免除滞纳金");
  g_assert_cmpint (term->status, ==, LD_PERFORMANCE_PERFORMED);
  g_assert_true (g_date_valid (&term->performed_on));
  session = g_ptr_array_index (ld_mediation_case_get_sessions (back), 0);
  g_assert_cmpstr (session->record, ==, "双方同意分期补缴。");
  g_assert_cmpuint (ld_mediation_case_get_return_visits (back)->len, ==, 1);

  /* Bad drafts. */
  {
    g_autoptr(GVariant) not_dict = g_variant_ref_sink (g_variant_new_string ("x"));
    g_autoptr(LdMediationCase) none = ld_mediation_case_deserialize (not_dict, &error);

    g_assert_null (none);
    g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    GVariantBuilder builder;
    g_autoptr(GVariant) bad = NULL;
    g_autoptr(LdMediationCase) none = NULL;

    g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
    g_variant_builder_add (&builder, "{sv}", "status", g_variant_new_string ("closed"));
    bad = g_variant_ref_sink (g_variant_builder_end (&builder));
    none = ld_mediation_case_deserialize (bad, &error);
    g_assert_null (none);
    g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
    g_clear_error (&error);
  }
  {
    GVariantBuilder builder;
    g_autoptr(GVariant) bad = NULL;
    g_autoptr(LdMediationCase) none = NULL;

    g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
    g_variant_builder_add (&builder, "{sv}", "sessions",
                           g_variant_new_parsed ("[(int64 0, 'meeting', '2026-11-10', '', '', '', '')]"));
    bad = g_variant_ref_sink (g_variant_builder_end (&builder));
    none = ld_mediation_case_deserialize (bad, &error);
    g_assert_null (none);
    g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  }
}

static void
test_summary (void)
{
  g_autoptr(LdMediationCase) mcase = make_full_case ();
  g_autoptr(LdRecordSummary) summary = ld_mediation_case_make_summary (mcase);

  g_assert_cmpint (ld_record_summary_get_area (summary), ==, LD_RECORD_AREA_MEDIATION);
  g_assert_cmpstr (ld_record_summary_get_party (summary), ==, "王芳");
  g_assert_cmpstr (ld_record_summary_get_person (summary), ==, "陈调解、周调解");
  g_assert_cmpstr (ld_record_summary_get_status (summary), ==, "agreement_reached");
  g_assert_cmpstr (ld_record_summary_get_received (summary), ==, "2026-11-02");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/mediation/enums", test_enums);
  g_test_add_func ("/core/mediation/party/id-good", test_party_id_good);
  g_test_add_func ("/core/mediation/party/id-bad", test_party_id_bad);
  g_test_add_func ("/core/mediation/party/id-legacy", test_party_id_legacy);
  g_test_add_func ("/core/mediation/party/id-mismatch", test_party_id_mismatch);
  g_test_add_func ("/core/mediation/party/other-fields", test_party_other_fields);
  g_test_add_func ("/core/mediation/party/masking", test_masking);
  g_test_add_func ("/core/mediation/case/parties-editor", test_parties_editor);
  g_test_add_func ("/core/mediation/case/validate", test_case_validate);
  g_test_add_func ("/core/mediation/agreement/terms", test_agreement_terms);
  g_test_add_func ("/core/mediation/case/serialize", test_serialize);
  g_test_add_func ("/core/mediation/case/summary", test_summary);
  g_test_add_func ("/core/mediation/case/changed", test_changed_signal);
  g_test_add_func ("/core/mediation/case/latest-session", test_latest_session);
  g_test_add_func ("/core/mediation/case/bad-agent-link", test_bad_agent_link);

  return g_test_run ();
}

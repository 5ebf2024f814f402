/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>

#include "ld-petition-stats.h"
#include "ld-petition-workflow.h"

static void
parse_date (const char *iso,
            GDate      *out)
{
  unsigned y, m, d;

  g_date_clear (out, 1);
  if (iso == NULL)
    return;
  g_assert_cmpint (sscanf (iso, "%u-%u-%u", &y, &m, &d), ==, 3);
  g_date_set_dmy (out, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

typedef struct
{
  const char     *received;
  const char     *notified;
  const char     *accepted;
  const char     *replied;
  int             extension_days;
  LdSatisfaction  rating;
  const char     *category;
} Row;

#define SAT LD_SATISFACTION_SATISFIED
#define BASIC LD_SATISFACTION_BASICALLY_SATISFIED
#define DISSAT LD_SATISFACTION_DISSATISFIED
#define NONE LD_SATISFACTION_NONE

/* The fixed dataset: the year 2026 as of 2026-12-31, default policy,
 * calendar with the 2026 holidays. The limits each row meets or misses are
 * worked out beside it (notice 15 日, handling 60 日, start day not counted,
 * a last day off work rolls to the next working day). */
static const Row dataset[] = {
  /* P1: notice due 03-17, met 03-05; handling 03-05 + 60 = 05-04 (劳动节)
   * → 05-06, replied 04-20 in time. */
  { "2026-03-02", "2026-03-05", "2026-03-05", "2026-04-20", 0, SAT, "土地" },
  /* P2: notice 03-06 + 15 = 03-21 (Sat) → 03-23, met on 03-23 exactly;
   * handling 03-23 + 60 = 05-22, replied 06-10: late. */
  { "2026-03-06", "2026-03-23", "2026-03-23", "2026-06-10", 0, DISSAT, "土地" },
  /* P3: notice 02-01 + 15 = 02-16 (春节) → 02-24, given 02-25: late;
   * handling 02-25 + 60 + 30 extension = 05-26, replied 05-26: in time. */
  { "2026-02-01", "2026-02-25", "2026-02-25", "2026-05-26", 30, BASIC, "劳动保障" },
  /* P4: not accepted 04-15, inside its notice limit (04-25 → 04-27). */
  { "2026-04-10", "2026-04-15", NULL, NULL, 0, NONE, "劳动保障" },
  /* P5: diverted the next day; no category. */
  { "2026-05-11", "2026-05-12", NULL, NULL, 0, NONE, "" },
  /* P6: notice in time; handling 11-25 + 60 = 2027-01-24 (Sun) → 01-25,
   * not due by 12-31 and not replied. */
  { "2026-11-20", "2026-11-25", "2026-11-25", NULL, 0, NONE, "城建" },
  /* P7: notice due 2027-01-12, not given yet and not due by 12-31. */
  { "2026-12-28", NULL, NULL, NULL, 0, NONE, "城建" },
  /* P8: handling 09-03 + 60 = 11-02, passed with no reply. */
  { "2026-09-01", "2026-09-03", "2026-09-03", NULL, 0, NONE, "土地" },
  /* P9: received in 2025, outside the period. */
  { "2025-12-20", "2025-12-22", "2025-12-22", "2026-01-10", 0, SAT, "土地" },
  /* P10: notice due 06-16, never given. */
  { "2026-06-01", NULL, NULL, NULL, 0, NONE, "城建" },
  /* P11: handling 07-02 + 60 = 08-31, replied 07-20; not rated. */
  { "2026-07-01", "2026-07-02", "2026-07-02", "2026-07-20", 0, NONE, "土地" },
};

static LdPetitionFacts *
load_dataset (void)
{
  LdPetitionFacts *facts = g_new0 (LdPetitionFacts, G_N_ELEMENTS (dataset));

  for (unsigned i = 0; i < G_N_ELEMENTS (dataset); i++)
    {
      parse_date (dataset[i].received, &facts[i].received_on);
      parse_date (dataset[i].notified, &facts[i].notified_on);
      parse_date (dataset[i].accepted, &facts[i].accepted_on);
      parse_date (dataset[i].replied, &facts[i].replied_on);
      facts[i].extension_days = dataset[i].extension_days;
      facts[i].rating = dataset[i].rating;
      facts[i].category = dataset[i].category;
    }
  return facts;
}

static void
assert_rate (const LdRate *rate,
             unsigned      numerator,
             unsigned      denominator)
{
  g_assert_cmpuint (rate->numerator, ==, numerator);
  g_assert_cmpuint (rate->denominator, ==, denominator);
}

static void
test_fixed_dataset (void)
{
  g_autofree LdPetitionFacts *facts = load_dataset ();
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autoptr(LdPetitionStats) stats = NULL;
  GDate from, to;
  /* Received per month: Feb P3; Mar P1 P2; Apr P4; May P5; Jun P10;
   * Jul P11; Sep P8; Nov P6; Dec P7. */
  static const unsigned by_month[12] = { 0, 1, 2, 1, 1, 1, 1, 0, 1, 0, 1, 1 };
  double percent;

  parse_date ("2026-01-01", &from);
  parse_date ("2026-12-31", &to);
  stats = ld_petition_stats_compute (facts, G_N_ELEMENTS (dataset), &from, &to, &to,
                                     policy, calendar);

  /* All but P9: 10. */
  g_assert_cmpuint (stats->received, ==, 10);

  g_assert_cmpuint (stats->by_month->len, ==, 12);
  for (unsigned i = 0; i < 12; i++)
    {
      LdMonthCount *month = &g_array_index (stats->by_month, LdMonthCount, i);

      g_assert_cmpint (month->year, ==, 2026);
      g_assert_cmpint (month->month, ==, (int) i + 1);
      g_assert_cmpuint (month->count, ==, by_month[i]);
    }

  /* 土地 P1 P2 P8 P11 = 4; 城建 P6 P7 P10 = 3; 劳动保障 P3 P4 = 2; none P5 = 1. */
  g_assert_cmpuint (stats->by_category->len, ==, 4);
  g_assert_cmpstr (g_array_index (stats->by_category, LdCategoryCount, 0).category, ==, "土地");
  g_assert_cmpuint (g_array_index (stats->by_category, LdCategoryCount, 0).count, ==, 4);
  g_assert_cmpstr (g_array_index (stats->by_category, LdCategoryCount, 1).category, ==, "城建");
  g_assert_cmpuint (g_array_index (stats->by_category, LdCategoryCount, 1).count, ==, 3);
  g_assert_cmpstr (g_array_index (stats->by_category, LdCategoryCount, 2).category, ==, "劳动保障");
  g_assert_cmpuint (g_array_index (stats->by_category, LdCategoryCount, 2).count, ==, 2);
  g_assert_cmpstr (g_array_index (stats->by_category, LdCategoryCount, 3).category, ==, "");
  g_assert_cmpuint (g_array_index (stats->by_category, LdCategoryCount, 3).count, ==, 1);

  /* On-time acceptance: due or given = all but P7 (still inside its
   * limit) = 9; in time = P1 P2 P4 P5 P6 P8 P11 = 7 (P3 a day late, P10
   * never). 7/9. */
  assert_rate (&stats->on_time_acceptance, 7, 9);

  /* Completion: accepted P1 P2 P3 P6 P8 P11 = 6; replied P1 P2 P3 P11 = 4.
   * 4/6. */
  assert_rate (&stats->completion, 4, 6);

  /* On-time completion: replied or past the limit = P1 P2 P3 P8 P11 = 5
   * (P6 not due yet); in time P1 P3 P11 = 3 (P2 late, P8 overdue). 3/5. */
  assert_rate (&stats->on_time_completion, 3, 5);

  /* Satisfaction: rated P1 (满意) P2 (不满意) P3 (基本满意) = 3; 满意 = 1. 1/3. */
  assert_rate (&stats->satisfaction, 1, 3);

  /* Participation: rated 3 of replied 4 (P11 not rated). 3/4. */
  assert_rate (&stats->participation, 3, 4);

  g_assert_true (ld_rate_get_percent (&stats->participation, &percent));
  g_assert_cmpfloat_with_epsilon (percent, 75.0, 1e-9);
  {
    g_autofree char *text = ld_rate_format (&stats->on_time_acceptance);

    g_assert_cmpstr (text, ==, "7/9 (77.8%)");
  }
}

static void
test_as_of (void)
{
  g_autofree LdPetitionFacts *facts = load_dataset ();
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autoptr(LdPetitionStats) stats = NULL;
  GDate from, to, as_of;

  /* The first half of 2026 as of 2026-05-25: P3 (Feb), P1 P2 (Mar),
   * P4 (Apr), P5 (May) received = 5; P10 (06-01) came after 05-25. */
  parse_date ("2026-01-01", &from);
  parse_date ("2026-06-30", &to);
  parse_date ("2026-05-25", &as_of);
  stats = ld_petition_stats_compute (facts, G_N_ELEMENTS (dataset), &from, &to, &as_of,
                                     policy, calendar);
  g_assert_cmpuint (stats->received, ==, 5);
  g_assert_cmpuint (stats->by_month->len, ==, 6);
  /* Every notice was given by 05-25; in time all but P3: 4/5. */
  assert_rate (&stats->on_time_acceptance, 4, 5);
  /* Accepted P1 P2 P3; replied by 05-25 only P1: 1/3. */
  assert_rate (&stats->completion, 1, 3);
  /* P1 replied in time; P2 past its 05-22 limit unreplied; P3 not due
   * until 05-26: 1/2. */
  assert_rate (&stats->on_time_completion, 1, 2);
  /* Ratings only count for replies made by then: P1 satisfied. */
  assert_rate (&stats->satisfaction, 1, 1);
  assert_rate (&stats->participation, 1, 1);
}

static void
test_empty (void)
{
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autoptr(LdPetitionStats) stats = NULL;
  GDate from, to;
  double percent = -1;
  const LdRate *rates[5];

  /* Across a year end: November to February is 4 months. */
  parse_date ("2025-11-01", &from);
  parse_date ("2026-02-28", &to);
  stats = ld_petition_stats_compute (NULL, 0, &from, &to, &to, policy, calendar);
  g_assert_cmpuint (stats->received, ==, 0);
  g_assert_cmpuint (stats->by_month->len, ==, 4);
  g_assert_cmpint (g_array_index (stats->by_month, LdMonthCount, 1).month, ==, 12);
  g_assert_cmpint (g_array_index (stats->by_month, LdMonthCount, 2).year, ==, 2026);
  g_assert_cmpint (g_array_index (stats->by_month, LdMonthCount, 2).month, ==, 1);
  g_assert_cmpuint (stats->by_category->len, ==, 0);

  rates[0] = &stats->on_time_acceptance;
  rates[1] = &stats->on_time_completion;
  rates[2] = &stats->completion;
  rates[3] = &stats->satisfaction;
  rates[4] = &stats->participation;
  for (unsigned i = 0; i < G_N_ELEMENTS (rates); i++)
    {
      g_autofree char *text = ld_rate_format (rates[i]);

      assert_rate (rates[i], 0, 0);
      g_assert_false (ld_rate_get_percent (rates[i], &percent));
      g_assert_cmpfloat (percent, ==, -1);
      g_assert_cmpstr (text, ==, "0/0");
    }
}

static void
apply (LdPetition       *petition,
       LdPetitionStep    step,
       const char       *date,
       LdDeadlinePolicy *policy,
       LdCalendar       *calendar)
{
  g_autoptr(LdPetitionEvent) event = NULL;
  g_autoptr(GError) error = NULL;
  GDate day;

  parse_date (date, &day);
  event = ld_petition_event_new (step, &day, "王五");
  ld_petition_event_set_note (event, "理由");
  ld_petition_event_set_approver (event, "镇长");
  event->extension_days = 30;
  event->outcome = LD_REPLY_OUTCOME_SUPPORT;
  event->rating = LD_SATISFACTION_BASICALLY_SATISFIED;
  g_assert_true (ld_petition_workflow_apply (petition, event, policy, calendar, &error));
  g_assert_no_error (error);
}

static void
test_from_petitions (void)
{
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autoptr(GPtrArray) petitions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(LdPetitionStats) stats = NULL;
  LdPetition *p3 = ld_petition_new ();
  LdPetition *p4 = ld_petition_new ();
  LdPetitionFacts facts;
  GDate from, to;

  /* P3 and P4 of the dataset, through the workflow. */
  ld_petition_set_category (p3, "劳动保障");
  apply (p3, LD_PETITION_STEP_REGISTER, "2026-02-01", policy, calendar);
  apply (p3, LD_PETITION_STEP_ACCEPT, "2026-02-25", policy, calendar);
  apply (p3, LD_PETITION_STEP_EXTEND, "2026-04-20", policy, calendar);
  apply (p3, LD_PETITION_STEP_REPLY, "2026-05-26", policy, calendar);
  apply (p3, LD_PETITION_STEP_RATE, "2026-05-27", policy, calendar);
  ld_petition_set_category (p4, "劳动保障");
  apply (p4, LD_PETITION_STEP_REGISTER, "2026-04-10", policy, calendar);
  apply (p4, LD_PETITION_STEP_NOT_ACCEPT, "2026-04-15", policy, calendar);
  g_ptr_array_add (petitions, p3);
  g_ptr_array_add (petitions, p4);

  ld_petition_facts_init (&facts, p3);
  g_assert_cmpint (g_date_get_day (&facts.received_on), ==, 1);
  g_assert_cmpint (g_date_compare (&facts.notified_on, &facts.accepted_on), ==, 0);
  g_assert_cmpint (facts.extension_days, ==, 30);
  g_assert_cmpint (facts.rating, ==, LD_SATISFACTION_BASICALLY_SATISFIED);
  g_assert_cmpstr (facts.category, ==, "劳动保障");
  ld_petition_facts_init (&facts, p4);
  g_assert_true (g_date_valid (&facts.notified_on));
  g_assert_false (g_date_valid (&facts.accepted_on));
  g_assert_false (g_date_valid (&facts.replied_on));

  parse_date ("2026-01-01", &from);
  parse_date ("2026-12-31", &to);
  stats = ld_petition_stats_compute_for_petitions (petitions, &from, &to, &to, policy, calendar);
  g_assert_cmpuint (stats->received, ==, 2);
  /* P3 late, P4 in time: 1/2; P3 completed in time with its extension. */
  assert_rate (&stats->on_time_acceptance, 1, 2);
  assert_rate (&stats->on_time_completion, 1, 1);
  assert_rate (&stats->completion, 1, 1);
  assert_rate (&stats->satisfaction, 0, 1);
  assert_rate (&stats->participation, 1, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/petition-stats/fixed-dataset", test_fixed_dataset);
  g_test_add_func ("/core/petition-stats/as-of", test_as_of);
  g_test_add_func ("/core/petition-stats/empty", test_empty);
  g_test_add_func ("/core/petition-stats/from-petitions", test_from_petitions);

  return g_test_run ();
}

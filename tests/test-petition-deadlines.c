/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>

#include "ld-core-error.h"
#include "ld-petition-deadlines.h"
#include "ld-petition-workflow.h"

static void
parse_date (const char *iso,
            GDate      *out)
{
  unsigned y, m, d;

  g_assert_cmpint (sscanf (iso, "%u-%u-%u", &y, &m, &d), ==, 3);
  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

static void
assert_date (const GDate *date,
             const char  *iso)
{
  char shown[16];

  g_assert_nonnull (date);
  g_assert_true (g_date_valid (date));
  g_snprintf (shown, sizeof shown, "%04u-%02u-%02u",
              (unsigned) g_date_get_year (date), (unsigned) g_date_get_month (date),
              (unsigned) g_date_get_day (date));
  g_assert_cmpstr (shown, ==, iso);
}

/* One step of a scripted history. @n is the extension days of an extend,
 * the hearing days of a hearing, and for register 1 = transferred here by
 * another organ. @served is the day a reply or decision was served. */
typedef struct
{
  LdPetitionStep  step;
  const char     *date;
  int             n;
  const char     *served;
} Step;

#define END { LD_N_PETITION_STEPS, NULL, 0, NULL }

/* Applies @steps through the workflow, filling in the facts each needs. */
static LdPetition *
run_steps (const Step       *steps,
           LdDeadlinePolicy *policy,
           LdCalendar       *calendar)
{
  LdPetition *petition = ld_petition_new ();

  ld_petition_set_title (petition, "宅基地纠纷");
  ld_petition_set_content (petition, "反映邻居占用宅基地");
  for (const Step *s = steps; s->date != NULL; s++)
    {
      g_autoptr(LdPetitionEvent) event = NULL;
      g_autoptr(GError) error = NULL;
      GDate date;

      parse_date (s->date, &date);
      event = ld_petition_event_new (s->step, &date, "王五");
      ld_petition_event_set_note (event, "理由");
      ld_petition_event_set_approver (event, "镇长");
      if (s->step == LD_PETITION_STEP_REGISTER && s->n == 1)
        ld_petition_event_set_unit (event, "县信访局");
      if (s->step == LD_PETITION_STEP_ASSIGN)
        {
          ld_petition_event_set_unit (event, "镇自然资源所");
          event->assignment = LD_ASSIGNMENT_KIND_ASSIGN;
        }
      event->route = LD_DIVERSION_ROUTE_LITIGATION;
      event->extension_days = s->step == LD_PETITION_STEP_EXTEND ? s->n : 0;
      event->hearing_days = s->step == LD_PETITION_STEP_HEARING ? s->n : 0;
      event->outcome = LD_REPLY_OUTCOME_EXPLAIN;
      event->result = LD_REVIEW_RESULT_UPHOLD;
      event->rating = LD_SATISFACTION_SATISFIED;
      if (s->served != NULL)
        parse_date (s->served, &event->served_on);
      ld_petition_workflow_apply (petition, event, policy, calendar, &error);
      g_assert_no_error (error);
    }
  return petition;
}

#define REG LD_PETITION_STEP_REGISTER
#define ACCEPT LD_PETITION_STEP_ACCEPT
#define EXTEND LD_PETITION_STEP_EXTEND
#define REPLY LD_PETITION_STEP_REPLY
#define REQ_REVIEW LD_PETITION_STEP_REQUEST_REVIEW
#define REVIEW LD_PETITION_STEP_REVIEW_DECISION
#define REQ_REREVIEW LD_PETITION_STEP_REQUEST_REREVIEW
#define HEARING LD_PETITION_STEP_HEARING

static void
test_time_limits (void)
{
  /* Each row: a history, the limit asked for, and the hand-counted
   * answer. Start day not counted; calendar-day limits roll a last day
   * that is not a working day forward; working-day limits count working
   * days (DOMAIN.md 8 for the 2025–2026 holidays and 调休 days). */
  static const struct
  {
    const char  *name;
    Step         steps[8];
    LdTimeLimit  kind;
    const char  *start;
    const char  *due;
    int          days;
    gboolean     complete;
  } cases[] = {
    /* 03-02 (Mon) + 15 = 03-17 (Tue). */
    { "notice", { { REG, "2026-03-02", 0, NULL }, END },
      LD_TIME_LIMIT_NOTICE, "2026-03-02", "2026-03-17", 15, TRUE },
    /* 03-06 + 15 = 03-21, a Saturday → Monday 03-23. */
    { "notice on a weekend", { { REG, "2026-03-06", 0, NULL }, END },
      LD_TIME_LIMIT_NOTICE, "2026-03-06", "2026-03-23", 15, TRUE },
    /* 02-01 + 15 = 02-16, inside 春节 02-15 … 02-23 → 02-24. */
    { "notice in the Spring Festival", { { REG, "2026-02-01", 0, NULL }, END },
      LD_TIME_LIMIT_NOTICE, "2026-02-01", "2026-02-24", 15, TRUE },
    /* 01-30 + 15 = 02-14, a Saturday worked by 调休: no roll. */
    { "notice on a make-up Saturday", { { REG, "2026-01-30", 0, NULL }, END },
      LD_TIME_LIMIT_NOTICE, "2026-01-30", "2026-02-14", 15, TRUE },
    /* 09-16 + 15 = 10-01, inside 国庆 10-01 … 10-07 → 10-08. */
    { "notice in National Day", { { REG, "2026-09-16", 0, NULL }, END },
      LD_TIME_LIMIT_NOTICE, "2026-09-16", "2026-10-08", 15, TRUE },
    /* 2027 has no holiday data: 03-05 + 15 = 03-20 (Sat) → 03-22, flagged. */
    { "notice in a year without data", { { REG, "2027-03-05", 0, NULL }, END },
      LD_TIME_LIMIT_NOTICE, "2027-03-05", "2027-03-22", 15, FALSE },
    /* 2026-12-20 + 15 = 2027-01-04: the span reaches a year without data. */
    { "notice into a year without data", { { REG, "2026-12-20", 0, NULL }, END },
      LD_TIME_LIMIT_NOTICE, "2026-12-20", "2027-01-04", 15, FALSE },
    /* 5 working days from Wed 02-11: 02-12 (1), 02-13 (2), Sat 02-14
     * worked (3), 02-15 … 02-23 off, 02-24 (4), 02-25 (5). */
    { "objection across the Spring Festival", { { REG, "2026-02-11", 1, NULL }, END },
      LD_TIME_LIMIT_OBJECTION, "2026-02-11", "2026-02-25", 5, TRUE },
    /* From Wed 02-25: 02-26 (1), 02-27 (2), Sat 02-28 worked (3),
     * Sun 03-01 off, 03-02 (4), 03-03 (5). */
    { "objection across a make-up Saturday", { { REG, "2026-02-25", 1, NULL }, END },
      LD_TIME_LIMIT_OBJECTION, "2026-02-25", "2026-03-03", 5, TRUE },
    /* 03-01 + 60 = 04-30 (Thu). */
    { "handling", { { REG, "2026-02-27", 0, NULL }, { ACCEPT, "2026-03-01", 0, NULL }, END },
      LD_TIME_LIMIT_HANDLING, "2026-03-01", "2026-04-30", 60, TRUE },
    /* 03-01 + 60 + 30 = 05-30 (Sat) → 06-01. */
    { "handling extended by 30 days",
      { { REG, "2026-02-27", 0, NULL }, { ACCEPT, "2026-03-01", 0, NULL },
        { EXTEND, "2026-04-20", 30, NULL }, END },
      LD_TIME_LIMIT_HANDLING, "2026-03-01", "2026-06-01", 90, TRUE },
    /* 03-06 + 60 = 05-05, in 劳动节 05-01 … 05-05 → 05-06. */
    { "handling ending in the Labour Day holiday",
      { { REG, "2026-03-02", 0, NULL }, { ACCEPT, "2026-03-06", 0, NULL }, END },
      LD_TIME_LIMIT_HANDLING, "2026-03-06", "2026-05-06", 60, TRUE },
    /* The extension continues the unrolled period: 03-06 + 90 = 06-04,
     * not 05-06 + 30 = 06-05. */
    { "extension after a rolled end",
      { { REG, "2026-03-02", 0, NULL }, { ACCEPT, "2026-03-06", 0, NULL },
        { EXTEND, "2026-04-30", 30, NULL }, END },
      LD_TIME_LIMIT_HANDLING, "2026-03-06", "2026-06-04", 90, TRUE },
    /* Month end: 01-31 + 30 = 03-02 (28 days in February 2026). */
    { "review request from January 31",
      { { REG, "2026-01-05", 0, NULL }, { ACCEPT, "2026-01-06", 0, NULL },
        { REPLY, "2026-01-31", 0, NULL }, END },
      LD_TIME_LIMIT_REVIEW_REQUEST, "2026-01-31", "2026-03-02", 30, TRUE },
    /* From the day served: 04-03 + 30 = 05-03, in 劳动节 → 05-06. */
    { "review request from the day served",
      { { REG, "2026-03-02", 0, NULL }, { ACCEPT, "2026-03-03", 0, NULL },
        { REPLY, "2026-04-01", 0, "2026-04-03" }, END },
      LD_TIME_LIMIT_REVIEW_REQUEST, "2026-04-03", "2026-05-06", 30, TRUE },
    /* Leap year (no 2028 data): 01-30 + 30 = 02-29 (Tue). */
    { "review request to February 29",
      { { REG, "2028-01-03", 0, NULL }, { ACCEPT, "2028-01-04", 0, NULL },
        { REPLY, "2028-01-30", 0, NULL }, END },
      LD_TIME_LIMIT_REVIEW_REQUEST, "2028-01-30", "2028-02-29", 30, FALSE },
    /* 2028-01-31 + 30 = 03-01 (29 days in February 2028). */
    { "review request over February 29",
      { { REG, "2028-01-03", 0, NULL }, { ACCEPT, "2028-01-04", 0, NULL },
        { REPLY, "2028-01-31", 0, NULL }, END },
      LD_TIME_LIMIT_REVIEW_REQUEST, "2028-01-31", "2028-03-01", 30, FALSE },
    /* 04-20 + 30 = 05-20 (Wed). */
    { "review decision",
      { { REG, "2026-03-02", 0, NULL }, { ACCEPT, "2026-03-03", 0, NULL },
        { REPLY, "2026-04-01", 0, "2026-04-03" }, { REQ_REVIEW, "2026-04-20", 0, NULL }, END },
      LD_TIME_LIMIT_REVIEW_DECISION, "2026-04-20", "2026-05-20", 30, TRUE },
    /* 05-15 + 30 = 06-14 (Sun) → 06-15. */
    { "re-review request",
      { { REG, "2026-03-02", 0, NULL }, { ACCEPT, "2026-03-03", 0, NULL },
        { REPLY, "2026-04-01", 0, NULL }, { REQ_REVIEW, "2026-04-20", 0, NULL },
        { REVIEW, "2026-05-15", 0, NULL }, END },
      LD_TIME_LIMIT_REREVIEW_REQUEST, "2026-05-15", "2026-06-15", 30, TRUE },
    /* 06-01 + 30 = 07-01 (Wed). */
    { "re-review decision",
      { { REG, "2026-03-02", 0, NULL }, { ACCEPT, "2026-03-03", 0, NULL },
        { REPLY, "2026-04-01", 0, NULL }, { REQ_REVIEW, "2026-04-20", 0, NULL },
        { REVIEW, "2026-05-15", 0, NULL }, { REQ_REREVIEW, "2026-06-01", 0, NULL }, END },
      LD_TIME_LIMIT_REREVIEW_DECISION, "2026-06-01", "2026-07-01", 30, TRUE },
    /* Hearing time excluded: 06-01 + 30 + 10 = 07-11 (Sat) → 07-13. */
    { "re-review decision with a hearing",
      { { REG, "2026-03-02", 0, NULL }, { ACCEPT, "2026-03-03", 0, NULL },
        { REPLY, "2026-04-01", 0, NULL }, { REQ_REVIEW, "2026-04-20", 0, NULL },
        { REVIEW, "2026-05-15", 0, NULL }, { REQ_REREVIEW, "2026-06-01", 0, NULL },
        { HEARING, "2026-06-10", 10, NULL }, END },
      LD_TIME_LIMIT_REREVIEW_DECISION, "2026-06-01", "2026-07-13", 40, TRUE },
  };
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();

  for (unsigned i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LdPetition) petition = run_steps (cases[i].steps, policy, calendar);
      g_autoptr(LdDeadline) deadline = NULL;
      GDate today;

      g_test_message ("%s", cases[i].name);
      parse_date (cases[i].start, &today);
      deadline = ld_petition_deadlines_compute_one (petition, policy, calendar,
                                                    cases[i].kind, &today);
      g_assert_nonnull (deadline);
      g_assert_cmpint (deadline->kind, ==, cases[i].kind);
      assert_date (&deadline->start, cases[i].start);
      assert_date (&deadline->due, cases[i].due);
      g_assert_cmpint (deadline->days, ==, cases[i].days);
      g_assert_cmpint (deadline->rule, ==, ld_deadline_policy_get_rule (policy, cases[i].kind));
      g_assert_cmpint (deadline->calendar_complete, ==, cases[i].complete);
      g_assert_cmpint (deadline->days_remaining, ==, g_date_days_between (&today, &deadline->due));
    }
}

static void
test_not_started (void)
{
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  static const Step direct[] = { { REG, "2026-03-02", 0, NULL }, END };
  g_autoptr(LdPetition) petition = run_steps (direct, policy, calendar);

  /* Nothing accepted, replied or requested yet; no transfer to object to;
   * the extension limit is a maximum, never a due date. */
  for (LdTimeLimit kind = 0; kind < LD_N_TIME_LIMITS; kind++)
    {
      g_autoptr(LdDeadline) deadline =
        ld_petition_deadlines_compute_one (petition, policy, calendar, kind, NULL);

      if (kind == LD_TIME_LIMIT_NOTICE)
        g_assert_nonnull (deadline);
      else
        g_assert_null (deadline);
    }
}

static void
test_running_now (void)
{
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  static const Step transferred[] = { { REG, "2026-03-02", 1, NULL }, END };
  g_autoptr(LdPetition) petition = run_steps (transferred, policy, calendar);
  g_autoptr(GPtrArray) deadlines = NULL;
  g_autoptr(LdDeadline) next = NULL;
  GDate today;

  /* Registered after a transfer: the objection window (5 working days:
   * 03-03 … 03-09, skipping the weekend) and the notice (03-17). */
  parse_date ("2026-03-10", &today);
  deadlines = ld_petition_deadlines_compute (petition, policy, calendar, &today);
  g_assert_cmpuint (deadlines->len, ==, 2);
  {
    LdDeadline *objection = g_ptr_array_index (deadlines, 0);
    LdDeadline *notice = g_ptr_array_index (deadlines, 1);

    g_assert_cmpint (objection->kind, ==, LD_TIME_LIMIT_OBJECTION);
    assert_date (&objection->due, "2026-03-09");
    g_assert_cmpint (objection->days_remaining, ==, -1);
    g_assert_false (objection->obligation);
    g_assert_cmpint (notice->kind, ==, LD_TIME_LIMIT_NOTICE);
    assert_date (&notice->due, "2026-03-17");
    g_assert_cmpint (notice->days_remaining, ==, 7);
    g_assert_true (notice->obligation);
  }

  /* The countdown follows the obligation, not the closed window. */
  next = ld_petition_deadlines_next (petition, policy, calendar, &today);
  g_assert_nonnull (next);
  g_assert_cmpint (next->kind, ==, LD_TIME_LIMIT_NOTICE);
  assert_date (ld_petition_get_due_on (petition), "2026-03-17");
  g_clear_pointer (&next, ld_deadline_free);

  /* Due today is 0; past it negative. */
  parse_date ("2026-03-17", &today);
  next = ld_petition_deadlines_next (petition, policy, calendar, &today);
  g_assert_cmpint (next->days_remaining, ==, 0);
  g_clear_pointer (&next, ld_deadline_free);
  parse_date ("2026-03-20", &today);
  next = ld_petition_deadlines_next (petition, policy, calendar, &today);
  g_assert_cmpint (next->days_remaining, ==, -3);
}

static void
test_due_on_follows_the_steps (void)
{
  static const struct
  {
    Step        steps[8];
    const char *due_on;    /* NULL: nothing runs */
    unsigned    n_running;
  } cases[] = {
    { { { REG, "2026-03-02", 0, NULL }, END }, "2026-03-17", 1 },
    { { { REG, "2026-02-27", 0, NULL }, { ACCEPT, "2026-03-01", 0, NULL }, END }, "2026-04-30", 1 },
    { { { REG, "2026-02-27", 0, NULL }, { LD_PETITION_STEP_NOT_ACCEPT, "2026-03-01", 0, NULL }, END },
      NULL, 0 },
    /* Replied: the petitioner's review window runs, the office owes nothing. */
    { { { REG, "2026-02-27", 0, NULL }, { ACCEPT, "2026-03-01", 0, NULL },
        { REPLY, "2026-04-01", 0, NULL }, END }, NULL, 1 },
    { { { REG, "2026-02-27", 0, NULL }, { ACCEPT, "2026-03-01", 0, NULL },
        { REPLY, "2026-04-01", 0, NULL }, { REQ_REVIEW, "2026-04-20", 0, NULL }, END },
      "2026-05-20", 1 },
    { { { REG, "2026-02-27", 0, NULL }, { ACCEPT, "2026-03-01", 0, NULL },
        { REPLY, "2026-04-01", 0, NULL }, { LD_PETITION_STEP_CLOSE, "2026-05-10", 0, NULL }, END },
      NULL, 0 },
  };
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();

  for (unsigned i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LdPetition) petition = run_steps (cases[i].steps, policy, calendar);
      g_autoptr(GPtrArray) running = NULL;

      running = ld_petition_deadlines_compute (petition, policy, calendar, NULL);
      g_assert_cmpuint (running->len, ==, cases[i].n_running);
      if (cases[i].due_on == NULL)
        g_assert_null (ld_petition_get_due_on (petition));
      else
        assert_date (ld_petition_get_due_on (petition), cases[i].due_on);
    }
}

static void
test_local_policy (void)
{
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  static const Step steps[] = {
    { REG, "2026-02-11", 0, NULL }, { ACCEPT, "2026-02-12", 0, NULL }, END
  };
  g_autoptr(LdPetition) petition = NULL;
  g_autoptr(LdDeadline) handling = NULL;
  g_autoptr(LdDeadline) notice = NULL;

  /* Zhejiang-like limits: routing in 5 working days, handling 30 日. */
  ld_deadline_policy_set_days (policy, LD_TIME_LIMIT_NOTICE, 5);
  ld_deadline_policy_set_rule (policy, LD_TIME_LIMIT_NOTICE, LD_DAY_RULE_WORKING);
  ld_deadline_policy_set_days (policy, LD_TIME_LIMIT_HANDLING, 30);
  petition = run_steps (steps, policy, calendar);

  /* 5 working days from 02-11: 02-12, 02-13, Sat 02-14, 02-24, 02-25. */
  notice = ld_petition_deadlines_compute_one (petition, policy, calendar, LD_TIME_LIMIT_NOTICE, NULL);
  assert_date (&notice->due, "2026-02-25");
  g_assert_cmpint (notice->rule, ==, LD_DAY_RULE_WORKING);
  /* 02-12 + 30 = 03-14 (Sat) → 03-16. */
  handling = ld_petition_deadlines_compute_one (petition, policy, calendar, LD_TIME_LIMIT_HANDLING, NULL);
  assert_date (&handling->due, "2026-03-16");
  g_assert_cmpint (handling->days, ==, 30);
}

static void
test_empty_calendar (void)
{
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new_empty ();
  static const Step steps[] = { { REG, "2026-02-01", 0, NULL }, END };
  g_autoptr(LdPetition) petition = run_steps (steps, policy, calendar);
  g_autoptr(LdDeadline) notice =
    ld_petition_deadlines_compute_one (petition, policy, calendar, LD_TIME_LIMIT_NOTICE, NULL);

  /* Without holiday data 02-16 is a plain Monday, and the result says the
   * calendar was incomplete. */
  assert_date (&notice->due, "2026-02-16");
  g_assert_false (notice->calendar_complete);
}

static void
test_policy_defaults (void)
{
  static const struct { LdTimeLimit limit; const char *id; int days; LdDayRule rule; } cases[] = {
    { LD_TIME_LIMIT_NOTICE, "notice", 15, LD_DAY_RULE_CALENDAR },
    { LD_TIME_LIMIT_OBJECTION, "objection", 5, LD_DAY_RULE_WORKING },
    { LD_TIME_LIMIT_HANDLING, "handling", 60, LD_DAY_RULE_CALENDAR },
    { LD_TIME_LIMIT_EXTENSION, "extension", 30, LD_DAY_RULE_CALENDAR },
    { LD_TIME_LIMIT_REVIEW_REQUEST, "review_request", 30, LD_DAY_RULE_CALENDAR },
    { LD_TIME_LIMIT_REVIEW_DECISION, "review_decision", 30, LD_DAY_RULE_CALENDAR },
    { LD_TIME_LIMIT_REREVIEW_REQUEST, "rereview_request", 30, LD_DAY_RULE_CALENDAR },
    { LD_TIME_LIMIT_REREVIEW_DECISION, "rereview_decision", 30, LD_DAY_RULE_CALENDAR },
  };
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();

  G_STATIC_ASSERT (G_N_ELEMENTS (cases) == LD_N_TIME_LIMITS);
  for (unsigned i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LdTimeLimit parsed;

      g_assert_cmpint (ld_deadline_policy_get_days (policy, cases[i].limit), ==, cases[i].days);
      g_assert_cmpint (ld_deadline_policy_get_rule (policy, cases[i].limit), ==, cases[i].rule);
      g_assert_cmpstr (ld_time_limit_to_id (cases[i].limit), ==, cases[i].id);
      g_assert_true (ld_time_limit_from_id (cases[i].id, &parsed));
      g_assert_cmpint (parsed, ==, cases[i].limit);
      g_assert_nonnull (ld_time_limit_get_label (cases[i].limit));
    }
  g_assert_cmpint (ld_deadline_policy_get_max_extensions (policy), ==, 1);
  g_assert_cmpint (ld_deadline_policy_get_group_threshold (policy), ==, 5);
}

static void
test_policy_settings (void)
{
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdDeadlinePolicy) loaded = ld_deadline_policy_new ();
  const char * const *keys = ld_deadline_policy_get_setting_keys ();
  static const struct { const char *key; const char *value; int code; } bad[] = {
    { "petition.notice.days", "abc", LD_CORE_ERROR_INVALID },
    { "petition.notice.days", "15x", LD_CORE_ERROR_INVALID },
    { "petition.notice.days", "", LD_CORE_ERROR_INVALID },
    { "petition.notice.days", "0", LD_CORE_ERROR_OUT_OF_RANGE },
    { "petition.notice.days", "366", LD_CORE_ERROR_OUT_OF_RANGE },
    { "petition.notice.rule", "weekly", LD_CORE_ERROR_INVALID },
    { "petition.max_extensions", "4", LD_CORE_ERROR_OUT_OF_RANGE },
    { "petition.group_threshold", "1", LD_CORE_ERROR_OUT_OF_RANGE },
    { "petition.unknown.days", "5", LD_CORE_ERROR_INVALID },
    { "petition.notice.hours", "5", LD_CORE_ERROR_INVALID },
    { "petition.extension.rule", "working", LD_CORE_ERROR_INVALID },
    { "organisation_name", "x", LD_CORE_ERROR_INVALID },
  };
  unsigned n_keys = g_strv_length ((char **) keys);
  g_autofree char *missing = NULL;

  /* Days for the 8 limits, a rule for 7 (an extension follows the
   * handling rule), the number of extensions, the group threshold. */
  g_assert_cmpuint (n_keys, ==, 8 + 7 + 2);

  /* Change everything, write it out, read it into a fresh policy. */
  ld_deadline_policy_set_days (policy, LD_TIME_LIMIT_HANDLING, 30);
  ld_deadline_policy_set_days (policy, LD_TIME_LIMIT_EXTENSION, 60);
  ld_deadline_policy_set_rule (policy, LD_TIME_LIMIT_NOTICE, LD_DAY_RULE_WORKING);
  ld_deadline_policy_set_max_extensions (policy, 2);
  ld_deadline_policy_set_group_threshold (policy, 10);
  for (unsigned i = 0; i < n_keys; i++)
    {
      g_autofree char *value = ld_deadline_policy_get_setting (policy, keys[i]);
      g_autoptr(GError) error = NULL;

      g_assert_true (ld_deadline_policy_is_setting_key (keys[i]));
      g_assert_nonnull (value);
      g_assert_true (ld_deadline_policy_set_setting (loaded, keys[i], value, &error));
      g_assert_no_error (error);
    }
  for (unsigned i = 0; i < n_keys; i++)
    {
      g_autofree char *a = ld_deadline_policy_get_setting (policy, keys[i]);
      g_autofree char *b = ld_deadline_policy_get_setting (loaded, keys[i]);

      g_assert_cmpstr (a, ==, b);
    }
  g_assert_cmpint (ld_deadline_policy_get_days (loaded, LD_TIME_LIMIT_HANDLING), ==, 30);
  g_assert_cmpint (ld_deadline_policy_get_rule (loaded, LD_TIME_LIMIT_NOTICE), ==, LD_DAY_RULE_WORKING);
  g_assert_cmpint (ld_deadline_policy_get_max_extensions (loaded), ==, 2);
  g_assert_cmpint (ld_deadline_policy_get_group_threshold (loaded), ==, 10);
  {
    g_autofree char *rule = ld_deadline_policy_get_setting (loaded, "petition.notice.rule");
    g_autofree char *days = ld_deadline_policy_get_setting (loaded, "petition.handling.days");

    g_assert_cmpstr (rule, ==, "working");
    g_assert_cmpstr (days, ==, "30");
  }

  /* Bad values are refused and change nothing. */
  for (unsigned i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *before = ld_deadline_policy_get_setting (loaded, bad[i].key);
      g_autofree char *after = NULL;

      g_test_message ("%s = %s", bad[i].key, bad[i].value);
      g_assert_false (ld_deadline_policy_set_setting (loaded, bad[i].key, bad[i].value, &error));
      g_assert_error (error, LD_CORE_ERROR, bad[i].code);
      after = ld_deadline_policy_get_setting (loaded, bad[i].key);
      g_assert_cmpstr (before, ==, after);
    }
  missing = ld_deadline_policy_get_setting (loaded, "petition.nothing");
  g_assert_null (missing);
  g_assert_false (ld_deadline_policy_is_setting_key ("petition.nothing"));
}

static void
test_state_and_text (void)
{
  static const struct
  {
    int              days_remaining;
    gboolean         complete;
    LdDeadlineState  state;
    const char      *text;
  } cases[] = {
    { -2, TRUE, LD_DEADLINE_STATE_OVERDUE, "Written notice: 2 days overdue" },
    { -1, TRUE, LD_DEADLINE_STATE_OVERDUE, "Written notice: 1 day overdue" },
    { 0, TRUE, LD_DEADLINE_STATE_DUE_TODAY, "Written notice: due today" },
    { 1, TRUE, LD_DEADLINE_STATE_DUE_SOON, "Written notice: 1 day left" },
    { 3, TRUE, LD_DEADLINE_STATE_DUE_SOON, "Written notice: 3 days left" },
    { 4, TRUE, LD_DEADLINE_STATE_LATER, "Written notice: 4 days left" },
    { 4, FALSE, LD_DEADLINE_STATE_LATER,
      "Written notice: 4 days left (no holiday data for this year)" },
  };

  for (unsigned i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LdDeadline deadline = { 0 };
      g_autofree char *text = NULL;

      deadline.kind = LD_TIME_LIMIT_NOTICE;
      deadline.days_remaining = cases[i].days_remaining;
      deadline.calendar_complete = cases[i].complete;
      g_assert_cmpint (ld_deadline_get_state (&deadline, 3), ==, cases[i].state);
      text = ld_deadline_describe (&deadline);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/petition-deadlines/time-limits", test_time_limits);
  g_test_add_func ("/core/petition-deadlines/not-started", test_not_started);
  g_test_add_func ("/core/petition-deadlines/running-now", test_running_now);
  g_test_add_func ("/core/petition-deadlines/due-on", test_due_on_follows_the_steps);
  g_test_add_func ("/core/petition-deadlines/local-policy", test_local_policy);
  g_test_add_func ("/core/petition-deadlines/empty-calendar", test_empty_calendar);
  g_test_add_func ("/core/petition-deadlines/state-and-text", test_state_and_text);
  g_test_add_func ("/core/petition-deadlines/policy-defaults", test_policy_defaults);
  g_test_add_func ("/core/petition-deadlines/policy-settings", test_policy_settings);

  return g_test_run ();
}

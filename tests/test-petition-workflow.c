/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <stdio.h>
#include <string.h>

#include "ld-citizen-id.h"
#include "ld-core-error.h"
#include "ld-petition-deadlines.h"
#include "ld-petition-workflow.h"
#include "ld-record-summary.h"

static void
parse_date (const char *iso,
            GDate      *out)
{
  unsigned y, m, d;

  g_assert_cmpint (sscanf (iso, "%u-%u-%u", &y, &m, &d), ==, 3);
  g_date_clear (out, 1);
  g_date_set_dmy (out, (GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

/* A step with every fact it may need; @n is the extension or hearing
 * days, and for register 1 = transferred here by another organ. */
static LdPetitionEvent *
make_event (LdPetitionStep  step,
            const char     *date,
            int             n)
{
  LdPetitionEvent *event;
  GDate day;

  parse_date (date, &day);
  event = ld_petition_event_new (step, &day, "王五");
  ld_petition_event_set_note (event, "理由");
  ld_petition_event_set_approver (event, "镇长");
  if (step == LD_PETITION_STEP_REGISTER && n == 1)
    ld_petition_event_set_unit (event, "县信访局");
  if (step == LD_PETITION_STEP_ASSIGN || step == LD_PETITION_STEP_DIVERT)
    ld_petition_event_set_unit (event, "镇自然资源所");
  event->assignment = LD_ASSIGNMENT_KIND_ASSIGN;
  event->route = LD_DIVERSION_ROUTE_LITIGATION;
  event->extension_days = step == LD_PETITION_STEP_EXTEND ? n : 0;
  event->hearing_days = step == LD_PETITION_STEP_HEARING ? n : 0;
  event->outcome = LD_REPLY_OUTCOME_EXPLAIN;
  event->result = LD_REVIEW_RESULT_UPHOLD;
  event->rating = LD_SATISFACTION_SATISFIED;
  return event;
}

typedef struct
{
  LdPetitionStep  step;
  const char     *date;
  int             n;
} Step;

#define END { LD_N_PETITION_STEPS, NULL, 0 }

static LdPetition *
run_steps (const Step       *steps,
           LdDeadlinePolicy *policy,
           LdCalendar       *calendar)
{
  LdPetition *petition = ld_petition_new ();

  for (const Step *s = steps; s->date != NULL; s++)
    {
      g_autoptr(LdPetitionEvent) event = make_event (s->step, s->date, s->n);
      g_autoptr(GError) error = NULL;

      ld_petition_workflow_apply (petition, event, policy, calendar, &error);
      g_assert_no_error (error);
    }
  return petition;
}

#define REG LD_PETITION_STEP_REGISTER
#define ACCEPT LD_PETITION_STEP_ACCEPT
#define NOT_ACCEPT LD_PETITION_STEP_NOT_ACCEPT
#define DIVERT LD_PETITION_STEP_DIVERT
#define OBJECT LD_PETITION_STEP_OBJECT
#define ASSIGN LD_PETITION_STEP_ASSIGN
#define INVESTIGATE LD_PETITION_STEP_INVESTIGATE
#define HEARING LD_PETITION_STEP_HEARING
#define MEDIATE LD_PETITION_STEP_MEDIATE
#define EXTEND LD_PETITION_STEP_EXTEND
#define REPLY LD_PETITION_STEP_REPLY
#define REQ_REVIEW LD_PETITION_STEP_REQUEST_REVIEW
#define REVIEW LD_PETITION_STEP_REVIEW_DECISION
#define REQ_REREVIEW LD_PETITION_STEP_REQUEST_REREVIEW
#define REREVIEW LD_PETITION_STEP_REREVIEW_DECISION
#define CLOSE LD_PETITION_STEP_CLOSE
#define RATE LD_PETITION_STEP_RATE
#define VISIT LD_PETITION_STEP_RETURN_VISIT

static void
test_whole_life (void)
{
  static const struct
  {
    LdPetitionStep    step;
    const char       *date;
    int               n;
    LdPetitionStatus  status;
  } script[] = {
    { REG, "2026-03-02", 0, LD_PETITION_STATUS_REGISTERED },
    { ACCEPT, "2026-03-05", 0, LD_PETITION_STATUS_ACCEPTED },
    { ASSIGN, "2026-03-06", 0, LD_PETITION_STATUS_ASSIGNED },
    { INVESTIGATE, "2026-03-10", 0, LD_PETITION_STATUS_HANDLING },
    { HEARING, "2026-03-20", 1, LD_PETITION_STATUS_HANDLING },
    { MEDIATE, "2026-03-25", 0, LD_PETITION_STATUS_HANDLING },
    { EXTEND, "2026-04-28", 30, LD_PETITION_STATUS_EXTENDED },
    { INVESTIGATE, "2026-05-08", 0, LD_PETITION_STATUS_EXTENDED },
    { REPLY, "2026-05-20", 0, LD_PETITION_STATUS_REPLIED },
    { RATE, "2026-05-21", 0, LD_PETITION_STATUS_REPLIED },
    { VISIT, "2026-05-25", 0, LD_PETITION_STATUS_REPLIED },
    { REQ_REVIEW, "2026-06-10", 0, LD_PETITION_STATUS_REVIEW_REQUESTED },
    { REVIEW, "2026-07-01", 0, LD_PETITION_STATUS_REVIEWED },
    { REQ_REREVIEW, "2026-07-15", 0, LD_PETITION_STATUS_REREVIEW_REQUESTED },
    { HEARING, "2026-07-20", 5, LD_PETITION_STATUS_REREVIEW_REQUESTED },
    { REREVIEW, "2026-08-10", 0, LD_PETITION_STATUS_REREVIEWED },
    { CLOSE, "2026-08-12", 0, LD_PETITION_STATUS_CLOSED },
    { VISIT, "2026-09-01", 0, LD_PETITION_STATUS_CLOSED },
  };
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autoptr(LdPetition) petition = ld_petition_new ();
  GPtrArray *events;

  for (unsigned i = 0; i < G_N_ELEMENTS (script); i++)
    {
      g_autoptr(LdPetitionEvent) event = make_event (script[i].step, script[i].date, script[i].n);
      g_autoptr(GError) error = NULL;

      g_test_message ("%s on %s", ld_petition_step_to_id (script[i].step), script[i].date);
      g_assert_true (ld_petition_workflow_apply (petition, event, policy, calendar, &error));
      g_assert_no_error (error);
      g_assert_cmpint (ld_petition_get_status (petition), ==, script[i].status);
      g_assert_cmpuint (ld_petition_get_events (petition)->len, ==, i + 1);
      if (script[i].step == EXTEND)
        g_assert_cmpstr (ld_petition_get_status_reason (petition), ==, "理由");
    }

  /* Registration set the date received; every step kept who and when. */
  {
    GDate received;

    parse_date ("2026-03-02", &received);
    g_assert_cmpint (g_date_compare (ld_petition_get_received_on (petition), &received), ==, 0);
  }
  events = ld_petition_get_events (petition);
  for (unsigned i = 0; i < events->len; i++)
    {
      const LdPetitionEvent *event = g_ptr_array_index (events, i);
      GDate date;

      parse_date (script[i].date, &date);
      g_assert_cmpint (event->step, ==, script[i].step);
      g_assert_cmpint (g_date_compare (&event->date, &date), ==, 0);
      g_assert_cmpstr (event->who, ==, "王五");
    }
  g_assert_null (ld_petition_get_due_on (petition));
  g_assert_cmpuint (ld_petition_count_events (petition, INVESTIGATE), ==, 2);
  g_assert_cmpint (ld_petition_find_last_event (petition, HEARING)->hearing_days, ==, 5);
}

static void
no_who (LdPetitionEvent *event)
{
  ld_petition_event_set_who (event, "  ");
}

static void
no_date (LdPetitionEvent *event)
{
  g_date_clear (&event->date, 1);
}

static void
no_note (LdPetitionEvent *event)
{
  ld_petition_event_set_note (event, "");
}

static void
no_approver (LdPetitionEvent *event)
{
  ld_petition_event_set_approver (event, "");
}

static void
no_route (LdPetitionEvent *event)
{
  event->route = LD_DIVERSION_ROUTE_NONE;
}

static void
no_unit (LdPetitionEvent *event)
{
  ld_petition_event_set_unit (event, "");
}

static void
no_outcome (LdPetitionEvent *event)
{
  event->outcome = LD_REPLY_OUTCOME_NONE;
}

static void
no_result (LdPetitionEvent *event)
{
  event->result = LD_REVIEW_RESULT_NONE;
}

static void
no_rating (LdPetitionEvent *event)
{
  event->rating = LD_SATISFACTION_NONE;
}

static void
served_before (LdPetitionEvent *event)
{
  parse_date ("2026-03-01", &event->served_on);
}

static void
negative_hearing (LdPetitionEvent *event)
{
  event->hearing_days = -1;
}

static void
test_refused (void)
{
  /* A history, one more step (with @tweak applied to its facts) and the
   * error expected; 0 means the step is allowed (the edge of a window). */
  static const struct
  {
    const char     *name;
    Step            history[8];
    LdPetitionStep  step;
    const char     *date;
    int             n;
    void          (*tweak) (LdPetitionEvent *event);
    int             code;
  } cases[] = {
    { "no date", { END }, REG, "2026-03-02", 0, no_date, LD_CORE_ERROR_MISSING },
    { "nobody", { END }, REG, "2026-03-02", 0, no_who, LD_CORE_ERROR_MISSING },
    { "accept before registering", { END }, ACCEPT, "2026-03-02", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "register twice", { { REG, "2026-03-02", 0 }, END }, REG, "2026-03-03", 0, NULL,
      LD_CORE_ERROR_TRANSITION },
    { "dated before the previous step", { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-05", 0 }, END },
      ASSIGN, "2026-03-04", 0, NULL, LD_CORE_ERROR_OUT_OF_RANGE },
    { "accept twice", { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-05", 0 }, END },
      ACCEPT, "2026-03-06", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "not accepted without a reason", { { REG, "2026-03-02", 0 }, END },
      NOT_ACCEPT, "2026-03-05", 0, no_note, LD_CORE_ERROR_MISSING },
    { "diverted without a route", { { REG, "2026-03-02", 0 }, END },
      DIVERT, "2026-03-05", 0, no_route, LD_CORE_ERROR_MISSING },
    { "diverted without a reason", { { REG, "2026-03-02", 0 }, END },
      DIVERT, "2026-03-05", 0, no_note, LD_CORE_ERROR_MISSING },
    { "objection to a direct petition", { { REG, "2026-03-02", 0 }, END },
      OBJECT, "2026-03-03", 0, NULL, LD_CORE_ERROR_TRANSITION },
    /* 5 working days from Mon 03-02 end on Mon 03-09. */
    { "objection on the last day", { { REG, "2026-03-02", 1 }, END },
      OBJECT, "2026-03-09", 0, NULL, 0 },
    { "objection too late", { { REG, "2026-03-02", 1 }, END },
      OBJECT, "2026-03-10", 0, NULL, LD_CORE_ERROR_OUT_OF_RANGE },
    { "objection without reasons", { { REG, "2026-03-02", 1 }, END },
      OBJECT, "2026-03-05", 0, no_note, LD_CORE_ERROR_MISSING },
    { "objection after acceptance", { { REG, "2026-03-02", 1 }, { ACCEPT, "2026-03-03", 0 }, END },
      OBJECT, "2026-03-05", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "assign before acceptance", { { REG, "2026-03-02", 0 }, END },
      ASSIGN, "2026-03-05", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "assign to nobody", { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END },
      ASSIGN, "2026-03-05", 0, no_unit, LD_CORE_ERROR_MISSING },
    { "reply before acceptance", { { REG, "2026-03-02", 0 }, END },
      REPLY, "2026-03-05", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "reply after non-acceptance", { { REG, "2026-03-02", 0 }, { NOT_ACCEPT, "2026-03-03", 0 }, END },
      REPLY, "2026-03-05", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "reply without an outcome", { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END },
      REPLY, "2026-03-05", 0, no_outcome, LD_CORE_ERROR_MISSING },
    { "reply served before it was issued", { { REG, "2026-02-27", 0 }, { ACCEPT, "2026-02-28", 0 }, END },
      REPLY, "2026-03-05", 0, served_before, LD_CORE_ERROR_OUT_OF_RANGE },
    { "second reply",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { REPLY, "2026-03-20", 0 }, END },
      REPLY, "2026-03-25", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "extension before acceptance", { { REG, "2026-03-02", 0 }, END },
      EXTEND, "2026-03-05", 30, NULL, LD_CORE_ERROR_TRANSITION },
    { "extension of 30 days", { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END },
      EXTEND, "2026-04-20", 30, NULL, 0 },
    { "extension of 31 days", { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END },
      EXTEND, "2026-04-20", 31, NULL, LD_CORE_ERROR_OUT_OF_RANGE },
    { "extension of no days", { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END },
      EXTEND, "2026-04-20", 0, NULL, LD_CORE_ERROR_MISSING },
    { "second extension",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { EXTEND, "2026-04-20", 10 }, END },
      EXTEND, "2026-04-25", 10, NULL, LD_CORE_ERROR_OUT_OF_RANGE },
    { "extension without approver", { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END },
      EXTEND, "2026-04-20", 30, no_approver, LD_CORE_ERROR_MISSING },
    { "extension without reason", { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END },
      EXTEND, "2026-04-20", 30, no_note, LD_CORE_ERROR_MISSING },
    /* Accepted 03-03: 60 日 end on 05-02, in 劳动节 → 05-06. */
    { "extension on the last day", { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END },
      EXTEND, "2026-05-06", 30, NULL, 0 },
    { "extension after the period ended", { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END },
      EXTEND, "2026-05-07", 30, NULL, LD_CORE_ERROR_OUT_OF_RANGE },
    { "close while handling", { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END },
      CLOSE, "2026-03-05", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "close after non-acceptance", { { REG, "2026-03-02", 0 }, { NOT_ACCEPT, "2026-03-03", 0 }, END },
      CLOSE, "2026-03-05", 0, NULL, 0 },
    { "rate before the reply", { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END },
      RATE, "2026-03-05", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "rate without a rating",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { REPLY, "2026-03-20", 0 }, END },
      RATE, "2026-03-25", 0, no_rating, LD_CORE_ERROR_MISSING },
    { "rate twice",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { REPLY, "2026-03-20", 0 },
        { RATE, "2026-03-21", 0 }, END },
      RATE, "2026-03-25", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "return visit before the reply", { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END },
      VISIT, "2026-03-05", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "review before the reply", { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END },
      REQ_REVIEW, "2026-03-05", 0, NULL, LD_CORE_ERROR_TRANSITION },
    /* Reply 04-01: 30 日 end on 05-01, in 劳动节 → 05-06. */
    { "review requested on the last day",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { REPLY, "2026-04-01", 0 }, END },
      REQ_REVIEW, "2026-05-06", 0, NULL, 0 },
    { "review requested too late",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { REPLY, "2026-04-01", 0 }, END },
      REQ_REVIEW, "2026-05-07", 0, NULL, LD_CORE_ERROR_OUT_OF_RANGE },
    { "review requested after closing, in time",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { REPLY, "2026-04-01", 0 },
        { CLOSE, "2026-04-02", 0 }, END },
      REQ_REVIEW, "2026-04-20", 0, NULL, 0 },
    { "review decision without a request",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { REPLY, "2026-04-01", 0 }, END },
      REVIEW, "2026-04-20", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "review decision without a result",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { REPLY, "2026-04-01", 0 },
        { REQ_REVIEW, "2026-04-10", 0 }, END },
      REVIEW, "2026-04-20", 0, no_result, LD_CORE_ERROR_MISSING },
    { "close while a review is pending",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { REPLY, "2026-04-01", 0 },
        { REQ_REVIEW, "2026-04-10", 0 }, END },
      CLOSE, "2026-04-20", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "re-review before the review",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { REPLY, "2026-04-01", 0 }, END },
      REQ_REREVIEW, "2026-04-20", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "second review request",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { REPLY, "2026-04-01", 0 },
        { REQ_REVIEW, "2026-04-10", 0 }, { REVIEW, "2026-04-20", 0 }, END },
      REQ_REVIEW, "2026-04-21", 0, NULL, LD_CORE_ERROR_TRANSITION },
    /* Review decision 04-20: 30 日 end on 05-20. */
    { "re-review requested too late",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { REPLY, "2026-04-01", 0 },
        { REQ_REVIEW, "2026-04-10", 0 }, { REVIEW, "2026-04-20", 0 }, END },
      REQ_REREVIEW, "2026-05-21", 0, NULL, LD_CORE_ERROR_OUT_OF_RANGE },
    { "hearing with negative days",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END },
      HEARING, "2026-03-20", 0, negative_hearing, LD_CORE_ERROR_OUT_OF_RANGE },
    { "hearing after the reply",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { REPLY, "2026-04-01", 0 }, END },
      HEARING, "2026-04-20", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "re-review decision without a request",
      { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { REPLY, "2026-04-01", 0 },
        { REQ_REVIEW, "2026-04-10", 0 }, { REVIEW, "2026-04-20", 0 }, END },
      REREVIEW, "2026-04-21", 0, NULL, LD_CORE_ERROR_TRANSITION },
    { "close twice",
      { { REG, "2026-03-02", 0 }, { NOT_ACCEPT, "2026-03-03", 0 }, { CLOSE, "2026-03-04", 0 }, END },
      CLOSE, "2026-03-05", 0, NULL, LD_CORE_ERROR_TRANSITION },
  };
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();

  for (unsigned i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LdPetition) petition = run_steps (cases[i].history, policy, calendar);
      g_autoptr(LdPetitionEvent) event = make_event (cases[i].step, cases[i].date, cases[i].n);
      g_autoptr(GError) error = NULL;
      LdPetitionStatus status = ld_petition_get_status (petition);
      unsigned n_events = ld_petition_get_events (petition)->len;
      g_autofree char *reason = g_strdup (ld_petition_get_status_reason (petition));
      gboolean ok;

      g_test_message ("%s", cases[i].name);
      if (cases[i].tweak != NULL)
        cases[i].tweak (event);
      g_assert_cmpint (ld_petition_workflow_check (petition, event, policy, calendar, NULL), ==,
                       cases[i].code == 0);
      ok = ld_petition_workflow_apply (petition, event, policy, calendar, &error);
      if (cases[i].code == 0)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
          g_assert_cmpuint (ld_petition_get_events (petition)->len, ==, n_events + 1);
          continue;
        }
      g_assert_false (ok);
      g_assert_error (error, LD_CORE_ERROR, cases[i].code);
      g_test_message ("  → %s", error->message);
      /* The reason is a sentence for the user. */
      g_assert_cmpuint (strlen (error->message), >, 10);
      /* Nothing changed. */
      g_assert_cmpint (ld_petition_get_status (petition), ==, status);
      g_assert_cmpuint (ld_petition_get_events (petition)->len, ==, n_events);
      g_assert_cmpstr (ld_petition_get_status_reason (petition), ==, reason);
    }
}

static void
test_extensions_policy (void)
{
  static const Step history[] = {
    { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END
  };
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autoptr(LdPetition) petition = NULL;
  g_autoptr(LdPetitionEvent) first = make_event (EXTEND, "2026-04-20", 20);
  g_autoptr(LdPetitionEvent) second = make_event (EXTEND, "2026-05-20", 15);
  g_autoptr(LdPetitionEvent) third = make_event (EXTEND, "2026-05-25", 5);
  g_autoptr(LdPetitionEvent) none = make_event (EXTEND, "2026-04-20", 5);
  g_autoptr(GError) error = NULL;

  /* A locality allowing two extensions of up to 15 days each. */
  ld_deadline_policy_set_max_extensions (policy, 2);
  ld_deadline_policy_set_days (policy, LD_TIME_LIMIT_EXTENSION, 15);
  petition = run_steps (history, policy, calendar);

  g_assert_false (ld_petition_workflow_apply (petition, first, policy, calendar, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  first->extension_days = 15;
  g_assert_true (ld_petition_workflow_apply (petition, first, policy, calendar, &error));
  g_assert_no_error (error);
  /* 03-03 + 60 + 15 = 05-17 (Sun) → 05-18; the second extension on 05-20
   * would come after it. */
  {
    g_autoptr(LdDeadline) handling =
      ld_petition_deadlines_compute_one (petition, policy, calendar, LD_TIME_LIMIT_HANDLING, NULL);
    GDate expected;

    parse_date ("2026-05-18", &expected);
    g_assert_cmpint (g_date_compare (&handling->due, &expected), ==, 0);
  }
  g_assert_false (ld_petition_workflow_apply (petition, second, policy, calendar, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  parse_date ("2026-05-15", &second->date);
  g_assert_true (ld_petition_workflow_apply (petition, second, policy, calendar, &error));
  g_assert_no_error (error);
  /* 03-03 + 60 + 30 = 06-01 (Mon). */
  {
    GDate expected;

    parse_date ("2026-06-01", &expected);
    g_assert_cmpint (g_date_compare (ld_petition_get_due_on (petition), &expected), ==, 0);
  }
  g_assert_false (ld_petition_workflow_apply (petition, third, policy, calendar, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  /* No extension at all. */
  {
    g_autoptr(LdPetition) other = NULL;

    ld_deadline_policy_set_max_extensions (policy, 0);
    other = run_steps (history, policy, calendar);
    g_assert_false (ld_petition_workflow_apply (other, none, policy, calendar, &error));
    g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE);
  }
}

static void
test_status_reason (void)
{
  static const Step diverted[] = { { REG, "2026-03-02", 0 }, { DIVERT, "2026-03-03", 0 }, END };
  static const Step objected[] = { { REG, "2026-03-02", 1 }, { OBJECT, "2026-03-03", 0 }, END };
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autoptr(LdPetition) a = run_steps (diverted, policy, calendar);
  g_autoptr(LdPetition) b = run_steps (objected, policy, calendar);
  g_autoptr(LdPetitionEvent) close = make_event (CLOSE, "2026-03-10", 0);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ld_petition_get_status (a), ==, LD_PETITION_STATUS_DIVERTED);
  g_assert_cmpstr (ld_petition_get_status_reason (a), ==, "理由");
  g_assert_cmpint (ld_petition_find_last_event (a, DIVERT)->route, ==, LD_DIVERSION_ROUTE_LITIGATION);
  g_assert_null (ld_petition_get_due_on (a));
  g_assert_cmpint (ld_petition_get_status (b), ==, LD_PETITION_STATUS_NOT_ACCEPTED);
  g_assert_cmpstr (ld_petition_get_status_reason (b), ==, "理由");

  /* Closing keeps the reason. */
  g_assert_true (ld_petition_workflow_apply (a, close, policy, calendar, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ld_petition_get_status (a), ==, LD_PETITION_STATUS_CLOSED);
  g_assert_cmpstr (ld_petition_get_status_reason (a), ==, "理由");
}

static gboolean
has_step (GArray         *steps,
          LdPetitionStep  step)
{
  for (unsigned i = 0; i < steps->len; i++)
    if (g_array_index (steps, LdPetitionStep, i) == step)
      return TRUE;
  return FALSE;
}

static void
test_possible_steps (void)
{
  static const Step registered[] = { { REG, "2026-03-02", 0 }, END };
  static const Step handling[] = {
    { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { EXTEND, "2026-04-01", 10 }, END
  };
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autoptr(LdPetition) fresh = ld_petition_new ();
  g_autoptr(LdPetition) a = run_steps (registered, policy, calendar);
  g_autoptr(LdPetition) b = run_steps (handling, policy, calendar);
  g_autoptr(GArray) none = ld_petition_workflow_get_possible_steps (fresh, policy);
  g_autoptr(GArray) first = ld_petition_workflow_get_possible_steps (a, policy);
  g_autoptr(GArray) later = ld_petition_workflow_get_possible_steps (b, policy);

  g_assert_cmpuint (none->len, ==, 1);
  g_assert_true (has_step (none, REG));

  /* Registered directly: notice steps, but no objection and no reply. */
  g_assert_cmpuint (first->len, ==, 3);
  g_assert_true (has_step (first, ACCEPT));
  g_assert_true (has_step (first, NOT_ACCEPT));
  g_assert_true (has_step (first, DIVERT));

  /* Extended once already: no second extension. */
  g_assert_true (has_step (later, REPLY));
  g_assert_true (has_step (later, ASSIGN));
  g_assert_true (has_step (later, HEARING));
  g_assert_false (has_step (later, EXTEND));
  g_assert_false (has_step (later, CLOSE));
  g_assert_false (has_step (later, RATE));

  g_assert_cmpint (ld_petition_workflow_status_after (LD_PETITION_STATUS_HANDLING, ASSIGN), ==,
                   LD_PETITION_STATUS_HANDLING);
  g_assert_cmpint (ld_petition_workflow_status_after (LD_PETITION_STATUS_ACCEPTED, ASSIGN), ==,
                   LD_PETITION_STATUS_ASSIGNED);
  g_assert_cmpint (ld_petition_workflow_status_after (LD_PETITION_STATUS_REREVIEW_REQUESTED, HEARING),
                   ==, LD_PETITION_STATUS_REREVIEW_REQUESTED);
}

static void
test_event_extras (void)
{
  g_autoptr(LdPetitionEvent) event = make_event (REPLY, "2026-04-01", 0);
  g_autoptr(LdPetitionEvent) back = ld_petition_event_new (REPLY, NULL, NULL);
  g_autoptr(LdPetitionEvent) empty = ld_petition_event_new (ACCEPT, NULL, NULL);
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  g_autofree char *nothing = NULL;
  static const char * const bad[] = {
    "not a variant",
    "{'route': <'sea'>}",
    "{'extension-days': <'ten'>}",
    "{'extension-days': <-3>}",
    "{'served-on': <'2026-02-30'>}",
    "[1, 2]",
  };

  parse_date ("2026-04-03", &event->served_on);
  event->hearing_days = 4;
  event->extension_days = 30;
  text = ld_petition_event_extras_to_string (event);
  g_assert_true (ld_petition_event_extras_from_string (back, text, NULL));
  again = ld_petition_event_extras_to_string (back);
  g_assert_cmpstr (text, ==, again);
  g_assert_cmpint (back->outcome, ==, LD_REPLY_OUTCOME_EXPLAIN);
  g_assert_cmpint (back->route, ==, LD_DIVERSION_ROUTE_LITIGATION);
  g_assert_cmpint (back->extension_days, ==, 30);
  g_assert_cmpint (back->hearing_days, ==, 4);
  g_assert_cmpstr (back->approver, ==, "镇长");
  g_assert_cmpint (g_date_compare (&back->served_on, &event->served_on), ==, 0);

  /* Nothing set: the empty string, which reads back as nothing set. */
  nothing = ld_petition_event_extras_to_string (empty);
  g_assert_cmpstr (nothing, ==, "");
  g_assert_true (ld_petition_event_extras_from_string (back, "", NULL));
  g_assert_cmpint (back->outcome, ==, LD_REPLY_OUTCOME_NONE);
  g_assert_false (g_date_valid (&back->served_on));
  /* Keys from a newer version are ignored. */
  g_assert_true (ld_petition_event_extras_from_string (back, "{'colour': <'red'>, 'rating': <'satisfied'>}", NULL));
  g_assert_cmpint (back->rating, ==, LD_SATISFACTION_SATISFIED);

  for (unsigned i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", bad[i]);
      g_assert_false (ld_petition_event_extras_from_string (back, bad[i], &error));
      g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
      /* Unchanged by the failure. */
      g_assert_cmpint (back->rating, ==, LD_SATISFACTION_SATISFIED);
    }
}

static char *
valid_id (const char *first17)
{
  char number[19];

  g_assert_cmpuint (strlen (first17), ==, 17);
  memcpy (number, first17, 17);
  number[17] = ld_citizen_id_compute_check (first17);
  number[18] = '\0';
  return g_strdup (number);
}

static void
test_validate (void)
{
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdPetition) petition = ld_petition_new ();
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  g_autofree char *id = valid_id ("11010519491231002");
  LdFieldIssue *issue;
  GDate received;

  /* Empty: the required fields are errors, the name a warning. */
  g_assert_false (ld_petition_validate (petition, policy, issues));
  g_assert_nonnull (ld_field_issues_find (issues, "received-on"));
  g_assert_nonnull (ld_field_issues_find (issues, "title"));
  g_assert_nonnull (ld_field_issues_find (issues, "content"));
  issue = ld_field_issues_find (issues, "petitioner-name");
  g_assert_nonnull (issue);
  g_assert_cmpint (issue->severity, ==, LD_ISSUE_WARNING);

  parse_date ("2026-03-02", &received);
  ld_petition_set_received_on (petition, &received);
  ld_petition_set_title (petition, "征地补偿");
  ld_petition_set_content (petition, "反映征地补偿款未足额发放");
  ld_petition_set_petitioner_name (petition, "李四");
  ld_petition_set_petitioner_id_number (petition, id);
  ld_petition_set_petitioner_phone (petition, "138 1234 5678");
  g_ptr_array_set_size (issues, 0);
  g_assert_true (ld_petition_validate (petition, policy, issues));
  g_assert_cmpuint (issues->len, ==, 0);

  /* Bad ID number (wrong check digit) and phone. */
  {
    g_autofree char *bad = g_strdup (id);

    bad[17] = bad[17] == '0' ? '1' : '0';
    ld_petition_set_petitioner_id_number (petition, bad);
  }
  ld_petition_set_petitioner_phone (petition, "12345");
  g_ptr_array_set_size (issues, 0);
  g_assert_false (ld_petition_validate (petition, policy, issues));
  g_assert_cmpint (ld_field_issues_find (issues, "petitioner-id-number")->severity, ==, LD_ISSUE_ERROR);
  g_assert_cmpint (ld_field_issues_find (issues, "petitioner-phone")->severity, ==, LD_ISSUE_ERROR);
  ld_petition_set_petitioner_id_number (petition, id);
  ld_petition_set_petitioner_phone (petition, "");

  /* A group of 8: the flag follows the threshold (5, then 10). */
  ld_petition_set_people_count (petition, 8);
  g_ptr_array_set_size (issues, 0);
  g_assert_true (ld_petition_validate (petition, policy, issues));
  g_assert_cmpint (ld_field_issues_find (issues, "is-group")->severity, ==, LD_ISSUE_WARNING);
  ld_petition_update_group_flag (petition, ld_deadline_policy_get_group_threshold (policy));
  g_assert_true (ld_petition_get_is_group (petition));
  ld_deadline_policy_set_group_threshold (policy, 10);
  ld_petition_update_group_flag (petition, ld_deadline_policy_get_group_threshold (policy));
  g_assert_false (ld_petition_get_is_group (petition));
  ld_petition_set_people_count (petition, 10);
  ld_petition_update_group_flag (petition, 10);
  g_assert_true (ld_petition_get_is_group (petition));

  /* Five representatives are allowed, a sixth is not. */
  for (int i = 0; i < 5; i++)
    {
      g_autofree char *name = g_strdup_printf ("代表%d", i + 1);
      g_autoptr(LdPetitionPerson) rep = ld_petition_person_new (name, id, "13812345678", "");

      ld_petition_add_representative (petition, rep);
    }
  g_ptr_array_set_size (issues, 0);
  g_assert_true (ld_petition_validate (petition, policy, issues));
  g_assert_null (ld_field_issues_find (issues, "representatives"));
  {
    g_autoptr(LdPetitionPerson) rep = ld_petition_person_new ("代表6", "", "", "");

    ld_petition_add_representative (petition, rep);
  }
  g_ptr_array_set_size (issues, 0);
  g_assert_false (ld_petition_validate (petition, policy, issues));
  g_assert_nonnull (ld_field_issues_find (issues, "representatives"));
  ld_petition_remove_representative (petition, 5);

  /* A representative with a bad ID number or without a name. */
  {
    g_autoptr(LdPetitionPerson) rep = ld_petition_person_new ("", "123", "", "");

    ld_petition_remove_representative (petition, 4);
    ld_petition_add_representative (petition, rep);
  }
  g_ptr_array_set_size (issues, 0);
  g_assert_false (ld_petition_validate (petition, policy, issues));
  g_assert_cmpuint (issues->len, ==, 2);
  ld_petition_clear_representatives (petition);

  /* More representatives than people. */
  ld_petition_set_people_count (petition, 1);
  ld_petition_update_group_flag (petition, 10);
  {
    g_autoptr(LdPetitionPerson) rep1 = ld_petition_person_new ("甲", "", "", "");
    g_autoptr(LdPetitionPerson) rep2 = ld_petition_person_new ("乙", "", "", "");

    ld_petition_add_representative (petition, rep1);
    ld_petition_add_representative (petition, rep2);
  }
  g_ptr_array_set_size (issues, 0);
  g_assert_false (ld_petition_validate (petition, policy, issues));
  g_assert_nonnull (ld_field_issues_find (issues, "people-count"));
}

static void
test_copy_and_enums (void)
{
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  static const Step steps[] = { { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, END };
  g_autoptr(LdPetition) petition = run_steps (steps, policy, calendar);
  g_autoptr(LdPetition) copy = NULL;
  g_autoptr(LdPetitionPerson) rep = ld_petition_person_new ("甲", "", "", "");
  const char * const *ids = ld_record_area_get_statuses (LD_RECORD_AREA_PETITION);
  unsigned n = 0;

  ld_petition_add_representative (petition, rep);
  ld_petition_set_title (petition, "标题");
  copy = ld_petition_copy (petition);
  g_assert_cmpstr (ld_petition_get_title (copy), ==, "标题");
  g_assert_cmpint (ld_petition_get_status (copy), ==, LD_PETITION_STATUS_ACCEPTED);
  g_assert_cmpuint (ld_petition_get_events (copy)->len, ==, 2);
  g_assert_cmpuint (ld_petition_get_representatives (copy)->len, ==, 1);
  g_assert_true (ld_petition_get_events (copy)->pdata[0] != ld_petition_get_events (petition)->pdata[0]);
  g_assert_cmpint (g_date_compare (ld_petition_get_due_on (copy), ld_petition_get_due_on (petition)), ==, 0);

  /* The status ids are those of the table and the register lists. */
  for (; ids[n] != NULL; n++)
    {
      LdPetitionStatus status;

      g_assert_true (ld_petition_status_from_id (ids[n], &status));
      g_assert_cmpint (status, ==, n);
      g_assert_cmpstr (ld_petition_status_to_id (status), ==, ids[n]);
      g_assert_cmpint (ld_petition_status_is_open (status), ==,
                       ld_record_status_is_open (LD_RECORD_AREA_PETITION, ids[n]));
    }
  g_assert_cmpuint (n, ==, LD_N_PETITION_STATUSES);
  g_assert_false (ld_petition_status_from_id ("lost", NULL));
  g_assert_cmpstr (ld_reply_outcome_get_letter_text (LD_REPLY_OUTCOME_SUPPORT), ==, "予以支持");
  g_assert_cmpstr (ld_reply_outcome_get_letter_text (LD_REPLY_OUTCOME_EXPLAIN), ==, "解释说明");
  g_assert_cmpstr (ld_reply_outcome_get_letter_text (LD_REPLY_OUTCOME_REJECT), ==, "不予支持");
  g_assert_cmpstr (ld_diversion_route_get_letter_text (LD_DIVERSION_ROUTE_DISCIPLINE_INSPECTION), ==, "纪检监察");
  g_assert_cmpstr (ld_petition_type_to_id (LD_PETITION_TYPE_SUGGESTION), ==, "suggestion");
  g_assert_cmpstr (ld_petition_channel_to_id (LD_PETITION_CHANNEL_ONLINE), ==, "online");
  g_assert_cmpstr (ld_petition_urgency_to_id (LD_PETITION_URGENCY_VERY_URGENT), ==, "very_urgent");
  g_assert_cmpstr (ld_diversion_route_to_id (LD_DIVERSION_ROUTE_NONE), ==, "");
}

static void
test_record_service (void)
{
  static const Step history[] = {
    { REG, "2026-03-02", 0 }, { ACCEPT, "2026-03-03", 0 }, { REPLY, "2026-04-01", 0 }, END
  };
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autoptr(LdPetition) petition = run_steps (history, policy, calendar);
  g_autoptr(LdPetitionEvent) request = make_event (REQ_REVIEW, "2026-05-08", 0);
  g_autoptr(GError) error = NULL;
  GDate served;

  /* From the reply date the window ends on 05-06 (05-01 rolled past 劳动节). */
  g_assert_false (ld_petition_workflow_check (petition, request, policy, calendar, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);

  /* Served before it was issued; a step that has not happened. */
  parse_date ("2026-03-31", &served);
  g_assert_false (ld_petition_workflow_record_service (petition, REPLY, &served, policy, calendar, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_OUT_OF_RANGE);
  g_clear_error (&error);
  g_assert_false (ld_petition_workflow_record_service (petition, REVIEW, &served, policy, calendar, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
  g_clear_error (&error);

  /* Served 04-10: 04-10 + 30 = 05-10 (Sun) → 05-11, so 05-08 is in time. */
  parse_date ("2026-04-10", &served);
  g_assert_true (ld_petition_workflow_record_service (petition, REPLY, &served, policy, calendar, &error));
  g_assert_no_error (error);
  {
    g_autoptr(LdDeadline) window =
      ld_petition_deadlines_compute_one (petition, policy, calendar, LD_TIME_LIMIT_REVIEW_REQUEST, NULL);
    GDate expected;

    parse_date ("2026-05-11", &expected);
    g_assert_cmpint (g_date_compare (&window->due, &expected), ==, 0);
  }
  g_assert_true (ld_petition_workflow_apply (petition, request, policy, calendar, &error));
  g_assert_no_error (error);

  /* Once the review is requested, the day served is history. */
  parse_date ("2026-04-12", &served);
  g_assert_false (ld_petition_workflow_record_service (petition, REPLY, &served, policy, calendar, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_TRANSITION);
}

static void
test_summary (void)
{
  static const Step history[] = { { REG, "2026-03-02", 0 }, END };
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autoptr(LdPetition) petition = run_steps (history, policy, calendar);
  g_autoptr(LdRecordSummary) summary = NULL;

  ld_petition_set_id (petition, 7);
  ld_petition_set_number (petition, "信2026-7");
  ld_petition_set_title (petition, "道路维修");
  ld_petition_set_petitioner_name (petition, "李四");
  ld_petition_set_handler (petition, "王五");
  summary = ld_petition_make_summary (petition);
  g_assert_cmpint (ld_record_summary_get_area (summary), ==, LD_RECORD_AREA_PETITION);
  g_assert_cmpint (ld_record_summary_get_id (summary), ==, 7);
  g_assert_cmpstr (ld_record_summary_get_number (summary), ==, "信2026-7");
  g_assert_cmpstr (ld_record_summary_get_title (summary), ==, "道路维修");
  g_assert_cmpstr (ld_record_summary_get_party (summary), ==, "李四");
  g_assert_cmpstr (ld_record_summary_get_person (summary), ==, "王五");
  g_assert_cmpstr (ld_record_summary_get_status (summary), ==, "registered");
  g_assert_cmpstr (ld_record_summary_get_received (summary), ==, "2026-03-02");
  g_assert_cmpstr (ld_record_summary_get_due (summary), ==, "2026-03-17");
}

static void
test_serialize (void)
{
  static const Step history[] = {
    { REG, "2026-03-02", 1 }, { ACCEPT, "2026-03-03", 0 }, { EXTEND, "2026-04-20", 30 },
    { REPLY, "2026-05-20", 0 }, END
  };
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autoptr(LdPetition) petition = run_steps (history, policy, calendar);
  g_autoptr(LdPetition) back = NULL;
  g_autoptr(LdPetitionPerson) rep = ld_petition_person_new ("张三", "", "13812345678", "一组");
  g_autoptr(GVariant) draft = NULL;
  g_autoptr(GVariant) again = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const bad[] = {
    "{'status': <'lost'>}",
    "{'people-count': <0>}",
    "{'is-group': <'yes'>}",
    "{'received-on': <'2026-02-30'>}",
    "{'representatives': <[('a', 'b')]>}",
    "{'events': <[('fly', '2026-03-02', 'x', '', '')]>}",
    "{'events': <[('accept', 'March', 'x', '', '')]>}",
    "{'events': <[('accept', '2026-03-02', 'x', '', 'junk')]>}",
  };

  ld_petition_set_number (petition, "信2026-3");
  ld_petition_set_people_count (petition, 6);
  ld_petition_update_group_flag (petition, 5);
  ld_petition_set_channel (petition, LD_PETITION_CHANNEL_VISIT);
  ld_petition_set_urgency (petition, LD_PETITION_URGENCY_URGENT);
  ld_petition_add_representative (petition, rep);

  draft = ld_petition_serialize (petition);
  back = ld_petition_deserialize (draft, &error);
  g_assert_no_error (error);
  again = ld_petition_serialize (back);
  g_assert_true (g_variant_equal (draft, again));

  g_assert_cmpstr (ld_petition_get_number (back), ==, "信2026-3");
  g_assert_cmpint (ld_petition_get_people_count (back), ==, 6);
  g_assert_true (ld_petition_get_is_group (back));
  g_assert_cmpint (ld_petition_get_channel (back), ==, LD_PETITION_CHANNEL_VISIT);
  g_assert_cmpint (ld_petition_get_urgency (back), ==, LD_PETITION_URGENCY_URGENT);
  g_assert_cmpint (ld_petition_get_status (back), ==, LD_PETITION_STATUS_REPLIED);
  g_assert_cmpuint (ld_petition_get_events (back)->len, ==, 4);
  g_assert_cmpstr (ld_petition_find_last_event (back, REG)->unit, ==, "县信访局");
  g_assert_cmpint (ld_petition_find_last_event (back, EXTEND)->extension_days, ==, 30);
  g_assert_cmpstr (((LdPetitionPerson *) ld_petition_get_representatives (back)->pdata[0])->address, ==, "一组");
  g_assert_null (ld_petition_get_due_on (back));
  g_assert_cmpint (g_date_get_day (ld_petition_get_received_on (back)), ==, 2);

  /* A newer draft's keys are ignored. */
  {
    g_autoptr(GVariant) newer = g_variant_ref_sink (g_variant_new_parsed ("{'mood': <'calm'>, 'title': <'标题'>}"));
    g_autoptr(LdPetition) p = ld_petition_deserialize (newer, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (ld_petition_get_title (p), ==, "标题");
  }

  for (unsigned i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GVariant) v = g_variant_ref_sink (g_variant_new_parsed (bad[i]));
      g_autoptr(LdPetition) p = NULL;
      g_autoptr(GError) local = NULL;

      g_test_message ("%s", bad[i]);
      p = ld_petition_deserialize (v, &local);
      g_assert_null (p);
      g_assert_error (local, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
    }
  {
    g_autoptr(GVariant) v = g_variant_ref_sink (g_variant_new_string ("x"));
    g_autoptr(GError) local = NULL;

    g_assert_null (ld_petition_deserialize (v, &local));
    g_assert_error (local, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  }
}

/* The petitions table as the store creates it: the CREATE TABLE text. */
static char *
read_petitions_table (void)
{
  const char *root = g_getenv ("LD_SOURCE_ROOT");
  g_autofree char *path = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GError) error = NULL;
  const char *start, *end;

  g_assert_nonnull (root);
  path = g_build_filename (root, "data", "sql", "0002-registers.sql", NULL);
  g_file_get_contents (path, &sql, NULL, &error);
  g_assert_no_error (error);
  start = strstr (sql, "CREATE TABLE petitions (");
  g_assert_nonnull (start);
  end = strstr (start, "\n);");
  g_assert_nonnull (end);
  return g_strndup (start, end - start);
}

/* The quoted values of "CHECK (@column IN (...))" in @table. */
static GStrv
check_values (const char *table,
              const char *column)
{
  g_autofree char *needle = g_strdup_printf ("CHECK (%s IN (", column);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  const char *p = strstr (table, needle);
  const char *end;

  g_assert_nonnull (p);
  p += strlen (needle);
  end = strstr (p, "))");
  g_assert_nonnull (end);
  while ((p = strchr (p, '\'')) != NULL && p < end)
    {
      const char *close = strchr (p + 1, '\'');
      g_autofree char *value = g_strndup (p + 1, close - p - 1);

      g_strv_builder_add (builder, value);
      p = close + 1;
    }
  return g_strv_builder_end (builder);
}

static void
test_matches_table (void)
{
  g_autofree char *table = read_petitions_table ();
  g_auto(GStrv) lines = g_strsplit (table, "\n", -1);
  g_autoptr(GTypeClass) klass = g_type_class_ref (LD_TYPE_PETITION);
  static const struct { const char *column; GType (*get_type) (void); unsigned n; } enums[] = {
    { "channel", ld_petition_channel_get_type, LD_N_PETITION_CHANNELS },
    { "type", ld_petition_type_get_type, LD_N_PETITION_TYPES },
    { "urgency", ld_petition_urgency_get_type, LD_N_PETITION_URGENCIES },
    { "status", ld_petition_status_get_type, LD_N_PETITION_STATUSES },
  };
  unsigned n_columns = 0;

  /* Every column is a property of the same name ('-' for '_'), except
   * the bookkeeping the store keeps itself. */
  for (unsigned i = 1; lines[i] != NULL; i++)
    {
      g_autofree char *name = NULL;
      const char *p = lines[i];
      const char *q;

      if (!g_str_has_prefix (p, "  ") || !g_ascii_islower (p[2]))
        continue;
      p += 2;
      for (q = p; g_ascii_islower (*q) || *q == '_'; q++)
        ;
      name = g_strndup (p, q - p);
      if (g_str_equal (name, "created_at") || g_str_equal (name, "updated_at")
          || g_str_equal (name, "status_rank"))
        continue;
      g_strdelimit (name, "_", '-');
      g_test_message ("column %s", name);
      g_assert_nonnull (g_object_class_find_property (G_OBJECT_CLASS (klass), name));
      n_columns++;
    }
  g_assert_cmpuint (n_columns, ==, 23);

  /* The enumerations hold exactly the values the table allows. */
  for (unsigned i = 0; i < G_N_ELEMENTS (enums); i++)
    {
      g_auto(GStrv) values = check_values (table, enums[i].column);
      g_autoptr(GTypeClass) enum_class = g_type_class_ref (enums[i].get_type ());

      g_assert_cmpuint (g_strv_length (values), ==, enums[i].n);
      for (unsigned j = 0; values[j] != NULL; j++)
        {
          GEnumValue *value = g_enum_get_value_by_nick (G_ENUM_CLASS (enum_class), values[j]);

          g_assert_nonnull (value);
          g_assert_cmpint (value->value, ==, j);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/petition-workflow/whole-life", test_whole_life);
  g_test_add_func ("/core/petition-workflow/refused", test_refused);
  g_test_add_func ("/core/petition-workflow/extensions-policy", test_extensions_policy);
  g_test_add_func ("/core/petition-workflow/status-reason", test_status_reason);
  g_test_add_func ("/core/petition-workflow/possible-steps", test_possible_steps);
  g_test_add_func ("/core/petition-workflow/record-service", test_record_service);
  g_test_add_func ("/core/petition-workflow/summary", test_summary);
  g_test_add_func ("/core/petition-workflow/event-extras", test_event_extras);
  g_test_add_func ("/core/petition-workflow/validate", test_validate);
  g_test_add_func ("/core/petition-workflow/copy-and-enums", test_copy_and_enums);
  g_test_add_func ("/core/petition-workflow/matches-table", test_matches_table);
  g_test_add_func ("/core/petition-workflow/serialize", test_serialize);

  return g_test_run ();
}

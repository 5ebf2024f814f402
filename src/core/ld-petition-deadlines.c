/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-petition-deadlines"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-petition-deadlines.h"

G_DEFINE_BOXED_TYPE (LdDeadline, ld_deadline, ld_deadline_copy, ld_deadline_free)

LdDeadline *
ld_deadline_copy (const LdDeadline *deadline)
{
  g_return_val_if_fail (deadline != NULL, NULL);
  return g_memdup2 (deadline, sizeof *deadline);
}

void
ld_deadline_free (LdDeadline *deadline)
{
  g_free (deadline);
}

LdDeadlineState
ld_deadline_get_state (const LdDeadline *deadline,
                       int               soon_days)
{
  g_return_val_if_fail (deadline != NULL, LD_DEADLINE_STATE_LATER);

  if (deadline->days_remaining < 0)
    return LD_DEADLINE_STATE_OVERDUE;
  if (deadline->days_remaining == 0)
    return LD_DEADLINE_STATE_DUE_TODAY;
  if (deadline->days_remaining <= soon_days)
    return LD_DEADLINE_STATE_DUE_SOON;
  return LD_DEADLINE_STATE_LATER;
}

char *
ld_deadline_describe (const LdDeadline *deadline)
{
  g_autofree char *when = NULL;
  int days;

  g_return_val_if_fail (deadline != NULL, NULL);

  days = deadline->days_remaining;
  if (days == 0)
    when = g_strdup (_("due today"));
  else if (days > 0)
    when = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left", "%d days left", days),
                            days);
  else
    when = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day overdue", "%d days overdue",
                                         -days), -days);

  if (!deadline->calendar_complete)
    /* TRANSLATORS: "<time limit>: <3 days left> (no holiday data …)". */
    return g_strdup_printf (_("%s: %s (no holiday data for this year)"),
                            ld_time_limit_get_label (deadline->kind), when);
  /* TRANSLATORS: "<time limit>: <3 days left>". */
  return g_strdup_printf (_("%s: %s"), ld_time_limit_get_label (deadline->kind), when);
}

/* The index of the latest event of @step, or -1. */
static int
find_last (GPtrArray      *events,
           LdPetitionStep  step)
{
  for (unsigned i = events->len; i > 0; i--)
    if (((const LdPetitionEvent *) g_ptr_array_index (events, i - 1))->step == step)
      return (int) i - 1;
  return -1;
}

static const LdPetitionEvent *
event_at (GPtrArray *events,
          int        index)
{
  return index < 0 ? NULL : g_ptr_array_index (events, index);
}

/* The day the petition was received: the property, else the register event. */
static const GDate *
received_on (LdPetition *petition)
{
  const GDate *received = ld_petition_get_received_on (petition);
  const LdPetitionEvent *reg;

  if (received != NULL)
    return received;
  reg = ld_petition_find_last_event (petition, LD_PETITION_STEP_REGISTER);
  if (reg != NULL && g_date_valid (&reg->date))
    return &reg->date;
  return NULL;
}

/* Finds the start and the extra days of @kind; FALSE when it does not run. */
static gboolean
find_start (LdPetition  *petition,
            LdTimeLimit  kind,
            GDate       *out_start,
            int         *out_extra)
{
  GPtrArray *events = ld_petition_get_events (petition);
  const LdPetitionEvent *event = NULL;
  const GDate *start = NULL;
  int extra = 0;
  int index;

  switch (kind)
    {
    case LD_TIME_LIMIT_NOTICE:
      start = received_on (petition);
      break;

    case LD_TIME_LIMIT_OBJECTION:
      /* Only a matter transferred here by another organ can be objected to. */
      event = ld_petition_find_last_event (petition, LD_PETITION_STEP_REGISTER);
      if (event != NULL && event->unit[0] != '\0')
        start = received_on (petition);
      break;

    case LD_TIME_LIMIT_HANDLING:
      index = find_last (events, LD_PETITION_STEP_ACCEPT);
      event = event_at (events, index);
      if (event == NULL)
        break;
      start = &event->date;
      for (unsigned i = index + 1; i < events->len; i++)
        {
          const LdPetitionEvent *later = g_ptr_array_index (events, i);

          if (later->step == LD_PETITION_STEP_EXTEND && later->extension_days > 0)
            extra += later->extension_days;
        }
      break;

    case LD_TIME_LIMIT_EXTENSION:
      break;

    case LD_TIME_LIMIT_REVIEW_REQUEST:
      event = ld_petition_find_last_event (petition, LD_PETITION_STEP_REPLY);
      if (event != NULL)
        start = ld_petition_event_get_served (event);
      break;

    case LD_TIME_LIMIT_REVIEW_DECISION:
      event = ld_petition_find_last_event (petition, LD_PETITION_STEP_REQUEST_REVIEW);
      if (event != NULL)
        start = &event->date;
      break;

    case LD_TIME_LIMIT_REREVIEW_REQUEST:
      event = ld_petition_find_last_event (petition, LD_PETITION_STEP_REVIEW_DECISION);
      if (event != NULL)
        start = ld_petition_event_get_served (event);
      break;

    case LD_TIME_LIMIT_REREVIEW_DECISION:
      /* Art 36: the time of a hearing is not counted. */
      index = find_last (events, LD_PETITION_STEP_REQUEST_REREVIEW);
      event = event_at (events, index);
      if (event == NULL)
        break;
      start = &event->date;
      for (unsigned i = index + 1; i < events->len; i++)
        {
          const LdPetitionEvent *later = g_ptr_array_index (events, i);

          if (later->hearing_days > 0
              && (later->step == LD_PETITION_STEP_HEARING
                  || later->step == LD_PETITION_STEP_REREVIEW_DECISION))
            extra += later->hearing_days;
        }
      break;

    case LD_N_TIME_LIMITS:
    default:
      g_assert_not_reached ();
    }

  if (start == NULL || !g_date_valid (start))
    return FALSE;
  *out_start = *start;
  *out_extra = extra;
  return TRUE;
}

LdDeadline *
ld_petition_deadlines_compute_one (LdPetition       *petition,
                                   LdDeadlinePolicy *policy,
                                   LdCalendar       *calendar,
                                   LdTimeLimit       kind,
                                   const GDate      *today)
{
  g_autoptr(GDate) due = NULL;
  LdDeadline *deadline;
  GDate start;
  int extra;

  g_return_val_if_fail (LD_IS_PETITION (petition), NULL);
  g_return_val_if_fail (LD_IS_DEADLINE_POLICY (policy), NULL);
  g_return_val_if_fail (LD_IS_CALENDAR (calendar), NULL);
  g_return_val_if_fail ((unsigned) kind < LD_N_TIME_LIMITS, NULL);
  g_return_val_if_fail (today == NULL || g_date_valid (today), NULL);

  if (!find_start (petition, kind, &start, &extra))
    return NULL;

  due = ld_deadline_policy_compute_due (policy, calendar, kind, &start, extra);
  deadline = g_new0 (LdDeadline, 1);
  deadline->kind = kind;
  deadline->start = start;
  deadline->due = *due;
  deadline->rule = ld_deadline_policy_get_rule (policy, kind);
  deadline->days = ld_deadline_policy_get_days (policy, kind) + extra;
  deadline->days_remaining = today != NULL ? g_date_days_between (today, due) : 0;
  deadline->obligation = kind != LD_TIME_LIMIT_OBJECTION
                         && kind != LD_TIME_LIMIT_REVIEW_REQUEST
                         && kind != LD_TIME_LIMIT_REREVIEW_REQUEST;
  deadline->calendar_complete = TRUE;
  for (int year = g_date_get_year (&start); year <= g_date_get_year (due); year++)
    if (!ld_calendar_has_data_for_year (calendar, year))
      deadline->calendar_complete = FALSE;
  return deadline;
}

static int
compare_due (gconstpointer a,
             gconstpointer b)
{
  const LdDeadline *da = *(const LdDeadline * const *) a;
  const LdDeadline *db = *(const LdDeadline * const *) b;
  int by_date = g_date_compare (&da->due, &db->due);

  return by_date != 0 ? by_date : (int) da->kind - (int) db->kind;
}

GPtrArray *
ld_petition_deadlines_compute (LdPetition       *petition,
                               LdDeadlinePolicy *policy,
                               LdCalendar       *calendar,
                               const GDate      *today)
{
  LdTimeLimit kinds[2];
  unsigned n = 0;
  GPtrArray *deadlines;

  g_return_val_if_fail (LD_IS_PETITION (petition), NULL);
  g_return_val_if_fail (LD_IS_DEADLINE_POLICY (policy), NULL);
  g_return_val_if_fail (LD_IS_CALENDAR (calendar), NULL);

  switch (ld_petition_get_status (petition))
    {
    case LD_PETITION_STATUS_REGISTERED:
      kinds[n++] = LD_TIME_LIMIT_NOTICE;
      kinds[n++] = LD_TIME_LIMIT_OBJECTION;
      break;
    case LD_PETITION_STATUS_ACCEPTED:
    case LD_PETITION_STATUS_ASSIGNED:
    case LD_PETITION_STATUS_HANDLING:
    case LD_PETITION_STATUS_EXTENDED:
      kinds[n++] = LD_TIME_LIMIT_HANDLING;
      break;
    case LD_PETITION_STATUS_REPLIED:
      kinds[n++] = LD_TIME_LIMIT_REVIEW_REQUEST;
      break;
    case LD_PETITION_STATUS_REVIEW_REQUESTED:
      kinds[n++] = LD_TIME_LIMIT_REVIEW_DECISION;
      break;
    case LD_PETITION_STATUS_REVIEWED:
      kinds[n++] = LD_TIME_LIMIT_REREVIEW_REQUEST;
      break;
    case LD_PETITION_STATUS_REREVIEW_REQUESTED:
      kinds[n++] = LD_TIME_LIMIT_REREVIEW_DECISION;
      break;
    case LD_PETITION_STATUS_NOT_ACCEPTED:
    case LD_PETITION_STATUS_DIVERTED:
    case LD_PETITION_STATUS_REREVIEWED:
    case LD_PETITION_STATUS_CLOSED:
    case LD_N_PETITION_STATUSES:
    default:
      break;
    }

  deadlines = g_ptr_array_new_with_free_func ((GDestroyNotify) ld_deadline_free);
  for (unsigned i = 0; i < n; i++)
    {
      LdDeadline *deadline = ld_petition_deadlines_compute_one (petition, policy, calendar,
                                                                kinds[i], today);
      if (deadline != NULL)
        g_ptr_array_add (deadlines, deadline);
    }
  g_ptr_array_sort (deadlines, compare_due);
  return deadlines;
}

LdDeadline *
ld_petition_deadlines_next (LdPetition       *petition,
                            LdDeadlinePolicy *policy,
                            LdCalendar       *calendar,
                            const GDate      *today)
{
  g_autoptr(GPtrArray) deadlines = NULL;

  g_return_val_if_fail (LD_IS_PETITION (petition), NULL);

  deadlines = ld_petition_deadlines_compute (petition, policy, calendar, today);
  for (unsigned i = 0; i < deadlines->len; i++)
    {
      LdDeadline *deadline = g_ptr_array_index (deadlines, i);

      if (deadline->obligation)
        return ld_deadline_copy (deadline);
    }
  return NULL;
}

GDate *
ld_petition_deadlines_next_due (LdPetition       *petition,
                                LdDeadlinePolicy *policy,
                                LdCalendar       *calendar)
{
  g_autoptr(LdDeadline) next = ld_petition_deadlines_next (petition, policy, calendar, NULL);

  return next != NULL ? g_date_copy (&next->due) : NULL;
}

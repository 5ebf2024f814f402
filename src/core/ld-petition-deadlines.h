/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ld-calendar.h"
#include "ld-deadline-policy.h"
#include "ld-petition.h"

G_BEGIN_DECLS

/* The deadline engine: every statutory due date of a petition, computed
 * from its history, the organisation's LdDeadlinePolicy and the holiday
 * calendar.
 *
 * Counting (DOMAIN.md 0 and 1.2; LdDayRule):
 *   - the period runs from the day after its start event: the start day is
 *     not counted (accepted on 1 March + 60 日 → 30 April);
 *   - calendar-day limits ("N日") end on the N-th day; when that day is a
 *     weekend or statutory holiday the limit ends on the next working day
 *     (a 调休 working Saturday is a working day, so it does not roll);
 *   - working-day limits ("N个工作日") end on the N-th working day after
 *     the start, skipping weekends and holidays and counting 调休 working
 *     weekend days;
 *   - an approved extension lengthens the handling period, and hearing days
 *     the re-review period, as one period counted from the same start (the
 *     days are added before any roll-forward, so a holiday at the end of the
 *     first 60 days does not carry into the extension);
 *   - a limit is met by an event on or before the due date (ends 24:00).
 * Years for which the calendar has no holiday data count Monday–Friday as
 * working days; every LdDeadline says whether that happened.
 *
 * Start events: notice and objection run from "received-on" (the
 * objection only when the register event names the organ that transferred
 * the matter here); handling from the latest accept; the review and
 * re-review requests from the day the reply / review decision was served;
 * the decisions from the latest request. */
typedef struct
{
  LdTimeLimit kind;
  GDate       start;            /* the start event's day (not counted) */
  GDate       due;              /* the last day, after any roll-forward */
  LdDayRule   rule;
  int         days;             /* days counted, extensions and hearing days included */
  int         days_remaining;   /* calendar days from today to @due: 0 due today, < 0 overdue */
  /* TRUE when the office must act by @due (it drives "overdue");
   * FALSE for a window that merely closes: the optional objection and the
   * petitioner's review and re-review requests. */
  gboolean    obligation;
  gboolean    calendar_complete; /* the calendar had data for every year from @start to @due */
} LdDeadline;

#define LD_TYPE_DEADLINE (ld_deadline_get_type ())
GType       ld_deadline_get_type (void) G_GNUC_CONST;
LdDeadline *ld_deadline_copy (const LdDeadline *deadline);
void        ld_deadline_free (LdDeadline *deadline);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdDeadline, ld_deadline_free)

/* Where a deadline stands for the overview page and the CLI's due list. */
typedef enum
{
  LD_DEADLINE_STATE_OVERDUE,    /* past the due date */
  LD_DEADLINE_STATE_DUE_TODAY,
  LD_DEADLINE_STATE_DUE_SOON,   /* within the given number of days */
  LD_DEADLINE_STATE_LATER,
} LdDeadlineState;

/* The state of @deadline by its days_remaining; DUE_SOON up to @soon_days
 * (the overview uses 3) days ahead. */
LdDeadlineState ld_deadline_get_state (const LdDeadline *deadline,
                                       int               soon_days);

/* A translated line for badges and lists, e.g. "Written notice: due today",
 * "Handling and written reply: 3 days left", "Request for review: 2 days
 * overdue"; with " (no holiday data for this year)" when the calendar was
 * incomplete. */
char       *ld_deadline_describe (const LdDeadline *deadline);

/* The deadline of @kind whatever the status, or NULL when its start event
 * has not happened (no acceptance yet for handling, no transfer for the
 * objection, …) and for LD_TIME_LIMIT_EXTENSION, which is a maximum rather
 * than a due date. @today may be NULL (days_remaining is then 0). */
LdDeadline *ld_petition_deadlines_compute_one (LdPetition       *petition,
                                               LdDeadlinePolicy *policy,
                                               LdCalendar       *calendar,
                                               LdTimeLimit       kind,
                                               const GDate      *today);

/* Every deadline that runs in the petition's current status, earliest
 * first: registered → notice (and objection); accepted, assigned, handling,
 * extended → handling; replied → review request (the petitioner's);
 * review requested → review decision; reviewed → re-review request (the
 * petitioner's); re-review requested → re-review decision; none in the
 * other statuses. An array of LdDeadline (freed with the array). */
GPtrArray  *ld_petition_deadlines_compute (LdPetition       *petition,
                                           LdDeadlinePolicy *policy,
                                           LdCalendar       *calendar,
                                           const GDate      *today);

/* The earliest obligation running now (for the countdown badge), or
 * NULL. */
LdDeadline *ld_petition_deadlines_next (LdPetition       *petition,
                                        LdDeadlinePolicy *policy,
                                        LdCalendar       *calendar,
                                        const GDate      *today);

/* The due date of ld_petition_deadlines_next(): the value of the due_on
 * column. NULL when nothing is running. Free with g_date_free(). */
GDate      *ld_petition_deadlines_next_due (LdPetition       *petition,
                                            LdDeadlinePolicy *policy,
                                            LdCalendar       *calendar);

G_END_DECLS

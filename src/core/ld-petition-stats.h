/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ld-calendar.h"
#include "ld-deadline-policy.h"
#include "ld-petition.h"

G_BEGIN_DECLS

/* Petition statistics (DOMAIN.md 7), pure functions over raw dates so any
 * formula can be recomputed. The definitions (common usage, unconfirmed):
 *
 * The cohort is the petitions received from @from to @to (inclusive);
 * nothing after @as_of counts, not even a petition received later (a
 * report drawn up on @as_of).
 *
 *   received            the cohort, by month and by category
 *   on-time acceptance  (及时受理率) written notice (accept, not accept,
 *                       divert or objection) given by the notice limit ÷
 *                       petitions whose notice was given or whose limit
 *                       has passed (a petition still inside its 15 日 is
 *                       not yet due, so it does not lower the rate)
 *   on-time completion  (按期办结率) replied by the handling limit, approved
 *                       extensions included ÷ accepted petitions replied to
 *                       or past their limit
 *   completion          (办结率) replied ÷ accepted
 *   satisfaction        (群众满意率) rated 满意 ÷ rated (基本满意 and 不满意
 *                       are not 满意)
 *   participation       (参评率) rated ÷ replied
 *
 * "Completed" (办结) is the written reply (信访处理意见书), not the later
 * "closed" status that waits out the review windows. Limits are computed
 * with the policy and calendar, as the deadline engine does. */

/* One petition as the statistics need it; the store can fill an array of
 * these straight from SQL. Unset dates are invalid GDates (g_date_clear). */
typedef struct
{
  GDate           received_on;
  GDate           notified_on;     /* the first written notice, or invalid */
  GDate           accepted_on;     /* invalid when not accepted */
  GDate           replied_on;      /* the written reply, or invalid */
  int             extension_days;  /* approved extensions, in total */
  LdSatisfaction  rating;
  const char     *category;        /* borrowed; NULL or "" when none */
} LdPetitionFacts;

/* Fills @facts from @petition's record and history; @facts->category
 * points into @petition. */
void        ld_petition_facts_init (LdPetitionFacts *facts,
                                    LdPetition      *petition);

/* A rate as numerator ÷ denominator, so nothing divides by zero. */
typedef struct
{
  unsigned numerator;
  unsigned denominator;
} LdRate;

/* The rate in percent; FALSE (and @out untouched) when the denominator is 0. */
gboolean    ld_rate_get_percent (const LdRate *rate,
                                 double       *out_percent);
/* "7/9 (77.8%)", or "0/0" when there is nothing to count. */
char       *ld_rate_format (const LdRate *rate);

typedef struct
{
  int      year;
  int      month;  /* 1–12 */
  unsigned count;
} LdMonthCount;

typedef struct
{
  char    *category;  /* "" for petitions without one */
  unsigned count;
} LdCategoryCount;

typedef struct
{
  GDate     from;
  GDate     to;
  GDate     as_of;
  unsigned  received;
  GArray   *by_month;     /* LdMonthCount, every month from @from to @to, zeros included */
  GArray   *by_category;  /* LdCategoryCount, most first, then by name */
  LdRate    on_time_acceptance;
  LdRate    on_time_completion;
  LdRate    completion;
  LdRate    satisfaction;
  LdRate    participation;
} LdPetitionStats;

/* Computes the statistics of @facts (@n_facts of them) for the petitions
 * received from @from to @to, as of @as_of. Free with
 * ld_petition_stats_free(). */
LdPetitionStats *ld_petition_stats_compute (const LdPetitionFacts *facts,
                                            gsize                  n_facts,
                                            const GDate           *from,
                                            const GDate           *to,
                                            const GDate           *as_of,
                                            LdDeadlinePolicy      *policy,
                                            LdCalendar            *calendar);

/* The same over an array of LdPetition. */
LdPetitionStats *ld_petition_stats_compute_for_petitions (GPtrArray        *petitions,
                                                          const GDate      *from,
                                                          const GDate      *to,
                                                          const GDate      *as_of,
                                                          LdDeadlinePolicy *policy,
                                                          LdCalendar       *calendar);

void        ld_petition_stats_free (LdPetitionStats *stats);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdPetitionStats, ld_petition_stats_free)

G_END_DECLS

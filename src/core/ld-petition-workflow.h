/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ld-calendar.h"
#include "ld-deadline-policy.h"
#include "ld-petition.h"

G_BEGIN_DECLS

/* The life of a petition under the 信访工作条例 (DOMAIN.md 1.3), one
 * LdPetitionEvent at a time:
 *
 *   register ─→ registered
 *   registered ─ accept ─→ accepted          (written notice, Art 23)
 *              ─ not_accept ─→ not_accepted  (reason)
 *              ─ divert ─→ diverted          (reason + statutory route, Art 28, 31)
 *              ─ object ─→ not_accepted      (misrouted transfer: reason, only
 *                                            within the objection limit)
 *   accepted … extended ─ assign ─→ assigned  (转送 / 交办: unit; handling
 *                                            and extended keep their status)
 *   accepted … extended ─ investigate / hearing / mediate ─→ handling
 *                       ─ extend ─→ extended (reason, approver, days ≤ the
 *                                            extension limit, at most the
 *                                            allowed number of times, before
 *                                            the handling limit has passed)
 *                       ─ reply ─→ replied   (outcome, Art 32)
 *   replied ─ request_review ─→ review_requested  (within the request window)
 *   review_requested ─ review_decision ─→ reviewed  (result)
 *   reviewed ─ request_rereview ─→ rereview_requested  (within the window)
 *   rereview_requested ─ hearing (hearing days, excluded from the limit)
 *                      ─ rereview_decision ─→ rereviewed  (result)
 *   not_accepted, diverted, replied, reviewed, rereviewed ─ close ─→ closed
 *   after a reply, in any status: rate (once) and return_visit; a closed
 *   petition may still get a review (re-review) request within its window.
 *
 * Every step needs a valid date no earlier than the previous step and the
 * date received, and the name of who took it. A late notice or reply is
 * accepted (it shows as late in the statistics); a step whose window has
 * closed (objection, review request) is refused.
 *
 * Refusals fail with LD_CORE_ERROR_MISSING (a required fact of the step is
 * missing), LD_CORE_ERROR_OUT_OF_RANGE (a time limit or number is exceeded)
 * or LD_CORE_ERROR_TRANSITION (not allowed in this status or history), with
 * a translated sentence that says why. */

/* Whether @event may be applied to @petition now; nothing changes. */
gboolean ld_petition_workflow_check (LdPetition             *petition,
                                     const LdPetitionEvent  *event,
                                     LdDeadlinePolicy       *policy,
                                     LdCalendar             *calendar,
                                     GError                **error);

/* Checks, then appends a copy of @event to the history, moves the status,
 * sets the status reason (the reason of a refusal, diversion, objection or
 * extension; cleared by the other status changes), "received-on" from the
 * registration when unset, and "due-on" to the next obligation
 * (ld_petition_deadlines_next_due()). */
gboolean ld_petition_workflow_apply (LdPetition             *petition,
                                     const LdPetitionEvent  *event,
                                     LdDeadlinePolicy       *policy,
                                     LdCalendar             *calendar,
                                     GError                **error);

/* Records the day the latest @step (reply, review decision or re-review
 * decision) was served on the petitioner, once the receipt is back: the
 * review window then runs from it. Refused when there is no such step,
 * when @served_on is before the step, or when the window it opens has
 * already been used (a review already requested against that reply).
 * Updates "due-on". */
gboolean ld_petition_workflow_record_service (LdPetition        *petition,
                                              LdPetitionStep     step,
                                              const GDate       *served_on,
                                              LdDeadlinePolicy  *policy,
                                              LdCalendar        *calendar,
                                              GError           **error);

/* The status @step leads to from @from (@from itself for the steps that do
 * not move it: rate, return visit, a hearing in the re-review). Conditions
 * are not checked. */
LdPetitionStatus ld_petition_workflow_status_after (LdPetitionStatus from,
                                                    LdPetitionStep   step);

/* The steps that the status and history of @petition allow next (the facts
 * of the step and the time windows aside), in enum order, for a menu of
 * next steps. A new array of LdPetitionStep. */
GArray  *ld_petition_workflow_get_possible_steps (LdPetition       *petition,
                                                  LdDeadlinePolicy *policy);

G_END_DECLS

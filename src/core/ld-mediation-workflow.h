/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ld-mediation-case.h"

G_BEGIN_DECLS

/* The life of a mediation case (issue 5, DOMAIN.md 2–3):
 *
 *   applied → accepted → investigating → mediating
 *   applied → not_accepted → archived
 *   accepted → mediating (no investigation needed)
 *   accepted, investigating, mediating → terminated → archived
 *   mediating → agreement_reached → performed → return_visit_done → archived
 *   agreement_reached → return_visit_done (not, or not fully, performed)
 *   mediating → failed → archived
 *
 * Conditions on top of the edges:
 *   - not_accepted, failed and terminated need "status-reason";
 *   - accepted needs an acceptance date not before the application, at
 *     least one applicant and one respondent, and no party that expressly
 *     refused mediation ("party-refused", 人民调解法 17);
 *   - investigating and mediating are refused while "party-refused" is set
 *     (terminate the case instead); mediating needs the mediators;
 *   - agreement_reached needs at least one term, every term with content
 *     and a performance method, and the date the agreement was reached;
 *   - performed needs every term performed;
 *   - return_visit_done needs a return visit on record, and straight from
 *     agreement_reached every term's performance recorded (none pending).
 *
 * Refusals fail with LD_CORE_ERROR_MISSING when facts are missing and
 * LD_CORE_ERROR_TRANSITION otherwise, with a translated sentence that
 * says why. */

/* TRUE when the graph has an edge @from → @to (conditions not checked). */
gboolean ld_mediation_workflow_is_edge (LdMediationStatus from,
                                        LdMediationStatus to);

/* The statuses reachable from @from by one edge, in workflow order, for a
 * menu of next steps; @out_n may be NULL. Static. */
const LdMediationStatus *ld_mediation_workflow_get_next_statuses (LdMediationStatus  from,
                                                                  unsigned          *out_n);

/* Whether @mcase may move from its status to @to. */
gboolean ld_mediation_workflow_can_transition_to (LdMediationCase    *mcase,
                                                  LdMediationStatus   to,
                                                  GError            **error);
/* The same with a status id such as "accepted"; an unknown id fails with
 * LD_CORE_ERROR_INVALID. */
gboolean ld_mediation_workflow_can_transition (LdMediationCase  *mcase,
                                               const char       *to_status,
                                               GError          **error);

/* Checks, then sets the status. Set "status-reason" before moving to
 * not_accepted, failed or terminated; it is cleared on any other move. */
gboolean ld_mediation_workflow_transition (LdMediationCase    *mcase,
                                           LdMediationStatus   to,
                                           GError            **error);

/* Whether a stored case may be replaced by @edited: when the status
 * differs, that transition must be allowed (conditions checked on
 * @edited). The store calls this before every update. */
gboolean ld_mediation_workflow_check_update (LdMediationCase  *stored,
                                             LdMediationCase  *edited,
                                             GError          **error);

G_END_DECLS

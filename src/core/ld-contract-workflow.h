/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ld-contract-review.h"

G_BEGIN_DECLS

/* The life of a contract review:
 *
 *   received → under_review → opinion_issued → signed → archived
 *   received, under_review → returned (for supplementation) → under_review
 *   opinion_issued → archived, when the opinion is "do not sign"
 *
 * Conditions on top of the edges:
 *   - returned needs "status-reason" saying what is missing;
 *   - opinion_issued needs a review that validates and holds what the
 *     letter needs (ld_contract_workflow_missing_for_issue());
 *   - signed is refused after a "do not sign" opinion.
 * Once the opinion is issued the review's content is frozen
 * (ld_contract_review_is_frozen()); only the status moves on.
 *
 * Refusals fail with LD_CORE_ERROR_MISSING when facts are missing (the
 * message names them) and LD_CORE_ERROR_TRANSITION otherwise, with a
 * translated sentence that says why. */

/* TRUE when the graph has an edge @from → @to (conditions not checked). */
gboolean ld_contract_workflow_is_edge (LdContractStatus from,
                                       LdContractStatus to);

/* The statuses reachable from @from by one edge, in workflow order, for
 * a menu of next steps; @out_n may be NULL. Static. */
const LdContractStatus *ld_contract_workflow_get_next_statuses (LdContractStatus  from,
                                                                unsigned         *out_n);

/* Whether @review may move from its status to @to_status (a status id such
 * as "under_review"); an unknown id fails with LD_CORE_ERROR_INVALID. */
gboolean ld_contract_workflow_can_transition (LdContractReview  *review,
                                              const char        *to_status,
                                              GError           **error);
/* The same with the enum. */
gboolean ld_contract_workflow_can_transition_to (LdContractReview  *review,
                                                 LdContractStatus   to,
                                                 GError           **error);

/* Checks, then sets the status. Set "status-reason" before moving to
 * returned; it is cleared when the review goes back under review. */
gboolean ld_contract_workflow_transition (LdContractReview  *review,
                                          LdContractStatus   to,
                                          GError           **error);

/* What the opinion letter needs and @review lacks, as LdFieldIssues
 * (errors, keyed by property name; "checklist" and "findings" for those):
 * title, counterparty name, submitting department, reviewer, date received,
 * a conclusion; reasons for a "do not sign" conclusion; at least one
 * finding for "sign after revision"; a note on every checklist point marked
 * as a problem; and no validation error. A new array, empty when nothing
 * is missing. */
GPtrArray *ld_contract_workflow_missing_for_issue (LdContractReview *review);

/* Whether a stored review may be replaced by @edited (the editor's copy of
 * it): refused when @stored is frozen and the content differs, or when the
 * status differs and that transition is not allowed (its conditions are
 * checked on @edited). The store calls this before every update. */
gboolean ld_contract_workflow_check_update (LdContractReview  *stored,
                                            LdContractReview  *edited,
                                            GError           **error);

/* FALSE with a translated LD_CORE_ERROR_TRANSITION error when @review is
 * frozen, so an editor or the CLI can say why nothing may change. */
gboolean ld_contract_workflow_check_editable (LdContractReview  *review,
                                              GError           **error);

G_END_DECLS

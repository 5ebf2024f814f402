/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ld-contract-review.h"
#include "ld-database.h"
#include "ld-issued-document.h"
#include "ld-issued-store.h"

G_BEGIN_DECLS

/* The contract reviews (合同合法性审查) register: the contract_reviews table
 * with its checklist results (contract_checklist) and findings
 * (contract_findings). Every write is one transaction; refusals of the
 * workflow come back as its LD_CORE_ERROR, missing rows as
 * LD_STORE_ERROR_NOT_FOUND. Lists are read with LdListQuery
 * (LD_RECORD_AREA_CONTRACT). */

/* The table the reviews live in, the record_table of their attachments and
 * issued letters. */
#define LD_CONTRACT_STORE_TABLE "contract_reviews"

/* Loads one review with its checklist results and findings
 * (LD_STORE_ERROR_NOT_FOUND if none). */
LdContractReview *ld_contract_store_get (LdDatabase  *db,
                                         gint64       id,
                                         GError     **error);

/* Inserts a new review: assigns the year (from the date received, else
 * today), the next seq of that year and the number "合审〔YYYY〕N号" (the
 * internal register number), and sets id, number, year and seq on @review.
 * Refuses a review that does not validate (ld_contract_review_validate():
 * LD_CORE_ERROR_INVALID with the first error's message). A review without a
 * date received gets today; one without a due date gets the default, the
 * settings' review period in working days after the date received
 * (ld_contract_review_compute_due_date() with ld_calendar_new()). One
 * transaction. Returns the new id or 0. */
gint64            ld_contract_store_insert (LdDatabase        *db,
                                            LdContractReview  *review,
                                            GError           **error);

/* Saves every field, the checklist and the findings of an existing review
 * (by its id). Refuses what ld_contract_workflow_check_update (stored,
 * @review) refuses (no change to an issued letter) and a review that does
 * not validate. Sets the ids of new findings on @review. */
gboolean          ld_contract_store_update (LdDatabase        *db,
                                            LdContractReview  *review,
                                            GError           **error);

/* Moves a review to @status via ld_contract_workflow_transition(); @reason
 * (what is missing) is required for LD_CONTRACT_STATUS_RETURNED and ignored
 * otherwise. Moving to opinion_issued goes through
 * ld_contract_store_issue_opinion() instead, which issues the letter. */
gboolean          ld_contract_store_set_status (LdDatabase        *db,
                                                gint64             id,
                                                LdContractStatus   status,
                                                const char        *reason,
                                                GError           **error);

/* Deletes a review with its checklist, findings and drafts. A review with
 * an issued letter is refused (LD_CORE_ERROR_TRANSITION). Its attachments
 * are kept aside until the next delete (or ld_contract_store_purge_deleted())
 * so that ld_contract_store_restore_deleted() can bring them back; the
 * attachments of the review deleted before are removed now. */
gboolean          ld_contract_store_delete (LdDatabase  *db,
                                            gint64       id,
                                            GError     **error);

/* Re-inserts a review exactly as it was (same id, number, status,
 * checklist and findings) with its attachments: the undo of the last
 * ld_contract_store_delete(), given the review loaded before deleting it.
 * (Its drafts are not brought back.) */
gboolean          ld_contract_store_restore_deleted (LdDatabase        *db,
                                                     LdContractReview  *review,
                                                     GError           **error);

/* Removes the attachments kept aside for undoing the last delete, e.g.
 * when its "Undo" toast goes away. */
gboolean          ld_contract_store_purge_deleted (LdDatabase  *db,
                                                   GError     **error);

/* Issues the opinion letter (法律审查意见书) in ONE transaction: refuses with
 * LD_CORE_ERROR_MISSING listing what ld_contract_workflow_missing_for_issue()
 * finds missing; saves @review (as ld_contract_store_update()); issues via
 * ld_issued_store_issue() (kind LD_DOCUMENT_KIND_CONTRACT_OPINION,
 * record_table "contract_reviews", @render builds the letter with the
 * assigned number); sets the status to opinion_issued. On any failure
 * nothing changes and no number is used. Returns the issued document (with
 * its PDF) and sets @review's status. */
LdIssuedDocument *ld_contract_store_issue_opinion (LdDatabase         *db,
                                                   LdContractReview   *review,
                                                   LdIssueRenderFunc   render,
                                                   gpointer            user_data,
                                                   GError            **error);

/* The distinct non-empty reviewers, sorted (for the filter dropdown). */
GStrv             ld_contract_store_list_reviewers (LdDatabase  *db,
                                                    GError     **error);

G_END_DECLS

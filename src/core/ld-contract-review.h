/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ld-calendar.h"
#include "ld-contract-enums.h"
#include "ld-field-issue.h"
#include "ld-review-checklist.h"
#include "ld-review-finding.h"

G_BEGIN_DECLS

#define LD_TYPE_CONTRACT_REVIEW (ld_contract_review_get_type ())
G_DECLARE_FINAL_TYPE (LdContractReview, ld_contract_review, LD, CONTRACT_REVIEW, GObject)

/* A contract legality review (合同合法性审查): the record, the checklist,
 * the findings and the conclusion. The property names are the columns of
 * the contract_reviews table with '-' for '_'. Strings are never NULL ("" when
 * empty); dates are GDate boxes, NULL when unset.
 *
 *   "id" gint64 (0 while unsaved); "number", "year", "seq": the register
 *     number the store assigns per year
 *   "title", "kind" (LdContractKind)
 *   "submitting-department", "handler", "handler-contact"
 *   "counterparty-name", "counterparty-credit-code",
 *   "counterparty-representative", "counterparty-address", "counterparty-contact"
 *   "amount-fen" gint64: exact fen, -1 when not set (NULL in the table)
 *   "amount-text": the amount as the user typed it (see below)
 *   "term-start", "term-end", "received-on", "due-on" (GDate)
 *   "funding-source", "procurement-method" (LdProcurementMethod)
 *   "reviewer", "status" (LdContractStatus)
 *   "status-reason": what is missing, while returned for supplementation
 *   "conclusion" (LdContractConclusion), "conclusion-reasons"
 *   "checklist" (LdReviewChecklist, read-only, owned by the review)
 *   "findings" (GListModel of LdReviewFinding, read-only)
 *   "frozen" (gboolean, read-only): see ld_contract_review_is_frozen()
 *
 * Signal "changed" (no arguments) after any change: a property, a checklist
 * result or note, a finding added, removed, moved or edited. An editor keeps
 * its draft on it.
 *
 * Setters never refuse a value the editor may hold while the user types
 * (an empty title, an end before the start): ld_contract_review_validate()
 * reports those. The workflow (ld-contract-workflow.h) decides what may
 * change and when. */

LdContractReview *ld_contract_review_new (void);

gint64      ld_contract_review_get_id (LdContractReview *self);
void        ld_contract_review_set_id (LdContractReview *self, gint64 id);
const char *ld_contract_review_get_number (LdContractReview *self);
void        ld_contract_review_set_number (LdContractReview *self, const char *number);
int         ld_contract_review_get_year (LdContractReview *self);
void        ld_contract_review_set_year (LdContractReview *self, int year);
int         ld_contract_review_get_seq (LdContractReview *self);
void        ld_contract_review_set_seq (LdContractReview *self, int seq);

const char *ld_contract_review_get_title (LdContractReview *self);
void        ld_contract_review_set_title (LdContractReview *self, const char *title);
LdContractKind ld_contract_review_get_kind (LdContractReview *self);
void        ld_contract_review_set_kind (LdContractReview *self, LdContractKind kind);

const char *ld_contract_review_get_submitting_department (LdContractReview *self);
void        ld_contract_review_set_submitting_department (LdContractReview *self, const char *department);
const char *ld_contract_review_get_handler (LdContractReview *self);
void        ld_contract_review_set_handler (LdContractReview *self, const char *handler);
const char *ld_contract_review_get_handler_contact (LdContractReview *self);
void        ld_contract_review_set_handler_contact (LdContractReview *self, const char *contact);

const char *ld_contract_review_get_counterparty_name (LdContractReview *self);
void        ld_contract_review_set_counterparty_name (LdContractReview *self, const char *name);
const char *ld_contract_review_get_counterparty_credit_code (LdContractReview *self);
void        ld_contract_review_set_counterparty_credit_code (LdContractReview *self, const char *code);
const char *ld_contract_review_get_counterparty_representative (LdContractReview *self);
void        ld_contract_review_set_counterparty_representative (LdContractReview *self, const char *name);
const char *ld_contract_review_get_counterparty_address (LdContractReview *self);
void        ld_contract_review_set_counterparty_address (LdContractReview *self, const char *address);
const char *ld_contract_review_get_counterparty_contact (LdContractReview *self);
void        ld_contract_review_set_counterparty_contact (LdContractReview *self, const char *contact);

/* The amount in fen, -1 when not set or when "amount-text" does not parse.
 * Setting it (-1 … LD_MONEY_MAX_FEN) also sets "amount-text" to the
 * formatted amount ("" for -1). */
gint64      ld_contract_review_get_amount_fen (LdContractReview *self);
void        ld_contract_review_set_amount_fen (LdContractReview *self, gint64 fen);
/* The amount as the letter states it: "人民币壹佰贰拾捌万元整（¥1,280,000.00）"
 * (DOMAIN.md 6.4: 人民币 right before the capitals, ¥ before the figures);
 * NULL when no amount is set. */
char       *ld_contract_review_format_amount_in_words (LdContractReview *self);
/* The amount as typed. Setting it parses it with ld_money_parse(): a good
 * amount sets "amount-fen", empty or bad text sets it to -1 and validation
 * reports why. Never a floating-point number. */
const char *ld_contract_review_get_amount_text (LdContractReview *self);
void        ld_contract_review_set_amount_text (LdContractReview *self, const char *text);

/* Dates: the getters return the review's own GDate (do not free) or NULL;
 * the setters copy @date, NULL or an invalid GDate unsets it. */
const GDate *ld_contract_review_get_term_start (LdContractReview *self);
void         ld_contract_review_set_term_start (LdContractReview *self, const GDate *date);
const GDate *ld_contract_review_get_term_end (LdContractReview *self);
void         ld_contract_review_set_term_end (LdContractReview *self, const GDate *date);
const GDate *ld_contract_review_get_received_on (LdContractReview *self);
void         ld_contract_review_set_received_on (LdContractReview *self, const GDate *date);
const GDate *ld_contract_review_get_due_on (LdContractReview *self);
void         ld_contract_review_set_due_on (LdContractReview *self, const GDate *date);

const char *ld_contract_review_get_funding_source (LdContractReview *self);
void        ld_contract_review_set_funding_source (LdContractReview *self, const char *source);
LdProcurementMethod ld_contract_review_get_procurement_method (LdContractReview *self);
void        ld_contract_review_set_procurement_method (LdContractReview *self, LdProcurementMethod method);
const char *ld_contract_review_get_reviewer (LdContractReview *self);
void        ld_contract_review_set_reviewer (LdContractReview *self, const char *reviewer);

/* Setting the status directly is for loading a stored record; a change of
 * status in use goes through ld_contract_workflow_transition(). */
LdContractStatus ld_contract_review_get_status (LdContractReview *self);
void        ld_contract_review_set_status (LdContractReview *self, LdContractStatus status);
const char *ld_contract_review_get_status_reason (LdContractReview *self);
void        ld_contract_review_set_status_reason (LdContractReview *self, const char *reason);

LdContractConclusion ld_contract_review_get_conclusion (LdContractReview *self);
void        ld_contract_review_set_conclusion (LdContractReview *self, LdContractConclusion conclusion);
const char *ld_contract_review_get_conclusion_reasons (LdContractReview *self);
void        ld_contract_review_set_conclusion_reasons (LdContractReview *self, const char *reasons);

/* The review's checklist results (owned by the review; edit it in place). */
LdReviewChecklist *ld_contract_review_get_checklist (LdContractReview *self);

/* The findings written by hand, in the letter's order (owned by the review). */
GListModel *ld_contract_review_get_findings (LdContractReview *self);
void        ld_contract_review_append_finding (LdContractReview *self, LdReviewFinding *finding);
void        ld_contract_review_insert_finding (LdContractReview *self, unsigned position,
                                               LdReviewFinding *finding);
void        ld_contract_review_remove_finding (LdContractReview *self, unsigned position);
/* Moves the finding at @from to @to (both < the number of findings). */
void        ld_contract_review_move_finding (LdContractReview *self, unsigned from, unsigned to);
void        ld_contract_review_remove_all_findings (LdContractReview *self);

/* The findings paragraphs of the letter, in order: first the checklist
 * points marked "problem" (checklist order), except a point that a written
 * finding already covers (its "checklist-point"), then the written findings;
 * blank findings (no problem text) are left out. A new array of new
 * references. */
GPtrArray  *ld_contract_review_collect_letter_findings (LdContractReview *self);

/* TRUE once the opinion letter has been issued (opinion_issued, signed,
 * archived): the review's content then no longer changes, only its status. */
gboolean    ld_contract_review_is_frozen (LdContractReview *self);

/* Appends to @issues (an array from ld_field_issues_new(), or NULL) one
 * LdFieldIssue per problem, keyed by property name:
 *   "title", "counterparty-name", "received-on": required (errors);
 *   "counterparty-credit-code": malformed is an error, a bad check character a
 *     warning the user may override; empty is allowed (natural persons);
 *   "amount-text": text that ld_money_parse() refuses (error);
 *   "term-end" before "term-start", "due-on" before "received-on" (errors);
 *   "handler-contact", "counterparty-contact": optional; a warning when the
 *     text holds something but no phone number can be read from it;
 *   "status-reason": required while returned (error).
 * Returns TRUE when there is no error (warnings allowed). */
gboolean    ld_contract_review_validate (LdContractReview *self,
                                         GPtrArray        *issues);

/* The review due date: @period_days working days after the date received
 * (DOMAIN.md 4.2; the period is ld_org_settings_get_review_period_days()).
 * NULL when no date received is set. Free with g_date_free(). */
GDate      *ld_contract_review_compute_due_date (LdContractReview *self,
                                                 LdCalendar       *calendar,
                                                 int               period_days);

/* A deep copy (checklist and findings too, ids kept), e.g. the editor's
 * working copy of a stored record. */
LdContractReview *ld_contract_review_copy (LdContractReview *self);
/* TRUE when @a and @b have the same review content: everything except the
 * id, status and status reason. The workflow uses it to keep an issued
 * review unchanged. */
gboolean    ld_contract_review_content_equal (LdContractReview *a,
                                              LdContractReview *b);

/* The whole review as a GVariant of type a{sv} (ids as strings, dates as
 * "YYYY-MM-DD", amount-fen as x, checklist as a(sss), findings as
 * a(xsssss)), for drafts that must survive a crash. Returns a new,
 * non-floating reference. */
GVariant   *ld_contract_review_serialize (LdContractReview *self);
/* Rebuilds a review from ld_contract_review_serialize(). Unknown keys are
 * ignored (a newer draft); wrong types and unknown ids fail with
 * LD_CORE_ERROR_INVALID. */
LdContractReview *ld_contract_review_deserialize (GVariant  *variant,
                                                  GError   **error);

G_END_DECLS

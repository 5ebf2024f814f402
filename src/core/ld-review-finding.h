/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LD_TYPE_REVIEW_FINDING (ld_review_finding_get_type ())
G_DECLARE_FINAL_TYPE (LdReviewFinding, ld_review_finding, LD, REVIEW_FINDING, GObject)

/* One finding of a contract review: a paragraph of the letter's 审查意见,
 * written as problem → basis → revision.
 *
 * Properties (strings are never NULL, "" when empty):
 *   "id"              gint64  the store's row id, 0 while unsaved
 *   "clause"          the clause it concerns, e.g. "第五条第二款" ("" for the whole text)
 *   "problem"         what is wrong
 *   "suggestion"      how to revise it
 *   "basis"           the legal basis as cited (free text, or from ld-legal-basis)
 *   "checklist-point" the LdChecklistPoint id it came from, "" for a finding
 *                     written by hand */

LdReviewFinding *ld_review_finding_new (const char *clause,
                                        const char *problem,
                                        const char *suggestion,
                                        const char *basis);

gint64      ld_review_finding_get_id (LdReviewFinding *self);
void        ld_review_finding_set_id (LdReviewFinding *self, gint64 id);
const char *ld_review_finding_get_clause (LdReviewFinding *self);
void        ld_review_finding_set_clause (LdReviewFinding *self, const char *clause);
const char *ld_review_finding_get_problem (LdReviewFinding *self);
void        ld_review_finding_set_problem (LdReviewFinding *self, const char *problem);
const char *ld_review_finding_get_suggestion (LdReviewFinding *self);
void        ld_review_finding_set_suggestion (LdReviewFinding *self, const char *suggestion);
const char *ld_review_finding_get_basis (LdReviewFinding *self);
void        ld_review_finding_set_basis (LdReviewFinding *self, const char *basis);
const char *ld_review_finding_get_checklist_point (LdReviewFinding *self);
void        ld_review_finding_set_checklist_point (LdReviewFinding *self, const char *point_id);

/* TRUE when the problem is empty (nothing to print). Blank findings are
 * left out of the letter and reported before issuing. */
gboolean    ld_review_finding_is_blank (LdReviewFinding *self);

/* A new finding with the same values, including the id. */
LdReviewFinding *ld_review_finding_copy (LdReviewFinding *self);
/* The same text (clause, problem, suggestion, basis, point); the id is ignored. */
gboolean    ld_review_finding_equal (LdReviewFinding *a,
                                     LdReviewFinding *b);

G_END_DECLS

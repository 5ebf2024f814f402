/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The result of one checklist point. */
typedef enum
{
  LD_CHECK_RESULT_UNCHECKED,       /* id "unchecked" */
  LD_CHECK_RESULT_PASS,            /* id "pass" */
  LD_CHECK_RESULT_PROBLEM,         /* id "problem" */
  LD_CHECK_RESULT_NOT_APPLICABLE,  /* id "not_applicable" */
  LD_N_CHECK_RESULTS
} LdCheckResult;

GType       ld_check_result_get_type (void) G_GNUC_CONST;
#define LD_TYPE_CHECK_RESULT (ld_check_result_get_type ())
const char *ld_check_result_to_id (LdCheckResult result);
gboolean    ld_check_result_from_id (const char *id, LdCheckResult *out);
const char *ld_check_result_get_label (LdCheckResult result);

/* A point of the standard checklist (DOMAIN.md 4.3). Static data. */
typedef struct
{
  const char *id;     /* stable, e.g. "standing" */
  const char *title;  /* Chinese, as the letter prints it, e.g. "主体资格" */
  const char *label;  /* English source of the UI name: use ld_checklist_point_get_label() */
  const char *check;  /* what to check, in Chinese (the letter's 审查内容 too) */
  const char *basis;  /* the suggested legal basis as cited, "" when none is statutory */
} LdChecklistPoint;

/* The points in the checklist's (and the letter's) order; @out_n may be NULL. */
const LdChecklistPoint *ld_review_checklist_get_points (unsigned *out_n);
/* The point with @id, or NULL. */
const LdChecklistPoint *ld_review_checklist_lookup_point (const char *id);
/* The translated UI name of @point. */
const char             *ld_checklist_point_get_label (const LdChecklistPoint *point);

#define LD_TYPE_REVIEW_CHECKLIST (ld_review_checklist_get_type ())
G_DECLARE_FINAL_TYPE (LdReviewChecklist, ld_review_checklist, LD, REVIEW_CHECKLIST, GObject)

/* The results of one review against the standard checklist: for each point
 * a result and a note (for a problem, the note is the problem as the letter
 * states it). Every point starts UNCHECKED with an empty note.
 *
 * Signal "changed" (const char *point_id) after a result or note changes. */

LdReviewChecklist *ld_review_checklist_new (void);

/* The result and note of @point_id; UNCHECKED / NULL for an unknown id. */
LdCheckResult ld_review_checklist_get_result (LdReviewChecklist *self,
                                              const char        *point_id);
const char   *ld_review_checklist_get_note   (LdReviewChecklist *self,
                                              const char        *point_id);
/* Sets both; @note may be NULL (""). Returns FALSE, changing nothing, when
 * @point_id names no point (e.g. a point retired since the row was stored). */
gboolean      ld_review_checklist_set        (LdReviewChecklist *self,
                                              const char        *point_id,
                                              LdCheckResult      result,
                                              const char        *note);

unsigned      ld_review_checklist_count      (LdReviewChecklist *self,
                                              LdCheckResult      result);
/* TRUE when no point is UNCHECKED. */
gboolean      ld_review_checklist_is_complete (LdReviewChecklist *self);

/* The points marked PROBLEM turned into findings, in checklist order: the
 * problem is the note, the basis the point's basis, the clause empty and
 * "checklist-point" the point's id. Returns a new array of new
 * LdReviewFinding (it unrefs them when freed). */
GPtrArray    *ld_review_checklist_problems_as_findings (LdReviewChecklist *self);

/* Makes @self hold the results and notes of @other. */
void          ld_review_checklist_assign (LdReviewChecklist *self,
                                          LdReviewChecklist *other);
gboolean      ld_review_checklist_equal  (LdReviewChecklist *a,
                                          LdReviewChecklist *b);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ld-field-issue.h"
#include "ld-mediation-enums.h"

G_BEGIN_DECLS

/* One numbered term of an agreement (its number is its position + 1):
 * what was agreed, how and by when it is performed (DOMAIN.md 2.1, Art
 * 29: 履行方式、时限), and how far it has been performed. Strings are never
 * NULL; change them with the setters, the rest directly. An unset date is
 * an invalid (cleared) GDate. */
typedef struct
{
  gint64              id;           /* 0 while unsaved */
  char               *content;      /* the agreed term */
  char               *method;       /* 履行方式, e.g. "银行转账" */
  GDate               deadline;     /* 履行期限 */
  LdPerformanceStatus status;
  GDate               performed_on;
  char               *note;         /* what the clerk found (receipts …) */
} LdMediationTerm;

#define LD_TYPE_MEDIATION_TERM (ld_mediation_term_get_type ())
GType            ld_mediation_term_get_type (void) G_GNUC_CONST;
/* @content and @method may be NULL; @deadline may be NULL (unset). */
LdMediationTerm *ld_mediation_term_new (const char  *content,
                                        const char  *method,
                                        const GDate *deadline);
LdMediationTerm *ld_mediation_term_copy (const LdMediationTerm *term);
void             ld_mediation_term_free (LdMediationTerm *term);
gboolean         ld_mediation_term_equal (const LdMediationTerm *a,
                                          const LdMediationTerm *b);
void             ld_mediation_term_set_content (LdMediationTerm *term, const char *content);
void             ld_mediation_term_set_method (LdMediationTerm *term, const char *method);
void             ld_mediation_term_set_note (LdMediationTerm *term, const char *note);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdMediationTerm, ld_mediation_term_free)

#define LD_TYPE_MEDIATION_AGREEMENT (ld_mediation_agreement_get_type ())
G_DECLARE_FINAL_TYPE (LdMediationAgreement, ld_mediation_agreement, LD, MEDIATION_AGREEMENT, GObject)

/* The agreement of a case (调解协议) and its judicial confirmation
 * (司法确认, DOMAIN.md 2.2). Properties:
 *
 *   "reached-on" (GDate): the day the parties agreed;
 *   "effective-on" (GDate): the day it took effect (written: the last
 *     signature, the mediator's signature and the committee's seal; oral:
 *     on agreement). The confirmation window runs from it, or from
 *     "reached-on" while it is unset;
 *   "oral" (gboolean): an oral agreement recorded by the mediator;
 *   "copies" (int, 1–20): 一式N份;
 *   "place-of-performance" (履行地点, optional);
 *   "confirmation-result" (LdConfirmationResult), "confirmation-applied-on",
 *   "confirmation-decided-on" (GDate), "confirmation-court",
 *   "confirmation-note" (the ruling's number or the reasons).
 *
 * The terms live in an array edited through the functions below. Signal
 * "changed" (no arguments) after any change, terms included. */

LdMediationAgreement *ld_mediation_agreement_new (void);
/* A deep copy (terms too, ids kept). */
LdMediationAgreement *ld_mediation_agreement_copy (LdMediationAgreement *self);
/* Copies everything of @from into @self (one "changed"). */
void        ld_mediation_agreement_assign (LdMediationAgreement *self,
                                           LdMediationAgreement *from);
gboolean    ld_mediation_agreement_equal (LdMediationAgreement *a,
                                          LdMediationAgreement *b);

const GDate *ld_mediation_agreement_get_reached_on (LdMediationAgreement *self);
void        ld_mediation_agreement_set_reached_on (LdMediationAgreement *self, const GDate *date);
const GDate *ld_mediation_agreement_get_effective_on (LdMediationAgreement *self);
void        ld_mediation_agreement_set_effective_on (LdMediationAgreement *self, const GDate *date);
/* "effective-on", else "reached-on", else NULL. */
const GDate *ld_mediation_agreement_get_effect_date (LdMediationAgreement *self);
gboolean    ld_mediation_agreement_get_oral (LdMediationAgreement *self);
void        ld_mediation_agreement_set_oral (LdMediationAgreement *self, gboolean oral);
int         ld_mediation_agreement_get_copies (LdMediationAgreement *self);
void        ld_mediation_agreement_set_copies (LdMediationAgreement *self, int copies);
const char *ld_mediation_agreement_get_place_of_performance (LdMediationAgreement *self);
void        ld_mediation_agreement_set_place_of_performance (LdMediationAgreement *self,
                                                             const char           *place);

LdConfirmationResult ld_mediation_agreement_get_confirmation_result (LdMediationAgreement *self);
void        ld_mediation_agreement_set_confirmation_result (LdMediationAgreement *self,
                                                            LdConfirmationResult  result);
const GDate *ld_mediation_agreement_get_confirmation_applied_on (LdMediationAgreement *self);
void        ld_mediation_agreement_set_confirmation_applied_on (LdMediationAgreement *self,
                                                                const GDate          *date);
const GDate *ld_mediation_agreement_get_confirmation_decided_on (LdMediationAgreement *self);
void        ld_mediation_agreement_set_confirmation_decided_on (LdMediationAgreement *self,
                                                                const GDate          *date);
const char *ld_mediation_agreement_get_confirmation_court (LdMediationAgreement *self);
void        ld_mediation_agreement_set_confirmation_court (LdMediationAgreement *self,
                                                           const char           *court);
const char *ld_mediation_agreement_get_confirmation_note (LdMediationAgreement *self);
void        ld_mediation_agreement_set_confirmation_note (LdMediationAgreement *self,
                                                          const char           *note);

/* The terms, in order. */
unsigned    ld_mediation_agreement_get_n_terms (LdMediationAgreement *self);
/* The term numbered @index + 1 (owned by the agreement; do not modify). */
const LdMediationTerm *ld_mediation_agreement_get_term (LdMediationAgreement *self,
                                                        unsigned              index);
/* Appends / inserts / replaces with a copy of @term. */
void        ld_mediation_agreement_append_term (LdMediationAgreement  *self,
                                                const LdMediationTerm *term);
void        ld_mediation_agreement_insert_term (LdMediationAgreement  *self,
                                                unsigned               index,
                                                const LdMediationTerm *term);
void        ld_mediation_agreement_replace_term (LdMediationAgreement  *self,
                                                 unsigned               index,
                                                 const LdMediationTerm *term);
void        ld_mediation_agreement_remove_term (LdMediationAgreement *self, unsigned index);
/* Moves the term at @from to @to (both < the number of terms); the terms
 * are renumbered by their new order. */
void        ld_mediation_agreement_move_term (LdMediationAgreement *self,
                                              unsigned              from,
                                              unsigned              to);
void        ld_mediation_agreement_clear_terms (LdMediationAgreement *self);
/* Records the performance of term @index; @on may be NULL (unset). */
void        ld_mediation_agreement_set_term_performance (LdMediationAgreement *self,
                                                         unsigned              index,
                                                         LdPerformanceStatus   status,
                                                         const GDate          *on);
/* TRUE when there is at least one term and every term is performed. */
gboolean    ld_mediation_agreement_is_fully_performed (LdMediationAgreement *self);

/* Appends issues keyed "agreement-terms" (a term without content or
 * method: errors naming the term), "agreement-reached-on" and
 * "agreement-effective-on" (effective before reached: error),
 * "confirmation-applied-on" (before the agreement, or a result without
 * an application date: errors), "confirmation-court" (applied but no
 * court: error). Checks only what is filled in; the workflow asks for
 * what a status needs. Returns TRUE when there is no error. */
gboolean    ld_mediation_agreement_validate (LdMediationAgreement *self,
                                             GPtrArray            *issues);

/* a{sv}: the properties (as ld-object-variant.h writes them) and "terms"
 * a(xssssss): id, content, method, deadline, status id, performed on,
 * note (dates ISO or ""). New, non-floating. */
GVariant   *ld_mediation_agreement_serialize (LdMediationAgreement *self);
/* Fails with LD_CORE_ERROR_INVALID on wrong types and unknown ids. */
LdMediationAgreement *ld_mediation_agreement_deserialize (GVariant  *variant,
                                                          GError   **error);

G_END_DECLS

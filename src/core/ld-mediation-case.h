/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ld-field-issue.h"
#include "ld-mediation-agreement.h"
#include "ld-mediation-enums.h"
#include "ld-mediation-party.h"
#include "ld-record-summary.h"

G_BEGIN_DECLS

/* One investigation (调查) or mediation session (调解) with what the record
 * (调查记录 / 调解记录, DOMAIN.md 2.3 #5, #7) carries. Strings are never
 * NULL; change them with the setters. An unset date is an invalid GDate. */
typedef struct
{
  gint64         id;            /* 0 while unsaved */
  LdSessionKind  kind;
  GDate          date;
  char          *place;
  char          *participants;  /* 参加人 (and 被调查人), as written */
  char          *recorder;      /* 记录人 */
  char          *record;        /* the record text */
} LdMediationSession;

#define LD_TYPE_MEDIATION_SESSION (ld_mediation_session_get_type ())
GType               ld_mediation_session_get_type (void) G_GNUC_CONST;
/* @date may be NULL. */
LdMediationSession *ld_mediation_session_new (LdSessionKind  kind,
                                              const GDate   *date);
LdMediationSession *ld_mediation_session_copy (const LdMediationSession *session);
void                ld_mediation_session_free (LdMediationSession *session);
gboolean            ld_mediation_session_equal (const LdMediationSession *a,
                                                const LdMediationSession *b);
void                ld_mediation_session_set_place (LdMediationSession *session, const char *place);
void                ld_mediation_session_set_participants (LdMediationSession *session,
                                                           const char         *participants);
void                ld_mediation_session_set_recorder (LdMediationSession *session,
                                                       const char         *recorder);
void                ld_mediation_session_set_record (LdMediationSession *session, const char *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdMediationSession, ld_mediation_session_free)

/* A return visit (回访, DOMAIN.md 2.3 #10): when, by whom, what was found
 * (performance, satisfaction, later suits, signs of escalation). */
typedef struct
{
  gint64  id;
  GDate   date;
  char   *visitor;
  char   *findings;
} LdReturnVisit;

#define LD_TYPE_RETURN_VISIT (ld_return_visit_get_type ())
GType          ld_return_visit_get_type (void) G_GNUC_CONST;
LdReturnVisit *ld_return_visit_new (const GDate *date,
                                    const char  *visitor,
                                    const char  *findings);
LdReturnVisit *ld_return_visit_copy (const LdReturnVisit *visit);
void           ld_return_visit_free (LdReturnVisit *visit);
gboolean       ld_return_visit_equal (const LdReturnVisit *a,
                                      const LdReturnVisit *b);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdReturnVisit, ld_return_visit_free)

#define LD_TYPE_MEDIATION_CASE (ld_mediation_case_get_type ())
G_DECLARE_FINAL_TYPE (LdMediationCase, ld_mediation_case, LD, MEDIATION_CASE, GObject)

/* A mediation case (人民调解 / 行政调解). The property names are the
 * columns of the mediation_cases table with '-' for '_':
 *
 *   "id" gint64 (0 while unsaved); "number", "year", "seq"
 *   "kind" (LdMediationKind), "source" (LdMediationSource)
 *   "category": a dispute category name (ld_dispute_categories_get_defaults()
 *     or one the organisation added)
 *   "title" (brief description), "facts", "claims" (each party's claims)
 *   "committee", "mediators" (names separated by '、', the one in charge
 *     first)
 *   "applied-on", "accepted-on", "due-on" (GDate; due-on is kept by
 *     ld_mediation_reminders_update_due_on() when the case is saved)
 *   "status" (LdMediationStatus), "status-reason" (why not accepted,
 *     failed or terminated)
 *
 * and, for the child tables the store adds later:
 *
 *   "party-refused" (gboolean): a party expressly refused mediation
 *     (人民调解法 17: then there is no mediation);
 *   "extension-approved" (gboolean): the +10 working days of an
 *     administrative mediation were approved;
 *   "parties" (GListModel of LdMediationParty, read-only, in order);
 *   "agreement" (LdMediationAgreement, read-only, owned by the case);
 *   the sessions and return visits (arrays below).
 *
 * Strings are never NULL; dates are GDate boxes, NULL when unset. Setters
 * never refuse what an editor may hold while the user types;
 * ld_mediation_case_validate() reports it, and the status moves through
 * ld_mediation_workflow_transition().
 *
 * Signal "changed" (no arguments) after any change: a property, a party
 * added, removed, moved or edited, the agreement, a session or a visit. */

LdMediationCase *ld_mediation_case_new (void);
/* A deep copy (parties with their agent links, agreement, sessions and
 * visits; ids kept). */
LdMediationCase *ld_mediation_case_copy (LdMediationCase *self);

gint64      ld_mediation_case_get_id (LdMediationCase *self);
void        ld_mediation_case_set_id (LdMediationCase *self, gint64 id);
const char *ld_mediation_case_get_number (LdMediationCase *self);
void        ld_mediation_case_set_number (LdMediationCase *self, const char *number);
int         ld_mediation_case_get_year (LdMediationCase *self);
void        ld_mediation_case_set_year (LdMediationCase *self, int year);
int         ld_mediation_case_get_seq (LdMediationCase *self);
void        ld_mediation_case_set_seq (LdMediationCase *self, int seq);

LdMediationKind ld_mediation_case_get_kind (LdMediationCase *self);
void        ld_mediation_case_set_kind (LdMediationCase *self, LdMediationKind kind);
LdMediationSource ld_mediation_case_get_source (LdMediationCase *self);
void        ld_mediation_case_set_source (LdMediationCase *self, LdMediationSource source);
const char *ld_mediation_case_get_category (LdMediationCase *self);
void        ld_mediation_case_set_category (LdMediationCase *self, const char *category);
const char *ld_mediation_case_get_title (LdMediationCase *self);
void        ld_mediation_case_set_title (LdMediationCase *self, const char *title);
const char *ld_mediation_case_get_facts (LdMediationCase *self);
void        ld_mediation_case_set_facts (LdMediationCase *self, const char *facts);
const char *ld_mediation_case_get_claims (LdMediationCase *self);
void        ld_mediation_case_set_claims (LdMediationCase *self, const char *claims);
const char *ld_mediation_case_get_committee (LdMediationCase *self);
void        ld_mediation_case_set_committee (LdMediationCase *self, const char *committee);
const char *ld_mediation_case_get_mediators (LdMediationCase *self);
void        ld_mediation_case_set_mediators (LdMediationCase *self, const char *mediators);

/* Dates: the getters return the case's own GDate (do not free) or NULL;
 * the setters copy @date, NULL or an invalid GDate unsets it. */
const GDate *ld_mediation_case_get_applied_on (LdMediationCase *self);
void        ld_mediation_case_set_applied_on (LdMediationCase *self, const GDate *date);
const GDate *ld_mediation_case_get_accepted_on (LdMediationCase *self);
void        ld_mediation_case_set_accepted_on (LdMediationCase *self, const GDate *date);
const GDate *ld_mediation_case_get_due_on (LdMediationCase *self);
void        ld_mediation_case_set_due_on (LdMediationCase *self, const GDate *date);

/* Setting the status directly is for loading a stored record. */
LdMediationStatus ld_mediation_case_get_status (LdMediationCase *self);
void        ld_mediation_case_set_status (LdMediationCase *self, LdMediationStatus status);
const char *ld_mediation_case_get_status_reason (LdMediationCase *self);
void        ld_mediation_case_set_status_reason (LdMediationCase *self, const char *reason);
gboolean    ld_mediation_case_get_party_refused (LdMediationCase *self);
void        ld_mediation_case_set_party_refused (LdMediationCase *self, gboolean refused);
gboolean    ld_mediation_case_get_extension_approved (LdMediationCase *self);
void        ld_mediation_case_set_extension_approved (LdMediationCase *self, gboolean approved);

/* The parties editor. The model is owned by the case. */
GListModel *ld_mediation_case_get_parties (LdMediationCase *self);
void        ld_mediation_case_add_party (LdMediationCase *self, LdMediationParty *party);
void        ld_mediation_case_insert_party (LdMediationCase  *self,
                                            unsigned          position,
                                            LdMediationParty *party);
/* Removes the party at @position; agents that acted for it lose their
 * "represents" link (validation then asks for it again). */
void        ld_mediation_case_remove_party (LdMediationCase *self, unsigned position);
/* Moves the party at @from to @to (both < the number of parties). */
void        ld_mediation_case_move_party (LdMediationCase *self, unsigned from, unsigned to);
/* The number of parties of @role. */
unsigned    ld_mediation_case_count_parties (LdMediationCase *self, LdPartyRole role);
/* The parties of @role in order, for the documents: a new array of new
 * references. */
GPtrArray  *ld_mediation_case_list_parties (LdMediationCase *self, LdPartyRole role);
/* The agents acting for @party: a new array of new references. */
GPtrArray  *ld_mediation_case_list_agents_of (LdMediationCase  *self,
                                              LdMediationParty *party);
/* The first applicant's name ("" when none), as the first_applicant
 * column; and the names of applicants then respondents joined by '、',
 * as party_names. */
const char *ld_mediation_case_get_first_applicant (LdMediationCase *self);
char       *ld_mediation_case_dup_party_names (LdMediationCase *self);

LdMediationAgreement *ld_mediation_case_get_agreement (LdMediationCase *self);

/* Sessions and return visits, in the order entered (the timeline sorts by
 * date): arrays owned by the case, do not modify; the functions below copy. */
GPtrArray  *ld_mediation_case_get_sessions (LdMediationCase *self);
void        ld_mediation_case_add_session (LdMediationCase *self, const LdMediationSession *session);
void        ld_mediation_case_replace_session (LdMediationCase          *self,
                                               unsigned                  index,
                                               const LdMediationSession *session);
void        ld_mediation_case_remove_session (LdMediationCase *self, unsigned index);
unsigned    ld_mediation_case_count_sessions (LdMediationCase *self, LdSessionKind kind);
/* The index of the latest session by date (the later entered of equal
 * dates; an undated one only when none is dated), or -1 when there is
 * none: the session whose record a case's documents show by default. */
int         ld_mediation_case_find_latest_session (LdMediationCase *self);
GPtrArray  *ld_mediation_case_get_return_visits (LdMediationCase *self);
void        ld_mediation_case_add_return_visit (LdMediationCase *self, const LdReturnVisit *visit);
void        ld_mediation_case_replace_return_visit (LdMediationCase     *self,
                                                    unsigned             index,
                                                    const LdReturnVisit *visit);
void        ld_mediation_case_remove_return_visit (LdMediationCase *self, unsigned index);

/* TRUE in the statuses that come after acceptance (accepted …
 * archived, but not not_accepted). */
gboolean    ld_mediation_status_is_after_acceptance (LdMediationStatus status);

/* Appends to @issues (from ld_field_issues_new(), or NULL) one LdFieldIssue
 * per problem, keyed by property name, on @today (NULL: now):
 *   "applied-on", "title": required (errors); "category": empty (warning);
 *   "accepted-on": before "applied-on" (error), unset after acceptance
 *     (error); "due-on" before "applied-on" (error);
 *   "parties": after acceptance, no applicant or no respondent (error;
 *     before acceptance a warning); an agent acting for a party not in
 *     the case (error); each party's own problems
 *     (ld_mediation_party_validate()) prefixed with its position and name;
 *   "committee": empty in a people's mediation from acceptance on
 *     (warning: its documents cannot be issued without it);
 *   "mediators": empty from mediating on (error);
 *   "status-reason": required when not accepted, failed or terminated;
 *   "sessions": a session without a date, before the application or in
 *     the future (errors);
 *   "return-visits": without a date, before the agreement (errors);
 *   the agreement's own issues (ld_mediation_agreement_validate());
 *   "agreement-copies": a written agreement (reached or with terms) with
 *     fewer copies than the applicants and respondents plus one for the
 *     file (warning).
 * Returns TRUE when there is no error (warnings allowed). */
gboolean    ld_mediation_case_validate (LdMediationCase *self,
                                        const GDate     *today,
                                        GPtrArray       *issues);

/* The row the mediation list shows (title, first applicant, mediators,
 * status, applied, due); a new object. */
LdRecordSummary *ld_mediation_case_make_summary (LdMediationCase *self);

/* The whole case as an a{sv}: scalar properties by name (enums by id,
 * dates "YYYY-MM-DD", absent when unset), "parties" aa{sv} (each
 * ld_mediation_party_serialize() plus "represents-index" int32, -1 for
 * none), "agreement" a{sv}, "sessions" a(xssssss) (id, kind, date, place,
 * participants, recorder, record) and "return-visits" a(xsss) (id, date,
 * visitor, findings). New, non-floating. */
GVariant   *ld_mediation_case_serialize (LdMediationCase *self);
/* Rebuilds a case from ld_mediation_case_serialize(). Unknown keys are
 * ignored; wrong types, unknown ids and bad dates fail with
 * LD_CORE_ERROR_INVALID. */
LdMediationCase *ld_mediation_case_deserialize (GVariant  *variant,
                                                GError   **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ld-deadline-policy.h"
#include "ld-field-issue.h"
#include "ld-petition-enums.h"
#include "ld-record-summary.h"

G_BEGIN_DECLS

/* One step of a petition's history: what was done, when, by whom, and the
 * facts that step carries. Strings are never NULL ("" when empty); change
 * them with the setters, the other fields directly. Which extras a step
 * uses:
 *
 *   register      @unit: the organ that transferred the matter here ("" when
 *                 received directly; non-empty makes the 5-working-day
 *                 objection window run)
 *   not_accept, divert, object
 *                 @note: the reason (required); divert also @route and
 *                 @unit (the organ the petitioner is told to go to)
 *   assign        @assignment (转送 / 交办) and @unit, the handling unit
 *   hearing       @hearing_days: days of hearing excluded from the re-review
 *                 time limit when held after a re-review request
 *   extend        @extension_days, @approver and @note (the reason)
 *   reply         @outcome; @served_on
 *   review_decision, rereview_decision
 *                 @result; @served_on; a re-review decision may also carry
 *                 @hearing_days
 *   rate          @rating
 *
 * @served_on is the day the petitioner received the document (the review
 * windows run from it, Art 35–36); when unset (invalid) the event date
 * stands for it. */
typedef struct
{
  LdPetitionStep    step;
  GDate             date;
  char             *who;
  char             *note;
  char             *unit;
  LdAssignmentKind  assignment;
  LdDiversionRoute  route;
  int               extension_days;
  char             *approver;
  LdReplyOutcome    outcome;
  LdReviewResult    result;
  GDate             served_on;
  int               hearing_days;
  LdSatisfaction    rating;
} LdPetitionEvent;

#define LD_TYPE_PETITION_EVENT (ld_petition_event_get_type ())
GType            ld_petition_event_get_type (void) G_GNUC_CONST;

/* @date may be NULL (then invalid until set); @who may be NULL. */
LdPetitionEvent *ld_petition_event_new (LdPetitionStep  step,
                                        const GDate    *date,
                                        const char     *who);
LdPetitionEvent *ld_petition_event_copy (const LdPetitionEvent *event);
void             ld_petition_event_free (LdPetitionEvent *event);
void             ld_petition_event_set_who (LdPetitionEvent *event, const char *who);
void             ld_petition_event_set_note (LdPetitionEvent *event, const char *note);
void             ld_petition_event_set_unit (LdPetitionEvent *event, const char *unit);
void             ld_petition_event_set_approver (LdPetitionEvent *event, const char *approver);
/* The day the petitioner received the document: @served_on, else @date. */
const GDate     *ld_petition_event_get_served (const LdPetitionEvent *event);

/* The extras (everything but step, date, who and note) as one line of
 * text for a TEXT column: a GVariant a{sv} in text form holding only the
 * fields that are set, "" when none is. */
char            *ld_petition_event_extras_to_string (const LdPetitionEvent *event);
/* Sets the extras of @event from ld_petition_event_extras_to_string()
 * text (fields missing from @text are reset). Unknown keys are ignored;
 * malformed text, wrong types or unknown ids fail with
 * LD_CORE_ERROR_INVALID and leave @event unchanged. */
gboolean         ld_petition_event_extras_from_string (LdPetitionEvent  *event,
                                                       const char       *text,
                                                       GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdPetitionEvent, ld_petition_event_free)

/* A petitioner's representative (Art 20: at most 5). */
typedef struct
{
  char *name;
  char *id_number;
  char *phone;
  char *address;
} LdPetitionPerson;

#define LD_TYPE_PETITION_PERSON (ld_petition_person_get_type ())
GType             ld_petition_person_get_type (void) G_GNUC_CONST;
/* NULL arguments are stored as "". */
LdPetitionPerson *ld_petition_person_new (const char *name,
                                          const char *id_number,
                                          const char *phone,
                                          const char *address);
LdPetitionPerson *ld_petition_person_copy (const LdPetitionPerson *person);
void              ld_petition_person_free (LdPetitionPerson *person);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdPetitionPerson, ld_petition_person_free)

#define LD_TYPE_PETITION (ld_petition_get_type ())
G_DECLARE_FINAL_TYPE (LdPetition, ld_petition, LD, PETITION, GObject)

/* A petition (信访事项). The property names are the columns of the
 * petitions table with '-' for '_':
 *
 *   "id" gint64 (0 while unsaved); "number", "year", "seq"
 *   "channel" (LdPetitionChannel), "received-on" (GDate)
 *   "petitioner-name", "petitioner-id-number", "petitioner-phone",
 *   "petitioner-address"
 *   "people-count" (>= 1), "is-group"
 *   "type" (LdPetitionType), "category", "title", "content", "demands",
 *   "department-concerned", "urgency" (LdPetitionUrgency), "handler"
 *   "status" (LdPetitionStatus), "status-reason", "due-on" (GDate)
 *
 * plus the representatives and the history (LdPetitionEvent, oldest
 * first), which the store keeps in child tables. Strings are never NULL;
 * dates are GDate boxes, NULL when unset.
 *
 * Setters never refuse what an editor may hold while the user types;
 * ld_petition_validate() reports it. The status, status reason, due date
 * and history move through ld_petition_workflow_apply(); the setters for
 * them are for loading a stored record.
 *
 * Signal "changed" (no arguments) after any change, including the
 * representatives and the history. */

LdPetition *ld_petition_new (void);
/* A deep copy (representatives and history too, ids kept). */
LdPetition *ld_petition_copy (LdPetition *self);

gint64      ld_petition_get_id (LdPetition *self);
void        ld_petition_set_id (LdPetition *self, gint64 id);
const char *ld_petition_get_number (LdPetition *self);
void        ld_petition_set_number (LdPetition *self, const char *number);
int         ld_petition_get_year (LdPetition *self);
void        ld_petition_set_year (LdPetition *self, int year);
int         ld_petition_get_seq (LdPetition *self);
void        ld_petition_set_seq (LdPetition *self, int seq);

LdPetitionChannel ld_petition_get_channel (LdPetition *self);
void        ld_petition_set_channel (LdPetition *self, LdPetitionChannel channel);
/* Dates: the getters return the petition's own GDate (do not free) or
 * NULL; the setters copy @date, NULL or an invalid GDate unsets it. */
const GDate *ld_petition_get_received_on (LdPetition *self);
void        ld_petition_set_received_on (LdPetition *self, const GDate *date);

const char *ld_petition_get_petitioner_name (LdPetition *self);
void        ld_petition_set_petitioner_name (LdPetition *self, const char *name);
const char *ld_petition_get_petitioner_id_number (LdPetition *self);
void        ld_petition_set_petitioner_id_number (LdPetition *self, const char *id_number);
const char *ld_petition_get_petitioner_phone (LdPetition *self);
void        ld_petition_set_petitioner_phone (LdPetition *self, const char *phone);
const char *ld_petition_get_petitioner_address (LdPetition *self);
void        ld_petition_set_petitioner_address (LdPetition *self, const char *address);

int         ld_petition_get_people_count (LdPetition *self);
void        ld_petition_set_people_count (LdPetition *self, int count);
gboolean    ld_petition_get_is_group (LdPetition *self);
void        ld_petition_set_is_group (LdPetition *self, gboolean is_group);
/* Sets "is-group" from "people-count" and @threshold (the policy's group
 * threshold): a group petition has @threshold or more people. */
void        ld_petition_update_group_flag (LdPetition *self, int threshold);

LdPetitionType ld_petition_get_petition_type (LdPetition *self);
void        ld_petition_set_petition_type (LdPetition *self, LdPetitionType type);
const char *ld_petition_get_category (LdPetition *self);
void        ld_petition_set_category (LdPetition *self, const char *category);
const char *ld_petition_get_title (LdPetition *self);
void        ld_petition_set_title (LdPetition *self, const char *title);
const char *ld_petition_get_content (LdPetition *self);
void        ld_petition_set_content (LdPetition *self, const char *content);
const char *ld_petition_get_demands (LdPetition *self);
void        ld_petition_set_demands (LdPetition *self, const char *demands);
const char *ld_petition_get_department_concerned (LdPetition *self);
void        ld_petition_set_department_concerned (LdPetition *self, const char *department);
LdPetitionUrgency ld_petition_get_urgency (LdPetition *self);
void        ld_petition_set_urgency (LdPetition *self, LdPetitionUrgency urgency);
const char *ld_petition_get_handler (LdPetition *self);
void        ld_petition_set_handler (LdPetition *self, const char *handler);

LdPetitionStatus ld_petition_get_status (LdPetition *self);
void        ld_petition_set_status (LdPetition *self, LdPetitionStatus status);
const char *ld_petition_get_status_reason (LdPetition *self);
void        ld_petition_set_status_reason (LdPetition *self, const char *reason);
/* The next office deadline (the due_on column), kept by the workflow. */
const GDate *ld_petition_get_due_on (LdPetition *self);
void        ld_petition_set_due_on (LdPetition *self, const GDate *date);

/* The representatives, an array of LdPetitionPerson owned by the petition. */
GPtrArray  *ld_petition_get_representatives (LdPetition *self);
/* Appends a copy of @person; more than allowed is kept and reported by
 * ld_petition_validate(). */
void        ld_petition_add_representative (LdPetition *self, const LdPetitionPerson *person);
void        ld_petition_remove_representative (LdPetition *self, unsigned index);
void        ld_petition_clear_representatives (LdPetition *self);

/* The history, oldest first: an array of LdPetitionEvent owned by the
 * petition (do not modify; use the workflow). */
GPtrArray  *ld_petition_get_events (LdPetition *self);
/* Appends a copy of @event with no checks, for loading a stored history;
 * new steps go through ld_petition_workflow_apply(). */
void        ld_petition_append_event (LdPetition *self, const LdPetitionEvent *event);
/* The latest event of @step, or NULL. */
const LdPetitionEvent *ld_petition_find_last_event (LdPetition *self, LdPetitionStep step);
/* How many events of @step the history holds. */
unsigned    ld_petition_count_events (LdPetition *self, LdPetitionStep step);

/* The whole petition (properties, representatives, history) as a GVariant
 * of type a{sv}, for drafts that must survive a crash: scalar properties
 * under their names (enums by id, dates as "YYYY-MM-DD", absent when
 * unset), "representatives" a(ssss) and "events" a(sssss) (step id, date,
 * who, note, ld_petition_event_extras_to_string()). Returns a new,
 * non-floating reference. */
GVariant   *ld_petition_serialize (LdPetition *self);
/* Rebuilds a petition from ld_petition_serialize(). Unknown keys are
 * ignored (a newer draft); wrong types, unknown ids and out-of-range
 * numbers fail with LD_CORE_ERROR_INVALID. */
LdPetition *ld_petition_deserialize (GVariant  *variant,
                                     GError   **error);

/* The row the petitions list shows for this record (title, petitioner,
 * handler, status, date received, due date); a new object. */
LdRecordSummary *ld_petition_make_summary (LdPetition *self);

/* Appends to @issues (from ld_field_issues_new(), or NULL) one LdFieldIssue
 * per problem, keyed by property name:
 *   "received-on", "title", "content": required (errors);
 *   "petitioner-name": empty is a warning (no written notice is owed when
 *     name and address are unknown, Art 23);
 *   "petitioner-id-number": malformed is an error, the legacy 15-digit form
 *     a warning with a note; "petitioner-phone": malformed is an error;
 *   "people-count": fewer people than representatives (error);
 *   "is-group": not matching @policy's threshold (warning; skipped when
 *     @policy is NULL);
 *   "representatives": more than LD_PETITION_MAX_REPRESENTATIVES, or one
 *     without a name or with a malformed ID number or phone (errors).
 * Returns TRUE when there is no error (warnings allowed). */
gboolean    ld_petition_validate (LdPetition       *self,
                                  LdDeadlinePolicy *policy,
                                  GPtrArray        *issues);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ld-field-issue.h"
#include "ld-mediation-enums.h"

G_BEGIN_DECLS

#define LD_TYPE_MEDIATION_PARTY (ld_mediation_party_get_type ())
G_DECLARE_FINAL_TYPE (LdMediationParty, ld_mediation_party, LD, MEDIATION_PARTY, GObject)

/* One party of a mediation case (a row of mediation_parties): an applicant,
 * a respondent or an agent; a person or an organisation. The property
 * names are the columns with '-' for '_':
 *
 *   "id" gint64 (0 while unsaved), "role" (LdPartyRole),
 *   "party-type" (LdPartyType, the person_or_org column), "name",
 *   "id-number": the citizen ID number of a person, the unified social
 *     credit code of an organisation, as typed;
 *   "gender" (LdGender), "birth-date" (GDate, NULL when unset),
 *   "ethnicity", "occupation", "phone", "address";
 *   "representative": an organisation's legal representative or head
 *     (法定代表人 / 主要负责人);
 *   "represents" (LdMediationParty, weak): for an agent, the party it acts
 *     for; the store saves it as represents_id.
 *
 * Strings are never NULL. Setters accept anything an editor may hold while
 * the user types; ld_mediation_party_validate() reports the problems. */

LdMediationParty *ld_mediation_party_new (LdPartyRole role,
                                          LdPartyType type,
                                          const char *name);
/* A copy with the same id; "represents" is copied as is (the case
 * re-links agents when it copies its parties). */
LdMediationParty *ld_mediation_party_copy (LdMediationParty *self);
/* TRUE when every property but "id" and "represents" is the same. */
gboolean    ld_mediation_party_equal (LdMediationParty *a,
                                      LdMediationParty *b);

gint64      ld_mediation_party_get_id (LdMediationParty *self);
void        ld_mediation_party_set_id (LdMediationParty *self, gint64 id);
LdPartyRole ld_mediation_party_get_role (LdMediationParty *self);
void        ld_mediation_party_set_role (LdMediationParty *self, LdPartyRole role);
LdPartyType ld_mediation_party_get_party_type (LdMediationParty *self);
void        ld_mediation_party_set_party_type (LdMediationParty *self, LdPartyType type);
const char *ld_mediation_party_get_name (LdMediationParty *self);
void        ld_mediation_party_set_name (LdMediationParty *self, const char *name);
const char *ld_mediation_party_get_id_number (LdMediationParty *self);
void        ld_mediation_party_set_id_number (LdMediationParty *self, const char *id_number);
LdGender    ld_mediation_party_get_gender (LdMediationParty *self);
void        ld_mediation_party_set_gender (LdMediationParty *self, LdGender gender);
/* The party's own GDate (do not free) or NULL; the setter copies, NULL or
 * an invalid date unsets. */
const GDate *ld_mediation_party_get_birth_date (LdMediationParty *self);
void        ld_mediation_party_set_birth_date (LdMediationParty *self, const GDate *date);
const char *ld_mediation_party_get_ethnicity (LdMediationParty *self);
void        ld_mediation_party_set_ethnicity (LdMediationParty *self, const char *ethnicity);
const char *ld_mediation_party_get_occupation (LdMediationParty *self);
void        ld_mediation_party_set_occupation (LdMediationParty *self, const char *occupation);
const char *ld_mediation_party_get_phone (LdMediationParty *self);
void        ld_mediation_party_set_phone (LdMediationParty *self, const char *phone);
const char *ld_mediation_party_get_address (LdMediationParty *self);
void        ld_mediation_party_set_address (LdMediationParty *self, const char *address);
const char *ld_mediation_party_get_representative (LdMediationParty *self);
void        ld_mediation_party_set_representative (LdMediationParty *self, const char *name);
/* A new reference or NULL. */
LdMediationParty *ld_mediation_party_dup_represents (LdMediationParty *self);
void        ld_mediation_party_set_represents (LdMediationParty *self, LdMediationParty *party);

/* For a person whose "id-number" parses: sets "birth-date" and "gender"
 * from it (the editor's "fill in from the ID number"). Returns FALSE and
 * changes nothing otherwise. */
gboolean    ld_mediation_party_fill_from_id_number (LdMediationParty *self);

/* The age in whole years on @on (from "birth-date", else from the ID
 * number), -1 when unknown: the 申请书 prints 年龄. */
int         ld_mediation_party_get_age (LdMediationParty *self, const GDate *on);

/* "id-number" for lists, search results and exports: a person's number
 * masked to its first 6 and last 4 characters (ld_citizen_id_mask(), on
 * the normalised number when it parses), an organisation's credit code in
 * full (it is public). "" when empty. Free with g_free(). */
char       *ld_mediation_party_dup_display_id_number (LdMediationParty *self);

/* Appends to @issues (from ld_field_issues_new(), or NULL) one LdFieldIssue
 * per problem, keyed by property name, on @today (NULL: the current date):
 *   "name": required (error);
 *   for a person, "id-number": optional; malformed, a bad check digit, an
 *     impossible or future birth date are errors; the legacy 15-digit form
 *     is a warning carrying ld_citizen_id_get_legacy_note();
 *     "birth-date" / "gender": entered but not what the ID number says
 *     (errors); a birth date in the future (error);
 *   for an organisation, "id-number": a malformed credit code is an error,
 *     a bad check character a warning the user may override;
 *   "phone": optional; malformed is an error;
 *   for an agent, "represents": unset (error), or another agent (error).
 * Returns TRUE when there is no error (warnings allowed). */
gboolean    ld_mediation_party_validate (LdMediationParty *self,
                                         const GDate      *today,
                                         GPtrArray        *issues);

/* The party as an a{sv} (properties by name, enums by id, dates ISO;
 * "represents" left out: the case writes it as a position). New,
 * non-floating. */
GVariant   *ld_mediation_party_serialize (LdMediationParty *self);
/* Fails with LD_CORE_ERROR_INVALID on a wrong type or unknown id. */
LdMediationParty *ld_mediation_party_deserialize (GVariant  *variant,
                                                  GError   **error);

G_END_DECLS

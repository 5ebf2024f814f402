/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-mediation-case.h"

G_BEGIN_DECLS

#define LD_TYPE_MEDIATION_PARTY_DIALOG (ld_mediation_party_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LdMediationPartyDialog, ld_mediation_party_dialog, LD,
                      MEDIATION_PARTY_DIALOG, AdwWindow)

/*
 * LdMediationPartyDialog: the modal window (named "party-dialog") that adds
 * or edits one party of a mediation case. It edits a copy: Save (button
 * "party-dialog-save", or Enter in a field) applies the copy to the case —
 * a new party is added at the end, an existing one takes the copy's fields
 * — and closes; Cancel ("party-dialog-cancel"), Escape and closing the
 * window leave the case untouched.
 *
 * The fields are named after the party's properties ("role", "party-type",
 * "name", "id-number", "gender", "birth-date", "ethnicity", "occupation",
 * "phone", "address", "representative", "represents"), the label under
 * each "<property>-message"; "fill-from-id-number" fills the birth date
 * and gender from a person's ID number. The fields are validated as the
 * user types (ld_mediation_party_validate()); Save is insensitive while
 * there is an error, warnings do not block it.
 *
 * Signal "saved" (LdMediationParty *party): after Save, with the party as
 * it now is in the case.
 */

/* Adds a party of @role (when @party is NULL) or edits @party, which must
 * be in @mcase. */
LdMediationPartyDialog *ld_mediation_party_dialog_new (GtkWindow        *parent,
                                                       LdMediationCase  *mcase,
                                                       LdMediationParty *party,
                                                       LdPartyRole       role);
/* The working copy the fields edit (owned by the dialog). */
LdMediationParty       *ld_mediation_party_dialog_get_party (LdMediationPartyDialog *self);
/* Applies the copy and closes, as the Save button does; FALSE (and
 * nothing changes) while a field has an error. */
gboolean                ld_mediation_party_dialog_save (LdMediationPartyDialog *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-mediation-case.h"

G_BEGIN_DECLS

#define LD_TYPE_MEDIATION_PARTIES_EDITOR (ld_mediation_parties_editor_get_type ())
G_DECLARE_FINAL_TYPE (LdMediationPartiesEditor, ld_mediation_parties_editor, LD,
                      MEDIATION_PARTIES_EDITOR, AdwBin)

/*
 * LdMediationPartiesEditor: the parties of a mediation case (当事人):
 * applicants, respondents and agents, each a person or an organisation, in
 * the case's order. A row per party (role, name, ID number in full: this
 * is the editor), buttons to add a party, and per row to edit it (a dialog
 * with every field of LdMediationParty, validated as the user types with
 * the message under the field, and "fill in from the ID number"), move it
 * up or down and remove it (with Undo). It edits the case it is given
 * directly: the case's "changed" signal tells the editor window.
 *
 * Widget names for tests: "add-party" (button), rows "party-<position>",
 * their buttons "party-<position>-edit", "-up", "-down", "-remove"; in the
 * dialog "party-dialog" the entries are named after the property
 * ("name", "id-number", "phone" …), messages "<property>-message", the
 * buttons "party-dialog-save" / "party-dialog-cancel".
 */

GtkWidget *ld_mediation_parties_editor_new (void);
/* The case to edit (a new reference is kept; NULL clears). */
void       ld_mediation_parties_editor_set_case (LdMediationPartiesEditor *self,
                                                 LdMediationCase          *mcase);
/* Shows the validation messages of @issues (LdFieldIssue from
 * ld_mediation_case_validate()) that concern the parties (key "parties")
 * under the group; NULL clears them. */
void       ld_mediation_parties_editor_show_issues (LdMediationPartiesEditor *self,
                                                    GPtrArray                *issues);

G_END_DECLS

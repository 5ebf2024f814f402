/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"
#include "ld-mediation-case.h"

G_BEGIN_DECLS

#define LD_TYPE_MEDIATION_TIMELINE (ld_mediation_timeline_get_type ())
G_DECLARE_FINAL_TYPE (LdMediationTimeline, ld_mediation_timeline, LD, MEDIATION_TIMELINE, AdwBin)

/*
 * LdMediationTimeline: the sessions (调查 / 调解) and return visits (回访)
 * of a mediation case in date order, one row each (kind, date, place or
 * visitor, the first words of the record). "Add session" and "Add return
 * visit" buttons; a row opens its dialog (session: kind, date, place,
 * participants, recorder, record text; visit: date, visitor, findings),
 * validated with the message under the field; rows can be removed (with
 * confirmation). A saved session (id > 0) lists its attachments (photos,
 * evidence, stored in the database under LD_MEDIATION_SESSION_TABLE):
 * add with a file chooser, open with the system application, remove. An
 * unsaved session says to save the case first.
 *
 * It edits the case it is given directly (the case's "changed" follows).
 * Signal "print-record" (guint session index) asks the editor window to
 * preview the 调查记录 / 调解记录 of that session.
 *
 * Widget names for tests: "add-session", "add-visit"; rows "session-<index>"
 * and "visit-<index>" (indexes into the case's arrays); the dialogs
 * "session-dialog" (entries "session-kind", "session-date", "session-place",
 * "session-participants", "session-recorder", text view "session-record";
 * buttons "session-dialog-save" / "session-dialog-cancel") and
 * "visit-dialog" ("visit-date", "visit-visitor", "visit-findings";
 * "visit-dialog-save" / "visit-dialog-cancel"). Messages: "<name>-message".
 */

GtkWidget *ld_mediation_timeline_new (void);
/* The database for session attachments (a new reference; NULL: none). */
void       ld_mediation_timeline_set_database (LdMediationTimeline *self,
                                               LdDatabase          *database);
/* The case to show and edit (a new reference is kept; NULL clears). */
void       ld_mediation_timeline_set_case (LdMediationTimeline *self,
                                           LdMediationCase     *mcase);
/* Shows the messages of @issues with keys "sessions" and "return-visits"
 * under the groups; NULL clears them. */
void       ld_mediation_timeline_show_issues (LdMediationTimeline *self,
                                              GPtrArray           *issues);

G_END_DECLS

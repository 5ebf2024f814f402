/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-calendar.h"
#include "ld-mediation-case.h"
#include "ld-mediation-reminders.h"

G_BEGIN_DECLS

#define LD_TYPE_MEDIATION_AGREEMENT_EDITOR (ld_mediation_agreement_editor_get_type ())
G_DECLARE_FINAL_TYPE (LdMediationAgreementEditor, ld_mediation_agreement_editor, LD,
                      MEDIATION_AGREEMENT_EDITOR, AdwBin)

/*
 * LdMediationAgreementEditor: the agreement of a mediation case and what
 * follows it, as preference groups in a vertical box:
 *
 *   协议: the day reached and the day it took effect, oral or written,
 *     copies (一式N份), the place of performance;
 *   条款: the numbered terms (content, performance method, deadline) with
 *     add, edit (a dialog), move up/down and remove (with Undo), and per
 *     term its performance (status, date performed, note);
 *   司法确认: date applied, court, result, date decided, note.
 *
 * It edits the LdMediationAgreement of the case it is given directly (the
 * case's "changed" follows). set_terms_locked() makes the terms' content,
 * method and deadline read-only (an agreement has been issued), leaving the
 * performance editable.
 *
 * Widget names for tests: "agreement-reached-on", "agreement-effective-on",
 * "agreement-oral", "agreement-copies", "agreement-place"; "add-term";
 * rows "term-<index>" with buttons "term-<index>-edit", "-up", "-down",
 * "-remove", "-performance"; the term dialog "term-dialog" with entries
 * "term-content", "term-method", "term-deadline" and buttons
 * "term-dialog-save" / "term-dialog-cancel"; "confirmation-applied-on",
 * "confirmation-court", "confirmation-result", "confirmation-decided-on",
 * "confirmation-note". Messages under a field: "<name>-message".
 */

GtkWidget *ld_mediation_agreement_editor_new (void);
/* The case whose agreement to edit (a new reference is kept; NULL clears). */
void       ld_mediation_agreement_editor_set_case (LdMediationAgreementEditor *self,
                                                   LdMediationCase            *mcase);
void       ld_mediation_agreement_editor_set_terms_locked (LdMediationAgreementEditor *self,
                                                           gboolean                    locked);
/* Shows the messages of @issues (keys "agreement-terms",
 * "agreement-reached-on", "agreement-effective-on", "confirmation-applied-on",
 * "confirmation-court") under their fields; NULL clears them. */
void       ld_mediation_agreement_editor_show_issues (LdMediationAgreementEditor *self,
                                                      GPtrArray                  *issues);
/* The working-day calendar and the periods the judicial-confirmation
 * warning is computed with (ld_mediation_reminders_compute()); until set,
 * ld_calendar_new() and the defaults. @settings (NULL: the defaults) is
 * copied. */
void       ld_mediation_agreement_editor_set_reminder_context (LdMediationAgreementEditor        *self,
                                                               LdCalendar                        *calendar,
                                                               const LdMediationReminderSettings *settings);

G_END_DECLS

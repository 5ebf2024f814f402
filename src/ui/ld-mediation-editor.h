/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"
#include "ld-mediation-case.h"

G_BEGIN_DECLS

#define LD_TYPE_MEDIATION_EDITOR (ld_mediation_editor_get_type ())
G_DECLARE_FINAL_TYPE (LdMediationEditor, ld_mediation_editor, LD, MEDIATION_EDITOR, AdwWindow)

/*
 * LdMediationEditor: the window that logs and follows one mediation case
 * (人民调解 / 行政调解): the case form (kind, source, category, title, facts,
 * claims, committee, mediators, dates; validated as the user types, the
 * message under the field), the parties (ld-mediation-parties-editor.h),
 * the sessions and return visits (ld-mediation-timeline.h), the agreement,
 * its performance and judicial confirmation
 * (ld-mediation-agreement-editor.h), the reminders due, a button per
 * workflow status allowed next (a reason asked where one is needed), the
 * documents menu (application, session record, agreement) that previews,
 * prints and issues them, and the documents issued.
 *
 * Unsaved changes are kept as a draft (ld-draft-store.h, kind
 * "mediation") and offered back (dialog "draft-dialog", responses
 * "restore" and "discard") when the case is opened again.
 *
 * Widgets that edit a property are named after it ("title", "category"),
 * the label under each "<property>-message"; status buttons
 * "status-<status id>", reminder rows "reminder-<index>", the status row
 * "status-row". A refused step shows the workflow's reason (dialog
 * "step-refused") and changes nothing.
 *
 * Actions: editor.save (Ctrl+S), editor.status (s: a status id),
 * editor.document (s: "application", "record" or "agreement"),
 * editor.delete.
 */

/* Opens case @id (0 for a new one) of @database. Returns NULL with @error
 * when it cannot be loaded. */
LdMediationEditor *ld_mediation_editor_new (GtkWindow   *parent,
                                            LdDatabase  *database,
                                            gint64       id,
                                            GError     **error);
/* Opens (or brings forward) the editor of case @id over the window of
 * @widget; an error is shown in a dialog there. */
void               ld_mediation_editor_open (GtkWidget  *widget,
                                             LdDatabase *database,
                                             gint64      id);
/* Gives a register page of mediation cases its ways into the editor: a
 * "New" button in @toolbar and on @empty_page, "record-activated"
 * (LdRecordSummary *) opening the case, and, once @page is in its window,
 * ld_mediation_editor_recover_drafts(). */
void               ld_mediation_editor_hook_page (GtkWidget     *page,
                                                  LdDatabase    *database,
                                                  GtkBox        *toolbar,
                                                  AdwStatusPage *empty_page);
/* Opens an editor for every case that has a kept draft (new ones
 * included); each asks whether to restore it. Returns how many opened. */
unsigned           ld_mediation_editor_recover_drafts (GtkWindow  *parent,
                                                       LdDatabase *database);
/* Closes the editor of case @id of @database, if one is open, without
 * keeping its unsaved changes: the case was deleted. */
void               ld_mediation_editor_close_deleted (LdDatabase *database,
                                                      gint64      id);
/* The working copy the editor shows (owned by the editor). */
LdMediationCase   *ld_mediation_editor_get_case (LdMediationEditor *self);
/* TRUE when there are changes that Save has not written. */
gboolean           ld_mediation_editor_get_modified (LdMediationEditor *self);

G_END_DECLS

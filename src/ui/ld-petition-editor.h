/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"
#include "ld-petition.h"

G_BEGIN_DECLS

#define LD_TYPE_PETITION_EDITOR (ld_petition_editor_get_type ())
G_DECLARE_FINAL_TYPE (LdPetitionEditor, ld_petition_editor, LD, PETITION_EDITOR, AdwWindow)

/*
 * LdPetitionEditor: the window that registers and follows one petition
 * (信访事项): the registration form (validated as the user types, the
 * message under the field), the current deadlines with the days left, the
 * history as a timeline, a button per workflow step allowed next (each
 * opens ld-petition-step-dialog.h) and the documents menu (acceptance and
 * non-acceptance notices, reply) that previews and issues them.
 *
 * Unsaved changes are kept as a draft (ld-draft-store.h, kind
 * "petition") and offered back (dialog "draft-dialog", responses "restore"
 * and "discard") when the petition is opened again.
 *
 * Save (Ctrl+S) registers a new petition, then shows the earlier petitions
 * that may be repeats (dialog "repeats-dialog", responses "not-repeat" and
 * "link"). A refused step shows the workflow's reason (dialog
 * "step-refused") and changes nothing.
 *
 * Widgets that edit a property are named after it ("petitioner-id-number"),
 * the label under each "<property>-message"; step buttons "step-<step id>",
 * deadline rows "deadline-<limit id>", the status row "status-row".
 *
 * Actions: editor.save, editor.step (s: a step id), editor.document (s:
 * "acceptance", "non-acceptance" or "reply").
 */

/* Opens petition @id (0 for a new one) of @database. Returns NULL with
 * @error when it cannot be loaded. */
LdPetitionEditor *ld_petition_editor_new (GtkWindow   *parent,
                                          LdDatabase  *database,
                                          gint64       id,
                                          GError     **error);

/* Opens (or brings forward) the editor of petition @id over the window of
 * @widget; an error is shown in a dialog there. */
void              ld_petition_editor_open (GtkWidget  *widget,
                                           LdDatabase *database,
                                           gint64      id);

/* Gives a register page of petitions its ways into the editor: a "New"
 * button in @toolbar and on @empty_page, "record-activated"
 * (LdRecordSummary *) opening the petition, and, once @page is in its
 * window, ld_petition_editor_recover_drafts(). */
void              ld_petition_editor_hook_page (GtkWidget     *page,
                                                LdDatabase    *database,
                                                GtkBox        *toolbar,
                                                AdwStatusPage *empty_page);

/* Opens an editor for every petition that has a kept draft (new ones
 * included); each asks whether to restore it. Returns how many opened. */
unsigned          ld_petition_editor_recover_drafts (GtkWindow  *parent,
                                                     LdDatabase *database);

/* The working copy the editor shows (owned by the editor). */
LdPetition       *ld_petition_editor_get_petition (LdPetitionEditor *self);
/* TRUE when there are changes that Save has not written. */
gboolean          ld_petition_editor_get_modified (LdPetitionEditor *self);

G_END_DECLS

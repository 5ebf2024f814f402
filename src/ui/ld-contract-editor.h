/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-contract-review.h"
#include "ld-database.h"

G_BEGIN_DECLS

#define LD_TYPE_CONTRACT_EDITOR (ld_contract_editor_get_type ())
G_DECLARE_FINAL_TYPE (LdContractEditor, ld_contract_editor, LD, CONTRACT_EDITOR, AdwWindow)

/*
 * LdContractEditor: the window that edits one contract review, with the
 * live opinion letter beside it.
 *
 * Fields validate as the user types (the message under the row). Every
 * change is kept as a draft in the database (after a second, and when the
 * window closes or is destroyed), so nothing typed is lost; Save (Ctrl+S)
 * writes the review and drops the draft. Issue (出具) lists what the letter
 * still needs, or issues it; the editor is then read-only and shows, prints
 * and saves the stored PDF.
 *
 * Widgets that edit a property of the review are named after it
 * (gtk_widget_get_name (), e.g. "counterparty-credit-code"), and the label
 * under each "<property>-message", for tests and screenshots.
 *
 * Actions: editor.save, editor.issue, editor.print, editor.save-pdf,
 * editor.start-review, editor.return, editor.mark-signed, editor.archive,
 * editor.delete, editor.add-finding, editor.add-attachment.
 */

/* Opens the review @id (0 for a new one) of @database. When a draft of it
 * is kept, the editor asks whether to restore it. Returns NULL with @error
 * when the review cannot be loaded. */
LdContractEditor *ld_contract_editor_new (GtkWindow   *parent,
                                          LdDatabase  *database,
                                          gint64       id,
                                          GError     **error);

/* Opens the editor of review @id (0 for a new one) over the window of
 * @widget and presents it; an error is shown in a dialog there. For pages
 * and menus that open reviews. */
void              ld_contract_editor_open (GtkWidget  *widget,
                                           LdDatabase *database,
                                           gint64      id);

/* Gives a register page of contract reviews its ways into the editor: a
 * "New" button in @toolbar and on @empty_page (where the toolbar is
 * hidden), "record-activated" (LdRecordSummary *) opening the review, and,
 * once @page is in its window, ld_contract_editor_recover_drafts(). */
void              ld_contract_editor_hook_page (GtkWidget     *page,
                                                LdDatabase    *database,
                                                GtkBox        *toolbar,
                                                AdwStatusPage *empty_page);

/* Closes the editor of review @id of @database, if one is open, without
 * keeping its unsaved changes: the review was deleted. */
void              ld_contract_editor_close_deleted (LdDatabase *database,
                                                    gint64      id);
/* The working copy the editor shows (owned by the editor). */
LdContractReview *ld_contract_editor_get_review (LdContractEditor *self);
/* TRUE when there are changes that Save has not written. */
gboolean          ld_contract_editor_get_modified (LdContractEditor *self);
/* TRUE once the opinion is issued (nothing may change any more). */
gboolean          ld_contract_editor_get_read_only (LdContractEditor *self);
/* The PDF the preview shows: the draft letter, or the stored issued PDF. */
GBytes           *ld_contract_editor_get_pdf (LdContractEditor *self);

/* Opens an editor for every review that has a kept draft (new, unsaved
 * reviews included); each asks whether to restore its draft. For the
 * main window to call once a database is open. Returns how many opened. */
unsigned          ld_contract_editor_recover_drafts (GtkWindow  *parent,
                                                     LdDatabase *database);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"

G_BEGIN_DECLS

/* Deleting the record a record editor shows (the contract and mediation
 * editors' Delete): the question, and the Undo toast on the main window
 * as the editor closes. */

typedef gboolean (*LdEditorRestoreFunc) (LdDatabase  *database,
                                         GObject     *record,
                                         GError     **error);

AdwMessageDialog *ld_editor_delete_dialog_new (GtkWindow           *editor,
                                               const char          *heading,
                                               const char          *body);
void              ld_editor_close_deleted     (GtkWindow           *editor,
                                               LdDatabase          *database,
                                               GObject             *record,
                                               LdEditorRestoreFunc  restore,
                                               const char          *title,
                                               const char          *what);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"
#include "ld-record-delete.h"

G_BEGIN_DECLS

/* Deleting the record a record editor shows (the contract and mediation
 * editors' Delete): the question, and the Undo toast on the main window
 * as the editor closes. */

AdwMessageDialog *ld_editor_delete_dialog_new (GtkWindow             *editor,
                                               const char            *heading,
                                               const char            *body);
void              ld_editor_close_deleted     (GtkWindow             *editor,
                                               const LdRecordDeleter *deleter,
                                               LdDatabase            *database,
                                               GObject               *record,
                                               const char            *number);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"
#include "ld-record-delete.h"
#include "ld-record-summary.h"

G_BEGIN_DECLS

/* Asks (an AdwMessageDialog over @page's window) whether to delete the
 * mediation case of @summary. On "Delete" it loads the whole case, deletes
 * it and emits "add-toast" (AdwToast *) on @page with an Undo button that
 * puts the case back with the same id, number and status, with its and its
 * sessions' attachments; when the toast goes without Undo, what the store
 * kept aside for it is removed. A refusal (a
 * document was issued for the case) or an error comes back as a toast with
 * the store's reason. @page must have an "add-toast" signal. */
void ld_mediation_delete_confirm (GtkWidget       *page,
                                  LdDatabase      *database,
                                  LdRecordSummary *summary);

/* What deleting a mediation case needs, for its editor's Delete
 * (ld_editor_close_deleted()). */
const LdRecordDeleter *ld_mediation_deleter (void);

G_END_DECLS

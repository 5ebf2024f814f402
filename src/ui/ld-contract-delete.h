/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-database.h"
#include "ld-record-delete.h"
#include "ld-record-summary.h"

G_BEGIN_DECLS

/* Asks (an AdwMessageDialog over @page's window) whether to delete the
 * contract review of @summary. On "Delete" it loads the whole review, deletes
 * it and emits "add-toast" (AdwToast *) on @page with an Undo button that
 * puts the review back with the same id and number; the loaded review is
 * kept until the toast goes. When the toast goes without Undo, the
 * attachments the store kept aside for it are removed. A refusal (an issued letter) or an error comes
 * back as a toast with the reason. @page must have an "add-toast" signal. */
void ld_contract_delete_confirm (GtkWidget       *page,
                                 LdDatabase      *database,
                                 LdRecordSummary *summary);

/* What deleting a contract review needs, for its editor's Delete
 * (ld_editor_close_deleted()). */
const LdRecordDeleter *ld_contract_deleter (void);

G_END_DECLS

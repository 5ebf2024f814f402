/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-document-window.h"

G_BEGIN_DECLS

/* The documents menu of the petition and mediation editors, and the
 * window that previews and issues one of them. */

typedef struct
{
  const char *which;  /* the target of "editor.document" */
  const char *label;  /* mnemonic, marked with N_() */
} LdEditorDocument;

/* Whether @editor's record supports document @which now. */
typedef gboolean (*LdEditorDocumentAvailableFunc) (gpointer    editor,
                                                   const char *which);

void ld_editor_documents_refresh_menu (GtkWidget                     *button,
                                       const LdEditorDocument        *documents,
                                       gsize                          n_documents,
                                       LdEditorDocumentAvailableFunc  available,
                                       gpointer                       editor);
void ld_editor_documents_present      (GtkWindow                     *editor,
                                       const char                    *title,
                                       LdDocument                    *draft,
                                       LdDocumentIssueFunc            issue,
                                       gpointer                       issue_data,
                                       GDestroyNotify                 issue_data_free,
                                       GCallback                      issued);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ld-issued-document.h"
#include "ld-pdf-preview.h"

G_BEGIN_DECLS

#define LD_TYPE_DOCUMENT_WINDOW (ld_document_window_get_type ())
G_DECLARE_FINAL_TYPE (LdDocumentWindow, ld_document_window, LD, DOCUMENT_WINDOW, AdwWindow)

/*
 * LdDocumentWindow: one document's PDF with Print, Save as PDF…, zoom and,
 * when the caller allows it, Issue.
 */

/* Issues the document: assigns its number and stores the exact PDF. Returns
 * the issued PDF bytes and sets @number (newly allocated), or returns NULL
 * and sets @error. */
typedef GBytes *(*LdDocumentIssueFunc) (LdDocumentWindow  *window,
                                        char             **number,
                                        gpointer           user_data,
                                        GError           **error);

LdDocumentWindow *ld_document_window_new            (GtkWindow           *parent,
                                                     const char          *title,
                                                     GBytes              *pdf);
/* Shows an issued document from its stored bytes: no Issue button. */
LdDocumentWindow *ld_document_window_new_issued     (GtkWindow           *parent,
                                                     const char          *title,
                                                     const char          *number,
                                                     GBytes              *pdf);

/* Shows @issued (fetched with its PDF) from the stored bytes; warns when they
 * no longer match the SHA-256 recorded at issue time. */
LdDocumentWindow *ld_document_window_new_for_issued (GtkWindow           *parent,
                                                     LdIssuedDocument    *issued);

/* Live updates of a draft; ignored once the document is issued. */
void              ld_document_window_set_pdf        (LdDocumentWindow    *self,
                                                     GBytes              *pdf);
/* The same from a document laid out in a worker thread (see
 * ld_pdf_preview_set_document()); ignored once issued. */
void              ld_document_window_set_document   (LdDocumentWindow    *self,
                                                     LdDocument          *document);
/* The PDF shown (and printed and saved), NULL while a document is laid out
 * for the first time or failed to lay out. */
GBytes           *ld_document_window_get_pdf        (LdDocumentWindow    *self);
void              ld_document_window_set_issue_func (LdDocumentWindow    *self,
                                                     LdDocumentIssueFunc  func,
                                                     gpointer             user_data,
                                                     GDestroyNotify       destroy);
/* The document number once issued, else NULL. */
const char       *ld_document_window_get_number     (LdDocumentWindow    *self);
LdPdfPreview     *ld_document_window_get_preview    (LdDocumentWindow    *self);
/* Whether the shown issued PDF failed its SHA-256 check. */
gboolean          ld_document_window_get_tampered   (LdDocumentWindow    *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ld-document-kind.h"

G_BEGIN_DECLS

#define LD_TYPE_ISSUED_DOCUMENT (ld_issued_document_get_type ())
G_DECLARE_FINAL_TYPE (LdIssuedDocument, ld_issued_document, LD, ISSUED_DOCUMENT, GObject)

/* A document as it was issued (出具): its 文号, the record it was issued for,
 * and the exact PDF bytes with their SHA-256. Issued documents never change,
 * so every property is construct-only; the store creates these objects.
 *
 * Properties: "id" (gint64), "kind" (LdDocumentKind as int), "year", "seq",
 * "number", "record-table", "record-id" (gint64), "title", "sha256",
 * "issued-at" (GDateTime, UTC), "issued-by", "pdf" (GBytes, NULL in lists). */

gint64          ld_issued_document_get_id           (LdIssuedDocument *self);
LdDocumentKind  ld_issued_document_get_kind         (LdIssuedDocument *self);
int             ld_issued_document_get_year         (LdIssuedDocument *self);
int             ld_issued_document_get_seq          (LdIssuedDocument *self);
/* The 文号, e.g. "×法审〔2026〕12号". */
const char     *ld_issued_document_get_number       (LdIssuedDocument *self);
/* The table and row of the record the document was issued for (NULL/0 for none). */
const char     *ld_issued_document_get_record_table (LdIssuedDocument *self);
gint64          ld_issued_document_get_record_id    (LdIssuedDocument *self);
const char     *ld_issued_document_get_title        (LdIssuedDocument *self);
/* Lowercase hex SHA-256 of the PDF bytes as stored when issued. */
const char     *ld_issued_document_get_sha256       (LdIssuedDocument *self);
GDateTime      *ld_issued_document_get_issued_at    (LdIssuedDocument *self);
const char     *ld_issued_document_get_issued_by    (LdIssuedDocument *self);
/* The exact PDF bytes, or NULL when the object came from a list query. */
GBytes         *ld_issued_document_get_pdf          (LdIssuedDocument *self);

G_END_DECLS

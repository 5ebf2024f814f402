/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ld-database.h"
#include "ld-document-kind.h"
#include "ld-issued-document.h"

G_BEGIN_DECLS

/* Renders the document with its final 文号 @number and returns the exact PDF
 * bytes to keep, or NULL with @error set. Called inside the issuing
 * transaction: it may read the database through the same LdDatabase. */
typedef GBytes *(*LdIssueRenderFunc) (const char  *number,
                                      gpointer     user_data,
                                      GError     **error);

/* Issues (出具) a document: in one transaction takes the next number of
 * @kind in @year (gapless: a failed render or insert rolls back and the
 * number is used by the next issue), formats the 文号 with the prefix from the
 * organisation settings, calls @render with it, stores the bytes with their
 * SHA-256 and returns the issued document (with its PDF bytes).
 * @record_table/@record_id name the record it was issued for (NULL/0 for none).
 * Inside a transaction of the caller (ld_database_begin()), the document is
 * issued only when that transaction commits; if it rolls back, so does the
 * number. The write lock is held while @render runs. */
LdIssuedDocument *ld_issued_store_issue           (LdDatabase         *db,
                                                   LdDocumentKind      kind,
                                                   int                 year,
                                                   const char         *record_table,
                                                   gint64              record_id,
                                                   const char         *title,
                                                   LdIssueRenderFunc   render,
                                                   gpointer            user_data,
                                                   GError            **error);

/* All issued documents, newest (last issued) first, without their PDF bytes. */
GPtrArray        *ld_issued_store_list            (LdDatabase  *db,
                                                   GError     **error);
/* A page of ld_issued_store_list(): @limit rows from @offset (@limit < 0: all). */
GPtrArray        *ld_issued_store_list_range      (LdDatabase  *db,
                                                   int          offset,
                                                   int          limit,
                                                   GError     **error);
int               ld_issued_store_count           (LdDatabase  *db,
                                                   GError     **error);
/* The documents issued for one record, newest first, without PDF bytes. */
GPtrArray        *ld_issued_store_list_for_record (LdDatabase  *db,
                                                   const char  *record_table,
                                                   gint64       record_id,
                                                   GError     **error);

/* LD_STORE_ERROR_NOT_FOUND when no document has that id or 文号. */
LdIssuedDocument *ld_issued_store_get             (LdDatabase  *db,
                                                   gint64       id,
                                                   gboolean     with_pdf,
                                                   GError     **error);
LdIssuedDocument *ld_issued_store_get_by_number   (LdDatabase  *db,
                                                   const char  *number,
                                                   gboolean     with_pdf,
                                                   GError     **error);

/* Recomputes the SHA-256 of every stored PDF and appends the 文号 (char *)
 * of each document whose bytes no longer match to @mismatches. Returns TRUE
 * when the check ran (whatever it found), FALSE with @error if it could not. */
gboolean          ld_issued_store_verify          (LdDatabase  *db,
                                                   GPtrArray   *mismatches,
                                                   GError     **error);

G_END_DECLS

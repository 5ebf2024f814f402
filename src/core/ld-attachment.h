/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LD_TYPE_ATTACHMENT (ld_attachment_get_type ())
G_DECLARE_FINAL_TYPE (LdAttachment, ld_attachment, LD, ATTACHMENT, GObject)

/* A file kept with a record (the contract text, supporting papers: PDF,
 * DOCX, images). The store creates these; every property is construct-only.
 * The bytes are not held here: load them with ld_attachment_store_get_bytes().
 *
 * Properties: "id" (gint64), "record-table" (e.g. "contract_reviews"),
 * "record-id" (gint64), "file-name" (the base name as added),
 * "content-type" (a MIME type, e.g. "application/pdf"), "size" (gint64,
 * bytes), "sha256" (lowercase hex), "added-at" (GDateTime, UTC). */

LdAttachment *ld_attachment_new (gint64      id,
                                 const char *record_table,
                                 gint64      record_id,
                                 const char *file_name,
                                 const char *content_type,
                                 gint64      size,
                                 const char *sha256,
                                 GDateTime  *added_at);

gint64      ld_attachment_get_id           (LdAttachment *self);
const char *ld_attachment_get_record_table (LdAttachment *self);
gint64      ld_attachment_get_record_id    (LdAttachment *self);
const char *ld_attachment_get_file_name    (LdAttachment *self);
const char *ld_attachment_get_content_type (LdAttachment *self);
gint64      ld_attachment_get_size         (LdAttachment *self);
const char *ld_attachment_get_sha256       (LdAttachment *self);
GDateTime  *ld_attachment_get_added_at     (LdAttachment *self);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ld-attachment.h"
#include "ld-database.h"

G_BEGIN_DECLS

/* Files kept in the database with a record of any register (@record_table
 * is the record's table, e.g. "contract_reviews"). Deleting a contract
 * review deletes its attachments too. */

/* The attachments of one record (LdAttachment, without bytes), in the order
 * they were added. */
GPtrArray *ld_attachment_store_list      (LdDatabase  *db,
                                          const char  *record_table,
                                          gint64       record_id,
                                          GError     **error);
/* Stores @bytes as a new attachment (one transaction) and returns its id,
 * or 0 with @error set. @file_name is kept as given (its base name);
 * @content_type may be NULL ("application/octet-stream"). */
gint64     ld_attachment_store_add       (LdDatabase  *db,
                                          const char  *record_table,
                                          gint64       record_id,
                                          const char  *file_name,
                                          const char  *content_type,
                                          GBytes      *bytes,
                                          GError     **error);
/* One attachment's details (LD_STORE_ERROR_NOT_FOUND if none). */
LdAttachment *ld_attachment_store_get    (LdDatabase  *db,
                                          gint64       attachment_id,
                                          GError     **error);
/* The exact bytes as added (LD_STORE_ERROR_NOT_FOUND if none). */
GBytes    *ld_attachment_store_get_bytes (LdDatabase  *db,
                                          gint64       attachment_id,
                                          GError     **error);
/* LD_STORE_ERROR_NOT_FOUND if there is no such attachment. */
gboolean   ld_attachment_store_remove    (LdDatabase  *db,
                                          gint64       attachment_id,
                                          GError     **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ld-audit-entry.h"
#include "ld-database.h"

G_BEGIN_DECLS

/* The history of one record: an array of LdAuditEntry, newest first (empty
 * when the record has none). NULL with @error set on failure. */
GPtrArray *ld_audit_store_list_for_row (LdDatabase  *db,
                                        const char  *table,
                                        gint64       row_id,
                                        GError     **error);

G_END_DECLS

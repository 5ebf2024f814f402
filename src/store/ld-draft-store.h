/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ld-database.h"

G_BEGIN_DECLS

/* Unsaved editor state, kept in the database so it is never lost (a closed
 * window, a crash). One draft per (@kind, @record_id): @kind names the
 * editor, e.g. LD_DRAFT_KIND_CONTRACT_REVIEW; @record_id is the record's id,
 * 0 for a new record not yet saved. @data is the editor's serialized state
 * (e.g. g_variant_get_data_as_bytes() of ld_contract_review_serialize()).
 * Deleting a contract review deletes its drafts too. */

#define LD_DRAFT_KIND_CONTRACT_REVIEW "contract_review"

/* Saves @data, replacing an earlier draft of the same kind and record. */
gboolean ld_draft_store_save    (LdDatabase  *db,
                                 const char  *kind,
                                 gint64       record_id,
                                 GBytes      *data,
                                 GError     **error);
/* The draft's bytes, or NULL without an error when there is none. */
GBytes  *ld_draft_store_load    (LdDatabase  *db,
                                 const char  *kind,
                                 gint64       record_id,
                                 GError     **error);
/* Removes the draft; no draft is not an error. */
gboolean ld_draft_store_discard (LdDatabase  *db,
                                 const char  *kind,
                                 gint64       record_id,
                                 GError     **error);
/* The record ids (gint64; 0 for a new record) of every draft of @kind, for
 * recovery at start-up, most recently saved first. */
GArray  *ld_draft_store_list    (LdDatabase  *db,
                                 const char  *kind,
                                 GError     **error);

G_END_DECLS

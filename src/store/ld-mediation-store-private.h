/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For the ld-mediation-store*.c files only: the child rows of a case
 * (parties, sessions, agreement and terms, return visits). */

#include "ld-database-private.h"
#include "ld-mediation-store.h"
#include "ld-store-records-private.h"
#include "ld-store-values-private.h"

G_BEGIN_DECLS

/* Loads the parties, agreement with terms, sessions and visits of the case
 * with @mcase's id into @mcase. */
gboolean     ld_mediation_store_load_children (LdDatabase       *db,
                                               LdMediationCase  *mcase,
                                               GError          **error);

/* Adds their parties to each of @cases (rows loaded without children), in
 * one query for them all. */
gboolean     ld_mediation_store_load_parties_of (LdDatabase  *db,
                                                 GPtrArray   *cases,
                                                 GError     **error);

/* Loads only what the reminders read (ld_mediation_reminders_next_due()):
 * the agreement with its terms and the return visits. */
gboolean     ld_mediation_store_load_due_children (LdDatabase       *db,
                                                   LdMediationCase  *mcase,
                                                   GError          **error);

/* Whether the reminders of a case in @status read more than its row:
 * from the agreement on, its terms, confirmation and return visits. */
gboolean     ld_mediation_store_status_needs_due_children (LdMediationStatus status);

/* The case @id without its children, or NULL (LD_STORE_ERROR_NOT_FOUND). */
LdMediationCase *ld_mediation_store_get_row (LdDatabase  *db,
                                             gint64       id,
                                             GError     **error);

/* The id of the next new case, or party, into @out: above the live ones
 * and those of deleted cases (mediation_retired), which undoing the delete
 * brings back. SQLite would hand out a deleted row's id again. */
gboolean     ld_mediation_store_next_case_id (LdDatabase  *db,
                                              gint64      *out,
                                              GError     **error);
gboolean     ld_mediation_store_next_party_id (LdDatabase  *db,
                                               gint64      *out,
                                               GError     **error);

/* The ids the child rows got, in the order of @mcase's lists, to set on
 * the caller's case once the transaction has committed. */
typedef struct
{
  GArray *parties;
  GArray *sessions;
  GArray *terms;
  GArray *visits;
} LdMediationChildIds;

void         ld_mediation_child_ids_clear (LdMediationChildIds *ids);
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (LdMediationChildIds, ld_mediation_child_ids_clear)
/* Sets the ids on @mcase's children (where they differ). */
void         ld_mediation_child_ids_apply (const LdMediationChildIds *ids,
                                           LdMediationCase           *mcase);

/* Writes every child of @mcase for case @case_id inside the caller's
 * transaction: rows with a stored id of this case are updated, others
 * inserted (with their own id when @keep_ids, for a restore), stored rows
 * no longer in @mcase deleted. Fills @out_ids. */
gboolean     ld_mediation_store_write_children (LdDatabase           *db,
                                                gint64                case_id,
                                                LdMediationCase      *mcase,
                                                gboolean              keep_ids,
                                                LdMediationChildIds  *out_ids,
                                                GError              **error);

G_END_DECLS

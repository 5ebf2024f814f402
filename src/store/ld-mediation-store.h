/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ld-calendar.h"
#include "ld-database.h"
#include "ld-document-kind.h"
#include "ld-issued-document.h"
#include "ld-issued-store.h"
#include "ld-mediation-case.h"
#include "ld-mediation-reminders.h"

G_BEGIN_DECLS

/* The mediation (人民调解 / 行政调解) register: the mediation_cases table
 * with its parties (mediation_parties), sessions (mediation_sessions), the
 * agreement and its terms (mediation_agreements, mediation_terms), return
 * visits (mediation_visits) and the organisation's dispute categories
 * (dispute_categories). Every write is one transaction; refusals of the
 * workflow come back as its LD_CORE_ERROR, missing rows as
 * LD_STORE_ERROR_NOT_FOUND. Lists are read with LdListQuery
 * (LD_RECORD_AREA_MEDIATION). */

/* The table the cases live in: the record_table of their issued documents
 * and of the drafts' kind "mediation". */
#define LD_MEDIATION_STORE_TABLE "mediation_cases"
/* The record_table of a session's attachments (photos, evidence); the
 * record_id is the session's id (LdMediationSession.id, set once saved). */
#define LD_MEDIATION_SESSION_TABLE "mediation_sessions"

/* Loads one case with its parties (in order, agents linked to the party
 * they act for), agreement with terms, sessions and return visits.
 * LD_STORE_ERROR_NOT_FOUND if none. */
LdMediationCase *ld_mediation_store_get (LdDatabase  *db,
                                         gint64       id,
                                         GError     **error);

/* The cases @ids with their parties but nothing else (no sessions,
 * agreement or visits), in the order of @ids, leaving out ids no case has:
 * for exports of a page of the register, two queries whatever its size.
 * A new array of LdMediationCase. */
GPtrArray       *ld_mediation_store_get_with_parties (LdDatabase    *db,
                                                      const gint64  *ids,
                                                      guint          n_ids,
                                                      GError       **error);

/* Inserts a new case with everything it holds: assigns an id above every
 * live and deleted case's, the year (from the application date, else
 * today), the next seq of that year (one sequence for both kinds, above
 * the deleted cases' too: a number is never given twice) and the number "人调〔YYYY〕N号" (people's mediation) or
 * "行调〔YYYY〕N号" (administrative); keeps "due-on" with
 * ld_mediation_reminders_update_due_on() (the stored reminder settings and
 * calendar). Refuses a case that does not validate
 * (LD_CORE_ERROR_INVALID with the first error's message). Sets the ids of
 * the case, its parties, terms, sessions and visits, and number, year and
 * seq. Returns the new id or 0. */
gint64           ld_mediation_store_insert (LdDatabase       *db,
                                            LdMediationCase  *mcase,
                                            GError          **error);

/* Saves every field and child of an existing case (by id; a case deleted
 * meanwhile is refused with LD_STORE_ERROR_NOT_FOUND saying so): rows keep
 * their ids (a session's attachments stay with it), new rows get ids (set on
 * @mcase), rows no longer in @mcase are deleted (with a session's
 * attachments). Refuses a change of "kind" (LD_CORE_ERROR_TRANSITION:
 * the number says 人调 or 行调), what ld_mediation_workflow_check_update
 * (stored, @mcase) refuses, a case that does not validate, and, once an agreement
 * (协议书) has been issued for the case, any change to the terms' content,
 * method or deadline or to their number (LD_CORE_ERROR_TRANSITION: the
 * issued agreement is what the parties signed; performance stays
 * editable). Keeps "due-on" as insert does. */
gboolean         ld_mediation_store_update (LdDatabase       *db,
                                            LdMediationCase  *mcase,
                                            GError          **error);

/* Moves a stored case to @status via ld_mediation_workflow_transition();
 * @reason is required for not_accepted, failed and terminated (stored as
 * "status-reason") and ignored otherwise. Keeps "due-on". */
gboolean         ld_mediation_store_set_status (LdDatabase         *db,
                                                gint64              id,
                                                LdMediationStatus   status,
                                                const char         *reason,
                                                GError            **error);

/* Deletes a case with its parties, sessions, agreement, visits and drafts.
 * A case with an issued document is refused (LD_CORE_ERROR_TRANSITION):
 * what was issued is kept. Its id and number are retired (never given to
 * a new case). Its attachments and its sessions' are kept aside until the
 * next delete (or ld_mediation_store_purge_deleted()) so that
 * ld_mediation_store_restore_deleted() can bring them back; those of the
 * case deleted before are removed now. */
gboolean         ld_mediation_store_delete (LdDatabase  *db,
                                            gint64       id,
                                            GError     **error);

/* Re-inserts a case exactly as it was (same ids, number and status) with
 * its and its sessions' attachments: the undo of the last
 * ld_mediation_store_delete(), given the case loaded before deleting it.
 * (Its drafts are not brought back.) Cases inserted since do not stand in
 * the way; restoring a case that is back already fails
 * (LD_STORE_ERROR_CONSTRAINT). */
gboolean         ld_mediation_store_restore_deleted (LdDatabase       *db,
                                                     LdMediationCase  *mcase,
                                                     GError          **error);

/* Removes the attachments kept aside for undoing the last delete, e.g.
 * when its "Undo" toast goes away. */
gboolean         ld_mediation_store_purge_deleted (LdDatabase  *db,
                                                   GError     **error);

/* Issues one of the case's documents in ONE transaction: saves @mcase (as
 * ld_mediation_store_update()), then ld_issued_store_issue() with @kind
 * (LD_DOCUMENT_KIND_MEDIATION_APPLICATION, _RECORD or _AGREEMENT),
 * record_table LD_MEDIATION_STORE_TABLE, the year of today, @title and
 * @render. The agreement is refused (LD_CORE_ERROR_MISSING, saying what is
 * missing) unless the case has reached an agreement (status
 * agreement_reached or later) with at least one term; any document of a
 * people's mediation without a committee is refused too
 * (LD_CORE_ERROR_MISSING). On any failure
 * nothing changes and no number is used. */
LdIssuedDocument *ld_mediation_store_issue (LdDatabase         *db,
                                            LdMediationCase    *mcase,
                                            LdDocumentKind      kind,
                                            const char         *title,
                                            LdIssueRenderFunc   render,
                                            gpointer            user_data,
                                            GError            **error);

/* TRUE when an agreement (协议书) has been issued for case @id. */
gboolean         ld_mediation_store_has_issued_agreement (LdDatabase  *db,
                                                          gint64       id,
                                                          gboolean    *out_issued,
                                                          GError     **error);

/* The distinct mediator names of all cases (split at '、'), sorted, for
 * the list's filter. */
GStrv            ld_mediation_store_list_mediators (LdDatabase  *db,
                                                    GError     **error);

/* The organisation's dispute categories (DOMAIN.md 2.4), in order; seeded
 * with ld_dispute_categories_get_defaults(). Retired ones are left out
 * unless @include_retired (a case keeps a retired category). */
GStrv            ld_mediation_store_list_categories (LdDatabase  *db,
                                                     gboolean     include_retired,
                                                     GError     **error);
/* Adds a category at the end (blank or existing names are refused with
 * LD_CORE_ERROR_INVALID). */
gboolean         ld_mediation_store_add_category (LdDatabase  *db,
                                                  const char  *name,
                                                  GError     **error);
/* Renames a category and every case filed under it. */
gboolean         ld_mediation_store_rename_category (LdDatabase  *db,
                                                     const char  *name,
                                                     const char  *new_name,
                                                     GError     **error);
/* Retires (or brings back) a category: never deleted, so cases keep it. */
gboolean         ld_mediation_store_set_category_retired (LdDatabase  *db,
                                                          const char  *name,
                                                          gboolean     retired,
                                                          GError     **error);

/* The reminder periods kept in the settings table under "mediation.*"
 * keys (the defaults of ld_mediation_reminder_settings_init() when unset).
 * Saving periods that move due dates also recomputes "due-on" of every
 * case in an open status, in the same transaction. */
gboolean         ld_mediation_store_load_reminder_settings (LdDatabase                  *db,
                                                            LdMediationReminderSettings *out,
                                                            GError                     **error);
gboolean         ld_mediation_store_save_reminder_settings (LdDatabase                        *db,
                                                            const LdMediationReminderSettings *settings,
                                                            GError                           **error);

G_END_DECLS

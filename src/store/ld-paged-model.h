/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ld-database.h"
#include "ld-list-query.h"
#include "ld-record-summary.h"

G_BEGIN_DECLS

#define LD_TYPE_PAGED_MODEL (ld_paged_model_get_type ())
G_DECLARE_FINAL_TYPE (LdPagedModel, ld_paged_model, LD, PAGED_MODEL, GObject)

/* A GListModel of LdRecordSummary over one register. It never loads the
 * table: it learns its length from register_counts (or one count query) and
 * reads rows in pages of LD_PAGED_MODEL_PAGE_SIZE when they are asked for,
 * keeping a few pages. Sorting and filtering happen in SQL, along indexes.
 * Near the top, pages are read with LIMIT/OFFSET on a covering index; the
 * first far jump starts reading the ordered id list (8 bytes a row) in a
 * worker thread with its own connection, and once it has arrived (through
 * the thread-default main context) far pages are read by id. A search
 * reads its matching ids at once, which give the count and every page.
 *
 * Every setter that changes what is shown emits items-changed (0, old, new).
 * A commit to the register's tables (LdDatabase::changed) does the same. A
 * database error while reading is logged, leaves the list empty and sets
 * the "error" property. */

#define LD_PAGED_MODEL_PAGE_SIZE 200

LdPagedModel *ld_paged_model_new (LdDatabase   *db,
                                  LdRecordArea  area);

LdDatabase   *ld_paged_model_get_database (LdPagedModel *self);
LdRecordArea  ld_paged_model_get_area (LdPagedModel *self);
/* The current sort and filters (owned by the model). */
const LdListQuery *ld_paged_model_get_query (LdPagedModel *self);

void ld_paged_model_set_sort (LdPagedModel *self,
                              LdPagedSort   column,
                              gboolean      descending);
/* Words that must all occur in the number, title, party or text. */
void ld_paged_model_set_search (LdPagedModel *self,
                                const char   *text);
void ld_paged_model_set_status_filter (LdPagedModel *self,
                                       const char   *status_or_null);
/* Received (applied) date between @from and @to inclusive; NULL: open end. */
void ld_paged_model_set_date_range (LdPagedModel *self,
                                    GDate        *from,
                                    GDate        *to);
/* Only records whose due date is before @today in an open status. */
void ld_paged_model_set_overdue_only (LdPagedModel *self,
                                      gboolean      overdue_only,
                                      GDate        *today);
/* Only one reviewer's / mediator's / handler's records; NULL for all. */
void ld_paged_model_set_person_filter (LdPagedModel *self,
                                       const char   *person_or_null);
/* Replaces sort and filters at once (one items-changed). */
void ld_paged_model_set_query (LdPagedModel      *self,
                               const LdListQuery *query);

/* Drops the cached rows and counts again, as after a change. */
void ld_paged_model_reload (LdPagedModel *self);

/* The last read error, or NULL. */
const GError *ld_paged_model_get_error (LdPagedModel *self);

G_END_DECLS

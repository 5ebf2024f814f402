/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "ld-database.h"
#include "ld-record-summary.h"

G_BEGIN_DECLS

/* The columns a register list can be sorted by. Every one is backed by an
 * index (alone and under the status filter): see data/sql/0002-registers.sql. */
typedef enum
{
  LD_PAGED_SORT_NUMBER,    /* year, then sequence */
  LD_PAGED_SORT_TITLE,
  LD_PAGED_SORT_PARTY,     /* counterparty / first applicant / petitioner */
  LD_PAGED_SORT_AMOUNT,    /* contracts; the other registers sort by number */
  LD_PAGED_SORT_PERSON,    /* reviewer / mediators / handler */
  LD_PAGED_SORT_RECEIVED,  /* received (applied for mediation) */
  LD_PAGED_SORT_DUE,       /* records without a due date last */
  LD_PAGED_SORT_STATUS,    /* workflow order */
  LD_N_PAGED_SORTS
} LdPagedSort;

GType ld_paged_sort_get_type (void) G_GNUC_CONST;
#define LD_TYPE_PAGED_SORT (ld_paged_sort_get_type ())

/* What a register list shows: the area, the sort order and the filters. The
 * model (LdPagedModel) pages through it; the CLI's "list" commands can run
 * it directly. Ties are broken by id in the same direction, so the order is
 * total and stable. */
typedef struct _LdListQuery LdListQuery;

GType        ld_list_query_get_type (void) G_GNUC_CONST;
#define LD_TYPE_LIST_QUERY (ld_list_query_get_type ())

LdListQuery *ld_list_query_new (LdRecordArea area);
LdListQuery *ld_list_query_copy (const LdListQuery *self);
void         ld_list_query_free (LdListQuery *self);
gboolean     ld_list_query_equal (const LdListQuery *a,
                                  const LdListQuery *b);

LdRecordArea ld_list_query_get_area (const LdListQuery *self);
/* The base table of the area, e.g. "petitions". */
const char  *ld_list_query_get_table (const LdListQuery *self);

void         ld_list_query_set_sort (LdListQuery *self,
                                     LdPagedSort  column,
                                     gboolean     descending);
LdPagedSort  ld_list_query_get_sort (const LdListQuery *self,
                                     gboolean          *out_descending);
/* Words separated by spaces, all of which must occur in the number, title,
 * party (for mediation: any party's name) or text (the submitting
 * department, the facts, the petition's content); case-insensitive for
 * Latin letters. Words of three or more characters are looked up in the
 * trigram index; shorter ones are matched row by row, which takes about a
 * second on a million rows. NULL or blank: no search. */
void         ld_list_query_set_search (LdListQuery *self,
                                       const char  *text);
/* A status id of the area, or NULL for all. */
void         ld_list_query_set_status (LdListQuery *self,
                                       const char  *status);
/* Received (or applied) between @from and @to inclusive; either may be NULL. */
void         ld_list_query_set_date_range (LdListQuery *self,
                                           const GDate *from,
                                           const GDate *to);
/* Only records past their due date (before @today) in an open status. */
void         ld_list_query_set_overdue_only (LdListQuery *self,
                                             gboolean     overdue_only,
                                             const GDate *today);
/* Only the records of one reviewer / mediator / handler; NULL for all. */
void         ld_list_query_set_person (LdListQuery *self,
                                       const char  *person);

/* Mediation only: the cases filed under one dispute category; NULL for
 * all. */
void         ld_list_query_set_category (LdListQuery *self,
                                         const char  *category);
/* The number of matching records. */
gboolean     ld_list_query_count (const LdListQuery  *self,
                                  LdDatabase         *db,
                                  guint              *out_count,
                                  GError            **error);
/* Up to @limit summaries (LdRecordSummary) from position @offset. */
GPtrArray   *ld_list_query_fetch (const LdListQuery  *self,
                                  LdDatabase         *db,
                                  guint               offset,
                                  guint               limit,
                                  GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdListQuery, ld_list_query_free)

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* For src/store/ only: the SQL behind an LdListQuery, for LdPagedModel. */

#include <sqlite3.h>

#include "ld-list-query.h"

G_BEGIN_DECLS

typedef enum
{
  LD_LIST_SQL_COUNT,  /* one row: count(*) */
  LD_LIST_SQL_PAGE,   /* summary rows; the last two parameters are LIMIT and OFFSET */
  LD_LIST_SQL_IDS,    /* the ids of every match, in order */
} LdListSql;

/* Prepares (with sqlite3_prepare_v3; the caller finalizes) the statement of
 * @kind for @self and binds the filter values. For LD_LIST_SQL_PAGE,
 * @out_limit_param receives the index of the LIMIT parameter (OFFSET is the
 * next one). */
sqlite3_stmt *ld_list_query_prepare (const LdListQuery  *self,
                                     LdDatabase         *db,
                                     LdListSql           kind,
                                     int                *out_limit_param,
                                     GError            **error);

/* The same on a raw connection (a worker thread's own). */
sqlite3_stmt *ld_list_query_prepare_on (const LdListQuery  *self,
                                        sqlite3            *handle,
                                        LdListSql           kind,
                                        int                *out_limit_param,
                                        GError            **error);

/* Prepares "the summary rows whose id is one of ?1 … ?N" for @area, with
 * N = LD_LIST_QUERY_ROW_BATCH (unbound parameters match nothing; rows come
 * in no particular order). The caller finalizes it. */
#define LD_LIST_QUERY_ROW_BATCH 200

sqlite3_stmt *ld_list_query_prepare_row (LdRecordArea   area,
                                         LdDatabase    *db,
                                         GError       **error);

/* Builds the summary from the current row of a PAGE or row statement. */
LdRecordSummary *ld_list_query_read_row (LdRecordArea  area,
                                         sqlite3_stmt *stmt);

/* TRUE when the query cannot walk an index in order (a search): the model
 * then reads all matching ids once instead of counting and paging. */
gboolean ld_list_query_prefers_id_list (const LdListQuery *self);

/* The tables whose changes alter the rows of @area (NULL-terminated). */
const char * const *ld_list_query_get_watched_tables (LdRecordArea area);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-store"

#include "config.h"

#include <string.h>

#include "ld-database-private.h"
#include "ld-list-query-private.h"
#include "ld-list-query.h"

/* Where each register keeps what the lists show. The ORDER BY terms below
 * are spelled exactly as the indexes of data/sql/0002-registers.sql, so
 * SQLite walks an index instead of sorting. */
typedef struct
{
  const char *table;
  const char *fts;
  const char *party;
  const char *person;
  const char *received;
  const char *amount;               /* NULL: the register has no amount */
  const char *like_columns[5];      /* searched by LIKE for short words */
  const char *watched[3];
} AreaInfo;

static const AreaInfo areas[LD_N_RECORD_AREAS] = {
  [LD_RECORD_AREA_CONTRACT] = {
    "contract_reviews", "contract_reviews_fts", "counterparty_name", "reviewer",
    "received_on", "amount_fen",
    { "number", "title", "counterparty_name", "submitting_department", NULL },
    { "contract_reviews", NULL },
  },
  [LD_RECORD_AREA_MEDIATION] = {
    "mediation_cases", "mediation_cases_fts", "first_applicant", "mediators",
    "applied_on", NULL,
    { "number", "title", "party_names", "facts", NULL },
    { "mediation_cases", "mediation_parties", NULL },
  },
  [LD_RECORD_AREA_PETITION] = {
    "petitions", "petitions_fts", "petitioner_name", "handler",
    "received_on", NULL,
    { "number", "title", "petitioner_name", "content", NULL },
    { "petitions", NULL },
  },
};

/* Trigram search needs words of at least three characters. */
#define FTS_MIN_CHARS 3

struct _LdListQuery
{
  LdRecordArea area;
  LdPagedSort  sort;
  gboolean     descending;
  char        *search;
  char        *status;
  char        *person;
  char        *category;
  GDate        from;
  GDate        to;
  gboolean     overdue_only;
  GDate        today;
};

G_DEFINE_BOXED_TYPE (LdListQuery, ld_list_query, ld_list_query_copy, ld_list_query_free)

GType
ld_paged_sort_get_type (void)
{
  static gsize type_id = 0;
  static const GEnumValue values[] = {
    { LD_PAGED_SORT_NUMBER, "LD_PAGED_SORT_NUMBER", "number" },
    { LD_PAGED_SORT_TITLE, "LD_PAGED_SORT_TITLE", "title" },
    { LD_PAGED_SORT_PARTY, "LD_PAGED_SORT_PARTY", "party" },
    { LD_PAGED_SORT_AMOUNT, "LD_PAGED_SORT_AMOUNT", "amount" },
    { LD_PAGED_SORT_PERSON, "LD_PAGED_SORT_PERSON", "person" },
    { LD_PAGED_SORT_RECEIVED, "LD_PAGED_SORT_RECEIVED", "received" },
    { LD_PAGED_SORT_DUE, "LD_PAGED_SORT_DUE", "due" },
    { LD_PAGED_SORT_STATUS, "LD_PAGED_SORT_STATUS", "status" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type_id))
    {
      GType type = g_enum_register_static (g_intern_static_string ("LdPagedSort"), values);
      g_once_init_leave (&type_id, type);
    }
  return type_id;
}

LdListQuery *
ld_list_query_new (LdRecordArea area)
{
  LdListQuery *self;

  g_return_val_if_fail (area < LD_N_RECORD_AREAS, NULL);

  self = g_new0 (LdListQuery, 1);
  self->area = area;
  self->sort = LD_PAGED_SORT_NUMBER;
  g_date_clear (&self->from, 1);
  g_date_clear (&self->to, 1);
  g_date_clear (&self->today, 1);
  return self;
}

LdListQuery *
ld_list_query_copy (const LdListQuery *self)
{
  LdListQuery *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->search = g_strdup (self->search);
  copy->status = g_strdup (self->status);
  copy->person = g_strdup (self->person);
  copy->category = g_strdup (self->category);
  return copy;
}

void
ld_list_query_free (LdListQuery *self)
{
  if (self == NULL)
    return;
  g_free (self->search);
  g_free (self->status);
  g_free (self->person);
  g_free (self->category);
  g_free (self);
}

static gboolean
dates_equal (const GDate *a,
             const GDate *b)
{
  if (g_date_valid (a) != g_date_valid (b))
    return FALSE;
  return !g_date_valid (a) || g_date_compare (a, b) == 0;
}

gboolean
ld_list_query_equal (const LdListQuery *a,
                     const LdListQuery *b)
{
  g_return_val_if_fail (a != NULL && b != NULL, FALSE);

  return a->area == b->area &&
         a->sort == b->sort &&
         a->descending == b->descending &&
         g_strcmp0 (a->search, b->search) == 0 &&
         g_strcmp0 (a->status, b->status) == 0 &&
         g_strcmp0 (a->person, b->person) == 0 &&
         g_strcmp0 (a->category, b->category) == 0 &&
         dates_equal (&a->from, &b->from) &&
         dates_equal (&a->to, &b->to) &&
         a->overdue_only == b->overdue_only &&
         (!a->overdue_only || dates_equal (&a->today, &b->today));
}

LdRecordArea
ld_list_query_get_area (const LdListQuery *self)
{
  g_return_val_if_fail (self != NULL, LD_RECORD_AREA_CONTRACT);
  return self->area;
}

const char *
ld_list_query_get_table (const LdListQuery *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return areas[self->area].table;
}

void
ld_list_query_set_sort (LdListQuery *self,
                        LdPagedSort  column,
                        gboolean     descending)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (column < LD_N_PAGED_SORTS);

  self->sort = column;
  self->descending = !!descending;
}

LdPagedSort
ld_list_query_get_sort (const LdListQuery *self,
                        gboolean          *out_descending)
{
  g_return_val_if_fail (self != NULL, LD_PAGED_SORT_NUMBER);

  if (out_descending)
    *out_descending = self->descending;
  return self->sort;
}

/* NULL for blank text, else a copy with the ends trimmed. */
static char *
dup_nonblank (const char *text)
{
  g_autofree char *copy = NULL;

  if (text == NULL)
    return NULL;
  copy = g_strstrip (g_strdup (text));
  return copy[0] != '\0' ? g_steal_pointer (&copy) : NULL;
}

void
ld_list_query_set_search (LdListQuery *self,
                          const char  *text)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (text == NULL || g_utf8_validate (text, -1, NULL));

  g_free (self->search);
  self->search = dup_nonblank (text);
}

void
ld_list_query_set_status (LdListQuery *self,
                          const char  *status)
{
  g_return_if_fail (self != NULL);

  g_free (self->status);
  self->status = dup_nonblank (status);
}

void
ld_list_query_set_date_range (LdListQuery *self,
                              const GDate *from,
                              const GDate *to)
{
  g_return_if_fail (self != NULL);

  g_date_clear (&self->from, 1);
  g_date_clear (&self->to, 1);
  if (from != NULL && g_date_valid (from))
    self->from = *from;
  if (to != NULL && g_date_valid (to))
    self->to = *to;
}

void
ld_list_query_set_overdue_only (LdListQuery *self,
                                gboolean     overdue_only,
                                const GDate *today)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (!overdue_only || (today != NULL && g_date_valid (today)));

  self->overdue_only = !!overdue_only;
  g_date_clear (&self->today, 1);
  if (overdue_only)
    self->today = *today;
}

void
ld_list_query_set_person (LdListQuery *self,
                          const char  *person)
{
  g_return_if_fail (self != NULL);

  g_free (self->person);
  self->person = dup_nonblank (person);
}

void
ld_list_query_set_category (LdListQuery *self,
                            const char  *category)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (category == NULL || self->area == LD_RECORD_AREA_MEDIATION);

  g_free (self->category);
  self->category = dup_nonblank (category);
}

/* SQL building. Every value is a bound parameter (collected in @binds as
 * strings, numbered ?1, ?2 …); only the fixed column names above and the
 * sort enum shape the text. */

typedef struct
{
  GString   *sql;
  GPtrArray *binds;
} Builder;

static int
add_bind (Builder    *b,
          const char *value)
{
  g_ptr_array_add (b->binds, g_strdup (value));
  return (int) b->binds->len;
}

static char *
format_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u",
                          (unsigned) g_date_get_year (date),
                          (unsigned) g_date_get_month (date),
                          (unsigned) g_date_get_day (date));
}

/* "%word%" for LIKE, with the wildcards in @word escaped by '\'. */
static char *
like_pattern (const char *word)
{
  GString *s = g_string_new ("%");

  for (const char *p = word; *p; p++)
    {
      if (*p == '%' || *p == '_' || *p == '\\')
        g_string_append_c (s, '\\');
      g_string_append_c (s, *p);
    }
  g_string_append_c (s, '%');
  return g_string_free (s, FALSE);
}

static GStrv
split_words (const char *text)
{
  g_autoptr(GString) s = g_string_new (text);
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = NULL;

  /* The ideographic space separates words as well. */
  g_string_replace (s, "\u3000", " ", 0);
  parts = g_strsplit_set (s->str, " \t\r\n", -1);
  for (guint i = 0; parts[i]; i++)
    if (parts[i][0] != '\0')
      g_ptr_array_add (words, g_strdup (parts[i]));
  g_ptr_array_add (words, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}

static void
append_search (Builder           *b,
               const LdListQuery *self)
{
  const AreaInfo *info = &areas[self->area];
  g_auto(GStrv) words = split_words (self->search);
  g_autoptr(GString) match = g_string_new (NULL);

  for (guint i = 0; words[i]; i++)
    {
      if (g_utf8_strlen (words[i], -1) >= FTS_MIN_CHARS)
        {
          /* An FTS5 phrase: the word in double quotes, quotes doubled. */
          g_autoptr(GString) phrase = g_string_new (words[i]);

          g_string_replace (phrase, "\"", "\"\"", 0);
          g_string_append_printf (match, "%s\"%s\"", match->len > 0 ? " " : "", phrase->str);
        }
      else
        {
          g_autofree char *pattern = like_pattern (words[i]);
          int n = add_bind (b, pattern);

          g_string_append (b->sql, " AND (");
          for (guint c = 0; info->like_columns[c]; c++)
            g_string_append_printf (b->sql, "%s%s LIKE ?%d ESCAPE '\\'",
                                    c > 0 ? " OR " : "", info->like_columns[c], n);
          g_string_append (b->sql, ")");
        }
    }

  if (match->len > 0)
    {
      int n = add_bind (b, match->str);

      g_string_append_printf (b->sql, " AND id IN (SELECT rowid FROM %s WHERE %s MATCH ?%d)",
                              info->fts, info->fts, n);
    }
}

static void
append_where (Builder           *b,
              const LdListQuery *self)
{
  const AreaInfo *info = &areas[self->area];

  g_string_append (b->sql, " WHERE 1");

  if (self->status != NULL)
    g_string_append_printf (b->sql, " AND status = ?%d", add_bind (b, self->status));

  if (g_date_valid (&self->from))
    {
      g_autofree char *from = format_date (&self->from);
      g_string_append_printf (b->sql, " AND %s >= ?%d", info->received, add_bind (b, from));
    }
  if (g_date_valid (&self->to))
    {
      g_autofree char *to = format_date (&self->to);
      g_string_append_printf (b->sql, " AND %s <= ?%d", info->received, add_bind (b, to));
    }

  if (self->overdue_only)
    {
      g_autofree char *today = format_date (&self->today);
      const char * const *open = ld_record_area_get_open_statuses (self->area);

      /* Spelled to match the (status, (due_on IS NULL), due_on) index. */
      g_string_append_printf (b->sql, " AND (due_on IS NULL) = 0 AND due_on < ?%d AND status IN (",
                              add_bind (b, today));
      for (guint i = 0; open[i]; i++)
        g_string_append_printf (b->sql, "%s?%d", i > 0 ? ", " : "", add_bind (b, open[i]));
      g_string_append (b->sql, ")");
    }

  if (self->person != NULL)
    {
      int n = add_bind (b, self->person);

      /* Mediators are a '、'-separated list: match one whole name. */
      if (self->area == LD_RECORD_AREA_MEDIATION)
        g_string_append_printf (b->sql, " AND instr ('、' || mediators || '、', '、' || ?%d || '、') > 0", n);
      else
        g_string_append_printf (b->sql, " AND %s = ?%d", info->person, n);
    }

  /* Backed by the (category, year, seq) index of 0007-mediation.sql. */
  if (self->category != NULL)
    g_string_append_printf (b->sql, " AND category = ?%d", add_bind (b, self->category));

  if (self->search != NULL)
    append_search (b, self);
}

static void
append_order (Builder           *b,
              const LdListQuery *self)
{
  const AreaInfo *info = &areas[self->area];
  const char *terms[4] = { NULL, };
  const char *dir = self->descending ? " DESC" : "";
  LdPagedSort sort = self->sort;

  if (sort == LD_PAGED_SORT_AMOUNT && info->amount == NULL)
    sort = LD_PAGED_SORT_NUMBER;
  /* Under a status filter every row has the same status. */
  if (sort == LD_PAGED_SORT_STATUS && self->status != NULL)
    sort = LD_PAGED_SORT_NUMBER;

  switch (sort)
    {
    case LD_PAGED_SORT_NUMBER:
      terms[0] = "year";
      terms[1] = "seq";
      break;
    case LD_PAGED_SORT_TITLE:
      terms[0] = "title";
      break;
    case LD_PAGED_SORT_PARTY:
      terms[0] = info->party;
      break;
    case LD_PAGED_SORT_AMOUNT:
      terms[0] = info->amount;
      break;
    case LD_PAGED_SORT_PERSON:
      terms[0] = info->person;
      break;
    case LD_PAGED_SORT_RECEIVED:
      terms[0] = info->received;
      break;
    case LD_PAGED_SORT_DUE:
      terms[0] = "(due_on IS NULL)";
      terms[1] = "due_on";
      break;
    case LD_PAGED_SORT_STATUS:
      terms[0] = "status_rank";
      break;
    case LD_N_PAGED_SORTS:
    default:
      g_assert_not_reached ();
    }

  g_string_append (b->sql, " ORDER BY ");
  for (guint i = 0; terms[i]; i++)
    g_string_append_printf (b->sql, "%s%s, ", terms[i], dir);
  g_string_append_printf (b->sql, "id%s", dir);
}

static void
append_columns (GString      *sql,
                LdRecordArea  area)
{
  const AreaInfo *info = &areas[area];

  g_string_append_printf (sql, "SELECT id, number, title, %s, status, %s, %s, due_on, %s FROM %s",
                          info->party, info->person, info->received,
                          info->amount ? info->amount : "-1", info->table);
}

static char *
build_sql (const LdListQuery *self,
           LdListSql          kind,
           GPtrArray         *binds,
           int               *out_limit_param)
{
  const AreaInfo *info = &areas[self->area];
  Builder b = { g_string_new (NULL), binds };

  switch (kind)
    {
    case LD_LIST_SQL_COUNT:
      if (self->search == NULL && self->person == NULL && self->category == NULL &&
          !self->overdue_only && !g_date_valid (&self->from) && !g_date_valid (&self->to))
        {
          /* All rows or one status: kept by triggers in register_counts,
           * so a million rows are counted as fast as a hundred. */
          g_string_append_printf (b.sql, "SELECT coalesce (sum (n), 0) FROM register_counts"
                                  " WHERE register = ?%d", add_bind (&b, info->table));
          if (self->status != NULL)
            g_string_append_printf (b.sql, " AND status = ?%d", add_bind (&b, self->status));
        }
      else
        {
          g_string_append_printf (b.sql, "SELECT count(*) FROM %s", info->table);
          append_where (&b, self);
        }
      break;

    case LD_LIST_SQL_IDS:
      g_string_append_printf (b.sql, "SELECT id FROM %s", info->table);
      append_where (&b, self);
      append_order (&b, self);
      break;

    case LD_LIST_SQL_PAGE:
      {
        /* The inner query walks only the (covering) index to skip OFFSET
         * rows; the outer one reads the 200 rows it found. */
        g_autoptr(GString) inner = NULL;
        Builder ib = { g_string_new (NULL), binds };

        g_string_append_printf (ib.sql, "SELECT id FROM %s", info->table);
        append_where (&ib, self);
        append_order (&ib, self);
        g_string_append_printf (ib.sql, " LIMIT ?%u OFFSET ?%u", binds->len + 1, binds->len + 2);
        if (out_limit_param)
          *out_limit_param = (int) binds->len + 1;
        inner = ib.sql;

        append_columns (b.sql, self->area);
        g_string_append_printf (b.sql, " WHERE id IN (%s)", inner->str);
        append_order (&b, self);
      }
      break;

    default:
      g_assert_not_reached ();
    }

  return g_string_free (b.sql, FALSE);
}

sqlite3_stmt *
ld_list_query_prepare_on (const LdListQuery  *self,
                          sqlite3            *handle,
                          LdListSql           kind,
                          int                *out_limit_param,
                          GError            **error)
{
  g_autoptr(GPtrArray) binds = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sql = NULL;
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (handle != NULL, NULL);

  sql = build_sql (self, kind, binds, out_limit_param);
  rc = sqlite3_prepare_v3 (handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, LD_STORE_ERROR, LD_STORE_ERROR_FAILED, "%s", sqlite3_errmsg (handle));
      return NULL;
    }
  for (guint i = 0; i < binds->len; i++)
    sqlite3_bind_text (stmt, (int) i + 1, binds->pdata[i], -1, SQLITE_TRANSIENT);
  return stmt;
}

sqlite3_stmt *
ld_list_query_prepare (const LdListQuery  *self,
                       LdDatabase         *db,
                       LdListSql           kind,
                       int                *out_limit_param,
                       GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  sqlite3_stmt *stmt;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);

  stmt = ld_list_query_prepare_on (self, ld_database_get_handle (db), kind, out_limit_param,
                                   &local_error);
  if (stmt == NULL)
    ld_database_set_error_from_sqlite (db, error,
                                       sqlite3_extended_errcode (ld_database_get_handle (db)));
  return stmt;
}

sqlite3_stmt *
ld_list_query_prepare_row (LdRecordArea   area,
                           LdDatabase    *db,
                           GError       **error)
{
  g_autoptr(GString) sql = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;
  int rc;

  g_return_val_if_fail (area < LD_N_RECORD_AREAS, NULL);
  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);

  append_columns (sql, area);
  g_string_append (sql, " WHERE id IN (");
  for (guint i = 1; i <= LD_LIST_QUERY_ROW_BATCH; i++)
    g_string_append_printf (sql, "%s?%u", i > 1 ? ", " : "", i);
  g_string_append (sql, ")");
  rc = sqlite3_prepare_v3 (ld_database_get_handle (db), sql->str, -1,
                           SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      ld_database_set_error_from_sqlite (db, error, rc);
      return NULL;
    }
  return stmt;
}

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const unsigned char *text = sqlite3_column_text (stmt, column);

  return text != NULL ? (const char *) text : "";
}

LdRecordSummary *
ld_list_query_read_row (LdRecordArea  area,
                        sqlite3_stmt *stmt)
{
  gint64 amount = -1;

  if (sqlite3_column_type (stmt, 8) != SQLITE_NULL)
    amount = sqlite3_column_int64 (stmt, 8);

  return ld_record_summary_new (area,
                                sqlite3_column_int64 (stmt, 0),
                                column_text (stmt, 1),
                                column_text (stmt, 2),
                                column_text (stmt, 3),
                                column_text (stmt, 4),
                                column_text (stmt, 5),
                                column_text (stmt, 6),
                                column_text (stmt, 7),
                                amount);
}

gboolean
ld_list_query_prefers_id_list (const LdListQuery *self)
{
  g_return_val_if_fail (self != NULL, FALSE);

  /* Search words and the mediators' name list are matched row by row (or
   * through the FTS table), never along a sort index; a category has an
   * index in number order only. */
  return self->search != NULL ||
         (self->person != NULL && self->area == LD_RECORD_AREA_MEDIATION) ||
         (self->category != NULL && self->sort != LD_PAGED_SORT_NUMBER);
}

const char * const *
ld_list_query_get_watched_tables (LdRecordArea area)
{
  g_return_val_if_fail (area < LD_N_RECORD_AREAS, NULL);
  return areas[area].watched;
}

gboolean
ld_list_query_count (const LdListQuery  *self,
                     LdDatabase         *db,
                     guint              *out_count,
                     GError            **error)
{
  sqlite3_stmt *stmt;
  int rc;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);

  stmt = ld_list_query_prepare (self, db, LD_LIST_SQL_COUNT, NULL, error);
  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc != SQLITE_ROW)
    {
      ld_database_set_error_from_sqlite (db, error, rc);
      sqlite3_finalize (stmt);
      return FALSE;
    }
  if (out_count)
    *out_count = (guint) MIN (sqlite3_column_int64 (stmt, 0), (gint64) G_MAXUINT);
  sqlite3_finalize (stmt);
  return TRUE;
}

GPtrArray *
ld_list_query_fetch (const LdListQuery  *self,
                     LdDatabase         *db,
                     guint               offset,
                     guint               limit,
                     GError            **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  sqlite3_stmt *stmt;
  int limit_param = 0;
  int rc;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);

  stmt = ld_list_query_prepare (self, db, LD_LIST_SQL_PAGE, &limit_param, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, limit_param, limit);
  sqlite3_bind_int64 (stmt, limit_param + 1, offset);

  rows = g_ptr_array_new_with_free_func (g_object_unref);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, ld_list_query_read_row (self->area, stmt));
  if (rc != SQLITE_DONE)
    {
      ld_database_set_error_from_sqlite (db, error, rc);
      sqlite3_finalize (stmt);
      return NULL;
    }
  sqlite3_finalize (stmt);
  return g_steal_pointer (&rows);
}

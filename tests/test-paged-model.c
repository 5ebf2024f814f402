/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-paged-model"

#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <stdio.h>
#include <string.h>

#include "ld-audit-triggers.h"
#include "ld-database-private.h"
#include "ld-list-query-private.h"
#include "ld-paged-model-private.h"
#include "ld-paged-model.h"

/* The rows are generated here and the expected orders computed in C, so the
 * test does not trust the SQL it checks. */

typedef struct
{
  gint64  id;
  int     year;
  int     seq;
  char   *number;
  char   *title;
  char   *party;
  char   *person;
  char   *status;
  char   *received;
  char   *due;      /* NULL when none */
  gint64  amount;   /* -1 for NULL */
  char   *text;
} Row;

typedef struct
{
  char         *dir;
  char         *path;
  LdDatabase   *db;
  LdRecordArea  area;
  GPtrArray    *rows;  /* Row*, by id */
} Fixture;

static const char * const titles[] = {
  "关于道路维修的合同", "办公用品采购", "宅基地纠纷", "土地承包经营", "物业服务费用",
  "Road repair", "road Repair 100%", "邻里噪声问题", "村务公开事项", "劳动报酬拖欠",
};
static const char * const names[] = {
  "张伟", "王芳", "李娜", "刘洋", "陈静", "杨帆", "赵磊", "黄敏", "周杰",
};
static const char * const people[] = { "王律师", "李法务", "赵所长", "" };

static void
row_free (Row *row)
{
  g_free (row->number);
  g_free (row->title);
  g_free (row->party);
  g_free (row->person);
  g_free (row->status);
  g_free (row->received);
  g_free (row->due);
  g_free (row->text);
  g_free (row);
}

static guint64
next_random (guint64 *state)
{
  guint64 z = (*state += 0x9E3779B97F4A7C15ULL);

  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

static const char *
pick (guint64             *state,
      const char * const  *list,
      guint                n)
{
  return list[next_random (state) % n];
}

static char *
random_date (guint64 *state)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, G_DATE_JANUARY, 2025);
  g_date_add_days (&date, next_random (state) % 700);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date),
                          g_date_get_month (&date), g_date_get_day (&date));
}

static const char * const *
statuses_of (LdRecordArea area)
{
  return ld_record_area_get_statuses (area);
}

static void
insert_row (Fixture *f,
            Row     *row)
{
  g_autoptr(GError) error = NULL;
  sqlite3_stmt *stmt;
  const char *sql;

  switch (f->area)
    {
    case LD_RECORD_AREA_CONTRACT:
      sql = "INSERT INTO contract_reviews (id, number, year, seq, title, counterparty_name,"
            " reviewer, status, received_on, due_on, amount_fen, submitting_department)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
      break;
    case LD_RECORD_AREA_MEDIATION:
      sql = "INSERT INTO mediation_cases (id, number, year, seq, title, first_applicant,"
            " party_names, mediators, status, applied_on, due_on, facts)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8, ?9, ?10, ?12)";
      break;
    case LD_RECORD_AREA_PETITION:
    default:
      sql = "INSERT INTO petitions (id, number, year, seq, title, petitioner_name,"
            " handler, status, received_on, due_on, content)"
            " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?12)";
      break;
    }

  stmt = ld_database_prepare (f->db, sql, &error);
  g_assert_no_error (error);
  sqlite3_bind_int64 (stmt, 1, row->id);
  sqlite3_bind_text (stmt, 2, row->number, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, row->year);
  sqlite3_bind_int (stmt, 4, row->seq);
  sqlite3_bind_text (stmt, 5, row->title, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 6, row->party, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 7, row->person, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 8, row->status, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 9, row->received, -1, SQLITE_TRANSIENT);
  if (row->due)
    sqlite3_bind_text (stmt, 10, row->due, -1, SQLITE_TRANSIENT);
  if (f->area == LD_RECORD_AREA_CONTRACT && row->amount >= 0)
    sqlite3_bind_int64 (stmt, 11, row->amount);
  sqlite3_bind_text (stmt, 12, row->text, -1, SQLITE_TRANSIENT);
  ld_database_step_done (f->db, stmt, &error);
  g_assert_no_error (error);
}

static Row *
make_row (Fixture *f,
          guint64 *state,
          gint64   id)
{
  const char * const *statuses = statuses_of (f->area);
  Row *row = g_new0 (Row, 1);

  row->id = id;
  /* Sequence numbers do not follow ids, so number order differs from id order. */
  row->year = 2025 + (int) (next_random (state) % 2);
  row->seq = (int) id;
  row->number = g_strdup_printf ("%d-%05d", row->year, row->seq);
  row->title = g_strdup (pick (state, titles, G_N_ELEMENTS (titles)));
  row->party = g_strdup (pick (state, names, G_N_ELEMENTS (names)));
  row->person = g_strdup (pick (state, people, G_N_ELEMENTS (people)));
  row->status = g_strdup (statuses[next_random (state) % g_strv_length ((GStrv) statuses)]);
  row->received = random_date (state);
  row->due = next_random (state) % 4 == 0 ? NULL : random_date (state);
  row->amount = f->area == LD_RECORD_AREA_CONTRACT && next_random (state) % 5 != 0
                ? (gint64) (next_random (state) % 1000) * 100000 : -1;
  row->text = g_strdup_printf ("第%" G_GINT64_FORMAT "号 %s 事项", id,
                               next_random (state) % 3 == 0 ? "涉及拖欠工程款" : "一般咨询");
  return row;
}

static void
fill (Fixture *f,
      guint    n,
      guint64  seed)
{
  g_autoptr(GError) error = NULL;
  guint64 state = seed;

  ld_database_begin (f->db, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < n; i++)
    {
      Row *row = make_row (f, &state, f->rows->len + 1);
      insert_row (f, row);
      g_ptr_array_add (f->rows, row);
    }
  ld_database_commit (f->db, &error);
  g_assert_no_error (error);
}

static void
set_up (Fixture       *f,
        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->area = GPOINTER_TO_INT (data);
  f->dir = g_dir_make_tmp ("ld-paged-XXXXXX", &error);
  g_assert_no_error (error);
  f->path = g_build_filename (f->dir, "legal-desk.db", NULL);
  f->db = ld_database_open (f->path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  /* The fills are single transactions: keep their pages in memory rather
   * than spilling them to the WAL (which made the large test I/O-bound). */
  g_assert_true (ld_database_exec (f->db, "PRAGMA cache_size = -65536", &error));
  g_assert_no_error (error);
  f->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
}

static void
tear_down (Fixture       *f,
           gconstpointer  data)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  g_assert_finalize_object (f->db);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (f->path, suffixes[i], NULL);
      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->path);
  g_ptr_array_unref (f->rows);
}

/* The expected order, computed independently of SQL. */

typedef struct
{
  LdRecordArea area;
  LdPagedSort  sort;
  gboolean     descending;
} SortSpec;

static int
status_rank (LdRecordArea  area,
             const char   *status)
{
  const char * const *statuses = statuses_of (area);

  for (int i = 0; statuses[i]; i++)
    if (g_str_equal (statuses[i], status))
      return i;
  g_assert_not_reached ();
}

static int
cmp_int (gint64 a,
         gint64 b)
{
  return a < b ? -1 : a > b;
}

static int
compare_rows (gconstpointer pa,
              gconstpointer pb,
              gpointer      user_data)
{
  const Row *a = *(Row * const *) pa;
  const Row *b = *(Row * const *) pb;
  const SortSpec *spec = user_data;
  LdPagedSort sort = spec->sort;
  int c = 0;

  if (sort == LD_PAGED_SORT_AMOUNT && spec->area != LD_RECORD_AREA_CONTRACT)
    sort = LD_PAGED_SORT_NUMBER;

  switch (sort)
    {
    case LD_PAGED_SORT_NUMBER:
      c = cmp_int (a->year, b->year);
      if (c == 0)
        c = cmp_int (a->seq, b->seq);
      break;
    case LD_PAGED_SORT_TITLE:
      c = strcmp (a->title, b->title);
      break;
    case LD_PAGED_SORT_PARTY:
      c = strcmp (a->party, b->party);
      break;
    case LD_PAGED_SORT_AMOUNT:
      c = cmp_int (a->amount, b->amount); /* NULL (-1) first, as SQL sorts it */
      break;
    case LD_PAGED_SORT_PERSON:
      c = strcmp (a->person, b->person);
      break;
    case LD_PAGED_SORT_RECEIVED:
      c = strcmp (a->received, b->received);
      break;
    case LD_PAGED_SORT_DUE:
      /* No due date sorts last. */
      c = cmp_int (a->due == NULL, b->due == NULL);
      if (c == 0 && a->due != NULL)
        c = strcmp (a->due, b->due);
      break;
    case LD_PAGED_SORT_STATUS:
      c = cmp_int (status_rank (spec->area, a->status), status_rank (spec->area, b->status));
      break;
    case LD_N_PAGED_SORTS:
    default:
      g_assert_not_reached ();
    }
  if (c == 0)
    c = cmp_int (a->id, b->id);
  return spec->descending ? -c : c;
}

typedef gboolean (*RowFilter) (const Row *row, gconstpointer data);

static GPtrArray *
expected_rows (Fixture       *f,
               LdPagedSort    sort,
               gboolean       descending,
               RowFilter      filter,
               gconstpointer  filter_data)
{
  GPtrArray *out = g_ptr_array_new ();
  SortSpec spec = { f->area, sort, descending };

  for (guint i = 0; i < f->rows->len; i++)
    {
      Row *row = f->rows->pdata[i];
      if (filter == NULL || filter (row, filter_data))
        g_ptr_array_add (out, row);
    }
  g_ptr_array_sort_with_data (out, compare_rows, &spec);
  return out;
}

static void
assert_model_equals (GListModel *model,
                     GPtrArray  *expected)
{
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, expected->len);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(LdRecordSummary) item = g_list_model_get_item (model, i);
      const Row *row = expected->pdata[i];

      g_assert_nonnull (item);
      if (ld_record_summary_get_id (item) != row->id)
        g_error ("position %u: id %" G_GINT64_FORMAT ", expected %" G_GINT64_FORMAT,
                 i, ld_record_summary_get_id (item), row->id);
    }
  g_assert_null (g_list_model_get_item (model, expected->len));
}

static void
test_fields (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(LdPagedModel) model = NULL;
  g_autoptr(GPtrArray) expected = NULL;

  fill (f, 30, 7);
  model = ld_paged_model_new (f->db, f->area);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (model)) == LD_TYPE_RECORD_SUMMARY);
  g_assert_cmpint (ld_paged_model_get_area (model), ==, f->area);
  g_assert_true (ld_paged_model_get_database (model) == f->db);

  expected = expected_rows (f, LD_PAGED_SORT_NUMBER, FALSE, NULL, NULL);
  for (guint i = 0; i < expected->len; i++)
    {
      g_autoptr(LdRecordSummary) item = g_list_model_get_item (G_LIST_MODEL (model), i);
      const Row *row = expected->pdata[i];

      g_assert_cmpint (ld_record_summary_get_area (item), ==, f->area);
      g_assert_cmpint (ld_record_summary_get_id (item), ==, row->id);
      g_assert_cmpstr (ld_record_summary_get_number (item), ==, row->number);
      g_assert_cmpstr (ld_record_summary_get_title (item), ==, row->title);
      g_assert_cmpstr (ld_record_summary_get_party (item), ==, row->party);
      g_assert_cmpstr (ld_record_summary_get_person (item), ==, row->person);
      g_assert_cmpstr (ld_record_summary_get_status (item), ==, row->status);
      g_assert_cmpstr (ld_record_summary_get_status_label (item), !=, "");
      g_assert_cmpstr (ld_record_summary_get_received (item), ==, row->received);
      g_assert_cmpstr (ld_record_summary_get_due (item), ==, row->due ? row->due : "");
      g_assert_cmpint (ld_record_summary_get_amount_fen (item), ==,
                       f->area == LD_RECORD_AREA_CONTRACT ? row->amount : -1);
    }
}

static void
test_sorts (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(LdPagedModel) model = NULL;

  /* Several pages, so page boundaries are crossed. */
  fill (f, 3 * LD_PAGED_MODEL_PAGE_SIZE + 17, 11);
  model = ld_paged_model_new (f->db, f->area);

  for (LdPagedSort sort = 0; sort < LD_N_PAGED_SORTS; sort++)
    for (int descending = 0; descending <= 1; descending++)
      {
        g_autoptr(GPtrArray) expected = expected_rows (f, sort, descending, NULL, NULL);
        gboolean got_descending;

        ld_paged_model_set_sort (model, sort, descending);
        g_assert_cmpint (ld_list_query_get_sort (ld_paged_model_get_query (model), &got_descending), ==, sort);
        g_assert_cmpint (got_descending, ==, descending);
        assert_model_equals (G_LIST_MODEL (model), expected);
      }
}

static gboolean
status_is (const Row     *row,
           gconstpointer  data)
{
  return g_str_equal (row->status, data);
}

static void
test_status_filter (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LdPagedModel) model = NULL;
  const char * const *statuses = statuses_of (f->area);

  fill (f, 400, 13);
  model = ld_paged_model_new (f->db, f->area);

  for (guint i = 0; statuses[i]; i++)
    for (LdPagedSort sort = 0; sort < LD_N_PAGED_SORTS; sort++)
      {
        g_autoptr(GPtrArray) expected = NULL;

        ld_paged_model_set_status_filter (model, statuses[i]);
        ld_paged_model_set_sort (model, sort, sort % 2 == 1);
        expected = expected_rows (f, sort == LD_PAGED_SORT_STATUS ? LD_PAGED_SORT_NUMBER : sort,
                                  sort % 2 == 1, status_is, statuses[i]);
        assert_model_equals (G_LIST_MODEL (model), expected);
      }

  /* A status the register does not have matches nothing. */
  ld_paged_model_set_status_filter (model, "no-such-status");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_null (g_list_model_get_item (G_LIST_MODEL (model), 0));

  ld_paged_model_set_status_filter (model, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 400);
}

static gboolean
matches_words (const Row     *row,
               gconstpointer  data)
{
  g_auto(GStrv) words = g_strsplit (data, " ", -1);

  for (guint i = 0; words[i]; i++)
    {
      g_autofree char *w = g_utf8_casefold (words[i], -1);
      g_autofree char *number = g_utf8_casefold (row->number, -1);
      g_autofree char *title = g_utf8_casefold (row->title, -1);
      g_autofree char *party = g_utf8_casefold (row->party, -1);
      g_autofree char *text = g_utf8_casefold (row->text, -1);

      if (w[0] == '\0')
        continue;
      if (!strstr (number, w) && !strstr (title, w) && !strstr (party, w) && !strstr (text, w))
        return FALSE;
    }
  return TRUE;
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  /* Long words go through the trigram index, short ones through LIKE;
   * "%" and "_" are literal; the ideographic space separates words. */
  static const char * const searches[] = {
    "纠纷", "宅基地纠纷", "拖欠工程款", "张伟", "王", "road", "ROAD REPAIR",
    "100%", "_", "2025-", "拖欠 张伟", "宅基地　王芳", "\"quoted\"", "没有这样的内容",
    "维修 的合同",
  };
  g_autoptr(LdPagedModel) model = NULL;

  fill (f, 300, 17);
  model = ld_paged_model_new (f->db, f->area);

  for (guint i = 0; i < G_N_ELEMENTS (searches); i++)
    {
      g_autoptr(GString) words = g_string_new (searches[i]);
      g_autoptr(GPtrArray) expected = NULL;

      g_string_replace (words, "\u3000", " ", 0);
      expected = expected_rows (f, LD_PAGED_SORT_RECEIVED, TRUE, matches_words, words->str);
      ld_paged_model_set_sort (model, LD_PAGED_SORT_RECEIVED, TRUE);
      ld_paged_model_set_search (model, searches[i]);
      g_test_message ("search “%s”: %u rows", searches[i], expected->len);
      assert_model_equals (G_LIST_MODEL (model), expected);
    }

  /* Blank is no search. */
  ld_paged_model_set_search (model, "  ");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 300);
}

typedef struct
{
  const char *from;
  const char *to;
} Range;

static gboolean
in_range (const Row     *row,
          gconstpointer  data)
{
  const Range *r = data;

  return (r->from == NULL || strcmp (row->received, r->from) >= 0) &&
         (r->to == NULL || strcmp (row->received, r->to) <= 0);
}

static GDate *
parse_date (const char *text)
{
  GDate *date = g_date_new ();
  int y, m, d;

  g_assert_cmpint (sscanf (text, "%d-%d-%d", &y, &m, &d), ==, 3);
  g_date_set_dmy (date, d, m, y);
  return date;
}

static void
test_date_range (Fixture       *f,
                 gconstpointer  data)
{
  static const Range ranges[] = {
    { "2025-03-01", "2025-03-31" },
    { "2025-12-31", NULL },
    { NULL, "2025-01-10" },
    { "2026-02-01", "2026-01-01" },  /* empty */
  };
  g_autoptr(LdPagedModel) model = NULL;

  fill (f, 300, 19);
  model = ld_paged_model_new (f->db, f->area);

  for (guint i = 0; i < G_N_ELEMENTS (ranges); i++)
    {
      g_autoptr(GPtrArray) expected = expected_rows (f, LD_PAGED_SORT_TITLE, FALSE, in_range, &ranges[i]);
      GDate *from = ranges[i].from ? parse_date (ranges[i].from) : NULL;
      GDate *to = ranges[i].to ? parse_date (ranges[i].to) : NULL;

      ld_paged_model_set_sort (model, LD_PAGED_SORT_TITLE, FALSE);
      ld_paged_model_set_date_range (model, from, to);
      assert_model_equals (G_LIST_MODEL (model), expected);
      g_clear_pointer (&from, g_date_free);
      g_clear_pointer (&to, g_date_free);
    }

  ld_paged_model_set_date_range (model, NULL, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 300);
}

typedef struct
{
  LdRecordArea area;
  const char  *today;
} Overdue;

static gboolean
is_overdue (const Row     *row,
            gconstpointer  data)
{
  const Overdue *o = data;

  return row->due != NULL && strcmp (row->due, o->today) < 0 &&
         ld_record_status_is_open (o->area, row->status);
}

static void
test_overdue (Fixture       *f,
              gconstpointer  data)
{
  Overdue o = { f->area, "2025-09-15" };
  g_autoptr(LdPagedModel) model = NULL;
  g_autoptr(GPtrArray) expected = NULL;
  g_autoptr(GDate) today = parse_date (o.today);
  guint n_overdue = 0;

  fill (f, 400, 23);
  model = ld_paged_model_new (f->db, f->area);
  expected = expected_rows (f, LD_PAGED_SORT_DUE, FALSE, is_overdue, &o);
  g_assert_cmpuint (expected->len, >, 0);
  g_assert_cmpuint (expected->len, <, 400);

  ld_paged_model_set_sort (model, LD_PAGED_SORT_DUE, FALSE);
  ld_paged_model_set_overdue_only (model, TRUE, today);
  assert_model_equals (G_LIST_MODEL (model), expected);

  /* The summary agrees with the filter. */
  for (guint i = 0; i < f->rows->len; i++)
    {
      const Row *row = f->rows->pdata[i];
      g_autoptr(LdRecordSummary) s =
        ld_record_summary_new (f->area, row->id, row->number, row->title, row->party,
                               row->status, row->person, row->received, row->due, row->amount);
      g_assert_cmpint (ld_record_summary_is_overdue (s, today), ==, is_overdue (row, &o));
      n_overdue += is_overdue (row, &o);
    }
  g_assert_cmpuint (n_overdue, ==, expected->len);

  ld_paged_model_set_overdue_only (model, FALSE, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 400);
}

static gboolean
person_is (const Row     *row,
           gconstpointer  data)
{
  return g_str_equal (row->person, data);
}

static void
test_person (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(LdPagedModel) model = NULL;

  fill (f, 200, 29);
  model = ld_paged_model_new (f->db, f->area);

  for (guint i = 0; i + 1 < G_N_ELEMENTS (people); i++)
    {
      g_autoptr(GPtrArray) expected = expected_rows (f, LD_PAGED_SORT_NUMBER, FALSE, person_is, people[i]);

      ld_paged_model_set_person_filter (model, people[i]);
      g_assert_cmpuint (expected->len, >, 0);
      assert_model_equals (G_LIST_MODEL (model), expected);
    }
  /* Part of a name is not the name. */
  ld_paged_model_set_person_filter (model, "王");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  ld_paged_model_set_person_filter (model, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 200);
}

/* The category of the mediation rows: by id, so the expectation does not
 * come from the database. */
static const char *
row_category (const Row *row)
{
  static const char * const categories[] = { "邻里", "合同", "" };

  return categories[row->id % 3];
}

static gboolean
category_is (const Row     *row,
             gconstpointer  data)
{
  return g_str_equal (row_category (row), data);
}

/* The plan of a query's statement of @kind names @index. */
static gboolean
plan_uses_index (Fixture           *f,
                 const LdListQuery *query,
                 LdListSql          kind,
                 const char        *index)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  g_autoptr(GString) plan = g_string_new (NULL);
  sqlite3_stmt *stmt = ld_list_query_prepare (query, f->db, kind, NULL, &error);
  sqlite3_stmt *explain = NULL;

  g_assert_no_error (error);
  sql = g_strconcat ("EXPLAIN QUERY PLAN ", sqlite3_sql (stmt), NULL);
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_prepare_v2 (ld_database_get_handle (f->db), sql, -1, &explain, NULL), ==, SQLITE_OK);
  while (sqlite3_step (explain) == SQLITE_ROW)
    g_string_append_printf (plan, "%s\n", (const char *) sqlite3_column_text (explain, 3));
  sqlite3_finalize (explain);
  return strstr (plan->str, index) != NULL;
}

static void
test_category (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(LdPagedModel) model = NULL;
  g_autoptr(LdListQuery) query = ld_list_query_new (LD_RECORD_AREA_MEDIATION);
  g_autoptr(LdListQuery) copy = NULL;
  g_autoptr(GError) error = NULL;
  static const char * const categories[] = { "邻里", "合同" };

  (void) data;
  fill (f, 300, 31);
  g_assert_true (ld_database_exec (f->db,
    "UPDATE mediation_cases SET category = CASE id % 3 WHEN 0 THEN '邻里' WHEN 1 THEN '合同' ELSE '' END",
    &error));
  g_assert_no_error (error);
  model = ld_paged_model_new (f->db, f->area);

  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    {
      g_autoptr(GPtrArray) by_number = expected_rows (f, LD_PAGED_SORT_NUMBER, FALSE, category_is, categories[i]);
      g_autoptr(GPtrArray) by_title = expected_rows (f, LD_PAGED_SORT_TITLE, TRUE, category_is, categories[i]);

      g_assert_cmpuint (by_number->len, >, 50);
      ld_list_query_set_sort (query, LD_PAGED_SORT_NUMBER, FALSE);
      ld_list_query_set_category (query, categories[i]);
      ld_paged_model_set_query (model, query);
      assert_model_equals (G_LIST_MODEL (model), by_number);
      ld_list_query_set_sort (query, LD_PAGED_SORT_TITLE, TRUE);
      ld_paged_model_set_query (model, query);
      assert_model_equals (G_LIST_MODEL (model), by_title);
    }

  /* Combined with the status filter, and none for an unknown category. */
  {
    g_autoptr(GPtrArray) all = expected_rows (f, LD_PAGED_SORT_NUMBER, FALSE, category_is, "合同");
    const char *status = ((Row *) all->pdata[0])->status;
    guint expected = 0;

    for (guint i = 0; i < all->len; i++)
      expected += g_str_equal (((Row *) all->pdata[i])->status, status);
    ld_list_query_set_sort (query, LD_PAGED_SORT_NUMBER, FALSE);
    ld_list_query_set_status (query, status);
    ld_paged_model_set_query (model, query);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, expected);
    ld_list_query_set_status (query, NULL);
  }
  ld_list_query_set_category (query, "没有这类");
  ld_paged_model_set_query (model, query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);

  /* Blank is no filter; the category takes part in copy and equal. */
  ld_list_query_set_category (query, "  ");
  ld_paged_model_set_query (model, query);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 300);
  ld_list_query_set_category (query, "邻里");
  copy = ld_list_query_copy (query);
  g_assert_true (ld_list_query_equal (query, copy));
  ld_list_query_set_category (copy, "合同");
  g_assert_false (ld_list_query_equal (query, copy));
  ld_list_query_set_category (copy, NULL);
  g_assert_false (ld_list_query_equal (query, copy));

  /* The filter walks its index, in number order. */
  g_assert_true (plan_uses_index (f, query, LD_LIST_SQL_COUNT, "mediation_cases_category"));
  g_assert_true (plan_uses_index (f, query, LD_LIST_SQL_PAGE, "mediation_cases_category"));
}

/* items-changed recorder. */
typedef struct
{
  guint n_signals;
  guint position;
  guint removed;
  guint added;
} Changes;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Changes    *changes)
{
  changes->n_signals++;
  changes->position = position;
  changes->removed = removed;
  changes->added = added;
}

static void
test_items_changed (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LdPagedModel) model = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LdRecordSummary) first = NULL;
  g_autoptr(LdRecordSummary) after = NULL;
  Changes changes = { 0, };
  guint64 state = 99;
  const char *status = statuses_of (f->area)[0];
  guint n_status = 0;
  Row *row;

  fill (f, 50, 31);
  model = ld_paged_model_new (f->db, f->area);
  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &changes);
  for (guint i = 0; i < f->rows->len; i++)
    n_status += status_is (f->rows->pdata[i], status);

  /* A filter change: the whole list is replaced. */
  ld_paged_model_set_status_filter (model, status);
  g_assert_cmpuint (changes.n_signals, ==, 1);
  g_assert_cmpuint (changes.position, ==, 0);
  g_assert_cmpuint (changes.removed, ==, 50);
  g_assert_cmpuint (changes.added, ==, n_status);

  /* Setting the same filter again changes nothing. */
  ld_paged_model_set_status_filter (model, status);
  g_assert_cmpuint (changes.n_signals, ==, 1);

  ld_paged_model_set_status_filter (model, NULL);
  g_assert_cmpuint (changes.n_signals, ==, 2);
  g_assert_cmpuint (changes.removed, ==, n_status);
  g_assert_cmpuint (changes.added, ==, 50);

  ld_paged_model_set_sort (model, LD_PAGED_SORT_NUMBER, TRUE);
  g_assert_cmpuint (changes.n_signals, ==, 3);
  g_assert_cmpuint (changes.removed, ==, 50);
  g_assert_cmpuint (changes.added, ==, 50);

  /* An insert through the database, in a transaction and alone. */
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  row = make_row (f, &state, 1000);
  row->year = 2030; /* sorts first in descending number order */
  g_free (row->number);
  row->number = g_strdup ("2030-01000");
  ld_database_begin (f->db, &error);
  g_assert_no_error (error);
  insert_row (f, row);
  g_assert_cmpuint (changes.n_signals, ==, 3);  /* not before the commit */
  ld_database_commit (f->db, &error);
  g_assert_no_error (error);
  g_ptr_array_add (f->rows, row);

  g_assert_cmpuint (changes.n_signals, ==, 4);
  g_assert_cmpuint (changes.removed, ==, 50);
  g_assert_cmpuint (changes.added, ==, 51);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 51);
  after = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpint (ld_record_summary_get_id (after), ==, 1000);
  g_assert_cmpint (ld_record_summary_get_id (first), !=, 1000);

  /* A delete outside an explicit transaction. */
  g_assert_true (ld_database_exec (f->db, "DELETE FROM contract_reviews WHERE id = 1000;"
                                           "DELETE FROM mediation_cases WHERE id = 1000;"
                                           "DELETE FROM petitions WHERE id = 1000", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_signals, ==, 5);
  g_assert_cmpuint (changes.added, ==, 50);

  /* A change to another register does not concern this list. */
  g_assert_true (ld_database_exec (f->db, "INSERT INTO settings (key, value) VALUES ('x', 1)", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_signals, ==, 5);

  ld_paged_model_reload (model);
  g_assert_cmpuint (changes.n_signals, ==, 6);
}

/* The counts kept by triggers agree with the rows through inserts,
 * status changes and deletes. */
static void
test_counts (Fixture       *f,
             gconstpointer  data)
{
  static const char * const tables[] = { "contract_reviews", "mediation_cases", "petitions" };
  g_autoptr(LdPagedModel) model = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *statuses = statuses_of (f->area);
  const char *table = tables[f->area];
  g_autofree char *update = g_strdup_printf ("UPDATE %s SET status = '%s' WHERE id %% 3 = 0;"
                                             "UPDATE %s SET title = 'x' WHERE id %% 5 = 0",
                                             table, statuses[1], table);
  g_autofree char *delete = g_strdup_printf ("DELETE FROM %s WHERE id %% 7 = 0", table);

  fill (f, 200, 41);
  model = ld_paged_model_new (f->db, f->area);
  g_assert_true (ld_database_exec (f->db, update, &error));
  g_assert_no_error (error);
  g_assert_true (ld_database_exec (f->db, delete, &error));
  g_assert_no_error (error);

  for (guint i = 0; statuses[i]; i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s WHERE status = '%s'", table, statuses[i]);
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (ld_database_get_handle (f->db), sql, -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      ld_paged_model_set_status_filter (model, statuses[i]);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, sqlite3_column_int (stmt, 0));
      sqlite3_finalize (stmt);
    }
  ld_paged_model_set_status_filter (model, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 200 - 200 / 7);
}

/* The mediation list shows the first applicant, kept by triggers. */
static void
test_mediation_party (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(LdPagedModel) model = NULL;
  g_autoptr(GError) error = NULL;
  Changes changes = { 0, };

  g_assert_true (ld_database_exec (f->db,
    "INSERT INTO mediation_cases (id, number, year, seq, title, applied_on, status)"
    " VALUES (1, '2026-1', 2026, 1, '相邻关系纠纷', '2026-03-01', 'applied')", &error));
  g_assert_no_error (error);
  model = ld_paged_model_new (f->db, LD_RECORD_AREA_MEDIATION);
  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &changes);

  g_assert_true (ld_database_exec (f->db,
    "INSERT INTO mediation_parties (case_id, role, position, name) VALUES (1, 'respondent', 0, '李四');"
    "INSERT INTO mediation_parties (case_id, role, position, name) VALUES (1, 'applicant', 1, '王五');"
    "INSERT INTO mediation_parties (case_id, role, position, name) VALUES (1, 'applicant', 0, '张三');"
    "INSERT INTO mediation_parties (case_id, role, position, name) VALUES (1, 'agent', 0, '赵律师')",
    &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changes.n_signals, >=, 1);

  {
    g_autoptr(LdRecordSummary) item = g_list_model_get_item (G_LIST_MODEL (model), 0);
    g_assert_cmpstr (ld_record_summary_get_party (item), ==, "张三");
  }

  /* Respondents and agents are found by search too (agents are not parties). */
  ld_paged_model_set_search (model, "李四");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  ld_paged_model_set_search (model, "赵律师");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  ld_paged_model_set_search (model, NULL);

  g_assert_true (ld_database_exec (f->db, "DELETE FROM mediation_parties WHERE name = '张三'", &error));
  g_assert_no_error (error);
  {
    g_autoptr(LdRecordSummary) item = g_list_model_get_item (G_LIST_MODEL (model), 0);
    g_assert_cmpstr (ld_record_summary_get_party (item), ==, "王五");
  }

  /* Mediators are a list: the person filter matches one whole name. */
  g_assert_true (ld_database_exec (f->db, "UPDATE mediation_cases SET mediators = '陈静、周杰' WHERE id = 1", &error));
  g_assert_no_error (error);
  ld_paged_model_set_person_filter (model, "周杰");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  ld_paged_model_set_person_filter (model, "陈静");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  ld_paged_model_set_person_filter (model, "陈");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
}

/* Many pages, visited out of order, far beyond the direct-OFFSET range. */
static void
check_positions (GListModel      *model,
                 GPtrArray       *expected,
                 guint64         *state,
                 guint            count)
{
  guint n = expected->len;

  for (guint k = 0; k < count; k++)
    {
      guint pos = k < 10 ? n - 1 - k : (guint) (next_random (state) % n);
      g_autoptr(LdRecordSummary) item = g_list_model_get_item (model, pos);
      const Row *row = expected->pdata[pos];

      g_assert_nonnull (item);
      g_assert_cmpint (ld_record_summary_get_id (item), ==, row->id);
    }
  g_assert_null (g_list_model_get_item (model, n));
  g_assert_null (g_list_model_get_item (model, G_MAXUINT));
}

/* Runs the main context until @model has its id list (read in a worker
 * thread) or a few seconds have passed. */
static gboolean
wait_for_id_list (LdPagedModel *model)
{
  gint64 end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!ld_paged_model_has_id_list (model) && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  return ld_paged_model_has_id_list (model);
}

/* Many pages, visited out of order, far beyond the direct-OFFSET range:
 * first through LIMIT/OFFSET while the id list is read in the background,
 * then through the id list. */
static void
test_large (Fixture       *f,
            gconstpointer  data)
{
  LdPagedModel *model = NULL;
  guint64 state = 5;
  const guint n = 20000;
  static const LdPagedSort sorts[] = { LD_PAGED_SORT_TITLE, LD_PAGED_SORT_DUE, LD_PAGED_SORT_NUMBER };
  g_autoptr(GError) error = NULL;
  gint64 end;

  /* Neither search nor the audit trail is under test here, and their
   * row-by-row triggers would make the fill most of the test's time. */
  g_assert_true (ld_audit_triggers_drop (f->db, &error));
  g_assert_no_error (error);
  g_assert_true (ld_database_exec (f->db, "DROP TRIGGER petitions_fts_ai", &error));
  g_assert_no_error (error);
  fill (f, n, 37);
  model = ld_paged_model_new (f->db, f->area);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);

  for (guint s = 0; s < G_N_ELEMENTS (sorts); s++)
    {
      g_autoptr(GPtrArray) expected = expected_rows (f, sorts[s], s == 1, NULL, NULL);

      ld_paged_model_set_sort (model, sorts[s], s == 1);
      g_assert_false (ld_paged_model_has_id_list (model));
      check_positions (G_LIST_MODEL (model), expected, &state, 200);
      g_assert_true (wait_for_id_list (model));
      check_positions (G_LIST_MODEL (model), expected, &state, 400);
    }

  /* A change while the id list is being read discards it. */
  {
    g_autoptr(GPtrArray) expected = expected_rows (f, LD_PAGED_SORT_RECEIVED, FALSE, NULL, NULL);

    ld_paged_model_set_sort (model, LD_PAGED_SORT_TITLE, TRUE);
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), n - 1));
    ld_paged_model_set_sort (model, LD_PAGED_SORT_RECEIVED, FALSE);
    check_positions (G_LIST_MODEL (model), expected, &state, 100);
    g_assert_true (wait_for_id_list (model));
    check_positions (G_LIST_MODEL (model), expected, &state, 100);
  }
  g_assert_null (ld_paged_model_get_error (model));

  /* Workers still running hold the model: let them finish. */
  g_object_add_weak_pointer (G_OBJECT (model), (gpointer *) &model);
  g_object_unref (model);
  end = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (model != NULL && g_get_monotonic_time () < end)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  g_assert_null (model);
}

static void
test_labels (void)
{
  for (LdRecordArea area = 0; area < LD_N_RECORD_AREAS; area++)
    {
      const char * const *statuses = ld_record_area_get_statuses (area);
      const char * const *open = ld_record_area_get_open_statuses (area);

      g_assert_cmpuint (g_strv_length ((GStrv) statuses), >=, 6);
      for (guint i = 0; statuses[i]; i++)
        {
          const char *label = ld_record_status_get_label (area, statuses[i]);
          g_assert_nonnull (label);
          g_assert_cmpstr (label, !=, statuses[i]);
        }
      for (guint i = 0; open[i]; i++)
        {
          g_assert_true (g_strv_contains (statuses, open[i]));
          g_assert_true (ld_record_status_is_open (area, open[i]));
        }
      g_assert_cmpstr (ld_record_status_get_label (area, "bogus"), ==, "bogus");
      g_assert_false (ld_record_status_is_open (area, "bogus"));
      g_assert_false (ld_record_status_is_open (area, NULL));
    }
  g_assert_cmpstr (ld_record_status_get_label (LD_RECORD_AREA_CONTRACT, "under_review"), ==, "Under review");
  g_assert_false (ld_record_status_is_open (LD_RECORD_AREA_PETITION, "closed"));
  g_assert_true (ld_record_status_is_open (LD_RECORD_AREA_PETITION, "handling"));
}

static void
test_summary_dates (void)
{
  g_autoptr(LdRecordSummary) s =
    ld_record_summary_new (LD_RECORD_AREA_PETITION, 3, "2026-1", "t", "p", "handling", "h",
                           "2026-02-28", "2026-03-02", 123);
  g_autoptr(LdRecordSummary) bad =
    ld_record_summary_new (LD_RECORD_AREA_PETITION, 4, NULL, NULL, NULL, "closed", NULL,
                           "2026-02-30", NULL, -5);
  g_autoptr(GDate) received = ld_record_summary_dup_received_date (s);
  g_autoptr(GDate) today = g_date_new_dmy (28, G_DATE_FEBRUARY, 2026);
  int days = 0;

  g_assert_cmpuint (g_date_get_day (received), ==, 28);
  g_assert_true (ld_record_summary_get_days_left (s, today, &days));
  g_assert_cmpint (days, ==, 2);
  g_assert_false (ld_record_summary_is_overdue (s, today));
  g_date_add_days (today, 3);
  g_assert_true (ld_record_summary_is_overdue (s, today));
  /* Petitions carry no amount; a closed record is never overdue. */
  g_assert_cmpint (ld_record_summary_get_amount_fen (bad), ==, -1);
  g_assert_cmpstr (ld_record_summary_get_number (bad), ==, "");
  g_assert_null (ld_record_summary_dup_received_date (bad));
  g_assert_null (ld_record_summary_dup_due_date (bad));
  g_assert_false (ld_record_summary_get_days_left (bad, today, &days));
}

static void
add (const char   *name,
     LdRecordArea  area,
     void        (*func) (Fixture *, gconstpointer))
{
  static const char * const area_names[] = { "contract", "mediation", "petition" };
  g_autofree char *path = g_strdup_printf ("/store/paged-model/%s/%s", area_names[area], name);

  g_test_add (path, Fixture, GINT_TO_POINTER (area), set_up, func, tear_down);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/store/paged-model/labels", test_labels);
  g_test_add_func ("/store/paged-model/summary-dates", test_summary_dates);
  for (LdRecordArea area = 0; area < LD_N_RECORD_AREAS; area++)
    {
      add ("fields", area, test_fields);
      add ("sorts", area, test_sorts);
      add ("status-filter", area, test_status_filter);
      add ("search", area, test_search);
      add ("date-range", area, test_date_range);
      add ("overdue", area, test_overdue);
      add ("person", area, test_person);
      add ("items-changed", area, test_items_changed);
      add ("counts", area, test_counts);
    }
  add ("first-applicant", LD_RECORD_AREA_MEDIATION, test_mediation_party);
  add ("category", LD_RECORD_AREA_MEDIATION, test_category);
  add ("large", LD_RECORD_AREA_PETITION, test_large);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-store"

#include "config.h"

#include "ld-database-private.h"
#include "ld-list-query-private.h"
#include "ld-paged-model-private.h"
#include "ld-paged-model.h"

/* Pages kept in memory: enough for a screen and the way back. */
#define MAX_CACHED_PAGES 8
/* Up to this offset LIMIT/OFFSET on the covering index costs well under a
 * millisecond; deeper, the ordered id list is read once and used instead. */
#define DIRECT_OFFSET_LIMIT 10000

struct _LdPagedModel
{
  GObject       parent_instance;

  LdDatabase   *db;
  LdRecordArea  area;
  LdListQuery  *query;

  guint         n_items;
  GHashTable   *pages;      /* page number → GPtrArray of LdRecordSummary */
  GQueue        lru;        /* page numbers, most recent first */
  GArray       *ids;        /* gint64 ids of every item in order, or NULL */

  sqlite3_stmt *page_stmt;  /* for the current query */
  int           limit_param;
  sqlite3_stmt *reverse_stmt;  /* the same in the opposite order */
  int           reverse_limit_param;
  sqlite3_stmt *row_stmt;

  guint         generation;       /* bumped whenever the rows may have changed */
  GCancellable *ids_cancellable;  /* the background read of the id list, if running */
  gboolean      ids_in_thread_failed;

  GError       *error;
  gulong        changed_id;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LdPagedModel, ld_paged_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_AREA,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
clear_rows (LdPagedModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_queue_clear (&self->lru);
  g_clear_pointer (&self->ids, g_array_unref);
}

static void
clear_statements (LdPagedModel *self)
{
  g_clear_pointer (&self->page_stmt, sqlite3_finalize);
  g_clear_pointer (&self->reverse_stmt, sqlite3_finalize);
}

static void
database_closing_cb (LdPagedModel *self)
{
  clear_statements (self);
  g_clear_pointer (&self->row_stmt, sqlite3_finalize);
}

static void
set_error (LdPagedModel *self,
           GError       *error)
{
  g_warning ("Cannot read the %s list: %s",
             ld_list_query_get_table (self->query), error->message);
  g_clear_error (&self->error);
  self->error = error;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
clear_error (LdPagedModel *self)
{
  if (self->error == NULL)
    return;
  g_clear_error (&self->error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static guint
count_items (LdPagedModel *self)
{
  GError *error = NULL;
  guint n = 0;

  if (!ld_list_query_count (self->query, self->db, &n, &error))
    {
      set_error (self, error);
      return 0;
    }
  clear_error (self);
  return n;
}

static gboolean load_ids (LdPagedModel *self, GError **error);

/* Forgets every row and counts again; emits items-changed for the whole list. */
static void
refresh (LdPagedModel *self)
{
  guint old_n = self->n_items;

  self->generation++;
  if (self->ids_cancellable != NULL)
    {
      g_cancellable_cancel (self->ids_cancellable);
      g_clear_object (&self->ids_cancellable);
    }
  clear_rows (self);
  clear_statements (self);
  if (ld_list_query_prefers_id_list (self->query))
    {
      GError *error = NULL;

      /* A search is answered once: its ids give the count and every page,
       * instead of the search running again for the count and each page. */
      if (load_ids (self, &error))
        {
          clear_error (self);
          self->n_items = self->ids->len;
        }
      else
        {
          set_error (self, error);
          self->n_items = 0;
        }
    }
  else
    self->n_items = count_items (self);
  if (old_n > 0 || self->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n, self->n_items);
}

static gboolean
load_ids (LdPagedModel  *self,
          GError       **error)
{
  g_autoptr(GArray) ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), self->n_items);
  sqlite3_stmt *stmt;
  int rc;

  stmt = ld_list_query_prepare (self->query, self->db, LD_LIST_SQL_IDS, NULL, error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE)
    return ld_database_set_error_from_sqlite (self->db, error, rc);

  self->ids = g_steal_pointer (&ids);
  return TRUE;
}

/* The first far jump reads the id list on a private read-only connection
 * in a worker thread (a million ids take a few hundred milliseconds); the
 * jumps until it arrives use LIMIT/OFFSET. */

typedef struct
{
  char        *path;
  LdListQuery *query;
  guint        generation;
} IdsJob;

static void
ids_job_free (IdsJob *job)
{
  g_free (job->path);
  ld_list_query_free (job->query);
  g_free (job);
}

static void
load_ids_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  IdsJob *job = task_data;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GError *error = NULL;
  sqlite3 *handle = NULL;
  sqlite3_stmt *stmt;
  guint n = 0;
  int rc;

  rc = sqlite3_open_v2 (job->path, &handle, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK)
    {
      g_task_return_new_error (task, LD_STORE_ERROR, LD_STORE_ERROR_CANNOT_OPEN, "%s",
                               handle ? sqlite3_errmsg (handle) : sqlite3_errstr (rc));
      sqlite3_close (handle);
      return;
    }
  sqlite3_busy_timeout (handle, 5000);

  stmt = ld_list_query_prepare_on (job->query, handle, LD_LIST_SQL_IDS, NULL, &error);
  if (stmt == NULL)
    {
      g_task_return_error (task, error);
      sqlite3_close (handle);
      return;
    }
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
      if (++n % 65536 == 0 && g_cancellable_is_cancelled (cancellable))
        break;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    g_task_return_new_error (task, LD_STORE_ERROR, LD_STORE_ERROR_FAILED, "%s", sqlite3_errmsg (handle));
  else if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, g_steal_pointer (&ids), (GDestroyNotify) g_array_unref);
  sqlite3_close (handle);
}

static void
ids_loaded_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  LdPagedModel *self = LD_PAGED_MODEL (source);
  IdsJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = g_task_propagate_pointer (G_TASK (result), &error);

  if (g_task_get_cancellable (G_TASK (result)) == self->ids_cancellable)
    g_clear_object (&self->ids_cancellable);

  if (ids == NULL)
    {
      /* Cancelled because the list changed, or no second connection
       * (then far pages read the id list on this one). */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_debug ("Reading the %s id list in a thread failed: %s",
                   ld_list_query_get_table (self->query), error->message);
          self->ids_in_thread_failed = TRUE;
        }
      return;
    }
  /* The worker saw a later snapshot if another program wrote meanwhile. */
  if (job->generation == self->generation && self->ids == NULL && ids->len == self->n_items)
    self->ids = g_steal_pointer (&ids);
}

static gboolean
can_load_ids_in_thread (LdPagedModel *self)
{
  const char *path = ld_database_get_path (self->db);

  return !self->ids_in_thread_failed && path != NULL && path[0] != '\0' &&
         !g_str_equal (path, ":memory:") && !g_str_has_prefix (path, "file:");
}

static void
start_loading_ids (LdPagedModel *self)
{
  g_autoptr(GTask) task = NULL;
  IdsJob *job = g_new0 (IdsJob, 1);

  job->path = g_strdup (ld_database_get_path (self->db));
  job->query = ld_list_query_copy (self->query);
  job->generation = self->generation;

  self->ids_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->ids_cancellable, ids_loaded_cb, NULL);
  g_task_set_source_tag (task, start_loading_ids);
  g_task_set_task_data (task, job, (GDestroyNotify) ids_job_free);
  g_task_run_in_thread (task, load_ids_thread);
}

static GPtrArray *
read_page_by_ids (LdPagedModel  *self,
                  guint          offset,
                  GError       **error)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  guint end = MIN (offset + LD_PAGED_MODEL_PAGE_SIZE, self->ids->len);
  int rc;

  if (offset >= end)
    return g_ptr_array_new_with_free_func (g_object_unref);

  G_STATIC_ASSERT (LD_PAGED_MODEL_PAGE_SIZE <= LD_LIST_QUERY_ROW_BATCH);

  if (self->row_stmt == NULL)
    {
      self->row_stmt = ld_list_query_prepare_row (self->area, self->db, error);
      if (self->row_stmt == NULL)
        return NULL;
    }

  /* One statement (one read transaction) for the whole page. */
  sqlite3_clear_bindings (self->row_stmt);
  for (guint i = offset; i < end; i++)
    sqlite3_bind_int64 (self->row_stmt, (int) (i - offset) + 1, g_array_index (self->ids, gint64, i));

  /* The keys point into the id list, which outlives the table. */
  by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_object_unref);
  while ((rc = sqlite3_step (self->row_stmt)) == SQLITE_ROW)
    {
      LdRecordSummary *row = ld_list_query_read_row (self->area, self->row_stmt);
      gint64 id = ld_record_summary_get_id (row);
      gint64 *key = NULL;

      for (guint i = offset; i < end && key == NULL; i++)
        if (g_array_index (self->ids, gint64, i) == id)
          key = &g_array_index (self->ids, gint64, i);
      if (key != NULL)
        g_hash_table_insert (by_id, key, row);
      else
        g_object_unref (row);
    }
  sqlite3_reset (self->row_stmt);
  if (rc != SQLITE_DONE)
    {
      ld_database_set_error_from_sqlite (self->db, error, rc);
      return NULL;
    }

  rows = g_ptr_array_new_full (end - offset, g_object_unref);
  for (guint i = offset; i < end; i++)
    {
      gint64 id = g_array_index (self->ids, gint64, i);
      LdRecordSummary *row = g_hash_table_lookup (by_id, &id);

      /* A row deleted by another connection since the ids were read keeps
       * its place (empty), so the rest of the list does not shift. */
      g_ptr_array_add (rows, row != NULL ? g_object_ref (row)
                                         : ld_record_summary_new (self->area, id, "", "", "", "", "", "", "", -1));
    }
  return g_steal_pointer (&rows);
}

/* A page by LIMIT/OFFSET. A page in the lower half is read from the other
 * end in the opposite order (the tie-break on id reverses too, so it is the
 * exact mirror), which halves the longest skip and makes the end of the
 * list as quick to reach as its start. */
static GPtrArray *
read_page_direct (LdPagedModel  *self,
                  guint          offset,
                  GError       **error)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint length = MIN (LD_PAGED_MODEL_PAGE_SIZE, self->n_items - MIN (offset, self->n_items));
  gboolean reverse = offset > self->n_items / 2;
  sqlite3_stmt **stmt = reverse ? &self->reverse_stmt : &self->page_stmt;
  int *limit_param = reverse ? &self->reverse_limit_param : &self->limit_param;
  int rc;

  if (*stmt == NULL)
    {
      g_autoptr(LdListQuery) query = ld_list_query_copy (self->query);
      gboolean descending;
      LdPagedSort sort = ld_list_query_get_sort (query, &descending);

      if (reverse)
        ld_list_query_set_sort (query, sort, !descending);
      *stmt = ld_list_query_prepare (query, self->db, LD_LIST_SQL_PAGE, limit_param, error);
      if (*stmt == NULL)
        return NULL;
    }

  sqlite3_bind_int64 (*stmt, *limit_param, reverse ? length : LD_PAGED_MODEL_PAGE_SIZE);
  sqlite3_bind_int64 (*stmt, *limit_param + 1,
                      reverse ? self->n_items - offset - length : offset);
  while ((rc = sqlite3_step (*stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, ld_list_query_read_row (self->area, *stmt));
  sqlite3_reset (*stmt);
  if (rc != SQLITE_DONE)
    {
      ld_database_set_error_from_sqlite (self->db, error, rc);
      return NULL;
    }

  if (reverse)
    for (guint i = 0, j = rows->len; i + 1 < j; i++, j--)
      {
        gpointer tmp = rows->pdata[i];
        rows->pdata[i] = rows->pdata[j - 1];
        rows->pdata[j - 1] = tmp;
      }
  return g_steal_pointer (&rows);
}

static GPtrArray *
get_page (LdPagedModel *self,
          guint         page)
{
  gpointer key = GUINT_TO_POINTER (page + 1);
  GPtrArray *rows = g_hash_table_lookup (self->pages, key);
  guint offset = page * LD_PAGED_MODEL_PAGE_SIZE;
  GError *error = NULL;

  if (rows != NULL)
    {
      /* Most recent first, so the tail is what goes next. */
      if (g_queue_peek_head (&self->lru) != key)
        {
          g_queue_remove (&self->lru, key);
          g_queue_push_head (&self->lru, key);
        }
      return rows;
    }

  if (self->ids == NULL && offset >= DIRECT_OFFSET_LIMIT)
    {
      if (can_load_ids_in_thread (self))
        {
          if (self->ids_cancellable == NULL)
            start_loading_ids (self);
        }
      else if (!load_ids (self, &error))
        {
          set_error (self, error);
          return NULL;
        }
    }

  rows = self->ids != NULL ? read_page_by_ids (self, offset, &error)
                           : read_page_direct (self, offset, &error);
  if (rows == NULL)
    {
      set_error (self, error);
      return NULL;
    }

  while (g_queue_get_length (&self->lru) >= MAX_CACHED_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->lru));
  g_hash_table_insert (self->pages, key, rows);
  g_queue_push_head (&self->lru, key);
  return rows;
}

static GType
ld_paged_model_get_item_type (GListModel *model)
{
  return LD_TYPE_RECORD_SUMMARY;
}

static guint
ld_paged_model_get_n_items (GListModel *model)
{
  return LD_PAGED_MODEL (model)->n_items;
}

static gpointer
ld_paged_model_get_item (GListModel *model,
                         guint       position)
{
  LdPagedModel *self = LD_PAGED_MODEL (model);
  GPtrArray *rows;
  guint index = position % LD_PAGED_MODEL_PAGE_SIZE;

  if (position >= self->n_items)
    return NULL;

  rows = get_page (self, position / LD_PAGED_MODEL_PAGE_SIZE);
  if (rows == NULL || index >= rows->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (rows, index));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = ld_paged_model_get_item_type;
  iface->get_n_items = ld_paged_model_get_n_items;
  iface->get_item = ld_paged_model_get_item;
}

static void
database_changed_cb (LdDatabase   *db,
                     const char   *table,
                     LdPagedModel *self)
{
  if (g_strv_contains (ld_list_query_get_watched_tables (self->area), table))
    refresh (self);
}

static void
ld_paged_model_constructed (GObject *object)
{
  LdPagedModel *self = LD_PAGED_MODEL (object);

  G_OBJECT_CLASS (ld_paged_model_parent_class)->constructed (object);

  g_assert (self->db != NULL);
  self->query = ld_list_query_new (self->area);
  self->changed_id = g_signal_connect (self->db, "changed",
                                       G_CALLBACK (database_changed_cb), self);
  /* The database may be closed while the list still exists (the
   * application quits): let go of the statements first. */
  g_signal_connect_object (self->db, "closing", G_CALLBACK (database_closing_cb), self, G_CONNECT_SWAPPED);
  self->n_items = count_items (self);
}

static void
ld_paged_model_dispose (GObject *object)
{
  LdPagedModel *self = LD_PAGED_MODEL (object);

  if (self->ids_cancellable != NULL)
    g_cancellable_cancel (self->ids_cancellable);
  g_clear_object (&self->ids_cancellable);
  if (self->db != NULL)
    g_clear_signal_handler (&self->changed_id, self->db);
  clear_rows (self);
  clear_statements (self);
  g_clear_pointer (&self->row_stmt, sqlite3_finalize);
  g_clear_object (&self->db);

  G_OBJECT_CLASS (ld_paged_model_parent_class)->dispose (object);
}

static void
ld_paged_model_finalize (GObject *object)
{
  LdPagedModel *self = LD_PAGED_MODEL (object);

  g_hash_table_unref (self->pages);
  g_clear_pointer (&self->query, ld_list_query_free);
  g_clear_error (&self->error);

  G_OBJECT_CLASS (ld_paged_model_parent_class)->finalize (object);
}

static void
ld_paged_model_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LdPagedModel *self = LD_PAGED_MODEL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->db);
      break;
    case PROP_AREA:
      g_value_set_enum (value, self->area);
      break;
    case PROP_ERROR:
      g_value_set_boxed (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_paged_model_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LdPagedModel *self = LD_PAGED_MODEL (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->db = g_value_dup_object (value);
      break;
    case PROP_AREA:
      self->area = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_paged_model_class_init (LdPagedModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ld_paged_model_constructed;
  object_class->dispose = ld_paged_model_dispose;
  object_class->finalize = ld_paged_model_finalize;
  object_class->get_property = ld_paged_model_get_property;
  object_class->set_property = ld_paged_model_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL, LD_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AREA] =
    g_param_spec_enum ("area", NULL, NULL, LD_TYPE_RECORD_AREA, LD_RECORD_AREA_CONTRACT,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_boxed ("error", NULL, NULL, G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ld_paged_model_init (LdPagedModel *self)
{
  self->pages = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                       (GDestroyNotify) g_ptr_array_unref);
  g_queue_init (&self->lru);
}

LdPagedModel *
ld_paged_model_new (LdDatabase   *db,
                    LdRecordArea  area)
{
  g_return_val_if_fail (LD_IS_DATABASE (db), NULL);
  g_return_val_if_fail (area < LD_N_RECORD_AREAS, NULL);

  return g_object_new (LD_TYPE_PAGED_MODEL, "database", db, "area", area, NULL);
}

LdDatabase *
ld_paged_model_get_database (LdPagedModel *self)
{
  g_return_val_if_fail (LD_IS_PAGED_MODEL (self), NULL);
  return self->db;
}

LdRecordArea
ld_paged_model_get_area (LdPagedModel *self)
{
  g_return_val_if_fail (LD_IS_PAGED_MODEL (self), LD_RECORD_AREA_CONTRACT);
  return self->area;
}

const LdListQuery *
ld_paged_model_get_query (LdPagedModel *self)
{
  g_return_val_if_fail (LD_IS_PAGED_MODEL (self), NULL);
  return self->query;
}

/* Installs @query (taking it) when it differs from the current one. */
static void
apply_query (LdPagedModel *self,
             LdListQuery  *query)
{
  if (ld_list_query_equal (self->query, query))
    {
      ld_list_query_free (query);
      return;
    }
  ld_list_query_free (self->query);
  self->query = query;
  refresh (self);
}

void
ld_paged_model_set_query (LdPagedModel      *self,
                          const LdListQuery *query)
{
  g_return_if_fail (LD_IS_PAGED_MODEL (self));
  g_return_if_fail (query != NULL);
  g_return_if_fail (ld_list_query_get_area (query) == self->area);

  apply_query (self, ld_list_query_copy (query));
}

void
ld_paged_model_set_sort (LdPagedModel *self,
                         LdPagedSort   column,
                         gboolean      descending)
{
  LdListQuery *query;

  g_return_if_fail (LD_IS_PAGED_MODEL (self));
  g_return_if_fail (column < LD_N_PAGED_SORTS);

  query = ld_list_query_copy (self->query);
  ld_list_query_set_sort (query, column, descending);
  apply_query (self, query);
}

void
ld_paged_model_set_search (LdPagedModel *self,
                           const char   *text)
{
  LdListQuery *query;

  g_return_if_fail (LD_IS_PAGED_MODEL (self));

  query = ld_list_query_copy (self->query);
  ld_list_query_set_search (query, text);
  apply_query (self, query);
}

void
ld_paged_model_set_status_filter (LdPagedModel *self,
                                  const char   *status_or_null)
{
  LdListQuery *query;

  g_return_if_fail (LD_IS_PAGED_MODEL (self));

  query = ld_list_query_copy (self->query);
  ld_list_query_set_status (query, status_or_null);
  apply_query (self, query);
}

void
ld_paged_model_set_date_range (LdPagedModel *self,
                               GDate        *from,
                               GDate        *to)
{
  LdListQuery *query;

  g_return_if_fail (LD_IS_PAGED_MODEL (self));

  query = ld_list_query_copy (self->query);
  ld_list_query_set_date_range (query, from, to);
  apply_query (self, query);
}

void
ld_paged_model_set_overdue_only (LdPagedModel *self,
                                 gboolean      overdue_only,
                                 GDate        *today)
{
  LdListQuery *query;

  g_return_if_fail (LD_IS_PAGED_MODEL (self));
  g_return_if_fail (!overdue_only || (today != NULL && g_date_valid (today)));

  query = ld_list_query_copy (self->query);
  ld_list_query_set_overdue_only (query, overdue_only, today);
  apply_query (self, query);
}

void
ld_paged_model_set_person_filter (LdPagedModel *self,
                                  const char   *person_or_null)
{
  LdListQuery *query;

  g_return_if_fail (LD_IS_PAGED_MODEL (self));

  query = ld_list_query_copy (self->query);
  ld_list_query_set_person (query, person_or_null);
  apply_query (self, query);
}

void
ld_paged_model_reload (LdPagedModel *self)
{
  g_return_if_fail (LD_IS_PAGED_MODEL (self));
  refresh (self);
}

gboolean
ld_paged_model_has_id_list (LdPagedModel *self)
{
  g_return_val_if_fail (LD_IS_PAGED_MODEL (self), FALSE);
  return self->ids != NULL;
}

const GError *
ld_paged_model_get_error (LdPagedModel *self)
{
  g_return_val_if_fail (LD_IS_PAGED_MODEL (self), NULL);
  return self->error;
}

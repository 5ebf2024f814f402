/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "bench-list"

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>

#include "ld-demo.h"
#include "ld-paged-model.h"

/* Opens the petitions list of a 100-row and of a 1 000 000-row database and
 * times what the UI does: create the model, read n_items and the first
 * screen, then jump to 1000 random positions (a scrollbar dragged around).
 * The big database is cached in the build directory (building it takes a
 * couple of minutes); pass --rebuild to make it again.
 *
 * Usage: bench-list [--rebuild] [--big N] [--dir DIR] */

#define SCREEN_ROWS 50
#define RANDOM_READS 1000
#define SEED 20261125

typedef struct
{
  double open_ms;     /* model + n_items + first screen */
  double first_ms;    /* the first jump, which reads the ordered id list */
  double scroll_ms;   /* RANDOM_READS random get_item calls after it */
  double worst_ms;    /* the slowest of them */
  double near_ms;     /* RANDOM_READS get_item calls walking down from a random place */
  guint  n_items;
} Timing;

static guint64
next_random (guint64 *state)
{
  guint64 z = (*state += 0x9E3779B97F4A7C15ULL);

  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

static void
progress_cb (guint    done,
             guint    total,
             gpointer user_data)
{
  if (done % 100000 == 0 || done == total)
    g_printerr ("\r  %u of %u petitions", done, total);
  if (done == total)
    g_printerr ("\n");
}

static LdDatabase *
open_filled (const char *path,
             guint       n,
             gboolean    rebuild)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) db = NULL;

  if (!rebuild && g_file_test (path, G_FILE_TEST_EXISTS))
    {
      db = ld_database_open (path, LD_DATABASE_OPEN_DEFAULT, &error);
      if (db != NULL)
        {
          g_autoptr(LdPagedModel) model = ld_paged_model_new (db, LD_RECORD_AREA_PETITION);
          if (g_list_model_get_n_items (G_LIST_MODEL (model)) == n)
            return g_steal_pointer (&db);
        }
      g_clear_error (&error);
      g_clear_object (&db);
    }

  for (guint i = 0; i < 3; i++)
    {
      static const char * const suffixes[] = { "", "-wal", "-shm" };
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
  g_printerr ("Building %s with %u petitions…\n", path, n);
  db = ld_database_open (path, LD_DATABASE_OPEN_DEFAULT, &error);
  if (db == NULL || !ld_demo_fill_area (db, LD_RECORD_AREA_PETITION, n, SEED, progress_cb, NULL, &error))
    g_error ("Cannot build %s: %s", path, error->message);
  return g_steal_pointer (&db);
}

static Timing
time_list (LdDatabase  *db,
           LdPagedSort  sort,
           gboolean     descending,
           const char  *status,
           const char  *search)
{
  g_autoptr(GTimer) timer = g_timer_new ();
  g_autoptr(LdPagedModel) model = NULL;
  g_autoptr(LdListQuery) query = ld_list_query_new (LD_RECORD_AREA_PETITION);
  guint64 state = SEED;
  Timing t = { 0, };

  ld_list_query_set_sort (query, sort, descending);
  ld_list_query_set_status (query, status);
  ld_list_query_set_search (query, search);

  /* What the list view does when it appears. */
  g_timer_start (timer);
  model = ld_paged_model_new (db, LD_RECORD_AREA_PETITION);
  ld_paged_model_set_query (model, query);
  t.n_items = g_list_model_get_n_items (G_LIST_MODEL (model));
  for (guint i = 0; i < MIN (SCREEN_ROWS, t.n_items); i++)
    g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), i));
  t.open_ms = g_timer_elapsed (timer, NULL) * 1000;

  if (t.n_items == 0)
    return t;

  g_timer_start (timer);
  g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), t.n_items - 1));
  t.first_ms = g_timer_elapsed (timer, NULL) * 1000;

  /* Between jumps the main loop runs, as between frames in the app; the id
   * list read in a worker arrives through it. */
  g_timer_start (timer);
  for (guint i = 0; i < RANDOM_READS; i++)
    {
      guint pos = (guint) (next_random (&state) % t.n_items);
      double before = g_timer_elapsed (timer, NULL);

      g_object_unref (g_list_model_get_item (G_LIST_MODEL (model), pos));
      t.worst_ms = MAX (t.worst_ms, (g_timer_elapsed (timer, NULL) - before) * 1000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  t.scroll_ms = g_timer_elapsed (timer, NULL) * 1000;

  /* Scrolling on by hand from wherever the last jump landed. */
  {
    guint start = (guint) (next_random (&state) % t.n_items);

    g_timer_start (timer);
    for (guint i = 0; i < RANDOM_READS; i++)
      {
        gpointer item = g_list_model_get_item (G_LIST_MODEL (model), (start + i) % t.n_items);
        g_clear_object (&item);
      }
    t.near_ms = g_timer_elapsed (timer, NULL) * 1000;
  }
  return t;
}

int
main (int   argc,
      char *argv[])
{
  static const struct
  {
    const char  *label;
    LdPagedSort  sort;
    gboolean     descending;
    const char  *status;
    const char  *search;
  } cases[] = {
    { "number, newest first", LD_PAGED_SORT_NUMBER, TRUE, NULL, NULL },
    { "title", LD_PAGED_SORT_TITLE, FALSE, NULL, NULL },
    { "due date", LD_PAGED_SORT_DUE, FALSE, NULL, NULL },
    { "status=handling, by due date", LD_PAGED_SORT_DUE, FALSE, "handling", NULL },
    { "search 拖欠农民工 (12%)", LD_PAGED_SORT_RECEIVED, TRUE, NULL, "拖欠农民工" },
    { "search 李建华 (trigram)", LD_PAGED_SORT_RECEIVED, TRUE, NULL, "李建华" },
    { "search 张伟 (2 chars: LIKE)", LD_PAGED_SORT_RECEIVED, TRUE, NULL, "张伟" },
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LdDatabase) small = NULL;
  g_autoptr(LdDatabase) big = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *small_path = NULL;
  g_autofree char *big_path = NULL;
  gboolean rebuild = FALSE;
  int big_n = 1000000;
  const GOptionEntry entries[] = {
    { "rebuild", 0, 0, G_OPTION_ARG_NONE, &rebuild, "Build the big database again", NULL },
    { "big", 0, 0, G_OPTION_ARG_INT, &big_n, "Rows in the big database (1000000)", "N" },
    { "dir", 0, 0, G_OPTION_ARG_FILENAME, &dir, "Where to keep the databases (the build directory)", "DIR" },
    { NULL }
  };

  context = g_option_context_new ("— time the paged register list");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || big_n < 1000)
    {
      g_printerr ("%s\n", error ? error->message : "--big must be at least 1000");
      return 2;
    }
  if (dir == NULL)
    dir = g_strdup (BENCH_DATA_DIR);

  small_path = g_build_filename (dir, "bench-list-100.db", NULL);
  big_path = g_strdup_printf ("%s/bench-list-%d.db", dir, big_n);
  small = open_filled (small_path, 100, TRUE);
  big = open_filled (big_path, (guint) big_n, rebuild);

  printf ("Paged petitions list: open = model + n_items + first %d rows; last = then the last row;\n"
          "jump = then %d get_item at random positions (total, main loop run between them);\n"
          "worst = the slowest jump; walk = %d get_item in a row (total).\n",
          SCREEN_ROWS, RANDOM_READS, RANDOM_READS);
  printf ("%-30s %7s %8s %8s | %8s %8s %8s %8s %8s %8s | %7s\n", "order / filter",
          "rows", "open ms", "jump ms", "rows", "open ms", "last ms", "jump ms", "worst ms", "walk ms",
          "open ×");
  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      Timing s = time_list (small, cases[c].sort, cases[c].descending, cases[c].status, cases[c].search);
      Timing b = time_list (big, cases[c].sort, cases[c].descending, cases[c].status, cases[c].search);

      printf ("%-30s %7u %8.2f %8.2f | %8u %8.2f %8.2f %8.1f %8.2f %8.2f | %7.1f\n", cases[c].label,
              s.n_items, s.open_ms, s.scroll_ms, b.n_items, b.open_ms, b.first_ms, b.scroll_ms,
              b.worst_ms, b.near_ms, b.open_ms / MAX (s.open_ms, 0.001));
    }
  return 0;
}

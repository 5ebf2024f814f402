/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ld-deadline-policy.h"
#include "ld-due-store.h"
#include "ld-petition-store.h"
#include "ld-test-util.h"

/* What is due across the registers: open records only, the window
 * inclusive, soonest first, ties by register then id. Today is Wednesday
 * 10 June 2026 and the window 3 days (to the 13th). */

typedef struct
{
  LdDatabase *db;
  gint64      p_registered;
} Fixture;

static gint64
add_petition (LdDatabase *db,
              const char *title,
              int         received_month,
              int         received_day,
              gboolean    accept)
{
  g_autoptr(LdPetition) petition = ld_petition_new ();
  g_autoptr(GDate) received = g_date_new_dmy (received_day, received_month, 2026);
  g_autoptr(GError) error = NULL;
  gint64 id;

  ld_petition_set_received_on (petition, received);
  ld_petition_set_petitioner_name (petition, "张三");
  ld_petition_set_title (petition, title);
  ld_petition_set_content (petition, "信访人反映通村道路路面破损严重。");
  id = ld_petition_store_insert (db, petition, "李四", &error);
  g_assert_no_error (error);
  if (accept)
    {
      g_autoptr(GDate) day = g_date_new_dmy (1, 6, 2026);
      g_autoptr(LdPetitionEvent) event = ld_petition_event_new (LD_PETITION_STEP_ACCEPT, day, "李四");

      ld_petition_store_apply (db, id, event, &error);
      g_assert_no_error (error);
    }
  return id;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  (void) data;
  f->db = ld_database_open (":memory:", LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  ld_test_exec (f->db,
    "INSERT INTO contract_reviews (id, number, year, seq, title, status, received_on, due_on) VALUES"
    " (1, 'C1', 2026, 1, '租赁合同', 'received', '2026-06-01', '2026-06-08'),"
    " (2, 'C2', 2026, 2, '退回的合同', 'returned', '2026-06-01', '2026-06-05'),"
    " (3, 'C3', 2026, 3, '以后的合同', 'under_review', '2026-06-01', '2026-06-20'),"
    " (4, 'C4', 2026, 4, '今天的合同', 'under_review', '2026-06-01', '2026-06-10'),"
    " (5, 'C5', 2026, 5, '没有期限的合同', 'received', '2026-06-01', NULL)");
  ld_test_exec (f->db,
    "INSERT INTO mediation_cases (id, number, year, seq, title, status, applied_on, due_on) VALUES"
    " (1, 'M1', 2026, 1, '今天的调解', 'applied', '2026-06-01', '2026-06-10'),"
    " (2, 'M2', 2026, 2, '已归档的调解', 'archived', '2026-06-01', '2026-06-01'),"
    " (3, 'M3', 2026, 3, '三天后的调解', 'mediating', '2026-06-01', '2026-06-13'),"
    " (4, 'M4', 2026, 4, '四天后的调解', 'mediating', '2026-06-01', '2026-06-14')");
  /* Registered 25 May: the notice was due 9 June. */
  f->p_registered = add_petition (f->db, "逾期告知的信访", 5, 25, FALSE);
  /* Accepted 1 June: the reply is due 31 July. */
  add_petition (f->db, "办理中的信访", 5, 25, TRUE);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  (void) data;
  g_assert_finalize_object (f->db);
}

static void
assert_item (GPtrArray    *items,
             guint         index,
             LdRecordArea  area,
             const char   *number,
             int           days_left)
{
  const LdDueItem *item;

  g_assert_cmpuint (index, <, items->len);
  item = g_ptr_array_index (items, index);
  g_assert_cmpint (item->area, ==, area);
  g_assert_cmpstr (item->number, ==, number);
  g_assert_cmpint (item->days_left, ==, days_left);
}

static void
test_window (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GDate) today = g_date_new_dmy (10, 6, 2026);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) today_only = NULL;
  g_autoptr(LdDueItem) copy = NULL;
  g_autoptr(GError) error = NULL;
  const LdDueItem *item;

  (void) data;
  items = ld_due_store_list (f->db, today, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 5);
  assert_item (items, 0, LD_RECORD_AREA_CONTRACT, "C1", -2);
  assert_item (items, 1, LD_RECORD_AREA_PETITION, "信访〔2026〕1号", -1);
  assert_item (items, 2, LD_RECORD_AREA_CONTRACT, "C4", 0);
  assert_item (items, 3, LD_RECORD_AREA_MEDIATION, "M1", 0);
  assert_item (items, 4, LD_RECORD_AREA_MEDIATION, "M3", 3);

  item = g_ptr_array_index (items, 1);
  g_assert_cmpint (item->id, ==, f->p_registered);
  g_assert_cmpstr (item->title, ==, "逾期告知的信访");
  g_assert_cmpstr (item->what, ==, ld_time_limit_get_label (LD_TIME_LIMIT_NOTICE));
  g_assert_cmpint (g_date_get_day (&item->due), ==, 9);
  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (item->what, ==, "Review period");
  g_assert_cmpstr (((LdDueItem *) g_ptr_array_index (items, 3))->what, ==, "Mediation period");

  copy = ld_due_item_copy (item);
  g_assert_cmpstr (copy->number, ==, "C1");
  g_assert_true (copy->number != item->number);

  /* 0 days: what is overdue or due today. */
  today_only = ld_due_store_list (f->db, today, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (today_only->len, ==, 4);
  assert_item (today_only, 3, LD_RECORD_AREA_MEDIATION, "M1", 0);
}

static void
test_follows_workflow (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GDate) today = g_date_new_dmy (10, 6, 2026);
  g_autoptr(GDate) day = g_date_new_dmy (10, 6, 2026);
  g_autoptr(LdPetitionEvent) accept = ld_petition_event_new (LD_PETITION_STEP_ACCEPT, day, "李四");
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) later = NULL;
  g_autoptr(GDate) august = g_date_new_dmy (12, 8, 2026);
  g_autoptr(GError) error = NULL;

  (void) data;
  before = ld_due_store_list (f->db, today, 3, &error);
  g_assert_no_error (error);
  /* Accepting the overdue petition moves it out of the list. */
  ld_petition_store_apply (f->db, f->p_registered, accept, &error);
  g_assert_no_error (error);
  after = ld_due_store_list (f->db, today, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len - 1);
  for (guint i = 0; i < after->len; i++)
    g_assert_cmpint (((LdDueItem *) g_ptr_array_index (after, i))->area, !=, LD_RECORD_AREA_PETITION);

  /* By 12 August both handling periods have run out (31 July, and 9
   * August, a Sunday, so Monday the 10th). */
  later = ld_due_store_list (f->db, august, 0, &error);
  g_assert_no_error (error);
  {
    guint petitions = 0;

    for (guint i = 0; i < later->len; i++)
      {
        LdDueItem *item = g_ptr_array_index (later, i);

        if (item->area == LD_RECORD_AREA_PETITION)
          {
            petitions++;
            g_assert_cmpint (item->days_left, <, 0);
            g_assert_cmpstr (item->what, ==, ld_time_limit_get_label (LD_TIME_LIMIT_HANDLING));
          }
      }
    g_assert_cmpuint (petitions, ==, 2);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/store/due/window", Fixture, NULL, fixture_set_up, test_window, fixture_tear_down);
  g_test_add ("/store/due/follows-workflow", Fixture, NULL, fixture_set_up, test_follows_workflow,
              fixture_tear_down);

  return g_test_run ();
}

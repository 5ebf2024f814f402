/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "ld-petition-store.h"
#include "ld-test-poppler.h"
#include "ld-test-util.h"

/* Runs the real legal-desk-cli of this build on a database filled through
 * the store: `petitions list`, `due` and `stats`. */

typedef struct
{
  char   *dir;
  char   *db_path;
  gint64  ids[4];
} Fixture;

/* Runs the CLI on the fixture's database with the NULL-terminated arguments. */
#define run_cli(f, result, ...) ld_test_cli_run_on ((f)->dir, (f)->db_path, (result), __VA_ARGS__)

/* The same on the database at @db_path. */
#define run_cli_on(f, db_path, result, ...) ld_test_cli_run_on ((f)->dir, (db_path), (result), __VA_ARGS__)

static GDate *
day (int month,
     int d)
{
  return g_date_new_dmy (d, month, 2026);
}

static gint64
add_petition (LdDatabase *db,
              const char *title,
              const char *category,
              int         month,
              int         d)
{
  g_autoptr(LdPetition) petition = ld_petition_new ();
  g_autoptr(GDate) received = day (month, d);
  g_autoptr(GError) error = NULL;
  gint64 id;

  ld_petition_set_received_on (petition, received);
  ld_petition_set_petitioner_name (petition, "张三");
  ld_petition_set_handler (petition, "王五");
  ld_petition_set_title (petition, title);
  ld_petition_set_category (petition, category);
  ld_petition_set_content (petition, "信访人反映通村道路路面破损严重，雨天积水。");
  id = ld_petition_store_insert (db, petition, "李四", &error);
  g_assert_no_error (error);
  return id;
}

static void
apply (LdDatabase     *db,
       gint64          id,
       LdPetitionStep  step,
       int             month,
       int             d,
       int             fact)
{
  g_autoptr(GDate) date = day (month, d);
  g_autoptr(LdPetitionEvent) event = ld_petition_event_new (step, date, "李四");
  g_autoptr(GError) error = NULL;

  if (step == LD_PETITION_STEP_REPLY)
    event->outcome = LD_REPLY_OUTCOME_EXPLAIN;
  if (step == LD_PETITION_STEP_RATE)
    event->rating = fact;
  ld_petition_store_apply (db, id, event, &error);
  g_assert_no_error (error);
}

/* Four petitions of 2026; today is 10 June:
 *   #1 received 2 Mar, accepted 5 Mar, replied 20 Apr, rated 满意
 *   #2 received 2 Mar, accepted 30 Mar (late notice), not replied: handling
 *      due 29 May → overdue
 *   #3 received 25 May, registered: notice due 9 June → overdue
 *   #4 received 8 June, registered: notice due 23 June */
static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(LdDatabase) db = NULL;

  (void) data;
  f->dir = ld_test_make_tmp_dir ("test-cli-petitions-XXXXXX");
  f->db_path = g_build_filename (f->dir, "legal-desk.db", NULL);
  db = ld_test_open_database (f->db_path);

  f->ids[0] = add_petition (db, "反映村道损坏问题", "交通运输", 3, 2);
  f->ids[1] = add_petition (db, "反映拖欠工资问题", "劳动社保", 3, 2);
  f->ids[2] = add_petition (db, "反映噪声扰民问题", "环境保护", 5, 25);
  f->ids[3] = add_petition (db, "反映灌溉渠道问题", "交通运输", 6, 8);
  apply (db, f->ids[0], LD_PETITION_STEP_ACCEPT, 3, 5, 0);
  apply (db, f->ids[0], LD_PETITION_STEP_REPLY, 4, 20, 0);
  apply (db, f->ids[0], LD_PETITION_STEP_RATE, 4, 25, LD_SATISFACTION_SATISFIED);
  apply (db, f->ids[1], LD_PETITION_STEP_ACCEPT, 3, 30, 0);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  (void) data;
  ld_test_remove_tree (f->dir);
  g_free (f->db_path);
  g_free (f->dir);
}

static void
test_list (Fixture       *f,
           gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  JsonObject *row;
  const char *p, *q;

  (void) data;
  run_cli (f, &result, "petitions", "list", "--today", "2026-06-10", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  p = strstr (result.out, "信访〔2026〕1号");
  q = strstr (result.out, "信访〔2026〕4号");
  g_assert_nonnull (p);
  g_assert_nonnull (q);
  g_assert_true (p < q);
  g_assert_nonnull (strstr (result.out, "2026-06-09 (overdue)"));

  run_cli (f, &result, "petitions", "list", "--json", "--today", "2026-06-10", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = ld_test_cli_parse_json_lines (result.out);
  g_assert_cmpuint (rows->len, ==, 4);
  row = g_ptr_array_index (rows, 2);
  g_assert_cmpint (json_object_get_int_member (row, "id"), ==, f->ids[2]);
  g_assert_cmpstr (json_object_get_string_member (row, "number"), ==, "信访〔2026〕3号");
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "registered");
  g_assert_cmpstr (json_object_get_string_member (row, "title"), ==, "反映噪声扰民问题");
  g_assert_cmpstr (json_object_get_string_member (row, "petitioner"), ==, "张三");
  g_assert_cmpstr (json_object_get_string_member (row, "handler"), ==, "王五");
  g_assert_cmpstr (json_object_get_string_member (row, "received_on"), ==, "2026-05-25");
  g_assert_cmpstr (json_object_get_string_member (row, "due_on"), ==, "2026-06-09");
  g_assert_cmpint (json_object_get_int_member (row, "days_left"), ==, -1);
  g_assert_true (json_object_get_boolean_member (row, "overdue"));
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "replied");
  g_assert_true (json_object_get_null_member (row, "due_on"));
  g_assert_false (json_object_get_boolean_member (row, "overdue"));

  run_cli (f, &result, "petitions", "list", "--json", "--status", "registered", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = ld_test_cli_parse_json_lines (result.out);
  g_assert_cmpuint (rows->len, ==, 2);

  run_cli (f, &result, "petitions", "list", "--json", "--overdue", "--today", "2026-06-10", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = ld_test_cli_parse_json_lines (result.out);
  g_assert_cmpuint (rows->len, ==, 2);
  g_assert_cmpint (json_object_get_int_member (g_ptr_array_index (rows, 0), "id"), ==, f->ids[1]);
  g_assert_cmpint (json_object_get_int_member (g_ptr_array_index (rows, 1), "id"), ==, f->ids[2]);
}

static void
test_due (Fixture       *f,
          gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  JsonObject *row;

  (void) data;
  /* The default window is 3 days: #4 (due 23 June) is not in it. */
  run_cli (f, &result, "due", "--json", "--today", "2026-06-10", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  rows = ld_test_cli_parse_json_lines (result.out);
  g_assert_cmpuint (rows->len, ==, 2);
  row = g_ptr_array_index (rows, 0);
  g_assert_cmpint (json_object_get_int_member (row, "id"), ==, f->ids[1]);
  g_assert_cmpstr (json_object_get_string_member (row, "status"), ==, "overdue");
  g_assert_cmpstr (json_object_get_string_member (row, "area"), ==, "petition");
  g_assert_cmpstr (json_object_get_string_member (row, "number"), ==, "信访〔2026〕2号");
  g_assert_cmpstr (json_object_get_string_member (row, "title"), ==, "反映拖欠工资问题");
  g_assert_cmpstr (json_object_get_string_member (row, "due_on"), ==, "2026-05-29");
  g_assert_cmpint (json_object_get_int_member (row, "days_left"), ==, -12);
  row = g_ptr_array_index (rows, 1);
  g_assert_cmpint (json_object_get_int_member (row, "id"), ==, f->ids[2]);
  g_assert_cmpint (json_object_get_int_member (row, "days_left"), ==, -1);

  /* A wider window takes #4 in as due soon; its last day as due today. */
  run_cli (f, &result, "due", "--json", "--days", "13", "--today", "2026-06-10", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = ld_test_cli_parse_json_lines (result.out);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (rows, 2), "status"), ==, "due-soon");
  g_assert_cmpint (json_object_get_int_member (g_ptr_array_index (rows, 2), "days_left"), ==, 13);
  run_cli (f, &result, "due", "--json", "--days", "0", "--today", "2026-06-23", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = ld_test_cli_parse_json_lines (result.out);
  g_assert_cmpuint (rows->len, ==, 3);
  g_assert_cmpstr (json_object_get_string_member (g_ptr_array_index (rows, 2), "status"), ==, "due-today");

  /* The table. */
  run_cli (f, &result, "due", "--today", "2026-06-10", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "信访〔2026〕2号"));
  g_assert_nonnull (strstr (result.out, "12 days overdue"));
  g_assert_null (strstr (result.out, "信访〔2026〕4号"));
  run_cli (f, &result, "due", "--today", "2026-01-01", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "Nothing is overdue"));
}

static void
test_stats (Fixture       *f,
            gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };
  g_autoptr(GPtrArray) rows = NULL;
  JsonObject *object, *rate;
  JsonArray *months, *categories;

  (void) data;
  run_cli (f, &result, "stats", "--year", "2026", "--today", "2026-06-10", "--json", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_cmpstr (result.err, ==, "");
  rows = ld_test_cli_parse_json_lines (result.out);
  g_assert_cmpuint (rows->len, ==, 1);
  object = g_ptr_array_index (rows, 0);
  g_assert_cmpint (json_object_get_int_member (object, "year"), ==, 2026);
  g_assert_cmpint (json_object_get_int_member (object, "received"), ==, 4);
  g_assert_cmpstr (json_object_get_string_member (object, "as_of"), ==, "2026-06-10");
  months = json_object_get_array_member (object, "by_month");
  g_assert_cmpuint (json_array_get_length (months), ==, 12);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (months, 2), "month"),
                   ==, "2026-03");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (months, 2), "count"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (months, 4), "count"), ==, 1);
  categories = json_object_get_array_member (object, "by_category");
  g_assert_cmpuint (json_array_get_length (categories), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (categories, 0), "category"),
                   ==, "交通运输");
  g_assert_cmpint (json_object_get_int_member (json_array_get_object_element (categories, 0), "count"), ==, 2);

  /* Notice: #1 on time, #2 late, #3 past its limit, #4 not yet due: 1/3. */
  rate = json_object_get_object_member (object, "on_time_acceptance");
  g_assert_cmpint (json_object_get_int_member (rate, "numerator"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (rate, "denominator"), ==, 3);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (rate, "percent"), 100.0 / 3, 0.01);
  /* Handling: #1 on time, #2 past its limit: 1/2. */
  rate = json_object_get_object_member (object, "on_time_completion");
  g_assert_cmpint (json_object_get_int_member (rate, "numerator"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (rate, "denominator"), ==, 2);
  rate = json_object_get_object_member (object, "completion");
  g_assert_cmpint (json_object_get_int_member (rate, "numerator"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (rate, "denominator"), ==, 2);
  rate = json_object_get_object_member (object, "satisfaction");
  g_assert_cmpint (json_object_get_int_member (rate, "numerator"), ==, 1);
  g_assert_cmpint (json_object_get_int_member (rate, "denominator"), ==, 1);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (rate, "percent"), 100.0, 0.001);

  /* A year with nothing: zero rates have no percentage. */
  run_cli (f, &result, "stats", "--year", "2024", "--json", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_clear_pointer (&rows, g_ptr_array_unref);
  rows = ld_test_cli_parse_json_lines (result.out);
  object = g_ptr_array_index (rows, 0);
  g_assert_cmpint (json_object_get_int_member (object, "received"), ==, 0);
  rate = json_object_get_object_member (object, "satisfaction");
  g_assert_true (json_object_get_null_member (rate, "percent"));

  run_cli (f, &result, "stats", "--year", "2026", "--today", "2026-06-10", NULL);
  g_assert_cmpint (result.status, ==, 0);
  g_assert_nonnull (strstr (result.out, "1/3 (33.3%)"));
  g_assert_nonnull (strstr (result.out, "交通运输"));
}

static void
test_bad_args (Fixture       *f,
               gconstpointer  data)
{
  static const char * const bad[][6] = {
    { "petitions", NULL },
    { "petitions", "remove", NULL },
    { "petitions", "list", "--status", "bogus", NULL },
    { "petitions", "list", "--today", "10/06/2026", NULL },
    { "petitions", "list", "extra", NULL },
    { "due", "--days", "abc", NULL },
    { "due", "--days", "-1", NULL },
    { "due", "--today", "2026-13-01", NULL },
    { "due", "extra", NULL },
    { "due", "--bogus", NULL },
    { "stats", NULL },
    { "stats", "--year", "abc", NULL },
    { "stats", "--year", "2026", "--today", "x", NULL },
  };
  g_auto(LdTestCliResult) result = { 0 };

  (void) data;
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      const char * const *args = bad[i];

      run_cli (f, &result, args[0], args[1], args[1] ? args[2] : NULL,
               args[1] && args[2] ? args[3] : NULL,
               args[1] && args[2] && args[3] ? args[4] : NULL, NULL);
      if (result.status != 2)
        g_error ("“%s %s …” exited with %d: %s", args[0], args[1] ? args[1] : "", result.status, result.err);
      g_assert_cmpstr (result.out, ==, "");
      g_assert_cmpstr (result.err, !=, "");
    }

  /* A missing database is a failure, not a usage error. */
  run_cli_on (f, "/nonexistent/legal-desk.db", &result, "due", NULL);
  g_assert_cmpint (result.status, ==, 1);
}

static void
test_render (Fixture       *f,
             gconstpointer  data)
{
  g_auto(LdTestCliResult) result = { 0 };
  g_autofree char *pdf = g_build_filename (f->dir, "reply.pdf", NULL);
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, f->ids[0]);
  g_autofree char *text = NULL;

  (void) data;
  run_cli (f, &result, "render", "petition-reply", id, "-o", pdf, NULL);
  g_assert_cmpint (result.status, ==, 0);
  text = ld_test_pdf_file_text (pdf, NULL);
  g_assert_nonnull (strstr (text, "信访事项处理意见书"));
  g_assert_nonnull (strstr (text, "（草稿）"));
  g_assert_nonnull (strstr (text, "村道损坏"));
  g_clear_pointer (&text, g_free);

  run_cli (f, &result, "render", "petition-acceptance", id, "-o", pdf, NULL);
  g_assert_cmpint (result.status, ==, 0);
  text = ld_test_pdf_file_text (pdf, NULL);
  g_assert_nonnull (strstr (text, "受理"));

  run_cli (f, &result, "render", "petition-reply", "999999", "-o", pdf, NULL);
  g_assert_cmpint (result.status, ==, 1);
  g_assert_nonnull (strstr (result.err, "999999"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli/petitions/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("list", test_list);
  ADD ("due", test_due);
  ADD ("stats", test_stats);
  ADD ("bad-args", test_bad_args);
  ADD ("render", test_render);
#undef ADD

  return g_test_run ();
}

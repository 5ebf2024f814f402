/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-overview"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ld-contract-editor.h"
#include "ld-contract-store.h"
#include "ld-date-format.h"
#include "ld-due-list.h"
#include "ld-due-store.h"
#include "ld-mediation-editor.h"
#include "ld-mediation-store.h"
#include "ld-overview-page.h"
#include "ld-petition-editor.h"
#include "ld-petition-store.h"
#include "ld-register-page.h"
#include "ld-stats-chart.h"
#include "ld-ui-test-util.h"

/* The overview page (issue 6): what is overdue, due today and due soon
 * across the registers, each row opening its record; the start-up
 * notification's decision; the petition statistics of a year; and the
 * countdown badges of the petition list. Contracts carry the due dates we
 * choose; petitions get theirs from the deadline engine. */

typedef struct
{
  char           *dir;
  LdDatabase     *db;
  GtkWindow      *window;
  LdOverviewPage *page;
  char           *section;  /* the last win.section asked for */
  gint64          old_petition;
  gint64          recent_petition;
} Fixture;

static gint64
add_contract (Fixture    *f,
              const char *title,
              int         due_in_days)
{
  g_autoptr(LdContractReview) review = ld_contract_review_new ();
  g_autoptr(GDate) received = ld_ui_today_plus (due_in_days - 20);
  g_autoptr(GDate) due = ld_ui_today_plus (due_in_days);
  g_autoptr(GDate) start = ld_ui_today_plus (30);
  g_autoptr(GDate) end = ld_ui_today_plus (400);
  g_autoptr(GError) error = NULL;
  gint64 id;

  ld_contract_review_set_title (review, title);
  ld_contract_review_set_kind (review, LD_CONTRACT_KIND_LEASE);
  ld_contract_review_set_submitting_department (review, "镇党政办公室");
  ld_contract_review_set_handler (review, "李四");
  ld_contract_review_set_handler_contact (review, "13800138000");
  ld_contract_review_set_counterparty_name (review, "某某置业有限公司");
  ld_contract_review_set_counterparty_credit_code (review, "91512081MA62K0260E");
  ld_contract_review_set_counterparty_representative (review, "王五");
  ld_contract_review_set_counterparty_address (review, "青山镇人民路1号");
  ld_contract_review_set_counterparty_contact (review, "0816-2345678");
  ld_contract_review_set_amount_fen (review, G_GINT64_CONSTANT (123456789));
  ld_contract_review_set_term_start (review, start);
  ld_contract_review_set_term_end (review, end);
  ld_contract_review_set_funding_source (review, "镇级财政");
  ld_contract_review_set_procurement_method (review, LD_PROCUREMENT_METHOD_INQUIRY);
  ld_contract_review_set_received_on (review, received);
  ld_contract_review_set_due_on (review, due);
  ld_contract_review_set_reviewer (review, "张律师");
  id = ld_contract_store_insert (f->db, review, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static gint64
add_petition (Fixture     *f,
              const GDate *received,
              const char  *category,
              const char  *title)
{
  g_autoptr(LdPetition) petition = ld_petition_new ();
  g_autoptr(GError) error = NULL;
  gint64 id;

  ld_petition_set_channel (petition, LD_PETITION_CHANNEL_LETTER);
  ld_petition_set_received_on (petition, received);
  ld_petition_set_petitioner_name (petition, "张三");
  ld_petition_set_petitioner_id_number (petition, "11010519491231002X");
  ld_petition_set_petitioner_phone (petition, "13812345678");
  ld_petition_set_petitioner_address (petition, "青山镇青山村三组12号");
  ld_petition_set_petition_type (petition, LD_PETITION_TYPE_APPEAL);
  ld_petition_set_category (petition, category);
  ld_petition_set_title (petition, title);
  ld_petition_set_content (petition, "村民至今只领到一半补偿款");
  ld_petition_set_demands (petition, "要求足额发放补偿款。");
  ld_petition_set_handler (petition, "李娜");
  id = ld_petition_store_insert (f->db, petition, "李娜", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
section_activated (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  Fixture *f = user_data;

  g_free (f->section);
  f->section = g_variant_dup_string (parameter, NULL);
}

static void
show_page (Fixture *f)
{
  static const GActionEntry entries[] = {
    { "section", section_activated, "s" },
  };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), f);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_widget_insert_action_group (GTK_WIDGET (f->window), "win", G_ACTION_GROUP (group));
  gtk_window_set_default_size (f->window, 900, 1400);
  f->page = LD_OVERVIEW_PAGE (ld_overview_page_new (f->db));
  gtk_window_set_child (f->window, GTK_WIDGET (f->page));
  gtk_window_present (f->window);
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (f->page)));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  f->db = ld_ui_open_tmp_database ("ld-overview-XXXXXX", &f->dir);

  if (data == NULL)
    {
      g_autoptr(GDate) old = g_date_new_dmy (5, G_DATE_MARCH, 2024);
      g_autoptr(GDate) recent = ld_ui_today_plus (-40);

      add_contract (f, "合同-逾期两天", -2);
      add_contract (f, "合同-今天到期", 0);
      add_contract (f, "合同-三天后", 3);
      add_contract (f, "合同-两天后", 2);
      add_contract (f, "合同-十天后", 10);
      add_contract (f, "合同-四天后", 4);
      /* Both past their 15-day notice limit however days are counted. */
      f->old_petition = add_petition (f, old, "土地征收", "征地补偿款未足额发放");
      f->recent_petition = add_petition (f, recent, "劳动社保", "拖欠工资");
    }
  show_page (f);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  for (GList *l = gtk_window_list_toplevels (), *next; l != NULL; l = next)
    {
      next = l->next;
      if (LD_IS_CONTRACT_EDITOR (l->data) || LD_IS_PETITION_EDITOR (l->data)
          || LD_IS_MEDIATION_EDITOR (l->data))
        gtk_window_destroy (l->data);
      g_list_free_1 (l);
    }
  /* The editors go first: they are transient for the page's window. */
  ld_ui_drain_main_loop ();
  gtk_window_destroy (f->window);
  ld_ui_drain_main_loop ();
  ld_ui_close_tmp_database (f->db, f->dir);
  g_free (f->section);
}

static const char *
named_text (GtkWidget  *root,
            const char *name)
{
  GtkWidget *label = ld_ui_find_named (root, name);

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

static void
test_badges (void)
{
  g_autofree char *overdue = ld_due_badge_text (-2);
  g_autofree char *today = ld_due_badge_text (0);
  g_autofree char *soon = ld_due_badge_text (3);

  g_assert_cmpstr (overdue, ==, "2 days overdue");
  g_assert_cmpstr (today, ==, "Today");
  g_assert_cmpstr (soon, ==, "3 days");
  g_assert_cmpstr (ld_due_badge_css_class (-1), ==, "error");
  g_assert_cmpstr (ld_due_badge_css_class (0), ==, "warning");
  g_assert_cmpstr (ld_due_badge_css_class (3), ==, "warning");
  g_assert_null (ld_due_badge_css_class (4));
  g_assert_cmpint (ld_due_group_for_days (-30), ==, LD_DUE_GROUP_OVERDUE);
  g_assert_cmpint (ld_due_group_for_days (0), ==, LD_DUE_GROUP_TODAY);
  g_assert_cmpint (ld_due_group_for_days (1), ==, LD_DUE_GROUP_SOON);
  g_assert_cmpint (ld_due_group_for_days (3), ==, LD_DUE_GROUP_SOON);
  g_assert_cmpint (ld_due_group_for_days (4), ==, LD_DUE_GROUP_NONE);
}

static void
assert_group (Fixture            *f,
              LdDueGroup          group,
              const char * const *titles)
{
  guint n = g_strv_length ((char **) titles);

  g_assert_cmpuint (ld_overview_page_get_n_due (f->page, group), ==, n);
  for (guint i = 0; i < n; i++)
    {
      const LdDueItem *item = ld_overview_page_get_due_item (f->page, group, i);
      GtkWidget *row = ld_overview_page_get_due_row (f->page, group, i);
      g_autofree char *badge = ld_due_badge_text (item->days_left);

      g_assert_cmpstr (item->title, ==, titles[i]);
      g_assert_cmpint (ld_due_group_for_days (item->days_left), ==, group);
      g_assert_true (gtk_widget_get_mapped (row));
      g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), titles[i]));
      g_assert_cmpstr (named_text (row, "due-badge"), ==, badge);
      if (i > 0)
        g_assert_cmpint (ld_overview_page_get_due_item (f->page, group, i - 1)->days_left, <=, item->days_left);
    }
}

static void
test_groups (Fixture       *f,
             gconstpointer  data)
{
  static const char * const overdue[] = { "征地补偿款未足额发放", "拖欠工资", "合同-逾期两天", NULL };
  static const char * const today[] = { "合同-今天到期", NULL };
  static const char * const soon[] = { "合同-两天后", "合同-三天后", NULL };
  const LdDueItem *item;

  assert_group (f, LD_DUE_GROUP_OVERDUE, overdue);
  assert_group (f, LD_DUE_GROUP_TODAY, today);
  assert_group (f, LD_DUE_GROUP_SOON, soon);
  item = ld_overview_page_get_due_item (f->page, LD_DUE_GROUP_OVERDUE, 2);
  g_assert_cmpint (item->area, ==, LD_RECORD_AREA_CONTRACT);
  g_assert_cmpint (item->days_left, ==, -2);
  item = ld_overview_page_get_due_item (f->page, LD_DUE_GROUP_OVERDUE, 0);
  g_assert_cmpint (item->area, ==, LD_RECORD_AREA_PETITION);
  g_assert_cmpint (item->id, ==, f->old_petition);

  /* Rows follow the database: a new overdue contract shows up. */
  add_contract (f, "合同-逾期一天", -1);
  LD_UI_WAIT_FOR (ld_overview_page_get_n_due (f->page, LD_DUE_GROUP_OVERDUE) == 4);
  g_assert_cmpstr (ld_overview_page_get_due_item (f->page, LD_DUE_GROUP_OVERDUE, 3)->title, ==, "合同-逾期一天");
  g_assert_cmpuint (ld_overview_page_get_due_total (f->page, LD_DUE_GROUP_OVERDUE), ==, 4);

  /* A backlog lists the most overdue first, up to the limit, and counts all. */
  for (int i = 0; i < LD_OVERVIEW_MAX_DUE_ROWS; i++)
    add_contract (f, "合同-积压", -3);
  LD_UI_WAIT_FOR (ld_overview_page_get_due_total (f->page, LD_DUE_GROUP_OVERDUE) == 4 + LD_OVERVIEW_MAX_DUE_ROWS);
  g_assert_cmpuint (ld_overview_page_get_n_due (f->page, LD_DUE_GROUP_OVERDUE), ==, LD_OVERVIEW_MAX_DUE_ROWS);
  g_assert_cmpuint (ld_overview_page_get_overdue_count (f->page), ==, 4 + LD_OVERVIEW_MAX_DUE_ROWS);
  g_assert_cmpstr (ld_overview_page_get_due_item (f->page, LD_DUE_GROUP_OVERDUE, 2)->title, ==, "合同-积压");
  g_assert_cmpstr (ld_overview_page_get_due_item (f->page, LD_DUE_GROUP_OVERDUE, LD_OVERVIEW_MAX_DUE_ROWS - 1)->title,
                   ==, "合同-积压");
}

static LdContractEditor *
find_editor (void)
{
  return (LdContractEditor *) ld_ui_find_window (LD_TYPE_CONTRACT_EDITOR, NULL, NULL);
}

static LdPetitionEditor *
find_petition_editor (void)
{
  return (LdPetitionEditor *) ld_ui_find_window (LD_TYPE_PETITION_EDITOR, NULL, NULL);
}

static void
test_open (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *row = ld_overview_page_get_due_row (f->page, LD_DUE_GROUP_TODAY, 0);
  const LdDueItem *item = ld_overview_page_get_due_item (f->page, LD_DUE_GROUP_TODAY, 0);
  LdContractEditor *editor = NULL;
  LdPetitionEditor *petition_editor = NULL;

  g_assert_cmpint (item->area, ==, LD_RECORD_AREA_CONTRACT);
  g_assert_null (find_editor ());
  adw_action_row_activate (ADW_ACTION_ROW (row));
  LD_UI_WAIT_FOR ((editor = find_editor ()) != NULL);
  g_assert_cmpint (ld_contract_review_get_id (ld_contract_editor_get_review (editor)), ==, item->id);

  /* A petition opens in its editor. */
  g_assert_null (find_petition_editor ());
  row = ld_overview_page_get_due_row (f->page, LD_DUE_GROUP_OVERDUE, 0);
  adw_action_row_activate (ADW_ACTION_ROW (row));
  LD_UI_WAIT_FOR ((petition_editor = find_petition_editor ()) != NULL);
  g_assert_cmpint (ld_petition_get_id (ld_petition_editor_get_petition (petition_editor)), ==,
                   f->old_petition);
  g_assert_null (f->section);
}

/* An accepted mediation case past its 30 days, in the overdue group. */
static gint64
add_overdue_case (Fixture *f)
{
  g_autoptr(LdMediationCase) mcase = ld_mediation_case_new ();
  g_autoptr(LdMediationParty) applicant = ld_mediation_party_new (LD_PARTY_ROLE_APPLICANT,
                                                                  LD_PARTY_TYPE_PERSON, "张三");
  g_autoptr(LdMediationParty) respondent = ld_mediation_party_new (LD_PARTY_ROLE_RESPONDENT,
                                                                   LD_PARTY_TYPE_PERSON, "李四");
  g_autoptr(GDate) applied = ld_ui_today_plus (-45);
  g_autoptr(GDate) accepted = ld_ui_today_plus (-40);
  g_autoptr(GError) error = NULL;
  gint64 id;

  ld_mediation_case_set_title (mcase, "调解-宅基地边界");
  ld_mediation_case_set_category (mcase, "邻里纠纷");
  ld_mediation_case_set_facts (mcase, "双方因宅基地边界发生争执。");
  ld_mediation_case_set_committee (mcase, "青山镇人民调解委员会");
  ld_mediation_case_set_mediators (mcase, "王调解");
  ld_mediation_case_set_applied_on (mcase, applied);
  ld_mediation_case_set_accepted_on (mcase, accepted);
  ld_mediation_case_set_status (mcase, LD_MEDIATION_STATUS_ACCEPTED);
  ld_mediation_case_add_party (mcase, applicant);
  ld_mediation_case_add_party (mcase, respondent);
  id = ld_mediation_store_insert (f->db, mcase, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static GtkWidget *
find_due_row (Fixture      *f,
              LdDueGroup    group,
              LdRecordArea  area,
              gint64        id)
{
  for (guint i = 0; i < ld_overview_page_get_n_due (f->page, group); i++)
    {
      const LdDueItem *item = ld_overview_page_get_due_item (f->page, group, i);

      if (item->area == area && item->id == id)
        return ld_overview_page_get_due_row (f->page, group, i);
    }
  return NULL;
}

static guint
n_mediation_editors (void)
{
  g_autoptr(GList) windows = gtk_window_list_toplevels ();
  guint n = 0;

  for (GList *l = windows; l != NULL; l = l->next)
    if (LD_IS_MEDIATION_EDITOR (l->data) && gtk_widget_get_visible (l->data))
      n++;
  return n;
}

/* A mediation case in the due lists opens in its editor; activating its
 * row again brings the same editor forward. */
static void
test_open_mediation (Fixture       *f,
                     gconstpointer  data)
{
  gint64 id = add_overdue_case (f);
  LdMediationEditor *editor = NULL;
  GtkWidget *row = NULL;

  LD_UI_WAIT_FOR ((row = find_due_row (f, LD_DUE_GROUP_OVERDUE, LD_RECORD_AREA_MEDIATION, id)) != NULL);
  g_assert_cmpuint (n_mediation_editors (), ==, 0);
  adw_action_row_activate (ADW_ACTION_ROW (row));
  editor = (LdMediationEditor *) ld_ui_wait_for_window (LD_TYPE_MEDIATION_EDITOR, NULL, NULL);
  g_assert_cmpint (ld_mediation_case_get_id (ld_mediation_editor_get_case (editor)), ==, id);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == f->window);

  row = find_due_row (f, LD_DUE_GROUP_OVERDUE, LD_RECORD_AREA_MEDIATION, id);
  g_assert_nonnull (row);
  adw_action_row_activate (ADW_ACTION_ROW (row));
  ld_ui_drain_main_loop ();
  g_assert_cmpuint (n_mediation_editors (), ==, 1);
  g_assert_true ((GtkWindow *) editor == ld_ui_find_window (LD_TYPE_MEDIATION_EDITOR, NULL, NULL));
  /* Not the register: the case's own editor. */
  g_assert_null (f->section);
}

static void
test_notification (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GNotification) notification = NULL;

  if (data != NULL)
    {
      /* Nothing due: no notification, no rows. */
      g_assert_cmpuint (ld_overview_page_get_overdue_count (f->page), ==, 0);
      g_assert_null (ld_overview_page_create_overdue_notification (f->page));
      for (LdDueGroup group = 0; group < LD_N_DUE_GROUPS; group++)
        g_assert_cmpuint (ld_overview_page_get_n_due (f->page, group), ==, 0);
      return;
    }

  g_assert_cmpuint (ld_overview_page_get_overdue_count (f->page), ==, 3);
  notification = ld_overview_page_create_overdue_notification (f->page);
  g_assert_nonnull (notification);
}

static void
assert_stats (Fixture *f,
              int      year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdPetitionStats) stats = ld_petition_store_compute_stats (f->db, year, NULL, &error);
  static const char * const names[] = { "on-time-acceptance", "on-time-completion", "completion", "satisfaction" };
  const LdRate *rates[4];
  LdStatsChart *chart = LD_STATS_CHART (ld_ui_find_named (f->page, "month-chart"));
  g_autofree char *received = NULL;

  g_assert_no_error (error);
  rates[0] = &stats->on_time_acceptance;
  rates[1] = &stats->on_time_completion;
  rates[2] = &stats->completion;
  rates[3] = &stats->satisfaction;
  g_assert_cmpint (ld_overview_page_get_year (f->page), ==, year);
  for (gsize i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *text = ld_rate_format (rates[i]);

      g_assert_cmpstr (named_text (GTK_WIDGET (f->page), names[i]), ==, text);
    }
  received = g_strdup_printf ("%u petition%s received in %d", stats->received,
                              stats->received == 1 ? "" : "s", year);
  g_assert_cmpstr (named_text (GTK_WIDGET (f->page), "received"), ==, received);
  g_assert_cmpuint (ld_stats_chart_get_n_values (chart), ==, stats->by_month->len);
  for (guint i = 0; i < stats->by_month->len; i++)
    g_assert_cmpuint (ld_stats_chart_get_value (chart, i), ==,
                      g_array_index (stats->by_month, LdMonthCount, i).count);
}

static void
test_stats (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GDate) today = ld_ui_today_plus (0);
  LdStatsChart *chart;

  /* This year at first. */
  assert_stats (f, g_date_get_year (today));

  ld_overview_page_set_year (f->page, 2024);
  assert_stats (f, 2024);
  chart = LD_STATS_CHART (ld_ui_find_named (f->page, "month-chart"));
  g_assert_cmpuint (ld_stats_chart_get_n_values (chart), ==, 12);
  g_assert_cmpuint (ld_stats_chart_get_value (chart, 2), ==, 1);  /* March */
  g_assert_cmpuint (ld_stats_chart_get_value (chart, 3), ==, 0);
  g_assert_cmpstr (named_text (GTK_WIDGET (f->page), "category-count"), ==, "1");
  g_assert_cmpstr (named_text (GTK_WIDGET (f->page), "on-time-acceptance"), ==, "0/1 (0.0%)");

  /* A year with nothing received counts nothing and divides by nothing. */
  ld_overview_page_set_year (f->page, 2021);
  assert_stats (f, 2021);
  g_assert_cmpstr (named_text (GTK_WIDGET (f->page), "on-time-acceptance"), ==, "0/0");
  g_assert_null (ld_ui_find_named (f->page, "category-count"));
}

static void
test_petition_badges (Fixture       *f,
                      gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page = ld_register_page_new (f->db, LD_RECORD_AREA_PETITION);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  const LdDueItem *item = NULL;
  GtkWidget *badge;

  items = ld_due_store_list (f->db, NULL, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    if (((LdDueItem *) g_ptr_array_index (items, i))->id == f->recent_petition
        && ((LdDueItem *) g_ptr_array_index (items, i))->area == LD_RECORD_AREA_PETITION)
      item = g_ptr_array_index (items, i);
  g_assert_nonnull (item);
  expected = ld_due_badge_text (item->days_left);

  gtk_window_set_default_size (window, 1200, 600);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  LD_UI_WAIT_FOR ((badge = ld_ui_find_shown_label (page, "due-badge", expected)) != NULL);
  g_assert_true (gtk_widget_has_css_class (badge, "error"));
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/ui/overview/badges", test_badges);
#define ADD(path, data, func) \
  g_test_add (path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/overview/groups", NULL, test_groups);
  ADD ("/ui/overview/open", NULL, test_open);
  ADD ("/ui/overview/open-mediation", NULL, test_open_mediation);
  ADD ("/ui/overview/notification", NULL, test_notification);
  ADD ("/ui/overview/notification-none", "empty", test_notification);
  ADD ("/ui/overview/stats", NULL, test_stats);
  ADD ("/ui/overview/petition-badges", NULL, test_petition_badges);
#undef ADD

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-contract-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ld-attachment-store.h"
#include "ld-contract-store.h"
#include "ld-date-format.h"
#include "ld-demo.h"
#include "ld-list-query.h"
#include "ld-money.h"
#include "ld-paged-model.h"
#include "ld-register-page.h"

/* The contract register's list: its columns, the reviewer and date filters
 * (pushed to SQL), the due-date colours and delete with Undo, on a page in
 * a window over a demo database. */

#define TIMEOUT_S 30
#define N_DEMO 80

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Iterates the main loop until @cond holds, failing after TIMEOUT_S seconds. */
#define WAIT_FOR(cond)                                                         \
  G_STMT_START {                                                               \
    gboolean timed_out_ = FALSE;                                               \
    guint timeout_id_ = g_timeout_add_seconds (TIMEOUT_S, timeout_cb, &timed_out_); \
    guint wake_id_ = g_timeout_add (20, wake_up_cb, NULL);                     \
    while (!(cond) && !timed_out_)                                             \
      g_main_context_iteration (NULL, TRUE);                                   \
    if (!timed_out_)                                                           \
      g_source_remove (timeout_id_);                                           \
    g_source_remove (wake_id_);                                                \
    if (!(cond))                                                               \
      g_error ("Timed out waiting for %s", #cond);                             \
  } G_STMT_END

typedef struct
{
  char           *dir;
  LdDatabase     *db;
  GtkWindow      *window;
  AdwToastOverlay *overlay;
  LdRegisterPage *page;
  AdwToast       *last_toast;
  gboolean        last_toast_dismissed;
} Fixture;

static void
toast_dismissed_cb (AdwToast *toast,
                    Fixture  *f)
{
  if (toast == f->last_toast)
    f->last_toast_dismissed = TRUE;
}

static void
add_toast_cb (LdRegisterPage *page,
              AdwToast       *toast,
              Fixture        *f)
{
  g_set_object (&f->last_toast, toast);
  f->last_toast_dismissed = FALSE;
  g_signal_connect (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), f);
  adw_toast_overlay_add_toast (f->overlay, g_object_ref (toast));
}

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      found = find_named (child, name);
      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_of_type (GtkWidget *root,
              GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      found = find_of_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The shown cell label named @name (a column) with @text. */
static GtkWidget *
find_cell (GtkWidget  *root,
           const char *name,
           const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child)
          && g_strcmp0 (gtk_widget_get_name (child), name) == 0
          && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return child;
      found = find_cell (child, name, text);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The label of column @name in the row whose number is @number. */
static GtkLabel *
row_cell (Fixture    *f,
          const char *number,
          const char *name)
{
  GtkWidget *number_label = find_cell (GTK_WIDGET (f->page), "number", number);
  GtkWidget *row;

  if (number_label == NULL)
    return NULL;
  /* label → column view cell → row */
  row = gtk_widget_get_parent (gtk_widget_get_parent (number_label));
  return GTK_LABEL (find_named (row, name));
}

static guint
n_items (Fixture *f)
{
  return g_list_model_get_n_items (ld_register_page_get_model (f->page));
}

/* Every contract summary, read through the store without any filter. */
static GPtrArray *
all_summaries (Fixture *f)
{
  g_autoptr(LdListQuery) query = ld_list_query_new (LD_RECORD_AREA_CONTRACT);
  g_autoptr(GError) error = NULL;
  GPtrArray *rows = ld_list_query_fetch (query, f->db, 0, G_MAXINT, &error);

  g_assert_no_error (error);
  return rows;
}

static gboolean
model_has_number (Fixture    *f,
                  const char *number)
{
  GListModel *model = ld_register_page_get_model (f->page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LdRecordSummary) summary = g_list_model_get_item (model, i);

      if (summary != NULL && g_strcmp0 (ld_record_summary_get_number (summary), number) == 0)
        return TRUE;
    }
  return FALSE;
}

static GDate *
today_plus (int days)
{
  GDate *date = g_date_new ();

  ld_get_today (date);
  if (days >= 0)
    g_date_add_days (date, days);
  else
    g_date_subtract_days (date, -days);
  return date;
}

/* A valid review received @received_days from today and due @due_days
 * from today; returns its id and sets @out_number. */
static gint64
insert_review (Fixture     *f,
               const char  *title,
               int          received_days,
               int          due_days,
               char       **out_number)
{
  g_autoptr(LdContractReview) review = ld_contract_review_new ();
  g_autoptr(GDate) received = today_plus (received_days);
  g_autoptr(GDate) due = today_plus (due_days);
  g_autoptr(GError) error = NULL;
  gint64 id;

  ld_contract_review_set_title (review, title);
  ld_contract_review_set_kind (review, LD_CONTRACT_KIND_LEASE);
  ld_contract_review_set_submitting_department (review, "镇党政办公室");
  ld_contract_review_set_handler (review, "李四");
  ld_contract_review_set_counterparty_name (review, "某某置业有限公司");
  ld_contract_review_set_counterparty_credit_code (review, "91512081MA62K0260E");
  ld_contract_review_set_amount_fen (review, G_GINT64_CONSTANT (123456789));
  ld_contract_review_set_received_on (review, received);
  ld_contract_review_set_due_on (review, due);
  ld_contract_review_set_reviewer (review, "列表测试律师");
  id = ld_contract_store_insert (f->db, review, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  if (out_number != NULL)
    *out_number = g_strdup (ld_contract_review_get_number (review));
  return id;
}

static void
search_for (Fixture    *f,
            const char *text)
{
  GtkWidget *search = find_of_type (GTK_WIDGET (f->page), GTK_TYPE_SEARCH_ENTRY);

  g_assert_nonnull (search);
  gtk_editable_set_text (GTK_EDITABLE (search), text);
}

static void
select_first_row (Fixture *f)
{
  GtkWidget *view = find_of_type (GTK_WIDGET (f->page), GTK_TYPE_COLUMN_VIEW);

  gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (gtk_column_view_get_model (GTK_COLUMN_VIEW (view))), 0);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  f->dir = g_dir_make_tmp ("ld-contract-list-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (f->dir, "test.db", NULL);
  f->db = ld_database_open (path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (ld_demo_fill (f->db, N_DEMO, 7, NULL, NULL, &error));
  g_assert_no_error (error);

  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1200, 700);
  f->overlay = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  f->page = LD_REGISTER_PAGE (ld_register_page_new (f->db, LD_RECORD_AREA_CONTRACT));
  g_signal_connect (f->page, "add-toast", G_CALLBACK (add_toast_cb), f);
  adw_toast_overlay_set_child (f->overlay, GTK_WIDGET (f->page));
  gtk_window_set_child (f->window, GTK_WIDGET (f->overlay));
  gtk_window_present (f->window);
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (f->page)) && n_items (f) == N_DEMO);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&f->last_toast);
  gtk_window_destroy (f->window);
  /* Run what is pending, bounded: an animation can keep the loop busy. */
  for (int i = 0; i < 1000 && g_main_context_iteration (NULL, FALSE); i++)
    ;
  g_assert_finalize_object (f->db);
  dir = g_dir_open (f->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *file = g_build_filename (f->dir, name, NULL);

      g_unlink (file);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

static void
test_columns (Fixture       *f,
              gconstpointer  data)
{
  static const char * const titles[] = {
    "Number", "Contract", "Counterparty", "Amount", "Reviewer", "Due", "Status",
  };
  GtkColumnView *view = GTK_COLUMN_VIEW (find_of_type (GTK_WIDGET (f->page), GTK_TYPE_COLUMN_VIEW));
  GListModel *columns;
  g_autoptr(LdRecordSummary) first = NULL;
  g_autofree char *amount = NULL;
  g_autofree char *expected_amount = NULL;
  GtkLabel *label;
  GtkWidget *mediation;

  g_assert_nonnull (view);
  columns = gtk_column_view_get_columns (view);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, G_N_ELEMENTS (titles));
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), ==,
                       g_dpgettext2 (GETTEXT_PACKAGE, "column", titles[i]));
    }

  /* The first row shows its amount as money and its reviewer. */
  first = g_list_model_get_item (ld_register_page_get_model (f->page), 0);
  g_assert_cmpint (ld_record_summary_get_amount_fen (first), >=, 0);
  amount = ld_money_format (ld_record_summary_get_amount_fen (first));
  expected_amount = g_strdup_printf (_("¥%s"), amount);
  g_assert_nonnull (strstr (expected_amount, amount));
  WAIT_FOR (row_cell (f, ld_record_summary_get_number (first), "amount") != NULL);
  label = row_cell (f, ld_record_summary_get_number (first), "amount");
  g_assert_cmpstr (gtk_label_get_text (label), ==, expected_amount);
  g_assert_cmpfloat (gtk_label_get_xalign (label), ==, 1.0);
  label = row_cell (f, ld_record_summary_get_number (first), "person");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (label), ==, ld_record_summary_get_person (first));
  g_assert_cmpstr (ld_record_summary_get_person (first), !=, "");

  /* A click on the Amount header sorts in SQL by amount. */
  {
    g_autoptr(GtkColumnViewColumn) amount_column = g_list_model_get_item (columns, 3);
    GListModel *model = ld_register_page_get_model (f->page);
    gboolean descending = TRUE;

    gtk_column_view_sort_by_column (view, amount_column, GTK_SORT_ASCENDING);
    WAIT_FOR (ld_list_query_get_sort (ld_paged_model_get_query (LD_PAGED_MODEL (model)), &descending)
              == LD_PAGED_SORT_AMOUNT);
    g_assert_false (descending);
    WAIT_FOR (g_list_model_get_n_items (model) == N_DEMO);
    for (guint i = 1; i < N_DEMO; i++)
      {
        g_autoptr(LdRecordSummary) a = g_list_model_get_item (model, i - 1);
        g_autoptr(LdRecordSummary) b = g_list_model_get_item (model, i);

        g_assert_cmpint (ld_record_summary_get_amount_fen (a), <=, ld_record_summary_get_amount_fen (b));
      }
  }

  /* The other registers have no amount. */
  mediation = ld_register_page_new (f->db, LD_RECORD_AREA_MEDIATION);
  g_object_ref_sink (mediation);
  view = GTK_COLUMN_VIEW (find_of_type (mediation, GTK_TYPE_COLUMN_VIEW));
  columns = gtk_column_view_get_columns (view);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 7);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), !=,
                       g_dpgettext2 (GETTEXT_PACKAGE, "column", "Amount"));
    }
  /* Its person filter lists mediators (tests/ui/test-mediation-list.c). */
  g_assert_true (gtk_widget_get_visible (find_named (mediation, "person-filter")));
  /* The editor's hook holds the page until its draft check has run. */
  for (int i = 0; i < 100 && g_main_context_iteration (NULL, FALSE); i++)
    ;
  g_assert_finalize_object (mediation);
}

static void
test_reviewer_filter (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) reviewers = ld_contract_store_list_reviewers (f->db, &error);
  g_autoptr(GPtrArray) all = all_summaries (f);
  GtkDropDown *dropdown = GTK_DROP_DOWN (find_named (GTK_WIDGET (f->page), "person-filter"));
  GListModel *model = ld_register_page_get_model (f->page);
  GtkWidget *clear = find_named (GTK_WIDGET (f->page), "clear-filters");
  guint expected = 0;

  g_assert_no_error (error);
  g_assert_nonnull (reviewers);
  g_assert_cmpuint (g_strv_length (reviewers), >=, 2);
  g_assert_nonnull (dropdown);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dropdown)));
  /* "All Reviewers" and one item per reviewer. */
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown)), ==,
                    g_strv_length (reviewers) + 1);
  g_assert_false (gtk_widget_get_sensitive (clear));

  for (guint i = 0; i < all->len; i++)
    if (g_strcmp0 (ld_record_summary_get_person (all->pdata[i]), reviewers[0]) == 0)
      expected++;
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, all->len);

  gtk_drop_down_set_selected (dropdown, 1);
  WAIT_FOR (n_items (f) == expected);
  for (guint i = 0; i < n_items (f); i++)
    {
      g_autoptr(LdRecordSummary) summary = g_list_model_get_item (model, i);

      g_assert_cmpstr (ld_record_summary_get_person (summary), ==, reviewers[0]);
    }
  g_assert_true (gtk_widget_get_sensitive (clear));
  g_assert_cmpstr (ld_register_page_get_state (f->page), ==, "list");

  /* A new reviewer appears in the dropdown; the choice is kept. */
  insert_review (f, "列表测试新审查人", 0, 5, NULL);
  WAIT_FOR (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown))
            == g_strv_length (reviewers) + 2);
  g_assert_cmpuint (n_items (f), ==, expected);

  gtk_widget_activate (clear);
  WAIT_FOR (n_items (f) == N_DEMO + 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (clear));
}

static void
test_date_range (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) all = all_summaries (f);
  GtkEditable *from = GTK_EDITABLE (find_named (GTK_WIDGET (f->page), "received-from"));
  GtkEditable *to = GTK_EDITABLE (find_named (GTK_WIDGET (f->page), "received-to"));
  GtkWidget *message = find_named (GTK_WIDGET (f->page), "date-range-message");
  GListModel *model = ld_register_page_get_model (f->page);
  guint expected = 0;

  g_assert_nonnull (from);
  g_assert_nonnull (to);
  g_assert_nonnull (message);
  for (guint i = 0; i < all->len; i++)
    {
      const char *received = ld_record_summary_get_received (all->pdata[i]);

      if (strcmp (received, "2026-03-01") >= 0 && strcmp (received, "2026-06-30") <= 0)
        expected++;
    }
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, N_DEMO);

  /* Both spellings are accepted. */
  gtk_editable_set_text (from, "2026-03-01");
  gtk_editable_set_text (to, "2026年6月30日");
  WAIT_FOR (n_items (f) == expected);
  g_assert_false (gtk_widget_get_visible (message));
  for (guint i = 0; i < n_items (f); i++)
    {
      g_autoptr(LdRecordSummary) summary = g_list_model_get_item (model, i);
      const char *received = ld_record_summary_get_received (summary);

      g_assert_cmpstr (received, >=, "2026-03-01");
      g_assert_cmpstr (received, <=, "2026-06-30");
    }

  /* A day that does not exist is shown as wrong and changes nothing. */
  gtk_editable_set_text (to, "2026-02-30");
  WAIT_FOR (gtk_widget_get_visible (message));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (to), "error"));
  g_assert_cmpuint (n_items (f), ==, expected);

  /* Nor does a range that ends before it starts. */
  gtk_editable_set_text (to, "2026-01-31");
  WAIT_FOR (!gtk_widget_has_css_class (GTK_WIDGET (to), "error"));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpuint (n_items (f), ==, expected);

  /* An open end. */
  gtk_editable_set_text (to, "");
  WAIT_FOR (!gtk_widget_get_visible (message));
  expected = 0;
  for (guint i = 0; i < all->len; i++)
    if (strcmp (ld_record_summary_get_received (all->pdata[i]), "2026-03-01") >= 0)
      expected++;
  WAIT_FOR (n_items (f) == expected);

  gtk_widget_activate (find_named (GTK_WIDGET (f->page), "clear-filters"));
  WAIT_FOR (n_items (f) == N_DEMO);
  g_assert_cmpstr (gtk_editable_get_text (from), ==, "");
}

static void
test_due_colours (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *overdue = NULL;
  g_autofree char *tomorrow = NULL;
  g_autofree char *later = NULL;
  GtkLabel *label;

  insert_review (f, "列表测试到期合同", -10, -3, &overdue);
  insert_review (f, "列表测试到期合同", -10, 1, &tomorrow);
  insert_review (f, "列表测试到期合同", -10, 5, &later);
  search_for (f, "列表测试到期");
  WAIT_FOR (n_items (f) == 3
            && row_cell (f, overdue, "due") != NULL
            && row_cell (f, tomorrow, "due") != NULL
            && row_cell (f, later, "due") != NULL);

  label = row_cell (f, overdue, "due");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (label), "warning"));
  label = row_cell (f, tomorrow, "due");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (label), "warning"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (label), "error"));
  label = row_cell (f, later, "due");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (label), "warning"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (label), "error"));

  /* Sorted the other way the rows are bound again: the colours follow
   * the records, not the recycled labels. */
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (find_of_type (GTK_WIDGET (f->page), GTK_TYPE_COLUMN_VIEW)),
                                  NULL, GTK_SORT_ASCENDING);
  WAIT_FOR (row_cell (f, overdue, "due") != NULL && row_cell (f, later, "due") != NULL);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row_cell (f, overdue, "due")), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row_cell (f, later, "due")), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row_cell (f, later, "due")), "warning"));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }
  return NULL;
}

/* Clicks the button labelled @label inside @root, as the user would (a
 * dialog's answers and closes it, a toast's acts and dismisses it). */
static void
click_button (GtkWidget  *root,
              const char *label)
{
  GtkWidget *widget = root;

  while (widget != NULL)
    {
      if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
        {
          g_signal_emit_by_name (widget, "clicked");
          return;
        }
      /* Depth first through the dialog's widgets. */
      if (gtk_widget_get_first_child (widget) != NULL)
        widget = gtk_widget_get_first_child (widget);
      else
        {
          while (widget != NULL && widget != root
                 && gtk_widget_get_next_sibling (widget) == NULL)
            widget = gtk_widget_get_parent (widget);
          widget = widget == root || widget == NULL
                   ? NULL : gtk_widget_get_next_sibling (widget);
        }
    }
  g_error ("No button “%s” found", label);
}

static gboolean
review_exists (Fixture *f,
               gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdContractReview) review = ld_contract_store_get (f->db, id, &error);

  if (review == NULL)
    g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  return review != NULL;
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *number = NULL;
  g_autofree char *heading = NULL;
  g_autoptr(LdContractReview) restored = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *menu;
  gint64 id;

  id = insert_review (f, "列表测试删除合同", 0, 7, &number);
  search_for (f, "列表测试删除");
  WAIT_FOR (n_items (f) == 1);

  /* Nothing selected: nothing to delete (the dialog would be there at once). */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "register.delete", NULL);
  g_assert_null (find_message_dialog ());

  /* The Menu key offers Delete for the selected row. */
  select_first_row (f);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "register.context-menu", NULL);
  menu = find_of_type (GTK_WIDGET (f->page), GTK_TYPE_POPOVER_MENU);
  g_assert_nonnull (menu);
  WAIT_FOR (gtk_widget_get_mapped (menu));
  gtk_popover_popdown (GTK_POPOVER (menu));
  WAIT_FOR (!gtk_widget_get_mapped (menu));

  /* Cancel keeps it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "register.delete", NULL));
  WAIT_FOR (find_message_dialog () != NULL);
  dialog = find_message_dialog ();
  heading = g_strdup_printf (_("Delete contract review %s?"), number);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "delete"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  click_button (GTK_WIDGET (dialog), _("_Cancel"));
  WAIT_FOR (find_message_dialog () == NULL);
  g_assert_true (review_exists (f, id));
  g_assert_null (f->last_toast);

  /* Delete removes the row and offers Undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "register.delete", NULL));
  WAIT_FOR (find_message_dialog () != NULL);
  click_button (GTK_WIDGET (find_message_dialog ()), _("_Delete"));
  WAIT_FOR (n_items (f) == 0);
  g_assert_false (review_exists (f, id));
  g_assert_nonnull (f->last_toast);
  g_assert_cmpstr (adw_toast_get_button_label (f->last_toast), ==, _("_Undo"));
  g_assert_nonnull (strstr (adw_toast_get_title (f->last_toast), number));

  /* Undo brings it back with the same id and number, and the toast goes. */
  click_button (GTK_WIDGET (f->overlay), _("_Undo"));
  WAIT_FOR (n_items (f) == 1 && model_has_number (f, number) && f->last_toast_dismissed);
  restored = ld_contract_store_get (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ld_contract_review_get_number (restored), ==, number);
  g_assert_cmpstr (ld_contract_review_get_title (restored), ==, "列表测试删除合同");

  /* A second Undo does not insert it twice. */
  g_signal_emit_by_name (f->last_toast, "button-clicked");
  g_assert_true (review_exists (f, id));
  WAIT_FOR (n_items (f) == 1);
}

static guint
n_attachments (Fixture *f,
               gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = ld_attachment_store_list (f->db, LD_CONTRACT_STORE_TABLE, id, &error);

  g_assert_no_error (error);
  return list->len;
}

static void
delete_first_row (Fixture *f)
{
  g_clear_object (&f->last_toast);
  select_first_row (f);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "register.delete", NULL));
  WAIT_FOR (find_message_dialog () != NULL);
  click_button (GTK_WIDGET (find_message_dialog ()), _("_Delete"));
  WAIT_FOR (f->last_toast != NULL);
}

static void
test_delete_attachments (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("%PDF-1.4\n", 9);
  g_autoptr(LdContractReview) kept = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  id = insert_review (f, "列表测试附件合同", 0, 7, NULL);
  g_assert_cmpint (ld_attachment_store_add (f->db, LD_CONTRACT_STORE_TABLE, id, "合同文本.pdf",
                                            "application/pdf", bytes, &error), >, 0);
  g_assert_no_error (error);
  search_for (f, "列表测试附件");
  WAIT_FOR (n_items (f) == 1);

  /* Undo brings the attachment back too. */
  delete_first_row (f);
  WAIT_FOR (n_items (f) == 0);
  kept = ld_contract_store_get (f->db, id, &error);
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  click_button (GTK_WIDGET (f->overlay), _("_Undo"));
  WAIT_FOR (n_items (f) == 1 && f->last_toast_dismissed);
  g_assert_cmpuint (n_attachments (f, id), ==, 1);

  /* When the toast goes without Undo, the kept attachment goes too: a
   * review put back afterwards has none. */
  kept = ld_contract_store_get (f->db, id, &error);
  g_assert_no_error (error);
  delete_first_row (f);
  WAIT_FOR (n_items (f) == 0);
  adw_toast_dismiss (f->last_toast);
  g_assert_true (ld_contract_store_restore_deleted (f->db, kept, &error));
  g_assert_no_error (error);
  WAIT_FOR (n_items (f) == 1);
  g_assert_cmpuint (n_attachments (f, id), ==, 0);
}

/* A review whose opinion letter was issued cannot be deleted: the toast
 * says why and the row stays. */
static void
test_delete_refused (Fixture       *f,
                     gconstpointer  data)
{
  const char * const *statuses = ld_record_area_get_statuses (LD_RECORD_AREA_CONTRACT);
  GtkDropDown *status = NULL;
  g_autoptr(LdRecordSummary) issued = NULL;
  guint before;
  guint index = 0;

  while (statuses[index] != NULL && strcmp (statuses[index], "opinion_issued") != 0)
    index++;
  g_assert_nonnull (statuses[index]);
  /* The status dropdown is the one before the reviewer dropdown. */
  status = GTK_DROP_DOWN (gtk_widget_get_prev_sibling (find_named (GTK_WIDGET (f->page), "person-filter")));
  g_assert_true (GTK_IS_DROP_DOWN (status));
  gtk_drop_down_set_selected (status, index + 1);
  WAIT_FOR (n_items (f) > 0 && n_items (f) < N_DEMO);
  before = n_items (f);
  issued = g_list_model_get_item (ld_register_page_get_model (f->page), 0);
  g_assert_cmpstr (ld_record_summary_get_status (issued), ==, "opinion_issued");

  delete_first_row (f);
  g_assert_null (adw_toast_get_button_label (f->last_toast));
  g_assert_nonnull (strstr (adw_toast_get_title (f->last_toast), ld_record_summary_get_number (issued)));
  g_assert_true (review_exists (f, ld_record_summary_get_id (issued)));
  g_assert_cmpuint (n_items (f), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/contract-list/columns", test_columns);
  ADD ("/ui/contract-list/reviewer-filter", test_reviewer_filter);
  ADD ("/ui/contract-list/date-range", test_date_range);
  ADD ("/ui/contract-list/due-colours", test_due_colours);
  ADD ("/ui/contract-list/delete-undo", test_delete_undo);
  ADD ("/ui/contract-list/delete-attachments", test_delete_attachments);
  ADD ("/ui/contract-list/delete-refused", test_delete_refused);
#undef ADD

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-contract-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ld-attachment-store.h"
#include "ld-contract-editor.h"
#include "ld-contract-store.h"
#include "ld-date-format.h"
#include "ld-demo.h"
#include "ld-list-query.h"
#include "ld-money.h"
#include "ld-paged-model.h"
#include "ld-register-page.h"
#include "ld-ui-register-fixture.h"
#include "ld-ui-test-util.h"

/* The contract register's list: its columns, the reviewer and date filters
 * (pushed to SQL), the due-date colours and delete with Undo, on a page in
 * a window over a demo database. */

#define N_DEMO 80

/* The page in its window over the database: ld-ui-register-fixture.h. */
typedef LdUiRegisterFixture Fixture;

/* The label of column @name in the row whose number is @number. */
static GtkLabel *
row_cell (Fixture    *f,
          const char *number,
          const char *name)
{
  GtkWidget *number_label = ld_ui_find_shown_label (f->page, "number", number);
  GtkWidget *row;

  if (number_label == NULL)
    return NULL;
  /* label → column view cell → row */
  row = gtk_widget_get_parent (gtk_widget_get_parent (number_label));
  return GTK_LABEL (ld_ui_find_named (row, name));
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
  g_autoptr(GDate) received = ld_ui_today_plus (received_days);
  g_autoptr(GDate) due = ld_ui_today_plus (due_days);
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
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  ld_ui_register_fixture_open_database (f, "ld-contract-list-XXXXXX");
  g_assert_true (ld_demo_fill (f->db, N_DEMO, 7, NULL, NULL, &error));
  g_assert_no_error (error);
  ld_ui_register_fixture_show (f, LD_RECORD_AREA_CONTRACT, 1200, N_DEMO);
}

static void
test_columns (Fixture       *f,
              gconstpointer  data)
{
  static const char * const titles[] = {
    "Number", "Contract", "Counterparty", "Amount", "Reviewer", "Due", "Status",
  };
  GtkColumnView *view = GTK_COLUMN_VIEW (ld_ui_find_of_type (f->page, GTK_TYPE_COLUMN_VIEW));
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
  LD_UI_WAIT_FOR (row_cell (f, ld_record_summary_get_number (first), "amount") != NULL);
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
    LD_UI_WAIT_FOR (ld_list_query_get_sort (ld_paged_model_get_query (LD_PAGED_MODEL (model)), &descending)
                    == LD_PAGED_SORT_AMOUNT);
    g_assert_false (descending);
    LD_UI_WAIT_FOR (g_list_model_get_n_items (model) == N_DEMO);
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
  view = GTK_COLUMN_VIEW (ld_ui_find_of_type (mediation, GTK_TYPE_COLUMN_VIEW));
  columns = gtk_column_view_get_columns (view);
  g_assert_cmpuint (g_list_model_get_n_items (columns), ==, 7);
  for (guint i = 0; i < g_list_model_get_n_items (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, i);

      g_assert_cmpstr (gtk_column_view_column_get_title (column), !=,
                       g_dpgettext2 (GETTEXT_PACKAGE, "column", "Amount"));
    }
  /* Its person filter lists mediators (tests/ui/test-mediation-list.c). */
  g_assert_true (gtk_widget_get_visible (ld_ui_find_named (mediation, "person-filter")));
  /* The editor's hook holds the page until its draft check has run. */
  ld_ui_drain_main_loop ();
  g_assert_finalize_object (mediation);
}

static void
test_reviewer_filter (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) reviewers = ld_contract_store_list_reviewers (f->db, &error);
  g_autoptr(GPtrArray) all = all_summaries (f);
  GtkDropDown *dropdown = GTK_DROP_DOWN (ld_ui_find_named (f->page, "person-filter"));
  GListModel *model = ld_register_page_get_model (f->page);
  GtkWidget *clear = ld_ui_find_named (f->page, "clear-filters");
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
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == expected);
  for (guint i = 0; i < ld_ui_register_n_items (f); i++)
    {
      g_autoptr(LdRecordSummary) summary = g_list_model_get_item (model, i);

      g_assert_cmpstr (ld_record_summary_get_person (summary), ==, reviewers[0]);
    }
  g_assert_true (gtk_widget_get_sensitive (clear));
  g_assert_cmpstr (ld_register_page_get_state (f->page), ==, "list");

  /* A new reviewer appears in the dropdown; the choice is kept. */
  insert_review (f, "列表测试新审查人", 0, 5, NULL);
  LD_UI_WAIT_FOR (g_list_model_get_n_items (gtk_drop_down_get_model (dropdown))
                  == g_strv_length (reviewers) + 2);
  g_assert_cmpuint (ld_ui_register_n_items (f), ==, expected);

  gtk_widget_activate (clear);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == N_DEMO + 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (dropdown), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (clear));
}

static void
test_date_range (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GPtrArray) all = all_summaries (f);
  GtkEditable *from = GTK_EDITABLE (ld_ui_find_named (f->page, "received-from"));
  GtkEditable *to = GTK_EDITABLE (ld_ui_find_named (f->page, "received-to"));
  GtkWidget *message = ld_ui_find_named (f->page, "date-range-message");
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
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == expected);
  g_assert_false (gtk_widget_get_visible (message));
  for (guint i = 0; i < ld_ui_register_n_items (f); i++)
    {
      g_autoptr(LdRecordSummary) summary = g_list_model_get_item (model, i);
      const char *received = ld_record_summary_get_received (summary);

      g_assert_cmpstr (received, >=, "2026-03-01");
      g_assert_cmpstr (received, <=, "2026-06-30");
    }

  /* A day that does not exist is shown as wrong and changes nothing. */
  gtk_editable_set_text (to, "2026-02-30");
  LD_UI_WAIT_FOR (gtk_widget_get_visible (message));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (to), "error"));
  g_assert_cmpuint (ld_ui_register_n_items (f), ==, expected);

  /* Nor does a range that ends before it starts. */
  gtk_editable_set_text (to, "2026-01-31");
  LD_UI_WAIT_FOR (!gtk_widget_has_css_class (GTK_WIDGET (to), "error"));
  g_assert_true (gtk_widget_get_visible (message));
  g_assert_cmpuint (ld_ui_register_n_items (f), ==, expected);

  /* An open end. */
  gtk_editable_set_text (to, "");
  LD_UI_WAIT_FOR (!gtk_widget_get_visible (message));
  expected = 0;
  for (guint i = 0; i < all->len; i++)
    if (strcmp (ld_record_summary_get_received (all->pdata[i]), "2026-03-01") >= 0)
      expected++;
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == expected);

  gtk_widget_activate (ld_ui_find_named (f->page, "clear-filters"));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == N_DEMO);
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
  ld_ui_register_search (f, "列表测试到期");
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 3
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
  gtk_column_view_sort_by_column (GTK_COLUMN_VIEW (ld_ui_find_of_type (f->page, GTK_TYPE_COLUMN_VIEW)),
                                  NULL, GTK_SORT_ASCENDING);
  LD_UI_WAIT_FOR (row_cell (f, overdue, "due") != NULL && row_cell (f, later, "due") != NULL);
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row_cell (f, overdue, "due")), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row_cell (f, later, "due")), "error"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row_cell (f, later, "due")), "warning"));
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
  ld_ui_register_search (f, "列表测试删除");
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1);

  /* Nothing selected: nothing to delete (the dialog would be there at once). */
  gtk_widget_activate_action (GTK_WIDGET (f->page), "register.delete", NULL);
  g_assert_null (ld_ui_find_dialog (NULL, NULL));

  /* The Menu key offers Delete for the selected row. */
  ld_ui_register_select_first_row (f);
  gtk_widget_activate_action (GTK_WIDGET (f->page), "register.context-menu", NULL);
  menu = ld_ui_find_of_type (f->page, GTK_TYPE_POPOVER_MENU);
  g_assert_nonnull (menu);
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (menu));
  gtk_popover_popdown (GTK_POPOVER (menu));
  LD_UI_WAIT_FOR (!gtk_widget_get_mapped (menu));

  /* Cancel keeps it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "register.delete", NULL));
  dialog = ld_ui_wait_for_dialog (NULL, NULL);
  heading = g_strdup_printf (_("Delete contract review %s?"), number);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "delete"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  ld_ui_click_button (dialog, _("_Cancel"));
  LD_UI_WAIT_FOR (ld_ui_find_dialog (NULL, NULL) == NULL);
  g_assert_true (review_exists (f, id));
  g_assert_null (f->last_toast);

  /* Delete removes the row and offers Undo. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->page), "register.delete", NULL));
  LD_UI_WAIT_FOR (ld_ui_find_dialog (NULL, NULL) != NULL);
  ld_ui_click_button (ld_ui_find_dialog (NULL, NULL), _("_Delete"));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 0);
  g_assert_false (review_exists (f, id));
  g_assert_nonnull (f->last_toast);
  g_assert_cmpstr (adw_toast_get_button_label (f->last_toast), ==, _("_Undo"));
  g_assert_nonnull (strstr (adw_toast_get_title (f->last_toast), number));

  /* Undo brings it back with the same id and number, and the toast goes. */
  ld_ui_click_button (f->overlay, _("_Undo"));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1 && model_has_number (f, number)
                  && f->last_toast_dismissed);
  restored = ld_contract_store_get (f->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ld_contract_review_get_number (restored), ==, number);
  g_assert_cmpstr (ld_contract_review_get_title (restored), ==, "列表测试删除合同");

  /* A second Undo does not insert it twice. */
  g_signal_emit_by_name (f->last_toast, "button-clicked");
  g_assert_true (review_exists (f, id));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1);
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
  ld_ui_register_search (f, "列表测试附件");
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1);

  /* Undo brings the attachment back too. */
  ld_ui_register_delete_first_row (f);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 0);
  kept = ld_contract_store_get (f->db, id, &error);
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  ld_ui_click_button (f->overlay, _("_Undo"));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1 && f->last_toast_dismissed);
  g_assert_cmpuint (n_attachments (f, id), ==, 1);

  /* When the toast goes without Undo, the kept attachment goes too: a
   * review put back afterwards has none. */
  kept = ld_contract_store_get (f->db, id, &error);
  g_assert_no_error (error);
  ld_ui_register_delete_first_row (f);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 0);
  adw_toast_dismiss (f->last_toast);
  g_assert_true (ld_contract_store_restore_deleted (f->db, kept, &error));
  g_assert_no_error (error);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1);
  g_assert_cmpuint (n_attachments (f, id), ==, 0);
}

static gint64
insert_with_attachment (Fixture    *f,
                        const char *title,
                        char      **out_number)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("%PDF-1.4\n", 9);
  g_autoptr(GError) error = NULL;
  gint64 id = insert_review (f, title, 0, 7, out_number);

  g_assert_cmpint (ld_attachment_store_add (f->db, LD_CONTRACT_STORE_TABLE, id, "合同文本.pdf",
                                            "application/pdf", bytes, &error), >, 0);
  g_assert_no_error (error);
  return id;
}

static GtkWindow *
open_editor (Fixture *f,
             gint64   id)
{
  ld_contract_editor_open (GTK_WIDGET (f->page), f->db, id);
  return ld_ui_wait_for_window (LD_TYPE_CONTRACT_EDITOR, NULL, NULL);
}

/* The register and the editor delete through one count of deletes: the
 * toast of an earlier delete from the register, going after a review was
 * deleted in its editor, leaves that review's attachments for its Undo. */
static void
test_delete_register_then_editor (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *number_b = NULL;
  g_autoptr(GObject) toast_a = NULL;
  AdwToast *toast_b;
  gint64 id_a;
  gint64 id_b;

  id_a = insert_with_attachment (f, "列表测试附件甲", NULL);
  id_b = insert_with_attachment (f, "列表测试附件乙", &number_b);
  ld_ui_register_search (f, "列表测试附件甲");
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1);
  ld_ui_register_delete_first_row (f);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 0);
  toast_a = g_object_ref (G_OBJECT (f->last_toast));
  g_assert_false (review_exists (f, id_a));

  ld_ui_register_delete_in_editor (f, open_editor (f, id_b));
  g_assert_false (review_exists (f, id_b));
  LD_UI_WAIT_FOR ((toast_b = ld_ui_find_toast (f->overlay, number_b)) != NULL);

  /* A's toast waits behind B's: it goes first here. */
  ld_ui_dismiss_toast (ADW_TOAST (toast_a));
  g_assert_cmpuint (n_attachments (f, id_b), ==, 0);  /* still kept aside */
  g_signal_emit_by_name (toast_b, "button-clicked");
  g_assert_true (review_exists (f, id_b));
  g_assert_cmpuint (n_attachments (f, id_b), ==, 1);

  /* Going after its Undo, B's toast purges nothing. */
  ld_ui_dismiss_toast (toast_b);
  g_assert_null (ld_ui_find_toast (f->overlay, number_b));
  g_assert_cmpuint (n_attachments (f, id_b), ==, 1);
}

/* When the toast of a delete in the editor goes without Undo, the kept
 * attachments go too: the review put back afterwards has none. */
static void
test_delete_editor_purges (Fixture       *f,
                           gconstpointer  data)
{
  g_autofree char *number = NULL;
  g_autoptr(LdContractReview) kept = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;
  gint64 id;

  id = insert_with_attachment (f, "列表测试附件丙", &number);
  kept = ld_contract_store_get (f->db, id, &error);
  g_assert_no_error (error);
  ld_ui_register_delete_in_editor (f, open_editor (f, id));
  LD_UI_WAIT_FOR ((toast = ld_ui_find_toast (f->overlay, number)) != NULL);
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, _("_Undo"));

  ld_ui_dismiss_toast (toast);
  g_assert_true (ld_contract_store_restore_deleted (f->db, kept, &error));
  g_assert_no_error (error);
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
  status = GTK_DROP_DOWN (gtk_widget_get_prev_sibling (ld_ui_find_named (f->page, "person-filter")));
  g_assert_true (GTK_IS_DROP_DOWN (status));
  gtk_drop_down_set_selected (status, index + 1);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) > 0 && ld_ui_register_n_items (f) < N_DEMO);
  before = ld_ui_register_n_items (f);
  issued = g_list_model_get_item (ld_register_page_get_model (f->page), 0);
  g_assert_cmpstr (ld_record_summary_get_status (issued), ==, "opinion_issued");

  ld_ui_register_delete_first_row (f);
  g_assert_null (adw_toast_get_button_label (f->last_toast));
  g_assert_nonnull (strstr (adw_toast_get_title (f->last_toast), ld_record_summary_get_number (issued)));
  g_assert_true (review_exists (f, ld_record_summary_get_id (issued)));
  g_assert_cmpuint (ld_ui_register_n_items (f), ==, before);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, ld_ui_register_fixture_tear_down)
  ADD ("/ui/contract-list/columns", test_columns);
  ADD ("/ui/contract-list/reviewer-filter", test_reviewer_filter);
  ADD ("/ui/contract-list/date-range", test_date_range);
  ADD ("/ui/contract-list/due-colours", test_due_colours);
  ADD ("/ui/contract-list/delete-undo", test_delete_undo);
  ADD ("/ui/contract-list/delete-attachments", test_delete_attachments);
  ADD ("/ui/contract-list/delete-refused", test_delete_refused);
  ADD ("/ui/contract-list/delete-register-then-editor", test_delete_register_then_editor);
  ADD ("/ui/contract-list/delete-editor-purges", test_delete_editor_purges);
#undef ADD

  return g_test_run ();
}

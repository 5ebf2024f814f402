/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-contract-editor"

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "ld-attachment-store.h"
#include "ld-contract-editor.h"
#include "ld-contract-store.h"
#include "ld-draft-store.h"
#include "ld-issued-store.h"
#include "ld-legal-basis-picker.h"
#include "ld-pdf-preview.h"
#include "ld-register-page.h"
#include "ld-ui-test-util.h"

/* A database in a temporary folder, as fixture->db. */
typedef LdUiDatabaseFixture Fixture;

/* Helpers */

static LdContractEditor *
open_editor (LdDatabase *db,
             gint64      id)
{
  g_autoptr(GError) error = NULL;
  LdContractEditor *editor = ld_contract_editor_new (NULL, db, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (editor);
  gtk_window_present (GTK_WINDOW (editor));
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (editor)));
  return editor;
}

/* Tests */

/* A new review typed in through the widgets: validation next to the
 * fields, save, a finding, Issue refused while something is missing, then
 * issued with its PDF stored and the editor frozen. */
static void
test_create_and_issue (Fixture       *fixture,
                       gconstpointer  data)
{
  LdContractEditor *editor = open_editor (fixture->db, 0);
  LdContractReview *review;
  AdwMessageDialog *dialog;
  g_autoptr(LdContractReview) stored = NULL;
  g_autoptr(GPtrArray) issued = NULL;
  g_autoptr(LdIssuedDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *pdf;
  gint64 id;

  g_assert_false (ld_contract_editor_get_read_only (editor));
  /* The draft letter appears beside the empty form. */
  LD_UI_WAIT_FOR (ld_ui_is_pdf (ld_contract_editor_get_pdf (editor)));

  ld_ui_set_text (editor, "title", "办公楼物业服务合同");
  ld_ui_choose (editor, "kind", LD_CONTRACT_KIND_SERVICE);
  ld_ui_set_text (editor, "submitting-department", "党政综合办公室");
  ld_ui_set_text (editor, "handler", "王敏");
  ld_ui_set_text (editor, "handler-contact", "0591-87654321");
  ld_ui_set_text (editor, "counterparty-name", "福州市安居物业管理有限公司");
  ld_ui_set_text (editor, "counterparty-representative", "陈立");
  ld_ui_set_text (editor, "reviewer", "林晓");

  /* A bad check character is a warning the user may override … */
  ld_ui_set_text (editor, "counterparty-credit-code", "91350100M000100Y4Z");
  g_assert_nonnull (ld_ui_message_of (editor, "counterparty-credit-code", "warning"));
  g_assert_true (gtk_widget_has_css_class (ld_ui_get_named (editor, "counterparty-credit-code"), "warning"));
  /* … a malformed code an error … */
  ld_ui_set_text (editor, "counterparty-credit-code", "9135");
  g_assert_nonnull (ld_ui_message_of (editor, "counterparty-credit-code", "error"));
  g_assert_true (gtk_widget_has_css_class (ld_ui_get_named (editor, "counterparty-credit-code"), "error"));
  /* … and a good one says nothing. */
  ld_ui_set_text (editor, "counterparty-credit-code", "91350100M000100Y43");
  g_assert_null (ld_ui_message_of (editor, "counterparty-credit-code", "error"));
  g_assert_false (gtk_widget_has_css_class (ld_ui_get_named (editor, "counterparty-credit-code"), "error"));

  /* Amounts: negative, non-numeric and three decimals are errors; a good
   * amount shows its Chinese capitals. */
  ld_ui_set_text (editor, "amount-text", "-5");
  g_assert_nonnull (ld_ui_message_of (editor, "amount-text", "error"));
  ld_ui_set_text (editor, "amount-text", "十万");
  g_assert_nonnull (ld_ui_message_of (editor, "amount-text", "error"));
  ld_ui_set_text (editor, "amount-text", "1.005");
  g_assert_nonnull (ld_ui_message_of (editor, "amount-text", "error"));
  ld_ui_set_text (editor, "amount-text", "99999999999999999");
  g_assert_nonnull (ld_ui_message_of (editor, "amount-text", "error"));
  ld_ui_set_text (editor, "amount-text", "1,280,000");
  g_assert_nonnull (strstr (ld_ui_message_of (editor, "amount-text", "dim-label"), "壹佰贰拾捌万元整"));
  g_assert_false (gtk_widget_has_css_class (ld_ui_get_named (editor, "amount-text"), "error"));

  /* The term: an end before the start is an error; a date that does not
   * parse too. */
  ld_ui_set_text (editor, "term-start", "2027-01-01");
  ld_ui_set_text (editor, "term-end", "2026-12-31");
  g_assert_nonnull (ld_ui_message_of (editor, "term-end", "error"));
  ld_ui_set_text (editor, "term-end", "2027-13-40");
  g_assert_nonnull (ld_ui_message_of (editor, "term-end", "error"));
  ld_ui_set_text (editor, "term-end", "2027年12月31日");
  g_assert_null (ld_ui_message_of (editor, "term-end", "error"));

  /* The due date follows the date received. */
  ld_ui_set_text (editor, "received-on", "2026-11-20");
  g_assert_cmpstr (ld_ui_get_text (editor, "due-on"), ==, "2026-11-27");
  ld_ui_choose (editor, "procurement-method", LD_PROCUREMENT_METHOD_COMPETITIVE_CONSULTATION);
  ld_ui_set_text (editor, "funding-source", "镇财政预算资金");

  review = ld_contract_editor_get_review (editor);
  g_assert_cmpstr (ld_contract_review_get_title (review), ==, "办公楼物业服务合同");
  g_assert_cmpint (ld_contract_review_get_kind (review), ==, LD_CONTRACT_KIND_SERVICE);
  g_assert_cmpint (ld_contract_review_get_amount_fen (review), ==, 128000000);
  g_assert_true (ld_contract_editor_get_modified (editor));

  /* Save gives the review its number. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  review = ld_contract_editor_get_review (editor);
  id = ld_contract_review_get_id (review);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpstr (ld_contract_review_get_number (review), !=, "");
  g_assert_false (ld_contract_editor_get_modified (editor));
  stored = ld_contract_store_get (fixture->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ld_contract_review_get_title (stored), ==, "办公楼物业服务合同");
  g_assert_cmpstr (ld_contract_review_get_counterparty_credit_code (stored), ==, "91350100M000100Y43");
  g_assert_cmpint (ld_contract_review_get_amount_fen (stored), ==, 128000000);
  g_clear_object (&stored);
  /* The history shows the registration. */
  g_assert_true (gtk_widget_get_visible (ld_ui_get_named (editor, "history")));
  g_assert_nonnull (ld_ui_find_named (ld_ui_get_named (editor, "history"), "history-0"));

  /* Issue without a conclusion: the editor lists what is missing and
   * issues nothing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.issue", NULL));
  dialog = ld_ui_wait_for_dialog (editor, "missing-dialog");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "\n• "));
  ld_ui_respond (dialog, "close");
  LD_UI_WAIT_FOR (ld_ui_find_dialog (editor, "missing-dialog") == NULL);
  issued = ld_issued_store_list_for_record (fixture->db, LD_CONTRACT_STORE_TABLE, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (issued->len, ==, 0);
  g_clear_pointer (&issued, g_ptr_array_unref);

  /* A finding written through its rows, its basis from the picker. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-finding", NULL));
  ld_ui_set_text (editor, "finding-0-clause", "第八条");
  ld_ui_set_text (editor, "finding-0-problem", "违约责任条款仅约定我方责任，权利义务不对等。");
  ld_ui_set_text (editor, "finding-0-suggestion", "增加对方逾期履行的违约责任。");
  g_assert_true (ld_legal_basis_picker_choose (LD_LEGAL_BASIS_PICKER (ld_ui_get_named (editor, "finding-0-basis-picker")),
                                               "civil_code_577"));
  review = ld_contract_editor_get_review (editor);
  g_assert_cmpuint (g_list_model_get_n_items (ld_contract_review_get_findings (review)), ==, 1);
  {
    g_autoptr(LdReviewFinding) finding = g_list_model_get_item (ld_contract_review_get_findings (review), 0);

    g_assert_cmpstr (ld_review_finding_get_clause (finding), ==, "第八条");
    g_assert_true (g_str_has_prefix (ld_review_finding_get_basis (finding), "《中华人民共和国民法典》第五百七十七条"));
  }

  /* A checklist point marked through its toggle. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ld_ui_get_named (editor, "checklist-standing-pass")), TRUE);
  g_assert_cmpint (ld_review_checklist_get_result (ld_contract_review_get_checklist (review), "standing"),
                   ==, LD_CHECK_RESULT_PASS);

  ld_ui_choose (editor, "conclusion", LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION);
  ld_ui_set_text (editor, "conclusion-reasons", "按审查意见修改后可以签订。");
  g_assert_cmpint (ld_contract_review_get_conclusion (review), ==, LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION);

  /* Issue, confirmed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.issue", NULL));
  ld_ui_expect_dialog (editor, "issue-dialog", "issue");
  LD_UI_WAIT_FOR (ld_contract_editor_get_read_only (editor));

  issued = ld_issued_store_list_for_record (fixture->db, LD_CONTRACT_STORE_TABLE, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (issued->len, ==, 1);
  document = ld_issued_store_get (fixture->db, ld_issued_document_get_id (g_ptr_array_index (issued, 0)),
                                  TRUE, &error);
  g_assert_no_error (error);
  pdf = ld_issued_document_get_pdf (document);
  g_assert_nonnull (pdf);
  g_assert_cmpint (memcmp (g_bytes_get_data (pdf, NULL), "%PDF", 4), ==, 0);
  stored = ld_contract_store_get (fixture->db, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ld_contract_review_get_status (stored), ==, LD_CONTRACT_STATUS_OPINION_ISSUED);
  g_assert_cmpuint (g_list_model_get_n_items (ld_contract_review_get_findings (stored)), ==, 1);

  /* Frozen: the fields no longer take input; the editor shows, prints and
   * saves the stored bytes. */
  g_assert_false (gtk_widget_is_sensitive (ld_ui_get_named (editor, "title")));
  g_assert_false (gtk_widget_is_sensitive (ld_ui_get_named (editor, "finding-0-problem")));
  g_assert_true (g_bytes_equal (ld_contract_editor_get_pdf (editor), pdf));
  g_assert_false (gtk_widget_get_visible (ld_ui_get_named (editor, "issue-button")));
  LD_UI_WAIT_FOR (ld_pdf_preview_get_pdf (LD_PDF_PREVIEW (ld_ui_get_named (editor, "preview"))) != NULL
                  && g_bytes_equal (ld_pdf_preview_get_pdf (LD_PDF_PREVIEW (ld_ui_get_named (editor, "preview"))), pdf));

  ld_ui_destroy_and_wait (editor);
  /* Nothing unsaved: no draft is left behind. */
  g_assert_null (ld_draft_store_load (fixture->db, LD_DRAFT_KIND_CONTRACT_REVIEW, id, &error));
  g_assert_no_error (error);

  /* Opened again, the review is read-only and shows the stored letter. */
  editor = open_editor (fixture->db, id);
  g_assert_true (ld_contract_editor_get_read_only (editor));
  g_assert_true (g_bytes_equal (ld_contract_editor_get_pdf (editor), pdf));
  g_assert_false (gtk_widget_is_sensitive (ld_ui_get_named (editor, "counterparty-name")));
  ld_ui_destroy_and_wait (editor);
}

/* A change to a saved review, the window destroyed without saving: opened
 * again, the editor offers the draft and restoring brings the change back. */
static void
test_draft_recovery (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(LdContractReview) review = ld_contract_review_new ();
  g_autoptr(LdContractReview) stored = NULL;
  g_autoptr(GBytes) draft = NULL;
  g_autoptr(GError) error = NULL;
  LdContractEditor *editor;
  gint64 id;

  ld_contract_review_set_title (review, "旧标题");
  ld_contract_review_set_counterparty_name (review, "某公司");
  id = ld_contract_store_insert (fixture->db, review, &error);
  g_assert_no_error (error);

  editor = open_editor (fixture->db, id);
  g_assert_cmpstr (ld_ui_get_text (editor, "title"), ==, "旧标题");
  ld_ui_set_text (editor, "title", "新标题");
  ld_ui_destroy_and_wait (editor);

  draft = ld_draft_store_load (fixture->db, LD_DRAFT_KIND_CONTRACT_REVIEW, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (draft);
  stored = ld_contract_store_get (fixture->db, id, &error);
  g_assert_cmpstr (ld_contract_review_get_title (stored), ==, "旧标题");

  /* Reopened: the draft is offered. */
  editor = open_editor (fixture->db, id);
  ld_ui_expect_dialog (editor, NULL, "restore");
  LD_UI_WAIT_FOR (g_strcmp0 (ld_ui_get_text (editor, "title"), "新标题") == 0);
  g_assert_cmpstr (ld_contract_review_get_title (ld_contract_editor_get_review (editor)), ==, "新标题");
  g_assert_true (ld_contract_editor_get_modified (editor));

  /* Saving writes it and drops the draft. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  g_clear_pointer (&draft, g_bytes_unref);
  draft = ld_draft_store_load (fixture->db, LD_DRAFT_KIND_CONTRACT_REVIEW, id, &error);
  g_assert_no_error (error);
  g_assert_null (draft);
  g_clear_object (&stored);
  stored = ld_contract_store_get (fixture->db, id, &error);
  g_assert_cmpstr (ld_contract_review_get_title (stored), ==, "新标题");
  /* The change is in the history, newest first, naming the field. */
  g_assert_nonnull (strstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (ld_ui_get_named (editor, "history-0"))),
                            g_dgettext (GETTEXT_PACKAGE, "Contract Title")));
  g_assert_nonnull (ld_ui_find_named (ld_ui_get_named (editor, "history"), "history-1"));
  ld_ui_destroy_and_wait (editor);
}

/* A new review never saved: its draft is kept under id 0, offered when a
 * new review is opened, and Discard drops it. */
static void
test_draft_new_review (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GBytes) draft = NULL;
  g_autoptr(GError) error = NULL;
  LdContractEditor *editor;

  editor = open_editor (fixture->db, 0);
  ld_ui_set_text (editor, "title", "未保存的合同");
  /* The debounced draft is written without closing. */
  LD_UI_WAIT_FOR ((draft = ld_draft_store_load (fixture->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, NULL)) != NULL);
  g_clear_pointer (&draft, g_bytes_unref);
  ld_ui_destroy_and_wait (editor);

  /* Destroyed before it could ask: nothing breaks, the draft stays. */
  editor = ld_contract_editor_new (NULL, fixture->db, 0, &error);
  g_assert_no_error (error);
  ld_ui_destroy_and_wait (editor);
  draft = ld_draft_store_load (fixture->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, &error);
  g_assert_nonnull (draft);
  g_clear_pointer (&draft, g_bytes_unref);

  editor = open_editor (fixture->db, 0);
  ld_ui_expect_dialog (editor, NULL, "restore");
  LD_UI_WAIT_FOR (g_strcmp0 (ld_contract_review_get_title (ld_contract_editor_get_review (editor)), "未保存的合同") == 0);
  ld_ui_destroy_and_wait (editor);

  editor = open_editor (fixture->db, 0);
  ld_ui_expect_dialog (editor, NULL, "discard");
  LD_UI_WAIT_FOR (ld_ui_find_dialog (editor, NULL) == NULL);
  draft = ld_draft_store_load (fixture->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, &error);
  g_assert_no_error (error);
  g_assert_null (draft);
  g_assert_cmpstr (ld_contract_review_get_title (ld_contract_editor_get_review (editor)), ==, "");
  ld_ui_destroy_and_wait (editor);
}

/* The status actions, an attachment removed after confirming, and the
 * review deleted from the editor's menu. */
static void
test_status_attachments_delete (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(LdContractReview) review = ld_contract_review_new ();
  g_autoptr(LdContractReview) stored = NULL;
  g_autoptr(GPtrArray) attachments = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static ("%PDF-1.4 test", 13);
  g_autoptr(GError) error = NULL;
  LdContractEditor *editor;
  AdwMessageDialog *dialog;
  GtkWidget *entry;
  gint64 id;

  ld_contract_review_set_title (review, "村委会办公楼租赁合同");
  ld_contract_review_set_counterparty_name (review, "某公司");
  id = ld_contract_store_insert (fixture->db, review, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ld_attachment_store_add (fixture->db, LD_CONTRACT_STORE_TABLE, id, "合同文本.pdf",
                                            "application/pdf", bytes, &error), >, 0);
  g_assert_no_error (error);

  editor = open_editor (fixture->db, id);

  /* Start review, then return for supplementation with what is missing. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.start-review", NULL));
  stored = ld_contract_store_get (fixture->db, id, &error);
  g_assert_cmpint (ld_contract_review_get_status (stored), ==, LD_CONTRACT_STATUS_UNDER_REVIEW);
  g_clear_object (&stored);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.return", NULL));
  dialog = ld_ui_wait_for_dialog (editor, "return-dialog");
  entry = adw_message_dialog_get_extra_child (dialog);
  /* Nothing said yet: Return is not offered. */
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "return"));
  gtk_editable_set_text (GTK_EDITABLE (entry), "缺少招标文件");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "return"));
  ld_ui_respond (dialog, "return");
  stored = ld_contract_store_get (fixture->db, id, &error);
  g_assert_cmpint (ld_contract_review_get_status (stored), ==, LD_CONTRACT_STATUS_RETURNED);
  g_assert_cmpstr (ld_contract_review_get_status_reason (stored), ==, "缺少招标文件");
  g_clear_object (&stored);
  g_assert_cmpint (ld_contract_review_get_status (ld_contract_editor_get_review (editor)), ==,
                   LD_CONTRACT_STATUS_RETURNED);

  /* The attachment is listed; Remove asks first. */
  ld_ui_click (editor, "remove");
  ld_ui_expect_dialog (editor, NULL, "cancel");
  attachments = ld_attachment_store_list (fixture->db, LD_CONTRACT_STORE_TABLE, id, &error);
  g_assert_cmpuint (attachments->len, ==, 1);
  g_clear_pointer (&attachments, g_ptr_array_unref);
  ld_ui_click (editor, "remove");
  ld_ui_expect_dialog (editor, NULL, "remove");
  attachments = ld_attachment_store_list (fixture->db, LD_CONTRACT_STORE_TABLE, id, &error);
  g_assert_cmpuint (attachments->len, ==, 0);
  g_assert_null (ld_ui_find_named (editor, "remove"));

  /* Delete, confirmed: the review is gone and the editor closes. */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL));
  ld_ui_expect_dialog (editor, "delete-dialog", "delete");
  LD_UI_WAIT_FOR (editor == NULL);
  stored = ld_contract_store_get (fixture->db, id, &error);
  g_assert_null (stored);
  g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
}

/* Findings move and go through their buttons; a checklist point marked as
 * a problem opens for its note. */
static void
test_findings_and_checklist (Fixture       *fixture,
                             gconstpointer  data)
{
  LdContractEditor *editor = open_editor (fixture->db, 0);
  LdContractReview *review = ld_contract_editor_get_review (editor);
  GListModel *findings = ld_contract_review_get_findings (review);
  LdReviewChecklist *checklist = ld_contract_review_get_checklist (review);
  g_autoptr(LdReviewFinding) first = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-finding", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.add-finding", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 2);
  ld_ui_set_text (editor, "finding-0-problem", "甲");
  ld_ui_set_text (editor, "finding-1-problem", "乙");
  g_assert_false (gtk_widget_get_sensitive (ld_ui_get_named (editor, "finding-0-up")));
  g_assert_false (gtk_widget_get_sensitive (ld_ui_get_named (editor, "finding-1-down")));

  ld_ui_click (editor, "finding-1-up");
  first = g_list_model_get_item (findings, 0);
  g_assert_cmpstr (ld_review_finding_get_problem (first), ==, "乙");
  g_assert_cmpstr (ld_ui_get_text (editor, "finding-0-problem"), ==, "乙");
  g_clear_object (&first);

  ld_ui_click (editor, "finding-0-remove");
  g_assert_cmpuint (g_list_model_get_n_items (findings), ==, 1);
  first = g_list_model_get_item (findings, 0);
  g_assert_cmpstr (ld_review_finding_get_problem (first), ==, "甲");
  g_assert_null (ld_ui_find_named (editor, "finding-1"));

  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ld_ui_get_named (editor, "checklist-standing-problem")), TRUE);
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (ld_ui_get_named (editor, "checklist-standing"))));
  ld_ui_set_text (editor, "checklist-standing-note", "对方营业执照已过期");
  g_assert_cmpint (ld_review_checklist_get_result (checklist, "standing"), ==, LD_CHECK_RESULT_PROBLEM);
  g_assert_cmpstr (ld_review_checklist_get_note (checklist, "standing"), ==, "对方营业执照已过期");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (ld_ui_get_named (editor, "checklist-standing-na")), TRUE);
  g_assert_cmpint (ld_review_checklist_get_result (checklist, "standing"), ==, LD_CHECK_RESULT_NOT_APPLICABLE);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (ld_ui_get_named (editor, "checklist-standing-problem"))));

  ld_ui_destroy_and_wait (editor);
}

static LdContractEditor *
find_editor (void)
{
  return (LdContractEditor *) ld_ui_find_window (LD_TYPE_CONTRACT_EDITOR, NULL, NULL);
}

/* The contract register page: a kept draft of a new review opens its
 * editor when the page shows, and New opens an empty one. */
static void
test_register_page_hooks (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(LdContractReview) review = ld_contract_review_new ();
  g_autoptr(GVariant) variant = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page;
  LdContractEditor *editor;

  ld_contract_review_set_title (review, "上次没保存的合同");
  variant = ld_contract_review_serialize (review);
  bytes = g_variant_get_data_as_bytes (variant);
  g_assert_true (ld_draft_store_save (fixture->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, bytes, &error));
  g_assert_no_error (error);

  page = ld_register_page_new (fixture->db, LD_RECORD_AREA_CONTRACT);
  gtk_window_set_child (window, page);
  gtk_window_present (window);

  LD_UI_WAIT_FOR ((editor = find_editor ()) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == window);
  ld_ui_expect_dialog (editor, NULL, "restore");
  g_assert_cmpstr (ld_contract_review_get_title (ld_contract_editor_get_review (editor)), ==, "上次没保存的合同");
  /* Closing keeps the draft. */
  gtk_window_close (GTK_WINDOW (editor));
  LD_UI_WAIT_FOR (find_editor () == NULL);
  g_clear_pointer (&bytes, g_bytes_unref);
  bytes = ld_draft_store_load (fixture->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, &error);
  g_assert_nonnull (bytes);
  g_assert_true (ld_draft_store_discard (fixture->db, LD_DRAFT_KIND_CONTRACT_REVIEW, 0, &error));

  g_signal_emit_by_name (ld_ui_find_named (page, "new-contract"), "clicked");
  LD_UI_WAIT_FOR ((editor = find_editor ()) != NULL);
  g_assert_cmpint (ld_contract_review_get_id (ld_contract_editor_get_review (editor)), ==, 0);
  g_assert_cmpstr (ld_contract_review_get_title (ld_contract_editor_get_review (editor)), ==, "");
  ld_ui_destroy_and_wait (editor);

  /* Opening a review that is open already brings its editor forward. */
  {
    g_autoptr(LdContractReview) saved = ld_contract_review_new ();
    GListModel *toplevels = gtk_window_get_toplevels ();
    guint n_windows;
    gint64 id;

    ld_contract_review_set_title (saved, "已保存的合同");
    ld_contract_review_set_counterparty_name (saved, "某公司");
    id = ld_contract_store_insert (fixture->db, saved, &error);
    g_assert_no_error (error);
    ld_contract_editor_open (page, fixture->db, id);
    LD_UI_WAIT_FOR ((editor = find_editor ()) != NULL);
    n_windows = g_list_model_get_n_items (toplevels);
    ld_contract_editor_open (page, fixture->db, id);
    g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_windows);
    ld_ui_destroy_and_wait (editor);
  }

  gtk_window_destroy (window);
  /* The list pages in worker threads: let them let go of the database. */
  LD_UI_WAIT_FOR (G_OBJECT (fixture->db)->ref_count == 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, ld_ui_database_fixture_set_up, func, \
              ld_ui_database_fixture_tear_down)
  ADD ("/ui/contract-editor/create-and-issue", test_create_and_issue);
  ADD ("/ui/contract-editor/draft-recovery", test_draft_recovery);
  ADD ("/ui/contract-editor/draft-new-review", test_draft_new_review);
  ADD ("/ui/contract-editor/status-attachments-delete", test_status_attachments_delete);
  ADD ("/ui/contract-editor/findings-and-checklist", test_findings_and_checklist);
  ADD ("/ui/contract-editor/register-page-hooks", test_register_page_hooks);
#undef ADD

  return g_test_run ();
}

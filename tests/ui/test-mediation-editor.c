/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-mediation-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <poppler.h>
#include <string.h>

#include "ld-date-format.h"
#include "ld-document-window.h"
#include "ld-draft-store.h"
#include "ld-issued-store.h"
#include "ld-mediation-editor.h"
#include "ld-mediation-store.h"
#include "ld-mediation-timeline.h"
#include "ld-register-page.h"
#include "ld-ui-test-util.h"

#define APPLICANT_ID "11010519491231002X"
#define RESPONDENT_ID "110105198001010016"
#define TERM_CONTENT "被申请人赔偿申请人医疗费伍仟元"

/* A database in a temporary folder, as fixture->db. */
typedef LdUiDatabaseFixture Fixture;

/* Helpers */

static LdMediationEditor *
open_editor (LdDatabase *db,
             gint64      id)
{
  g_autoptr(GError) error = NULL;
  LdMediationEditor *editor = ld_mediation_editor_new (NULL, db, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (editor);
  gtk_window_present (GTK_WINDOW (editor));
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (editor)));
  return editor;
}

static LdMediationCase *
case_of (LdMediationEditor *editor)
{
  return ld_mediation_editor_get_case (editor);
}

static LdMediationCase *
stored_case (LdDatabase *db,
             gint64      id)
{
  g_autoptr(GError) error = NULL;
  LdMediationCase *mcase = ld_mediation_store_get (db, id, &error);

  g_assert_no_error (error);
  return mcase;
}

static LdMediationStatus
stored_status (LdDatabase *db,
               gint64      id)
{
  g_autoptr(LdMediationCase) mcase = stored_case (db, id);

  return ld_mediation_case_get_status (mcase);
}

static void
fill_case (LdMediationEditor *editor)
{
  /* The 30 days of a people's mediation end in two days: a reminder. */
  g_autofree char *applied = ld_ui_day_text (-29);
  g_autofree char *accepted = ld_ui_day_text (-28);

  ld_ui_choose (editor, "kind", LD_MEDIATION_KIND_PEOPLE);
  ld_ui_choose (editor, "source", LD_MEDIATION_SOURCE_APPLICATION);
  ld_ui_set_text (editor, "title", "邻里宅基地排水纠纷");
  ld_ui_set_text (editor, "facts", "申请人与被申请人系邻居，被申请人修建排水沟致申请人院墙受损。");
  ld_ui_set_text (editor, "claims", "申请人要求被申请人赔偿院墙修缮费用。");
  ld_ui_set_text (editor, "committee", "某村人民调解委员会");
  ld_ui_set_text (editor, "mediators", "王调解、赵调解");
  ld_ui_set_text (editor, "applied-on", applied);
  ld_ui_set_text (editor, "accepted-on", accepted);
}

/* Adds a party through the parties editor's dialog. */
static void
add_party (LdMediationEditor *editor,
           LdPartyRole        role,
           const char        *name,
           const char        *id_number)
{
  GtkWindow *dialog;

  ld_ui_click (editor, "add-party");
  dialog = ld_ui_wait_for_window (GTK_TYPE_WINDOW, editor, "party-dialog");
  ld_ui_choose (dialog, "role", role);
  ld_ui_set_text (dialog, "name", name);
  ld_ui_set_text (dialog, "id-number", id_number);
  g_assert_null (ld_ui_message_of (dialog, "id-number", NULL));
  ld_ui_click (dialog, "party-dialog-save");
  ld_ui_wait_for_no_window (GTK_TYPE_WINDOW, editor, "party-dialog");
}

static void
add_session (LdMediationEditor *editor)
{
  g_autofree char *date = ld_ui_day_text (-2);
  GtkWindow *dialog;

  ld_ui_click (editor, "add-session");
  dialog = ld_ui_wait_for_window (GTK_TYPE_WINDOW, editor, "session-dialog");
  ld_ui_choose (dialog, "session-kind", LD_SESSION_KIND_MEDIATION);
  ld_ui_set_text (dialog, "session-date", date);
  ld_ui_set_text (dialog, "session-place", "村委会调解室");
  ld_ui_set_text (dialog, "session-participants", "张三、李四");
  ld_ui_set_text (dialog, "session-recorder", "钱记录");
  ld_ui_set_text (dialog, "session-record", "双方陈述了各自意见，经调解员释法说理，双方同意协商解决。");
  ld_ui_click (dialog, "session-dialog-save");
  ld_ui_wait_for_no_window (GTK_TYPE_WINDOW, editor, "session-dialog");
}

static void
add_term (LdMediationEditor *editor)
{
  g_autofree char *deadline = ld_ui_day_text (20);
  GtkWindow *dialog;

  ld_ui_click (editor, "add-term");
  dialog = ld_ui_wait_for_window (GTK_TYPE_WINDOW, editor, "term-dialog");
  ld_ui_set_text (dialog, "term-content", TERM_CONTENT);
  ld_ui_set_text (dialog, "term-method", "银行转账");
  ld_ui_set_text (dialog, "term-deadline", deadline);
  ld_ui_click (dialog, "term-dialog-save");
  ld_ui_wait_for_no_window (GTK_TYPE_WINDOW, editor, "term-dialog");
}

static LdDocumentWindow *
find_document_window (void)
{
  return (LdDocumentWindow *) ld_ui_find_window (LD_TYPE_DOCUMENT_WINDOW, NULL, NULL);
}

/* The text of @pdf without white space (lines break anywhere in Chinese).
 * poppler-glib 22.12 defines no g_autoptr cleanups: unref by hand. */
static char *
pdf_text (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *document = poppler_document_new_from_bytes (pdf, NULL, &error);
  GString *text = g_string_new (NULL);

  g_assert_no_error (error);
  for (int i = 0; i < poppler_document_get_n_pages (document); i++)
    {
      PopplerPage *page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      for (const char *p = page_text; *p != '\0'; p++)
        if (!g_ascii_isspace (*p))
          g_string_append_c (text, *p);
      g_object_unref (page);
    }
  g_object_unref (document);
  return g_string_free (text, FALSE);
}

/* The number of documents the documents menu offers. */
static int
documents_offered (LdMediationEditor *editor)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (ld_ui_get_named (editor, "documents-button"));

  return g_menu_model_get_n_items (gtk_menu_button_get_menu_model (button));
}

/* Whether the documents menu offers document @which. */
static gboolean
offers_document (LdMediationEditor *editor,
                 const char        *which)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (ld_ui_get_named (editor, "documents-button"));
  GMenuModel *menu = gtk_menu_button_get_menu_model (button);
  g_autofree char *wanted = g_strdup_printf ("editor.document::%s", which);

  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *action = NULL;
      g_autoptr(GVariant) target = NULL;
      g_autofree char *detailed = NULL;

      g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &action);
      target = g_menu_model_get_item_attribute_value (menu, i, G_MENU_ATTRIBUTE_TARGET, NULL);
      detailed = g_action_print_detailed_name (action, target);
      if (g_str_equal (detailed, wanted))
        return TRUE;
    }
  return FALSE;
}

/* Previews @which through the editor's action and issues it. */
static void
issue_document (LdMediationEditor *editor,
                const char        *which)
{
  LdDocumentWindow *window;

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.document", "s", which);
  LD_UI_WAIT_FOR ((window = find_document_window ()) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (window)) == GTK_WINDOW (editor));
  LD_UI_WAIT_FOR (ld_ui_is_pdf (ld_document_window_get_pdf (window)));
  g_assert_null (ld_document_window_get_number (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "doc.issue", NULL);
  ld_ui_expect_dialog (window, NULL, "issue");
  LD_UI_WAIT_FOR (ld_document_window_get_number (window) != NULL);
  ld_ui_destroy_and_wait (window);
}

/* For screenshots: LD_TEST_HOLD_SECONDS keeps the window on screen, on
 * each of its pages in turn. */
static void
hold_for_screenshot (LdMediationEditor *editor)
{
  static const char *pages[] = { "case", "parties", "sessions", "agreement" };
  AdwViewStack *stack = ADW_VIEW_STACK (ld_ui_find_of_type (editor, ADW_TYPE_VIEW_STACK));

  if (g_getenv ("LD_TEST_HOLD_SECONDS") == NULL)
    return;
  for (gsize i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      adw_view_stack_set_visible_child_name (stack, pages[i]);
      ld_ui_hold_for_screenshot ();
    }
  adw_view_stack_set_visible_child_name (stack, "case");
}

/* Tests */

/* A case from the application to the agreement, all through the widgets:
 * the form, two parties, a session, the statuses, the terms, and the
 * agreement issued with the parties and the terms in it. */
static void
test_application_to_agreement (Fixture       *fixture,
                               gconstpointer  data)
{
  LdMediationEditor *editor = open_editor (fixture->db, 0);
  g_autoptr(LdMediationCase) stored = NULL;
  g_auto(GStrv) categories = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *reached = ld_ui_day_text (0);
  gint64 id;

  /* Not saved yet: no documents, no status buttons, no delete. */
  g_assert_false (gtk_widget_get_sensitive (ld_ui_get_named (editor, "documents-button")));
  g_assert_null (ld_ui_find_named (editor, "status-accepted"));
  g_assert_false (gtk_widget_get_sensitive (ld_ui_get_named (editor, "delete-button")));

  fill_case (editor);
  /* The categories are the organisation's, "Not Chosen" first. */
  categories = ld_mediation_store_list_categories (fixture->db, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (categories[0]);
  ld_ui_choose (editor, "category", 1);
  g_assert_cmpstr (ld_mediation_case_get_category (case_of (editor)), ==, categories[0]);
  g_assert_cmpstr (ld_mediation_case_get_title (case_of (editor)), ==, "邻里宅基地排水纠纷");
  g_assert_cmpstr (ld_mediation_case_get_mediators (case_of (editor)), ==, "王调解、赵调解");
  g_assert_true (ld_mediation_editor_get_modified (editor));

  add_party (editor, LD_PARTY_ROLE_APPLICANT, "张三", APPLICANT_ID);
  add_party (editor, LD_PARTY_ROLE_RESPONDENT, "李四", RESPONDENT_ID);
  g_assert_cmpuint (g_list_model_get_n_items (ld_mediation_case_get_parties (case_of (editor))), ==, 2);
  add_session (editor);
  g_assert_cmpuint (ld_mediation_case_get_sessions (case_of (editor))->len, ==, 1);

  g_assert_true (ld_ui_is_sensitive (editor, "kind"));
  ld_ui_click (editor, "save-button");
  id = ld_mediation_case_get_id (case_of (editor));
  g_assert_cmpint (id, >, 0);
  g_assert_false (ld_mediation_editor_get_modified (editor));
  /* The number (人调) fixes the kind of the stored case. */
  g_assert_false (ld_ui_is_sensitive (editor, "kind"));
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (ld_ui_get_named (editor, "window-title"))),
                   ==, ld_mediation_case_get_number (case_of (editor)));
  stored = stored_case (fixture->db, id);
  g_assert_cmpint (ld_mediation_case_get_status (stored), ==, LD_MEDIATION_STATUS_APPLIED);
  g_assert_cmpstr (ld_mediation_case_get_title (stored), ==, "邻里宅基地排水纠纷");
  g_assert_cmpuint (g_list_model_get_n_items (ld_mediation_case_get_parties (stored)), ==, 2);
  g_assert_cmpuint (ld_mediation_case_get_sessions (stored)->len, ==, 1);
  g_clear_object (&stored);
  g_assert_true (gtk_widget_get_sensitive (ld_ui_get_named (editor, "delete-button")));
  /* The application and the session's record; the agreement not yet, and
   * asking for it shows nothing. */
  g_assert_true (gtk_widget_get_sensitive (ld_ui_get_named (editor, "documents-button")));
  g_assert_cmpint (documents_offered (editor), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.document", "s", "agreement");
  g_assert_null (find_document_window ());

  /* Accepted, then mediating, through the status buttons. */
  ld_ui_click (editor, "status-accepted");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_MEDIATION_STATUS_ACCEPTED);
  g_assert_cmpint (ld_mediation_case_get_status (case_of (editor)), ==, LD_MEDIATION_STATUS_ACCEPTED);
  /* The mediation period runs now: a reminder. */
  g_assert_nonnull (ld_ui_find_named (editor, "reminder-0"));
  ld_ui_click (editor, "status-mediating");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_MEDIATION_STATUS_MEDIATING);

  /* An agreement without terms is refused with the workflow's reason and
   * changes nothing. */
  ld_ui_click (editor, "status-agreement_reached");
  g_assert_cmpstr (ld_ui_expect_dialog (editor, "step-refused", "close"), !=, "");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_MEDIATION_STATUS_MEDIATING);
  g_assert_false (ld_mediation_editor_get_modified (editor));

  /* The session's record previews from the timeline. */
  {
    LdDocumentWindow *window;

    GtkWidget *timeline = gtk_widget_get_ancestor (ld_ui_get_named (editor, "add-session"),
                                                   LD_TYPE_MEDIATION_TIMELINE);

    g_assert_nonnull (timeline);
    g_signal_emit_by_name (timeline, "print-record", 0);
    LD_UI_WAIT_FOR ((window = find_document_window ()) != NULL);
    LD_UI_WAIT_FOR (ld_ui_is_pdf (ld_document_window_get_pdf (window)));
    ld_ui_destroy_and_wait (window);
  }

  /* The terms and the day, then the agreement is reached. */
  add_term (editor);
  ld_ui_set_text (editor, "agreement-reached-on", reached);
  g_assert_cmpuint (ld_mediation_agreement_get_n_terms (ld_mediation_case_get_agreement (case_of (editor))), ==, 1);
  g_assert_true (ld_mediation_editor_get_modified (editor));
  ld_ui_click (editor, "status-agreement_reached");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_MEDIATION_STATUS_AGREEMENT_REACHED);
  g_assert_false (ld_mediation_editor_get_modified (editor));
  g_assert_cmpint (documents_offered (editor), ==, 3);
  g_assert_true (offers_document (editor, "agreement"));
  g_assert_false (offers_document (editor, "issued-agreement"));

  /* The agreement, issued: stored with the parties and the terms. */
  issue_document (editor, "agreement");
  /* There is one agreement per case: the menu opens the issued one. */
  g_assert_false (offers_document (editor, "agreement"));
  g_assert_true (offers_document (editor, "issued-agreement"));
  {
    LdDocumentWindow *window;

    gtk_widget_activate_action (GTK_WIDGET (editor), "editor.document", "s", "issued-agreement");
    LD_UI_WAIT_FOR ((window = find_document_window ()) != NULL);
    g_assert_nonnull (ld_document_window_get_number (window));
    g_assert_true (ld_ui_is_pdf (ld_document_window_get_pdf (window)));
    ld_ui_destroy_and_wait (window);
  }
  {
    g_autoptr(GPtrArray) issued = ld_issued_store_list_for_record (fixture->db, LD_MEDIATION_STORE_TABLE,
                                                                   id, &error);
    g_autoptr(LdIssuedDocument) document = NULL;
    g_autofree char *text = NULL;
    gboolean has_agreement = FALSE;

    g_assert_no_error (error);
    g_assert_cmpuint (issued->len, ==, 1);
    g_assert_cmpint (ld_issued_document_get_kind (g_ptr_array_index (issued, 0)), ==,
                     LD_DOCUMENT_KIND_MEDIATION_AGREEMENT);
    document = ld_issued_store_get (fixture->db, ld_issued_document_get_id (g_ptr_array_index (issued, 0)),
                                    TRUE, &error);
    g_assert_no_error (error);
    text = pdf_text (ld_issued_document_get_pdf (document));
    g_assert_nonnull (strstr (text, "张三"));
    g_assert_nonnull (strstr (text, "李四"));
    g_assert_nonnull (strstr (text, TERM_CONTENT));
    g_assert_nonnull (strstr (text, APPLICANT_ID));
    g_assert_true (ld_mediation_store_has_issued_agreement (fixture->db, id, &has_agreement, &error));
    g_assert_true (has_agreement);
  }
  /* The editor lists it, and the terms the parties signed are locked
   * (their performance is not). */
  g_assert_nonnull (ld_ui_find_named (editor, "issued-0"));
  g_assert_false (gtk_widget_is_sensitive (ld_ui_get_named (editor, "term-0-edit")));
  hold_for_screenshot (editor);

  /* What was issued is kept: the case cannot be deleted. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL);
  ld_ui_expect_dialog (editor, "delete-dialog", "delete");
  g_assert_cmpstr (ld_ui_expect_dialog (editor, "delete-refused", "close"), !=, "");
  stored = stored_case (fixture->db, id);
  g_clear_object (&stored);

  ld_ui_destroy_and_wait (editor);
}

/* The statuses that need a reason ask for one; cancelling changes
 * nothing. Deleting a case without documents removes it. */
static void
test_reason_and_delete (Fixture       *fixture,
                        gconstpointer  data)
{
  LdMediationEditor *editor = open_editor (fixture->db, 0);
  AdwMessageDialog *dialog;
  g_autoptr(LdMediationCase) stored = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  fill_case (editor);
  ld_ui_click (editor, "save-button");
  id = ld_mediation_case_get_id (case_of (editor));
  g_assert_cmpint (id, >, 0);

  ld_ui_click (editor, "status-not_accepted");
  ld_ui_expect_dialog (editor, "reason-dialog", "cancel");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_MEDIATION_STATUS_APPLIED);

  ld_ui_click (editor, "status-not_accepted");
  dialog = ld_ui_wait_for_dialog (editor, "reason-dialog");
  ld_ui_set_text (dialog, "status-reason", "纠纷已诉至人民法院");
  ld_ui_respond (dialog, "apply");
  stored = stored_case (fixture->db, id);
  g_assert_cmpint (ld_mediation_case_get_status (stored), ==, LD_MEDIATION_STATUS_NOT_ACCEPTED);
  g_assert_cmpstr (ld_mediation_case_get_status_reason (stored), ==, "纠纷已诉至人民法院");
  g_clear_object (&stored);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (ld_ui_get_named (editor, "status-row"))),
                   ==, "纠纷已诉至人民法院");

  /* Delete: asked first, then gone; the editor closes. */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL);
  ld_ui_expect_dialog (editor, "delete-dialog", "delete");
  LD_UI_WAIT_FOR (editor == NULL);
  stored = ld_mediation_store_get (fixture->db, id, &error);
  g_assert_null (stored);
  g_assert_nonnull (error);
}

/* A case accepted 40 days ago is past its 30 days: the reminder says so
 * in red, in the editor that logged it and in one opened later. */
static void
test_overdue_reminder (Fixture       *fixture,
                       gconstpointer  data)
{
  LdMediationEditor *editor = open_editor (fixture->db, 0);
  g_autoptr(LdMediationParty) applicant = ld_mediation_party_new (LD_PARTY_ROLE_APPLICANT,
                                                                  LD_PARTY_TYPE_PERSON, "张三");
  g_autoptr(LdMediationParty) respondent = ld_mediation_party_new (LD_PARTY_ROLE_RESPONDENT,
                                                                   LD_PARTY_TYPE_PERSON, "李四");
  g_autofree char *applied = ld_ui_day_text (-45);
  g_autofree char *accepted = ld_ui_day_text (-40);
  GtkWidget *row;
  gint64 id;

  fill_case (editor);
  ld_ui_set_text (editor, "applied-on", applied);
  ld_ui_set_text (editor, "accepted-on", accepted);
  ld_mediation_case_add_party (case_of (editor), applicant);
  ld_mediation_case_add_party (case_of (editor), respondent);
  /* Nothing runs before acceptance. */
  g_assert_null (ld_ui_find_named (editor, "reminder-0"));
  ld_ui_click (editor, "save-button");
  id = ld_mediation_case_get_id (case_of (editor));
  ld_ui_click (editor, "status-accepted");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_MEDIATION_STATUS_ACCEPTED);
  row = ld_ui_get_named (editor, "reminder-0");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), !=, "");
  ld_ui_destroy_and_wait (editor);

  editor = open_editor (fixture->db, id);
  g_assert_true (gtk_widget_has_css_class (ld_ui_get_named (editor, "reminder-0"), "error"));
  g_assert_null (ld_ui_find_named (editor, "reminder-1"));
  ld_ui_destroy_and_wait (editor);
}

/* Bad input shows its message under the field and Save refuses it. */
static void
test_bad_input (Fixture       *fixture,
                gconstpointer  data)
{
  LdMediationEditor *editor = open_editor (fixture->db, 0);
  g_autoptr(LdMediationParty) party = NULL;
  GtkWindow *dialog;

  fill_case (editor);
  g_assert_null (ld_ui_message_of (editor, "accepted-on", "error"));

  /* Accepted before the application. */
  ld_ui_set_text (editor, "applied-on", "2026-03-10");
  ld_ui_set_text (editor, "accepted-on", "2026-03-01");
  g_assert_nonnull (ld_ui_message_of (editor, "accepted-on", "error"));
  g_assert_true (gtk_widget_has_css_class (ld_ui_get_named (editor, "accepted-on"), "error"));
  ld_ui_click (editor, "save-button");
  ld_ui_expect_dialog (editor, "save-refused", "close");
  g_assert_cmpint (ld_mediation_case_get_id (case_of (editor)), ==, 0);

  /* A date that does not parse. */
  ld_ui_set_text (editor, "accepted-on", "2026-02-30");
  g_assert_nonnull (ld_ui_message_of (editor, "accepted-on", "error"));
  ld_ui_click (editor, "save-button");
  ld_ui_expect_dialog (editor, "save-refused", "close");
  g_assert_cmpint (ld_mediation_case_get_id (case_of (editor)), ==, 0);
  ld_ui_set_text (editor, "accepted-on", "2026-03-11");
  g_assert_null (ld_ui_message_of (editor, "accepted-on", "error"));

  /* A malformed ID number: the party dialog says so and will not save it. */
  ld_ui_click (editor, "add-party");
  dialog = ld_ui_wait_for_window (GTK_TYPE_WINDOW, editor, "party-dialog");
  ld_ui_set_text (dialog, "name", "张三");
  ld_ui_set_text (dialog, "id-number", "110105194912310021");
  g_assert_nonnull (ld_ui_message_of (dialog, "id-number", "error"));
  g_assert_false (gtk_widget_is_sensitive (ld_ui_get_named (dialog, "party-dialog-save")));
  ld_ui_click (dialog, "party-dialog-cancel");
  ld_ui_wait_for_no_window (GTK_TYPE_WINDOW, editor, "party-dialog");
  g_assert_cmpuint (g_list_model_get_n_items (ld_mediation_case_get_parties (case_of (editor))), ==, 0);

  /* One that came in otherwise (an old draft, an import) is refused by
   * Save, the message under the parties. */
  party = ld_mediation_party_new (LD_PARTY_ROLE_APPLICANT, LD_PARTY_TYPE_PERSON, "张三");
  ld_mediation_party_set_id_number (party, "110105194912310021");
  ld_mediation_case_add_party (case_of (editor), party);
  g_assert_nonnull (ld_ui_message_of (editor, "parties", NULL));
  ld_ui_click (editor, "save-button");
  ld_ui_expect_dialog (editor, "save-refused", "close");
  g_assert_cmpint (ld_mediation_case_get_id (case_of (editor)), ==, 0);

  ld_mediation_party_set_id_number (party, APPLICANT_ID);
  ld_ui_click (editor, "save-button");
  g_assert_cmpint (ld_mediation_case_get_id (case_of (editor)), >, 0);
  ld_ui_destroy_and_wait (editor);
}

/* Typed-in changes survive the window: kept as a draft, offered back when
 * the editor opens again, dropped by Save. */
static void
test_draft (Fixture       *fixture,
            gconstpointer  data)
{
  LdMediationEditor *editor = open_editor (fixture->db, 0);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  fill_case (editor);
  ld_ui_destroy_and_wait (editor);
  ids = ld_draft_store_list (fixture->db, "mediation", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  editor = open_editor (fixture->db, 0);
  g_assert_cmpstr (ld_mediation_case_get_title (case_of (editor)), ==, "");
  ld_ui_expect_dialog (editor, "draft-dialog", "restore");
  g_assert_cmpstr (ld_mediation_case_get_title (case_of (editor)), ==, "邻里宅基地排水纠纷");
  g_assert_cmpstr (ld_ui_get_text (editor, "mediators"), ==, "王调解、赵调解");
  g_assert_true (ld_mediation_editor_get_modified (editor));

  ld_ui_click (editor, "save-button");
  g_assert_cmpint (ld_mediation_case_get_id (case_of (editor)), >, 0);
  ld_ui_destroy_and_wait (editor);
  ids = ld_draft_store_list (fixture->db, "mediation", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
}

/* A case saved through the editor, with one applicant. */
static gint64
save_new_case (LdMediationEditor *editor)
{
  fill_case (editor);
  add_party (editor, LD_PARTY_ROLE_APPLICANT, "张三", APPLICANT_ID);
  ld_ui_click (editor, "save-button");
  g_assert_cmpint (ld_mediation_case_get_id (case_of (editor)), >, 0);
  return ld_mediation_case_get_id (case_of (editor));
}

/* The party and session dialogs work on the case the editor showed when
 * they opened: when the editor replaces it (here: reloaded after a
 * document was issued from the preview), they close rather than save
 * into the dropped copy. */
static void
test_dialogs_close_on_reload (Fixture       *fixture,
                              gconstpointer  data)
{
  LdMediationEditor *editor = open_editor (fixture->db, 0);
  LdMediationCase *before;
  LdDocumentWindow *window;
  GtkWindow *dialog;

  save_new_case (editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.document", "s", "application");
  LD_UI_WAIT_FOR ((window = find_document_window ()) != NULL);
  LD_UI_WAIT_FOR (ld_ui_is_pdf (ld_document_window_get_pdf (window)));

  ld_ui_click (editor, "add-party");
  dialog = ld_ui_wait_for_window (GTK_TYPE_WINDOW, editor, "party-dialog");
  ld_ui_set_text (dialog, "name", "李四");
  ld_ui_click (editor, "add-session");
  ld_ui_wait_for_window (GTK_TYPE_WINDOW, editor, "session-dialog");

  before = case_of (editor);
  gtk_widget_activate_action (GTK_WIDGET (window), "doc.issue", NULL);
  ld_ui_expect_dialog (window, NULL, "issue");
  LD_UI_WAIT_FOR (ld_document_window_get_number (window) != NULL);
  g_assert_true (case_of (editor) != before);
  ld_ui_wait_for_no_window (GTK_TYPE_WINDOW, editor, "party-dialog");
  ld_ui_wait_for_no_window (GTK_TYPE_WINDOW, editor, "session-dialog");

  ld_ui_destroy_and_wait (window);
  ld_ui_destroy_and_wait (editor);
}

static LdMediationEditor *
find_editor (void)
{
  return (LdMediationEditor *) ld_ui_find_window (LD_TYPE_MEDIATION_EDITOR, NULL, NULL);
}

/* The mediation register page: a kept draft comes back in an editor of
 * its own, New opens an empty editor over the page, and opening a case
 * that is open already brings its editor forward. */
static void
test_register_page_hooks (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page;
  GListModel *toplevels = gtk_window_get_toplevels ();
  LdMediationEditor *editor;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  guint n_windows;
  gint64 id;

  /* A draft left by a window that went without saving. */
  editor = open_editor (fixture->db, 0);
  ld_ui_set_text (editor, "title", "未保存的纠纷");
  ld_ui_destroy_and_wait (editor);

  page = ld_register_page_new (fixture->db, LD_RECORD_AREA_MEDIATION);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  LD_UI_WAIT_FOR ((editor = find_editor ()) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == window);
  ld_ui_expect_dialog (editor, "draft-dialog", "discard");
  ids = ld_draft_store_list (fixture->db, "mediation", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
  ld_ui_destroy_and_wait (editor);

  g_signal_emit_by_name (ld_ui_get_named (page, "new-mediation"), "clicked");
  LD_UI_WAIT_FOR ((editor = find_editor ()) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == window);
  g_assert_cmpint (ld_mediation_case_get_id (case_of (editor)), ==, 0);
  fill_case (editor);
  ld_ui_click (editor, "save-button");
  id = ld_mediation_case_get_id (case_of (editor));
  g_assert_cmpint (id, >, 0);

  n_windows = g_list_model_get_n_items (toplevels);
  ld_mediation_editor_open (page, fixture->db, id);
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_windows);
  ld_ui_destroy_and_wait (editor);

  gtk_window_destroy (window);
  /* The list pages in worker threads: let them let go of the database. */
  LD_UI_WAIT_FOR (G_OBJECT (fixture->db)->ref_count == 1);
}

/* A toast's Undo button (the parties editor has an Undo of its own). */
static gboolean
is_toast_undo (GtkWidget     *widget,
               gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget)
         && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), _("_Undo")) == 0
         && g_strcmp0 (gtk_widget_get_name (widget), "party-undo") != 0;
}

static gboolean
party_undo_shown (LdMediationEditor *editor)
{
  GtkWidget *revealer = gtk_widget_get_ancestor (ld_ui_get_named (editor, "party-undo"),
                                                 GTK_TYPE_REVEALER);

  return gtk_revealer_get_reveal_child (GTK_REVEALER (revealer));
}

/* Save replaces the case and its agreement with the stored ones: the
 * toast's Undo of a removed term puts it back into the agreement shown
 * now (not into the dropped copy, where it did nothing), and the parties'
 * Undo bar, which could only undo into the dropped case, goes. */
static void
test_undo_after_save (Fixture       *fixture,
                           gconstpointer  data)
{
  LdMediationEditor *editor = open_editor (fixture->db, 0);
  AdwViewStack *stack = ADW_VIEW_STACK (ld_ui_find_of_type (editor, ADW_TYPE_VIEW_STACK));

  fill_case (editor);
  add_party (editor, LD_PARTY_ROLE_APPLICANT, "张三", APPLICANT_ID);
  add_party (editor, LD_PARTY_ROLE_RESPONDENT, "李四", RESPONDENT_ID);
  add_term (editor);
  ld_ui_click (editor, "save-button");
  g_assert_cmpint (ld_mediation_case_get_id (case_of (editor)), >, 0);

  adw_view_stack_set_visible_child_name (stack, "agreement");
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (ld_ui_get_named (editor, "term-0-remove")));
  ld_ui_click (editor, "term-0-remove");
  LD_UI_WAIT_FOR (ld_ui_find_match (editor, is_toast_undo, NULL) != NULL);
  adw_view_stack_set_visible_child_name (stack, "parties");
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (ld_ui_get_named (editor, "party-1-remove")));
  ld_ui_click (editor, "party-1-remove");
  g_assert_true (party_undo_shown (editor));

  ld_ui_click (editor, "save-button");
  g_assert_false (ld_mediation_editor_get_modified (editor));
  g_assert_false (party_undo_shown (editor));
  g_assert_cmpuint (ld_mediation_agreement_get_n_terms (ld_mediation_case_get_agreement (case_of (editor))),
                    ==, 0);

  g_signal_emit_by_name (ld_ui_find_match (editor, is_toast_undo, NULL), "clicked");
  g_assert_cmpuint (ld_mediation_agreement_get_n_terms (ld_mediation_case_get_agreement (case_of (editor))),
                    ==, 1);
  g_assert_cmpstr (ld_mediation_agreement_get_term (ld_mediation_case_get_agreement (case_of (editor)), 0)->content,
                   ==, TERM_CONTENT);
  g_assert_true (ld_mediation_editor_get_modified (editor));

  ld_ui_destroy_and_wait (editor);
}

/* The application (申请书) is a party's: offered only for a case that
 * came by application, not one the committee took up itself or that a
 * court referred. */
static void
test_application_only_when_applied (Fixture       *fixture,
                                    gconstpointer  data)
{
  LdMediationEditor *editor = open_editor (fixture->db, 0);

  save_new_case (editor);
  g_assert_true (offers_document (editor, "application"));

  ld_ui_choose (editor, "source", LD_MEDIATION_SOURCE_INITIATIVE);
  g_assert_false (offers_document (editor, "application"));
  ld_ui_click (editor, "save-button");
  g_assert_false (offers_document (editor, "application"));
  ld_ui_choose (editor, "source", LD_MEDIATION_SOURCE_COURT);
  ld_ui_click (editor, "save-button");
  g_assert_false (offers_document (editor, "application"));

  /* Asked for all the same, it is refused with a toast: no preview. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.document", "s", "application");
  ld_ui_run_main_loop_for (100);
  g_assert_null (find_document_window ());

  ld_ui_destroy_and_wait (editor);
}

static guint
count_editors (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (LD_IS_MEDIATION_EDITOR (window))
        n++;
    }
  return n;
}

static guint
count_drafts (LdDatabase *db)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = ld_draft_store_list (db, "mediation", &error);

  g_assert_no_error (error);
  return ids->len;
}

/* Every new case keeps its draft under id 0: "New" brings the unsaved new
 * case forward instead of opening a second editor that would share (and
 * drop) its draft, and an editor with unsaved changes keeps them as a
 * draft when it goes even after its kept draft was dropped. */
static void
test_new_case_draft (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  LdMediationEditor *editor;

  gtk_window_present (window);
  ld_mediation_editor_open (GTK_WIDGET (window), fixture->db, 0);
  LD_UI_WAIT_FOR ((editor = find_editor ()) != NULL);
  ld_ui_set_text (editor, "title", "第一件未保存的纠纷");
  ld_mediation_editor_open (GTK_WIDGET (window), fixture->db, 0);
  g_assert_cmpuint (count_editors (), ==, 1);

  /* The draft a second after the change, then dropped (as another new
   * editor's Save did): closing keeps the changes again. */
  LD_UI_WAIT_FOR (count_drafts (fixture->db) == 1);
  /* Recovering the kept drafts does not open a second editor on it. */
  g_assert_cmpuint (ld_mediation_editor_recover_drafts (window, fixture->db), ==, 0);
  g_assert_cmpuint (count_editors (), ==, 1);
  g_assert_true (ld_draft_store_discard (fixture->db, "mediation", 0, NULL));
  g_assert_cmpuint (count_drafts (fixture->db), ==, 0);
  gtk_window_close (GTK_WINDOW (editor));
  ld_ui_wait_for_no_window (LD_TYPE_MEDIATION_EDITOR, NULL, NULL);
  g_assert_cmpuint (count_drafts (fixture->db), ==, 1);

  ld_ui_destroy_and_wait (window);
}

int
main (int   argc,
      char *argv[])
{
  ld_ui_use_environment_language ();

  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, ld_ui_database_fixture_set_up, func, \
              ld_ui_database_fixture_tear_down)
  ADD ("/ui/mediation-editor/application-to-agreement", test_application_to_agreement);
  ADD ("/ui/mediation-editor/reason-and-delete", test_reason_and_delete);
  ADD ("/ui/mediation-editor/overdue-reminder", test_overdue_reminder);
  ADD ("/ui/mediation-editor/bad-input", test_bad_input);
  ADD ("/ui/mediation-editor/draft", test_draft);
  ADD ("/ui/mediation-editor/register-page-hooks", test_register_page_hooks);
  ADD ("/ui/mediation-editor/dialogs-close-on-reload", test_dialogs_close_on_reload);
  ADD ("/ui/mediation-editor/new-case-draft", test_new_case_draft);
  ADD ("/ui/mediation-editor/undo-after-save", test_undo_after_save);
  ADD ("/ui/mediation-editor/application-only-when-applied", test_application_only_when_applied);
#undef ADD

  return g_test_run ();
}

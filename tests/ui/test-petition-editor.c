/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-petition-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "ld-date-format.h"
#include "ld-document-window.h"
#include "ld-draft-store.h"
#include "ld-due-store.h"
#include "ld-issued-store.h"
#include "ld-petition-editor.h"
#include "ld-petition-store.h"
#include "ld-register-page.h"
#include "ld-ui-test-util.h"

#define VALID_ID "11010519491231002X"

/* A database in a temporary folder, as fixture->db. */
typedef LdUiDatabaseFixture Fixture;

/* Helpers */

static LdPetitionEditor *
open_editor (LdDatabase *db,
             gint64      id)
{
  g_autoptr(GError) error = NULL;
  LdPetitionEditor *editor = ld_petition_editor_new (NULL, db, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (editor);
  gtk_window_present (GTK_WINDOW (editor));
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (editor)));
  return editor;
}

static LdPetitionStatus
stored_status (LdDatabase *db,
               gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdPetition) petition = ld_petition_store_get (db, id, &error);

  g_assert_no_error (error);
  return ld_petition_get_status (petition);
}

static guint
stored_events (LdDatabase *db,
               gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdPetition) petition = ld_petition_store_get (db, id, &error);

  g_assert_no_error (error);
  return ld_petition_get_events (petition)->len;
}

/* The due item of petition @id, or NULL. */
static gboolean
is_overdue (LdDatabase *db,
            gint64      id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = ld_due_store_list (db, NULL, 3, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < items->len; i++)
    {
      LdDueItem *item = g_ptr_array_index (items, i);

      if (item->area == LD_RECORD_AREA_PETITION && item->id == id)
        return item->days_left < 0;
    }
  return FALSE;
}

/* Opens the dialog of @step through the editor's action. */
static AdwMessageDialog *
open_step (LdPetitionEditor *editor,
           const char       *step)
{
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.step", "s", step);
  return ld_ui_wait_for_dialog (editor, "step-dialog");
}

static void
fill_registration (LdPetitionEditor *editor,
                   const char       *received)
{
  ld_ui_set_text (editor, "received-on", received);
  ld_ui_set_text (editor, "handler", "李四");
  ld_ui_set_text (editor, "petitioner-name", "张三");
  ld_ui_set_text (editor, "petitioner-id-number", VALID_ID);
  ld_ui_set_text (editor, "petitioner-phone", "13800138000");
  ld_ui_set_text (editor, "petitioner-address", "某街道某社区1号");
  ld_ui_set_text (editor, "title", "反映小区噪声扰民问题");
  ld_ui_set_text (editor, "content", "小区附近工地夜间施工，噪声严重影响居民休息，多次反映未果。");
  ld_ui_set_text (editor, "demands", "要求停止夜间施工");
}

static LdDocumentWindow *
find_document_window (void)
{
  return (LdDocumentWindow *) ld_ui_find_window (LD_TYPE_DOCUMENT_WINDOW, NULL, NULL);
}

/* Tests */

/* Registered 20 days ago, so the written notice is overdue; accepted,
 * assigned, replied and closed through the step buttons and dialogs, the
 * status following each step and the petition leaving the overdue list. */
static void
test_register_to_close (Fixture       *fixture,
                        gconstpointer  data)
{
  LdPetitionEditor *editor = open_editor (fixture->db, 0);
  AdwMessageDialog *dialog;
  AdwMessageDialog *refused;
  LdPetition *petition;
  GDate received;
  g_autofree char *received_text = ld_ui_day_text (-20);
  gint64 id;
  guint events;

  ld_get_today (&received);
  g_date_subtract_days (&received, 20);

  /* Not registered yet: no steps, no documents. */
  g_assert_false (gtk_widget_get_sensitive (ld_ui_get_named (editor, "documents-button")));

  /* A bad ID number shows the validation message next to the field. */
  ld_ui_set_text (editor, "petitioner-id-number", "110105194912310021");
  g_assert_nonnull (ld_ui_message_of (editor, "petitioner-id-number", "error"));
  g_assert_true (gtk_widget_has_css_class (ld_ui_get_named (editor, "petitioner-id-number"), "error"));
  gtk_widget_grab_focus (ld_ui_get_named (editor, "petitioner-id-number"));
  ld_ui_hold_for_screenshot ();
  /* A bad date too. */
  ld_ui_set_text (editor, "received-on", "2026-02-30");
  g_assert_nonnull (ld_ui_message_of (editor, "received-on", "error"));
  /* Save refuses an incomplete form and says why under each field. */
  ld_ui_click (editor, "save-button");
  ld_ui_expect_dialog (editor, "save-refused", "close");
  g_assert_cmpint (ld_petition_get_id (ld_petition_editor_get_petition (editor)), ==, 0);
  g_assert_nonnull (ld_ui_message_of (editor, "content", "error"));
  g_assert_nonnull (ld_ui_message_of (editor, "title", "error"));
  /* A date that does not parse is not saved as the last one that did. */
  ld_ui_set_text (editor, "title", "标题");
  ld_ui_set_text (editor, "content", "内容");
  ld_ui_click (editor, "save-button");
  ld_ui_expect_dialog (editor, "save-refused", "close");
  g_assert_cmpint (ld_petition_get_id (ld_petition_editor_get_petition (editor)), ==, 0);

  /* Five people make a group petition (the default threshold). */
  {
    GtkWidget *count = ld_ui_get_named (editor, "people-count");
    GtkWidget *row = gtk_widget_get_ancestor (count, ADW_TYPE_ACTION_ROW);

    gtk_spin_button_set_value (GTK_SPIN_BUTTON (count), 5);
    g_assert_true (ld_petition_get_is_group (ld_petition_editor_get_petition (editor)));
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), !=, "");
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (count), 1);
    g_assert_false (ld_petition_get_is_group (ld_petition_editor_get_petition (editor)));
    g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "");
  }

  fill_registration (editor, received_text);
  g_assert_null (ld_ui_message_of (editor, "petitioner-id-number", "error"));
  g_assert_null (ld_ui_message_of (editor, "received-on", "error"));
  g_assert_null (ld_ui_message_of (editor, "content", "error"));
  g_assert_true (ld_petition_editor_get_modified (editor));

  ld_ui_click (editor, "save-button");
  petition = ld_petition_editor_get_petition (editor);
  id = ld_petition_get_id (petition);
  g_assert_cmpint (id, >, 0);
  g_assert_false (ld_petition_editor_get_modified (editor));
  g_assert_cmpint (ld_petition_get_status (petition), ==, LD_PETITION_STATUS_REGISTERED);
  g_assert_true (g_date_compare (ld_petition_get_received_on (petition), &received) == 0);
  /* Nothing earlier: no repeats to show. */
  g_assert_null (ld_ui_find_dialog (editor, "repeats-dialog"));

  /* The notice is overdue: on the due list, and red in the editor. */
  g_assert_true (is_overdue (fixture->db, id));
  g_assert_true (gtk_widget_has_css_class (ld_ui_get_named (editor, "deadline-notice"), "error"));
  g_assert_nonnull (ld_ui_find_named (editor, "history-0"));
  ld_ui_hold_for_screenshot ();

  /* Accept through the step button and its dialog. */
  g_assert_nonnull (ld_ui_find_named (editor, "step-accept"));
  g_assert_null (ld_ui_find_named (editor, "step-reply"));
  ld_ui_click (editor, "step-accept");
  dialog = ld_ui_wait_for_dialog (editor, "step-dialog");
  g_assert_cmpstr (ld_ui_get_text (dialog, "step-who"), ==, "李四");
  ld_ui_respond (dialog, "apply");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_PETITION_STATUS_ACCEPTED);
  petition = ld_petition_editor_get_petition (editor);
  g_assert_cmpint (ld_petition_get_status (petition), ==, LD_PETITION_STATUS_ACCEPTED);
  /* The handling period now runs, 60 days: no longer overdue. */
  g_assert_false (is_overdue (fixture->db, id));
  g_assert_nonnull (ld_ui_find_named (editor, "deadline-handling"));
  g_assert_null (ld_ui_find_named (editor, "deadline-notice"));

  /* The documents menu offers what the history supports: the acceptance
   * notice now, the reply not yet. */
  {
    GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (ld_ui_get_named (editor, "documents-button")));
    g_autofree char *target = NULL;

    g_assert_true (gtk_widget_get_sensitive (ld_ui_get_named (editor, "documents-button")));
    g_assert_cmpint (g_menu_model_get_n_items (menu), ==, 1);
    g_assert_true (g_menu_model_get_item_attribute (menu, 0, G_MENU_ATTRIBUTE_TARGET, "s", &target));
    g_assert_cmpstr (target, ==, "acceptance");
    /* A document window would be shown at once. */
    gtk_widget_activate_action (GTK_WIDGET (editor), "editor.document", "s", "reply");
    g_assert_null (find_document_window ());
  }

  /* The acceptance notice: previewed as a draft, then issued for this
   * petition. */
  {
    g_autoptr(GPtrArray) issued = NULL;
    g_autoptr(GError) error = NULL;
    LdDocumentWindow *window;

    gtk_widget_activate_action (GTK_WIDGET (editor), "editor.document", "s", "acceptance");
    LD_UI_WAIT_FOR ((window = find_document_window ()) != NULL);
    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (window)) == GTK_WINDOW (editor));
    LD_UI_WAIT_FOR (ld_ui_is_pdf (ld_document_window_get_pdf (window)));
    g_assert_null (ld_document_window_get_number (window));
    gtk_widget_activate_action (GTK_WIDGET (window), "doc.issue", NULL);
    ld_ui_expect_dialog (window, NULL, "issue");
    LD_UI_WAIT_FOR (ld_document_window_get_number (window) != NULL);
    issued = ld_issued_store_list_for_record (fixture->db, LD_PETITION_STORE_TABLE, id, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (issued->len, ==, 1);
    g_assert_cmpint (ld_issued_document_get_kind (g_ptr_array_index (issued, 0)), ==,
                     LD_DOCUMENT_KIND_PETITION_ACCEPTANCE);
    g_assert_cmpstr (ld_issued_document_get_number (g_ptr_array_index (issued, 0)), ==,
                     ld_document_window_get_number (window));
    ld_ui_hold_for_screenshot ();
    ld_ui_destroy_and_wait (window);

    /* The editor lists it and reopens the stored PDF. */
    g_assert_true (gtk_widget_get_visible (gtk_widget_get_ancestor (ld_ui_get_named (editor, "issued-0"),
                                                                    ADW_TYPE_PREFERENCES_GROUP)));
    g_signal_emit_by_name (ld_ui_get_named (editor, "issued-0"), "activated");
    LD_UI_WAIT_FOR ((window = find_document_window ()) != NULL);
    g_assert_cmpstr (ld_document_window_get_number (window), ==,
                     ld_issued_document_get_number (g_ptr_array_index (issued, 0)));
    g_assert_true (ld_ui_is_pdf (ld_document_window_get_pdf (window)));
    ld_ui_destroy_and_wait (window);
  }

  /* Assign (交办) to a unit. */
  dialog = open_step (editor, "assign");
  ld_ui_choose (dialog, "step-assignment", LD_ASSIGNMENT_KIND_ASSIGN - 1);
  ld_ui_set_text (dialog, "step-unit", "城管执法中队");
  ld_ui_respond (dialog, "apply");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_PETITION_STATUS_ASSIGNED);
  {
    g_autoptr(LdPetition) stored = ld_petition_store_get (fixture->db, id, NULL);
    const LdPetitionEvent *assign = ld_petition_find_last_event (stored, LD_PETITION_STEP_ASSIGN);

    g_assert_nonnull (assign);
    g_assert_cmpint (assign->assignment, ==, LD_ASSIGNMENT_KIND_ASSIGN);
    g_assert_cmpstr (assign->unit, ==, "城管执法中队");
  }

  /* Reply with an outcome. */
  g_assert_nonnull (ld_ui_find_named (editor, "step-reply"));
  ld_ui_click (editor, "step-reply");
  dialog = ld_ui_wait_for_dialog (editor, "step-dialog");
  ld_ui_choose (dialog, "step-outcome", LD_REPLY_OUTCOME_EXPLAIN - 1);
  {
    g_autofree char *today = ld_ui_day_text (0);

    ld_ui_set_text (dialog, "step-served", today);
  }
  ld_ui_respond (dialog, "apply");
  {
    g_autoptr(LdPetition) stored = ld_petition_store_get (fixture->db, id, NULL);
    const LdPetitionEvent *reply = ld_petition_find_last_event (stored, LD_PETITION_STEP_REPLY);
    GDate today;

    ld_get_today (&today);
    g_assert_cmpint (reply->outcome, ==, LD_REPLY_OUTCOME_EXPLAIN);
    g_assert_true (g_date_valid (&reply->served_on));
    g_assert_cmpint (g_date_compare (&reply->served_on, &today), ==, 0);
  }
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_PETITION_STATUS_REPLIED);
  g_assert_null (ld_ui_find_named (editor, "step-extend"));
  g_assert_cmpint (g_menu_model_get_n_items (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (ld_ui_get_named (editor, "documents-button")))),
                   ==, 2);

  /* An extension after the reply is refused with the workflow's reason
   * and changes nothing. */
  events = stored_events (fixture->db, id);
  dialog = open_step (editor, "extend");
  ld_ui_set_text (dialog, "step-approver", "王主任");
  ld_ui_set_text (dialog, "step-note", "案情复杂");
  ld_ui_respond (dialog, "apply");
  refused = ld_ui_wait_for_dialog (editor, "step-refused");
  g_assert_cmpstr (adw_message_dialog_get_body (refused), !=, "");
  ld_ui_respond (refused, "close");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_PETITION_STATUS_REPLIED);
  g_assert_cmpuint (stored_events (fixture->db, id), ==, events);

  /* A step without its date is refused before the store. */
  dialog = open_step (editor, "close");
  ld_ui_set_text (dialog, "step-date", "not a date");
  ld_ui_respond (dialog, "apply");
  ld_ui_expect_dialog (editor, "step-refused", "close");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_PETITION_STATUS_REPLIED);

  /* Close. */
  ld_ui_click (editor, "step-close");
  ld_ui_expect_dialog (editor, "step-dialog", "apply");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_PETITION_STATUS_CLOSED);
  g_assert_false (is_overdue (fixture->db, id));
  {
    g_autoptr(GPtrArray) items = ld_due_store_list (fixture->db, NULL, 3, NULL);

    for (guint i = 0; i < items->len; i++)
      g_assert_false (((LdDueItem *) g_ptr_array_index (items, i))->id == id);
  }
  g_assert_cmpuint (stored_events (fixture->db, id), ==, 5);
  g_assert_nonnull (ld_ui_find_named (editor, "history-4"));

  ld_ui_destroy_and_wait (editor);
}

/* A second petition from the same person is shown as a possible repeat
 * on save and can be linked. */
static void
test_repeat_on_save (Fixture       *fixture,
                     gconstpointer  data)
{
  LdPetitionEditor *editor = open_editor (fixture->db, 0);
  gint64 first, second;
  g_autoptr(GArray) links = NULL;
  g_autoptr(GError) error = NULL;

  fill_registration (editor, "2026-01-05");
  ld_ui_click (editor, "save-button");
  first = ld_petition_get_id (ld_petition_editor_get_petition (editor));
  g_assert_cmpint (first, >, 0);
  ld_ui_destroy_and_wait (editor);

  editor = open_editor (fixture->db, 0);
  fill_registration (editor, "2026-02-05");
  ld_ui_click (editor, "save-button");
  second = ld_petition_get_id (ld_petition_editor_get_petition (editor));
  g_assert_cmpint (second, >, first);
  ld_ui_expect_dialog (editor, "repeats-dialog", "link");
  links = ld_petition_store_list_repeat_links (fixture->db, second, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (links->len, ==, 1);
  g_assert_cmpint (g_array_index (links, gint64, 0), ==, first);
  ld_ui_destroy_and_wait (editor);
}

static LdPetitionEditor *
find_editor (void)
{
  return (LdPetitionEditor *) ld_ui_find_window (LD_TYPE_PETITION_EDITOR, NULL, NULL);
}

/* The petition register page: New opens an empty editor over it, and
 * opening a petition that is open already brings its editor forward. */
static void
test_register_page_hooks (Fixture       *fixture,
                          gconstpointer  data)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  GtkWidget *page = ld_register_page_new (fixture->db, LD_RECORD_AREA_PETITION);
  LdPetitionEditor *editor;
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n_windows;
  gint64 id;

  gtk_window_set_child (window, page);
  gtk_window_present (window);

  g_signal_emit_by_name (ld_ui_get_named (page, "new-petition"), "clicked");
  LD_UI_WAIT_FOR ((editor = find_editor ()) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == window);
  g_assert_cmpint (ld_petition_get_id (ld_petition_editor_get_petition (editor)), ==, 0);
  fill_registration (editor, "2026-03-02");
  ld_ui_click (editor, "save-button");
  id = ld_petition_get_id (ld_petition_editor_get_petition (editor));
  g_assert_cmpint (id, >, 0);

  n_windows = g_list_model_get_n_items (toplevels);
  ld_petition_editor_open (page, fixture->db, id);
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_windows);
  ld_ui_destroy_and_wait (editor);

  gtk_window_destroy (window);
  /* The list pages in worker threads: let them let go of the database. */
  LD_UI_WAIT_FOR (G_OBJECT (fixture->db)->ref_count == 1);
}

/* Typed-in changes survive the window: kept as a draft, offered back when
 * the editor opens again, dropped by Save. */
static void
test_draft (Fixture       *fixture,
            gconstpointer  data)
{
  LdPetitionEditor *editor = open_editor (fixture->db, 0);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  fill_registration (editor, "2026-04-01");
  ld_ui_destroy_and_wait (editor);
  ids = ld_draft_store_list (fixture->db, "petition", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  editor = open_editor (fixture->db, 0);
  g_assert_cmpstr (ld_petition_get_title (ld_petition_editor_get_petition (editor)), ==, "");
  ld_ui_expect_dialog (editor, "draft-dialog", "restore");
  g_assert_cmpstr (ld_petition_get_title (ld_petition_editor_get_petition (editor)), ==, "反映小区噪声扰民问题");
  g_assert_cmpstr (ld_ui_get_text (editor, "petitioner-id-number"), ==, VALID_ID);
  g_assert_true (ld_petition_editor_get_modified (editor));

  ld_ui_click (editor, "save-button");
  g_assert_cmpint (ld_petition_get_id (ld_petition_editor_get_petition (editor)), >, 0);
  ld_ui_destroy_and_wait (editor);
  ids = ld_draft_store_list (fixture->db, "petition", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
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
  ADD ("/ui/petition-editor/register-to-close", test_register_to_close);
  ADD ("/ui/petition-editor/repeat-on-save", test_repeat_on_save);
  ADD ("/ui/petition-editor/register-page-hooks", test_register_page_hooks);
  ADD ("/ui/petition-editor/draft", test_draft);
#undef ADD

  return g_test_run ();
}

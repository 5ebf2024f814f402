/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-mediation-editor"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <poppler.h>
#include <stdlib.h>
#include <string.h>

#include "ld-date-format.h"
#include "ld-document-window.h"
#include "ld-draft-store.h"
#include "ld-issued-store.h"
#include "ld-mediation-editor.h"
#include "ld-mediation-store.h"
#include "ld-mediation-timeline.h"
#include "ld-register-page.h"

#define TIMEOUT_S 30
#define APPLICANT_ID "11010519491231002X"
#define RESPONDENT_ID "110105198001010016"
#define TERM_CONTENT "被申请人赔偿申请人医疗费伍仟元"

static gboolean
timeout_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Iterates the main loop until @cond holds, failing after TIMEOUT_S seconds. */
#define WAIT_FOR(cond)                                                         \
  G_STMT_START {                                                               \
    gboolean timed_out_ = FALSE;                                               \
    guint timeout_id_ = g_timeout_add_seconds (TIMEOUT_S, timeout_cb, &timed_out_); \
    while (!(cond) && !timed_out_)                                             \
      g_main_context_iteration (NULL, TRUE);                                   \
    if (!timed_out_)                                                           \
      g_source_remove (timeout_id_);                                           \
    if (!(cond))                                                               \
      g_error ("Timed out waiting for %s", #cond);                             \
  } G_STMT_END

typedef struct
{
  char       *dir;
  LdDatabase *db;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("ld-mediation-editor-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "test.db", NULL);
  fixture->db = ld_database_open (path, LD_DATABASE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  g_assert_finalize_object (fixture->db);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

/* Helpers */

static GtkWidget *
find_named (GtkWidget  *root,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (root), name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_named (child, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
get_named (gpointer    root,
           const char *name)
{
  GtkWidget *widget = find_named (GTK_WIDGET (root), name);

  if (widget == NULL)
    g_error ("No widget named %s", name);
  return widget;
}

/* Types @text into the entry or text view named @name. */
static void
set_text (gpointer    root,
          const char *name,
          const char *text)
{
  GtkWidget *widget = get_named (root, name);

  if (GTK_IS_TEXT_VIEW (widget))
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget)), text, -1);
  else
    gtk_editable_set_text (GTK_EDITABLE (widget), text);
}

static void
click (gpointer    root,
       const char *name)
{
  GtkWidget *button = get_named (root, name);

  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

/* The message under @field, or NULL while hidden. */
static const char *
message_of (gpointer    root,
            const char *field,
            const char *style)
{
  g_autofree char *name = g_strconcat (field, "-message", NULL);
  GtkWidget *label = get_named (root, name);

  if (!gtk_widget_get_visible (label) || !gtk_widget_get_visible (gtk_widget_get_parent (label))
      || *gtk_label_get_text (GTK_LABEL (label)) == '\0')
    return NULL;
  if (style != NULL)
    g_assert_true (gtk_widget_has_css_class (label, style));
  return gtk_label_get_text (GTK_LABEL (label));
}

/* The visible window of @type named @name (NULL for any) transient for
 * @parent, or NULL. */
static GtkWindow *
find_window (GType       type,
             GtkWindow  *parent,
             const char *name)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type)
          && gtk_widget_get_visible (GTK_WIDGET (window))
          && (parent == NULL || gtk_window_get_transient_for (window) == parent)
          && (name == NULL || g_strcmp0 (gtk_widget_get_name (GTK_WIDGET (window)), name) == 0))
        return window;
    }
  return NULL;
}

static AdwMessageDialog *
find_dialog (gpointer    parent,
             const char *name)
{
  return (AdwMessageDialog *) find_window (ADW_TYPE_MESSAGE_DIALOG, GTK_WINDOW (parent), name);
}

static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Waits for the message dialog @name over @parent and answers it. */
static const char *
expect_dialog (gpointer    parent,
               const char *name,
               const char *response)
{
  AdwMessageDialog *dialog;
  static char body[512];

  WAIT_FOR ((dialog = find_dialog (parent, name)) != NULL);
  g_strlcpy (body, adw_message_dialog_get_body (dialog), sizeof body);
  respond (dialog, response);
  return body;
}

static void
destroy_and_wait (gpointer window)
{
  g_object_add_weak_pointer (G_OBJECT (window), &window);
  gtk_window_destroy (GTK_WINDOW (window));
  WAIT_FOR (window == NULL);
}

static LdMediationEditor *
open_editor (LdDatabase *db,
             gint64      id)
{
  g_autoptr(GError) error = NULL;
  LdMediationEditor *editor = ld_mediation_editor_new (NULL, db, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (editor);
  gtk_window_present (GTK_WINDOW (editor));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (editor)));
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

/* @days from today as the editor takes dates (a new string). */
static char *
day_text (int days)
{
  GDate day;

  ld_get_today (&day);
  if (days < 0)
    g_date_subtract_days (&day, -days);
  else
    g_date_add_days (&day, days);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&day),
                          g_date_get_month (&day), g_date_get_day (&day));
}

static void
fill_case (LdMediationEditor *editor)
{
  /* The 30 days of a people's mediation end in two days: a reminder. */
  g_autofree char *applied = day_text (-29);
  g_autofree char *accepted = day_text (-28);

  adw_combo_row_set_selected (ADW_COMBO_ROW (get_named (editor, "kind")), LD_MEDIATION_KIND_PEOPLE);
  adw_combo_row_set_selected (ADW_COMBO_ROW (get_named (editor, "source")), LD_MEDIATION_SOURCE_APPLICATION);
  set_text (editor, "title", "邻里宅基地排水纠纷");
  set_text (editor, "facts", "申请人与被申请人系邻居，被申请人修建排水沟致申请人院墙受损。");
  set_text (editor, "claims", "申请人要求被申请人赔偿院墙修缮费用。");
  set_text (editor, "committee", "某村人民调解委员会");
  set_text (editor, "mediators", "王调解、赵调解");
  set_text (editor, "applied-on", applied);
  set_text (editor, "accepted-on", accepted);
}

/* Adds a party through the parties editor's dialog. */
static void
add_party (LdMediationEditor *editor,
           LdPartyRole        role,
           const char        *name,
           const char        *id_number)
{
  GtkWindow *dialog;

  click (editor, "add-party");
  WAIT_FOR ((dialog = find_window (GTK_TYPE_WINDOW, GTK_WINDOW (editor), "party-dialog")) != NULL);
  adw_combo_row_set_selected (ADW_COMBO_ROW (get_named (dialog, "role")), role);
  set_text (dialog, "name", name);
  set_text (dialog, "id-number", id_number);
  g_assert_null (message_of (dialog, "id-number", NULL));
  click (dialog, "party-dialog-save");
  WAIT_FOR (find_window (GTK_TYPE_WINDOW, GTK_WINDOW (editor), "party-dialog") == NULL);
}

static void
add_session (LdMediationEditor *editor)
{
  g_autofree char *date = day_text (-2);
  GtkWindow *dialog;

  click (editor, "add-session");
  WAIT_FOR ((dialog = find_window (GTK_TYPE_WINDOW, GTK_WINDOW (editor), "session-dialog")) != NULL);
  adw_combo_row_set_selected (ADW_COMBO_ROW (get_named (dialog, "session-kind")), LD_SESSION_KIND_MEDIATION);
  set_text (dialog, "session-date", date);
  set_text (dialog, "session-place", "村委会调解室");
  set_text (dialog, "session-participants", "张三、李四");
  set_text (dialog, "session-recorder", "钱记录");
  set_text (dialog, "session-record", "双方陈述了各自意见，经调解员释法说理，双方同意协商解决。");
  click (dialog, "session-dialog-save");
  WAIT_FOR (find_window (GTK_TYPE_WINDOW, GTK_WINDOW (editor), "session-dialog") == NULL);
}

static void
add_term (LdMediationEditor *editor)
{
  g_autofree char *deadline = day_text (20);
  GtkWindow *dialog;

  click (editor, "add-term");
  WAIT_FOR ((dialog = find_window (GTK_TYPE_WINDOW, GTK_WINDOW (editor), "term-dialog")) != NULL);
  set_text (dialog, "term-content", TERM_CONTENT);
  set_text (dialog, "term-method", "银行转账");
  set_text (dialog, "term-deadline", deadline);
  click (dialog, "term-dialog-save");
  WAIT_FOR (find_window (GTK_TYPE_WINDOW, GTK_WINDOW (editor), "term-dialog") == NULL);
}

static LdDocumentWindow *
find_document_window (void)
{
  return (LdDocumentWindow *) find_window (LD_TYPE_DOCUMENT_WINDOW, NULL, NULL);
}

static gboolean
is_pdf (GBytes *pdf)
{
  return pdf != NULL && g_bytes_get_size (pdf) > 4
         && memcmp (g_bytes_get_data (pdf, NULL), "%PDF", 4) == 0;
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
  GtkMenuButton *button = GTK_MENU_BUTTON (get_named (editor, "documents-button"));

  return g_menu_model_get_n_items (gtk_menu_button_get_menu_model (button));
}

/* Previews @which through the editor's action and issues it. */
static void
issue_document (LdMediationEditor *editor,
                const char        *which)
{
  LdDocumentWindow *window;

  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.document", "s", which);
  WAIT_FOR ((window = find_document_window ()) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (window)) == GTK_WINDOW (editor));
  WAIT_FOR (is_pdf (ld_document_window_get_pdf (window)));
  g_assert_null (ld_document_window_get_number (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "doc.issue", NULL);
  expect_dialog (window, NULL, "issue");
  WAIT_FOR (ld_document_window_get_number (window) != NULL);
  destroy_and_wait (window);
}

/* For screenshots: LD_TEST_HOLD_SECONDS keeps the window on screen, on
 * each of its pages in turn. */
static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
hold_for_screenshot (LdMediationEditor *editor)
{
  static const char *pages[] = { "case", "parties", "sessions", "agreement" };
  AdwViewStack *stack = ADW_VIEW_STACK (find_type (GTK_WIDGET (editor), ADW_TYPE_VIEW_STACK));

  if (g_getenv ("LD_TEST_HOLD_SECONDS") == NULL)
    return;
  for (gsize i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      gboolean done = FALSE;

      adw_view_stack_set_visible_child_name (stack, pages[i]);
      g_timeout_add_seconds (atoi (g_getenv ("LD_TEST_HOLD_SECONDS")), timeout_cb, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
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
  g_autofree char *reached = day_text (0);
  gint64 id;

  /* Not saved yet: no documents, no status buttons, no delete. */
  g_assert_false (gtk_widget_get_sensitive (get_named (editor, "documents-button")));
  g_assert_null (find_named (GTK_WIDGET (editor), "status-accepted"));
  g_assert_false (gtk_widget_get_sensitive (get_named (editor, "delete-button")));

  fill_case (editor);
  /* The categories are the organisation's, "Not Chosen" first. */
  categories = ld_mediation_store_list_categories (fixture->db, FALSE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (categories[0]);
  adw_combo_row_set_selected (ADW_COMBO_ROW (get_named (editor, "category")), 1);
  g_assert_cmpstr (ld_mediation_case_get_category (case_of (editor)), ==, categories[0]);
  g_assert_cmpstr (ld_mediation_case_get_title (case_of (editor)), ==, "邻里宅基地排水纠纷");
  g_assert_cmpstr (ld_mediation_case_get_mediators (case_of (editor)), ==, "王调解、赵调解");
  g_assert_true (ld_mediation_editor_get_modified (editor));

  add_party (editor, LD_PARTY_ROLE_APPLICANT, "张三", APPLICANT_ID);
  add_party (editor, LD_PARTY_ROLE_RESPONDENT, "李四", RESPONDENT_ID);
  g_assert_cmpuint (g_list_model_get_n_items (ld_mediation_case_get_parties (case_of (editor))), ==, 2);
  add_session (editor);
  g_assert_cmpuint (ld_mediation_case_get_sessions (case_of (editor))->len, ==, 1);

  click (editor, "save-button");
  id = ld_mediation_case_get_id (case_of (editor));
  g_assert_cmpint (id, >, 0);
  g_assert_false (ld_mediation_editor_get_modified (editor));
  g_assert_cmpstr (adw_window_title_get_title (ADW_WINDOW_TITLE (get_named (editor, "window-title"))),
                   ==, ld_mediation_case_get_number (case_of (editor)));
  stored = stored_case (fixture->db, id);
  g_assert_cmpint (ld_mediation_case_get_status (stored), ==, LD_MEDIATION_STATUS_APPLIED);
  g_assert_cmpstr (ld_mediation_case_get_title (stored), ==, "邻里宅基地排水纠纷");
  g_assert_cmpuint (g_list_model_get_n_items (ld_mediation_case_get_parties (stored)), ==, 2);
  g_assert_cmpuint (ld_mediation_case_get_sessions (stored)->len, ==, 1);
  g_clear_object (&stored);
  g_assert_true (gtk_widget_get_sensitive (get_named (editor, "delete-button")));
  /* The application and the session's record; the agreement not yet, and
   * asking for it shows nothing. */
  g_assert_true (gtk_widget_get_sensitive (get_named (editor, "documents-button")));
  g_assert_cmpint (documents_offered (editor), ==, 2);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.document", "s", "agreement");
  g_assert_null (find_document_window ());

  /* Accepted, then mediating, through the status buttons. */
  click (editor, "status-accepted");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_MEDIATION_STATUS_ACCEPTED);
  g_assert_cmpint (ld_mediation_case_get_status (case_of (editor)), ==, LD_MEDIATION_STATUS_ACCEPTED);
  /* The mediation period runs now: a reminder. */
  g_assert_nonnull (find_named (GTK_WIDGET (editor), "reminder-0"));
  click (editor, "status-mediating");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_MEDIATION_STATUS_MEDIATING);

  /* An agreement without terms is refused with the workflow's reason and
   * changes nothing. */
  click (editor, "status-agreement_reached");
  g_assert_cmpstr (expect_dialog (editor, "step-refused", "close"), !=, "");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_MEDIATION_STATUS_MEDIATING);
  g_assert_false (ld_mediation_editor_get_modified (editor));

  /* The session's record previews from the timeline. */
  {
    LdDocumentWindow *window;

    GtkWidget *timeline = gtk_widget_get_ancestor (get_named (editor, "add-session"),
                                                   LD_TYPE_MEDIATION_TIMELINE);

    g_assert_nonnull (timeline);
    g_signal_emit_by_name (timeline, "print-record", 0);
    WAIT_FOR ((window = find_document_window ()) != NULL);
    WAIT_FOR (is_pdf (ld_document_window_get_pdf (window)));
    destroy_and_wait (window);
  }

  /* The terms and the day, then the agreement is reached. */
  add_term (editor);
  set_text (editor, "agreement-reached-on", reached);
  g_assert_cmpuint (ld_mediation_agreement_get_n_terms (ld_mediation_case_get_agreement (case_of (editor))), ==, 1);
  g_assert_true (ld_mediation_editor_get_modified (editor));
  click (editor, "status-agreement_reached");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_MEDIATION_STATUS_AGREEMENT_REACHED);
  g_assert_false (ld_mediation_editor_get_modified (editor));
  g_assert_cmpint (documents_offered (editor), ==, 3);

  /* The agreement, issued: stored with the parties and the terms. */
  issue_document (editor, "agreement");
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
  g_assert_nonnull (find_named (GTK_WIDGET (editor), "issued-0"));
  g_assert_false (gtk_widget_is_sensitive (get_named (editor, "term-0-edit")));
  hold_for_screenshot (editor);

  /* What was issued is kept: the case cannot be deleted. */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL);
  expect_dialog (editor, "delete-dialog", "delete");
  g_assert_cmpstr (expect_dialog (editor, "delete-refused", "close"), !=, "");
  stored = stored_case (fixture->db, id);
  g_clear_object (&stored);

  destroy_and_wait (editor);
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
  click (editor, "save-button");
  id = ld_mediation_case_get_id (case_of (editor));
  g_assert_cmpint (id, >, 0);

  click (editor, "status-not_accepted");
  WAIT_FOR ((dialog = find_dialog (editor, "reason-dialog")) != NULL);
  respond (dialog, "cancel");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_MEDIATION_STATUS_APPLIED);

  click (editor, "status-not_accepted");
  WAIT_FOR ((dialog = find_dialog (editor, "reason-dialog")) != NULL);
  set_text (dialog, "status-reason", "纠纷已诉至人民法院");
  respond (dialog, "apply");
  stored = stored_case (fixture->db, id);
  g_assert_cmpint (ld_mediation_case_get_status (stored), ==, LD_MEDIATION_STATUS_NOT_ACCEPTED);
  g_assert_cmpstr (ld_mediation_case_get_status_reason (stored), ==, "纠纷已诉至人民法院");
  g_clear_object (&stored);
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (get_named (editor, "status-row"))),
                   ==, "纠纷已诉至人民法院");

  /* Delete: asked first, then gone; the editor closes. */
  g_object_add_weak_pointer (G_OBJECT (editor), (gpointer *) &editor);
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.delete", NULL);
  expect_dialog (editor, "delete-dialog", "delete");
  WAIT_FOR (editor == NULL);
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
  g_autofree char *applied = day_text (-45);
  g_autofree char *accepted = day_text (-40);
  GtkWidget *row;
  gint64 id;

  fill_case (editor);
  set_text (editor, "applied-on", applied);
  set_text (editor, "accepted-on", accepted);
  ld_mediation_case_add_party (case_of (editor), applicant);
  ld_mediation_case_add_party (case_of (editor), respondent);
  /* Nothing runs before acceptance. */
  g_assert_null (find_named (GTK_WIDGET (editor), "reminder-0"));
  click (editor, "save-button");
  id = ld_mediation_case_get_id (case_of (editor));
  click (editor, "status-accepted");
  g_assert_cmpint (stored_status (fixture->db, id), ==, LD_MEDIATION_STATUS_ACCEPTED);
  row = get_named (editor, "reminder-0");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), !=, "");
  destroy_and_wait (editor);

  editor = open_editor (fixture->db, id);
  g_assert_true (gtk_widget_has_css_class (get_named (editor, "reminder-0"), "error"));
  g_assert_null (find_named (GTK_WIDGET (editor), "reminder-1"));
  destroy_and_wait (editor);
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
  g_assert_null (message_of (editor, "accepted-on", "error"));

  /* Accepted before the application. */
  set_text (editor, "applied-on", "2026-03-10");
  set_text (editor, "accepted-on", "2026-03-01");
  g_assert_nonnull (message_of (editor, "accepted-on", "error"));
  g_assert_true (gtk_widget_has_css_class (get_named (editor, "accepted-on"), "error"));
  click (editor, "save-button");
  expect_dialog (editor, "save-refused", "close");
  g_assert_cmpint (ld_mediation_case_get_id (case_of (editor)), ==, 0);

  /* A date that does not parse. */
  set_text (editor, "accepted-on", "2026-02-30");
  g_assert_nonnull (message_of (editor, "accepted-on", "error"));
  click (editor, "save-button");
  expect_dialog (editor, "save-refused", "close");
  g_assert_cmpint (ld_mediation_case_get_id (case_of (editor)), ==, 0);
  set_text (editor, "accepted-on", "2026-03-11");
  g_assert_null (message_of (editor, "accepted-on", "error"));

  /* A malformed ID number: the party dialog says so and will not save it. */
  click (editor, "add-party");
  WAIT_FOR ((dialog = find_window (GTK_TYPE_WINDOW, GTK_WINDOW (editor), "party-dialog")) != NULL);
  set_text (dialog, "name", "张三");
  set_text (dialog, "id-number", "110105194912310021");
  g_assert_nonnull (message_of (dialog, "id-number", "error"));
  g_assert_false (gtk_widget_is_sensitive (get_named (dialog, "party-dialog-save")));
  click (dialog, "party-dialog-cancel");
  WAIT_FOR (find_window (GTK_TYPE_WINDOW, GTK_WINDOW (editor), "party-dialog") == NULL);
  g_assert_cmpuint (g_list_model_get_n_items (ld_mediation_case_get_parties (case_of (editor))), ==, 0);

  /* One that came in otherwise (an old draft, an import) is refused by
   * Save, the message under the parties. */
  party = ld_mediation_party_new (LD_PARTY_ROLE_APPLICANT, LD_PARTY_TYPE_PERSON, "张三");
  ld_mediation_party_set_id_number (party, "110105194912310021");
  ld_mediation_case_add_party (case_of (editor), party);
  g_assert_nonnull (message_of (editor, "parties", NULL));
  click (editor, "save-button");
  expect_dialog (editor, "save-refused", "close");
  g_assert_cmpint (ld_mediation_case_get_id (case_of (editor)), ==, 0);

  ld_mediation_party_set_id_number (party, APPLICANT_ID);
  click (editor, "save-button");
  g_assert_cmpint (ld_mediation_case_get_id (case_of (editor)), >, 0);
  destroy_and_wait (editor);
}

/* Typed-in changes survive the window: kept as a draft, offered back when
 * the editor opens again, dropped by Save. */
static void
test_draft (Fixture       *fixture,
            gconstpointer  data)
{
  LdMediationEditor *editor = open_editor (fixture->db, 0);
  AdwMessageDialog *dialog;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  fill_case (editor);
  destroy_and_wait (editor);
  ids = ld_draft_store_list (fixture->db, "mediation", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_clear_pointer (&ids, g_array_unref);

  editor = open_editor (fixture->db, 0);
  g_assert_cmpstr (ld_mediation_case_get_title (case_of (editor)), ==, "");
  WAIT_FOR ((dialog = find_dialog (editor, "draft-dialog")) != NULL);
  respond (dialog, "restore");
  g_assert_cmpstr (ld_mediation_case_get_title (case_of (editor)), ==, "邻里宅基地排水纠纷");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (get_named (editor, "mediators"))), ==, "王调解、赵调解");
  g_assert_true (ld_mediation_editor_get_modified (editor));

  click (editor, "save-button");
  g_assert_cmpint (ld_mediation_case_get_id (case_of (editor)), >, 0);
  destroy_and_wait (editor);
  ids = ld_draft_store_list (fixture->db, "mediation", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
}

static LdMediationEditor *
find_editor (void)
{
  return (LdMediationEditor *) find_window (LD_TYPE_MEDIATION_EDITOR, NULL, NULL);
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
  set_text (editor, "title", "未保存的纠纷");
  destroy_and_wait (editor);

  page = ld_register_page_new (fixture->db, LD_RECORD_AREA_MEDIATION);
  gtk_window_set_child (window, page);
  gtk_window_present (window);
  WAIT_FOR ((editor = find_editor ()) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == window);
  expect_dialog (editor, "draft-dialog", "discard");
  ids = ld_draft_store_list (fixture->db, "mediation", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
  destroy_and_wait (editor);

  g_signal_emit_by_name (get_named (page, "new-mediation"), "clicked");
  WAIT_FOR ((editor = find_editor ()) != NULL);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == window);
  g_assert_cmpint (ld_mediation_case_get_id (case_of (editor)), ==, 0);
  fill_case (editor);
  click (editor, "save-button");
  id = ld_mediation_case_get_id (case_of (editor));
  g_assert_cmpint (id, >, 0);

  n_windows = g_list_model_get_n_items (toplevels);
  ld_mediation_editor_open (page, fixture->db, id);
  g_assert_cmpuint (g_list_model_get_n_items (toplevels), ==, n_windows);
  destroy_and_wait (editor);

  gtk_window_destroy (window);
  /* The list pages in worker threads: let them let go of the database. */
  WAIT_FOR (G_OBJECT (fixture->db)->ref_count == 1);
}

int
main (int   argc,
      char *argv[])
{
  /* In the language of the environment (Chinese under xvfb-wrapper.sh),
   * with the catalogue this build made. */
  setlocale (LC_ALL, "");
  if (g_getenv ("LD_BUILD_ROOT") != NULL)
    {
      g_autofree char *locale_dir = g_build_filename (g_getenv ("LD_BUILD_ROOT"), "po", NULL);

      bindtextdomain (GETTEXT_PACKAGE, locale_dir);
      bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
    }

  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/mediation-editor/application-to-agreement", test_application_to_agreement);
  ADD ("/ui/mediation-editor/reason-and-delete", test_reason_and_delete);
  ADD ("/ui/mediation-editor/overdue-reminder", test_overdue_reminder);
  ADD ("/ui/mediation-editor/bad-input", test_bad_input);
  ADD ("/ui/mediation-editor/draft", test_draft);
  ADD ("/ui/mediation-editor/register-page-hooks", test_register_page_hooks);
#undef ADD

  return g_test_run ();
}

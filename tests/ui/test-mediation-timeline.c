/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-mediation-timeline"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ld-attachment-launch.h"
#include "ld-attachment-store.h"
#include "ld-attachments-group.h"
#include "ld-mediation-store.h"
#include "ld-mediation-timeline.h"
#include "ld-ui-date.h"
#include "ld-ui-test-util.h"

typedef struct
{
  char                *dir;
  LdDatabase          *db;
  LdMediationCase     *mcase;
  GtkWindow           *window;
  LdMediationTimeline *timeline;
  guint                changes;
} Fixture;

static void
changed_cb (LdMediationCase *mcase,
            Fixture         *fixture)
{
  fixture->changes++;
}

/* A date @days from today (negative: ago), as a static string. */
static const char *
days_from_today (int days)
{
  static char text[16];
  g_autofree char *formatted = ld_ui_day_text (days);

  g_strlcpy (text, formatted, sizeof text);
  return text;
}

static void
set_date (LdMediationCase *mcase,
          void (*setter) (LdMediationCase *, const GDate *),
          int              days)
{
  GDate date;

  g_assert_true (ld_ui_date_parse (days_from_today (days), &date));
  setter (mcase, &date);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->db = ld_ui_open_tmp_database ("ld-mediation-timeline-XXXXXX", &fixture->dir);

  fixture->mcase = ld_mediation_case_new ();
  ld_mediation_case_set_title (fixture->mcase, "宅基地边界纠纷");
  ld_mediation_case_set_category (fixture->mcase, "邻里纠纷");
  set_date (fixture->mcase, ld_mediation_case_set_applied_on, -30);
  g_signal_connect (fixture->mcase, "changed", G_CALLBACK (changed_cb), fixture);

  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 700, 600);
  fixture->timeline = LD_MEDIATION_TIMELINE (ld_mediation_timeline_new ());
  ld_mediation_timeline_set_database (fixture->timeline, fixture->db);
  ld_mediation_timeline_set_case (fixture->timeline, fixture->mcase);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->timeline));
  gtk_window_present (fixture->window);
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (fixture->window)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ld_ui_destroy_and_wait (fixture->window);
  g_signal_handlers_disconnect_by_data (fixture->mcase, fixture);
  g_assert_finalize_object (fixture->mcase);
  ld_ui_close_tmp_database (fixture->db, fixture->dir);
}

/* Helpers */

/* The widget's own sensitivity, as set on it (not its ancestors'). */
static gboolean
is_sensitive (gpointer    root,
              const char *name)
{
  return gtk_widget_get_sensitive (ld_ui_get_named (root, name));
}

/* The names of the timeline's rows, top to bottom, joined by ' '. */
static char *
row_names (Fixture *fixture)
{
  GtkWidget *list = ld_ui_find_of_type (fixture->timeline, GTK_TYPE_LIST_BOX);
  g_autoptr(GString) names = g_string_new (NULL);

  g_assert_nonnull (list);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL; row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row))
      {
        if (names->len > 0)
          g_string_append_c (names, ' ');
        g_string_append (names, gtk_widget_get_name (row));
      }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

static GtkWindow *
open_new (Fixture    *fixture,
          const char *button,
          const char *dialog)
{
  ld_ui_click (fixture->timeline, button);
  return ld_ui_wait_for_window (GTK_TYPE_WINDOW, fixture->window, dialog);
}

static void
add_session (Fixture       *fixture,
             LdSessionKind  kind,
             int            days,
             const char    *place)
{
  GtkWindow *dialog = open_new (fixture, "add-session", "session-dialog");

  ld_ui_choose (dialog, "session-kind", kind);
  ld_ui_set_text (dialog, "session-date", days_from_today (days));
  ld_ui_set_text (dialog, "session-place", place);
  ld_ui_set_text (dialog, "session-participants", "张三、李四");
  ld_ui_set_text (dialog, "session-recorder", "王五");
  ld_ui_set_text (dialog, "session-record", "双方就宅基地边界陈述意见。\n申请人称……");
  g_assert_null (ld_ui_message_of (dialog, "session-date", "error"));
  ld_ui_click (dialog, "session-dialog-save");
  ld_ui_wait_for_no_window (GTK_TYPE_WINDOW, fixture->window, "session-dialog");
}

static void
add_visit (Fixture    *fixture,
           int         days,
           const char *visitor)
{
  GtkWindow *dialog = open_new (fixture, "add-visit", "visit-dialog");

  ld_ui_set_text (dialog, "visit-date", days_from_today (days));
  ld_ui_set_text (dialog, "visit-visitor", visitor);
  ld_ui_set_text (dialog, "visit-findings", "协议已履行，双方满意。");
  g_assert_null (ld_ui_message_of (dialog, "visit-date", "error"));
  ld_ui_click (dialog, "visit-dialog-save");
  ld_ui_wait_for_no_window (GTK_TYPE_WINDOW, fixture->window, "visit-dialog");
}

static LdMediationSession *
session_at (Fixture *fixture,
            guint    index)
{
  GPtrArray *sessions = ld_mediation_case_get_sessions (fixture->mcase);

  g_assert_cmpuint (index, <, sessions->len);
  return g_ptr_array_index (sessions, index);
}

/* Tests */

static void
test_add_in_date_order (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autofree char *names = NULL;
  LdMediationSession *session;
  LdReturnVisit *visit;
  g_autofree char *date = NULL;

  names = row_names (fixture);
  g_assert_cmpstr (names, ==, "timeline-empty");
  g_clear_pointer (&names, g_free);

  add_session (fixture, LD_SESSION_KIND_MEDIATION, -10, "村委会调解室");
  g_assert_cmpuint (ld_mediation_case_get_sessions (fixture->mcase)->len, ==, 1);
  session = session_at (fixture, 0);
  g_assert_cmpint (session->kind, ==, LD_SESSION_KIND_MEDIATION);
  date = ld_ui_date_to_text (&session->date);
  g_assert_cmpstr (date, ==, days_from_today (-10));
  g_assert_cmpstr (session->place, ==, "村委会调解室");
  g_assert_cmpstr (session->participants, ==, "张三、李四");
  g_assert_cmpstr (session->recorder, ==, "王五");
  g_assert_cmpstr (session->record, ==, "双方就宅基地边界陈述意见。\n申请人称……");

  add_visit (fixture, -5, "赵六");
  g_assert_cmpuint (ld_mediation_case_get_return_visits (fixture->mcase)->len, ==, 1);
  visit = g_ptr_array_index (ld_mediation_case_get_return_visits (fixture->mcase), 0);
  g_assert_cmpstr (visit->visitor, ==, "赵六");
  g_assert_cmpstr (visit->findings, ==, "协议已履行，双方满意。");

  /* Entered last, dated first. */
  add_session (fixture, LD_SESSION_KIND_INVESTIGATION, -20, "申请人家中");
  g_assert_cmpuint (ld_mediation_case_get_sessions (fixture->mcase)->len, ==, 2);
  g_assert_cmpint (session_at (fixture, 1)->kind, ==, LD_SESSION_KIND_INVESTIGATION);

  names = row_names (fixture);
  g_assert_cmpstr (names, ==, "session-1 session-0 visit-0");
  g_clear_pointer (&names, g_free);

  /* A visit on the day of a session comes after it. */
  add_visit (fixture, -10, "赵六");
  names = row_names (fixture);
  g_assert_cmpstr (names, ==, "session-1 session-0 visit-1 visit-0");
}

static void
test_invalid_dates (Fixture       *fixture,
                    gconstpointer  data)
{
  GtkWindow *dialog = open_new (fixture, "add-session", "session-dialog");
  GDate reached;

  /* Today by default: valid. */
  g_assert_cmpstr (ld_ui_get_text (dialog, "session-date"), ==, days_from_today (0));
  g_assert_true (is_sensitive (dialog, "session-dialog-save"));
  g_assert_null (ld_ui_message_of (dialog, "session-date", "error"));

  ld_ui_set_text (dialog, "session-date", days_from_today (3));
  g_assert_false (is_sensitive (dialog, "session-dialog-save"));
  g_assert_nonnull (ld_ui_message_of (dialog, "session-date", "error"));
  g_assert_cmpstr (ld_ui_message_of (dialog, "session-date", "error"), !=, "");

  ld_ui_set_text (dialog, "session-date", "2026-02-30");
  g_assert_false (is_sensitive (dialog, "session-dialog-save"));
  g_assert_nonnull (ld_ui_message_of (dialog, "session-date", "error"));

  ld_ui_set_text (dialog, "session-date", "");
  g_assert_false (is_sensitive (dialog, "session-dialog-save"));
  g_assert_nonnull (ld_ui_message_of (dialog, "session-date", "error"));

  /* Before the application. */
  ld_ui_set_text (dialog, "session-date", days_from_today (-31));
  g_assert_false (is_sensitive (dialog, "session-dialog-save"));
  g_assert_nonnull (ld_ui_message_of (dialog, "session-date", "error"));

  /* Enter does not save while invalid. */
  g_signal_emit_by_name (dialog, "activate-default");
  g_assert_true (ld_ui_find_window (GTK_TYPE_WINDOW, fixture->window, "session-dialog") == dialog);

  ld_ui_set_text (dialog, "session-date", days_from_today (-30));
  g_assert_true (is_sensitive (dialog, "session-dialog-save"));
  g_assert_null (ld_ui_message_of (dialog, "session-date", "error"));

  /* Cancel changes nothing. */
  ld_ui_set_text (dialog, "session-place", "村委会");
  ld_ui_click (dialog, "session-dialog-cancel");
  ld_ui_wait_for_no_window (GTK_TYPE_WINDOW, fixture->window, "session-dialog");
  g_assert_cmpuint (ld_mediation_case_get_sessions (fixture->mcase)->len, ==, 0);
  g_assert_cmpuint (fixture->changes, ==, 0);

  /* Escape neither. */
  dialog = open_new (fixture, "add-session", "session-dialog");
  gtk_widget_activate_action (GTK_WIDGET (dialog), "window.close", NULL);
  ld_ui_wait_for_no_window (GTK_TYPE_WINDOW, fixture->window, "session-dialog");
  g_assert_cmpuint (fixture->changes, ==, 0);

  /* A visit before the agreement. */
  g_assert_true (ld_ui_date_parse (days_from_today (-3), &reached));
  ld_mediation_agreement_set_reached_on (ld_mediation_case_get_agreement (fixture->mcase), &reached);
  fixture->changes = 0;
  dialog = open_new (fixture, "add-visit", "visit-dialog");
  ld_ui_set_text (dialog, "visit-date", days_from_today (-5));
  g_assert_false (is_sensitive (dialog, "visit-dialog-save"));
  g_assert_nonnull (ld_ui_message_of (dialog, "visit-date", "error"));
  ld_ui_set_text (dialog, "visit-date", "明天");
  g_assert_false (is_sensitive (dialog, "visit-dialog-save"));
  g_assert_nonnull (ld_ui_message_of (dialog, "visit-date", "error"));
  ld_ui_set_text (dialog, "visit-date", days_from_today (-3));
  g_assert_true (is_sensitive (dialog, "visit-dialog-save"));
  g_assert_null (ld_ui_message_of (dialog, "visit-date", "error"));
  ld_ui_click (dialog, "visit-dialog-cancel");
  ld_ui_wait_for_no_window (GTK_TYPE_WINDOW, fixture->window, "visit-dialog");
  g_assert_cmpuint (ld_mediation_case_get_return_visits (fixture->mcase)->len, ==, 0);
  g_assert_cmpuint (fixture->changes, ==, 0);
}

static void
test_edit (Fixture       *fixture,
           gconstpointer  data)
{
  GtkWindow *dialog;
  g_autofree char *names = NULL;

  add_session (fixture, LD_SESSION_KIND_INVESTIGATION, -20, "申请人家中");
  add_session (fixture, LD_SESSION_KIND_MEDIATION, -10, "村委会调解室");
  session_at (fixture, 0)->id = 7;  /* as if saved: the id must stay */

  g_signal_emit_by_name (ld_ui_get_named (fixture->timeline, "session-0"), "activate");
  dialog = ld_ui_wait_for_window (GTK_TYPE_WINDOW, fixture->window, "session-dialog");
  g_assert_cmpstr (ld_ui_get_text (dialog, "session-place"), ==, "申请人家中");
  g_assert_cmpstr (ld_ui_get_text (dialog, "session-date"), ==, days_from_today (-20));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ld_ui_get_named (dialog, "session-kind"))), ==,
                    LD_SESSION_KIND_INVESTIGATION);

  /* Moved after the other one; Enter saves. */
  ld_ui_set_text (dialog, "session-place", "被申请人家中");
  ld_ui_set_text (dialog, "session-date", days_from_today (-5));
  g_signal_emit_by_name (dialog, "activate-default");
  ld_ui_wait_for_no_window (GTK_TYPE_WINDOW, fixture->window, "session-dialog");

  g_assert_cmpuint (ld_mediation_case_get_sessions (fixture->mcase)->len, ==, 2);
  g_assert_cmpstr (session_at (fixture, 0)->place, ==, "被申请人家中");
  g_assert_cmpint (session_at (fixture, 0)->id, ==, 7);
  g_assert_cmpstr (session_at (fixture, 1)->place, ==, "村委会调解室");
  names = row_names (fixture);
  g_assert_cmpstr (names, ==, "session-1 session-0");
  g_clear_pointer (&names, g_free);

  /* A visit opens its own dialog. */
  add_visit (fixture, -1, "赵六");
  g_signal_emit_by_name (ld_ui_get_named (fixture->timeline, "visit-0"), "activate");
  dialog = ld_ui_wait_for_window (GTK_TYPE_WINDOW, fixture->window, "visit-dialog");
  g_assert_cmpstr (ld_ui_get_text (dialog, "visit-visitor"), ==, "赵六");
  ld_ui_set_text (dialog, "visit-visitor", "钱七");
  ld_ui_click (dialog, "visit-dialog-save");
  ld_ui_wait_for_no_window (GTK_TYPE_WINDOW, fixture->window, "visit-dialog");
  g_assert_cmpstr (((LdReturnVisit *) g_ptr_array_index (ld_mediation_case_get_return_visits (fixture->mcase), 0))->visitor,
                   ==, "钱七");
}

static void
test_remove (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *names = NULL;
  GtkWindow *confirm;

  add_session (fixture, LD_SESSION_KIND_INVESTIGATION, -20, "申请人家中");
  add_session (fixture, LD_SESSION_KIND_MEDIATION, -10, "村委会调解室");
  add_visit (fixture, -2, "赵六");

  ld_ui_click (fixture->timeline, "session-0-remove");
  confirm = ld_ui_wait_for_window (GTK_TYPE_WINDOW, fixture->window, "remove-dialog");
  ld_ui_respond (confirm, "cancel");
  g_assert_cmpuint (ld_mediation_case_get_sessions (fixture->mcase)->len, ==, 2);

  ld_ui_click (fixture->timeline, "session-0-remove");
  confirm = ld_ui_wait_for_window (GTK_TYPE_WINDOW, fixture->window, "remove-dialog");
  ld_ui_respond (confirm, "remove");
  g_assert_cmpuint (ld_mediation_case_get_sessions (fixture->mcase)->len, ==, 1);
  g_assert_cmpstr (session_at (fixture, 0)->place, ==, "村委会调解室");
  names = row_names (fixture);
  g_assert_cmpstr (names, ==, "session-0 visit-0");
  g_clear_pointer (&names, g_free);

  ld_ui_click (fixture->timeline, "visit-0-remove");
  confirm = ld_ui_wait_for_window (GTK_TYPE_WINDOW, fixture->window, "remove-dialog");
  ld_ui_respond (confirm, "remove");
  g_assert_cmpuint (ld_mediation_case_get_return_visits (fixture->mcase)->len, ==, 0);

  ld_ui_click (fixture->timeline, "session-0-remove");
  confirm = ld_ui_wait_for_window (GTK_TYPE_WINDOW, fixture->window, "remove-dialog");
  ld_ui_respond (confirm, "remove");
  names = row_names (fixture);
  g_assert_cmpstr (names, ==, "timeline-empty");
}

static void
print_record_cb (LdMediationTimeline *timeline,
                 guint                index,
                 int                 *out)
{
  *out = (int) index;
}

static void
test_print_record (Fixture       *fixture,
                   gconstpointer  data)
{
  int printed = -1;

  add_session (fixture, LD_SESSION_KIND_INVESTIGATION, -20, "申请人家中");
  add_session (fixture, LD_SESSION_KIND_MEDIATION, -10, "村委会调解室");
  add_visit (fixture, -2, "赵六");
  g_signal_connect (fixture->timeline, "print-record", G_CALLBACK (print_record_cb), &printed);

  ld_ui_click (fixture->timeline, "session-1-print");
  g_assert_cmpint (printed, ==, 1);
  ld_ui_click (fixture->timeline, "session-0-print");
  g_assert_cmpint (printed, ==, 0);
  /* Visits have no record to print. */
  g_assert_null (ld_ui_find_named (fixture->timeline, "visit-0-print"));
}

static void
test_issues (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  g_autoptr(LdMediationSession) session = ld_mediation_session_new (LD_SESSION_KIND_MEDIATION, NULL);
  GtkWidget *sessions = ld_ui_get_named (fixture->timeline, "sessions-message");
  GtkWidget *visits = ld_ui_get_named (fixture->timeline, "return-visits-message");

  g_assert_false (gtk_widget_get_visible (sessions));
  ld_mediation_case_add_session (fixture->mcase, session);
  g_assert_false (ld_mediation_case_validate (fixture->mcase, NULL, issues));
  ld_mediation_timeline_show_issues (fixture->timeline, issues);
  g_assert_true (gtk_widget_get_visible (sessions));
  g_assert_true (gtk_widget_has_css_class (sessions, "error"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (sessions)), ==, ld_field_issues_find (issues, "sessions")->message);
  g_assert_false (gtk_widget_get_visible (visits));
  /* The undated session is listed last. */
  g_assert_nonnull (ld_ui_get_named (fixture->timeline, "session-0"));

  ld_mediation_timeline_show_issues (fixture->timeline, NULL);
  g_assert_false (gtk_widget_get_visible (sessions));
}

static guint
n_attachment_rows (GtkWindow *dialog)
{
  GtkWidget *group = gtk_widget_get_ancestor (ld_ui_get_named (dialog, "add-attachment"), LD_TYPE_ATTACHMENTS_GROUP);

  return ld_attachments_group_get_n_rows (LD_ATTACHMENTS_GROUP (group));
}

static void
test_attachments (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) photo = g_bytes_new_static ("\x89PNG fake", 9);
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  const char *subtitle;
  GtkWindow *dialog;
  gint64 session_id;
  gint64 case_id;

  /* An unsaved session says to save first. */
  add_session (fixture, LD_SESSION_KIND_INVESTIGATION, -20, "申请人家中");
  g_signal_emit_by_name (ld_ui_get_named (fixture->timeline, "session-0"), "activate");
  dialog = ld_ui_wait_for_window (GTK_TYPE_WINDOW, fixture->window, "session-dialog");
  g_assert_false (is_sensitive (dialog, "add-attachment"));
  g_assert_cmpuint (n_attachment_rows (dialog), ==, 0);
  ld_ui_click (dialog, "session-dialog-cancel");
  ld_ui_wait_for_no_window (GTK_TYPE_WINDOW, fixture->window, "session-dialog");

  case_id = ld_mediation_store_insert (fixture->db, fixture->mcase, &error);
  g_assert_no_error (error);
  g_assert_cmpint (case_id, >, 0);
  session_id = session_at (fixture, 0)->id;
  g_assert_cmpint (session_id, >, 0);

  g_assert_cmpint (ld_attachment_store_add (fixture->db, LD_MEDIATION_SESSION_TABLE, session_id,
                                            "现场照片.png", "image/png", photo, &error), >, 0);
  g_assert_no_error (error);
  g_assert_cmpint (ld_attachment_store_add (fixture->db, LD_MEDIATION_SESSION_TABLE, session_id,
                                            "证据清单.pdf", "application/pdf", photo, &error), >, 0);
  g_assert_no_error (error);
  /* Another record's file is not this session's. */
  g_assert_cmpint (ld_attachment_store_add (fixture->db, LD_MEDIATION_SESSION_TABLE, session_id + 1000,
                                            "别的.png", "image/png", photo, &error), >, 0);
  g_assert_no_error (error);

  g_signal_emit_by_name (ld_ui_get_named (fixture->timeline, "session-0"), "activate");
  dialog = ld_ui_wait_for_window (GTK_TYPE_WINDOW, fixture->window, "session-dialog");
  g_assert_true (is_sensitive (dialog, "add-attachment"));
  g_assert_cmpuint (n_attachment_rows (dialog), ==, 2);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (ld_ui_get_named (dialog, "attachment-0"))),
                   ==, "现场照片.png");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (ld_ui_get_named (dialog, "attachment-1"))),
                   ==, "证据清单.pdf");

  /* Added as the file chooser would, read off the main thread. */
  path = g_build_filename (fixture->dir, "调解笔录扫描.pdf", NULL);
  g_assert_true (g_file_set_contents (path, "%PDF-1.4 fake", -1, &error));
  g_assert_no_error (error);
  file = g_file_new_for_path (path);
  ld_attachments_group_add_file (LD_ATTACHMENTS_GROUP (gtk_widget_get_ancestor (ld_ui_get_named (dialog, "add-attachment"),
                                                                                LD_TYPE_ATTACHMENTS_GROUP)),
                                 file);
  LD_UI_WAIT_FOR (n_attachment_rows (dialog) == 3);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (ld_ui_get_named (dialog, "attachment-2"))),
                   ==, "调解笔录扫描.pdf");

  /* Removed after asking. */
  ld_ui_click (ld_ui_get_named (dialog, "attachment-0"), "remove");
  ld_ui_respond (ld_ui_wait_for_window (GTK_TYPE_WINDOW, dialog, "remove-attachment-dialog"), "cancel");
  g_assert_cmpuint (n_attachment_rows (dialog), ==, 3);
  ld_ui_click (ld_ui_get_named (dialog, "attachment-0"), "remove");
  ld_ui_respond (ld_ui_wait_for_window (GTK_TYPE_WINDOW, dialog, "remove-attachment-dialog"), "remove");
  g_assert_cmpuint (n_attachment_rows (dialog), ==, 2);
  stored = ld_attachment_store_list (fixture->db, LD_MEDIATION_SESSION_TABLE, session_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, ==, 2);
  g_assert_cmpstr (ld_attachment_get_file_name (g_ptr_array_index (stored, 0)), ==, "证据清单.pdf");

  ld_ui_click (dialog, "session-dialog-cancel");
  ld_ui_wait_for_no_window (GTK_TYPE_WINDOW, fixture->window, "session-dialog");
  g_unlink (path);

  /* The row counts them. */
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (ld_ui_get_named (fixture->timeline, "session-0")));
  expected = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u attachment", "%u attachments", 2), 2);
  g_assert_true (g_str_has_suffix (subtitle, expected));
}

static guint
mode_of (const char *path)
{
  GStatBuf buf;

  g_assert_cmpint (g_lstat (path, &buf), ==, 0);
  return buf.st_mode & 0777;
}

/* A copy of an attachment opened in another application goes to a
 * private folder of this run under $XDG_RUNTIME_DIR (main() points it at
 * a temporary folder), which goes when the application shuts down; the
 * folders of earlier runs that are gone are removed at start-up, those
 * of runs still going are kept. */
static void
test_attachment_copies (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) scan = g_bytes_new_static ("\x89PNG scan", 9);
  g_autoptr(LdAttachment) attachment = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *path = NULL;
  g_autofree char *copy_dir = NULL;
  g_autofree char *run_dir = ld_attachment_exports_get_dir ();
  g_autofree char *root = g_build_filename (g_getenv ("XDG_RUNTIME_DIR"), "legal-desk", NULL);
  g_autofree char *gone_name = g_strdup_printf ("attachments-%d", G_MAXINT - 1);
  g_autofree char *gone_dir = g_build_filename (root, gone_name, NULL);
  g_autofree char *gone_file = g_build_filename (gone_dir, "身份证.png", NULL);
  g_autofree char *alive_name = g_strdup_printf ("attachments-%ld", (long) getppid ());
  g_autofree char *alive_dir = g_build_filename (root, alive_name, NULL);
  g_autofree char *contents = NULL;
  gsize length;
  gint64 id;

  id = ld_attachment_store_add (fixture->db, LD_MEDIATION_SESSION_TABLE, 1, "身份证扫描.png",
                                "image/png", scan, &error);
  g_assert_no_error (error);
  attachment = ld_attachment_store_get (fixture->db, id, &error);
  g_assert_no_error (error);

  uri = ld_attachment_export_uri (fixture->db, attachment, &error);
  g_assert_no_error (error);
  path = g_filename_from_uri (uri, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (path, run_dir));
  g_assert_true (g_str_has_prefix (run_dir, root));
  g_assert_true (g_str_has_suffix (path, "/身份证扫描.png"));
  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (contents, length, g_bytes_get_data (scan, NULL), g_bytes_get_size (scan));
  copy_dir = g_path_get_dirname (path);
  g_assert_cmpuint (mode_of (path), ==, 0600);
  g_assert_cmpuint (mode_of (copy_dir), ==, 0700);
  g_assert_cmpuint (mode_of (run_dir), ==, 0700);

  /* Left by runs that crashed (a process that is gone) or still going. */
  g_assert_cmpint (g_mkdir_with_parents (gone_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (gone_file, "scan", -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_mkdir_with_parents (alive_dir, 0700), ==, 0);
  ld_attachment_exports_remove_stale ();
  g_assert_false (g_file_test (gone_dir, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (alive_dir, G_FILE_TEST_IS_DIR));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));

  /* Shutting down removes this run's copies. */
  ld_attachment_exports_remove ();
  g_assert_false (g_file_test (run_dir, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (alive_dir, G_FILE_TEST_IS_DIR));
  g_assert_cmpint (g_rmdir (alive_dir), ==, 0);
  g_assert_cmpint (g_rmdir (root), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *runtime_dir = g_dir_make_tmp ("ld-mediation-timeline-run-XXXXXX", NULL);
  int status;

  g_assert_nonnull (runtime_dir);
  /* Before GLib reads it: where the attachment copies go. */
  g_setenv ("XDG_RUNTIME_DIR", runtime_dir, TRUE);
  ld_ui_use_environment_language ();

  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/mediation-timeline/add-in-date-order", test_add_in_date_order);
  ADD ("/ui/mediation-timeline/invalid-dates", test_invalid_dates);
  ADD ("/ui/mediation-timeline/edit", test_edit);
  ADD ("/ui/mediation-timeline/remove", test_remove);
  ADD ("/ui/mediation-timeline/print-record", test_print_record);
  ADD ("/ui/mediation-timeline/issues", test_issues);
  ADD ("/ui/mediation-timeline/attachments", test_attachments);
  ADD ("/ui/mediation-timeline/attachment-copies", test_attachment_copies);
#undef ADD

  status = g_test_run ();
  g_rmdir (runtime_dir);
  return status;
}

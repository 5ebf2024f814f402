/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-mediation-agreement"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ld-date-format.h"
#include "ld-mediation-agreement-editor.h"
#include "ld-mediation-term-dialog.h"
#include "ld-ui-date.h"
#include "ld-ui-test-util.h"

#define BAD_DATE_MESSAGE "Enter the date as year-month-day, e.g. 2026-11-25."

typedef struct
{
  GtkWindow                  *window;
  LdMediationAgreementEditor *editor;
  LdMediationCase            *mcase;
  LdMediationAgreement       *agreement;  /* the case's */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  fixture->mcase = ld_mediation_case_new ();
  fixture->agreement = ld_mediation_case_get_agreement (fixture->mcase);
  fixture->editor = LD_MEDIATION_AGREEMENT_EDITOR (ld_mediation_agreement_editor_new ());
  ld_mediation_agreement_editor_set_case (fixture->editor, fixture->mcase);

  /* As the editor window holds it: under the window's toast overlay. */
  fixture->window = GTK_WINDOW (adw_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 700);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (fixture->editor));
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), scrolled);
  adw_window_set_content (ADW_WINDOW (fixture->window), overlay);
  gtk_window_present (fixture->window);
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (fixture->editor)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ld_ui_destroy_and_wait (fixture->window);
  /* The editor let go of the case. */
  g_assert_finalize_object (fixture->mcase);
}

/* Helpers */

/* The open term dialog, or NULL. */
static LdMediationTermDialog *
find_term_dialog (void)
{
  return (LdMediationTermDialog *) ld_ui_find_window (LD_TYPE_MEDIATION_TERM_DIALOG, NULL, NULL);
}

static LdMediationTermDialog *
open_dialog (Fixture    *fixture,
             const char *button)
{
  LdMediationTermDialog *dialog;

  g_assert_null (find_term_dialog ());
  ld_ui_click (fixture->editor, button);
  dialog = find_term_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (dialog)), ==, "term-dialog");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == fixture->window);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  return dialog;
}

static void
save_dialog (LdMediationTermDialog *dialog)
{
  ld_ui_click (dialog, "term-dialog-save");
  g_assert_null (find_term_dialog ());
}

static void
add_term (Fixture    *fixture,
          const char *content,
          const char *method,
          const char *deadline)
{
  LdMediationTermDialog *dialog = open_dialog (fixture, "add-term");

  ld_ui_set_text (dialog, "term-content", content);
  ld_ui_set_text (dialog, "term-method", method);
  ld_ui_set_text (dialog, "term-deadline", deadline);
  save_dialog (dialog);
}

static const char *
term_content (Fixture  *fixture,
              unsigned  index)
{
  return ld_mediation_agreement_get_term (fixture->agreement, index)->content;
}

static const char *
row_title (Fixture    *fixture,
           const char *name)
{
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (ld_ui_get_named (fixture->editor, name)));
}

static void
make_date (GDate *date,
           int    year,
           int    month,
           int    day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

/* Tests */

static void
test_terms (Fixture       *fixture,
            gconstpointer  data)
{
  GtkWidget *empty = ld_ui_get_named (fixture->editor, "terms-empty");
  GtkWidget *undo;
  g_autofree char *deadline = ld_format_list_date ("2026-12-31");
  g_autofree char *expected = NULL;
  LdMediationTermDialog *dialog;
  GDate date;

  /* No terms: the empty state says what to do. */
  g_assert_true (gtk_widget_get_child_visible (empty));
  g_assert_null (ld_ui_find_named (fixture->editor, "term-0"));

  /* A new term starts without complaints, but Save waits for it. */
  dialog = open_dialog (fixture, "add-term");
  g_assert_false (ld_ui_is_sensitive (dialog, "term-dialog-save"));
  g_assert_null (ld_ui_message_of (dialog, "term-content", NULL));
  g_assert_null (ld_ui_message_of (dialog, "term-method", NULL));
  /* Nothing performed yet: the performance is not asked for. */
  g_assert_false (gtk_widget_is_visible (ld_ui_get_named (dialog, "term-status")));
  ld_ui_click (dialog, "term-dialog-cancel");
  g_assert_null (find_term_dialog ());
  g_assert_cmpuint (ld_mediation_agreement_get_n_terms (fixture->agreement), ==, 0);

  add_term (fixture, "被申请人赔偿申请人医疗费人民币伍仟元", "银行转账", "2026-12-31");
  add_term (fixture, "被申请人向申请人赔礼道歉", "当面", "");
  g_assert_cmpuint (ld_mediation_agreement_get_n_terms (fixture->agreement), ==, 2);
  /* The third without a method: Save waits for it. */
  dialog = open_dialog (fixture, "add-term");
  ld_ui_set_text (dialog, "term-content", "双方就本纠纷再无其他争议");
  g_assert_false (ld_ui_is_sensitive (dialog, "term-dialog-save"));
  ld_ui_set_text (dialog, "term-method", "书面确认");
  save_dialog (dialog);

  g_assert_cmpuint (ld_mediation_agreement_get_n_terms (fixture->agreement), ==, 3);
  g_assert_false (gtk_widget_get_child_visible (empty));
  g_assert_cmpstr (term_content (fixture, 0), ==, "被申请人赔偿申请人医疗费人民币伍仟元");
  make_date (&date, 2026, 12, 31);
  g_assert_cmpint (g_date_compare (&ld_mediation_agreement_get_term (fixture->agreement, 0)->deadline,
                                   &date), ==, 0);
  g_assert_false (g_date_valid (&ld_mediation_agreement_get_term (fixture->agreement, 1)->deadline));
  g_assert_cmpstr (ld_mediation_agreement_get_term (fixture->agreement, 2)->method, ==, "书面确认");

  /* "1. content — method, by deadline" */
  expected = g_strdup_printf (_("%u. %s — %s, by %s"), 1, "被申请人赔偿申请人医疗费人民币伍仟元",
                              "银行转账", deadline);
  g_assert_cmpstr (row_title (fixture, "term-0"), ==, expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf (_("%u. %s — %s"), 2, "被申请人向申请人赔礼道歉", "当面");
  g_assert_cmpstr (row_title (fixture, "term-1"), ==, expected);

  /* Editing keeps the order and changes the one term. */
  dialog = open_dialog (fixture, "term-1-edit");
  g_assert_cmpstr (ld_ui_get_text (dialog, "term-method"), ==, "当面");
  ld_ui_set_text (dialog, "term-method", "当面或书面");
  save_dialog (dialog);
  g_assert_cmpstr (ld_mediation_agreement_get_term (fixture->agreement, 1)->method, ==, "当面或书面");

  /* Reorder: the ends cannot move past the ends. */
  g_assert_false (ld_ui_is_sensitive (fixture->editor, "term-0-up"));
  g_assert_false (ld_ui_is_sensitive (fixture->editor, "term-2-down"));
  ld_ui_click (fixture->editor, "term-2-up");
  g_assert_cmpstr (term_content (fixture, 1), ==, "双方就本纠纷再无其他争议");
  g_assert_cmpstr (term_content (fixture, 2), ==, "被申请人向申请人赔礼道歉");
  g_assert_true (g_str_has_prefix (row_title (fixture, "term-1"), "2. 双方"));
  /* The keyboard stays on the term that moved. */
  g_assert_true (gtk_widget_has_focus (ld_ui_get_named (fixture->editor, "term-1-up")));
  ld_ui_click (fixture->editor, "term-0-down");
  g_assert_true (gtk_widget_has_focus (ld_ui_get_named (fixture->editor, "term-1-down")));
  g_assert_cmpstr (term_content (fixture, 0), ==, "双方就本纠纷再无其他争议");
  g_assert_cmpstr (term_content (fixture, 1), ==, "被申请人赔偿申请人医疗费人民币伍仟元");

  /* Remove, then Undo puts it back where it was, once. */
  ld_ui_click (fixture->editor, "term-1-remove");
  g_assert_cmpuint (ld_mediation_agreement_get_n_terms (fixture->agreement), ==, 2);
  g_assert_cmpstr (term_content (fixture, 1), ==, "被申请人向申请人赔礼道歉");
  g_assert_null (ld_ui_find_named (fixture->editor, "term-2"));
  undo = ld_ui_find_button (fixture->window, _("_Undo"));
  g_assert_nonnull (undo);
  g_assert_nonnull (gtk_widget_get_ancestor (undo, ADW_TYPE_TOAST_OVERLAY));
  g_signal_emit_by_name (undo, "clicked");
  g_assert_cmpuint (ld_mediation_agreement_get_n_terms (fixture->agreement), ==, 3);
  g_assert_cmpstr (term_content (fixture, 1), ==, "被申请人赔偿申请人医疗费人民币伍仟元");
  g_assert_cmpstr (term_content (fixture, 2), ==, "被申请人向申请人赔礼道歉");
  g_assert_nonnull (ld_ui_find_named (fixture->editor, "term-2"));

  /* Removing everything brings the empty state back. */
  for (int i = 0; i < 3; i++)
    ld_ui_click (fixture->editor, "term-0-remove");
  g_assert_cmpuint (ld_mediation_agreement_get_n_terms (fixture->agreement), ==, 0);
  g_assert_true (gtk_widget_get_child_visible (empty));
}

static void
test_term_validation (Fixture       *fixture,
                      gconstpointer  data)
{
  LdMediationTermDialog *dialog = open_dialog (fixture, "add-term");
  const char *message;

  /* Content but no method: Save stays disabled and says why. */
  ld_ui_set_text (dialog, "term-content", "被申请人返还借款人民币叁万元");
  g_assert_false (ld_ui_is_sensitive (dialog, "term-dialog-save"));
  g_assert_null (ld_ui_message_of (dialog, "term-content", NULL));
  message = ld_ui_message_of (dialog, "term-method", NULL);
  g_assert_nonnull (message);
  g_assert_cmpstr (message, ==, _("Say how the term is performed, e.g. by bank transfer."));
  g_assert_false (ld_mediation_term_dialog_is_valid (dialog));
  g_assert_null (ld_mediation_term_dialog_get_term (dialog));

  /* Spaces are not a method. */
  ld_ui_set_text (dialog, "term-method", "   ");
  g_assert_false (ld_ui_is_sensitive (dialog, "term-dialog-save"));
  ld_ui_set_text (dialog, "term-method", "现金");
  g_assert_true (ld_ui_is_sensitive (dialog, "term-dialog-save"));
  g_assert_null (ld_ui_message_of (dialog, "term-method", NULL));

  /* A deadline that does not exist. */
  ld_ui_set_text (dialog, "term-deadline", "2026-02-30");
  g_assert_false (ld_ui_is_sensitive (dialog, "term-dialog-save"));
  g_assert_cmpstr (ld_ui_message_of (dialog, "term-deadline", NULL), ==, _(BAD_DATE_MESSAGE));
  ld_ui_set_text (dialog, "term-deadline", "2026年3月1日");
  g_assert_true (ld_ui_is_sensitive (dialog, "term-dialog-save"));
  g_assert_null (ld_ui_message_of (dialog, "term-deadline", NULL));

  /* No content. */
  ld_ui_set_text (dialog, "term-content", "");
  g_assert_false (ld_ui_is_sensitive (dialog, "term-dialog-save"));
  g_assert_cmpstr (ld_ui_message_of (dialog, "term-content", NULL), ==,
                   _("Write what the parties agreed to in this term."));
  ld_ui_click (dialog, "term-dialog-cancel");
  g_assert_null (find_term_dialog ());
  g_assert_cmpuint (ld_mediation_agreement_get_n_terms (fixture->agreement), ==, 0);

  /* An existing term without a method (as stored) says so at once; the
   * agreement's own check is shown under the terms. */
  {
    g_autoptr(LdMediationTerm) term = ld_mediation_term_new ("被申请人返还借款", NULL, NULL);
    g_autoptr(GPtrArray) issues = ld_field_issues_new ();

    ld_mediation_agreement_append_term (fixture->agreement, term);
    ld_mediation_agreement_validate (fixture->agreement, issues);
    ld_mediation_agreement_editor_show_issues (fixture->editor, issues);
    g_assert_cmpstr (ld_ui_message_of (fixture->editor, "agreement-terms", NULL), ==,
                     ld_field_issues_find (issues, "agreement-terms")->message);
  }
  dialog = open_dialog (fixture, "term-0-edit");
  g_assert_false (ld_ui_is_sensitive (dialog, "term-dialog-save"));
  g_assert_nonnull (ld_ui_message_of (dialog, "term-method", NULL));
  ld_ui_click (dialog, "term-dialog-cancel");
  ld_mediation_agreement_editor_show_issues (fixture->editor, NULL);
  g_assert_null (ld_ui_message_of (fixture->editor, "agreement-terms", NULL));
}

static void
test_performance_locked (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(LdMediationTerm) first = NULL;
  g_autoptr(LdMediationTerm) second = ld_mediation_term_new ("赔礼道歉", "当面", NULL);
  LdMediationTermDialog *dialog;
  const LdMediationTerm *term;
  GtkWidget *badge;
  GDate date;

  make_date (&date, 2026, 12, 31);
  first = ld_mediation_term_new ("赔偿人民币伍仟元", "银行转账", &date);
  ld_mediation_agreement_append_term (fixture->agreement, first);
  ld_mediation_agreement_append_term (fixture->agreement, second);
  g_assert_nonnull (ld_ui_find_named (fixture->editor, "term-1"));

  /* Performance before locking: the edit dialog shows it too. */
  badge = ld_ui_get_named (fixture->editor, "term-0-status");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (badge)), ==,
                   ld_performance_status_get_label (LD_PERFORMANCE_PENDING));

  ld_mediation_agreement_editor_set_terms_locked (fixture->editor, TRUE);
  g_assert_true (gtk_widget_is_visible (ld_ui_get_named (fixture->editor, "terms-locked")));
  g_assert_false (ld_ui_is_sensitive (fixture->editor, "add-term"));
  g_assert_false (ld_ui_is_sensitive (fixture->editor, "term-0-edit"));
  g_assert_false (ld_ui_is_sensitive (fixture->editor, "term-0-down"));
  g_assert_false (ld_ui_is_sensitive (fixture->editor, "term-1-up"));
  g_assert_false (ld_ui_is_sensitive (fixture->editor, "term-1-remove"));
  g_assert_true (ld_ui_is_sensitive (fixture->editor, "term-0-performance"));

  /* Even a forced click changes nothing. */
  g_signal_emit_by_name (ld_ui_get_named (fixture->editor, "term-1-remove"), "clicked");
  g_signal_emit_by_name (ld_ui_get_named (fixture->editor, "term-1-up"), "clicked");
  g_signal_emit_by_name (ld_ui_get_named (fixture->editor, "add-term"), "clicked");
  g_assert_null (find_term_dialog ());
  g_assert_cmpuint (ld_mediation_agreement_get_n_terms (fixture->agreement), ==, 2);
  g_assert_cmpstr (term_content (fixture, 0), ==, "赔偿人民币伍仟元");

  /* The performance dialog shows the term but does not let it change. */
  dialog = open_dialog (fixture, "term-0-performance");
  g_assert_cmpint (ld_mediation_term_dialog_get_mode (dialog), ==, LD_TERM_DIALOG_PERFORMANCE);
  g_assert_false (gtk_text_view_get_editable (GTK_TEXT_VIEW (ld_ui_get_named (dialog, "term-content"))));
  g_assert_false (ld_ui_is_sensitive (dialog, "term-method"));
  g_assert_false (ld_ui_is_sensitive (dialog, "term-deadline"));
  ld_ui_set_text (dialog, "term-content", "改过的条款");
  ld_ui_choose (dialog, "term-status", LD_PERFORMANCE_PERFORMED);
  ld_ui_set_text (dialog, "term-performed-on", "2026-12-32");
  g_assert_false (ld_ui_is_sensitive (dialog, "term-dialog-save"));
  g_assert_cmpstr (ld_ui_message_of (dialog, "term-performed-on", NULL), ==, _(BAD_DATE_MESSAGE));
  ld_ui_set_text (dialog, "term-performed-on", "2026-12-20");
  ld_ui_set_text (dialog, "term-note", "银行回单已存档");
  save_dialog (dialog);

  term = ld_mediation_agreement_get_term (fixture->agreement, 0);
  g_assert_cmpstr (term->content, ==, "赔偿人民币伍仟元");
  g_assert_cmpstr (term->method, ==, "银行转账");
  g_assert_cmpint (g_date_compare (&term->deadline, &date), ==, 0);
  g_assert_cmpint (term->status, ==, LD_PERFORMANCE_PERFORMED);
  make_date (&date, 2026, 12, 20);
  g_assert_cmpint (g_date_compare (&term->performed_on, &date), ==, 0);
  g_assert_cmpstr (term->note, ==, "银行回单已存档");
  g_assert_cmpint (ld_mediation_agreement_get_term (fixture->agreement, 1)->status, ==,
                   LD_PERFORMANCE_PENDING);

  /* The row shows it. */
  badge = ld_ui_get_named (fixture->editor, "term-0-status");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (badge)), ==,
                   ld_performance_status_get_label (LD_PERFORMANCE_PERFORMED));
  g_assert_true (gtk_widget_has_css_class (badge, "success"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (ld_ui_get_named (fixture->editor,
                                                                                          "term-0"))),
                            "银行回单已存档"));

  /* Activating a locked row opens the performance, not the term. */
  g_signal_emit_by_name (ld_ui_get_named (fixture->editor, "term-1"), "activated");
  dialog = find_term_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpint (ld_mediation_term_dialog_get_mode (dialog), ==, LD_TERM_DIALOG_PERFORMANCE);
  ld_ui_choose (dialog, "term-status", LD_PERFORMANCE_NOT_PERFORMED);
  save_dialog (dialog);
  g_assert_cmpint (ld_mediation_agreement_get_term (fixture->agreement, 1)->status, ==,
                   LD_PERFORMANCE_NOT_PERFORMED);
  g_assert_cmpstr (term_content (fixture, 1), ==, "赔礼道歉");

  /* Unlocked again, the terms can change. */
  ld_mediation_agreement_editor_set_terms_locked (fixture->editor, FALSE);
  g_assert_false (gtk_widget_is_visible (ld_ui_get_named (fixture->editor, "terms-locked")));
  g_assert_true (ld_ui_is_sensitive (fixture->editor, "add-term"));
  g_assert_true (ld_ui_is_sensitive (fixture->editor, "term-0-edit"));
  ld_ui_click (fixture->editor, "term-1-up");
  g_assert_cmpstr (term_content (fixture, 0), ==, "赔礼道歉");
}

static void
test_dates (Fixture       *fixture,
            gconstpointer  data)
{
  LdMediationAgreementEditor *editor = fixture->editor;
  LdMediationAgreement *agreement = fixture->agreement;
  GDate date;

  g_assert_cmpstr (ld_ui_get_text (editor, "agreement-reached-on"), ==, "");

  ld_ui_set_text (editor, "agreement-reached-on", "2026-11-05");
  make_date (&date, 2026, 11, 5);
  g_assert_nonnull (ld_mediation_agreement_get_reached_on (agreement));
  g_assert_cmpint (g_date_compare (ld_mediation_agreement_get_reached_on (agreement), &date), ==, 0);
  g_assert_null (ld_ui_message_of (editor, "agreement-reached-on", NULL));

  /* A day that does not exist: a message, and the agreement keeps its date. */
  ld_ui_set_text (editor, "agreement-reached-on", "2026-02-30");
  g_assert_cmpstr (ld_ui_message_of (editor, "agreement-reached-on", NULL), ==, _(BAD_DATE_MESSAGE));
  g_assert_cmpint (g_date_compare (ld_mediation_agreement_get_reached_on (agreement), &date), ==, 0);
  ld_ui_set_text (editor, "agreement-reached-on", "next week");
  g_assert_nonnull (ld_ui_message_of (editor, "agreement-reached-on", NULL));
  g_assert_cmpint (g_date_compare (ld_mediation_agreement_get_reached_on (agreement), &date), ==, 0);
  /* The issues shown meanwhile do not hide it. */
  ld_mediation_agreement_editor_show_issues (editor, NULL);
  g_assert_cmpstr (ld_ui_message_of (editor, "agreement-reached-on", NULL), ==, _(BAD_DATE_MESSAGE));
  ld_ui_set_text (editor, "agreement-reached-on", "");
  g_assert_null (ld_ui_message_of (editor, "agreement-reached-on", NULL));
  LD_UI_WAIT_FOR (ld_mediation_agreement_get_reached_on (agreement) == NULL);

  /* The forms the clerks type. */
  ld_ui_set_text (editor, "agreement-reached-on", "2026/11/05");
  ld_ui_set_text (editor, "agreement-effective-on", "2026年11月6日");
  make_date (&date, 2026, 11, 6);
  g_assert_cmpint (g_date_compare (ld_mediation_agreement_get_effective_on (agreement), &date), ==, 0);

  /* The validator's issues go under their fields. */
  ld_ui_set_text (editor, "agreement-effective-on", "2026-11-01");
  {
    g_autoptr(GPtrArray) issues = ld_field_issues_new ();

    ld_mediation_agreement_validate (agreement, issues);
    ld_mediation_agreement_editor_show_issues (editor, issues);
    g_assert_cmpstr (ld_ui_message_of (editor, "agreement-effective-on", NULL), ==,
                     ld_field_issues_find (issues, "agreement-effective-on")->message);
    g_assert_null (ld_ui_message_of (editor, "agreement-reached-on", NULL));
  }
  ld_mediation_agreement_editor_show_issues (editor, NULL);
  g_assert_null (ld_ui_message_of (editor, "agreement-effective-on", NULL));

  /* Oral, copies, place. */
  gtk_switch_set_active (GTK_SWITCH (ld_ui_get_named (editor, "agreement-oral")), TRUE);
  g_assert_true (ld_mediation_agreement_get_oral (agreement));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ld_ui_get_named (editor, "agreement-copies")), 4);
  g_assert_cmpint (ld_mediation_agreement_get_copies (agreement), ==, 4);
  ld_ui_set_text (editor, "agreement-place", "某某村村民委员会");
  g_assert_cmpstr (ld_mediation_agreement_get_place_of_performance (agreement), ==, "某某村村民委员会");

  /* A change made elsewhere (a restored draft) shows, a bad date goes. */
  ld_ui_set_text (editor, "agreement-reached-on", "2026-13-01");
  {
    g_autoptr(LdMediationAgreement) other = ld_mediation_agreement_new ();

    make_date (&date, 2026, 10, 1);
    ld_mediation_agreement_set_reached_on (other, &date);
    ld_mediation_agreement_set_copies (other, 3);
    ld_mediation_agreement_set_place_of_performance (other, "镇司法所");
    ld_mediation_agreement_assign (agreement, other);
  }
  g_assert_cmpstr (ld_ui_get_text (editor, "agreement-reached-on"), ==, "2026-10-01");
  g_assert_null (ld_ui_message_of (editor, "agreement-reached-on", NULL));
  g_assert_cmpstr (ld_ui_get_text (editor, "agreement-effective-on"), ==, "");
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (ld_ui_get_named (editor, "agreement-oral"))));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (ld_ui_get_named (editor, "agreement-copies"))),
                   ==, 3);
  g_assert_cmpstr (ld_ui_get_text (editor, "agreement-place"), ==, "镇司法所");
}

static void
test_confirmation (Fixture       *fixture,
                   gconstpointer  data)
{
  LdMediationAgreementEditor *editor = fixture->editor;
  LdMediationAgreement *agreement = fixture->agreement;
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  GDate date;

  ld_ui_set_text (editor, "agreement-reached-on", "2026-11-05");
  ld_ui_set_text (editor, "confirmation-applied-on", "2026-11-10");
  make_date (&date, 2026, 11, 10);
  g_assert_cmpint (g_date_compare (ld_mediation_agreement_get_confirmation_applied_on (agreement),
                                   &date), ==, 0);

  /* Applied but no court: the validator's message shows under the court. */
  ld_mediation_agreement_validate (agreement, issues);
  ld_mediation_agreement_editor_show_issues (editor, issues);
  g_assert_cmpstr (ld_ui_message_of (editor, "confirmation-court", NULL), ==,
                   ld_field_issues_find (issues, "confirmation-court")->message);
  g_assert_true (gtk_widget_has_css_class (ld_ui_get_named (editor, "confirmation-court-message"), "error"));

  ld_ui_set_text (editor, "confirmation-court", "某某县人民法院");
  ld_ui_choose (editor, "confirmation-result", LD_CONFIRMATION_CONFIRMED);
  ld_ui_set_text (editor, "confirmation-decided-on", "2026-11-20");
  ld_ui_set_text (editor, "confirmation-note", "（2026）某01民特12号");

  g_assert_cmpstr (ld_mediation_agreement_get_confirmation_court (agreement), ==, "某某县人民法院");
  g_assert_cmpint (ld_mediation_agreement_get_confirmation_result (agreement), ==,
                   LD_CONFIRMATION_CONFIRMED);
  make_date (&date, 2026, 11, 20);
  g_assert_cmpint (g_date_compare (ld_mediation_agreement_get_confirmation_decided_on (agreement),
                                   &date), ==, 0);
  g_assert_cmpstr (ld_mediation_agreement_get_confirmation_note (agreement), ==, "（2026）某01民特12号");

  g_ptr_array_set_size (issues, 0);
  g_assert_true (ld_mediation_agreement_validate (agreement, issues));
  ld_mediation_agreement_editor_show_issues (editor, issues);
  g_assert_null (ld_ui_message_of (editor, "confirmation-court", NULL));

  /* A bad decision date is refused and the agreement keeps the old one. */
  ld_ui_set_text (editor, "confirmation-decided-on", "2026-11-31");
  g_assert_cmpstr (ld_ui_message_of (editor, "confirmation-decided-on", NULL), ==, _(BAD_DATE_MESSAGE));
  g_assert_cmpint (g_date_compare (ld_mediation_agreement_get_confirmation_decided_on (agreement),
                                   &date), ==, 0);

  /* And back: the agreement's values fill a fresh editor. */
  {
    LdMediationAgreementEditor *other =
      LD_MEDIATION_AGREEMENT_EDITOR (g_object_ref_sink (ld_mediation_agreement_editor_new ()));

    ld_mediation_agreement_editor_set_case (other, fixture->mcase);
    g_assert_cmpstr (ld_ui_get_text (other, "confirmation-applied-on"), ==, "2026-11-10");
    g_assert_cmpstr (ld_ui_get_text (other, "confirmation-court"), ==, "某某县人民法院");
    g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ld_ui_get_named (other, "confirmation-result"))),
                      ==, LD_CONFIRMATION_CONFIRMED);
    g_assert_cmpstr (ld_ui_get_text (other, "confirmation-decided-on"), ==, "2026-11-20");
    g_assert_cmpstr (ld_ui_get_text (other, "confirmation-note"), ==, "（2026）某01民特12号");
    ld_mediation_agreement_editor_set_case (other, NULL);
    g_assert_false (gtk_widget_is_sensitive (ld_ui_get_named (other, "confirmation-court")));
    g_assert_finalize_object (other);
  }
}

static void
test_confirmation_window (Fixture       *fixture,
                          gconstpointer  data)
{
  LdMediationAgreementEditor *editor = fixture->editor;
  GtkWidget *row = ld_ui_get_named (editor, "confirmation-window");
  g_autoptr(GPtrArray) reminders = NULL;
  const LdMediationReminder *reminder = NULL;
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autofree char *days = NULL;
  g_autofree char *iso = NULL;
  GDate today, effective;

  ld_mediation_case_set_kind (fixture->mcase, LD_MEDIATION_KIND_PEOPLE);
  ld_mediation_case_set_status (fixture->mcase, LD_MEDIATION_STATUS_AGREEMENT_REACHED);
  g_assert_false (gtk_widget_get_visible (row));

  /* Took effect 25 days ago: a few days are left to apply. */
  ld_get_today (&today);
  effective = today;
  g_date_subtract_days (&effective, 25);
  iso = ld_ui_date_to_text (&effective);
  ld_ui_set_text (editor, "agreement-effective-on", iso);
  g_assert_true (gtk_widget_get_visible (row));

  reminders = ld_mediation_reminders_compute (fixture->mcase, &today, calendar, NULL);
  for (guint i = 0; i < reminders->len; i++)
    if (((LdMediationReminder *) g_ptr_array_index (reminders, i))->kind
        == LD_MEDIATION_REMINDER_CONFIRMATION_WINDOW)
      reminder = g_ptr_array_index (reminders, i);
  g_assert_nonnull (reminder);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, reminder->message);
  days = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d day left", "%d days left",
                                       (unsigned long) reminder->days_left),
                          reminder->days_left);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ld_ui_get_named (editor, "confirmation-window-days"))),
                   ==, days);

  /* A narrower warning period hides it. */
  {
    LdMediationReminderSettings settings;

    ld_mediation_reminder_settings_init (&settings);
    settings.confirmation_warn_days = 1;
    ld_mediation_agreement_editor_set_reminder_context (editor, calendar, &settings);
    g_assert_false (gtk_widget_get_visible (row));
    ld_mediation_agreement_editor_set_reminder_context (editor, NULL, NULL);
    g_assert_true (gtk_widget_get_visible (row));
  }

  /* Once applied for, nothing is left to warn about. */
  g_clear_pointer (&iso, g_free);
  iso = ld_ui_date_to_text (&today);
  ld_ui_set_text (editor, "confirmation-applied-on", iso);
  g_assert_false (gtk_widget_get_visible (row));
  ld_ui_set_text (editor, "confirmation-applied-on", "");
  LD_UI_WAIT_FOR (gtk_widget_get_visible (row));
  g_assert_null (ld_mediation_agreement_get_confirmation_applied_on (fixture->agreement));

  /* An administrative mediation is not confirmed by a court this way. */
  ld_mediation_case_set_kind (fixture->mcase, LD_MEDIATION_KIND_ADMINISTRATIVE);
  g_assert_false (gtk_widget_get_visible (row));
  ld_mediation_case_set_kind (fixture->mcase, LD_MEDIATION_KIND_PEOPLE);

  /* Plenty of time left: no warning yet. */
  g_clear_pointer (&iso, g_free);
  effective = today;
  g_date_subtract_days (&effective, 2);
  iso = ld_ui_date_to_text (&effective);
  ld_ui_set_text (editor, "agreement-effective-on", iso);
  g_assert_false (gtk_widget_get_visible (row));
}

int
main (int   argc,
      char *argv[])
{
  ld_ui_use_environment_language ();

  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/ui/mediation-agreement/terms", test_terms);
  ADD ("/ui/mediation-agreement/term-validation", test_term_validation);
  ADD ("/ui/mediation-agreement/performance-locked", test_performance_locked);
  ADD ("/ui/mediation-agreement/dates", test_dates);
  ADD ("/ui/mediation-agreement/confirmation", test_confirmation);
  ADD ("/ui/mediation-agreement/confirmation-window", test_confirmation_window);
#undef ADD

  return g_test_run ();
}

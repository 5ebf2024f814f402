/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-mediation-parties"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>

#include "ld-citizen-id.h"
#include "ld-mediation-parties-editor.h"
#include "ld-mediation-party-dialog.h"
#include "ld-ui-test-util.h"

#define VALID_ID "11010519491231002X"    /* born 1949-12-31, a woman */
#define BAD_CHECK_ID "110105194912310021"
#define LEGACY_ID "110105491231003"      /* the 15-digit form, a man */
#define CREDIT_CODE "91350100M000100Y43"

typedef struct
{
  GtkWindow                *window;
  LdMediationPartiesEditor *editor;
  LdMediationCase          *mcase;
  guint                     changes;
} Fixture;

static void
changed_cb (LdMediationCase *mcase,
            Fixture         *fixture)
{
  fixture->changes++;
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->mcase = ld_mediation_case_new ();
  g_signal_connect (fixture->mcase, "changed", G_CALLBACK (changed_cb), fixture);
  fixture->editor = LD_MEDIATION_PARTIES_EDITOR (ld_mediation_parties_editor_new ());
  ld_mediation_parties_editor_set_case (fixture->editor, fixture->mcase);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, 800, 600);
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->editor));
  gtk_window_present (fixture->window);
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (fixture->editor)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  ld_ui_destroy_and_wait (fixture->window);
  g_signal_handlers_disconnect_by_func (fixture->mcase, changed_cb, fixture);
  g_assert_finalize_object (fixture->mcase);
}

/* Helpers */

/* The visible party dialog, or NULL. */
static LdMediationPartyDialog *
find_dialog (void)
{
  return (LdMediationPartyDialog *) ld_ui_find_window (LD_TYPE_MEDIATION_PARTY_DIALOG, NULL, NULL);
}

static LdMediationPartyDialog *
open_dialog (Fixture    *fixture,
             const char *button)
{
  LdMediationPartyDialog *dialog;

  ld_ui_click (fixture->editor, button);
  LD_UI_WAIT_FOR ((dialog = find_dialog ()) != NULL);
  g_assert_cmpstr (gtk_widget_get_name (GTK_WIDGET (dialog)), ==, "party-dialog");
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == fixture->window);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  return dialog;
}

/* Clicks @button of @dialog and waits for it to go. */
static void
close_with (LdMediationPartyDialog *dialog,
            const char             *button)
{
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  ld_ui_click (dialog, button);
  LD_UI_WAIT_FOR (dialog == NULL);
}

static LdMediationParty *
party_at (Fixture *fixture,
          guint    position)
{
  GListModel *parties = ld_mediation_case_get_parties (fixture->mcase);
  g_autoptr(LdMediationParty) party = g_list_model_get_item (parties, position);

  g_assert_nonnull (party);
  return party;  /* the case keeps it */
}

static guint
n_parties (Fixture *fixture)
{
  return g_list_model_get_n_items (ld_mediation_case_get_parties (fixture->mcase));
}

static const char *
row_title (Fixture *fixture,
           guint    position)
{
  g_autofree char *name = g_strdup_printf ("party-%u", position);

  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (ld_ui_get_named (fixture->editor, name)));
}

static void
add_person (Fixture     *fixture,
            LdPartyRole  role,
            const char  *name)
{
  g_autoptr(LdMediationParty) party = ld_mediation_party_new (role, LD_PARTY_TYPE_PERSON, name);

  ld_mediation_case_add_party (fixture->mcase, party);
}

/* Tests */

/* Two parties and an agent through the widgets: the roles offered first,
 * an organisation's fields, the agent's choice of party, the rows. */
static void
test_add (Fixture       *fixture,
          gconstpointer  data)
{
  LdMediationPartyDialog *dialog;
  g_autoptr(LdMediationParty) represents = NULL;
  const char *subtitle;

  /* The empty state. */
  g_assert_null (ld_ui_find_named (fixture->editor, "party-0"));
  g_assert_true (gtk_widget_get_mapped (ld_ui_get_named (fixture->editor, "parties-empty")));

  /* A person, an applicant first (from the empty state's own button);
   * Save only once there is a name. */
  dialog = open_dialog (fixture, "add-first-party");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ld_ui_get_named (dialog, "role"))), ==,
                    LD_PARTY_ROLE_APPLICANT);
  g_assert_false (ld_ui_is_sensitive (dialog, "party-dialog-save"));
  g_assert_null (ld_ui_message_of (dialog, "name", "error"));
  g_assert_false (gtk_widget_get_visible (ld_ui_get_named (dialog, "representative")));
  g_assert_false (gtk_widget_get_visible (ld_ui_get_named (dialog, "represents")));
  ld_ui_set_text (dialog, "name", "张三");
  ld_ui_set_text (dialog, "id-number", VALID_ID);
  ld_ui_set_text (dialog, "phone", "13800138000");
  ld_ui_set_text (dialog, "address", "某镇某村1号");
  g_assert_null (ld_ui_message_of (dialog, "id-number", "error"));
  /* Nothing reaches the case before Save. */
  g_assert_cmpuint (n_parties (fixture), ==, 0);
  close_with (dialog, "party-dialog-save");
  g_assert_cmpuint (n_parties (fixture), ==, 1);
  g_assert_false (gtk_widget_get_mapped (ld_ui_get_named (fixture->editor, "parties-empty")));

  /* An organisation, offered as the respondent. */
  dialog = open_dialog (fixture, "add-party");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ld_ui_get_named (dialog, "role"))), ==,
                    LD_PARTY_ROLE_RESPONDENT);
  ld_ui_choose (dialog, "party-type", LD_PARTY_TYPE_ORGANISATION);
  g_assert_true (gtk_widget_get_visible (ld_ui_get_named (dialog, "representative")));
  g_assert_false (gtk_widget_get_visible (ld_ui_get_named (dialog, "gender")));
  g_assert_false (gtk_widget_get_visible (ld_ui_get_named (dialog, "birth-date")));
  ld_ui_set_text (dialog, "name", "某某建材有限公司");
  ld_ui_set_text (dialog, "id-number", CREDIT_CODE);
  ld_ui_set_text (dialog, "representative", "王五");
  g_assert_null (ld_ui_message_of (dialog, "id-number", "warning"));
  close_with (dialog, "party-dialog-save");

  /* The agent: no party chosen is an error, then the applicant. */
  dialog = open_dialog (fixture, "add-party");
  ld_ui_choose (dialog, "role", LD_PARTY_ROLE_AGENT);
  g_assert_true (gtk_widget_get_visible (ld_ui_get_named (dialog, "represents")));
  ld_ui_set_text (dialog, "name", "李律师");
  g_assert_nonnull (ld_ui_message_of (dialog, "represents", "error"));
  g_assert_false (ld_ui_is_sensitive (dialog, "party-dialog-save"));
  /* Item 0 is "Not chosen", then the applicant and the respondent. */
  g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (ld_ui_get_named (dialog, "represents")))),
                    ==, 3);
  ld_ui_choose (dialog, "represents", 1);
  g_assert_null (ld_ui_message_of (dialog, "represents", "error"));
  close_with (dialog, "party-dialog-save");

  g_assert_cmpuint (n_parties (fixture), ==, 3);
  g_assert_cmpint (ld_mediation_party_get_role (party_at (fixture, 0)), ==, LD_PARTY_ROLE_APPLICANT);
  g_assert_cmpstr (ld_mediation_party_get_name (party_at (fixture, 0)), ==, "张三");
  g_assert_cmpstr (ld_mediation_party_get_id_number (party_at (fixture, 0)), ==, VALID_ID);
  g_assert_cmpstr (ld_mediation_party_get_phone (party_at (fixture, 0)), ==, "13800138000");
  g_assert_cmpstr (ld_mediation_party_get_address (party_at (fixture, 0)), ==, "某镇某村1号");
  g_assert_cmpint (ld_mediation_party_get_role (party_at (fixture, 1)), ==, LD_PARTY_ROLE_RESPONDENT);
  g_assert_cmpint (ld_mediation_party_get_party_type (party_at (fixture, 1)), ==,
                   LD_PARTY_TYPE_ORGANISATION);
  g_assert_cmpstr (ld_mediation_party_get_representative (party_at (fixture, 1)), ==, "王五");
  g_assert_cmpint (ld_mediation_party_get_role (party_at (fixture, 2)), ==, LD_PARTY_ROLE_AGENT);
  represents = ld_mediation_party_dup_represents (party_at (fixture, 2));
  g_assert_true (represents == party_at (fixture, 0));

  /* The rows: names in order, the ID number in full, the agent's party. */
  g_assert_cmpstr (row_title (fixture, 0), ==, "张三");
  g_assert_cmpstr (row_title (fixture, 1), ==, "某某建材有限公司");
  g_assert_cmpstr (row_title (fixture, 2), ==, "李律师");
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (ld_ui_get_named (fixture->editor, "party-0")));
  g_assert_nonnull (strstr (subtitle, VALID_ID));
  g_assert_nonnull (strstr (subtitle, "13800138000"));
  subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (ld_ui_get_named (fixture->editor, "party-2")));
  g_assert_nonnull (strstr (subtitle, "张三"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (ld_ui_get_named (fixture->editor, "party-1-role"))), ==,
                   ld_party_role_get_label (LD_PARTY_ROLE_RESPONDENT));
}

/* A wrong check digit: the message under the field, Save disabled, Enter
 * and save() refused, the case untouched. */
static void
test_bad_check_digit (Fixture       *fixture,
                      gconstpointer  data)
{
  LdMediationPartyDialog *dialog = open_dialog (fixture, "add-party");
  g_autofree char *expected = g_strdup_printf (dgettext (GETTEXT_PACKAGE,
                                                         "The check digit should be %c, not %c"),
                                               'X', '1');
  const char *message;

  ld_ui_set_text (dialog, "name", "张三");
  g_assert_true (ld_ui_is_sensitive (dialog, "party-dialog-save"));
  ld_ui_set_text (dialog, "id-number", BAD_CHECK_ID);
  message = ld_ui_message_of (dialog, "id-number", "error");
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, expected));
  /* In Chinese where the environment is (xvfb-wrapper.sh). */
  if (g_str_has_prefix (setlocale (LC_MESSAGES, NULL), "zh_CN"))
    g_assert_nonnull (strstr (message, "校验码"));
  g_assert_false (ld_ui_is_sensitive (dialog, "party-dialog-save"));
  g_assert_false (ld_ui_is_sensitive (dialog, "fill-from-id-number"));
  g_assert_false (ld_mediation_party_dialog_save (dialog));
  ld_ui_press_enter (dialog, "name");
  g_assert_true (find_dialog () == dialog);
  g_assert_cmpuint (n_parties (fixture), ==, 0);
  g_assert_cmpuint (fixture->changes, ==, 0);

  /* A date that does not parse is an error of its own. */
  ld_ui_set_text (dialog, "id-number", VALID_ID);
  g_assert_null (ld_ui_message_of (dialog, "id-number", "error"));
  ld_ui_set_text (dialog, "birth-date", "去年");
  g_assert_nonnull (ld_ui_message_of (dialog, "birth-date", "error"));
  g_assert_false (ld_ui_is_sensitive (dialog, "party-dialog-save"));
  ld_ui_set_text (dialog, "birth-date", "");
  g_assert_null (ld_ui_message_of (dialog, "birth-date", "error"));
  /* A bad phone number. */
  ld_ui_set_text (dialog, "phone", "12");
  g_assert_nonnull (ld_ui_message_of (dialog, "phone", "error"));
  g_assert_false (ld_ui_is_sensitive (dialog, "party-dialog-save"));
  ld_ui_set_text (dialog, "phone", "");
  /* Enter in a field saves once everything is right. */
  g_assert_true (ld_ui_is_sensitive (dialog, "party-dialog-save"));
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  ld_ui_press_enter (dialog, "phone");
  LD_UI_WAIT_FOR (dialog == NULL);
  g_assert_cmpuint (n_parties (fixture), ==, 1);
  g_assert_cmpstr (ld_mediation_party_get_id_number (party_at (fixture, 0)), ==, VALID_ID);
}

/* The old 15-digit number: a note, not an error; it saves. A credit code
 * with a wrong check character is a warning too. */
static void
test_legacy_id (Fixture       *fixture,
                gconstpointer  data)
{
  LdMediationPartyDialog *dialog = open_dialog (fixture, "add-party");
  const char *message;

  ld_ui_set_text (dialog, "name", "赵六");
  ld_ui_set_text (dialog, "id-number", LEGACY_ID);
  message = ld_ui_message_of (dialog, "id-number", "warning");
  g_assert_nonnull (message);
  g_assert_cmpstr (message, ==, ld_citizen_id_get_legacy_note ());
  g_assert_true (ld_ui_is_sensitive (dialog, "party-dialog-save"));
  close_with (dialog, "party-dialog-save");
  g_assert_cmpuint (n_parties (fixture), ==, 1);
  g_assert_cmpstr (ld_mediation_party_get_id_number (party_at (fixture, 0)), ==, LEGACY_ID);

  dialog = open_dialog (fixture, "add-party");
  ld_ui_choose (dialog, "party-type", LD_PARTY_TYPE_ORGANISATION);
  ld_ui_set_text (dialog, "name", "某某公司");
  ld_ui_set_text (dialog, "id-number", "91350100M000100Y44");
  g_assert_nonnull (ld_ui_message_of (dialog, "id-number", "warning"));
  g_assert_true (ld_ui_is_sensitive (dialog, "party-dialog-save"));
  ld_ui_set_text (dialog, "id-number", "9135");
  g_assert_nonnull (ld_ui_message_of (dialog, "id-number", "error"));
  g_assert_false (ld_ui_is_sensitive (dialog, "party-dialog-save"));
  close_with (dialog, "party-dialog-cancel");
  g_assert_cmpuint (n_parties (fixture), ==, 1);
}

/* "Fill in" sets the birth date and gender from the ID number; a gender
 * the number contradicts is an error. */
static void
test_fill_from_id (Fixture       *fixture,
                   gconstpointer  data)
{
  LdMediationPartyDialog *dialog = open_dialog (fixture, "add-party");
  const GDate *birth;

  ld_ui_set_text (dialog, "name", "张三");
  g_assert_false (ld_ui_is_sensitive (dialog, "fill-from-id-number"));
  ld_ui_set_text (dialog, "id-number", VALID_ID);
  /* Nothing is filled until asked. */
  g_assert_cmpstr (ld_ui_get_text (dialog, "birth-date"), ==, "");
  ld_ui_click (dialog, "fill-from-id-number");
  g_assert_cmpstr (ld_ui_get_text (dialog, "birth-date"), ==, "1949-12-31");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (ld_ui_get_named (dialog, "gender"))), ==,
                    LD_GENDER_FEMALE);
  g_assert_null (ld_ui_message_of (dialog, "gender", "error"));

  ld_ui_choose (dialog, "gender", LD_GENDER_MALE);
  g_assert_nonnull (ld_ui_message_of (dialog, "gender", "error"));
  g_assert_false (ld_ui_is_sensitive (dialog, "party-dialog-save"));
  ld_ui_choose (dialog, "gender", LD_GENDER_FEMALE);
  ld_ui_set_text (dialog, "birth-date", "1950-01-01");
  g_assert_nonnull (ld_ui_message_of (dialog, "birth-date", "error"));
  ld_ui_set_text (dialog, "birth-date", "1949年12月31日");
  g_assert_null (ld_ui_message_of (dialog, "birth-date", "error"));
  close_with (dialog, "party-dialog-save");

  birth = ld_mediation_party_get_birth_date (party_at (fixture, 0));
  g_assert_nonnull (birth);
  g_assert_cmpint (g_date_get_year (birth), ==, 1949);
  g_assert_cmpint (g_date_get_month (birth), ==, 12);
  g_assert_cmpint (g_date_get_day (birth), ==, 31);
  g_assert_cmpint (ld_mediation_party_get_gender (party_at (fixture, 0)), ==, LD_GENDER_FEMALE);
}

/* Move up and down; remove and Undo, the row and an agent's link back. */
static void
test_move_remove_undo (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(LdMediationParty) agent = ld_mediation_party_new (LD_PARTY_ROLE_AGENT,
                                                              LD_PARTY_TYPE_PERSON, "丁");
  g_autoptr(LdMediationParty) represents = NULL;
  GtkWidget *undo_revealer;

  add_person (fixture, LD_PARTY_ROLE_APPLICANT, "甲");
  add_person (fixture, LD_PARTY_ROLE_APPLICANT, "乙");
  add_person (fixture, LD_PARTY_ROLE_RESPONDENT, "丙");
  ld_mediation_party_set_represents (agent, party_at (fixture, 0));
  ld_mediation_case_add_party (fixture->mcase, agent);
  g_assert_cmpstr (row_title (fixture, 3), ==, "丁");

  g_assert_false (ld_ui_is_sensitive (fixture->editor, "party-0-up"));
  g_assert_false (ld_ui_is_sensitive (fixture->editor, "party-3-down"));
  ld_ui_click (fixture->editor, "party-0-down");
  g_assert_cmpstr (ld_mediation_party_get_name (party_at (fixture, 0)), ==, "乙");
  g_assert_cmpstr (ld_mediation_party_get_name (party_at (fixture, 1)), ==, "甲");
  g_assert_cmpstr (row_title (fixture, 0), ==, "乙");
  g_assert_cmpstr (row_title (fixture, 1), ==, "甲");
  ld_ui_click (fixture->editor, "party-2-up");
  g_assert_cmpstr (ld_mediation_party_get_name (party_at (fixture, 1)), ==, "丙");
  g_assert_cmpstr (ld_mediation_party_get_name (party_at (fixture, 2)), ==, "甲");
  g_assert_cmpstr (row_title (fixture, 2), ==, "甲");

  /* 乙 丙 甲 丁: remove 甲, for whom 丁 acts. */
  undo_revealer = gtk_widget_get_parent (gtk_widget_get_parent (ld_ui_get_named (fixture->editor,
                                                                                  "party-undo")));
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (undo_revealer)));
  ld_ui_click (fixture->editor, "party-2-remove");
  g_assert_cmpuint (n_parties (fixture), ==, 3);
  g_assert_true (gtk_widget_has_focus (ld_ui_get_named (fixture->editor, "party-undo")));
  g_assert_cmpstr (ld_mediation_party_get_name (party_at (fixture, 2)), ==, "丁");
  g_assert_null (ld_ui_find_named (fixture->editor, "party-3"));
  g_assert_null (ld_mediation_party_dup_represents (agent));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (undo_revealer)));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (ld_ui_get_named (fixture->editor,
                                                                            "party-undo-label"))),
                            "甲"));
  ld_ui_click (fixture->editor, "party-undo");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (undo_revealer)));
  g_assert_cmpuint (n_parties (fixture), ==, 4);
  g_assert_cmpstr (ld_mediation_party_get_name (party_at (fixture, 2)), ==, "甲");
  g_assert_cmpstr (row_title (fixture, 2), ==, "甲");
  represents = ld_mediation_party_dup_represents (agent);
  g_assert_true (represents == party_at (fixture, 2));

  /* Remove the first, then dismiss: it stays removed. */
  ld_ui_click (fixture->editor, "party-0-remove");
  g_assert_cmpuint (n_parties (fixture), ==, 3);
  ld_ui_click (fixture->editor, "party-undo-dismiss");
  g_assert_false (gtk_revealer_get_reveal_child (GTK_REVEALER (undo_revealer)));
  g_assert_cmpuint (n_parties (fixture), ==, 3);
  g_assert_cmpstr (ld_mediation_party_get_name (party_at (fixture, 0)), ==, "丙");

  /* Removing every party brings the empty state back. */
  for (guint i = 0; i < 3; i++)
    ld_ui_click (fixture->editor, "party-0-remove");
  g_assert_cmpuint (n_parties (fixture), ==, 0);
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (ld_ui_get_named (fixture->editor, "parties-empty")));
}

/* Cancel, Escape and closing an added party leave the case
 * as it was; Save of an edit changes the party in place. */
static void
test_cancel (Fixture       *fixture,
             gconstpointer  data)
{
  LdMediationPartyDialog *dialog;
  LdMediationParty *party;
  g_autoptr(LdMediationParty) before = NULL;

  add_person (fixture, LD_PARTY_ROLE_APPLICANT, "甲");
  party = party_at (fixture, 0);
  ld_mediation_party_set_phone (party, "13800138000");
  before = ld_mediation_party_copy (party);
  fixture->changes = 0;

  dialog = open_dialog (fixture, "party-0-edit");
  g_assert_cmpstr (ld_ui_get_text (dialog, "name"), ==, "甲");
  g_assert_cmpstr (ld_ui_get_text (dialog, "phone"), ==, "13800138000");
  ld_ui_set_text (dialog, "name", "乙");
  ld_ui_choose (dialog, "role", LD_PARTY_ROLE_RESPONDENT);
  ld_ui_choose (dialog, "party-type", LD_PARTY_TYPE_ORGANISATION);
  ld_ui_set_text (dialog, "phone", "");
  close_with (dialog, "party-dialog-cancel");
  g_assert_true (ld_mediation_party_equal (party, before));
  g_assert_cmpuint (fixture->changes, ==, 0);

  /* Escape closes the window, which cancels. */
  dialog = open_dialog (fixture, "party-0-edit");
  ld_ui_set_text (dialog, "name", "乙");
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  g_assert_true (ld_ui_press_key (dialog, GDK_KEY_Escape, 0));
  LD_UI_WAIT_FOR (dialog == NULL);
  g_assert_true (ld_mediation_party_equal (party, before));

  dialog = open_dialog (fixture, "add-party");
  ld_ui_set_text (dialog, "name", "丙");
  close_with (dialog, "party-dialog-cancel");
  g_assert_cmpuint (n_parties (fixture), ==, 1);
  g_assert_cmpuint (fixture->changes, ==, 0);

  /* Save edits the same party object (agents keep pointing at it). */
  dialog = open_dialog (fixture, "party-0-edit");
  ld_ui_set_text (dialog, "name", "  乙  ");
  close_with (dialog, "party-dialog-save");
  g_assert_true (party_at (fixture, 0) == party);
  g_assert_cmpstr (ld_mediation_party_get_name (party), ==, "乙");
  g_assert_cmpstr (row_title (fixture, 0), ==, "乙");
  g_assert_cmpuint (fixture->changes, >, 0);
}

/* The case's "parties" issues under the group; NULL clears them. */
static void
test_show_issues (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) issues = ld_field_issues_new ();
  const char *message;

  g_assert_null (ld_ui_message_of (fixture->editor, "parties", "error"));
  g_ptr_array_add (issues, ld_field_issue_new ("title", LD_ISSUE_ERROR, "not mine"));
  g_ptr_array_add (issues, ld_field_issue_new ("parties", LD_ISSUE_WARNING, "a warning"));
  g_ptr_array_add (issues, ld_field_issue_new ("parties", LD_ISSUE_ERROR, "an error"));
  ld_mediation_parties_editor_show_issues (fixture->editor, issues);
  message = ld_ui_message_of (fixture->editor, "parties", "error");
  g_assert_cmpstr (message, ==, "an error\na warning");

  g_ptr_array_remove_index (issues, 2);
  ld_mediation_parties_editor_show_issues (fixture->editor, issues);
  g_assert_cmpstr (ld_ui_message_of (fixture->editor, "parties", "warning"), ==, "a warning");
  g_assert_false (gtk_widget_has_css_class (ld_ui_get_named (fixture->editor, "parties-message"), "error"));

  ld_mediation_parties_editor_show_issues (fixture->editor, NULL);
  g_assert_null (ld_ui_message_of (fixture->editor, "parties", "warning"));

  /* A case without parties has such issues of its own. */
  g_ptr_array_set_size (issues, 0);
  ld_mediation_case_validate (fixture->mcase, NULL, issues);
  ld_mediation_parties_editor_show_issues (fixture->editor, issues);
  g_assert_nonnull (ld_field_issues_find (issues, "parties"));
  g_assert_nonnull (ld_ui_message_of (fixture->editor, "parties",
                                      ld_field_issues_find (issues, "parties")->severity == LD_ISSUE_ERROR
                                      ? "error" : "warning"));
}

/* set_case(NULL) empties the editor; another case shows its parties. */
static void
test_set_case (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(LdMediationCase) other = ld_mediation_case_new ();
  g_autoptr(LdMediationParty) party = ld_mediation_party_new (LD_PARTY_ROLE_RESPONDENT,
                                                              LD_PARTY_TYPE_PERSON, "戊");

  add_person (fixture, LD_PARTY_ROLE_APPLICANT, "甲");
  g_assert_cmpstr (row_title (fixture, 0), ==, "甲");
  ld_mediation_case_add_party (other, party);
  ld_mediation_parties_editor_set_case (fixture->editor, other);
  g_assert_cmpstr (row_title (fixture, 0), ==, "戊");
  /* The old case no longer drives the rows. */
  add_person (fixture, LD_PARTY_ROLE_APPLICANT, "乙");
  g_assert_null (ld_ui_find_named (fixture->editor, "party-1"));
  ld_mediation_parties_editor_set_case (fixture->editor, NULL);
  g_assert_null (ld_ui_find_named (fixture->editor, "party-0"));
  /* Nothing to add parties to. */
  g_assert_false (ld_ui_is_sensitive (fixture->editor, "add-party"));
  g_assert_false (ld_ui_is_sensitive (fixture->editor, "add-first-party"));
  ld_mediation_parties_editor_set_case (fixture->editor, fixture->mcase);
  g_assert_cmpstr (row_title (fixture, 1), ==, "乙");
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
  ADD ("/ui/mediation-parties/add", test_add);
  ADD ("/ui/mediation-parties/bad-check-digit", test_bad_check_digit);
  ADD ("/ui/mediation-parties/legacy-id", test_legacy_id);
  ADD ("/ui/mediation-parties/fill-from-id", test_fill_from_id);
  ADD ("/ui/mediation-parties/move-remove-undo", test_move_remove_undo);
  ADD ("/ui/mediation-parties/cancel", test_cancel);
  ADD ("/ui/mediation-parties/show-issues", test_show_issues);
  ADD ("/ui/mediation-parties/set-case", test_set_case);
#undef ADD

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-mediation-list"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ld-attachment-store.h"
#include "ld-demo.h"
#include "ld-draft-store.h"
#include "ld-issued-store.h"
#include "ld-list-query.h"
#include "ld-mediation-editor.h"
#include "ld-mediation-enums.h"
#include "ld-mediation-store.h"
#include "ld-paged-model.h"
#include "ld-preferences-mediation.h"
#include "ld-register-page.h"
#include "ld-ui-register-fixture.h"
#include "ld-ui-test-util.h"

/* The mediation register's list: the category and mediator filters (pushed
 * to SQL), search, delete with Undo and its refusal once a document was
 * issued, no citizen ID number on screen; and the Mediation page of the
 * preferences: dispute categories and reminder periods. On a page in a
 * window over a demo database. */

#define N_DEMO 60

/* The page in its window over the database: ld-ui-register-fixture.h. */
typedef LdUiRegisterFixture Fixture;

/* Appends the text of every mapped label under @root to @text. */
static void
collect_label_text (GtkWidget *root,
                    GString   *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (child)));
      collect_label_text (child, text);
    }
}

static GtkDropDown *
dropdown (Fixture    *f,
          const char *name)
{
  GtkWidget *widget = ld_ui_find_named (f->page, name);

  g_assert_true (GTK_IS_DROP_DOWN (widget));
  return GTK_DROP_DOWN (widget);
}

/* The dropdown's items as strings. */
static GPtrArray *
dropdown_items (GtkDropDown *dropdown)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);
  GPtrArray *items = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (items, g_strdup (gtk_string_list_get_string (GTK_STRING_LIST (model), i)));
  return items;
}

/* The position of the item @label in @dropdown, or -1. */
static int
dropdown_find (GtkDropDown *dropdown,
               const char  *label)
{
  g_autoptr(GPtrArray) items = dropdown_items (dropdown);

  for (guint i = 0; i < items->len; i++)
    if (g_strcmp0 (items->pdata[i], label) == 0)
      return (int) i;
  return -1;
}

static LdMediationCase *
get_case (Fixture *f,
          gint64   id)
{
  g_autoptr(GError) error = NULL;
  LdMediationCase *mcase = ld_mediation_store_get (f->db, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (mcase);
  return mcase;
}

static gboolean
case_exists (Fixture *f,
             gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdMediationCase) mcase = ld_mediation_store_get (f->db, id, &error);

  if (mcase == NULL)
    g_assert_error (error, LD_STORE_ERROR, LD_STORE_ERROR_NOT_FOUND);
  return mcase != NULL;
}

/* Every mediation case, loaded whole through the store (not the list). */
static GPtrArray *
all_cases (Fixture *f)
{
  g_autoptr(LdListQuery) query = ld_list_query_new (LD_RECORD_AREA_MEDIATION);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = ld_list_query_fetch (query, f->db, 0, G_MAXINT, &error);
  GPtrArray *cases = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_no_error (error);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (cases, get_case (f, ld_record_summary_get_id (rows->pdata[i])));
  return cases;
}

static gboolean
has_mediator (LdMediationCase *mcase,
              const char      *name)
{
  g_auto(GStrv) names = g_strsplit (ld_mediation_case_get_mediators (mcase), "、", -1);

  return g_strv_contains ((const char * const *) names, name);
}

static void
clear_filters (Fixture *f)
{
  gtk_widget_activate (ld_ui_find_named (f->page, "clear-filters"));
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  ld_ui_register_fixture_open_database (f, "ld-mediation-list-XXXXXX");
  g_assert_true (ld_demo_fill_area (f->db, LD_RECORD_AREA_MEDIATION, N_DEMO, 11, NULL, NULL, &error));
  g_assert_no_error (error);
  ld_ui_register_fixture_show (f, LD_RECORD_AREA_MEDIATION, 1400, N_DEMO);
}

/* The filters are there, filled from the store; the contract register has
 * no category filter. */
static void
test_filters_shown (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) categories = ld_mediation_store_list_categories (f->db, TRUE, &error);
  g_auto(GStrv) mediators = ld_mediation_store_list_mediators (f->db, &error);
  GtkDropDown *category = dropdown (f, "category-filter");
  GtkDropDown *person = dropdown (f, "person-filter");
  g_autoptr(GPtrArray) items = NULL;
  GtkWidget *contracts;

  g_assert_no_error (error);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (category)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (person)));

  items = dropdown_items (category);
  g_assert_cmpuint (items->len, ==, g_strv_length (categories) + 1);
  g_assert_cmpstr (items->pdata[0], ==, _("All Categories"));
  for (guint i = 0; categories[i] != NULL; i++)
    g_assert_cmpstr (items->pdata[i + 1], ==, ld_dispute_category_get_label (categories[i]));
  g_clear_pointer (&items, g_ptr_array_unref);

  items = dropdown_items (person);
  g_assert_cmpuint (g_strv_length (mediators), >=, 2);
  g_assert_cmpuint (items->len, ==, g_strv_length (mediators) + 1);
  g_assert_cmpstr (items->pdata[0], ==, _("All Mediators"));
  for (guint i = 0; mediators[i] != NULL; i++)
    g_assert_cmpstr (items->pdata[i + 1], ==, mediators[i]);

  contracts = ld_register_page_new (f->db, LD_RECORD_AREA_CONTRACT);
  g_object_ref_sink (contracts);
  g_assert_false (gtk_widget_get_visible (ld_ui_find_named (contracts, "category-filter")));
  /* The editor's hook holds the page until its draft check has run. */
  ld_ui_drain_main_loop ();
  g_assert_finalize_object (contracts);
}

static void
test_category_filter (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = all_cases (f);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) categories = ld_mediation_store_list_categories (f->db, TRUE, &error);
  GtkDropDown *category = dropdown (f, "category-filter");
  GtkWidget *clear = ld_ui_find_named (f->page, "clear-filters");
  GListModel *model = ld_register_page_get_model (f->page);
  const char *chosen = NULL;
  guint expected = 0;
  int position;

  g_assert_no_error (error);
  /* A category some cases but not all are filed under. */
  for (guint c = 0; categories[c] != NULL && chosen == NULL; c++)
    {
      expected = 0;
      for (guint i = 0; i < cases->len; i++)
        if (g_strcmp0 (ld_mediation_case_get_category (cases->pdata[i]), categories[c]) == 0)
          expected++;
      if (expected > 0 && expected < cases->len)
        chosen = categories[c];
    }
  g_assert_nonnull (chosen);
  g_assert_false (gtk_widget_get_sensitive (clear));

  position = dropdown_find (category, ld_dispute_category_get_label (chosen));
  g_assert_cmpint (position, >, 0);
  gtk_drop_down_set_selected (category, position);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == expected);
  for (guint i = 0; i < ld_ui_register_n_items (f); i++)
    {
      g_autoptr(LdRecordSummary) summary = g_list_model_get_item (model, i);
      g_autoptr(LdMediationCase) mcase = get_case (f, ld_record_summary_get_id (summary));

      g_assert_cmpstr (ld_mediation_case_get_category (mcase), ==, chosen);
    }
  g_assert_true (gtk_widget_get_sensitive (clear));
  g_assert_cmpstr (ld_register_page_get_state (f->page), ==, "list");

  /* A category no case is filed under: nothing, and says so. */
  g_assert_true (ld_mediation_store_add_category (f->db, "列表测试空类别", &error));
  g_assert_no_error (error);
  LD_UI_WAIT_FOR (dropdown_find (category, "列表测试空类别") > 0);
  /* The choice survives the refill. */
  g_assert_cmpuint (gtk_drop_down_get_selected (category), ==, (guint) position);
  g_assert_cmpuint (ld_ui_register_n_items (f), ==, expected);
  gtk_drop_down_set_selected (category, dropdown_find (category, "列表测试空类别"));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 0);
  g_assert_cmpstr (ld_register_page_get_state (f->page), ==, "no-results");

  clear_filters (f);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == N_DEMO);
  g_assert_cmpuint (gtk_drop_down_get_selected (category), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (clear));
}

static void
test_mediator_filter (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = all_cases (f);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) mediators = ld_mediation_store_list_mediators (f->db, &error);
  GtkDropDown *person = dropdown (f, "person-filter");
  GListModel *model = ld_register_page_get_model (f->page);
  const char *chosen = NULL;
  guint expected = 0;

  g_assert_no_error (error);
  for (guint m = 0; mediators[m] != NULL && chosen == NULL; m++)
    {
      expected = 0;
      for (guint i = 0; i < cases->len; i++)
        if (has_mediator (cases->pdata[i], mediators[m]))
          expected++;
      if (expected > 0 && expected < cases->len)
        chosen = mediators[m];
    }
  g_assert_nonnull (chosen);

  gtk_drop_down_set_selected (person, dropdown_find (person, chosen));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == expected);
  for (guint i = 0; i < ld_ui_register_n_items (f); i++)
    {
      g_autoptr(LdRecordSummary) summary = g_list_model_get_item (model, i);
      g_autoptr(LdMediationCase) mcase = get_case (f, ld_record_summary_get_id (summary));

      g_assert_true (has_mediator (mcase, chosen));
    }

  /* With a category as well: the cases of both. */
  {
    GtkDropDown *category = dropdown (f, "category-filter");
    LdMediationCase *first = NULL;
    guint both = 0;

    for (guint i = 0; i < cases->len && first == NULL; i++)
      if (has_mediator (cases->pdata[i], chosen))
        first = cases->pdata[i];
    for (guint i = 0; i < cases->len; i++)
      if (has_mediator (cases->pdata[i], chosen)
          && g_strcmp0 (ld_mediation_case_get_category (cases->pdata[i]),
                        ld_mediation_case_get_category (first)) == 0)
        both++;
    g_assert_cmpuint (both, >, 0);
    gtk_drop_down_set_selected (category,
                                dropdown_find (category, ld_dispute_category_get_label (ld_mediation_case_get_category (first))));
    LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == both);
  }

  clear_filters (f);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == N_DEMO);
  g_assert_cmpuint (gtk_drop_down_get_selected (person), ==, 0);
}

/* The status and applied-date filters work on mediation cases as on
 * contracts, together with the others. */
static void
test_status_date_range (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(LdListQuery) query = ld_list_query_new (LD_RECORD_AREA_MEDIATION);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = ld_list_query_fetch (query, f->db, 0, G_MAXINT, &error);
  const char * const *statuses = ld_record_area_get_statuses (LD_RECORD_AREA_MEDIATION);
  GtkEditable *from = GTK_EDITABLE (ld_ui_find_named (f->page, "received-from"));
  GtkEditable *to = GTK_EDITABLE (ld_ui_find_named (f->page, "received-to"));
  GtkDropDown *status;
  GListModel *model = ld_register_page_get_model (f->page);
  const char *chosen;
  guint index = 0;
  guint expected = 0;

  g_assert_no_error (error);
  g_assert_nonnull (from);
  g_assert_nonnull (to);
  /* The status dropdown is the one before the person dropdown. */
  status = GTK_DROP_DOWN (gtk_widget_get_prev_sibling (ld_ui_find_named (f->page, "person-filter")));
  g_assert_true (GTK_IS_DROP_DOWN (status));

  /* The status of the newest case, applied for in 2026. */
  chosen = ld_record_summary_get_status (all->pdata[all->len - 1]);
  while (statuses[index] != NULL && strcmp (statuses[index], chosen) != 0)
    index++;
  g_assert_nonnull (statuses[index]);
  for (guint i = 0; i < all->len; i++)
    {
      const char *applied = ld_record_summary_get_received (all->pdata[i]);

      if (strcmp (ld_record_summary_get_status (all->pdata[i]), chosen) == 0
          && strcmp (applied, "2026-01-01") >= 0 && strcmp (applied, "2026-12-31") <= 0)
        expected++;
    }
  g_assert_cmpuint (expected, >, 0);
  g_assert_cmpuint (expected, <, N_DEMO);

  gtk_drop_down_set_selected (status, index + 1);
  gtk_editable_set_text (from, "2026-01-01");
  gtk_editable_set_text (to, "2026-12-31");
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == expected);
  for (guint i = 0; i < ld_ui_register_n_items (f); i++)
    {
      g_autoptr(LdRecordSummary) summary = g_list_model_get_item (model, i);

      g_assert_cmpstr (ld_record_summary_get_status (summary), ==, chosen);
      g_assert_cmpstr (ld_record_summary_get_received (summary), >=, "2026-01-01");
      g_assert_cmpstr (ld_record_summary_get_received (summary), <=, "2026-12-31");
    }

  clear_filters (f);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == N_DEMO);
  g_assert_cmpstr (gtk_editable_get_text (from), ==, "");
  g_assert_cmpuint (gtk_drop_down_get_selected (status), ==, 0);
}

/* Search finds a case by its number; no cell shows a citizen ID number. */
static void
test_search_no_id_numbers (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = all_cases (f);
  g_autoptr(GString) shown = g_string_new (NULL);
  LdMediationCase *target = cases->pdata[cases->len / 2];
  guint n_ids = 0;

  ld_ui_register_search (f, ld_mediation_case_get_number (target));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1);
  {
    g_autoptr(LdRecordSummary) summary = g_list_model_get_item (ld_register_page_get_model (f->page), 0);

    g_assert_cmpint (ld_record_summary_get_id (summary), ==, ld_mediation_case_get_id (target));
  }
  ld_ui_register_search (f, "");
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == N_DEMO);

  /* Let the visible rows be bound, then read every label on the page. */
  LD_UI_WAIT_FOR (ld_ui_find_named (f->page, "number") != NULL
                  && gtk_widget_get_mapped (ld_ui_find_named (f->page, "number")));
  for (int i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
  collect_label_text (GTK_WIDGET (f->page), shown);
  /* The newest case is on top: the labels were read. */
  g_assert_nonnull (strstr (shown->str, ld_mediation_case_get_number (cases->pdata[cases->len - 1])));
  for (guint i = 0; i < cases->len; i++)
    {
      GListModel *parties = ld_mediation_case_get_parties (cases->pdata[i]);

      for (guint p = 0; p < g_list_model_get_n_items (parties); p++)
        {
          g_autoptr(LdMediationParty) party = g_list_model_get_item (parties, p);
          const char *id_number = ld_mediation_party_get_id_number (party);

          if (id_number[0] == '\0')
            continue;
          n_ids++;
          g_assert_null (strstr (shown->str, id_number));
        }
    }
  /* The demo parties do carry ID numbers: the check above checked. */
  g_assert_cmpuint (n_ids, >, 0);
}

static void
test_delete_undo (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = all_cases (f);
  LdMediationCase *target = cases->pdata[0];
  const char *number = ld_mediation_case_get_number (target);
  gint64 id = ld_mediation_case_get_id (target);
  g_autofree char *heading = NULL;
  g_autoptr(LdMediationCase) restored = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *menu;

  ld_ui_register_search (f, number);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1);

  /* Nothing selected: nothing to delete. */
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
  heading = g_strdup_printf (_("Delete mediation case %s?"), number);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, heading);
  g_assert_cmpint (adw_message_dialog_get_response_appearance (dialog, "delete"), ==,
                   ADW_RESPONSE_DESTRUCTIVE);
  ld_ui_click_button (dialog, _("_Cancel"));
  LD_UI_WAIT_FOR (ld_ui_find_dialog (NULL, NULL) == NULL);
  g_assert_true (case_exists (f, id));
  g_assert_null (f->last_toast);

  /* Delete removes the row and offers Undo. */
  ld_ui_register_delete_first_row (f);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 0);
  g_assert_false (case_exists (f, id));
  g_assert_cmpstr (adw_toast_get_button_label (f->last_toast), ==, _("_Undo"));
  g_assert_nonnull (strstr (adw_toast_get_title (f->last_toast), number));

  /* Undo brings it back with the same id, number, status and parties. */
  ld_ui_click_button (f->overlay, _("_Undo"));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1 && f->last_toast_dismissed);
  restored = get_case (f, id);
  g_assert_cmpstr (ld_mediation_case_get_number (restored), ==, number);
  g_assert_cmpint (ld_mediation_case_get_status (restored), ==, ld_mediation_case_get_status (target));
  g_assert_cmpstr (ld_mediation_case_get_category (restored), ==, ld_mediation_case_get_category (target));
  g_assert_cmpuint (g_list_model_get_n_items (ld_mediation_case_get_parties (restored)), ==,
                    g_list_model_get_n_items (ld_mediation_case_get_parties (target)));

  /* A second Undo does not insert it twice. */
  g_signal_emit_by_name (f->last_toast, "button-clicked");
  g_assert_true (case_exists (f, id));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1);
}

static guint
n_session_attachments (Fixture *f,
                       gint64   session_id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) attachments = ld_attachment_store_list (f->db, LD_MEDIATION_SESSION_TABLE,
                                                               session_id, &error);

  g_assert_no_error (error);
  return attachments->len;
}

/* The attachments of a deleted case's sessions come back with Undo; when
 * the toast goes without Undo, they go for good. */
static void
test_delete_attachments (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = all_cases (f);
  g_autoptr(GBytes) photo = g_bytes_new_static ("\x89PNG fake", 9);
  g_autoptr(GError) error = NULL;
  LdMediationCase *target = NULL;
  gint64 id;
  gint64 session_id;

  for (guint i = 0; i < cases->len && target == NULL; i++)
    {
      LdMediationCase *mcase = cases->pdata[i];
      g_autoptr(GPtrArray) issued = ld_issued_store_list_for_record (f->db, LD_MEDIATION_STORE_TABLE,
                                                                     ld_mediation_case_get_id (mcase),
                                                                     &error);

      g_assert_no_error (error);
      if (ld_mediation_case_get_sessions (mcase)->len > 0 && issued->len == 0)
        target = mcase;
    }
  g_assert_nonnull (target);
  id = ld_mediation_case_get_id (target);
  session_id = ((LdMediationSession *) ld_mediation_case_get_sessions (target)->pdata[0])->id;
  g_assert_cmpint (ld_attachment_store_add (f->db, LD_MEDIATION_SESSION_TABLE, session_id,
                                            "现场照片.png", "image/png", photo, &error), >, 0);
  g_assert_no_error (error);
  ld_ui_register_search (f, ld_mediation_case_get_number (target));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1);

  ld_ui_register_delete_first_row (f);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 0);
  ld_ui_click_button (f->overlay, _("_Undo"));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1 && f->last_toast_dismissed);
  g_assert_cmpuint (n_session_attachments (f, session_id), ==, 1);

  ld_ui_register_delete_first_row (f);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 0);
  adw_toast_dismiss (f->last_toast);
  g_assert_true (ld_mediation_store_restore_deleted (f->db, target, &error));
  g_assert_no_error (error);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1);
  g_assert_true (case_exists (f, id));
  g_assert_cmpuint (n_session_attachments (f, session_id), ==, 0);
}

static guint
n_case_attachments (Fixture *f,
                    gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) attachments = ld_attachment_store_list (f->db, LD_MEDIATION_STORE_TABLE, id,
                                                               &error);

  g_assert_no_error (error);
  return attachments->len;
}

/* Cases without an issued document (deletable), each given an attachment. */
static GPtrArray *
deletable_cases (Fixture *f,
                 guint    n)
{
  g_autoptr(GPtrArray) cases = all_cases (f);
  g_autoptr(GBytes) photo = g_bytes_new_static ("\x89PNG fake", 9);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < cases->len && found->len < n; i++)
    {
      LdMediationCase *mcase = cases->pdata[i];
      gint64 id = ld_mediation_case_get_id (mcase);
      g_autoptr(GPtrArray) issued = ld_issued_store_list_for_record (f->db, LD_MEDIATION_STORE_TABLE,
                                                                     id, &error);

      g_assert_no_error (error);
      if (issued->len > 0)
        continue;
      g_assert_cmpint (ld_attachment_store_add (f->db, LD_MEDIATION_STORE_TABLE, id, "调解申请书.png",
                                                "image/png", photo, &error), >, 0);
      g_assert_no_error (error);
      g_ptr_array_add (found, g_object_ref (mcase));
    }
  g_assert_cmpuint (found->len, ==, n);
  return found;
}

static GtkWindow *
open_editor (Fixture *f,
             gint64   id)
{
  ld_mediation_editor_open (GTK_WIDGET (f->page), f->db, id);
  return ld_ui_wait_for_window (LD_TYPE_MEDIATION_EDITOR, NULL, NULL);
}

/* The register and the editor delete through one count of deletes: the
 * toast of an earlier delete from the register, going after a case was
 * deleted in its editor, leaves that case's attachments for its Undo. */
static void
test_delete_register_then_editor (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = deletable_cases (f, 2);
  LdMediationCase *a = cases->pdata[0];
  LdMediationCase *b = cases->pdata[1];
  gint64 id_b = ld_mediation_case_get_id (b);
  g_autoptr(GObject) toast_a = NULL;
  AdwToast *toast_b;

  ld_ui_register_search (f, ld_mediation_case_get_number (a));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1);
  ld_ui_register_delete_first_row (f);
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 0);
  toast_a = g_object_ref (G_OBJECT (f->last_toast));
  g_assert_false (case_exists (f, ld_mediation_case_get_id (a)));

  ld_ui_register_delete_in_editor (f, open_editor (f, id_b));
  g_assert_false (case_exists (f, id_b));
  LD_UI_WAIT_FOR ((toast_b = ld_ui_find_toast (f->overlay, ld_mediation_case_get_number (b))) != NULL);

  /* A's toast waits behind B's: it goes first here. */
  ld_ui_dismiss_toast (ADW_TOAST (toast_a));
  g_signal_emit_by_name (toast_b, "button-clicked");
  g_assert_true (case_exists (f, id_b));
  g_assert_cmpuint (n_case_attachments (f, id_b), ==, 1);

  /* Going after its Undo, B's toast purges nothing. */
  ld_ui_dismiss_toast (toast_b);
  g_assert_null (ld_ui_find_toast (f->overlay, ld_mediation_case_get_number (b)));
  g_assert_cmpuint (n_case_attachments (f, id_b), ==, 1);
}

/* When the toast of a delete in the editor goes without Undo, the kept
 * attachments go too: the case put back afterwards has none. */
static void
test_delete_editor_purges (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = deletable_cases (f, 1);
  LdMediationCase *target = cases->pdata[0];
  gint64 id = ld_mediation_case_get_id (target);
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  ld_ui_register_delete_in_editor (f, open_editor (f, id));
  LD_UI_WAIT_FOR ((toast = ld_ui_find_toast (f->overlay, ld_mediation_case_get_number (target))) != NULL);
  g_assert_cmpstr (adw_toast_get_button_label (toast), ==, _("_Undo"));

  ld_ui_dismiss_toast (toast);
  g_assert_true (ld_mediation_store_restore_deleted (f->db, target, &error));
  g_assert_no_error (error);
  g_assert_true (case_exists (f, id));
  g_assert_cmpuint (n_case_attachments (f, id), ==, 0);
}

/* An editor open on the deleted case closes with it, its unsaved changes
 * and draft dropped: left open, its Save would write into a record that
 * is gone (or that took its place). */
static void
test_delete_closes_editor (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = all_cases (f);
  LdMediationCase *target = cases->pdata[0];
  gint64 id = ld_mediation_case_get_id (target);
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;
  GtkWindow *editor;

  ld_mediation_editor_open (GTK_WIDGET (f->page), f->db, id);
  editor = ld_ui_wait_for_window (LD_TYPE_MEDIATION_EDITOR, NULL, NULL);
  ld_ui_set_text (editor, "title", "删除前未保存的修改");
  g_assert_true (ld_mediation_editor_get_modified (LD_MEDIATION_EDITOR (editor)));

  ld_ui_register_search (f, ld_mediation_case_get_number (target));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1);
  ld_ui_register_delete_first_row (f);
  g_assert_false (case_exists (f, id));
  ld_ui_wait_for_no_window (LD_TYPE_MEDIATION_EDITOR, NULL, NULL);
  ld_ui_drain_main_loop ();

  ids = ld_draft_store_list (f->db, "mediation", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 0);
}

static GBytes *
render_stub (const char  *number,
             gpointer     user_data,
             GError     **error)
{
  static const char pdf[] = "%PDF-1.4\n%%EOF\n";

  return g_bytes_new_static (pdf, sizeof pdf - 1);
}

/* A case with an issued document cannot be deleted: the toast says why
 * and the row stays. */
static void
test_delete_refused (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = all_cases (f);
  LdMediationCase *target = cases->pdata[1];
  g_autoptr(LdIssuedDocument) issued = NULL;
  g_autoptr(GError) error = NULL;

  issued = ld_issued_store_issue (f->db, LD_DOCUMENT_KIND_MEDIATION_APPLICATION, 2026,
                                  LD_MEDIATION_STORE_TABLE, ld_mediation_case_get_id (target),
                                  "人民调解申请书", render_stub, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (issued);

  ld_ui_register_search (f, ld_mediation_case_get_number (target));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == 1);
  ld_ui_register_delete_first_row (f);
  g_assert_null (adw_toast_get_button_label (f->last_toast));
  g_assert_nonnull (strstr (adw_toast_get_title (f->last_toast), ld_mediation_case_get_number (target)));
  g_assert_true (case_exists (f, ld_mediation_case_get_id (target)));
  for (int i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpuint (ld_ui_register_n_items (f), ==, 1);
}

/* The preferences' Mediation page, in a window of its own. */
static GtkWidget *
open_preferences (Fixture    *f,
                  GtkWindow **out_window)
{
  GtkWidget *page = ld_preferences_mediation_new (f->db);
  GtkWindow *window = GTK_WINDOW (adw_preferences_window_new ());

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (page));
  gtk_window_present (window);
  LD_UI_WAIT_FOR (gtk_widget_get_mapped (page));
  *out_window = window;
  return page;
}

static gboolean
is_category_row (GtkWidget     *widget,
                 gconstpointer  name)
{
  return ADW_IS_ENTRY_ROW (widget) && g_strcmp0 (gtk_widget_get_name (widget), "category") == 0
         && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), name) == 0;
}

/* The category row whose stored name is @name (its text), or NULL. */
static GtkWidget *
find_category_row (GtkWidget  *root,
                   const char *name)
{
  return ld_ui_find_match (root, is_category_row, name);
}

static void
apply_text (GtkWidget  *row,
            const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text);
  g_signal_emit_by_name (row, "apply");
}

static gboolean
categories_contain (Fixture    *f,
                    gboolean    include_retired,
                    const char *name)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) categories = ld_mediation_store_list_categories (f->db, include_retired, &error);

  g_assert_no_error (error);
  return g_strv_contains ((const char * const *) categories, name);
}

static void
test_preferences_categories (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GPtrArray) cases = all_cases (f);
  GtkDropDown *category = dropdown (f, "category-filter");
  GtkWindow *window;
  GtkWidget *page = open_preferences (f, &window);
  GtkWidget *new_row = ld_ui_find_named (page, "new-category");
  GtkLabel *message = GTK_LABEL (ld_ui_find_named (page, "category-error"));
  g_autofree char *duplicate = NULL;
  const char *used = ld_mediation_case_get_category (cases->pdata[0]);
  g_autofree char *renamed = g_strconcat (used, "（测试改名）", NULL);
  guint n_used = 0;
  GtkWidget *row;
  GtkWidget *in_use;

  g_assert_true (ADW_IS_ENTRY_ROW (new_row));
  g_assert_nonnull (message);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  /* Every category has its row, the retired ones too. */
  {
    g_autoptr(GError) error = NULL;
    g_auto(GStrv) all = ld_mediation_store_list_categories (f->db, TRUE, &error);

    g_assert_no_error (error);
    for (guint i = 0; all[i] != NULL; i++)
      g_assert_nonnull (find_category_row (page, all[i]));
  }

  /* Added: in the store and in the list's filter. */
  apply_text (new_row, "  列表测试新类别 ");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_true (categories_contain (f, FALSE, "列表测试新类别"));
  g_assert_nonnull (find_category_row (page, "列表测试新类别"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (new_row)), ==, "");
  LD_UI_WAIT_FOR (dropdown_find (category, "列表测试新类别") > 0);

  /* A duplicate is refused with the reason. */
  apply_text (new_row, "列表测试新类别");
  duplicate = g_strdup_printf (_("There is already a category “%s”: choose another name."),
                               "列表测试新类别");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_cmpstr (gtk_label_get_text (message), ==, duplicate);
  g_assert_true (gtk_widget_has_css_class (new_row, "error"));

  /* So is a blank name. */
  apply_text (new_row, "   ");
  g_assert_cmpstr (gtk_label_get_text (message), ==, _("Enter the name of the category."));
  {
    g_autoptr(GError) error = NULL;
    g_auto(GStrv) all = ld_mediation_store_list_categories (f->db, TRUE, &error);
    guint n = 0;

    for (guint i = 0; all[i] != NULL; i++)
      if (strcmp (all[i], "列表测试新类别") == 0)
        n++;
    g_assert_cmpuint (n, ==, 1);
  }

  /* Renaming to another category's name is refused too. */
  row = find_category_row (page, "列表测试新类别");
  apply_text (row, used);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  /* Only the row the message is about is marked. */
  g_assert_false (gtk_widget_has_css_class (new_row, "error"));
  g_assert_true (categories_contain (f, TRUE, "列表测试新类别"));

  /* Renaming a category renames it in its cases. */
  for (guint i = 0; i < cases->len; i++)
    if (g_strcmp0 (ld_mediation_case_get_category (cases->pdata[i]), used) == 0)
      n_used++;
  g_assert_cmpuint (n_used, >, 0);
  row = find_category_row (page, used);
  g_assert_nonnull (row);
  apply_text (row, renamed);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (message)));
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_false (categories_contain (f, TRUE, used));
  g_assert_true (categories_contain (f, TRUE, renamed));
  {
    g_autoptr(LdMediationCase) mcase = get_case (f, ld_mediation_case_get_id (cases->pdata[0]));

    g_assert_cmpstr (ld_mediation_case_get_category (mcase), ==, renamed);
  }
  LD_UI_WAIT_FOR (dropdown_find (category, renamed) > 0);
  gtk_drop_down_set_selected (category, dropdown_find (category, renamed));
  LD_UI_WAIT_FOR (ld_ui_register_n_items (f) == n_used);

  /* Retired: no longer offered for new cases, still in the list's filter. */
  in_use = ld_ui_find_named (row, "category-in-use");
  g_assert_true (GTK_IS_SWITCH (in_use));
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (in_use)));
  gtk_switch_set_active (GTK_SWITCH (in_use), FALSE);
  g_assert_false (categories_contain (f, FALSE, renamed));
  g_assert_true (categories_contain (f, TRUE, renamed));
  g_assert_cmpint (dropdown_find (category, renamed), >, 0);
  g_assert_cmpuint (ld_ui_register_n_items (f), ==, n_used);

  /* Shown as retired when the page is opened again; and brought back. */
  gtk_window_destroy (window);
  page = open_preferences (f, &window);
  row = find_category_row (page, renamed);
  in_use = ld_ui_find_named (row, "category-in-use");
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (in_use)));
  gtk_switch_set_active (GTK_SWITCH (in_use), TRUE);
  g_assert_true (categories_contain (f, FALSE, renamed));
  gtk_window_destroy (window);
}

static void
test_preferences_reminders (Fixture       *f,
                            gconstpointer  data)
{
  static const char * const names[] = {
    "target-days", "admin-working-days", "admin-extension-days", "return-visit-days",
    "confirmation-days", "confirmation-warn-days", "warn-days",
  };
  LdMediationReminderSettings defaults, stored;
  g_autoptr(GError) error = NULL;
  GtkWindow *window;
  GtkWidget *page = open_preferences (f, &window);

  /* An untouched database shows the defaults. */
  ld_mediation_reminder_settings_init (&defaults);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (ld_ui_find_named (page, "target-days"))), ==,
                   defaults.target_days);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (ld_ui_find_named (page, "admin-working-days"))), ==,
                   defaults.admin_working_days);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (ld_ui_find_named (page, "warn-days"))), ==,
                   defaults.warn_days);

  /* Each one is saved as it changes. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *spin = ld_ui_find_named (page, names[i]);

      g_assert_true (GTK_IS_SPIN_BUTTON (spin));
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 40 + i);
    }
  g_assert_true (ld_mediation_store_load_reminder_settings (f->db, &stored, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stored.target_days, ==, 40);
  g_assert_cmpint (stored.admin_working_days, ==, 41);
  g_assert_cmpint (stored.admin_extension_days, ==, 42);
  g_assert_cmpint (stored.return_visit_days, ==, 43);
  g_assert_cmpint (stored.confirmation_days, ==, 44);
  g_assert_cmpint (stored.confirmation_warn_days, ==, 45);
  g_assert_cmpint (stored.warn_days, ==, 46);

  /* A period cannot be set below its lower bound. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ld_ui_find_named (page, "target-days")), -5);
  g_assert_true (ld_mediation_store_load_reminder_settings (f->db, &stored, &error));
  g_assert_cmpint (stored.target_days, ==, 1);

  /* Opened again, the page shows what was stored. */
  gtk_window_destroy (window);
  page = open_preferences (f, &window);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (ld_ui_find_named (page, "return-visit-days"))), ==, 43);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (ld_ui_find_named (page, "warn-days"))), ==, 46);
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, ld_ui_register_fixture_tear_down)
  ADD ("/ui/mediation-list/filters-shown", test_filters_shown);
  ADD ("/ui/mediation-list/category-filter", test_category_filter);
  ADD ("/ui/mediation-list/mediator-filter", test_mediator_filter);
  ADD ("/ui/mediation-list/status-date-range", test_status_date_range);
  ADD ("/ui/mediation-list/search-no-id-numbers", test_search_no_id_numbers);
  ADD ("/ui/mediation-list/delete-undo", test_delete_undo);
  ADD ("/ui/mediation-list/delete-refused", test_delete_refused);
  ADD ("/ui/mediation-list/delete-closes-editor", test_delete_closes_editor);
  ADD ("/ui/mediation-list/delete-attachments", test_delete_attachments);
  ADD ("/ui/mediation-list/delete-register-then-editor", test_delete_register_then_editor);
  ADD ("/ui/mediation-list/delete-editor-purges", test_delete_editor_purges);
  ADD ("/ui/mediation-list/preferences-categories", test_preferences_categories);
  ADD ("/ui/mediation-list/preferences-reminders", test_preferences_reminders);
#undef ADD

  return g_test_run ();
}

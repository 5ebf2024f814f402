/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-contract-editor.h"
#include "ld-contract-delete.h"
#include "ld-contract-store.h"
#include "ld-date-format.h"
#include "ld-date-range-button.h"
#include "ld-due-list.h"
#include "ld-mediation-editor.h"
#include "ld-mediation-delete.h"
#include "ld-mediation-enums.h"
#include "ld-mediation-store.h"
#include "ld-money.h"
#include "ld-paged-model.h"
#include "ld-petition-editor.h"
#include "ld-register-page.h"

typedef enum
{
  COLUMN_NUMBER,
  COLUMN_TITLE,
  COLUMN_PARTY,
  COLUMN_STATUS,
  COLUMN_RECEIVED,
  COLUMN_DUE,
  COLUMN_AMOUNT,
  COLUMN_PERSON,
  N_COLUMNS
} Column;

/* Widget names of the cells, one per column (for style and tests). */
static const char * const column_names[N_COLUMNS] = {
  "number", "title", "party", "status", "received", "due", "amount", "person",
};

/* The table of the organisation's dispute categories (ld-mediation-store.h):
 * a change to it refills the category filter. */
#define DISPUTE_CATEGORIES_TABLE "dispute_categories"

/* A record due within this many days (in an open status) is marked amber. */
#define DUE_SOON_DAYS 2

static const LdPagedSort column_sorts[N_COLUMNS] = {
  LD_PAGED_SORT_NUMBER,
  LD_PAGED_SORT_TITLE,
  LD_PAGED_SORT_PARTY,
  LD_PAGED_SORT_STATUS,
  LD_PAGED_SORT_RECEIVED,
  LD_PAGED_SORT_DUE,
  LD_PAGED_SORT_AMOUNT,
  LD_PAGED_SORT_PERSON,
};

typedef struct
{
  const char *icon_name;
  const char *empty_title;
  const char *empty_description;
  const char *column_titles[N_COLUMNS];
  /* The columns shown, in order, ended by -1. */
  int columns[N_COLUMNS + 1];
} AreaInfo;

static const AreaInfo area_infos[LD_N_RECORD_AREAS] = {
  [LD_RECORD_AREA_CONTRACT] = {
    "x-office-document-symbolic",
    N_("No Contracts Under Review"),
    N_("Register contracts sent for legal review, work through the checklist and issue the legal review opinion letter."),
    { NC_("column", "Number"), NC_("column", "Contract"), NC_("column", "Counterparty"),
      NC_("column", "Status"), NC_("column", "Received"), NC_("column", "Due"),
      NC_("column", "Amount"), NC_("column", "Reviewer") },
    { COLUMN_NUMBER, COLUMN_TITLE, COLUMN_PARTY, COLUMN_AMOUNT, COLUMN_PERSON, COLUMN_DUE,
      COLUMN_STATUS, -1 },
  },
  [LD_RECORD_AREA_MEDIATION] = {
    "system-users-symbolic",
    N_("No Mediation Cases"),
    N_("Log mediation cases from the application to the agreement, its performance and the return visit, and print the case documents."),
    { NC_("column", "Number"), NC_("column", "Dispute"), NC_("column", "Applicant"),
      NC_("column", "Status"), NC_("column", "Applied"), NC_("column", "Due"),
      NULL, NC_("column", "Mediators") },
    { COLUMN_NUMBER, COLUMN_TITLE, COLUMN_PARTY, COLUMN_PERSON, COLUMN_STATUS, COLUMN_RECEIVED,
      COLUMN_DUE, -1 },
  },
  [LD_RECORD_AREA_PETITION] = {
    "mail-unread-symbolic",
    N_("No Petitions"),
    N_("Track petitions against the statutory time limits, from registration and acceptance to the written reply."),
    { NC_("column", "Number"), NC_("column", "Subject"), NC_("column", "Petitioner"),
      NC_("column", "Status"), NC_("column", "Received"), NC_("column", "Due"),
      NULL, NC_("column", "Handler") },
    { COLUMN_NUMBER, COLUMN_TITLE, COLUMN_PARTY, COLUMN_PERSON, COLUMN_STATUS, COLUMN_RECEIVED,
      COLUMN_DUE, -1 },
  },
};

typedef struct
{
  LdRegisterPage *self;
  Column column;
} ColumnData;

struct _LdRegisterPage
{
  GtkWidget parent_instance;

  LdDatabase *database;
  LdRecordArea area;
  LdPagedModel *model;
  GtkSelectionModel *selection;
  ColumnData column_data[N_COLUMNS];
  int probed_column;

  GtkWidget *toolbar;
  GtkSearchEntry *search_entry;
  GtkToggleButton *overdue_button;
  GtkDropDown *status_dropdown;
  GtkDropDown *person_dropdown;
  GtkDropDown *category_dropdown;
  LdDateRangeButton *date_range_button;
  GtkWidget *clear_button;
  GtkWidget *context_menu;
  GStrv people;             /* the person dropdown's items after "All" */
  GStrv categories;         /* the category dropdown's items after "All" */
  gboolean filling;         /* a dropdown is being refilled */
  GtkStack *stack;
  GtkColumnView *column_view;
  AdwStatusPage *empty_page;
};

G_DEFINE_FINAL_TYPE (LdRegisterPage, ld_register_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATABASE,
  PROP_AREA,
  N_PROPS
};

enum {
  ADD_TOAST,
  RECORD_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean
is_filtered (LdRegisterPage *self)
{
  g_autofree char *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));

  return g_strstrip (text)[0] != '\0'
         || gtk_drop_down_get_selected (self->status_dropdown) > 0
         || gtk_toggle_button_get_active (self->overdue_button)
         || (gtk_drop_down_get_selected (self->person_dropdown) > 0
             && gtk_drop_down_get_selected (self->person_dropdown) != GTK_INVALID_LIST_POSITION)
         || (gtk_drop_down_get_selected (self->category_dropdown) > 0
             && gtk_drop_down_get_selected (self->category_dropdown) != GTK_INVALID_LIST_POSITION)
         || ld_date_range_button_get_range (self->date_range_button, NULL, NULL);
}

static void
update_state (LdRegisterPage *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  const char *state;

  if (n_items > 0)
    state = "list";
  else if (is_filtered (self))
    state = "no-results";
  else
    state = "empty";

  /* Searching an empty register makes no sense: hide the search then. */
  gtk_widget_set_visible (self->toolbar, g_strcmp0 (state, "empty") != 0);
  gtk_stack_set_visible_child_name (self->stack, state);
  gtk_widget_set_sensitive (self->clear_button, is_filtered (self));
}

static void
items_changed_cb (GListModel     *model,
                  guint           position,
                  guint           removed,
                  guint           added,
                  LdRegisterPage *self)
{
  update_state (self);
}

static void
search_changed_cb (LdRegisterPage *self,
                   GtkSearchEntry *entry)
{
  ld_paged_model_set_search (self->model, gtk_editable_get_text (GTK_EDITABLE (entry)));
  update_state (self);
}

static void
stop_search_cb (LdRegisterPage *self,
                GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
status_selected_cb (LdRegisterPage *self,
                    GParamSpec     *pspec,
                    GtkDropDown    *dropdown)
{
  const char * const *statuses = ld_record_area_get_statuses (self->area);
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (self->model == NULL)
    return;

  /* Item 0 is "All Statuses"; the others follow the workflow order. */
  if (selected == 0 || selected == GTK_INVALID_LIST_POSITION
      || selected > g_strv_length ((char **) statuses))
    ld_paged_model_set_status_filter (self->model, NULL);
  else
    ld_paged_model_set_status_filter (self->model, statuses[selected - 1]);
  update_state (self);
}

static void
overdue_toggled_cb (LdRegisterPage  *self,
                    GtkToggleButton *button)
{
  GDate today;

  if (self->model == NULL)
    return;

  ld_get_today (&today);
  ld_paged_model_set_overdue_only (self->model, gtk_toggle_button_get_active (button), &today);
  update_state (self);
}

/* The item of @items chosen in @dropdown, whose item 0 is "All …" (NULL
 * then). */
static const char *
chosen_item (GtkDropDown *dropdown,
             GStrv        items)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (items == NULL || selected == 0 || selected == GTK_INVALID_LIST_POSITION
      || selected > g_strv_length (items))
    return NULL;
  return items[selected - 1];
}

/* Refills @dropdown with @labels ("All …", then one for each of
 * @new_items) and makes @new_items its @items (taking both), keeping the
 * chosen item while it is still there. TRUE when it went (then "All …" is
 * chosen, without the dropdown's handler seeing it). */
static gboolean
refill_dropdown (LdRegisterPage *self,
                 GtkDropDown    *dropdown,
                 GStrv          *items,
                 GStrv           new_items,
                 GtkStringList  *labels)
{
  g_autofree char *current = g_strdup (chosen_item (dropdown, *items));
  guint new_selected = 0;

  for (guint i = 0; new_items[i] != NULL; i++)
    if (g_strcmp0 (new_items[i], current) == 0)
      new_selected = i + 1;

  g_strfreev (*items);
  *items = new_items;
  self->filling = TRUE;
  gtk_drop_down_set_model (dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (dropdown, new_selected);
  self->filling = FALSE;
  g_object_unref (labels);
  return current != NULL && new_selected == 0;
}

static void
person_selected_cb (LdRegisterPage *self,
                    GParamSpec     *pspec,
                    GtkDropDown    *dropdown)
{
  if (self->model == NULL || self->filling)
    return;

  /* Item 0 is "All Reviewers" (or "All Mediators"). */
  ld_paged_model_set_person_filter (self->model, chosen_item (dropdown, self->people));
  update_state (self);
}

/* The registers whose people can be chosen in the person dropdown. */
static gboolean
has_person_filter (LdRecordArea area)
{
  return area == LD_RECORD_AREA_CONTRACT || area == LD_RECORD_AREA_MEDIATION;
}

/* Refills the reviewer (mediator) dropdown from the register, keeping the
 * chosen person while they still have records. */
static void
fill_person_dropdown (LdRegisterPage *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) people = NULL;
  GtkStringList *labels;

  if (!has_person_filter (self->area))
    return;

  if (self->area == LD_RECORD_AREA_MEDIATION)
    people = ld_mediation_store_list_mediators (self->database, &error);
  else
    people = ld_contract_store_list_reviewers (self->database, &error);
  if (people == NULL)
    {
      g_warning ("Cannot list the people of the register: %s", error->message);
      return;
    }

  labels = gtk_string_list_new (NULL);
  gtk_string_list_append (labels, self->area == LD_RECORD_AREA_MEDIATION
                                  ? _("All Mediators") : _("All Reviewers"));
  gtk_string_list_splice (labels, 1, 0, (const char * const *) people);
  /* The chosen reviewer's last review went: show everyone again. */
  if (refill_dropdown (self, self->person_dropdown, &self->people, g_steal_pointer (&people), labels))
    person_selected_cb (self, NULL, self->person_dropdown);
}

static void
category_selected_cb (LdRegisterPage *self,
                      GParamSpec     *pspec,
                      GtkDropDown    *dropdown)
{
  g_autoptr(LdListQuery) query = NULL;

  if (self->model == NULL || self->filling
      || self->area != LD_RECORD_AREA_MEDIATION)
    return;

  /* Item 0 is "All Categories". The model has no setter of its own for
   * it: the query carries it. */
  query = ld_list_query_copy (ld_paged_model_get_query (self->model));
  ld_list_query_set_category (query, chosen_item (dropdown, self->categories));
  ld_paged_model_set_query (self->model, query);
  update_state (self);
}

/* Refills the category dropdown from the organisation's categories,
 * retired ones too (old cases keep them), keeping the chosen one while it
 * is still there (a renamed category is a new one). */
static void
fill_category_dropdown (LdRegisterPage *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) categories = NULL;
  GtkStringList *labels;

  if (self->area != LD_RECORD_AREA_MEDIATION)
    return;

  categories = ld_mediation_store_list_categories (self->database, TRUE, &error);
  if (categories == NULL)
    {
      g_warning ("Cannot list the dispute categories: %s", error->message);
      return;
    }

  labels = gtk_string_list_new (NULL);
  gtk_string_list_append (labels, _("All Categories"));
  /* A default category in the user's language, as the editor shows it. */
  for (guint i = 0; categories[i] != NULL; i++)
    gtk_string_list_append (labels, ld_dispute_category_get_label (categories[i]));
  /* The chosen category went (renamed): show every category again. */
  if (refill_dropdown (self, self->category_dropdown, &self->categories,
                       g_steal_pointer (&categories), labels))
    category_selected_cb (self, NULL, self->category_dropdown);
}

static void
database_changed_cb (LdDatabase     *database,
                     const char     *table,
                     LdRegisterPage *self)
{
  if (self->area == LD_RECORD_AREA_CONTRACT && g_strcmp0 (table, LD_CONTRACT_STORE_TABLE) == 0)
    fill_person_dropdown (self);
  else if (self->area == LD_RECORD_AREA_MEDIATION && g_strcmp0 (table, LD_MEDIATION_STORE_TABLE) == 0)
    fill_person_dropdown (self);
  else if (self->area == LD_RECORD_AREA_MEDIATION && g_strcmp0 (table, DISPUTE_CATEGORIES_TABLE) == 0)
    fill_category_dropdown (self);
}

static void
date_range_changed_cb (LdRegisterPage    *self,
                       LdDateRangeButton *button)
{
  GDate from, to;

  if (self->model == NULL)
    return;

  ld_date_range_button_get_range (button, &from, &to);
  ld_paged_model_set_date_range (self->model,
                                 g_date_valid (&from) ? &from : NULL,
                                 g_date_valid (&to) ? &to : NULL);
  update_state (self);
}

static void
clear_filters_cb (LdRegisterPage *self,
                  GtkButton      *button)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_drop_down_set_selected (self->status_dropdown, 0);
  gtk_drop_down_set_selected (self->person_dropdown, 0);
  gtk_drop_down_set_selected (self->category_dropdown, 0);
  gtk_toggle_button_set_active (self->overdue_button, FALSE);
  ld_date_range_button_clear (self->date_range_button);
}

/* GTK 4.8 has no API to read which header the user clicked (the column view
 * sorter's primary-sort-column arrived in 4.10). Each column gets a sorter
 * that notes when it is asked: comparing two items with the column view's
 * sorter asks only the primary column's, and the sign of the answer tells
 * the direction. Nothing is sorted in memory: the order is pushed to SQL. */
static int
probe_compare (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  ColumnData *data = user_data;

  if (data->self->probed_column < 0)
    data->self->probed_column = data->column;
  return GTK_ORDERING_SMALLER;
}

static void
view_sorter_changed_cb (GtkSorter       *sorter,
                        GtkSorterChange  change,
                        LdRegisterPage  *self)
{
  GtkOrdering ordering;

  self->probed_column = -1;
  ordering = gtk_sorter_compare (sorter, self, self->model);
  if (self->probed_column < 0)
    return;

  ld_paged_model_set_sort (self->model, column_sorts[self->probed_column],
                           ordering == GTK_ORDERING_LARGER);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  ColumnData *data = user_data;
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_name (label, column_names[data->column]);
  /* The context menu finds its row from the cell under the pointer. */
  g_object_set_data (G_OBJECT (label), "ld-list-item", item);
  if (data->column == COLUMN_AMOUNT)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  else
    gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  if (data->column == COLUMN_DUE && data->self->area == LD_RECORD_AREA_PETITION)
    {
      /* Petitions: the date and a countdown badge beside it (issue 6). */
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *badge = gtk_label_new (NULL);

      gtk_widget_set_name (badge, "due-badge");
      gtk_widget_add_css_class (badge, "caption-heading");
      g_object_set_data (G_OBJECT (box), "ld-list-item", item);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), badge);
      gtk_list_item_set_child (item, box);
      return;
    }
  gtk_list_item_set_child (item, label);
}

/* The due column of petitions holds a box of the date and the badge. */
static GtkLabel *
cell_label (GtkListItem *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  return GTK_LABEL (GTK_IS_LABEL (child) ? child : gtk_widget_get_first_child (child));
}

static GtkLabel *
cell_badge (GtkListItem *item)
{
  GtkWidget *child = gtk_list_item_get_child (item);

  return GTK_IS_LABEL (child) ? NULL : GTK_LABEL (gtk_widget_get_last_child (child));
}

static void
bind_due_badge (GtkListItem     *item,
                LdRecordSummary *summary,
                const GDate     *today)
{
  GtkLabel *badge = cell_badge (item);
  g_autofree char *text = NULL;
  int days_left;

  if (badge == NULL)
    return;
  if (!ld_record_summary_get_days_left (summary, today, &days_left)
      || ld_due_group_for_days (days_left) == LD_DUE_GROUP_NONE)
    {
      gtk_widget_set_visible (GTK_WIDGET (badge), FALSE);
      return;
    }
  text = ld_due_badge_text (days_left);
  gtk_label_set_text (badge, text);
  gtk_widget_add_css_class (GTK_WIDGET (badge), ld_due_badge_css_class (days_left));
  gtk_widget_set_visible (GTK_WIDGET (badge), TRUE);
}

static void
unbind_due_badge (GtkListItem *item)
{
  GtkLabel *badge = cell_badge (item);

  if (badge == NULL)
    return;
  gtk_label_set_text (badge, "");
  gtk_widget_remove_css_class (GTK_WIDGET (badge), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (badge), "warning");
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  ColumnData *data = user_data;
  GtkLabel *label = cell_label (item);
  LdRecordSummary *summary = gtk_list_item_get_item (item);
  g_autofree char *date = NULL;
  const char *text = "";

  if (summary == NULL)
    return;

  switch (data->column)
    {
    case COLUMN_NUMBER:
      text = ld_record_summary_get_number (summary);
      break;
    case COLUMN_TITLE:
      text = ld_record_summary_get_title (summary);
      break;
    case COLUMN_PARTY:
      text = ld_record_summary_get_party (summary);
      break;
    case COLUMN_STATUS:
      text = ld_record_summary_get_status_label (summary);
      break;
    case COLUMN_RECEIVED:
      text = date = ld_format_list_date (ld_record_summary_get_received (summary));
      break;
    case COLUMN_DUE:
      {
        GDate today;

        int days_left;

        ld_get_today (&today);
        text = date = ld_format_list_date (ld_record_summary_get_due (summary));
        if (ld_record_summary_is_overdue (summary, &today))
          gtk_widget_add_css_class (GTK_WIDGET (label), "error");
        else if (ld_record_summary_get_days_left (summary, &today, &days_left)
                 && days_left >= 0 && days_left <= DUE_SOON_DAYS)
          gtk_widget_add_css_class (GTK_WIDGET (label), "warning");
        bind_due_badge (item, summary, &today);
      }
      break;
    case COLUMN_AMOUNT:
      {
        gint64 fen = ld_record_summary_get_amount_fen (summary);
        g_autofree char *amount = NULL;

        if (fen >= 0)
          {
            amount = ld_money_format (fen);
            /* Translators: an amount of money in the list; %s is e.g. "1,234,567.00".
             * "%s 元" is fine too. */
            text = date = g_strdup_printf (_("¥%s"), amount);
          }
      }
      break;
    case COLUMN_PERSON:
      text = ld_record_summary_get_person (summary);
      break;
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gtk_label_set_text (label, text ? text : "");
}

static void
unbind_cell_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  user_data)
{
  GtkWidget *label = GTK_WIDGET (cell_label (item));

  gtk_label_set_text (GTK_LABEL (label), "");
  gtk_widget_remove_css_class (label, "error");
  gtk_widget_remove_css_class (label, "warning");
  unbind_due_badge (item);
}

static void
column_view_activate_cb (GtkColumnView  *view,
                         guint           position,
                         LdRegisterPage *self)
{
  g_autoptr(LdRecordSummary) summary = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (summary != NULL)
    g_signal_emit (self, signals[RECORD_ACTIVATED], 0, summary);
}

static LdRecordSummary *
get_selected_summary (LdRegisterPage *self)
{
  return gtk_single_selection_get_selected_item (GTK_SINGLE_SELECTION (self->selection));
}

/* The registers whose records can be deleted from the list (deleting
 * petitions comes with their editor). */
static gboolean
can_delete (LdRecordArea area)
{
  return area == LD_RECORD_AREA_CONTRACT || area == LD_RECORD_AREA_MEDIATION;
}

static void
update_actions (LdRegisterPage *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "register.delete",
                                 can_delete (self->area)
                                 && get_selected_summary (self) != NULL);
}

static void
selection_changed_cb (GtkSelectionModel *selection,
                      guint              position,
                      guint              n_items,
                      LdRegisterPage    *self)
{
  update_actions (self);
}

static void
delete_action_cb (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LdRegisterPage *self = LD_REGISTER_PAGE (widget);
  LdRecordSummary *summary = get_selected_summary (self);

  if (summary != NULL && self->area == LD_RECORD_AREA_CONTRACT)
    ld_contract_delete_confirm (widget, self->database, summary);
  else if (summary != NULL && self->area == LD_RECORD_AREA_MEDIATION)
    ld_mediation_delete_confirm (widget, self->database, summary);
}

static void
popup_context_menu (LdRegisterPage *self,
                    double          x,
                    double          y)
{
  GdkRectangle rect = { (int) x, (int) y, 1, 1 };

  if (self->context_menu == NULL)
    {
      g_autoptr(GMenu) menu = g_menu_new ();

      g_menu_append (menu, _("_Delete…"), "register.delete");
      self->context_menu = gtk_popover_menu_new_from_model (G_MENU_MODEL (menu));
      gtk_popover_set_has_arrow (GTK_POPOVER (self->context_menu), FALSE);
      gtk_widget_set_halign (self->context_menu, GTK_ALIGN_START);
      gtk_widget_set_parent (self->context_menu, GTK_WIDGET (self));
    }
  gtk_popover_set_pointing_to (GTK_POPOVER (self->context_menu), &rect);
  gtk_popover_popup (GTK_POPOVER (self->context_menu));
}

/* Right click: select the row under the pointer, then offer what can be
 * done with it. */
static void
context_click_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  LdRegisterPage  *self)
{
  GtkWidget *view = GTK_WIDGET (self->column_view);
  GtkWidget *picked = gtk_widget_pick (view, x, y, GTK_PICK_DEFAULT);
  double page_x, page_y;

  for (; picked != NULL && picked != view; picked = gtk_widget_get_parent (picked))
    {
      GtkListItem *item = g_object_get_data (G_OBJECT (picked), "ld-list-item");

      if (item != NULL && gtk_list_item_get_position (item) != GTK_INVALID_LIST_POSITION)
        {
          gtk_selection_model_select_item (self->selection, gtk_list_item_get_position (item), TRUE);
          break;
        }
    }
  if (picked == NULL || picked == view || !can_delete (self->area))
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  if (gtk_widget_translate_coordinates (view, GTK_WIDGET (self), x, y, &page_x, &page_y))
    popup_context_menu (self, page_x, page_y);
}

static void
context_menu_action_cb (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  LdRegisterPage *self = LD_REGISTER_PAGE (widget);
  graphene_point_t point;

  if (!can_delete (self->area) || get_selected_summary (self) == NULL)
    return;
  /* The keyboard has no pointer position: open it at the top of the list. */
  if (!gtk_widget_compute_point (GTK_WIDGET (self->column_view), widget,
                                 &GRAPHENE_POINT_INIT (24, 48), &point))
    point = GRAPHENE_POINT_INIT (24, 48);
  popup_context_menu (self, point.x, point.y);
}

static void
add_columns (LdRegisterPage *self)
{
  const AreaInfo *info = &area_infos[self->area];
  GtkColumnViewColumn *number = NULL;

  for (const int *c = info->columns; *c >= 0; c++)
    {
      Column column = *c;
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkColumnViewColumn) view_column = NULL;
      g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (probe_compare, &self->column_data[column], NULL);
      ColumnData *data = &self->column_data[column];

      data->self = self;
      data->column = column;
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), data);
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), data);
      g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cell_cb), data);

      view_column = gtk_column_view_column_new (g_dpgettext2 (GETTEXT_PACKAGE, "column",
                                                              info->column_titles[column]),
                                                g_steal_pointer (&factory));
      gtk_column_view_column_set_sorter (view_column, GTK_SORTER (sorter));
      gtk_column_view_column_set_resizable (view_column, TRUE);
      gtk_column_view_column_set_expand (view_column,
                                         column == COLUMN_TITLE || column == COLUMN_PARTY);
      gtk_column_view_append_column (self->column_view, view_column);
      if (column == COLUMN_NUMBER)
        number = view_column;
    }

  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (view_sorter_changed_cb), self, 0);
  /* Newest first: the latest numbers are the ones being worked on. */
  gtk_column_view_sort_by_column (self->column_view, number, GTK_SORT_DESCENDING);
}

static void
fill_status_dropdown (LdRegisterPage *self)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  const char * const *statuses = ld_record_area_get_statuses (self->area);

  gtk_string_list_append (labels, _("All Statuses"));
  for (gsize i = 0; statuses != NULL && statuses[i] != NULL; i++)
    gtk_string_list_append (labels, ld_record_status_get_label (self->area, statuses[i]));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->status_dropdown, 0);
}

GtkWidget *
ld_register_page_new (LdDatabase   *database,
                      LdRecordArea  area)
{
  g_return_val_if_fail (LD_IS_DATABASE (database), NULL);
  g_return_val_if_fail (area < LD_N_RECORD_AREAS, NULL);

  return g_object_new (LD_TYPE_REGISTER_PAGE,
                       "database", database,
                       "area", area,
                       NULL);
}

LdRecordArea
ld_register_page_get_area (LdRegisterPage *self)
{
  g_return_val_if_fail (LD_IS_REGISTER_PAGE (self), 0);

  return self->area;
}

GListModel *
ld_register_page_get_model (LdRegisterPage *self)
{
  g_return_val_if_fail (LD_IS_REGISTER_PAGE (self), NULL);

  return G_LIST_MODEL (self->model);
}

const char *
ld_register_page_get_state (LdRegisterPage *self)
{
  g_return_val_if_fail (LD_IS_REGISTER_PAGE (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

void
ld_register_page_focus_search (LdRegisterPage *self)
{
  g_return_if_fail (LD_IS_REGISTER_PAGE (self));

  if (gtk_widget_get_visible (self->toolbar))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
ld_register_page_map (GtkWidget *widget)
{
  LdRegisterPage *self = LD_REGISTER_PAGE (widget);

  /* A GTK 4.8 list view builds up to 200 rows as soon as it has a model,
   * mapped or not: the rows of the hidden registers would cost startup
   * hundreds of milliseconds. Attach the model when the page is first shown. */
  if (gtk_column_view_get_model (self->column_view) == NULL)
    gtk_column_view_set_model (self->column_view, self->selection);

  GTK_WIDGET_CLASS (ld_register_page_parent_class)->map (widget);
}

static void
ld_register_page_constructed (GObject *object)
{
  LdRegisterPage *self = LD_REGISTER_PAGE (object);
  const AreaInfo *info = &area_infos[self->area];
  g_autoptr(GtkSingleSelection) selection = NULL;
  g_autofree char *description = NULL;

  G_OBJECT_CLASS (ld_register_page_parent_class)->constructed (object);

  g_assert (self->database != NULL);

  adw_status_page_set_icon_name (self->empty_page, info->icon_name);
  adw_status_page_set_title (self->empty_page, _(info->empty_title));
  /* Until the editors exist, sample data is the way to see a full list. */
  description = g_strdup_printf ("%s\n\n%s", _(info->empty_description),
                                 _("To try Legal Desk with sample records, run "
                                   "“legal-desk-cli demo --records 100”."));
  adw_status_page_set_description (self->empty_page, description);

  self->model = ld_paged_model_new (self->database, self->area);
  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (items_changed_cb), self, 0);

  add_columns (self);
  fill_status_dropdown (self);
  /* Contracts by reviewer, mediation cases by mediator and category. */
  gtk_widget_set_visible (GTK_WIDGET (self->person_dropdown), has_person_filter (self->area));
  gtk_widget_set_visible (GTK_WIDGET (self->category_dropdown), self->area == LD_RECORD_AREA_MEDIATION);
  if (self->area == LD_RECORD_AREA_MEDIATION)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->person_dropdown),
                                 _("Show Only One Mediator’s Cases"));
  if (has_person_filter (self->area))
    {
      fill_person_dropdown (self);
      fill_category_dropdown (self);
      g_signal_connect_object (self->database, "changed", G_CALLBACK (database_changed_cb), self, 0);
    }

  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  self->selection = GTK_SELECTION_MODEL (g_steal_pointer (&selection));
  g_signal_connect_object (self->column_view, "activate",
                           G_CALLBACK (column_view_activate_cb), self, 0);
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, 0);
  {
    GtkGesture *click = gtk_gesture_click_new ();

    gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_SECONDARY);
    g_signal_connect_object (click, "pressed", G_CALLBACK (context_click_cb), self, 0);
    gtk_widget_add_controller (GTK_WIDGET (self->column_view), GTK_EVENT_CONTROLLER (click));
  }
  update_actions (self);
  /* Contracts: "New" and activated rows open the contract editor. */
  if (self->area == LD_RECORD_AREA_CONTRACT)
    ld_contract_editor_hook_page (GTK_WIDGET (self), self->database,
                                  GTK_BOX (self->toolbar), self->empty_page);
  /* Petitions: the same for the petition editor. */
  if (self->area == LD_RECORD_AREA_PETITION)
    ld_petition_editor_hook_page (GTK_WIDGET (self), self->database,
                                  GTK_BOX (self->toolbar), self->empty_page);
  /* Mediation cases: the same for the mediation editor. */
  if (self->area == LD_RECORD_AREA_MEDIATION)
    ld_mediation_editor_hook_page (GTK_WIDGET (self), self->database,
                                   GTK_BOX (self->toolbar), self->empty_page);

  update_state (self);
}

static void
ld_register_page_dispose (GObject *object)
{
  LdRegisterPage *self = LD_REGISTER_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), LD_TYPE_REGISTER_PAGE);
  /* The template's unnamed top-level child is ours to unparent too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->context_menu = NULL;  /* unparented with the other children */
  g_clear_pointer (&self->people, g_strfreev);
  g_clear_pointer (&self->categories, g_strfreev);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ld_register_page_parent_class)->dispose (object);
}

static void
ld_register_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LdRegisterPage *self = LD_REGISTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    case PROP_AREA:
      g_value_set_enum (value, self->area);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_register_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LdRegisterPage *self = LD_REGISTER_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    case PROP_AREA:
      self->area = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_register_page_class_init (LdRegisterPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ld_register_page_constructed;
  object_class->dispose = ld_register_page_dispose;
  object_class->get_property = ld_register_page_get_property;
  object_class->set_property = ld_register_page_set_property;
  widget_class->map = ld_register_page_map;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         LD_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AREA] =
    g_param_spec_enum ("area", NULL, NULL,
                       LD_TYPE_RECORD_AREA, LD_RECORD_AREA_CONTRACT,
                       G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);
  signals[RECORD_ACTIVATED] =
    g_signal_new ("record-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, LD_TYPE_RECORD_SUMMARY);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/legaldesk/LegalDesk/ui/ld-register-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LdRegisterPage, toolbar);
  gtk_widget_class_bind_template_child (widget_class, LdRegisterPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, LdRegisterPage, overdue_button);
  gtk_widget_class_bind_template_child (widget_class, LdRegisterPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LdRegisterPage, person_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LdRegisterPage, category_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LdRegisterPage, date_range_button);
  gtk_widget_class_bind_template_child (widget_class, LdRegisterPage, clear_button);
  gtk_widget_class_bind_template_child (widget_class, LdRegisterPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LdRegisterPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, LdRegisterPage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, overdue_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, person_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, category_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_range_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_filters_cb);
  gtk_widget_class_install_action (widget_class, "register.delete", NULL, delete_action_cb);
  gtk_widget_class_install_action (widget_class, "register.context-menu", NULL, context_menu_action_cb);
  /* The menu shows the accelerator added last: the main Delete key. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Delete, 0, "register.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Delete, 0, "register.delete", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Menu, 0, "register.context-menu", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK,
                                       "register.context-menu", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ld_register_page_init (LdRegisterPage *self)
{
  g_type_ensure (LD_TYPE_DATE_RANGE_BUTTON);
  self->probed_column = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-contract-editor.h"
#include "ld-date-format.h"
#include "ld-paged-model.h"
#include "ld-register-page.h"

typedef enum
{
  COLUMN_NUMBER,
  COLUMN_TITLE,
  COLUMN_PARTY,
  COLUMN_STATUS,
  COLUMN_RECEIVED,
  COLUMN_DUE,
  N_COLUMNS
} Column;

static const LdPagedSort column_sorts[N_COLUMNS] = {
  LD_PAGED_SORT_NUMBER,
  LD_PAGED_SORT_TITLE,
  LD_PAGED_SORT_PARTY,
  LD_PAGED_SORT_STATUS,
  LD_PAGED_SORT_RECEIVED,
  LD_PAGED_SORT_DUE,
};

typedef struct
{
  const char *icon_name;
  const char *empty_title;
  const char *empty_description;
  const char *column_titles[N_COLUMNS];
} AreaInfo;

static const AreaInfo area_infos[LD_N_RECORD_AREAS] = {
  [LD_RECORD_AREA_CONTRACT] = {
    "x-office-document-symbolic",
    N_("No Contracts Under Review"),
    N_("Register contracts sent for legal review, work through the checklist and issue the legal review opinion letter."),
    { NC_("column", "Number"), NC_("column", "Contract"), NC_("column", "Counterparty"),
      NC_("column", "Status"), NC_("column", "Received"), NC_("column", "Due") },
  },
  [LD_RECORD_AREA_MEDIATION] = {
    "system-users-symbolic",
    N_("No Mediation Cases"),
    N_("Log mediation cases from the application to the agreement, its performance and the return visit, and print the case documents."),
    { NC_("column", "Number"), NC_("column", "Dispute"), NC_("column", "Applicant"),
      NC_("column", "Status"), NC_("column", "Applied"), NC_("column", "Due") },
  },
  [LD_RECORD_AREA_PETITION] = {
    "mail-unread-symbolic",
    N_("No Petitions"),
    N_("Track petitions against the statutory time limits, from registration and acceptance to the written reply."),
    { NC_("column", "Number"), NC_("column", "Subject"), NC_("column", "Petitioner"),
      NC_("column", "Status"), NC_("column", "Received"), NC_("column", "Due") },
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
         || gtk_toggle_button_get_active (self->overdue_button);
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
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  gtk_list_item_set_child (item, label);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  ColumnData *data = user_data;
  GtkLabel *label = GTK_LABEL (gtk_list_item_get_child (item));
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

        ld_get_today (&today);
        text = date = ld_format_list_date (ld_record_summary_get_due (summary));
        if (ld_record_summary_is_overdue (summary, &today))
          gtk_widget_add_css_class (GTK_WIDGET (label), "error");
      }
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
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), "");
  gtk_widget_remove_css_class (label, "error");
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

static void
add_columns (LdRegisterPage *self)
{
  const AreaInfo *info = &area_infos[self->area];
  GtkColumnViewColumn *number = NULL;

  for (Column column = 0; column < N_COLUMNS; column++)
    {
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

  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (selection, FALSE);
  gtk_single_selection_set_can_unselect (selection, TRUE);
  self->selection = GTK_SELECTION_MODEL (g_steal_pointer (&selection));
  g_signal_connect_object (self->column_view, "activate",
                           G_CALLBACK (column_view_activate_cb), self, 0);
  /* Contracts: "New" and activated rows open the contract editor. */
  if (self->area == LD_RECORD_AREA_CONTRACT)
    ld_contract_editor_hook_page (GTK_WIDGET (self), self->database,
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
  gtk_widget_class_bind_template_child (widget_class, LdRegisterPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LdRegisterPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, LdRegisterPage, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, status_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, overdue_toggled_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ld_register_page_init (LdRegisterPage *self)
{
  self->probed_column = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

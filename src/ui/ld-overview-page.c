/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ld-contract-editor.h"
#include "ld-date-format.h"
#include "ld-due-store.h"
#include "ld-list-query.h"
#include "ld-mediation-editor.h"
#include "ld-overview-page.h"
#include "ld-petition-editor.h"
#include "ld-petition-store.h"
#include "ld-stats-chart.h"

/* The rates of DOMAIN.md 7 the page shows, in this order; the value labels
 * are named for tests. */
typedef enum
{
  RATE_ON_TIME_ACCEPTANCE,
  RATE_ON_TIME_COMPLETION,
  RATE_COMPLETION,
  RATE_SATISFACTION,
  N_RATES
} Rate;

static const struct
{
  const char *name;
  const char *title;
  const char *subtitle;
} rate_info[N_RATES] = {
  { "on-time-acceptance", N_("On-time acceptance"), N_("Written notice within its time limit") },
  { "on-time-completion", N_("On-time completion"), N_("Replied within the handling limit") },
  { "completion", N_("Completion"), N_("Accepted petitions replied to") },
  { "satisfaction", N_("Satisfaction"), N_("Rated satisfied of those rated") },
};

struct _LdOverviewPage
{
  GtkWidget parent_instance;

  LdDatabase *database;
  guint counts[LD_N_RECORD_AREAS];
  guint overdue[LD_N_RECORD_AREAS];
  int refresh_pending;  /* atomic: "changed" may come from a worker thread */

  GtkStack *stack;
  AdwActionRow *contracts_row;
  AdwActionRow *mediation_row;
  AdwActionRow *petitions_row;
  AdwActionRow *due_row;

  /* What is due (ld_due_store_list), by LdDueGroup. */
  AdwPreferencesGroup *due_groups[LD_N_DUE_GROUPS];
  GPtrArray *due_rows[LD_N_DUE_GROUPS];
  guint due_totals[LD_N_DUE_GROUPS];

  /* Statistics of the chosen year. */
  int year;
  GtkSpinButton *year_spin;
  GtkLabel *received_label;
  LdStatsChart *month_chart;
  AdwPreferencesGroup *category_group;
  GPtrArray *category_rows;
  AdwPreferencesGroup *rates_group;
  GtkLevelBar *rate_bars[N_RATES];
  GtkLabel *rate_labels[N_RATES];
};

G_DEFINE_FINAL_TYPE (LdOverviewPage, ld_overview_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

enum {
  ADD_TOAST,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* "add-toast" lends the toast: the window takes its own reference. */
static void
show_error (LdOverviewPage *self,
            const GError   *error)
{
  g_autoptr(AdwToast) toast = adw_toast_new (error->message);

  g_signal_emit (self, signals[ADD_TOAST], 0, toast);
}

static AdwActionRow *
row_for_area (LdOverviewPage *self,
              LdRecordArea    area)
{
  switch (area)
    {
    case LD_RECORD_AREA_CONTRACT:
      return self->contracts_row;
    case LD_RECORD_AREA_MEDIATION:
      return self->mediation_row;
    case LD_RECORD_AREA_PETITION:
      return self->petitions_row;
    case LD_N_RECORD_AREAS:
    default:
      g_assert_not_reached ();
    }
}

static gboolean
count (LdOverviewPage *self,
       LdListQuery    *query,
       guint          *out_count)
{
  g_autoptr(GError) error = NULL;

  /* A COUNT on an index: the overview never reads the rows themselves. */
  if (!ld_list_query_count (query, self->database, out_count, &error))
    {
      show_error (self, error);
      *out_count = 0;
      return FALSE;
    }
  return TRUE;
}


static void
open_item (LdOverviewPage  *self,
           const LdDueItem *item)
{
  switch (item->area)
    {
    case LD_RECORD_AREA_CONTRACT:
      ld_contract_editor_open (GTK_WIDGET (self), self->database, item->id);
      break;
    case LD_RECORD_AREA_MEDIATION:
      ld_mediation_editor_open (GTK_WIDGET (self), self->database, item->id);
      break;
    case LD_RECORD_AREA_PETITION:
      ld_petition_editor_open (GTK_WIDGET (self), self->database, item->id);
      break;
    case LD_N_RECORD_AREAS:
    default:
      g_assert_not_reached ();
    }
}

static void
due_row_activated_cb (AdwActionRow   *row,
                      LdOverviewPage *self)
{
  const LdDueItem *item = g_object_get_data (G_OBJECT (row), "ld-due-item");

  if (item != NULL)
    open_item (self, item);
}

static GtkWidget *
create_due_row (LdOverviewPage  *self,
                const LdDueItem *item)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  g_autofree char *badge_text = ld_due_badge_text (item->days_left);
  g_autofree char *iso = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&item->due),
                                          g_date_get_month (&item->due), g_date_get_day (&item->due));
  g_autofree char *due = ld_format_list_date (iso);
  const char *badge_class = ld_due_badge_css_class (item->days_left);
  GtkWidget *badge = gtk_label_new (badge_text);

  title = g_markup_printf_escaped ("%s  %s", item->number ? item->number : "",
                                   item->title ? item->title : "");
  /* Translators: under a due record: what is due and the date, e.g.
   * "Written notice · 2026-11-28". */
  subtitle = g_markup_printf_escaped (_("%s · %s"), item->what ? item->what : "", due);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_icon_name (ADW_ACTION_ROW (row),
                                item->area == LD_RECORD_AREA_CONTRACT ? "x-office-document-symbolic"
                                : item->area == LD_RECORD_AREA_MEDIATION ? "system-users-symbolic"
                                : "mail-unread-symbolic");
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  gtk_widget_set_name (badge, "due-badge");
  gtk_widget_add_css_class (badge, "heading");
  if (badge_class != NULL)
    gtk_widget_add_css_class (badge, badge_class);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), badge);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  g_object_set_data_full (G_OBJECT (row), "ld-due-item", ld_due_item_copy (item),
                          (GDestroyNotify) ld_due_item_free);
  g_signal_connect (row, "activated", G_CALLBACK (due_row_activated_cb), self);
  return row;
}

static void
clear_rows (AdwPreferencesGroup *group,
            GPtrArray           *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_preferences_group_remove (group, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
refresh_due (LdOverviewPage *self,
             const GDate    *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;

  for (guint group = 0; group < LD_N_DUE_GROUPS; group++)
    clear_rows (self->due_groups[group], self->due_rows[group]);

  /* Days + 1: the store lists what is due *before* today + days. */
  items = ld_due_store_list (self->database, today, LD_DUE_SOON_DAYS + 1, &error);
  if (items == NULL)
    {
      show_error (self, error);
      items = g_ptr_array_new ();
    }

  memset (self->due_totals, 0, sizeof self->due_totals);
  for (guint i = 0; i < items->len; i++)
    {
      const LdDueItem *item = g_ptr_array_index (items, i);
      LdDueGroup group = ld_due_group_for_days (item->days_left);
      GtkWidget *row;

      if (group == LD_DUE_GROUP_NONE)
        continue;
      /* A long backlog would make thousands of rows: the soonest are enough
       * here, the registers' "Only overdue" filter lists them all. */
      if (self->due_totals[group]++ >= LD_OVERVIEW_MAX_DUE_ROWS)
        continue;
      row = create_due_row (self, item);
      adw_preferences_group_add (self->due_groups[group], row);
      g_ptr_array_add (self->due_rows[group], row);
    }

  for (guint group = 0; group < LD_N_DUE_GROUPS; group++)
    {
      g_autofree char *description = NULL;

      if (self->due_totals[group] > self->due_rows[group]->len)
        description = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                    "%u record, the first %u listed",
                                                    "%u records, the first %u listed",
                                                    self->due_totals[group]),
                                       self->due_totals[group], self->due_rows[group]->len);
      adw_preferences_group_set_description (self->due_groups[group], description);
      gtk_widget_set_visible (GTK_WIDGET (self->due_groups[group]), self->due_rows[group]->len > 0);
    }
}

static GtkWidget *
create_bar_row (const char  *title,
                const char  *subtitle,
                const char  *name,
                GtkLevelBar **out_bar,
                GtkLabel    **out_label)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *bar = gtk_level_bar_new ();
  GtkWidget *label = gtk_label_new (NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_size_request (bar, 160, -1);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  /* Plain bars: the offsets' colours would read as good or bad. */
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_LOW);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_HIGH);
  gtk_level_bar_remove_offset_value (GTK_LEVEL_BAR (bar), GTK_LEVEL_BAR_OFFSET_FULL);
  gtk_widget_set_name (label, name);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_width_chars (GTK_LABEL (label), 14);
  gtk_widget_add_css_class (label, "numeric");
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), bar);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
  *out_bar = GTK_LEVEL_BAR (bar);
  *out_label = GTK_LABEL (label);
  return row;
}

static void
show_rate (LdOverviewPage *self,
           Rate            rate,
           const LdRate   *value)
{
  g_autofree char *text = ld_rate_format (value);
  double percent = 0;

  ld_rate_get_percent (value, &percent);
  gtk_level_bar_set_value (self->rate_bars[rate], percent / 100.0);
  gtk_label_set_text (self->rate_labels[rate], text);
}

static void
refresh_stats (LdOverviewPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LdPetitionStats) stats = NULL;
  g_autofree char *received = NULL;
  g_autoptr(GPtrArray) month_labels = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) month_counts = g_array_new (FALSE, TRUE, sizeof (unsigned));
  unsigned most = 0;

  clear_rows (self->category_group, self->category_rows);

  stats = ld_petition_store_compute_stats (self->database, self->year, NULL, &error);
  if (stats == NULL)
    {
      show_error (self, error);
      gtk_label_set_text (self->received_label, "");
      ld_stats_chart_set_values (self->month_chart, NULL, NULL, 0);
      return;
    }

  received = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "%u petition received in %d",
                                           "%u petitions received in %d",
                                           stats->received),
                              stats->received, self->year);
  gtk_label_set_text (self->received_label, received);

  for (guint i = 0; i < stats->by_month->len; i++)
    {
      const LdMonthCount *month = &g_array_index (stats->by_month, LdMonthCount, i);

      /* Translators: a month under the chart's bar, e.g. "3月". */
      g_ptr_array_add (month_labels, g_strdup_printf (C_("chart month", "%d"), month->month));
      g_array_append_val (month_counts, month->count);
    }
  ld_stats_chart_set_values (self->month_chart, (const char * const *) month_labels->pdata,
                             (const unsigned *) (gpointer) month_counts->data, month_counts->len);

  for (guint i = 0; i < stats->by_category->len; i++)
    most = MAX (most, g_array_index (stats->by_category, LdCategoryCount, i).count);
  for (guint i = 0; i < stats->by_category->len; i++)
    {
      const LdCategoryCount *category = &g_array_index (stats->by_category, LdCategoryCount, i);
      g_autofree char *count = g_strdup_printf ("%u", category->count);
      GtkLevelBar *bar;
      GtkLabel *label;
      GtkWidget *row;

      row = create_bar_row (category->category[0] != '\0' ? category->category : _("No category"),
                            NULL, "category-count", &bar, &label);
      gtk_level_bar_set_value (bar, most > 0 ? (double) category->count / most : 0);
      gtk_label_set_text (label, count);
      adw_preferences_group_add (self->category_group, row);
      g_ptr_array_add (self->category_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->category_group), self->category_rows->len > 0);

  show_rate (self, RATE_ON_TIME_ACCEPTANCE, &stats->on_time_acceptance);
  show_rate (self, RATE_ON_TIME_COMPLETION, &stats->on_time_completion);
  show_rate (self, RATE_COMPLETION, &stats->completion);
  show_rate (self, RATE_SATISFACTION, &stats->satisfaction);
}

static void
year_changed_cb (LdOverviewPage *self,
                 GtkSpinButton  *spin)
{
  int year = gtk_spin_button_get_value_as_int (spin);

  if (year == self->year)
    return;
  self->year = year;
  if (self->database != NULL)
    refresh_stats (self);
}

static void
refresh (LdOverviewPage *self)
{
  guint total = 0, total_overdue = 0;
  GDate today;

  ld_get_today (&today);

  for (LdRecordArea area = 0; area < LD_N_RECORD_AREAS; area++)
    {
      g_autoptr(LdListQuery) query = ld_list_query_new (area);
      g_autoptr(GString) subtitle = g_string_new (NULL);

      if (count (self, query, &self->counts[area]) && self->counts[area] > 0)
        {
          ld_list_query_set_overdue_only (query, TRUE, &today);
          count (self, query, &self->overdue[area]);
        }
      else
        {
          self->overdue[area] = 0;
        }
      total += self->counts[area];
      total_overdue += self->overdue[area];

      g_string_append_printf (subtitle,
                              g_dngettext (GETTEXT_PACKAGE, "%u record", "%u records",
                                           self->counts[area]),
                              self->counts[area]);
      if (self->overdue[area] > 0)
        {
          /* Translators: between "300 records" and "12 overdue". */
          g_string_append (subtitle, C_("list separator", ", "));
          g_string_append_printf (subtitle,
                                  g_dngettext (GETTEXT_PACKAGE, "%u overdue", "%u overdue",
                                               self->overdue[area]),
                                  self->overdue[area]);
        }
      adw_action_row_set_subtitle (row_for_area (self, area), subtitle->str);
    }

  if (total_overdue > 0)
    {
      g_autofree char *title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                             "%u record is overdue",
                                                             "%u records are overdue",
                                                             total_overdue),
                                                total_overdue);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->due_row), title);
      adw_action_row_set_subtitle (self->due_row,
                                   _("Their time limit has passed: the registers show their due dates in red."));
      adw_action_row_set_icon_name (self->due_row, "task-past-due-symbolic");
      gtk_widget_add_css_class (GTK_WIDGET (self->due_row), "error");
    }
  else
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->due_row), _("Nothing is overdue"));
      adw_action_row_set_subtitle (self->due_row,
                                   _("Records whose time limit has passed will be counted here."));
      adw_action_row_set_icon_name (self->due_row, "emblem-ok-symbolic");
      gtk_widget_remove_css_class (GTK_WIDGET (self->due_row), "error");
    }

  refresh_due (self, &today);
  refresh_stats (self);

  gtk_stack_set_visible_child_name (self->stack, total > 0 ? "summary" : "empty");
}

static gboolean
refresh_idle (gpointer user_data)
{
  LdOverviewPage *self = user_data;

  g_atomic_int_set (&self->refresh_pending, 0);
  if (self->database != NULL)
    refresh (self);
  return G_SOURCE_REMOVE;
}

static void
database_changed_cb (LdDatabase *database,
                     const char *table,
                     gpointer    user_data)
{
  LdOverviewPage *self = user_data;

  /* Coalesce bursts of changes into one refresh on the main thread. */
  if (g_atomic_int_compare_and_exchange (&self->refresh_pending, 0, 1))
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, refresh_idle, g_object_ref (self), g_object_unref);
}

guint
ld_overview_page_get_count (LdOverviewPage *self,
                            guint           area)
{
  g_return_val_if_fail (LD_IS_OVERVIEW_PAGE (self), 0);
  g_return_val_if_fail (area < LD_N_RECORD_AREAS, 0);

  return self->counts[area];
}

guint
ld_overview_page_get_overdue (LdOverviewPage *self,
                              guint           area)
{
  g_return_val_if_fail (LD_IS_OVERVIEW_PAGE (self), 0);
  g_return_val_if_fail (area < LD_N_RECORD_AREAS, 0);

  return self->overdue[area];
}

guint
ld_overview_page_get_n_due (LdOverviewPage *self,
                            LdDueGroup      group)
{
  g_return_val_if_fail (LD_IS_OVERVIEW_PAGE (self), 0);
  g_return_val_if_fail (group < LD_N_DUE_GROUPS, 0);

  return self->due_rows[group]->len;
}

GtkWidget *
ld_overview_page_get_due_row (LdOverviewPage *self,
                              LdDueGroup      group,
                              guint           index)
{
  g_return_val_if_fail (LD_IS_OVERVIEW_PAGE (self), NULL);
  g_return_val_if_fail (group < LD_N_DUE_GROUPS, NULL);
  g_return_val_if_fail (index < self->due_rows[group]->len, NULL);

  return g_ptr_array_index (self->due_rows[group], index);
}

const LdDueItem *
ld_overview_page_get_due_item (LdOverviewPage *self,
                               LdDueGroup      group,
                               guint           index)
{
  GtkWidget *row = ld_overview_page_get_due_row (self, group, index);

  return row != NULL ? g_object_get_data (G_OBJECT (row), "ld-due-item") : NULL;
}

guint
ld_overview_page_get_due_total (LdOverviewPage *self,
                                LdDueGroup      group)
{
  g_return_val_if_fail (LD_IS_OVERVIEW_PAGE (self), 0);
  g_return_val_if_fail (group < LD_N_DUE_GROUPS, 0);

  return self->due_totals[group];
}

guint
ld_overview_page_get_overdue_count (LdOverviewPage *self)
{
  return ld_overview_page_get_due_total (self, LD_DUE_GROUP_OVERDUE);
}

GNotification *
ld_overview_page_create_overdue_notification (LdOverviewPage *self)
{
  guint overdue = ld_overview_page_get_overdue_count (self);
  g_autofree char *title = NULL;
  GNotification *notification;

  if (overdue == 0)
    return NULL;

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "%u record is overdue",
                                        "%u records are overdue",
                                        overdue),
                           overdue);
  notification = g_notification_new (title);
  g_notification_set_body (notification, _("Their time limit has passed. Open the overview to see them."));
  g_notification_set_priority (notification, G_NOTIFICATION_PRIORITY_HIGH);
  g_notification_set_default_action (notification, "app.show-overview");
  return notification;
}

int
ld_overview_page_get_year (LdOverviewPage *self)
{
  g_return_val_if_fail (LD_IS_OVERVIEW_PAGE (self), 0);

  return self->year;
}

void
ld_overview_page_set_year (LdOverviewPage *self,
                           int             year)
{
  g_return_if_fail (LD_IS_OVERVIEW_PAGE (self));

  /* Through the spin button, which clamps and refreshes. */
  gtk_spin_button_set_value (self->year_spin, year);
}

GtkWidget *
ld_overview_page_new (LdDatabase *database)
{
  g_return_val_if_fail (LD_IS_DATABASE (database), NULL);

  return g_object_new (LD_TYPE_OVERVIEW_PAGE, "database", database, NULL);
}

static void
ld_overview_page_constructed (GObject *object)
{
  LdOverviewPage *self = LD_OVERVIEW_PAGE (object);

  G_OBJECT_CLASS (ld_overview_page_parent_class)->constructed (object);

  g_assert (self->database != NULL);
  g_signal_connect (self->database, "changed", G_CALLBACK (database_changed_cb), self);
  refresh (self);
}

static void
ld_overview_page_dispose (GObject *object)
{
  LdOverviewPage *self = LD_OVERVIEW_PAGE (object);
  GtkWidget *child;

  if (self->database != NULL)
    g_signal_handlers_disconnect_by_func (self->database, database_changed_cb, self);
  g_clear_object (&self->database);
  gtk_widget_dispose_template (GTK_WIDGET (self), LD_TYPE_OVERVIEW_PAGE);
  /* The template's unnamed top-level child is ours to unparent too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (ld_overview_page_parent_class)->dispose (object);
}

static void
ld_overview_page_finalize (GObject *object)
{
  LdOverviewPage *self = LD_OVERVIEW_PAGE (object);

  for (guint group = 0; group < LD_N_DUE_GROUPS; group++)
    g_ptr_array_unref (self->due_rows[group]);
  g_ptr_array_unref (self->category_rows);

  G_OBJECT_CLASS (ld_overview_page_parent_class)->finalize (object);
}

static void
ld_overview_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LdOverviewPage *self = LD_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      g_value_set_object (value, self->database);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_overview_page_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LdOverviewPage *self = LD_OVERVIEW_PAGE (object);

  switch (prop_id)
    {
    case PROP_DATABASE:
      self->database = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_overview_page_class_init (LdOverviewPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ld_overview_page_constructed;
  object_class->dispose = ld_overview_page_dispose;
  object_class->finalize = ld_overview_page_finalize;
  object_class->get_property = ld_overview_page_get_property;
  object_class->set_property = ld_overview_page_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         LD_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[ADD_TOAST] =
    g_signal_new ("add-toast",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, ADW_TYPE_TOAST);

  g_type_ensure (LD_TYPE_STATS_CHART);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/legaldesk/LegalDesk/ui/ld-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LdOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LdOverviewPage, contracts_row);
  gtk_widget_class_bind_template_child (widget_class, LdOverviewPage, mediation_row);
  gtk_widget_class_bind_template_child (widget_class, LdOverviewPage, petitions_row);
  gtk_widget_class_bind_template_child (widget_class, LdOverviewPage, due_row);
  gtk_widget_class_bind_template_child_full (widget_class, "overdue_group", FALSE,
                                             G_STRUCT_OFFSET (LdOverviewPage, due_groups[LD_DUE_GROUP_OVERDUE]));
  gtk_widget_class_bind_template_child_full (widget_class, "today_group", FALSE,
                                             G_STRUCT_OFFSET (LdOverviewPage, due_groups[LD_DUE_GROUP_TODAY]));
  gtk_widget_class_bind_template_child_full (widget_class, "soon_group", FALSE,
                                             G_STRUCT_OFFSET (LdOverviewPage, due_groups[LD_DUE_GROUP_SOON]));
  gtk_widget_class_bind_template_child (widget_class, LdOverviewPage, year_spin);
  gtk_widget_class_bind_template_child (widget_class, LdOverviewPage, received_label);
  gtk_widget_class_bind_template_child (widget_class, LdOverviewPage, month_chart);
  gtk_widget_class_bind_template_child (widget_class, LdOverviewPage, category_group);
  gtk_widget_class_bind_template_child (widget_class, LdOverviewPage, rates_group);
  gtk_widget_class_bind_template_callback (widget_class, year_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ld_overview_page_init (LdOverviewPage *self)
{
  GDate today;

  for (guint group = 0; group < LD_N_DUE_GROUPS; group++)
    self->due_rows[group] = g_ptr_array_new ();
  self->category_rows = g_ptr_array_new ();

  /* The year first, so setting the spin button below changes nothing. */
  ld_get_today (&today);
  self->year = g_date_get_year (&today);

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_spin_button_set_value (self->year_spin, self->year);

  for (Rate rate = 0; rate < N_RATES; rate++)
    adw_preferences_group_add (self->rates_group,
                               create_bar_row (_(rate_info[rate].title), _(rate_info[rate].subtitle),
                                               rate_info[rate].name,
                                               &self->rate_bars[rate], &self->rate_labels[rate]));
}

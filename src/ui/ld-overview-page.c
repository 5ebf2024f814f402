/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-date-format.h"
#include "ld-list-query.h"
#include "ld-overview-page.h"

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
      g_signal_emit (self, signals[ADD_TOAST], 0, adw_toast_new (error->message));
      *out_count = 0;
      return FALSE;
    }
  return TRUE;
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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/legaldesk/LegalDesk/ui/ld-overview-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LdOverviewPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LdOverviewPage, contracts_row);
  gtk_widget_class_bind_template_child (widget_class, LdOverviewPage, mediation_row);
  gtk_widget_class_bind_template_child (widget_class, LdOverviewPage, petitions_row);
  gtk_widget_class_bind_template_child (widget_class, LdOverviewPage, due_row);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
ld_overview_page_init (LdOverviewPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-mediation-enums.h"
#include "ld-mediation-store.h"
#include "ld-preferences-mediation.h"

/* One reminder period of LdMediationReminderSettings. */
typedef struct
{
  const char *name;      /* widget name: the field with '-' for '_' */
  const char *title;
  const char *subtitle;
  int lower;
  int upper;
  gsize offset;
} PeriodInfo;

static const PeriodInfo periods[] = {
  { "target-days", N_("People’s Mediation Period"),
    N_("Calendar days from acceptance by which a people’s mediation should end"),
    1, 365, G_STRUCT_OFFSET (LdMediationReminderSettings, target_days) },
  { "admin-working-days", N_("Administrative Mediation Period"),
    N_("Working days from acceptance by which an administrative mediation should end"),
    1, 365, G_STRUCT_OFFSET (LdMediationReminderSettings, admin_working_days) },
  { "admin-extension-days", N_("Approved Extension"),
    N_("Working days added to an administrative mediation when an extension is approved"),
    0, 365, G_STRUCT_OFFSET (LdMediationReminderSettings, admin_extension_days) },
  { "return-visit-days", N_("Return Visit"),
    N_("Days after the agreement by which the parties are visited again"),
    1, 365, G_STRUCT_OFFSET (LdMediationReminderSettings, return_visit_days) },
  { "confirmation-days", N_("Judicial Confirmation Window"),
    N_("Days after the agreement takes effect within which the parties may ask a court to confirm it"),
    1, 365, G_STRUCT_OFFSET (LdMediationReminderSettings, confirmation_days) },
  { "confirmation-warn-days", N_("Confirmation Window Warning"),
    N_("Days before the confirmation window closes from which it is shown"),
    0, 365, G_STRUCT_OFFSET (LdMediationReminderSettings, confirmation_warn_days) },
  { "warn-days", N_("Other Reminders"),
    N_("Days before a period or deadline ends from which it is shown"),
    0, 365, G_STRUCT_OFFSET (LdMediationReminderSettings, warn_days) },
};

#define N_PERIODS G_N_ELEMENTS (periods)

/* The stored name a category row stands for (its text may be mid-edit). */
#define CATEGORY_KEY "ld-category"

struct _LdPreferencesMediation
{
  AdwPreferencesPage parent_instance;

  LdDatabase *database;
  AdwPreferencesGroup *categories_group;
  AdwEntryRow *new_category_row;
  GtkLabel *category_error;
  GPtrArray *category_rows;  /* AdwEntryRow, in the store's order */
  GtkSpinButton *spins[N_PERIODS];
  LdMediationReminderSettings settings;
  gboolean loading;
};

G_DEFINE_FINAL_TYPE (LdPreferencesMediation, ld_preferences_mediation, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_DATABASE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Shows @message (NULL: none) under the list, and marks @row wrong. */
static void
set_category_error (LdPreferencesMediation *self,
                    AdwEntryRow            *row,
                    const char             *message)
{
  gtk_label_set_text (self->category_error, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->category_error), message != NULL);
  /* One message at a time: only its row is marked. */
  gtk_widget_remove_css_class (GTK_WIDGET (self->new_category_row), "error");
  for (guint i = 0; i < self->category_rows->len; i++)
    gtk_widget_remove_css_class (g_ptr_array_index (self->category_rows, i), "error");
  if (row != NULL && message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
}

/* The stripped text of @row, or NULL (with the reason shown) when it is
 * blank or names another category than @except. */
static char *
check_category_name (LdPreferencesMediation *self,
                     AdwEntryRow            *row,
                     const char             *except)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));

  if (name[0] == '\0')
    {
      set_category_error (self, row, _("Enter the name of the category."));
      return NULL;
    }
  for (guint i = 0; i < self->category_rows->len; i++)
    {
      const char *other = g_object_get_data (g_ptr_array_index (self->category_rows, i), CATEGORY_KEY);

      if (g_strcmp0 (other, name) == 0 && g_strcmp0 (other, except) != 0)
        {
          g_autofree char *message = NULL;

          /* Translators: %s is a dispute category's name, e.g. 邻里. */
          message = g_strdup_printf (_("There is already a category “%s”: choose another name."), name);
          set_category_error (self, row, message);
          return NULL;
        }
    }
  return g_steal_pointer (&name);
}

static void
show_store_error (LdPreferencesMediation *self,
                  AdwEntryRow            *row,
                  const GError           *error)
{
  /* Translators: %s is why the store refused, e.g. a name in use. */
  g_autofree char *message = g_strdup_printf (_("The category was not saved: %s"), error->message);

  set_category_error (self, row, message);
}

/* A default category shows its translated label as the row's title; one
 * whose label is its name (every one in Chinese, and those the office
 * added) says what the entry holds, as an entry row without a title
 * sets its text below the middle of the row. */
static void
update_category_title (AdwEntryRow *row,
                       const char  *name)
{
  const char *label = ld_dispute_category_get_label (name);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 g_strcmp0 (label, name) != 0 ? label
                                 : C_("dispute category", "Name"));
}

static void
category_applied_cb (AdwEntryRow            *row,
                     LdPreferencesMediation *self)
{
  const char *old_name = g_object_get_data (G_OBJECT (row), CATEGORY_KEY);
  g_autofree char *name = check_category_name (self, row, old_name);
  g_autoptr(GError) error = NULL;

  if (name == NULL)
    return;
  if (g_strcmp0 (name, old_name) != 0
      && !ld_mediation_store_rename_category (self->database, old_name, name, &error))
    {
      show_store_error (self, row, error);
      return;
    }

  set_category_error (self, row, NULL);
  update_category_title (row, name);
  g_object_set_data_full (G_OBJECT (row), CATEGORY_KEY, g_strdup (name), g_free);
  /* Show what was stored: the name without the spaces around it. */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), name) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), name);
}

static void
in_use_changed_cb (GtkSwitch              *in_use,
                   GParamSpec             *pspec,
                   LdPreferencesMediation *self)
{
  AdwEntryRow *row = g_object_get_data (G_OBJECT (in_use), "ld-row");
  const char *name = g_object_get_data (G_OBJECT (row), CATEGORY_KEY);
  gboolean active = gtk_switch_get_active (in_use);
  g_autoptr(GError) error = NULL;

  if (self->loading)
    return;

  if (!ld_mediation_store_set_category_retired (self->database, name, !active, &error))
    {
      show_store_error (self, row, error);
      self->loading = TRUE;
      gtk_switch_set_active (in_use, !active);
      self->loading = FALSE;
      return;
    }
  set_category_error (self, row, NULL);
  if (active)
    gtk_widget_remove_css_class (GTK_WIDGET (row), "dim-label");
  else
    gtk_widget_add_css_class (GTK_WIDGET (row), "dim-label");
}

static void
add_category_row (LdPreferencesMediation *self,
                  const char             *name,
                  gboolean                retired)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *in_use = gtk_switch_new ();

  gtk_widget_set_name (row, "category");
  g_object_set_data_full (G_OBJECT (row), CATEGORY_KEY, g_strdup (name), g_free);
  update_category_title (ADW_ENTRY_ROW (row), name);
  gtk_editable_set_text (GTK_EDITABLE (row), name);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect (row, "apply", G_CALLBACK (category_applied_cb), self);

  gtk_widget_set_name (in_use, "category-in-use");
  gtk_widget_set_valign (in_use, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (in_use, _("Offered for New Cases"));
  gtk_switch_set_active (GTK_SWITCH (in_use), !retired);
  if (retired)
    gtk_widget_add_css_class (row, "dim-label");
  g_object_set_data (G_OBJECT (in_use), "ld-row", row);
  g_signal_connect (in_use, "notify::active", G_CALLBACK (in_use_changed_cb), self);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), in_use);

  adw_preferences_group_add (self->categories_group, row);
  g_ptr_array_add (self->category_rows, row);
}

static void
new_category_applied_cb (AdwEntryRow            *row,
                         LdPreferencesMediation *self)
{
  g_autofree char *name = check_category_name (self, row, NULL);
  g_autoptr(GError) error = NULL;

  if (name == NULL)
    return;
  if (!ld_mediation_store_add_category (self->database, name, &error))
    {
      show_store_error (self, row, error);
      return;
    }

  set_category_error (self, row, NULL);
  add_category_row (self, name, FALSE);
  gtk_editable_set_text (GTK_EDITABLE (row), "");
}

static void
load_categories (LdPreferencesMediation *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) all = ld_mediation_store_list_categories (self->database, TRUE, &error);
  g_auto(GStrv) in_use = NULL;

  if (all != NULL)
    in_use = ld_mediation_store_list_categories (self->database, FALSE, &error);
  if (in_use == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The dispute categories cannot be read: %s"),
                                                  error->message);

      set_category_error (self, NULL, message);
      gtk_widget_set_sensitive (GTK_WIDGET (self->new_category_row), FALSE);
      return;
    }

  self->loading = TRUE;
  for (guint i = 0; all[i] != NULL; i++)
    add_category_row (self, all[i], !g_strv_contains ((const char * const *) in_use, all[i]));
  self->loading = FALSE;
}

static void
period_changed_cb (GtkSpinButton          *spin,
                   LdPreferencesMediation *self)
{
  const PeriodInfo *info = g_object_get_data (G_OBJECT (spin), "ld-period");
  g_autoptr(GError) error = NULL;
  int *field;

  if (self->loading)
    return;

  field = &G_STRUCT_MEMBER (int, &self->settings, info->offset);
  *field = gtk_spin_button_get_value_as_int (spin);
  if (!ld_mediation_store_save_reminder_settings (self->database, &self->settings, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      g_autofree char *message = g_strdup_printf (_("The reminder periods were not saved: %s"),
                                                  error->message);

      if (ADW_IS_PREFERENCES_WINDOW (root))
        adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (root), adw_toast_new (message));
      else
        g_warning ("%s", message);
    }
}

static void
add_period_rows (LdPreferencesMediation *self,
                 AdwPreferencesGroup    *group)
{
  for (guint i = 0; i < N_PERIODS; i++)
    {
      const PeriodInfo *info = &periods[i];
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *spin = gtk_spin_button_new_with_range (info->lower, info->upper, 1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(info->title));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(info->subtitle));
      gtk_widget_set_name (spin, info->name);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
      g_object_set_data (G_OBJECT (spin), "ld-period", (gpointer) info);
      g_signal_connect (spin, "value-changed", G_CALLBACK (period_changed_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
      adw_preferences_group_add (group, row);
      self->spins[i] = GTK_SPIN_BUTTON (spin);
    }
}

static void
load_periods (LdPreferencesMediation *self,
              AdwPreferencesGroup    *group)
{
  g_autoptr(GError) error = NULL;

  if (!ld_mediation_store_load_reminder_settings (self->database, &self->settings, &error))
    {
      g_autofree char *message = g_strdup_printf (_("The reminder periods cannot be read: %s"),
                                                  error->message);

      /* Editing defaults would overwrite what could not be read. */
      adw_preferences_group_set_description (group, message);
      for (guint i = 0; i < N_PERIODS; i++)
        gtk_widget_set_sensitive (GTK_WIDGET (self->spins[i]), FALSE);
      return;
    }

  self->loading = TRUE;
  for (guint i = 0; i < N_PERIODS; i++)
    gtk_spin_button_set_value (self->spins[i],
                               G_STRUCT_MEMBER (int, &self->settings, periods[i].offset));
  self->loading = FALSE;
}

static void
build (LdPreferencesMediation *self)
{
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (self);
  GtkWidget *group;
  GtkWidget *label;
  GtkWidget *row;

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Dispute Categories"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("The categories a mediation case is filed under. Switch "
                                           "off the ones no longer offered: cases keep theirs, so "
                                           "categories are never deleted. Renaming one renames it "
                                           "in its cases too."));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));
  self->categories_group = ADW_PREFERENCES_GROUP (group);

  row = adw_entry_row_new ();
  gtk_widget_set_name (row, "new-category");
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("New Category"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect (row, "apply", G_CALLBACK (new_category_applied_cb), self);
  self->new_category_row = ADW_ENTRY_ROW (row);

  label = gtk_label_new (NULL);
  gtk_widget_set_name (label, "category-error");
  gtk_widget_set_visible (label, FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_add_css_class (label, "error");
  gtk_widget_add_css_class (label, "caption");
  self->category_error = GTK_LABEL (label);

  /* The new row first: a long list need not be scrolled to add one. */
  adw_preferences_group_add (self->categories_group, row);
  adw_preferences_group_add (self->categories_group, label);

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Reminder Periods"));
  add_period_rows (self, ADW_PREFERENCES_GROUP (group));
  adw_preferences_page_add (page, ADW_PREFERENCES_GROUP (group));

  load_categories (self);
  load_periods (self, ADW_PREFERENCES_GROUP (group));
}

GtkWidget *
ld_preferences_mediation_new (LdDatabase *database)
{
  g_return_val_if_fail (LD_IS_DATABASE (database), NULL);

  return g_object_new (LD_TYPE_PREFERENCES_MEDIATION, "database", database, NULL);
}

static void
ld_preferences_mediation_constructed (GObject *object)
{
  LdPreferencesMediation *self = LD_PREFERENCES_MEDIATION (object);

  G_OBJECT_CLASS (ld_preferences_mediation_parent_class)->constructed (object);

  g_assert (self->database != NULL);
  build (self);
}

static void
ld_preferences_mediation_dispose (GObject *object)
{
  LdPreferencesMediation *self = LD_PREFERENCES_MEDIATION (object);

  g_clear_pointer (&self->category_rows, g_ptr_array_unref);
  g_clear_object (&self->database);

  G_OBJECT_CLASS (ld_preferences_mediation_parent_class)->dispose (object);
}

static void
ld_preferences_mediation_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  LdPreferencesMediation *self = LD_PREFERENCES_MEDIATION (object);

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
ld_preferences_mediation_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  LdPreferencesMediation *self = LD_PREFERENCES_MEDIATION (object);

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
ld_preferences_mediation_class_init (LdPreferencesMediationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = ld_preferences_mediation_constructed;
  object_class->dispose = ld_preferences_mediation_dispose;
  object_class->get_property = ld_preferences_mediation_get_property;
  object_class->set_property = ld_preferences_mediation_set_property;

  properties[PROP_DATABASE] =
    g_param_spec_object ("database", NULL, NULL,
                         LD_TYPE_DATABASE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ld_preferences_mediation_init (LdPreferencesMediation *self)
{
  self->category_rows = g_ptr_array_new ();
  /* For tests and for adw_preferences_window_set_visible_page_name(). */
  gtk_widget_set_name (GTK_WIDGET (self), "mediation");
  adw_preferences_page_set_name (ADW_PREFERENCES_PAGE (self), "mediation");
  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (self), _("Mediation"));
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (self), "system-users-symbolic");
}

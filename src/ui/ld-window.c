/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-ui"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-overview-page.h"
#include "ld-preferences-window.h"
#include "ld-register-page.h"
#include "ld-window-private.h"

G_DEFINE_FINAL_TYPE (LdWindow, ld_window, ADW_TYPE_APPLICATION_WINDOW)

typedef struct
{
  const char *name;
  const char *title;
  const char *icon_name;
  int area;  /* an LdRecordArea, or -1 for the overview */
} Section;

/* In sidebar order; the names are also the values of the last-section key. */
static const Section sections[] = {
  { "overview", N_("Overview"), "view-grid-symbolic", -1 },
  { "contracts", N_("Contract Review"), "x-office-document-symbolic", LD_RECORD_AREA_CONTRACT },
  { "mediation", N_("Mediation"), "system-users-symbolic", LD_RECORD_AREA_MEDIATION },
  { "petitions", N_("Petitions"), "mail-unread-symbolic", LD_RECORD_AREA_PETITION },
};

static const Section *
find_section (const char *name)
{
  for (gsize i = 0; i < G_N_ELEMENTS (sections); i++)
    if (g_strcmp0 (sections[i].name, name) == 0)
      return &sections[i];
  return NULL;
}

LdWindow *
ld_window_new (LdApplication *application)
{
  return g_object_new (LD_TYPE_WINDOW, "application", application, NULL);
}

const char *
ld_window_get_database_path (LdWindow *self)
{
  g_return_val_if_fail (LD_IS_WINDOW (self), NULL);

  return self->database_path;
}

LdDatabase *
ld_window_get_database (LdWindow *self)
{
  g_return_val_if_fail (LD_IS_WINDOW (self), NULL);

  return self->database;
}

const char *
ld_window_get_visible_section (LdWindow *self)
{
  g_return_val_if_fail (LD_IS_WINDOW (self), NULL);

  if (self->database == NULL)
    return NULL;
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

GtkWidget *
ld_window_get_section_page (LdWindow   *self,
                            const char *section)
{
  g_return_val_if_fail (LD_IS_WINDOW (self), NULL);

  return adw_view_stack_get_child_by_name (self->view_stack, section);
}

void
ld_window_add_toast (LdWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (LD_IS_WINDOW (self));
  g_return_if_fail (ADW_IS_TOAST (toast));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

GtkWindow *
ld_window_show_preferences (LdWindow *self)
{
  GtkWindow *preferences;

  g_return_val_if_fail (LD_IS_WINDOW (self), NULL);

  if (self->database == NULL)
    {
      ld_window_add_toast (self, adw_toast_new (_("Open a database to change its preferences")));
      return NULL;
    }

  preferences = GTK_WINDOW (ld_preferences_window_new (self->database));
  gtk_window_set_transient_for (preferences, GTK_WINDOW (self));
  /* Closing the main window then still saves pending changes (on dispose). */
  gtk_window_set_destroy_with_parent (preferences, TRUE);
  gtk_window_present (preferences);
  return preferences;
}

static void
page_add_toast_cb (GtkWidget *page,
                   AdwToast  *toast,
                   LdWindow  *self)
{
  /* The page keeps its reference; the overlay takes one of its own. */
  ld_window_add_toast (self, g_object_ref (toast));
}

static void
remove_pages (LdWindow *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->view_stack))) != NULL)
    adw_view_stack_remove (self->view_stack, child);
}

static void
show_section (LdWindow   *self,
              const char *name)
{
  const Section *section = find_section (name);

  if (section == NULL)
    section = &sections[0];

  adw_view_stack_set_visible_child_name (self->view_stack, section->name);
}

static void
set_action_enabled (LdWindow   *self,
                    const char *name,
                    gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

static void
notification_names_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GNotification) notification = user_data;
  g_autoptr(GVariant) reply = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, NULL);
  g_autofree const char **names = NULL;
  GApplication *application = g_application_get_default ();

  if (reply == NULL || application == NULL)
    return;
  g_variant_get (reply, "(^a&s)", &names);
  /* GLib warns when no server takes notifications (e.g. a bare session or
   * the test bus): send only when the portal or a notification server runs. */
  for (gsize i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], "org.freedesktop.portal.Desktop")
        || g_str_equal (names[i], "org.gtk.Notifications")
        || g_str_equal (names[i], "org.freedesktop.Notifications"))
      {
        g_application_send_notification (application, "overdue", notification);
        return;
      }
}

/* A desktop notification when the opened database has overdue records
 * (issue 6); its default action, app.show-overview, brings this back. */
static void
notify_overdue (LdWindow *self)
{
  GtkWidget *overview = ld_window_get_section_page (self, "overview");
  GApplication *application = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  GDBusConnection *bus;
  GNotification *notification;

  if (application == NULL || !LD_IS_OVERVIEW_PAGE (overview)
      || (bus = g_application_get_dbus_connection (application)) == NULL)
    return;
  notification = ld_overview_page_create_overdue_notification (LD_OVERVIEW_PAGE (overview));
  if (notification != NULL)
    g_dbus_connection_call (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                            "org.freedesktop.DBus", "ListNames", NULL, G_VARIANT_TYPE ("(as)"),
                            G_DBUS_CALL_FLAGS_NONE, -1, NULL, notification_names_cb, notification);
}

void
ld_window_set_database (LdWindow   *self,
                        LdDatabase *database)
{
  g_autofree char *last_section = NULL;

  g_assert (LD_IS_WINDOW (self));

  remove_pages (self);
  g_set_object (&self->database, database);
  set_action_enabled (self, "section", database != NULL);
  set_action_enabled (self, "search", database != NULL);
  set_action_enabled (self, "restore-backup", database == NULL);
  if (database == NULL)
    return;

  for (gsize i = 0; i < G_N_ELEMENTS (sections); i++)
    {
      GtkWidget *page;
      AdwViewStackPage *stack_page;

      if (sections[i].area < 0)
        page = ld_overview_page_new (database);
      else
        page = ld_register_page_new (database, sections[i].area);
      g_signal_connect_object (page, "add-toast", G_CALLBACK (page_add_toast_cb), self, 0);

      stack_page = adw_view_stack_add_titled (self->view_stack, page, sections[i].name,
                                              _(sections[i].title));
      adw_view_stack_page_set_icon_name (stack_page, sections[i].icon_name);
    }

  notify_overdue (self);

  last_section = g_settings_get_string (self->settings, "last-section");
  show_section (self, last_section);
  gtk_stack_set_visible_child_name (self->content_stack, "sections");
  gtk_stack_set_visible_child_name (self->main_stack, "browse");
}

void
ld_window_set_loading (LdWindow *self,
                       gboolean  loading)
{
  g_assert (LD_IS_WINDOW (self));

  self->loading = loading;
  gtk_spinner_set_spinning (self->spinner, loading);
  if (loading)
    {
      adw_window_title_set_title (self->content_title, "");
      gtk_stack_set_visible_child_name (self->content_stack, "loading");
      gtk_stack_set_visible_child_name (self->main_stack, "browse");
    }
}

gboolean
ld_window_is_loading (LdWindow *self)
{
  g_return_val_if_fail (LD_IS_WINDOW (self), FALSE);

  return self->loading;
}

static void
visible_section_changed_cb (LdWindow *self)
{
  const char *name = adw_view_stack_get_visible_child_name (self->view_stack);
  const Section *section = find_section (name);
  GAction *action;

  if (section == NULL)
    return;

  adw_window_title_set_title (self->content_title, _(section->title));

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (GTK_IS_LIST_BOX_ROW (row) && g_strcmp0 (gtk_widget_get_name (row), name) == 0)
      gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));

  action = g_action_map_lookup_action (G_ACTION_MAP (self), "section");
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (name));
}

static void
sidebar_row_activated_cb (GtkListBox    *box,
                          GtkListBoxRow *row,
                          LdWindow      *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.section", "s",
                              gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
back_clicked_cb (GtkButton *button,
                 LdWindow  *self)
{
  adw_leaflet_navigate (self->leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

static void
section_change_state (GSimpleAction *action,
                      GVariant      *state,
                      gpointer       user_data)
{
  LdWindow *self = user_data;
  const char *name = g_variant_get_string (state, NULL);

  if (find_section (name) == NULL || self->database == NULL)
    return;

  show_section (self, name);
  adw_leaflet_set_visible_child_name (self->leaflet, "content");
}

static void
search_activated (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  LdWindow *self = user_data;
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);

  /* The overview has no list: search the contracts, the first register. */
  if (!LD_IS_REGISTER_PAGE (page))
    {
      show_section (self, "contracts");
      page = adw_view_stack_get_visible_child (self->view_stack);
    }
  if (LD_IS_REGISTER_PAGE (page))
    {
      adw_leaflet_set_visible_child_name (self->leaflet, "content");
      ld_register_page_focus_search (LD_REGISTER_PAGE (page));
    }
}

static void
open_database_activated (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  ld_window_open_another_database (user_data);
}

static void
restore_backup_activated (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  ld_window_restore_backup (user_data);
}

static const GActionEntry win_actions[] = {
  { "section", NULL, "s", "'overview'", section_change_state },
  { "search", search_activated },
  { "open-database", open_database_activated },
  { "restore-backup", restore_backup_activated },
};

static void
save_window_state (LdWindow *self)
{
  const char *section = ld_window_get_visible_section (self);
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));
  if (section != NULL)
    g_settings_set_string (self->settings, "last-section", section);
  g_settings_apply (self->settings);
}

static gboolean
ld_window_close_request (GtkWindow *window)
{
  save_window_state (LD_WINDOW (window));

  return GTK_WINDOW_CLASS (ld_window_parent_class)->close_request (window);
}

static void
bench_after_paint_cb (GdkFrameClock *clock,
                      LdWindow      *self)
{
  /* The startup benchmark (bench/bench-startup.sh) subtracts these
   * wall-clock times from the moment it started the process: the first
   * frame, then the first frame that shows the opened database (or the
   * error page). */
  if (!self->bench_first_frame_done)
    {
      self->bench_first_frame_done = TRUE;
      g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_real_time ());
    }
  if (self->loading)
    return;

  g_print ("ready-frame %" G_GINT64_FORMAT "\n", g_get_real_time ());
  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, self);
  g_application_quit (g_application_get_default ());
}

static void
ld_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ld_window_parent_class)->map (widget);

  if (g_getenv ("LD_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect_object (gtk_widget_get_frame_clock (widget), "after-paint",
                             G_CALLBACK (bench_after_paint_cb), widget, 0);
}

static void
ld_window_dispose (GObject *object)
{
  LdWindow *self = LD_WINDOW (object);

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LD_TYPE_WINDOW);
  g_clear_object (&self->database);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ld_window_parent_class)->dispose (object);
}

static void
ld_window_finalize (GObject *object)
{
  LdWindow *self = LD_WINDOW (object);

  g_free (self->database_path);

  G_OBJECT_CLASS (ld_window_parent_class)->finalize (object);
}

static void
ld_window_class_init (LdWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = ld_window_dispose;
  object_class->finalize = ld_window_finalize;
  widget_class->map = ld_window_map;
  window_class->close_request = ld_window_close_request;

  g_type_ensure (LD_TYPE_DATABASE_ERROR_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/legaldesk/LegalDesk/ui/ld-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LdWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LdWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LdWindow, leaflet);
  gtk_widget_class_bind_template_child (widget_class, LdWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, LdWindow, content_title);
  gtk_widget_class_bind_template_child (widget_class, LdWindow, content_stack);
  gtk_widget_class_bind_template_child (widget_class, LdWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, LdWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, LdWindow, error_page);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_section_changed_cb);
}

static void
ld_window_init (LdWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_action_map_add_action_entries (G_ACTION_MAP (self), win_actions,
                                   G_N_ELEMENTS (win_actions), self);

  self->settings = g_settings_new (BASE_APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  ld_window_set_database (self, NULL);
}

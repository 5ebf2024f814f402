/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-pdf-preview"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "ld-pdf-preview.h"
#include "ld-pdf-render-job.h"

/* How long the page indicator stays up after scrolling stops. */
#define INDICATOR_TIMEOUT_MS 1500

static const double zoom_steps[] = {
  0.5, 0.67, 0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0, 4.0,
};

typedef enum
{
  SCROLL_STEP_UP,
  SCROLL_STEP_DOWN,
  SCROLL_STEP_LEFT,
  SCROLL_STEP_RIGHT,
  SCROLL_PAGE_UP,
  SCROLL_PAGE_DOWN,
  SCROLL_START,
  SCROLL_END,
} ScrollKind;

struct _LdPdfPreview
{
  GtkWidget          parent_instance;

  GtkWidget         *overlay;
  GtkScrolledWindow *scrolled;
  LdPdfPageView     *view;
  GtkRevealer       *indicator_revealer;
  GtkLabel          *indicator_label;
  AdwStatusPage     *error_page;
  GtkSpinner        *spinner;

  double             drag_start_x;  /* adjustment values when a pan began */
  double             drag_start_y;

  GBytes            *pdf;
  GCancellable      *render_cancellable;
  char              *page_indicator;
  guint              indicator_timeout;
};

G_DEFINE_FINAL_TYPE (LdPdfPreview, ld_pdf_preview, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_PDF,
  PROP_ZOOM_MODE,
  PROP_ZOOM,
  PROP_N_PAGES,
  PROP_CURRENT_PAGE,
  PROP_PAGE_INDICATOR,
  PROP_RENDERED_PAGES,
  PROP_LOADING,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The next zoom step above (@direction 1) or below (-1) the current zoom. */
static double
next_zoom (LdPdfPreview *self,
           int           direction)
{
  double zoom = ld_pdf_page_view_get_zoom (self->view);

  if (direction > 0)
    {
      for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
        if (zoom_steps[i] > zoom * 1.01)
          return zoom_steps[i];
      return LD_PDF_ZOOM_MAX;
    }

  for (int i = G_N_ELEMENTS (zoom_steps) - 1; i >= 0; i--)
    if (zoom_steps[i] < zoom * 0.99)
      return zoom_steps[i];
  return LD_PDF_ZOOM_MIN;
}

static void
update_actions (LdPdfPreview *self)
{
  double zoom = ld_pdf_page_view_get_zoom (self->view);
  gboolean has_pages = ld_pdf_page_view_get_n_pages (self->view) > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-in",
                                 has_pages && zoom < LD_PDF_ZOOM_MAX - 1e-6);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.zoom-out",
                                 has_pages && zoom > LD_PDF_ZOOM_MIN + 1e-6);
}

static gboolean
hide_indicator_cb (gpointer user_data)
{
  LdPdfPreview *self = user_data;

  self->indicator_timeout = 0;
  gtk_revealer_set_reveal_child (self->indicator_revealer, FALSE);
  return G_SOURCE_REMOVE;
}

static void
flash_indicator (LdPdfPreview *self)
{
  if (ld_pdf_page_view_get_n_pages (self->view) == 0)
    return;

  gtk_revealer_set_reveal_child (self->indicator_revealer, TRUE);
  g_clear_handle_id (&self->indicator_timeout, g_source_remove);
  self->indicator_timeout = g_timeout_add (INDICATOR_TIMEOUT_MS, hide_indicator_cb, self);
}

static void
update_page_indicator (LdPdfPreview *self)
{
  int n_pages = ld_pdf_page_view_get_n_pages (self->view);
  g_autofree char *text = NULL;

  if (n_pages > 0)
    /* Translators: the page indicator of the document preview, e.g. "Page 2 of 4". */
    text = g_strdup_printf (_("Page %d of %d"),
                            ld_pdf_page_view_get_current_page (self->view) + 1, n_pages);
  else
    text = g_strdup ("");

  if (g_strcmp0 (text, self->page_indicator) == 0)
    return;

  g_free (self->page_indicator);
  self->page_indicator = g_steal_pointer (&text);
  gtk_label_set_label (self->indicator_label, self->page_indicator);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->page_indicator,
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE_INDICATOR]);
}

static void
update_state (LdPdfPreview *self)
{
  const char *error = ld_pdf_page_view_get_error (self->view);

  gtk_widget_set_visible (GTK_WIDGET (self->error_page), error != NULL);
  adw_status_page_set_description (self->error_page, error);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner),
                          ld_pdf_page_view_get_loading (self->view)
                          && ld_pdf_page_view_get_n_pages (self->view) == 0);
  gtk_spinner_set_spinning (self->spinner, gtk_widget_get_visible (GTK_WIDGET (self->spinner)));
}

/* Passes the page view's property changes on as our own. */
static void
view_notify_cb (LdPdfPreview *self,
                GParamSpec   *pspec)
{
  GParamSpec *own = g_object_class_find_property (G_OBJECT_GET_CLASS (self), pspec->name);

  if (own != NULL)
    g_object_notify_by_pspec (G_OBJECT (self), own);

  if (g_str_equal (pspec->name, "n-pages") || g_str_equal (pspec->name, "current-page"))
    update_page_indicator (self);
  if (g_str_equal (pspec->name, "current-page"))
    flash_indicator (self);
  if (g_str_equal (pspec->name, "zoom") || g_str_equal (pspec->name, "n-pages"))
    update_actions (self);
  if (g_str_equal (pspec->name, "error") || g_str_equal (pspec->name, "loading")
      || g_str_equal (pspec->name, "n-pages"))
    update_state (self);
}

/* Actions */

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  ld_pdf_preview_zoom_in (LD_PDF_PREVIEW (widget));
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ld_pdf_preview_zoom_out (LD_PDF_PREVIEW (widget));
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  ld_pdf_preview_set_zoom (LD_PDF_PREVIEW (widget), 1.0);
}

static void
fit_width_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  ld_pdf_preview_set_zoom_mode (LD_PDF_PREVIEW (widget), LD_PDF_ZOOM_FIT_WIDTH);
}

static void
fit_page_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  ld_pdf_preview_set_zoom_mode (LD_PDF_PREVIEW (widget), LD_PDF_ZOOM_FIT_PAGE);
}

static gboolean
scroll_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  LdPdfPreview *self = LD_PDF_PREVIEW (widget);
  GtkAdjustment *vadj = gtk_scrolled_window_get_vadjustment (self->scrolled);
  GtkAdjustment *hadj = gtk_scrolled_window_get_hadjustment (self->scrolled);
  GtkAdjustment *adj = vadj;
  double value = gtk_adjustment_get_value (vadj);
  ScrollKind kind = g_variant_get_int32 (args);

  switch (kind)
    {
    case SCROLL_STEP_UP:
      value -= gtk_adjustment_get_step_increment (vadj);
      break;
    case SCROLL_STEP_DOWN:
      value += gtk_adjustment_get_step_increment (vadj);
      break;
    case SCROLL_STEP_LEFT:
      adj = hadj;
      value = gtk_adjustment_get_value (hadj) - gtk_adjustment_get_step_increment (hadj);
      break;
    case SCROLL_STEP_RIGHT:
      adj = hadj;
      value = gtk_adjustment_get_value (hadj) + gtk_adjustment_get_step_increment (hadj);
      break;
    case SCROLL_PAGE_UP:
      value -= gtk_adjustment_get_page_increment (vadj);
      break;
    case SCROLL_PAGE_DOWN:
      value += gtk_adjustment_get_page_increment (vadj);
      break;
    case SCROLL_START:
      value = gtk_adjustment_get_lower (vadj);
      break;
    case SCROLL_END:
      value = gtk_adjustment_get_upper (vadj) - gtk_adjustment_get_page_size (vadj);
      break;
    default:
      g_assert_not_reached ();
    }

  gtk_adjustment_set_value (adj, value);
  return TRUE;
}

static gboolean
scroll_cb (LdPdfPreview             *self,
           double                    dx,
           double                    dy,
           GtkEventControllerScroll *controller)
{
  GtkEventController *event_controller = GTK_EVENT_CONTROLLER (controller);
  GdkModifierType state = gtk_event_controller_get_current_event_state (event_controller);
  GdkEvent *event = gtk_event_controller_get_current_event (event_controller);
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  double x = -1, y = -1, surface_x, surface_y;

  if ((state & GDK_CONTROL_MASK) == 0 || dy == 0)
    return FALSE;

  /* Zoom around the pointer, as document viewers do. */
  if (event != NULL && native != NULL && gdk_event_get_position (event, &x, &y))
    {
      gtk_native_get_surface_transform (native, &surface_x, &surface_y);
      if (!gtk_widget_translate_coordinates (GTK_WIDGET (native), GTK_WIDGET (self->view),
                                             x - surface_x, y - surface_y, &x, &y))
        x = y = -1;
    }

  ld_pdf_page_view_zoom_at (self->view, next_zoom (self, dy < 0 ? 1 : -1), x, y);
  return TRUE;
}

/* Dragging with the primary or middle button moves the pages like a hand. */
static void
drag_begin_cb (LdPdfPreview   *self,
               double          x,
               double          y,
               GtkGestureDrag *gesture)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (button != GDK_BUTTON_PRIMARY && button != GDK_BUTTON_MIDDLE)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }

  self->drag_start_x = gtk_adjustment_get_value (gtk_scrolled_window_get_hadjustment (self->scrolled));
  self->drag_start_y = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (self->scrolled));
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->view), "grabbing");
}

static void
drag_update_cb (LdPdfPreview   *self,
                double          offset_x,
                double          offset_y,
                GtkGestureDrag *gesture)
{
  gtk_adjustment_set_value (gtk_scrolled_window_get_hadjustment (self->scrolled),
                            self->drag_start_x - offset_x);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scrolled),
                            self->drag_start_y - offset_y);
}

static void
drag_end_cb (LdPdfPreview *self)
{
  gtk_widget_set_cursor (GTK_WIDGET (self->view), NULL);
}

static void
click_pressed_cb (LdPdfPreview *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

/* GObject */

static void
ld_pdf_preview_dispose (GObject *object)
{
  LdPdfPreview *self = LD_PDF_PREVIEW (object);

  g_clear_handle_id (&self->indicator_timeout, g_source_remove);
  if (self->render_cancellable != NULL)
    g_cancellable_cancel (self->render_cancellable);
  g_clear_object (&self->render_cancellable);
  g_clear_pointer (&self->overlay, gtk_widget_unparent);
  g_clear_pointer (&self->pdf, g_bytes_unref);

  G_OBJECT_CLASS (ld_pdf_preview_parent_class)->dispose (object);
}

static void
ld_pdf_preview_finalize (GObject *object)
{
  LdPdfPreview *self = LD_PDF_PREVIEW (object);

  g_free (self->page_indicator);

  G_OBJECT_CLASS (ld_pdf_preview_parent_class)->finalize (object);
}

static void
ld_pdf_preview_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LdPdfPreview *self = LD_PDF_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_PDF:
      g_value_set_boxed (value, self->pdf);
      break;
    case PROP_ZOOM_MODE:
      g_value_set_enum (value, ld_pdf_preview_get_zoom_mode (self));
      break;
    case PROP_ZOOM:
      g_value_set_double (value, ld_pdf_preview_get_zoom (self));
      break;
    case PROP_N_PAGES:
      g_value_set_int (value, ld_pdf_preview_get_n_pages (self));
      break;
    case PROP_CURRENT_PAGE:
      g_value_set_int (value, ld_pdf_preview_get_current_page (self));
      break;
    case PROP_PAGE_INDICATOR:
      g_value_set_string (value, self->page_indicator);
      break;
    case PROP_RENDERED_PAGES:
      g_value_set_uint (value, ld_pdf_preview_get_rendered_pages (self));
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, ld_pdf_preview_get_loading (self));
      break;
    case PROP_ERROR:
      g_value_set_string (value, ld_pdf_preview_get_error (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_pdf_preview_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LdPdfPreview *self = LD_PDF_PREVIEW (object);

  switch (prop_id)
    {
    case PROP_PDF:
      ld_pdf_preview_set_pdf (self, g_value_get_boxed (value));
      break;
    case PROP_ZOOM_MODE:
      ld_pdf_preview_set_zoom_mode (self, g_value_get_enum (value));
      break;
    case PROP_ZOOM:
      ld_pdf_preview_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_CURRENT_PAGE:
      ld_pdf_preview_set_current_page (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
add_scroll_binding (GtkWidgetClass  *widget_class,
                    guint            keyval,
                    GdkModifierType  modifiers,
                    ScrollKind       kind)
{
  gtk_widget_class_add_binding (widget_class, keyval, modifiers,
                                scroll_shortcut_cb, "i", (gint32) kind);
}

static void
ld_pdf_preview_class_init (LdPdfPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ld_pdf_preview_dispose;
  object_class->finalize = ld_pdf_preview_finalize;
  object_class->get_property = ld_pdf_preview_get_property;
  object_class->set_property = ld_pdf_preview_set_property;

  properties[PROP_PDF] =
    g_param_spec_boxed ("pdf", NULL, NULL, G_TYPE_BYTES,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM_MODE] =
    g_param_spec_enum ("zoom-mode", NULL, NULL,
                       LD_TYPE_PDF_ZOOM_MODE, LD_PDF_ZOOM_FIT_WIDTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, 0.0, LD_PDF_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] =
    g_param_spec_int ("n-pages", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_PAGE] =
    g_param_spec_int ("current-page", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PAGE_INDICATOR] =
    g_param_spec_string ("page-indicator", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_RENDERED_PAGES] =
    g_param_spec_uint ("rendered-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_action (widget_class, "preview.fit-width", NULL, fit_width_action);
  gtk_widget_class_install_action (widget_class, "preview.fit-page", NULL, fit_page_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "preview.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_0, GDK_CONTROL_MASK, "preview.zoom-reset", NULL);

  add_scroll_binding (widget_class, GDK_KEY_Up, 0, SCROLL_STEP_UP);
  add_scroll_binding (widget_class, GDK_KEY_KP_Up, 0, SCROLL_STEP_UP);
  add_scroll_binding (widget_class, GDK_KEY_Down, 0, SCROLL_STEP_DOWN);
  add_scroll_binding (widget_class, GDK_KEY_KP_Down, 0, SCROLL_STEP_DOWN);
  add_scroll_binding (widget_class, GDK_KEY_Left, 0, SCROLL_STEP_LEFT);
  add_scroll_binding (widget_class, GDK_KEY_KP_Left, 0, SCROLL_STEP_LEFT);
  add_scroll_binding (widget_class, GDK_KEY_Right, 0, SCROLL_STEP_RIGHT);
  add_scroll_binding (widget_class, GDK_KEY_KP_Right, 0, SCROLL_STEP_RIGHT);
  add_scroll_binding (widget_class, GDK_KEY_Page_Up, 0, SCROLL_PAGE_UP);
  add_scroll_binding (widget_class, GDK_KEY_KP_Page_Up, 0, SCROLL_PAGE_UP);
  add_scroll_binding (widget_class, GDK_KEY_Page_Down, 0, SCROLL_PAGE_DOWN);
  add_scroll_binding (widget_class, GDK_KEY_KP_Page_Down, 0, SCROLL_PAGE_DOWN);
  add_scroll_binding (widget_class, GDK_KEY_space, 0, SCROLL_PAGE_DOWN);
  add_scroll_binding (widget_class, GDK_KEY_space, GDK_SHIFT_MASK, SCROLL_PAGE_UP);
  add_scroll_binding (widget_class, GDK_KEY_Home, 0, SCROLL_START);
  add_scroll_binding (widget_class, GDK_KEY_KP_Home, 0, SCROLL_START);
  add_scroll_binding (widget_class, GDK_KEY_Home, GDK_CONTROL_MASK, SCROLL_START);
  add_scroll_binding (widget_class, GDK_KEY_End, 0, SCROLL_END);
  add_scroll_binding (widget_class, GDK_KEY_KP_End, 0, SCROLL_END);
  add_scroll_binding (widget_class, GDK_KEY_End, GDK_CONTROL_MASK, SCROLL_END);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "ldpdfpreview");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DOCUMENT);
}

static void
ld_pdf_preview_init (LdPdfPreview *self)
{
  GtkEventController *scroll;
  GtkGesture *click;
  GtkGesture *drag;
  GtkWidget *box;

  self->page_indicator = g_strdup ("");

  self->overlay = gtk_overlay_new ();
  gtk_widget_set_parent (self->overlay, GTK_WIDGET (self));

  self->view = LD_PDF_PAGE_VIEW (ld_pdf_page_view_new ());
  self->scrolled = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_child (self->scrolled, GTK_WIDGET (self->view));
  gtk_widget_set_hexpand (GTK_WIDGET (self->scrolled), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->scrolled), TRUE);
  gtk_overlay_set_child (GTK_OVERLAY (self->overlay), GTK_WIDGET (self->scrolled));

  /* The page indicator floats over the pages while scrolling, as in Evince. */
  self->indicator_label = GTK_LABEL (gtk_label_new (""));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (box, "osd");
  gtk_widget_add_css_class (box, "toolbar");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->indicator_label));
  self->indicator_revealer = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->indicator_revealer, GTK_REVEALER_TRANSITION_TYPE_CROSSFADE);
  gtk_revealer_set_child (self->indicator_revealer, box);
  gtk_widget_set_halign (GTK_WIDGET (self->indicator_revealer), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self->indicator_revealer), GTK_ALIGN_END);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self->indicator_revealer), 18);
  gtk_widget_set_can_target (GTK_WIDGET (self->indicator_revealer), FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), GTK_WIDGET (self->indicator_revealer));

  self->error_page = ADW_STATUS_PAGE (adw_status_page_new ());
  adw_status_page_set_icon_name (self->error_page, "dialog-error-symbolic");
  adw_status_page_set_title (self->error_page, _("Cannot Show the Document"));
  gtk_widget_set_visible (GTK_WIDGET (self->error_page), FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), GTK_WIDGET (self->error_page));

  self->spinner = GTK_SPINNER (gtk_spinner_new ());
  gtk_widget_set_size_request (GTK_WIDGET (self->spinner), 32, 32);
  gtk_widget_set_halign (GTK_WIDGET (self->spinner), GTK_ALIGN_CENTER);
  gtk_widget_set_valign (GTK_WIDGET (self->spinner), GTK_ALIGN_CENTER);
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), FALSE);
  gtk_overlay_add_overlay (GTK_OVERLAY (self->overlay), GTK_WIDGET (self->spinner));

  g_signal_connect_object (self->view, "notify", G_CALLBACK (view_notify_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  click = gtk_gesture_click_new ();
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (click_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  drag = gtk_gesture_drag_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), 0);
  g_signal_connect_swapped (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect_swapped (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect_swapped (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), GTK_EVENT_CONTROLLER (drag));

  /* Capture phase, so Ctrl+scroll zooms before the scrolled window scrolls. */
  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL
                                            | GTK_EVENT_CONTROLLER_SCROLL_DISCRETE);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);

  update_actions (self);
}

GtkWidget *
ld_pdf_preview_new (void)
{
  return g_object_new (LD_TYPE_PDF_PREVIEW, NULL);
}

static void
cancel_render (LdPdfPreview *self)
{
  if (self->render_cancellable != NULL)
    {
      g_cancellable_cancel (self->render_cancellable);
      g_clear_object (&self->render_cancellable);
    }
}

static void
show_pdf (LdPdfPreview *self,
          GBytes       *pdf)
{
  if (self->pdf == pdf)
    return;

  g_clear_pointer (&self->pdf, g_bytes_unref);
  self->pdf = pdf ? g_bytes_ref (pdf) : NULL;
  ld_pdf_page_view_set_pdf (self->view, pdf);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PDF]);
}

void
ld_pdf_preview_set_pdf (LdPdfPreview *self,
                        GBytes       *pdf)
{
  g_return_if_fail (LD_IS_PDF_PREVIEW (self));

  cancel_render (self);
  show_pdf (self, pdf);
}

static void
document_rendered_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(LdPdfPreview) self = user_data;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;

  pdf = ld_pdf_render_job_run_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->render_cancellable);

  if (pdf == NULL)
    {
      g_clear_pointer (&self->pdf, g_bytes_unref);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PDF]);
      ld_pdf_page_view_show_error (self->view, error->message);
      return;
    }

  show_pdf (self, pdf);
}

void
ld_pdf_preview_set_document (LdPdfPreview *self,
                             LdDocument   *document)
{
  g_return_if_fail (LD_IS_PDF_PREVIEW (self));
  g_return_if_fail (LD_IS_DOCUMENT (document));

  cancel_render (self);
  self->render_cancellable = g_cancellable_new ();
  ld_pdf_render_job_run_async (document, self->render_cancellable,
                               document_rendered_cb, g_object_ref (self));
}

/* The PDF last given to ld_pdf_preview_set_pdf(). */
GBytes *
ld_pdf_preview_get_pdf (LdPdfPreview *self)
{
  g_return_val_if_fail (LD_IS_PDF_PREVIEW (self), NULL);

  return self->pdf;
}

int
ld_pdf_preview_get_n_pages (LdPdfPreview *self)
{
  g_return_val_if_fail (LD_IS_PDF_PREVIEW (self), 0);

  return ld_pdf_page_view_get_n_pages (self->view);
}

int
ld_pdf_preview_get_current_page (LdPdfPreview *self)
{
  g_return_val_if_fail (LD_IS_PDF_PREVIEW (self), 0);

  return ld_pdf_page_view_get_current_page (self->view);
}

void
ld_pdf_preview_set_current_page (LdPdfPreview *self,
                                 int           index)
{
  g_return_if_fail (LD_IS_PDF_PREVIEW (self));

  ld_pdf_page_view_scroll_to_page (self->view, index);
}

const char *
ld_pdf_preview_get_page_indicator (LdPdfPreview *self)
{
  g_return_val_if_fail (LD_IS_PDF_PREVIEW (self), NULL);

  return self->page_indicator;
}

LdPdfZoomMode
ld_pdf_preview_get_zoom_mode (LdPdfPreview *self)
{
  g_return_val_if_fail (LD_IS_PDF_PREVIEW (self), LD_PDF_ZOOM_FREE);

  return ld_pdf_page_view_get_zoom_mode (self->view);
}

void
ld_pdf_preview_set_zoom_mode (LdPdfPreview  *self,
                              LdPdfZoomMode  mode)
{
  g_return_if_fail (LD_IS_PDF_PREVIEW (self));

  ld_pdf_page_view_set_zoom_mode (self->view, mode);
}

double
ld_pdf_preview_get_zoom (LdPdfPreview *self)
{
  g_return_val_if_fail (LD_IS_PDF_PREVIEW (self), 1.0);

  return ld_pdf_page_view_get_zoom (self->view);
}

void
ld_pdf_preview_set_zoom (LdPdfPreview *self,
                         double        zoom)
{
  g_return_if_fail (LD_IS_PDF_PREVIEW (self));

  ld_pdf_page_view_set_zoom (self->view, zoom);
}

void
ld_pdf_preview_zoom_in (LdPdfPreview *self)
{
  g_return_if_fail (LD_IS_PDF_PREVIEW (self));

  ld_pdf_page_view_set_zoom (self->view, next_zoom (self, 1));
}

void
ld_pdf_preview_zoom_out (LdPdfPreview *self)
{
  g_return_if_fail (LD_IS_PDF_PREVIEW (self));

  ld_pdf_page_view_set_zoom (self->view, next_zoom (self, -1));
}

guint
ld_pdf_preview_get_rendered_pages (LdPdfPreview *self)
{
  g_return_val_if_fail (LD_IS_PDF_PREVIEW (self), 0);

  return ld_pdf_page_view_get_rendered_pages (self->view);
}

gboolean
ld_pdf_preview_get_loading (LdPdfPreview *self)
{
  g_return_val_if_fail (LD_IS_PDF_PREVIEW (self), FALSE);

  return ld_pdf_page_view_get_loading (self->view);
}

const char *
ld_pdf_preview_get_error (LdPdfPreview *self)
{
  g_return_val_if_fail (LD_IS_PDF_PREVIEW (self), NULL);

  return ld_pdf_page_view_get_error (self->view);
}

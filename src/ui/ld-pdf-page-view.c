/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-pdf-page-view"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "ld-pdf-page-view.h"
#include "ld-pdf-source.h"

/* CSS pixels per PDF point at zoom 1.0 (96 dpi / 72 points per inch). */
#define PIXELS_PER_POINT (96.0 / 72.0)
/* Fitting a tiny window may go below the free zoom range, but not to nothing. */
#define FIT_ZOOM_MIN 0.1

G_DEFINE_ENUM_TYPE (LdPdfZoomMode, ld_pdf_zoom_mode,
                    G_DEFINE_ENUM_VALUE (LD_PDF_ZOOM_FIT_WIDTH, "fit-width"),
                    G_DEFINE_ENUM_VALUE (LD_PDF_ZOOM_FIT_PAGE, "fit-page"),
                    G_DEFINE_ENUM_VALUE (LD_PDF_ZOOM_FREE, "free"))

typedef struct
{
  GdkTexture   *texture;
  double        texture_ppp;   /* device pixels per point it was drawn at */
  GCancellable *job;           /* running render, or NULL */
  double        job_ppp;
  double        failed_ppp;    /* a render at this scale failed: do not retry */
  graphene_rect_t rect;        /* layout in content coordinates */
} PageState;

typedef struct
{
  guint        generation;
  LdPdfSource *source;
  int          n_pages;
  PageState   *pages;
  double       content_width;
  double       content_height;
} Doc;

struct _LdPdfPageView
{
  GtkWidget      parent_instance;

  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;

  Doc           *doc;          /* what is drawn */
  Doc           *pending;      /* loaded, rendering until it can replace doc */
  GCancellable  *load_cancellable;
  guint          last_generation;
  guint          update_idle;

  LdPdfZoomMode  zoom_mode;
  double         zoom;

  /* A point of a page and where in the viewport it goes after the next
   * layout: the viewport centre across a zoom change, or a page's top. */
  gboolean       anchor_set;
  int            anchor_page;
  double         anchor_y_frac;
  double         anchor_view_y;   /* -1: the viewport's centre */
  double         anchor_x_frac;   /* of the content width */
  double         anchor_view_x;   /* -1: the viewport's centre */

  /* Changes found while allocating are announced from the idle, since
   * listeners resize other widgets (header bar labels). */
  gboolean       zoom_notify_pending;

  int            current_page;
  guint          rendered_pages;
  gboolean       loading;
  char          *error;
};

static void ld_pdf_page_view_scrollable_init (GtkScrollableInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LdPdfPageView, ld_pdf_page_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE,
                                                      ld_pdf_page_view_scrollable_init))

enum {
  PROP_0,
  PROP_ZOOM_MODE,
  PROP_ZOOM,
  PROP_N_PAGES,
  PROP_CURRENT_PAGE,
  PROP_RENDERED_PAGES,
  PROP_LOADING,
  PROP_ERROR,
  N_PROPS,

  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static GParamSpec *properties[N_PROPS];

static void schedule_update (LdPdfPageView *self);

/* Documents */

static Doc *
doc_new (LdPdfSource *source,
         guint        generation)
{
  Doc *doc = g_new0 (Doc, 1);

  doc->generation = generation;
  doc->source = g_object_ref (source);
  doc->n_pages = ld_pdf_source_get_n_pages (source);
  doc->pages = g_new0 (PageState, doc->n_pages);
  return doc;
}

static void
page_cancel_job (PageState *page)
{
  if (page->job != NULL)
    {
      g_cancellable_cancel (page->job);
      g_clear_object (&page->job);
    }
}

static void
doc_free (Doc *doc)
{
  for (int i = 0; i < doc->n_pages; i++)
    {
      page_cancel_job (&doc->pages[i]);
      g_clear_object (&doc->pages[i].texture);
    }
  g_free (doc->pages);
  g_object_unref (doc->source);
  g_free (doc);
}

static double
css_pixels_per_point (LdPdfPageView *self)
{
  return self->zoom * PIXELS_PER_POINT;
}

static double
device_pixels_per_point (LdPdfPageView *self)
{
  return css_pixels_per_point (self) * gtk_widget_get_scale_factor (GTK_WIDGET (self));
}

static void
doc_layout (Doc    *doc,
            double  k,
            int     view_width)
{
  double y = LD_PDF_PAGE_MARGIN;
  double widest = 0;

  for (int i = 0; i < doc->n_pages; i++)
    {
      double w, h;

      ld_pdf_source_get_page_size (doc->source, i, &w, &h);
      doc->pages[i].rect.size.width = MAX (1, round (w * k));
      doc->pages[i].rect.size.height = MAX (1, round (h * k));
      doc->pages[i].rect.origin.y = y;
      y += doc->pages[i].rect.size.height + LD_PDF_PAGE_MARGIN;
      widest = MAX (widest, doc->pages[i].rect.size.width);
    }

  doc->content_width = widest + 2 * LD_PDF_PAGE_MARGIN;
  doc->content_height = y;

  for (int i = 0; i < doc->n_pages; i++)
    doc->pages[i].rect.origin.x =
      floor ((MAX (doc->content_width, view_width) - doc->pages[i].rect.size.width) / 2);
}

/* The page under content coordinate @y, or the nearest one. */
static int
doc_page_at (Doc    *doc,
             double  y)
{
  for (int i = 0; i < doc->n_pages; i++)
    if (y < doc->pages[i].rect.origin.y + doc->pages[i].rect.size.height + LD_PDF_PAGE_MARGIN / 2.0)
      return i;
  return doc->n_pages - 1;
}

static void
doc_visible_range (Doc    *doc,
                   double  top,
                   double  height,
                   int    *first,
                   int    *last)
{
  *first = doc_page_at (doc, top);
  *last = doc_page_at (doc, top + MAX (height, 1) - 1);
}

/* Rendering */

typedef struct
{
  LdPdfPageView *self;
  GCancellable  *job;
  guint          generation;
  int            index;
  double         ppp;
} JobData;

static void
job_data_free (JobData *data)
{
  g_object_unref (data->self);
  g_object_unref (data->job);
  g_free (data);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (JobData, job_data_free)

static Doc *
find_doc (LdPdfPageView *self,
          guint          generation)
{
  if (self->doc != NULL && self->doc->generation == generation)
    return self->doc;
  if (self->pending != NULL && self->pending->generation == generation)
    return self->pending;
  return NULL;
}

static void
page_rendered_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(JobData) data = user_data;
  LdPdfPageView *self = data->self;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  PageState *page;
  Doc *doc;

  texture = ld_pdf_source_render_page_finish (LD_PDF_SOURCE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  doc = find_doc (self, data->generation);
  if (doc == NULL)
    return;

  page = &doc->pages[data->index];
  if (page->job == data->job)
    g_clear_object (&page->job);

  if (texture == NULL)
    {
      g_debug ("Page %d not rendered: %s", data->index + 1, error->message);
      page->failed_ppp = data->ppp;
    }
  else
    {
      g_set_object (&page->texture, texture);
      page->texture_ppp = data->ppp;
    }

  if (doc == self->doc)
    gtk_widget_queue_draw (GTK_WIDGET (self));
  schedule_update (self);
}

static void
start_job (LdPdfPageView *self,
           Doc           *doc,
           int            index,
           double         ppp)
{
  PageState *page = &doc->pages[index];
  JobData *data;

  page_cancel_job (page);
  page->job = g_cancellable_new ();
  page->job_ppp = ppp;

  data = g_new0 (JobData, 1);
  data->self = g_object_ref (self);
  data->job = g_object_ref (page->job);
  data->generation = doc->generation;
  data->index = index;
  data->ppp = ppp;

  ld_pdf_source_render_page_async (doc->source, index, ppp, page->job,
                                   page_rendered_cb, data);
}

/* Pages bigger than this (at high zoom) are neither rendered ahead nor kept
 * out of view: each costs tens of megabytes and a long render. */
#define PREFETCH_MAX_PIXELS (4 * 1024 * 1024)

static void
ensure_job (LdPdfPageView *self,
            Doc           *doc,
            int            index,
            double         ppp)
{
  PageState *page = &doc->pages[index];

  if ((page->texture != NULL && page->texture_ppp == ppp) || page->failed_ppp == ppp)
    return;
  if (page->job == NULL || page->job_ppp != ppp)
    start_job (self, doc, index, ppp);
}

/* Starts renders for the pages of @doc in view, then the ones next to them,
 * and drops those far away. Returns whether every page in view is drawn at
 * @ppp. */
static gboolean
doc_update_renders (LdPdfPageView *self,
                    Doc           *doc,
                    double         ppp,
                    guint         *n_rendered)
{
  double top = self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
  int height = gtk_widget_get_height (GTK_WIDGET (self));
  gboolean complete = TRUE;
  int first, last, around, keep;
  double w, h;

  doc_visible_range (doc, top, height, &first, &last);
  ld_pdf_source_get_page_size (doc->source, first, &w, &h);
  around = w * h * ppp * ppp > PREFETCH_MAX_PIXELS ? 0 : 1;
  keep = around ? 3 : 0;

  /* Jobs queue on the Poppler lock in about the order they start. */
  for (int i = first; i <= last; i++)
    {
      ensure_job (self, doc, i, ppp);
      if (doc->pages[i].texture == NULL || doc->pages[i].texture_ppp != ppp)
        complete = complete && doc->pages[i].failed_ppp == ppp;
    }
  for (int i = MAX (0, first - around); i <= MIN (doc->n_pages - 1, last + around); i++)
    ensure_job (self, doc, i, ppp);

  *n_rendered = 0;
  for (int i = 0; i < doc->n_pages; i++)
    {
      PageState *page = &doc->pages[i];

      if (page->texture != NULL && page->texture_ppp == ppp)
        (*n_rendered)++;

      if (i < first - around || i > last + around)
        {
          page_cancel_job (page);
          /* Keep a little around for scrolling back; bound the memory. */
          if (i < first - keep || i > last + keep)
            g_clear_object (&page->texture);
        }
    }

  return complete;
}

static void
set_loading (LdPdfPageView *self,
             gboolean       loading)
{
  if (self->loading == loading)
    return;
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

static void
update_status (LdPdfPageView *self)
{
  int current = 0;

  if (self->doc != NULL && self->vadjustment != NULL)
    {
      double value = gtk_adjustment_get_value (self->vadjustment);
      double page_size = gtk_adjustment_get_page_size (self->vadjustment);
      double upper = gtk_adjustment_get_upper (self->vadjustment);

      /* At the very end the last page counts even if it is short. */
      if (value > 0 && value >= upper - page_size - 0.5)
        current = self->doc->n_pages - 1;
      else
        current = doc_page_at (self->doc, value + page_size / 2);
    }

  if (current != self->current_page)
    {
      self->current_page = current;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CURRENT_PAGE]);
    }
}

static gboolean
update_idle_cb (gpointer user_data)
{
  LdPdfPageView *self = user_data;
  double ppp = device_pixels_per_point (self);
  /* Nothing is rendered for a preview that is not on screen (a hidden tab,
   * before the first allocation); mapping it schedules the renders. */
  gboolean can_render = gtk_widget_get_mapped (GTK_WIDGET (self))
                        && gtk_widget_get_width (GTK_WIDGET (self)) > 0;
  guint n_rendered = 0;

  self->update_idle = 0;

  if (self->zoom_notify_pending)
    {
      self->zoom_notify_pending = FALSE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
    }

  if (self->pending != NULL)
    {
      guint ignored;

      doc_layout (self->pending, css_pixels_per_point (self), gtk_widget_get_width (GTK_WIDGET (self)));
      if (self->doc == NULL || !can_render
          || doc_update_renders (self, self->pending, ppp, &ignored))
        {
          /* The new document's visible pages are ready: show it in one step. */
          int old_n_pages = self->doc ? self->doc->n_pages : 0;

          g_clear_pointer (&self->doc, doc_free);
          self->doc = g_steal_pointer (&self->pending);
          set_loading (self, FALSE);
          if (old_n_pages != self->doc->n_pages)
            g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
          gtk_widget_queue_resize (GTK_WIDGET (self));
        }
    }

  if (self->doc != NULL && can_render)
    doc_update_renders (self, self->doc, ppp, &n_rendered);
  else if (self->doc != NULL)
    for (int i = 0; i < self->doc->n_pages; i++)
      if (self->doc->pages[i].texture != NULL && self->doc->pages[i].texture_ppp == ppp)
        n_rendered++;

  if (n_rendered != self->rendered_pages)
    {
      self->rendered_pages = n_rendered;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RENDERED_PAGES]);
    }

  update_status (self);

  return G_SOURCE_REMOVE;
}

static void
schedule_update (LdPdfPageView *self)
{
  if (self->update_idle == 0)
    self->update_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, update_idle_cb, self, NULL);
}

/* Loading */

static void
set_error (LdPdfPageView *self,
           const char    *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
clear_documents (LdPdfPageView *self)
{
  gboolean had_pages = self->doc != NULL;

  g_clear_pointer (&self->doc, doc_free);
  g_clear_pointer (&self->pending, doc_free);
  if (had_pages)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_PAGES]);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  schedule_update (self);
}

typedef struct
{
  LdPdfPageView *self;
  GCancellable  *cancellable;
} LoadData;

static void
source_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  LoadData *data = user_data;
  g_autoptr(LdPdfPageView) self = data->self;
  g_autoptr(GCancellable) cancellable = data->cancellable;
  g_autoptr(LdPdfSource) source = NULL;
  g_autoptr(GError) error = NULL;

  g_free (data);

  source = ld_pdf_source_new_finish (result, &error);
  if (g_cancellable_is_cancelled (cancellable) || self->load_cancellable != cancellable)
    return;
  g_clear_object (&self->load_cancellable);

  if (source == NULL)
    {
      clear_documents (self);
      set_loading (self, FALSE);
      set_error (self, error->message);
      return;
    }

  set_error (self, NULL);
  g_clear_pointer (&self->pending, doc_free);
  self->pending = doc_new (source, ++self->last_generation);
  schedule_update (self);
}

void
ld_pdf_page_view_set_pdf (LdPdfPageView *self,
                          GBytes        *pdf)
{
  LoadData *data;

  g_return_if_fail (LD_IS_PDF_PAGE_VIEW (self));

  if (self->load_cancellable != NULL)
    {
      g_cancellable_cancel (self->load_cancellable);
      g_clear_object (&self->load_cancellable);
    }
  g_clear_pointer (&self->pending, doc_free);

  if (pdf == NULL)
    {
      clear_documents (self);
      set_loading (self, FALSE);
      set_error (self, NULL);
      return;
    }

  self->load_cancellable = g_cancellable_new ();
  set_loading (self, TRUE);

  data = g_new0 (LoadData, 1);
  data->self = g_object_ref (self);
  data->cancellable = g_object_ref (self->load_cancellable);
  ld_pdf_source_new_async (pdf, self->load_cancellable, source_loaded_cb, data);
}

/* Shows @message instead of pages, as for an unreadable PDF. */
void
ld_pdf_page_view_show_error (LdPdfPageView *self,
                             const char    *message)
{
  g_return_if_fail (LD_IS_PDF_PAGE_VIEW (self));
  g_return_if_fail (message != NULL);

  if (self->load_cancellable != NULL)
    {
      g_cancellable_cancel (self->load_cancellable);
      g_clear_object (&self->load_cancellable);
    }
  clear_documents (self);
  set_loading (self, FALSE);
  set_error (self, message);
}

GBytes *
ld_pdf_page_view_get_pdf (LdPdfPageView *self)
{
  g_return_val_if_fail (LD_IS_PDF_PAGE_VIEW (self), NULL);

  return self->doc ? ld_pdf_source_get_bytes (self->doc->source) : NULL;
}

/* Zoom */

/* Remembers the document point under (@x, @y) of the viewport (-1: its
 * centre) so that the next layout keeps it there. */
static void
remember_anchor_at (LdPdfPageView *self,
                    double         x,
                    double         y)
{
  double vvalue, hvalue, view_x, view_y;
  graphene_rect_t *rect;

  if (self->doc == NULL || self->anchor_set || self->vadjustment == NULL)
    return;

  vvalue = gtk_adjustment_get_value (self->vadjustment);
  hvalue = gtk_adjustment_get_value (self->hadjustment);
  view_x = x < 0 ? gtk_adjustment_get_page_size (self->hadjustment) / 2 : x;
  view_y = y < 0 ? gtk_adjustment_get_page_size (self->vadjustment) / 2 : y;

  self->anchor_page = doc_page_at (self->doc, vvalue + view_y);
  rect = &self->doc->pages[self->anchor_page].rect;
  self->anchor_y_frac = (vvalue + view_y - rect->origin.y) / rect->size.height;
  self->anchor_view_y = y;
  self->anchor_x_frac = (hvalue + view_x) / MAX (1, gtk_adjustment_get_upper (self->hadjustment));
  self->anchor_view_x = x;
  self->anchor_set = TRUE;
}

static void
remember_anchor (LdPdfPageView *self)
{
  remember_anchor_at (self, -1, -1);
}

/* Returns whether the zoom changed; the caller lays the pages out again. */
static gboolean
change_zoom (LdPdfPageView *self,
             double         zoom,
             gboolean       allocating)
{
  if (fabs (zoom - self->zoom) < 1e-6)
    return FALSE;

  remember_anchor (self);
  self->zoom = zoom;
  if (allocating)
    self->zoom_notify_pending = TRUE;
  else
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
  schedule_update (self);
  return TRUE;
}

static double
fit_zoom (LdPdfPageView *self,
          int            width,
          int            height)
{
  Doc *doc = self->doc ? self->doc : self->pending;
  double widest = 0, tallest = 0, zoom;

  if (doc == NULL || width <= 2 * LD_PDF_PAGE_MARGIN)
    return self->zoom;

  for (int i = 0; i < doc->n_pages; i++)
    {
      double w, h;

      ld_pdf_source_get_page_size (doc->source, i, &w, &h);
      widest = MAX (widest, w);
      tallest = MAX (tallest, h);
    }

  zoom = (width - 2.0 * LD_PDF_PAGE_MARGIN) / (widest * PIXELS_PER_POINT);
  if (self->zoom_mode == LD_PDF_ZOOM_FIT_PAGE && height > 2 * LD_PDF_PAGE_MARGIN)
    zoom = MIN (zoom, (height - 2.0 * LD_PDF_PAGE_MARGIN) / (tallest * PIXELS_PER_POINT));

  return CLAMP (zoom, FIT_ZOOM_MIN, LD_PDF_ZOOM_MAX);
}

/* GtkWidget */

static void
configure_adjustment (GtkAdjustment *adjustment,
                      double         value,
                      double         upper,
                      double         page_size)
{
  upper = MAX (upper, page_size);
  gtk_adjustment_configure (adjustment,
                            CLAMP (value, 0, upper - page_size),
                            0, upper,
                            page_size * 0.1, page_size * 0.9, page_size);
}

static void
ld_pdf_page_view_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  LdPdfPageView *self = LD_PDF_PAGE_VIEW (widget);
  double hvalue, vvalue;

  if (self->zoom_mode != LD_PDF_ZOOM_FREE)
    change_zoom (self, fit_zoom (self, width, height), TRUE);

  hvalue = self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
  vvalue = self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;

  if (self->doc == NULL)
    {
      if (self->hadjustment)
        configure_adjustment (self->hadjustment, 0, width, width);
      if (self->vadjustment)
        configure_adjustment (self->vadjustment, 0, height, height);
      self->anchor_set = FALSE;
      return;
    }

  doc_layout (self->doc, css_pixels_per_point (self), width);

  if (self->anchor_set)
    {
      graphene_rect_t *rect = &self->doc->pages[MIN (self->anchor_page, self->doc->n_pages - 1)].rect;

      vvalue = rect->origin.y + self->anchor_y_frac * rect->size.height
               - (self->anchor_view_y < 0 ? height / 2.0 : self->anchor_view_y);
      hvalue = self->anchor_x_frac * self->doc->content_width
               - (self->anchor_view_x < 0 ? width / 2.0 : self->anchor_view_x);
      self->anchor_set = FALSE;
    }

  if (self->hadjustment)
    configure_adjustment (self->hadjustment, hvalue, self->doc->content_width, width);
  if (self->vadjustment)
    configure_adjustment (self->vadjustment, vvalue, self->doc->content_height, height);

  schedule_update (self);
}

static void
ld_pdf_page_view_measure (GtkWidget      *widget,
                          GtkOrientation  orientation,
                          int             for_size,
                          int            *minimum,
                          int            *natural,
                          int            *minimum_baseline,
                          int            *natural_baseline)
{
  LdPdfPageView *self = LD_PDF_PAGE_VIEW (widget);

  double k = css_pixels_per_point (self);
  double size = LD_PDF_PAGE_MARGIN;

  *minimum = 0;
  *natural = 0;
  if (self->doc == NULL)
    return;

  /* Scrolled, so only the natural size matters; no layout side effects. */
  for (int i = 0; i < self->doc->n_pages; i++)
    {
      double w, h;

      ld_pdf_source_get_page_size (self->doc->source, i, &w, &h);
      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        size = MAX (size, round (w * k) + 2 * LD_PDF_PAGE_MARGIN);
      else
        size += round (h * k) + LD_PDF_PAGE_MARGIN;
    }
  *natural = size;
}

static void
ld_pdf_page_view_snapshot (GtkWidget   *widget,
                           GtkSnapshot *snapshot)
{
  LdPdfPageView *self = LD_PDF_PAGE_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());
  GdkRGBA background = dark ? (GdkRGBA) { 0.14, 0.14, 0.14, 1 } : (GdkRGBA) { 0.85, 0.85, 0.85, 1 };
  GdkRGBA shadow = { 0, 0, 0, dark ? 0.6 : 0.3 };
  GdkRGBA border = { 0, 0, 0, dark ? 0.5 : 0.15 };
  GdkRGBA paper = { 1, 1, 1, 1 };
  double top, left;

  gtk_snapshot_append_color (snapshot, &background, &GRAPHENE_RECT_INIT (0, 0, width, height));

  if (self->doc == NULL)
    return;

  top = self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
  left = self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (-left, -top));

  for (int i = 0; i < self->doc->n_pages; i++)
    {
      PageState *page = &self->doc->pages[i];
      const graphene_rect_t *r = &page->rect;
      GskRoundedRect outline;
      float border_widths[4] = { 1, 1, 1, 1 };
      GdkRGBA border_colors[4] = { border, border, border, border };

      if (r->origin.y + r->size.height + 8 < top || r->origin.y - 8 > top + height)
        continue;

      gsk_rounded_rect_init_from_rect (&outline, r, 0);
      gtk_snapshot_append_outset_shadow (snapshot, &outline, &shadow, 0, 1, 0, 4);
      if (page->texture != NULL)
        gtk_snapshot_append_texture (snapshot, page->texture, r);
      else
        gtk_snapshot_append_color (snapshot, &paper, r);

      gsk_rounded_rect_init_from_rect (&outline,
                                       &GRAPHENE_RECT_INIT (r->origin.x - 1, r->origin.y - 1,
                                                            r->size.width + 2, r->size.height + 2),
                                       0);
      gtk_snapshot_append_border (snapshot, &outline, border_widths, border_colors);
    }

  gtk_snapshot_restore (snapshot);
}

static void
ld_pdf_page_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (ld_pdf_page_view_parent_class)->map (widget);
  schedule_update (LD_PDF_PAGE_VIEW (widget));
}

static void
scale_factor_changed_cb (LdPdfPageView *self)
{
  schedule_update (self);
}

/* GtkScrollable */

/* Also called while allocating: the page number is updated from the idle. */
static void
adjustment_value_changed_cb (LdPdfPageView *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
  schedule_update (self);
}

static void
set_adjustment (LdPdfPageView  *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (adjustment != NULL && *slot == adjustment)
    return;

  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, adjustment_value_changed_cb, self);
      g_clear_object (slot);
    }

  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);

  *slot = g_object_ref_sink (adjustment);
  g_signal_connect_swapped (adjustment, "value-changed",
                            G_CALLBACK (adjustment_value_changed_cb), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static gboolean
ld_pdf_page_view_get_border (GtkScrollable *scrollable,
                             GtkBorder     *border)
{
  return FALSE;
}

static void
ld_pdf_page_view_scrollable_init (GtkScrollableInterface *iface)
{
  iface->get_border = ld_pdf_page_view_get_border;
}

/* GObject */

static void
ld_pdf_page_view_dispose (GObject *object)
{
  LdPdfPageView *self = LD_PDF_PAGE_VIEW (object);

  if (self->load_cancellable != NULL)
    g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_pointer (&self->doc, doc_free);
  g_clear_pointer (&self->pending, doc_free);
  g_clear_handle_id (&self->update_idle, g_source_remove);

  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, adjustment_value_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, adjustment_value_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (ld_pdf_page_view_parent_class)->dispose (object);
}

static void
ld_pdf_page_view_finalize (GObject *object)
{
  LdPdfPageView *self = LD_PDF_PAGE_VIEW (object);

  g_free (self->error);

  G_OBJECT_CLASS (ld_pdf_page_view_parent_class)->finalize (object);
}

static void
ld_pdf_page_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LdPdfPageView *self = LD_PDF_PAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM_MODE:
      g_value_set_enum (value, self->zoom_mode);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_N_PAGES:
      g_value_set_int (value, ld_pdf_page_view_get_n_pages (self));
      break;
    case PROP_CURRENT_PAGE:
      g_value_set_int (value, self->current_page);
      break;
    case PROP_RENDERED_PAGES:
      g_value_set_uint (value, self->rendered_pages);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_pdf_page_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LdPdfPageView *self = LD_PDF_PAGE_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM_MODE:
      ld_pdf_page_view_set_zoom_mode (self, g_value_get_enum (value));
      break;
    case PROP_ZOOM:
      ld_pdf_page_view_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_CURRENT_PAGE:
      ld_pdf_page_view_scroll_to_page (self, g_value_get_int (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value));
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value));
      break;
    case PROP_HSCROLL_POLICY:
      if (self->hscroll_policy != (guint) g_value_get_enum (value))
        {
          self->hscroll_policy = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_VSCROLL_POLICY:
      if (self->vscroll_policy != (guint) g_value_get_enum (value))
        {
          self->vscroll_policy = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ld_pdf_page_view_class_init (LdPdfPageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ld_pdf_page_view_dispose;
  object_class->finalize = ld_pdf_page_view_finalize;
  object_class->get_property = ld_pdf_page_view_get_property;
  object_class->set_property = ld_pdf_page_view_set_property;

  widget_class->map = ld_pdf_page_view_map;
  widget_class->measure = ld_pdf_page_view_measure;
  widget_class->size_allocate = ld_pdf_page_view_size_allocate;
  widget_class->snapshot = ld_pdf_page_view_snapshot;

  properties[PROP_ZOOM_MODE] =
    g_param_spec_enum ("zoom-mode", NULL, NULL,
                       LD_TYPE_PDF_ZOOM_MODE, LD_PDF_ZOOM_FIT_WIDTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL,
                         FIT_ZOOM_MIN, LD_PDF_ZOOM_MAX, 1.0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_PAGES] =
    g_param_spec_int ("n-pages", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT_PAGE] =
    g_param_spec_int ("current-page", NULL, NULL, 0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
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

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "ldpdfpageview");
}

static void
ld_pdf_page_view_init (LdPdfPageView *self)
{
  self->zoom_mode = LD_PDF_ZOOM_FIT_WIDTH;
  self->zoom = 1.0;

  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  g_signal_connect (self, "notify::scale-factor", G_CALLBACK (scale_factor_changed_cb), NULL);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
ld_pdf_page_view_new (void)
{
  return g_object_new (LD_TYPE_PDF_PAGE_VIEW, NULL);
}

int
ld_pdf_page_view_get_n_pages (LdPdfPageView *self)
{
  g_return_val_if_fail (LD_IS_PDF_PAGE_VIEW (self), 0);

  return self->doc ? self->doc->n_pages : 0;
}

int
ld_pdf_page_view_get_current_page (LdPdfPageView *self)
{
  g_return_val_if_fail (LD_IS_PDF_PAGE_VIEW (self), 0);

  return self->current_page;
}

void
ld_pdf_page_view_scroll_to_page (LdPdfPageView *self,
                                 int            index)
{
  g_return_if_fail (LD_IS_PDF_PAGE_VIEW (self));

  if (self->doc == NULL || self->vadjustment == NULL)
    return;

  index = CLAMP (index, 0, self->doc->n_pages - 1);

  /* A zoom waiting for its layout would move the view again: go there after it. */
  if (self->anchor_set)
    {
      self->anchor_page = index;
      self->anchor_y_frac = 0;
      self->anchor_view_y = LD_PDF_PAGE_MARGIN;
      self->anchor_x_frac = 0.5;
      self->anchor_view_x = -1;
      return;
    }

  gtk_adjustment_set_value (self->vadjustment,
                            self->doc->pages[index].rect.origin.y - LD_PDF_PAGE_MARGIN);
}

guint
ld_pdf_page_view_get_rendered_pages (LdPdfPageView *self)
{
  g_return_val_if_fail (LD_IS_PDF_PAGE_VIEW (self), 0);

  return self->rendered_pages;
}

gboolean
ld_pdf_page_view_get_loading (LdPdfPageView *self)
{
  g_return_val_if_fail (LD_IS_PDF_PAGE_VIEW (self), FALSE);

  return self->loading;
}

const char *
ld_pdf_page_view_get_error (LdPdfPageView *self)
{
  g_return_val_if_fail (LD_IS_PDF_PAGE_VIEW (self), NULL);

  return self->error;
}

LdPdfZoomMode
ld_pdf_page_view_get_zoom_mode (LdPdfPageView *self)
{
  g_return_val_if_fail (LD_IS_PDF_PAGE_VIEW (self), LD_PDF_ZOOM_FREE);

  return self->zoom_mode;
}

void
ld_pdf_page_view_set_zoom_mode (LdPdfPageView *self,
                                LdPdfZoomMode  mode)
{
  g_return_if_fail (LD_IS_PDF_PAGE_VIEW (self));

  if (self->zoom_mode == mode)
    return;

  self->zoom_mode = mode;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM_MODE]);
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

double
ld_pdf_page_view_get_zoom (LdPdfPageView *self)
{
  g_return_val_if_fail (LD_IS_PDF_PAGE_VIEW (self), 1.0);

  return self->zoom;
}

/* Setting a zoom leaves the fit modes. */
void
ld_pdf_page_view_set_zoom (LdPdfPageView *self,
                           double         zoom)
{
  g_return_if_fail (LD_IS_PDF_PAGE_VIEW (self));

  g_object_freeze_notify (G_OBJECT (self));
  ld_pdf_page_view_set_zoom_mode (self, LD_PDF_ZOOM_FREE);
  if (change_zoom (self, CLAMP (zoom, LD_PDF_ZOOM_MIN, LD_PDF_ZOOM_MAX), FALSE))
    gtk_widget_queue_allocate (GTK_WIDGET (self));
  g_object_thaw_notify (G_OBJECT (self));
}

/* Zooms keeping the document point under (@x, @y) of the view in place. */
void
ld_pdf_page_view_zoom_at (LdPdfPageView *self,
                          double         zoom,
                          double         x,
                          double         y)
{
  g_return_if_fail (LD_IS_PDF_PAGE_VIEW (self));

  zoom = CLAMP (zoom, LD_PDF_ZOOM_MIN, LD_PDF_ZOOM_MAX);
  if (fabs (zoom - self->zoom) >= 1e-6)
    remember_anchor_at (self, x, y);
  ld_pdf_page_view_set_zoom (self, zoom);
}

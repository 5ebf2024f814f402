/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-pdf-source"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <poppler.h>

#include "ld-pdf-source.h"

/* Larger renders are scaled up when drawn; this bounds a page's memory
 * (about 48 MB) at 400 % on HiDPI screens. */
#define MAX_TEXTURE_PIXELS (12 * 1024 * 1024)

struct _LdPdfSource
{
  GObject          parent_instance;

  GBytes          *bytes;
  PopplerDocument *document;   /* only touched with poppler_lock held */
  int              n_pages;
  double          *page_sizes; /* width, height pairs in PDF points */
};

G_DEFINE_FINAL_TYPE (LdPdfSource, ld_pdf_source, G_TYPE_OBJECT)

/* Poppler keeps global state (fonts, caches), so one lock for all documents. */
static GMutex poppler_lock;

static void
free_document_thread (GTask        *task,
                      gpointer      source_object,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  g_mutex_lock (&poppler_lock);
  g_object_unref (task_data);
  g_mutex_unlock (&poppler_lock);
  g_task_return_boolean (task, TRUE);
}

static void
ld_pdf_source_finalize (GObject *object)
{
  LdPdfSource *self = LD_PDF_SOURCE (object);

  /* A replaced document is often dropped on the main thread while a page of
   * the next one renders; waiting for the lock there would stall the UI. */
  if (self->document != NULL && !g_mutex_trylock (&poppler_lock))
    {
      g_autoptr(GTask) task = g_task_new (NULL, NULL, NULL, NULL);

      g_task_set_task_data (task, g_steal_pointer (&self->document), NULL);
      g_task_run_in_thread (task, free_document_thread);
    }
  else if (self->document != NULL)
    {
      g_clear_object (&self->document);
      g_mutex_unlock (&poppler_lock);
    }
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->page_sizes, g_free);

  G_OBJECT_CLASS (ld_pdf_source_parent_class)->finalize (object);
}

static void
ld_pdf_source_class_init (LdPdfSourceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ld_pdf_source_finalize;
}

static void
ld_pdf_source_init (LdPdfSource *self)
{
}

LdPdfSource *
ld_pdf_source_new (GBytes  *pdf,
                   GError **error)
{
  g_autoptr(LdPdfSource) self = NULL;
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *document;

  g_return_val_if_fail (pdf != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_bytes_get_size (pdf) == 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The document is empty."));
      return NULL;
    }

  self = g_object_new (LD_TYPE_PDF_SOURCE, NULL);
  self->bytes = g_bytes_ref (pdf);

  g_mutex_lock (&poppler_lock);
  document = poppler_document_new_from_bytes (self->bytes, NULL, &local_error);
  if (document != NULL)
    {
      self->document = document;
      self->n_pages = poppler_document_get_n_pages (document);
      self->page_sizes = g_new0 (double, 2 * MAX (self->n_pages, 1));
      for (int i = 0; i < self->n_pages; i++)
        {
          PopplerPage *page = poppler_document_get_page (document, i);

          if (page != NULL)
            {
              poppler_page_get_size (page, &self->page_sizes[2 * i], &self->page_sizes[2 * i + 1]);
              g_object_unref (page);
            }
        }
    }
  g_mutex_unlock (&poppler_lock);

  if (document == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The document is not a readable PDF: %s"), local_error->message);
      return NULL;
    }

  if (self->n_pages < 1)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("The document has no pages."));
      return NULL;
    }

  return g_steal_pointer (&self);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  LdPdfSource *self;

  self = ld_pdf_source_new (task_data, &error);
  if (self == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, self, g_object_unref);
}

void
ld_pdf_source_new_async (GBytes              *pdf,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (pdf != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, ld_pdf_source_new_async);
  g_task_set_task_data (task, g_bytes_ref (pdf), (GDestroyNotify) g_bytes_unref);
  g_task_run_in_thread (task, load_thread);
}

LdPdfSource *
ld_pdf_source_new_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

GBytes *
ld_pdf_source_get_bytes (LdPdfSource *self)
{
  g_return_val_if_fail (LD_IS_PDF_SOURCE (self), NULL);

  return self->bytes;
}

int
ld_pdf_source_get_n_pages (LdPdfSource *self)
{
  g_return_val_if_fail (LD_IS_PDF_SOURCE (self), 0);

  return self->n_pages;
}

void
ld_pdf_source_get_page_size (LdPdfSource *self,
                             int          index,
                             double      *width,
                             double      *height)
{
  g_return_if_fail (LD_IS_PDF_SOURCE (self));
  g_return_if_fail (index >= 0 && index < self->n_pages);

  if (width != NULL)
    *width = self->page_sizes[2 * index];
  if (height != NULL)
    *height = self->page_sizes[2 * index + 1];
}

typedef struct
{
  int              index;
  double           pixels_per_point;
  cairo_surface_t *surface;
} RenderData;

static void
render_data_free (gpointer data)
{
  RenderData *render = data;

  g_clear_pointer (&render->surface, cairo_surface_destroy);
  g_free (render);
}

static void
render_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  LdPdfSource *self = source_object;
  RenderData *render = task_data;
  PopplerPage *page = NULL;
  double width_pt, height_pt, scale;
  int width, height;
  cairo_surface_t *surface;
  cairo_t *cr;

  /* Pages scrolled away or replaced while queued never reach Poppler. */
  if (g_task_return_error_if_cancelled (task))
    return;

  ld_pdf_source_get_page_size (self, render->index, &width_pt, &height_pt);
  scale = render->pixels_per_point;
  if (width_pt * height_pt * scale * scale > MAX_TEXTURE_PIXELS)
    scale = sqrt (MAX_TEXTURE_PIXELS / (width_pt * height_pt));
  width = MAX (1, (int) ceil (width_pt * scale));
  height = MAX (1, (int) ceil (height_pt * scale));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  /* PDF pages are transparent where nothing is drawn: paper is white. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, (double) width / width_pt, (double) height / height_pt);

  g_mutex_lock (&poppler_lock);
  /* Jobs queue on the lock; one cancelled meanwhile (zooming on) is skipped. */
  if (!g_cancellable_is_cancelled (cancellable))
    {
      page = poppler_document_get_page (self->document, render->index);
      if (page != NULL)
        poppler_page_render (page, cr);
      g_clear_object (&page);
    }
  g_mutex_unlock (&poppler_lock);

  cairo_destroy (cr);
  cairo_surface_flush (surface);

  if (g_task_return_error_if_cancelled (task))
    {
      cairo_surface_destroy (surface);
      return;
    }

  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED,
                               _("Page %d could not be drawn: %s"), render->index + 1,
                               cairo_status_to_string (cairo_surface_status (surface)));
      cairo_surface_destroy (surface);
      return;
    }

  render->surface = surface;
  g_task_return_boolean (task, TRUE);
}

void
ld_pdf_source_render_page_async (LdPdfSource         *self,
                                 int                  index,
                                 double               pixels_per_point,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  RenderData *render;

  g_return_if_fail (LD_IS_PDF_SOURCE (self));
  g_return_if_fail (index >= 0 && index < self->n_pages);
  g_return_if_fail (pixels_per_point > 0);

  render = g_new0 (RenderData, 1);
  render->index = index;
  render->pixels_per_point = pixels_per_point;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ld_pdf_source_render_page_async);
  g_task_set_task_data (task, render, render_data_free);
  g_task_run_in_thread (task, render_thread);
}

static void
unref_surface (gpointer data)
{
  cairo_surface_destroy (data);
}

GdkTexture *
ld_pdf_source_render_page_finish (LdPdfSource   *self,
                                  GAsyncResult  *result,
                                  GError       **error)
{
  RenderData *render;
  cairo_surface_t *surface;
  g_autoptr(GBytes) pixels = NULL;
  int height, stride;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  if (!g_task_propagate_boolean (G_TASK (result), error))
    return NULL;

  render = g_task_get_task_data (G_TASK (result));
  surface = g_steal_pointer (&render->surface);
  height = cairo_image_surface_get_height (surface);
  stride = cairo_image_surface_get_stride (surface);

  /* The texture borrows the surface's pixels instead of copying them. */
  pixels = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                       (gsize) height * stride, unref_surface, surface);
  return gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                 GDK_MEMORY_DEFAULT, pixels, stride);
}

void
ld_pdf_source_render_for_printing (LdPdfSource *self,
                                   int          index,
                                   cairo_t     *cr)
{
  PopplerPage *page;

  g_return_if_fail (LD_IS_PDF_SOURCE (self));
  g_return_if_fail (index >= 0 && index < self->n_pages);

  g_mutex_lock (&poppler_lock);
  page = poppler_document_get_page (self->document, index);
  if (page != NULL)
    poppler_page_render_for_printing (page, cr);
  g_clear_object (&page);
  g_mutex_unlock (&poppler_lock);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define LD_TYPE_PDF_SOURCE (ld_pdf_source_get_type ())
G_DECLARE_FINAL_TYPE (LdPdfSource, ld_pdf_source, LD, PDF_SOURCE, GObject)

/*
 * LdPdfSource: one loaded PDF that may be used from several threads.
 *
 * Poppler objects are not thread-safe, so every Poppler call of every source
 * goes through one process-wide lock (as in Evince). The page count and page
 * sizes are read once at load time and are then available without the lock.
 */

LdPdfSource *ld_pdf_source_new          (GBytes               *pdf,
                                         GError              **error);
void         ld_pdf_source_new_async    (GBytes               *pdf,
                                         GCancellable         *cancellable,
                                         GAsyncReadyCallback   callback,
                                         gpointer              user_data);
LdPdfSource *ld_pdf_source_new_finish   (GAsyncResult         *result,
                                         GError              **error);

GBytes      *ld_pdf_source_get_bytes    (LdPdfSource          *self);
int          ld_pdf_source_get_n_pages  (LdPdfSource          *self);
void         ld_pdf_source_get_page_size (LdPdfSource         *self,
                                          int                  index,
                                          double              *width,
                                          double              *height);

/* Renders page @index at @pixels_per_point in a worker thread; the texture
 * is made on the main thread in _finish. */
void         ld_pdf_source_render_page_async  (LdPdfSource         *self,
                                               int                  index,
                                               double               pixels_per_point,
                                               GCancellable        *cancellable,
                                               GAsyncReadyCallback  callback,
                                               gpointer             user_data);
GdkTexture  *ld_pdf_source_render_page_finish (LdPdfSource         *self,
                                               GAsyncResult        *result,
                                               GError             **error);

/* For GtkPrintOperation::draw-page: draws page @index on @cr in PDF points. */
void         ld_pdf_source_render_for_printing (LdPdfSource *self,
                                                int          index,
                                                cairo_t     *cr);

G_END_DECLS

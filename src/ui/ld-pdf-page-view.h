/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Pixels of grey around and between the pages. */
#define LD_PDF_PAGE_MARGIN 12

/* The free zoom range; 1.0 shows a page at its physical size on a 96 dpi screen. */
#define LD_PDF_ZOOM_MIN 0.5
#define LD_PDF_ZOOM_MAX 4.0

typedef enum
{
  LD_PDF_ZOOM_FIT_WIDTH,
  LD_PDF_ZOOM_FIT_PAGE,
  LD_PDF_ZOOM_FREE,
} LdPdfZoomMode;

#define LD_TYPE_PDF_ZOOM_MODE (ld_pdf_zoom_mode_get_type ())
GType ld_pdf_zoom_mode_get_type (void);

#define LD_TYPE_PDF_PAGE_VIEW (ld_pdf_page_view_get_type ())
G_DECLARE_FINAL_TYPE (LdPdfPageView, ld_pdf_page_view, LD, PDF_PAGE_VIEW, GtkWidget)

/*
 * LdPdfPageView: the scrollable column of pages inside LdPdfPreview.
 *
 * Renders the visible pages (and one on each side) in worker threads and
 * keeps drawing the previous document's pages until the new ones are ready.
 */

GtkWidget     *ld_pdf_page_view_new              (void);
void           ld_pdf_page_view_set_pdf          (LdPdfPageView *self,
                                                  GBytes        *pdf);
GBytes        *ld_pdf_page_view_get_pdf          (LdPdfPageView *self);
void           ld_pdf_page_view_show_error       (LdPdfPageView *self,
                                                  const char    *message);
int            ld_pdf_page_view_get_n_pages      (LdPdfPageView *self);
int            ld_pdf_page_view_get_current_page (LdPdfPageView *self);
void           ld_pdf_page_view_scroll_to_page   (LdPdfPageView *self,
                                                  int            index);
guint          ld_pdf_page_view_get_rendered_pages (LdPdfPageView *self);
gboolean       ld_pdf_page_view_get_loading      (LdPdfPageView *self);
const char    *ld_pdf_page_view_get_error        (LdPdfPageView *self);
LdPdfZoomMode  ld_pdf_page_view_get_zoom_mode    (LdPdfPageView *self);
void           ld_pdf_page_view_set_zoom_mode    (LdPdfPageView *self,
                                                  LdPdfZoomMode  mode);
double         ld_pdf_page_view_get_zoom         (LdPdfPageView *self);
void           ld_pdf_page_view_set_zoom         (LdPdfPageView *self,
                                                  double         zoom);
void           ld_pdf_page_view_zoom_at          (LdPdfPageView *self,
                                                  double         zoom,
                                                  double         x,
                                                  double         y);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ld-document.h"
#include "ld-pdf-page-view.h"

G_BEGIN_DECLS

#define LD_TYPE_PDF_PREVIEW (ld_pdf_preview_get_type ())
G_DECLARE_FINAL_TYPE (LdPdfPreview, ld_pdf_preview, LD, PDF_PREVIEW, GtkWidget)

/*
 * LdPdfPreview: a scrolling, zoomable view of a PDF, like a small Evince.
 *
 * Pages are rendered with Poppler in worker threads; setting a new PDF keeps
 * the old pages on screen until the new ones are drawn. Actions (with their
 * shortcuts while the preview has the focus): preview.zoom-in (Ctrl+plus),
 * preview.zoom-out (Ctrl+minus), preview.zoom-reset (Ctrl+0),
 * preview.fit-width, preview.fit-page. Ctrl+scroll zooms; Page Up/Down,
 * Home/End and the arrow keys scroll.
 */

GtkWidget     *ld_pdf_preview_new                (void);
void           ld_pdf_preview_set_pdf            (LdPdfPreview  *self,
                                                  GBytes        *pdf);
GBytes        *ld_pdf_preview_get_pdf            (LdPdfPreview  *self);
/* Lays @document out in a worker thread and shows the result; a newer call
 * or ld_pdf_preview_set_pdf() supersedes one still running. A layout error is
 * shown like an unreadable PDF. @document must not change afterwards. */
void           ld_pdf_preview_set_document       (LdPdfPreview  *self,
                                                  LdDocument    *document);
int            ld_pdf_preview_get_n_pages        (LdPdfPreview  *self);
int            ld_pdf_preview_get_current_page   (LdPdfPreview  *self);
void           ld_pdf_preview_set_current_page   (LdPdfPreview  *self,
                                                  int            index);
const char    *ld_pdf_preview_get_page_indicator (LdPdfPreview  *self);
LdPdfZoomMode  ld_pdf_preview_get_zoom_mode      (LdPdfPreview  *self);
void           ld_pdf_preview_set_zoom_mode      (LdPdfPreview  *self,
                                                  LdPdfZoomMode  mode);
double         ld_pdf_preview_get_zoom           (LdPdfPreview  *self);
void           ld_pdf_preview_set_zoom           (LdPdfPreview  *self,
                                                  double         zoom);
void           ld_pdf_preview_zoom_in            (LdPdfPreview  *self);
void           ld_pdf_preview_zoom_out           (LdPdfPreview  *self);
guint          ld_pdf_preview_get_rendered_pages (LdPdfPreview  *self);
gboolean       ld_pdf_preview_get_loading        (LdPdfPreview  *self);
const char    *ld_pdf_preview_get_error          (LdPdfPreview  *self);

G_END_DECLS

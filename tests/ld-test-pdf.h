/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* A stand-in for a rendered document, for the store tests that issue
 * documents without the document layer. Header-only, so that only the
 * tests that link cairo need it. */

#include <cairo-pdf.h>
#include <glib.h>

static inline cairo_status_t
ld_test_pdf_write_cb (void                *closure,
                      const unsigned char *data,
                      unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A one-page A4 PDF made with cairo: a shape, not text, so no font
 * machinery is involved. */
static inline GBytes *
ld_test_shape_pdf (void)
{
  GByteArray *pdf = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (ld_test_pdf_write_cb, pdf, 595, 842);
  cr = cairo_create (surface);
  cairo_rectangle (cr, 72, 72, 144, 36);
  cairo_fill (cr);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (pdf);
}

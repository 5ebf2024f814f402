/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-seal"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "ld-docs-error.h"
#include "ld-seal.h"

typedef struct
{
  const guint8 *data;
  gsize         size;
  gsize         pos;
} PngReader;

static cairo_status_t
read_cb (void          *closure,
         unsigned char *data,
         unsigned int   length)
{
  PngReader *reader = closure;

  if (reader->size - reader->pos < length)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, reader->data + reader->pos, length);
  reader->pos += length;
  return CAIRO_STATUS_SUCCESS;
}

cairo_surface_t *
ld_seal_load (GBytes  *png,
              GError **error)
{
  PngReader reader = { 0, };
  cairo_surface_t *surface;

  g_return_val_if_fail (png != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  reader.data = g_bytes_get_data (png, &reader.size);
  surface = cairo_image_surface_create_from_png_stream (read_cb, &reader);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS
      || cairo_image_surface_get_width (surface) == 0
      || cairo_image_surface_get_height (surface) == 0)
    {
      cairo_surface_destroy (surface);
      g_set_error (error, LD_DOCS_ERROR, LD_DOCS_ERROR_BAD_IMAGE,
                   _("The seal image is not a readable PNG file. Choose a PNG image of the seal."));
      return NULL;
    }
  return surface;
}

void
ld_seal_draw (cairo_t         *cr,
              cairo_surface_t *seal,
              double           cx,
              double           cy)
{
  int w = cairo_image_surface_get_width (seal);
  int h = cairo_image_surface_get_height (seal);
  double scale = LD_SEAL_DIAMETER / MAX (w, h);

  cairo_save (cr);
  cairo_set_operator (cr, CAIRO_OPERATOR_MULTIPLY);
  cairo_translate (cr, cx - w * scale / 2, cy - h * scale / 2);
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, seal, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

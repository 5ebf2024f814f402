/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* The official seal (印章): 42 mm across, the usual size of an organisation's seal. */
#define LD_SEAL_DIAMETER (42.0 * 72.0 / 25.4)

/* Decodes the PNG @png; LD_DOCS_ERROR_BAD_IMAGE when it is not a PNG. */
cairo_surface_t *ld_seal_load (GBytes           *png,
                               GError          **error);

/* Draws @seal centred on (@cx, @cy), multiplied like ink so that the text
 * under it stays readable even when the image has a white background. */
void             ld_seal_draw (cairo_t          *cr,
                               cairo_surface_t  *seal,
                               double            cx,
                               double            cy);

G_END_DECLS

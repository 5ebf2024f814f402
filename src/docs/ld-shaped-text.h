/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "ld-line-breaker.h"

G_BEGIN_DECLS

/* A run of text in one font, shaped once with HarfBuzz (through Pango) into
 * clusters whose widths feed the line breaker; lines are then drawn from the
 * same glyphs with the spacing the character grid needs. Widths are in Pango
 * units of points (resolution 72). */
typedef struct _LdShapedText LdShapedText;

LdShapedText    *ld_shaped_text_new           (PangoContext               *context,
                                               const char                 *text,
                                               const PangoFontDescription *desc);
void             ld_shaped_text_free          (LdShapedText               *self);

const char      *ld_shaped_text_get_text      (LdShapedText               *self);
const LdCluster *ld_shaped_text_get_clusters  (LdShapedText               *self,
                                               guint                      *n_clusters);
/* Natural width of the whole text, Pango units. */
int              ld_shaped_text_get_width     (LdShapedText               *self);

/* How a line is spread across its measure. */
typedef enum
{
  LD_LINE_GRID,       /* ragged: each cluster scaled by the grid factor */
  LD_LINE_JUSTIFY,    /* spread or squeezed to exactly the target width */
} LdLineMode;

/* Draws @line with its left edge at @x and its baseline at @baseline (points).
 * LD_LINE_JUSTIFY makes it exactly @target points wide, squeezing closing
 * punctuation first when it is wider than @grid_width points; LD_LINE_GRID
 * multiplies every advance by @grid_scale. Returns the width drawn. */
double           ld_shaped_text_draw_line     (LdShapedText               *self,
                                               cairo_t                    *cr,
                                               const LdLineSpan           *line,
                                               double                      x,
                                               double                      baseline,
                                               LdLineMode                  mode,
                                               double                      target,
                                               double                      grid_width,
                                               double                      grid_scale);

/* Draws the whole text as one line at natural spacing; returns its width. */
double           ld_shaped_text_draw          (LdShapedText               *self,
                                               cairo_t                    *cr,
                                               double                      x,
                                               double                      baseline);

/* Width in points @line would take when drawn in LD_LINE_GRID mode. */
double           ld_shaped_text_line_width    (LdShapedText               *self,
                                               const LdLineSpan           *line,
                                               double                      grid_scale);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LdShapedText, ld_shaped_text_free)

G_END_DECLS

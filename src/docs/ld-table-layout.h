/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "ld-document.h"

G_BEGIN_DECLS

/* One row of a table laid out across the type area: cells wrapped in
 * @font, each text line on a line of the page grid. Ruled tables (4号)
 * centre the cells that fit on one line; unruled ones (signature lines)
 * set every cell flush left. */
typedef struct _LdTableRow LdTableRow;

/* Lays out every row of the LD_BLOCK_TABLE @block; returns a GPtrArray of
 * LdTableRow that frees them. */
GPtrArray *ld_table_layout_rows   (PangoContext               *context,
                                   const LdBlock              *block,
                                   const PangoFontDescription *font);
void       ld_table_row_free      (LdTableRow                 *row);
/* Grid lines the row takes (its tallest cell). */
guint      ld_table_row_get_lines (LdTableRow                 *row);
/* Draws the row's rules and text starting at grid line @first_line. */
void       ld_table_row_draw      (LdTableRow                 *row,
                                   cairo_t                    *cr,
                                   guint                       first_line);

G_END_DECLS

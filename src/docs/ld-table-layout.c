/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-table-layout"

#include "config.h"

#include "ld-page-layout.h"
#include "ld-shaped-text.h"
#include "ld-table-layout.h"

#define CELL_PADDING (0.5 * LD_SIZE_4HAO)
#define TABLE_RULE   0.75

struct _LdTableRow
{
  guint          n_columns;
  double        *column_x;      /* n_columns + 1 boundaries, absolute */
  LdShapedText **cells;
  GArray       **cell_lines;    /* LdLineSpan per cell */
  guint          lines;
  double         size;          /* points */
  gboolean       ruled;
};

void
ld_table_row_free (LdTableRow *row)
{
  if (row == NULL)
    return;
  for (guint c = 0; c < row->n_columns; c++)
    {
      ld_shaped_text_free (row->cells[c]);
      g_array_unref (row->cell_lines[c]);
    }
  g_free (row->cell_lines);
  g_free (row->cells);
  g_free (row->column_x);
  g_free (row);
}

guint
ld_table_row_get_lines (LdTableRow *row)
{
  g_return_val_if_fail (row != NULL, 0);
  return row->lines;
}

/* Column widths from the cells' natural widths: columns that need less than
 * an equal share keep what they need, the others split the rest; then all
 * stretch to the width of the type area. */
static double *
column_widths (PangoContext               *context,
               const LdBlock              *block,
               const PangoFontDescription *font,
               double                      padding)
{
  guint n = block->n_columns;
  g_autofree double *want = g_new0 (double, n);
  g_autofree gboolean *fixed = g_new0 (gboolean, n);
  double *width = g_new0 (double, n);
  double size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
  double total = 0, min_width = 2 * size + 2 * padding;

  for (guint r = 0; r < block->n_rows; r++)
    for (guint c = 0; c < n; c++)
      {
        g_autoptr(LdShapedText) shaped = ld_shaped_text_new (context, block->cells[r * n + c], font);
        double w = (double) ld_shaped_text_get_width (shaped) / PANGO_SCALE + 2 * padding;

        want[c] = MAX (want[c], MAX (w, min_width));
      }
  for (guint c = 0; c < n; c++)
    total += want[c];

  if (total > LD_TEXT_WIDTH)
    {
      for (gboolean changed = TRUE; changed;)
        {
          double left = LD_TEXT_WIDTH;
          guint n_open = 0;

          changed = FALSE;
          for (guint c = 0; c < n; c++)
            if (fixed[c])
              left -= want[c];
            else
              n_open++;
          if (n_open == 0)
            break;
          for (guint c = 0; c < n; c++)
            if (!fixed[c] && want[c] <= left / n_open)
              {
                fixed[c] = TRUE;
                changed = TRUE;
              }
          if (!changed)
            for (guint c = 0; c < n; c++)
              if (!fixed[c])
                want[c] = left / n_open;
        }
      total = 0;
      for (guint c = 0; c < n; c++)
        total += want[c];
    }

  for (guint c = 0; c < n; c++)
    width[c] = want[c] * LD_TEXT_WIDTH / total;
  return width;
}

GPtrArray *
ld_table_layout_rows (PangoContext               *context,
                      const LdBlock              *block,
                      const PangoFontDescription *font)
{
  g_autofree double *widths = NULL;
  GPtrArray *rows;
  double size, padding;

  g_return_val_if_fail (block != NULL && block->kind == LD_BLOCK_TABLE, NULL);

  size = (double) pango_font_description_get_size (font) / PANGO_SCALE;
  padding = block->unruled ? 0 : CELL_PADDING;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) ld_table_row_free);
  widths = column_widths (context, block, font, padding);
  for (guint r = 0; r < block->n_rows; r++)
    {
      LdTableRow *row = g_new0 (LdTableRow, 1);
      double x = LD_MARGIN_LEFT;

      row->n_columns = block->n_columns;
      row->column_x = g_new0 (double, block->n_columns + 1);
      row->cells = g_new0 (LdShapedText *, block->n_columns);
      row->cell_lines = g_new0 (GArray *, block->n_columns);
      row->lines = 1;
      row->size = size;
      row->ruled = !block->unruled;
      for (guint c = 0; c < block->n_columns; c++)
        {
          const char *cell = block->cells[r * block->n_columns + c];
          int measure = ld_pango_units (widths[c] - 2 * padding);
          const LdCluster *clusters;
          guint n_clusters;

          row->column_x[c] = x;
          x += widths[c];
          row->cells[c] = ld_shaped_text_new (context, cell, font);
          clusters = ld_shaped_text_get_clusters (row->cells[c], &n_clusters);
          row->cell_lines[c] = ld_line_breaker_break (cell, clusters, n_clusters, measure, measure,
                                                      ld_pango_units (size / 2));
          row->lines = MAX (row->lines, row->cell_lines[c]->len);
        }
      row->column_x[block->n_columns] = LD_MARGIN_LEFT + LD_TEXT_WIDTH;
      g_ptr_array_add (rows, row);
    }
  return rows;
}

void
ld_table_row_draw (LdTableRow *row,
                   cairo_t    *cr,
                   guint       first_line)
{
  double top = LD_MARGIN_TOP + first_line * LD_LINE_PITCH;
  double bottom = top + row->lines * LD_LINE_PITCH;

  g_return_if_fail (row != NULL);

  /* Each row draws its own top and bottom rule, so a table split across
   * pages is closed on both. */
  if (row->ruled)
    {
      cairo_set_line_width (cr, TABLE_RULE);
      cairo_move_to (cr, LD_MARGIN_LEFT, top);
      cairo_line_to (cr, LD_MARGIN_LEFT + LD_TEXT_WIDTH, top);
      cairo_move_to (cr, LD_MARGIN_LEFT, bottom);
      cairo_line_to (cr, LD_MARGIN_LEFT + LD_TEXT_WIDTH, bottom);
      for (guint c = 0; c <= row->n_columns; c++)
        {
          cairo_move_to (cr, row->column_x[c], top);
          cairo_line_to (cr, row->column_x[c], bottom);
        }
      cairo_stroke (cr);
    }

  for (guint c = 0; c < row->n_columns; c++)
    {
      GArray *lines = row->cell_lines[c];
      guint offset = (row->lines - MIN (row->lines, lines->len)) / 2;

      for (guint i = 0; i < lines->len; i++)
        {
          const LdLineSpan *span = &g_array_index (lines, LdLineSpan, i);
          double x = row->column_x[c] + (row->ruled ? CELL_PADDING : 0);

          /* A cell that fits on one line is centred; wrapped ones read
           * better flush left. */
          if (lines->len == 1 && row->ruled)
            x = (row->column_x[c] + row->column_x[c + 1]
                 - ld_shaped_text_line_width (row->cells[c], span, 1.0)) / 2;
          ld_shaped_text_draw_line (row->cells[c], cr, span, x,
                                    ld_page_layout_baseline (first_line + offset + i, row->size),
                                    LD_LINE_GRID, 0, 0, 1.0);
        }
    }
}

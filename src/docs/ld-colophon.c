/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-colophon"

#include "config.h"

#include "ld-colophon.h"
#include "ld-page-layout.h"
#include "ld-shaped-text.h"

#define THICK_RULE (0.35 * LD_PT_PER_MM)   /* first and last rule */
#define THIN_RULE  (0.25 * LD_PT_PER_MM)   /* between the items */

struct _LdColophon
{
  LdShapedText *copy_to;     /* "抄送：…", or NULL */
  GArray       *copy_lines;  /* LdLineSpan */
  LdShapedText *printer;     /* 印发机关, or NULL */
  LdShapedText *printed;     /* "2026年11月25日印发" */
  guint         rows;
};

LdColophon *
ld_colophon_new (PangoContext               *context,
                 LdDocument                 *doc,
                 const PangoFontDescription *font)
{
  const char *copy_to = ld_document_get_copy_to (doc);
  const char *printer = ld_document_get_printed_by (doc);
  double em = LD_SIZE_4HAO;
  LdColophon *self;

  g_return_val_if_fail (LD_IS_DOCUMENT (doc), NULL);

  if (copy_to == NULL && printer == NULL)
    return NULL;

  self = g_new0 (LdColophon, 1);
  if (copy_to != NULL)
    {
      g_autofree char *text = g_strconcat ("抄送：", copy_to, NULL);
      const LdCluster *clusters;
      guint n_clusters;
      int measure = ld_pango_units (LD_TEXT_WIDTH - 2 * em);

      /* One character in on both sides; wrapped lines align after the colon. */
      self->copy_to = ld_shaped_text_new (context, text, font);
      clusters = ld_shaped_text_get_clusters (self->copy_to, &n_clusters);
      self->copy_lines = ld_line_breaker_break (text, clusters, n_clusters, measure,
                                                measure - ld_pango_units (3 * em),
                                                ld_pango_units (em));
      self->rows += self->copy_lines->len;
    }
  if (printer != NULL)
    {
      g_autofree char *date = ld_document_dup_printed_date_text (doc);

      self->printer = ld_shaped_text_new (context, printer, font);
      self->printed = ld_shaped_text_new (context, date, font);
      self->rows += 1;
    }
  return self;
}

void
ld_colophon_free (LdColophon *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->copy_to, ld_shaped_text_free);
  g_clear_pointer (&self->copy_lines, g_array_unref);
  g_clear_pointer (&self->printer, ld_shaped_text_free);
  g_clear_pointer (&self->printed, ld_shaped_text_free);
  g_free (self);
}

guint
ld_colophon_get_rows (LdColophon *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->rows;
}

static void
draw_rule (cairo_t *cr,
           double   y,
           double   width)
{
  cairo_set_line_width (cr, width);
  cairo_move_to (cr, LD_MARGIN_LEFT, y);
  cairo_line_to (cr, LD_MARGIN_LEFT + LD_TEXT_WIDTH, y);
  cairo_stroke (cr);
}

void
ld_colophon_draw (LdColophon *self,
                  cairo_t    *cr)
{
  guint row = LD_LINES_PER_PAGE - self->rows;
  double em = LD_SIZE_4HAO;
  double right = LD_MARGIN_LEFT + LD_TEXT_WIDTH;

  g_return_if_fail (self != NULL);

  draw_rule (cr, LD_MARGIN_TOP + row * LD_LINE_PITCH, THICK_RULE);
  if (self->copy_to != NULL)
    {
      for (guint i = 0; i < self->copy_lines->len; i++, row++)
        {
          const LdLineSpan *span = &g_array_index (self->copy_lines, LdLineSpan, i);
          double x = LD_MARGIN_LEFT + em + (i > 0 ? 3 * em : 0);

          ld_shaped_text_draw_line (self->copy_to, cr, span, x, ld_page_layout_baseline (row, em),
                                    span->last ? LD_LINE_GRID : LD_LINE_JUSTIFY,
                                    right - em - x, right - em - x, 1.0);
        }
      if (self->printer != NULL)
        draw_rule (cr, LD_MARGIN_TOP + row * LD_LINE_PITCH, THIN_RULE);
    }
  if (self->printer != NULL)
    {
      double baseline = ld_page_layout_baseline (row, em);
      double date_width = (double) ld_shaped_text_get_width (self->printed) / PANGO_SCALE;

      /* The office one character in from the left, the date one from the right. */
      ld_shaped_text_draw (self->printer, cr, LD_MARGIN_LEFT + em, baseline);
      ld_shaped_text_draw (self->printed, cr, right - em - date_width, baseline);
    }
  /* The last rule lies on the bottom edge of the type area. */
  draw_rule (cr, LD_MARGIN_TOP + LD_TEXT_HEIGHT, THICK_RULE);
}

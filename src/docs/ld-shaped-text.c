/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-shaped-text"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "ld-shaped-text.h"

struct _LdShapedText
{
  char   *text;
  GPtrArray *runs;      /* PangoGlyphItem, logical order */
  GArray *clusters;     /* LdCluster */
  int     width;
};

static void
glyph_item_free (gpointer data)
{
  pango_glyph_item_free (data);
}

static void
add_clusters (LdShapedText   *self,
              PangoGlyphItem *run)
{
  PangoGlyphString *glyphs = run->glyphs;

  for (int g = 0; g < glyphs->num_glyphs; g++)
    {
      guint offset = run->item->offset + glyphs->log_clusters[g];
      LdCluster *last = self->clusters->len > 0
        ? &g_array_index (self->clusters, LdCluster, self->clusters->len - 1) : NULL;

      if (last == NULL || last->offset != offset)
        {
          LdCluster cluster = { offset, 0, 0 };

          g_array_append_val (self->clusters, cluster);
          last = &g_array_index (self->clusters, LdCluster, self->clusters->len - 1);
        }
      last->width += glyphs->glyphs[g].geometry.width;
      self->width += glyphs->glyphs[g].geometry.width;
    }
}

LdShapedText *
ld_shaped_text_new (PangoContext               *context,
                    const char                 *text,
                    const PangoFontDescription *desc)
{
  LdShapedText *self;
  PangoAttrList *attrs;
  GList *items;
  int len;

  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (desc != NULL, NULL);

  self = g_new0 (LdShapedText, 1);
  self->text = g_strdup (text);
  self->runs = g_ptr_array_new_with_free_func (glyph_item_free);
  self->clusters = g_array_new (FALSE, TRUE, sizeof (LdCluster));
  len = strlen (self->text);

  attrs = pango_attr_list_new ();
  pango_attr_list_insert (attrs, pango_attr_font_desc_new (desc));
  /* Simplified Chinese forms of punctuation (left-aligned ，。). */
  pango_attr_list_insert (attrs, pango_attr_language_new (pango_language_from_string ("zh-cn")));
  items = pango_itemize (context, self->text, 0, len, attrs, NULL);
  pango_attr_list_unref (attrs);

  for (GList *l = items; l != NULL; l = l->next)
    {
      PangoGlyphItem *run = g_slice_new0 (PangoGlyphItem);

      run->item = l->data;
      run->glyphs = pango_glyph_string_new ();
      /* No rounding: positions must add up exactly across 28 characters. */
      pango_shape_with_flags (self->text + run->item->offset, run->item->length,
                              self->text, len, &run->item->analysis, run->glyphs,
                              PANGO_SHAPE_NONE);
      add_clusters (self, run);
      g_ptr_array_add (self->runs, run);
    }
  g_list_free (items);

  for (guint i = 0; i < self->clusters->len; i++)
    {
      LdCluster *c = &g_array_index (self->clusters, LdCluster, i);
      guint end = i + 1 < self->clusters->len
        ? g_array_index (self->clusters, LdCluster, i + 1).offset : (guint) len;

      c->length = end - c->offset;
    }

  return self;
}

void
ld_shaped_text_free (LdShapedText *self)
{
  if (self == NULL)
    return;

  g_ptr_array_unref (self->runs);
  g_array_unref (self->clusters);
  g_free (self->text);
  g_free (self);
}

const char *
ld_shaped_text_get_text (LdShapedText *self)
{
  return self->text;
}

const LdCluster *
ld_shaped_text_get_clusters (LdShapedText *self,
                             guint        *n_clusters)
{
  if (n_clusters != NULL)
    *n_clusters = self->clusters->len;
  return (const LdCluster *) self->clusters->data;
}

int
ld_shaped_text_get_width (LdShapedText *self)
{
  return self->width;
}

static guint
cluster_at (LdShapedText *self,
            guint         offset)
{
  guint lo = 0, hi = self->clusters->len;

  /* The last cluster starting at or before @offset. */
  while (hi - lo > 1)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->clusters, LdCluster, mid).offset <= offset)
        lo = mid;
      else
        hi = mid;
    }
  return lo;
}

/* Per-cluster changes of advance (Pango units) for @line. */
static int *
compute_deltas (LdShapedText     *self,
                const LdLineSpan *line,
                LdLineMode        mode,
                double            target,
                double            grid_width,
                double            grid_scale)
{
  int *deltas = g_new0 (int, MAX (line->n, 1));
  const LdCluster *clusters = &g_array_index (self->clusters, LdCluster, line->first);

  if (line->n == 0)
    return deltas;

  if (mode == LD_LINE_GRID)
    {
      for (guint i = 0; i < line->n; i++)
        deltas[i] = (int) lround (clusters[i].width * (grid_scale - 1.0));
      return deltas;
    }
  else
    {
      int extra = (int) lround (target * PANGO_SCALE) - line->width;
      int over = line->width - (int) lround (grid_width * PANGO_SCALE);

      /* Wider than the grid (a punctuation mark was pushed in): take up to
       * half the width of closing marks, from the end of the line. */
      for (int i = line->n - 1; i >= 0 && over > 0; i--)
        {
          const char *p = self->text + clusters[i].offset;

          if (ld_char_is_squeezable (g_utf8_get_char (p)))
            {
              int take = MIN (over, clusters[i].width / 2);

              deltas[i] -= take;
              extra += take;
              over -= take;
            }
        }

      if (line->n > 1)
        {
          /* Spread the rest over the gaps; the last cluster stays put so
           * the line ends exactly at the measure. */
          int gaps = line->n - 1;
          int done = 0;

          for (int i = 0; i < gaps; i++)
            {
              int share = (int) (((gint64) extra * (i + 1)) / gaps) - done;

              deltas[i] += share;
              done += share;
            }
        }
      return deltas;
    }
}

double
ld_shaped_text_line_width (LdShapedText     *self,
                           const LdLineSpan *line,
                           double            grid_scale)
{
  g_autofree int *deltas = compute_deltas (self, line, LD_LINE_GRID, 0, 0, grid_scale);
  int width = line->width;

  for (guint i = 0; i < line->n; i++)
    width += deltas[i];
  return (double) width / PANGO_SCALE;
}

double
ld_shaped_text_draw_line (LdShapedText     *self,
                          cairo_t          *cr,
                          const LdLineSpan *line,
                          double            x,
                          double            baseline,
                          LdLineMode        mode,
                          double            target,
                          double            grid_width,
                          double            grid_scale)
{
  g_autofree int *deltas = NULL;
  guint start, end;
  double x0 = x;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (line != NULL, 0);

  if (line->n == 0)
    return 0;

  deltas = compute_deltas (self, line, mode, target, grid_width, grid_scale);
  start = g_array_index (self->clusters, LdCluster, line->first).offset;
  {
    const LdCluster *last = &g_array_index (self->clusters, LdCluster, line->first + line->n - 1);
    end = last->offset + last->length;
  }

  for (guint r = 0; r < self->runs->len; r++)
    {
      PangoGlyphItem *run = g_ptr_array_index (self->runs, r);
      guint run_start = run->item->offset;
      guint run_end = run_start + run->item->length;
      PangoGlyphItem *piece;
      PangoGlyphString *glyphs;

      if (run_end <= start || run_start >= end)
        continue;

      /* Cut the part of this run that lies on the line. */
      piece = pango_glyph_item_copy (run);
      if (start > run_start)
        pango_glyph_item_free (pango_glyph_item_split (piece, self->text, start - run_start));
      if (end < run_end)
        {
          PangoGlyphItem *head = pango_glyph_item_split (piece, self->text, end - piece->item->offset);

          pango_glyph_item_free (piece);
          piece = head;
        }

      glyphs = piece->glyphs;
      for (int g = 0; g < glyphs->num_glyphs; g++)
        {
          gboolean last_of_cluster = g + 1 == glyphs->num_glyphs
            || glyphs->log_clusters[g + 1] != glyphs->log_clusters[g];

          if (last_of_cluster)
            {
              guint c = cluster_at (self, piece->item->offset + glyphs->log_clusters[g]);

              glyphs->glyphs[g].geometry.width += deltas[c - line->first];
            }
        }

      cairo_move_to (cr, x, baseline);
      pango_cairo_show_glyph_item (cr, self->text, piece);
      x += (double) pango_glyph_string_get_width (glyphs) / PANGO_SCALE;
      pango_glyph_item_free (piece);
    }

  return x - x0;
}

double
ld_shaped_text_draw (LdShapedText *self,
                     cairo_t      *cr,
                     double        x,
                     double        baseline)
{
  LdLineSpan span = { 0, };

  g_return_val_if_fail (self != NULL, 0);

  span.n = self->clusters->len;
  span.width = self->width;
  span.last = TRUE;
  return ld_shaped_text_draw_line (self, cr, &span, x, baseline, LD_LINE_GRID, 0, 0, 1.0);
}

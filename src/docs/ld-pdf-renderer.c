/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-pdf-renderer"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>

#include "ld-colophon.h"
#include "ld-docs-error.h"
#include "ld-fonts.h"
#include "ld-line-breaker.h"
#include "ld-page-layout.h"
#include "ld-pdf-renderer.h"
#include "ld-seal.h"
#include "ld-shaped-text.h"
#include "ld-table-layout.h"

#define GRID_SCALE      LD_GRID_SCALE
#define PU(pt)          ld_pango_units (pt)
/* The seal's centre, in lines below the top of the first signature line:
 * names and date sit a little below the centre (GB/T 9704 7.3.5.1). */
#define SEAL_CENTRE_IN_LINE 0.3

typedef enum
{
  ENTRY_TEXT,
  ENTRY_BLANK,
  ENTRY_TABLE_ROW,
} EntryKind;

typedef struct
{
  EntryKind     kind;
  LdShapedText *text;
  LdLineSpan    span;
  double        x;
  double        size;
  LdLineMode    mode;
  double        target;
  double        grid_width;
  double        grid_scale;
  double        baseline_shift; /* below the centred position, points */
  gboolean      seal_anchor;    /* the seal is centred on this line */
  double        seal_x;
  LdTableRow   *table_row;
} Entry;

typedef struct
{
  LdDocument           *doc;
  PangoContext         *context;
  PangoFontDescription *fonts[LD_N_FONT_ROLES];
  PangoFontDescription *small_body;   /* 4号仿宋 */
  GPtrArray            *texts;        /* LdShapedText, owned */
  GPtrArray            *tables;       /* GPtrArray of LdTableRow, owned */
  GArray               *entries;      /* Entry */
  GArray               *layout;       /* LdLayoutEntry, parallel to entries */
  cairo_surface_t      *seal;
} Builder;

static void
builder_clear (Builder *b)
{
  for (int i = 0; i < LD_N_FONT_ROLES; i++)
    g_clear_pointer (&b->fonts[i], pango_font_description_free);
  g_clear_pointer (&b->small_body, pango_font_description_free);
  g_clear_pointer (&b->texts, g_ptr_array_unref);
  g_clear_pointer (&b->tables, g_ptr_array_unref);
  g_clear_pointer (&b->entries, g_array_unref);
  g_clear_pointer (&b->layout, g_array_unref);
  g_clear_pointer (&b->seal, cairo_surface_destroy);
  g_clear_object (&b->context);
}

static PangoContext *
create_context (void)
{
  PangoContext *context;
  cairo_font_options_t *options;

  context = pango_font_map_create_context (ld_fonts_get_font_map ());
  /* PDF units are points: without this a 16 pt font comes out a third larger. */
  pango_cairo_context_set_resolution (context, 72);
  pango_context_set_round_glyph_positions (context, FALSE);
  pango_context_set_language (context, pango_language_from_string ("zh-cn"));

  /* Unhinted metrics, so that advances add up to the same width at any
   * zoom and on paper. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  return context;
}

static LdShapedText *
shape (Builder                    *b,
       const char                 *text,
       const PangoFontDescription *desc)
{
  LdShapedText *shaped = ld_shaped_text_new (b->context, text, desc);

  g_ptr_array_add (b->texts, shaped);
  return shaped;
}

static Entry *
append_entry (Builder  *b,
              guint     rows,
              gboolean  keep_with_next,
              gboolean  blank)
{
  Entry entry = { 0, };
  LdLayoutEntry layout = { rows, keep_with_next, blank };

  entry.kind = blank ? ENTRY_BLANK : ENTRY_TEXT;
  entry.grid_scale = 1.0;
  g_array_append_val (b->entries, entry);
  g_array_append_val (b->layout, layout);
  return &g_array_index (b->entries, Entry, b->entries->len - 1);
}

static void
keep_last_with_next (Builder *b)
{
  if (b->layout->len > 0)
    g_array_index (b->layout, LdLayoutEntry, b->layout->len - 1).keep_with_next = TRUE;
}

/* No page break between the entries from @first to the last one. */
static void
keep_together (Builder *b,
               guint    first)
{
  for (guint i = first; i + 1 < b->layout->len; i++)
    g_array_index (b->layout, LdLayoutEntry, i).keep_with_next = TRUE;
}

static void
append_blank (Builder  *b,
              gboolean  keep_with_next)
{
  append_entry (b, 1, keep_with_next, TRUE);
}

typedef enum
{
  KEEP_NONE,          /* breaks anywhere */
  KEEP_WIDOWS,        /* no single first or last line of it alone on a page */
  KEEP_ALL,           /* the whole block with the entry after it */
} KeepRule;

/* Adds one entry per line of @shaped broken into @lines. Lines are justified
 * (except the last) to the measure from their x to the right edge of the
 * type area; @first_x applies to the first line only. */
static void
append_lines (Builder      *b,
              LdShapedText *shaped,
              GArray       *lines,
              double        size,
              double        first_x,
              double        rest_x,
              gboolean      justify,
              KeepRule      keep)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const LdLineSpan *span = &g_array_index (lines, LdLineSpan, i);
      gboolean keep_line = FALSE;
      Entry *e;

      if (keep == KEEP_ALL)
        keep_line = TRUE;
      else if (keep == KEEP_WIDOWS && lines->len > 1)
        keep_line = (i == 0 || i + 2 == lines->len);

      e = append_entry (b, 1, keep_line, FALSE);
      e->text = shaped;
      e->span = *span;
      e->size = size;
      e->x = i == 0 ? first_x : rest_x;
      e->target = LD_MARGIN_LEFT + LD_TEXT_WIDTH - e->x;
      e->grid_scale = GRID_SCALE;
      e->grid_width = e->target / GRID_SCALE;
      e->mode = justify && !span->last ? LD_LINE_JUSTIFY : LD_LINE_GRID;
    }
}

/* A block of body-like text: the first line indented by @indent_chars grid
 * characters, the rest flush left, 28 characters to the line. */
static void
append_text_block (Builder                    *b,
                   const char                 *text,
                   const PangoFontDescription *desc,
                   double                      indent_chars,
                   KeepRule                    keep)
{
  LdShapedText *shaped = shape (b, text, desc);
  const LdCluster *clusters;
  guint n_clusters;
  g_autoptr(GArray) lines = NULL;
  double em = LD_SIZE_3HAO;

  clusters = ld_shaped_text_get_clusters (shaped, &n_clusters);
  lines = ld_line_breaker_break (text, clusters, n_clusters,
                                 PU ((LD_CHARS_PER_LINE - indent_chars) * em),
                                 PU (LD_CHARS_PER_LINE * em),
                                 PU (em));
  append_lines (b, shaped, lines, LD_SIZE_3HAO,
                LD_MARGIN_LEFT + indent_chars * LD_CHAR_PITCH, LD_MARGIN_LEFT,
                TRUE, keep);
}

/* Centred lines at natural spacing (title, document number). */
static void
append_centred (Builder                    *b,
                const char                 *text,
                const PangoFontDescription *desc,
                double                      size,
                gboolean                    balanced)
{
  LdShapedText *shaped = shape (b, text, desc);
  const LdCluster *clusters;
  guint n_clusters;
  g_autoptr(GArray) lines = NULL;
  int width = PU (floor (LD_TEXT_WIDTH / size) * size);

  clusters = ld_shaped_text_get_clusters (shaped, &n_clusters);
  if (balanced)
    lines = ld_line_breaker_break_balanced (text, clusters, n_clusters, width);
  else
    lines = ld_line_breaker_break (text, clusters, n_clusters, width, width, 0);

  for (guint i = 0; i < lines->len; i++)
    {
      const LdLineSpan *span = &g_array_index (lines, LdLineSpan, i);
      Entry *e = append_entry (b, 1, TRUE, FALSE);

      e->text = shaped;
      e->span = *span;
      e->size = size;
      e->mode = LD_LINE_GRID;
      e->grid_scale = 1.0;
      e->x = LD_MARGIN_LEFT + (LD_TEXT_WIDTH - ld_shaped_text_line_width (shaped, span, 1.0)) / 2.0;
      /* Type larger than 3号 sits low in its line, so that even the first
       * title line keeps its accents and ascenders inside the type area. */
      if (size > LD_SIZE_3HAO)
        e->baseline_shift = (LD_LINE_PITCH - size) / 2.0 - 1.0;
    }
}

static void
append_table (Builder       *b,
              const LdBlock *block)
{
  GPtrArray *rows = ld_table_layout_rows (b->context, block,
                                         block->unruled ? b->fonts[LD_FONT_ROLE_BODY] : b->small_body);

  g_ptr_array_add (b->tables, rows);
  for (guint r = 0; r < rows->len; r++)
    {
      LdTableRow *row = g_ptr_array_index (rows, r);
      /* The header row never stays behind alone. */
      Entry *e = append_entry (b, ld_table_row_get_lines (row), r == 0 && rows->len > 1, FALSE);

      e->kind = ENTRY_TABLE_ROW;
      e->table_row = row;
    }
}

static void
append_attachments (Builder *b)
{
  const char * const *names = ld_document_get_attachments (b->doc);
  guint n = g_strv_length ((char **) names);
  g_autoptr(LdShapedText) lead = NULL;
  double lead_width, x0;

  if (n == 0)
    return;

  /* GB/T 9704: one line below the text, indented two characters; further
   * names and wrapped lines align under the first name. */
  append_blank (b, FALSE);
  lead = ld_shaped_text_new (b->context, "附件：", b->fonts[LD_FONT_ROLE_BODY]);
  lead_width = (double) ld_shaped_text_get_width (lead) / PANGO_SCALE * GRID_SCALE;
  x0 = LD_MARGIN_LEFT + 2 * LD_CHAR_PITCH;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *number = n > 1 ? g_strdup_printf ("%u.", i + 1) : g_strdup ("");
      g_autofree char *text = g_strconcat (i == 0 ? "附件：" : "", number, names[i], NULL);
      g_autoptr(LdShapedText) label = ld_shaped_text_new (b->context, number, b->fonts[LD_FONT_ROLE_BODY]);
      double number_width = (double) ld_shaped_text_get_width (label) / PANGO_SCALE * GRID_SCALE;
      LdShapedText *shaped = shape (b, text, b->fonts[LD_FONT_ROLE_BODY]);
      double first_x = i == 0 ? x0 : x0 + lead_width;
      double rest_x = x0 + lead_width + number_width;
      const LdCluster *clusters;
      guint n_clusters;
      g_autoptr(GArray) lines = NULL;

      clusters = ld_shaped_text_get_clusters (shaped, &n_clusters);
      lines = ld_line_breaker_break (text, clusters, n_clusters,
                                     PU ((LD_MARGIN_LEFT + LD_TEXT_WIDTH - first_x) / GRID_SCALE),
                                     PU ((LD_MARGIN_LEFT + LD_TEXT_WIDTH - rest_x) / GRID_SCALE),
                                     PU (LD_SIZE_3HAO));
      append_lines (b, shaped, lines, LD_SIZE_3HAO, first_x, rest_x, TRUE, KEEP_WIDOWS);
    }
}

static Entry *
append_single_line (Builder                    *b,
                    const char                 *text,
                    const PangoFontDescription *desc,
                    double                      size,
                    double                      grid_scale,
                    double                      x)
{
  LdShapedText *shaped = shape (b, text, desc);
  g_autoptr(GArray) lines = NULL;
  const LdCluster *clusters;
  guint n_clusters;
  Entry *e;

  clusters = ld_shaped_text_get_clusters (shaped, &n_clusters);
  lines = ld_line_breaker_break (text, clusters, n_clusters, G_MAXINT / 2, G_MAXINT / 2, 0);
  e = append_entry (b, 1, TRUE, FALSE);
  e->text = shaped;
  if (lines->len > 0)
    e->span = g_array_index (lines, LdLineSpan, 0);
  e->size = size;
  e->mode = LD_LINE_GRID;
  e->grid_scale = grid_scale;
  e->x = x;
  return e;
}

static double
natural_width (Builder                    *b,
               const char                 *text,
               const PangoFontDescription *desc,
               double                      scale)
{
  g_autoptr(LdShapedText) shaped = ld_shaped_text_new (b->context, text, desc);

  return (double) ld_shaped_text_get_width (shaped) / PANGO_SCALE * scale;
}

/* 落款 and 成文日期 (GB/T 9704-2012 7.3.5). */
static void
append_signature (Builder *b)
{
  const char * const *orgs = ld_document_get_signatories (b->doc);
  g_autofree char *date = ld_document_dup_date_text (b->doc);
  const PangoFontDescription *body = b->fonts[LD_FONT_ROLE_BODY];
  double right = LD_MARGIN_LEFT + LD_TEXT_WIDTH;
  guint n_orgs = g_strv_length ((char **) orgs);
  double date_width = date != NULL ? natural_width (b, date, body, GRID_SCALE) : 0;
  double date_x;
  gboolean sealed = b->seal != NULL;
  gboolean anchored = FALSE;

  if (n_orgs == 0 && date == NULL)
    return;

  /* The last line of the text goes along: never a page of signature only. */
  keep_last_with_next (b);

  if (sealed)
    {
      /* Date 4 characters in from the right; the names centred over it;
       * two lines of space so the seal's top stays within a line of the text. */
      double centre;

      date_x = right - 4 * LD_CHAR_PITCH - date_width;
      centre = date != NULL ? date_x + date_width / 2 : right - 4 * LD_CHAR_PITCH - 5 * LD_CHAR_PITCH;
      append_blank (b, TRUE);
      append_blank (b, TRUE);
      for (guint i = 0; i < n_orgs; i++)
        {
          double w = natural_width (b, orgs[i], body, GRID_SCALE);
          Entry *e = append_single_line (b, orgs[i], body, LD_SIZE_3HAO, GRID_SCALE, centre - w / 2);

          if (!anchored)
            {
              e->seal_anchor = anchored = TRUE;
              e->seal_x = centre;
            }
        }
      if (date != NULL)
        {
          Entry *e = append_single_line (b, date, body, LD_SIZE_3HAO, GRID_SCALE, date_x);

          if (!anchored)
            {
              e->seal_anchor = TRUE;
              e->seal_x = centre;
            }
        }
    }
  else
    {
      /* Names 2 characters in from the right, one line below the text; the
       * date under them starting 2 characters further right, or pushed left
       * so that it too ends 2 characters in. */
      double org_x = right - 2 * LD_CHAR_PITCH;
      double shift = 0;

      for (guint i = 0; i < n_orgs; i++)
        org_x = MIN (org_x, right - 2 * LD_CHAR_PITCH - natural_width (b, orgs[i], body, GRID_SCALE));
      date_x = org_x + 2 * LD_CHAR_PITCH;
      if (date != NULL && date_x + date_width > right - 2 * LD_CHAR_PITCH)
        {
          shift = date_x + date_width - (right - 2 * LD_CHAR_PITCH);
          date_x -= shift;
        }
      append_blank (b, TRUE);
      for (guint i = 0; i < n_orgs; i++)
        {
          double w = natural_width (b, orgs[i], body, GRID_SCALE);

          append_single_line (b, orgs[i], body, LD_SIZE_3HAO, GRID_SCALE, right - 2 * LD_CHAR_PITCH - w - shift);
        }
      if (date != NULL)
        append_single_line (b, date, body, LD_SIZE_3HAO, GRID_SCALE, date_x);
    }

  g_array_index (b->layout, LdLayoutEntry, b->layout->len - 1).keep_with_next = FALSE;
}

static void
build_entries (Builder *b)
{
  LdDocument *doc = b->doc;
  const char *number = ld_document_get_number (doc);
  const char *addressee = ld_document_get_addressee (doc);
  guint n_blocks = ld_document_get_n_blocks (doc);

  append_centred (b, ld_document_get_title (doc), b->fonts[LD_FONT_ROLE_TITLE], LD_SIZE_2HAO, TRUE);
  if (number != NULL)
    append_centred (b, number, b->fonts[LD_FONT_ROLE_BODY], LD_SIZE_3HAO, FALSE);
  /* One line of space under the title block (GB/T 9704 7.3.2). */
  append_blank (b, TRUE);

  if (addressee != NULL)
    {
      g_autofree char *line = g_strconcat (addressee, "：", NULL);

      append_text_block (b, line, b->fonts[LD_FONT_ROLE_BODY], 0, KEEP_ALL);
    }

  for (guint i = 0; i < n_blocks; i++)
    {
      const LdBlock *block = ld_document_get_block (doc, i);
      guint first = b->layout->len;

      /* A signature block: on one page, with the end of the text before it
       * (the widow rule of that text then carries its last two lines). */
      if (block->keep_with_previous)
        keep_last_with_next (b);

      switch (block->kind)
        {
        case LD_BLOCK_HEADING:
          {
            static const LdFontRole roles[] = {
              LD_FONT_ROLE_HEADING1, LD_FONT_ROLE_HEADING2, LD_FONT_ROLE_BODY, LD_FONT_ROLE_BODY,
            };
            g_autofree char *text = g_strconcat (block->label, block->text, NULL);

            append_text_block (b, text, b->fonts[roles[block->level - 1]], 2, KEEP_ALL);
          }
          break;
        case LD_BLOCK_PARAGRAPH:
          append_text_block (b, block->text, b->fonts[LD_FONT_ROLE_BODY], block->flush ? 0 : 2, KEEP_WIDOWS);
          break;
        case LD_BLOCK_TABLE:
          append_table (b, block);
          break;
        default:
          g_assert_not_reached ();
        }

      if (block->keep_with_previous)
        keep_together (b, first);
    }

  append_attachments (b);
  append_signature (b);

  /* Nothing may keep with what is not there. */
  if (b->layout->len > 0)
    g_array_index (b->layout, LdLayoutEntry, b->layout->len - 1).keep_with_next = FALSE;
}

static void
draw_page_number (Builder *b,
                  cairo_t *cr,
                  guint    page)
{
  g_autofree char *text = g_strdup_printf ("— %u —", page + 1);
  double em = LD_SIZE_4HAO;
  LdShapedText *shaped = shape (b, text, b->fonts[LD_FONT_ROLE_PAGE_NUMBER]);
  double w = (double) ld_shaped_text_get_width (shaped) / PANGO_SCALE;
  double x, baseline;

  /* Odd pages on the right, even pages on the left, one character in. */
  x = (page % 2 == 0) ? LD_MARGIN_LEFT + LD_TEXT_WIDTH - em - w : LD_MARGIN_LEFT + em;
  /* The dashes (at mid-height of the em box) 7 mm below the type area. */
  baseline = LD_MARGIN_TOP + LD_TEXT_HEIGHT + LD_PAGE_NUMBER_GAP + (LD_CJK_ASCENT - 0.5) * em;
  ld_shaped_text_draw (shaped, cr, x, baseline);
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
load_fonts (Builder  *b,
            GError  **error)
{
  static const double sizes[LD_N_FONT_ROLES] = {
    LD_SIZE_2HAO, LD_SIZE_3HAO, LD_SIZE_3HAO, LD_SIZE_3HAO, LD_SIZE_4HAO,
  };

  for (int i = 0; i < LD_N_FONT_ROLES; i++)
    {
      b->fonts[i] = ld_fonts_describe (i, sizes[i], error);
      if (b->fonts[i] == NULL)
        return FALSE;
    }
  b->small_body = pango_font_description_copy (b->fonts[LD_FONT_ROLE_BODY]);
  pango_font_description_set_size (b->small_body, (int) (LD_SIZE_4HAO * PANGO_SCALE));
  return TRUE;
}

GBytes *
ld_document_render_pdf (LdDocument  *doc,
                        GError     **error)
{
  Builder b = { 0, };
  g_autofree LdPlacement *placements = NULL;
  g_autoptr(LdColophon) colophon = NULL;
  guint colophon_rows;
  GByteArray *bytes;
  cairo_surface_t *surface;
  cairo_t *cr;
  cairo_status_t status;
  guint n_pages, last_row = 0;

  g_return_val_if_fail (LD_IS_DOCUMENT (doc), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (ld_document_get_title (doc) == NULL)
    {
      g_set_error (error, LD_DOCS_ERROR, LD_DOCS_ERROR_INCOMPLETE,
                   _("The document has no title. Give it a title before rendering it."));
      return NULL;
    }

  b.doc = doc;
  if (!load_fonts (&b, error))
    {
      builder_clear (&b);
      return NULL;
    }
  if (ld_document_get_seal_png (doc) != NULL
      && (b.seal = ld_seal_load (ld_document_get_seal_png (doc), error)) == NULL)
    {
      builder_clear (&b);
      return NULL;
    }

  b.context = create_context ();
  b.texts = g_ptr_array_new_with_free_func ((GDestroyNotify) ld_shaped_text_free);
  b.tables = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  b.entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  b.layout = g_array_new (FALSE, TRUE, sizeof (LdLayoutEntry));

  build_entries (&b);
  colophon = ld_colophon_new (b.context, doc, b.small_body);
  colophon_rows = colophon != NULL ? ld_colophon_get_rows (colophon) : 0;

  placements = g_new0 (LdPlacement, MAX (b.entries->len, 1));
  n_pages = ld_page_layout_paginate ((LdLayoutEntry *) b.layout->data, b.layout->len,
                                     LD_LINES_PER_PAGE, placements);
  n_pages = MAX (n_pages, 1);
  for (guint i = 0; i < b.entries->len; i++)
    if (placements[i].page == n_pages - 1)
      {
        last_row = MAX (last_row, placements[i].row + g_array_index (b.layout, LdLayoutEntry, i).rows);
        /* The seal reaches below the date: the 版记 must start under it. */
        if (g_array_index (b.entries, Entry, i).seal_anchor && b.seal != NULL)
          last_row = MAX (last_row, (guint) ceil (placements[i].row + SEAL_CENTRE_IN_LINE
                                                  + LD_SEAL_DIAMETER / 2 / LD_LINE_PITCH));
      }
  /* The 版记 sits at the foot of the last page, or of a page of its own. */
  if (colophon_rows > 0 && last_row + colophon_rows > LD_LINES_PER_PAGE)
    n_pages++;

  bytes = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (write_cb, bytes, LD_PAGE_WIDTH, LD_PAGE_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, ld_document_get_title (doc));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Legal Desk");
  if (ld_document_get_signatories (doc)[0] != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, ld_document_get_signatories (doc)[0]);
  cr = cairo_create (surface);

  for (guint page = 0; page < n_pages; page++)
    {
      gboolean has_seal = FALSE;
      double seal_x = 0, seal_y = 0;

      cairo_set_source_rgb (cr, 0, 0, 0);
      for (guint i = 0; i < b.entries->len; i++)
        {
          Entry *e = &g_array_index (b.entries, Entry, i);
          guint row = placements[i].row;

          if (placements[i].page != page)
            continue;

          switch (e->kind)
            {
            case ENTRY_TEXT:
              ld_shaped_text_draw_line (e->text, cr, &e->span, e->x,
                                        ld_page_layout_baseline (row, e->size) + e->baseline_shift,
                                        e->mode, e->target, e->grid_width, e->grid_scale);
              if (e->seal_anchor)
                {
                  /* The names and date sit a little below the seal's centre. */
                  has_seal = TRUE;
                  seal_x = e->seal_x;
                  seal_y = LD_MARGIN_TOP + (row + SEAL_CENTRE_IN_LINE) * LD_LINE_PITCH;
                }
              break;
            case ENTRY_TABLE_ROW:
              ld_table_row_draw (e->table_row, cr, row);
              break;
            case ENTRY_BLANK:
            default:
              break;
            }
        }

      if (has_seal && b.seal != NULL)
        ld_seal_draw (cr, b.seal, seal_x, seal_y);
      if (page == n_pages - 1 && colophon != NULL)
        ld_colophon_draw (colophon, cr);
      draw_page_number (&b, cr, page);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  builder_clear (&b);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_byte_array_unref (bytes);
      g_set_error (error, LD_DOCS_ERROR, LD_DOCS_ERROR_FAILED,
                   _("The PDF could not be written: %s"), cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (bytes);
}

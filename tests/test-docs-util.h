/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Reading rendered PDFs back with Poppler for the docs tests: text lines
 * with their character boxes, in millimetres from the top-left corner. */

#include <math.h>
#include <poppler.h>
#include <string.h>

#include "ld-line-breaker.h"
#include "ld-page-layout.h"
#include "ld-pdf-renderer.h"

#define MM(pt) ((pt) / LD_PT_PER_MM)

/* GB/T 9704 numbers in millimetres. */
#define TOP_MM        37.0
#define LEFT_MM       28.0
#define RIGHT_MM      184.0
#define BOTTOM_MM     (37.0 + 225.0)
#define PITCH_MM      (225.0 / 22.0)
#define CHAR_MM       (156.0 / 28.0)

typedef struct
{
  gunichar c;
  double   x1, y1, x2, y2;
} TChar;

typedef struct
{
  GArray *chars;     /* TChar */
  char   *text;      /* UTF-8, no whitespace */
  double  x1, x2, y1, y2;
} TLine;

typedef struct
{
  double     width, height;   /* mm */
  GPtrArray *lines;           /* TLine, top to bottom; page number excluded */
  TLine     *page_number;     /* the line below the type area, or NULL */
} TPage;

typedef struct
{
  PopplerDocument *doc;
  GPtrArray       *pages;     /* TPage */
} TPdf;

static inline void
tline_free (gpointer data)
{
  TLine *line = data;

  g_array_unref (line->chars);
  g_free (line->text);
  g_free (line);
}

static inline void
tpage_free (gpointer data)
{
  TPage *page = data;

  g_ptr_array_unref (page->lines);
  g_clear_pointer (&page->page_number, tline_free);
  g_free (page);
}

static inline void
tpdf_free (TPdf *pdf)
{
  g_ptr_array_unref (pdf->pages);
  g_object_unref (pdf->doc);
  g_free (pdf);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TPdf, tpdf_free)

static inline TLine *
tline_finish (GArray *chars)
{
  TLine *line = g_new0 (TLine, 1);
  GString *text = g_string_new (NULL);

  line->chars = chars;
  line->x1 = line->y1 = G_MAXDOUBLE;
  line->x2 = line->y2 = -G_MAXDOUBLE;
  for (guint i = 0; i < chars->len; i++)
    {
      TChar *c = &g_array_index (chars, TChar, i);

      g_string_append_unichar (text, c->c);
      line->x1 = MIN (line->x1, c->x1);
      line->y1 = MIN (line->y1, c->y1);
      line->x2 = MAX (line->x2, c->x2);
      line->y2 = MAX (line->y2, c->y2);
    }
  line->text = g_string_free (text, FALSE);
  return line;
}

static inline int
compare_chars_by_y (gconstpointer a,
                    gconstpointer b)
{
  const TChar *ca = a, *cb = b;
  double ya = (ca->y1 + ca->y2) / 2, yb = (cb->y1 + cb->y2) / 2;

  if (fabs (ya - yb) > 2.0)
    return ya < yb ? -1 : 1;
  return (ca->x1 > cb->x1) - (ca->x1 < cb->x1);
}

static inline int
compare_chars_by_x (gconstpointer a,
                    gconstpointer b)
{
  const TChar *ca = a, *cb = b;

  return (ca->x1 > cb->x1) - (ca->x1 < cb->x1);
}

/* The page number is whatever lies below the type area. */
static inline void
add_line (TPage  *page,
          GArray *chars)
{
  TLine *line;

  g_array_sort (chars, compare_chars_by_x);
  line = tline_finish (chars);
  if (line->y1 > BOTTOM_MM + 1.0)
    {
      g_assert_null (page->page_number);
      page->page_number = line;
    }
  else
    g_ptr_array_add (page->lines, line);
}

/* Groups the characters of a page into lines by their vertical centre
 * (Poppler's own line breaks split justified lines at wide gaps). */
static inline TPage *
tpage_new (PopplerPage *ppage)
{
  TPage *page = g_new0 (TPage, 1);
  g_autofree char *text = poppler_page_get_text (ppage);
  PopplerRectangle *rects = NULL;
  guint n_rects = 0;
  GArray *all = g_array_new (FALSE, TRUE, sizeof (TChar));
  const char *p = text;
  GArray *current = NULL;
  double current_y = -1;

  poppler_page_get_size (ppage, &page->width, &page->height);
  page->width = MM (page->width);
  page->height = MM (page->height);
  page->lines = g_ptr_array_new_with_free_func (tline_free);

  g_assert_true (poppler_page_get_text_layout (ppage, &rects, &n_rects) || n_rects == 0);
  for (guint i = 0; i < n_rects && *p != '\0'; i++, p = g_utf8_next_char (p))
    {
      TChar c = { g_utf8_get_char (p), MM (rects[i].x1), MM (rects[i].y1), MM (rects[i].x2), MM (rects[i].y2) };

      if (g_unichar_isspace (c.c))
        continue;
      g_array_append_val (all, c);
    }
  g_free (rects);

  /* Lines by position, not by Poppler's reading order (which splits a
   * justified line at its wider gaps and may visit columns in any order). */
  g_array_sort (all, compare_chars_by_y);
  for (guint i = 0; i < all->len; i++)
    {
      TChar *c = &g_array_index (all, TChar, i);
      double y = (c->y1 + c->y2) / 2;

      if (current == NULL || fabs (y - current_y) > 2.0)
        {
          if (current != NULL)
            add_line (page, current);
          current = g_array_new (FALSE, TRUE, sizeof (TChar));
          current_y = y;
        }
      g_array_append_val (current, *c);
    }
  if (current != NULL)
    add_line (page, current);
  g_array_unref (all);

  return page;
}

static inline TPdf *
tpdf_new (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  TPdf *pdf = g_new0 (TPdf, 1);

  pdf->doc = poppler_document_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (pdf->doc);
  pdf->pages = g_ptr_array_new_with_free_func (tpage_free);
  for (int i = 0; i < poppler_document_get_n_pages (pdf->doc); i++)
    {
      PopplerPage *page = poppler_document_get_page (pdf->doc, i);

      g_ptr_array_add (pdf->pages, tpage_new (page));
      g_object_unref (page);
    }
  return pdf;
}

static inline TPdf *
tpdf_render (LdDocument *doc)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = ld_document_render_pdf (doc, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  return tpdf_new (bytes);
}

static inline TPage *
tpdf_page (TPdf *pdf,
           guint i)
{
  g_assert_cmpuint (i, <, pdf->pages->len);
  return g_ptr_array_index (pdf->pages, i);
}

static inline TLine *
tpage_line (TPage *page,
            guint  i)
{
  g_assert_cmpuint (i, <, page->lines->len);
  return g_ptr_array_index (page->lines, i);
}

/* All text of the PDF except page numbers, without whitespace. */
static inline char *
tpdf_text (TPdf *pdf)
{
  GString *out = g_string_new (NULL);

  for (guint p = 0; p < pdf->pages->len; p++)
    {
      TPage *page = tpdf_page (pdf, p);

      for (guint l = 0; l < page->lines->len; l++)
        g_string_append (out, tpage_line (page, l)->text);
    }
  return g_string_free (out, FALSE);
}

static inline char *
strip_whitespace (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static inline GDate *
make_date (int year,
           int month,
           int day)
{
  return g_date_new_dmy (day, month, year);
}

/* Asserts that @text holds each of @expected (NULL-terminated) in this
 * order, none overlapping the one before. */
static inline void
assert_in_order (const char         *text,
                 const char * const *expected)
{
  const char *p = text;

  for (guint i = 0; expected[i] != NULL; i++)
    {
      const char *found = strstr (p, expected[i]);

      if (found == NULL)
        g_error ("“%s” (item %u) not found in order in:\n%s", expected[i], i, text);
      p = found + strlen (expected[i]);
    }
}

/* Checks @expected in order on the paper of @pdf (@doc read back), and
 * that the paper shows exactly what the document holds. */
static inline void
assert_pdf_shows (TPdf               *pdf,
                  LdDocument         *doc,
                  const char * const *expected)
{
  g_autofree char *text = tpdf_text (pdf);
  g_autofree char *doc_text = ld_document_to_text (doc);
  g_autofree char *stripped = strip_whitespace (doc_text);
  g_autoptr(GPtrArray) stripped_expected = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpuint (pdf->pages->len, >=, 1);
  for (guint i = 0; expected[i] != NULL; i++)
    g_ptr_array_add (stripped_expected, strip_whitespace (expected[i]));
  g_ptr_array_add (stripped_expected, NULL);
  assert_in_order (text, (const char * const *) stripped_expected->pdata);
  g_assert_cmpstr (text, ==, stripped);
}

/* The width of a line in characters of the grid, Latin letters and digits
 * counting half. */
static inline double
tline_grid_chars (TLine *line)
{
  double n = 0;

  for (guint i = 0; i < line->chars->len; i++)
    {
      gunichar c = g_array_index (line->chars, TChar, i).c;

      n += (c < 0x7f) ? 0.5 : 1.0;
    }
  return n;
}

static inline gboolean
tline_has_ascii (TLine *line)
{
  for (guint i = 0; i < line->chars->len; i++)
    if (g_array_index (line->chars, TChar, i).c < 0x7f)
      return TRUE;
  return FALSE;
}

/* The grid line (from 0) the text line sits on. */
static inline int
tline_row (TLine *line)
{
  double centre = (line->y1 + line->y2) / 2;

  return (int) floor ((centre - TOP_MM) / PITCH_MM);
}

static inline gboolean
tline_is_full (TLine *line)
{
  return line->x2 > RIGHT_MM - 0.5;
}

static inline char *
fixture_contents (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "fixtures", name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  return contents;
}

static inline cairo_status_t
append_png_cb (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A PNG seal: a red ring with a star, on transparency. */
static inline GBytes *
make_seal_png (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 200, 200);
  cairo_t *cr = cairo_create (surface);
  GByteArray *png = g_byte_array_new ();

  cairo_set_source_rgba (cr, 0.85, 0.1, 0.1, 0.9);
  cairo_set_line_width (cr, 8);
  cairo_arc (cr, 100, 100, 92, 0, 2 * G_PI);
  cairo_stroke (cr);
  cairo_move_to (cr, 100, 60);
  for (int i = 1; i <= 5; i++)
    cairo_line_to (cr, 100 + 40 * sin (i * 4 * G_PI / 5), 100 - 40 * cos (i * 4 * G_PI / 5));
  cairo_fill (cr);
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (surface, append_png_cb, png);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (png);
}

/* The text of a body block as the PDF shows it, without whitespace. */
static inline char *
tblock_text (const LdBlock *block)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (block->kind == LD_BLOCK_TABLE)
    for (guint i = 0; i < block->n_rows * block->n_columns; i++)
      g_string_append (text, block->cells[i]);
  else
    g_string_append_printf (text, "%s%s", block->label != NULL ? block->label : "", block->text);
  return strip_whitespace (text->str);
}

/* Asserts that every run of blocks kept with the one before them
 * (ld_document_keep_with_previous(): signature blocks), with the 落款 and
 * date when the run ends the body, stands on one page below at least the
 * last line of the block before the run: no page holds only signature
 * lines. Returns the least number of lines of that block above a run. */
static inline guint
assert_kept_with_previous (TPdf       *pdf,
                           LdDocument *doc)
{
  guint n_blocks = ld_document_get_n_blocks (doc);
  guint least = G_MAXUINT;

  for (guint i = 1; i < n_blocks; i++)
    {
      g_autoptr(GString) run = g_string_new (NULL);
      g_autofree char *before = NULL;
      gboolean found = FALSE;
      guint k = i;

      if (!ld_document_get_block (doc, i)->keep_with_previous
          || ld_document_get_block (doc, i - 1)->keep_with_previous)
        continue;
      before = tblock_text (ld_document_get_block (doc, i - 1));
      for (; k < n_blocks && ld_document_get_block (doc, k)->keep_with_previous; k++)
        {
          g_autofree char *text = tblock_text (ld_document_get_block (doc, k));

          g_string_append (run, text);
        }
      if (k == n_blocks && ld_document_get_attachments (doc)[0] == NULL)
        {
          const char * const *orgs = ld_document_get_signatories (doc);
          g_autofree char *date = ld_document_dup_date_text (doc);

          for (guint o = 0; orgs[o] != NULL; o++)
            {
              g_autofree char *org = strip_whitespace (orgs[o]);

              g_string_append (run, org);
            }
          if (date != NULL)
            g_string_append (run, date);
        }

      for (guint p = 0; p < pdf->pages->len && !found; p++)
        {
          TPage *page = tpdf_page (pdf, p);
          g_autoptr(GString) text = g_string_new (NULL);
          g_autoptr(GString) tail = g_string_new (NULL);
          const char *at;
          gsize start, length = 0;
          guint n_above = 0;
          int last = -1;

          for (guint l = 0; l < page->lines->len; l++)
            g_string_append (text, tpage_line (page, l)->text);
          at = strstr (text->str, run->str);
          if (at == NULL)
            continue;
          found = TRUE;
          start = at - text->str;
          if (start == 0)
            g_error ("page %u starts with kept blocks: %s", p + 1, run->str);
          /* The run starts a line: the lines above it end the block before. */
          for (guint l = 0; l < page->lines->len && length < start; l++)
            {
              length += strlen (tpage_line (page, l)->text);
              last = (int) l;
            }
          g_assert_cmpuint (length, ==, start);
          for (; last >= 0; last--, n_above++)
            {
              g_string_prepend (tail, tpage_line (page, last)->text);
              if (!g_str_has_suffix (before, tail->str))
                break;
            }
          if (n_above == 0)
            g_error ("page %u: no line of “%s” above “%s”", p + 1, before, run->str);
          least = MIN (least, n_above);
        }
      if (!found)
        g_error ("kept blocks split across pages: %s", run->str);
    }
  return least;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ld-document.h"
#include "ld-line-breaker.h"
#include "test-docs-util.h"

/* Grid model for the breaker tests: a full-width character is 2 units, a
 * half-width one 1, so a line of 28 characters is 56 units. */
#define FULL 2
#define HALF 1

static gboolean
is_ascii_graph (gunichar c)
{
  return c < 0x7f && g_ascii_isgraph ((char) c);
}

/* The corpus paragraphs, and the same with full-width punctuation as the
 * office writes it. */
static GPtrArray *
corpus_paragraphs (void)
{
  g_autofree char *contents = fixture_contents ("docs-corpus.txt");
  g_auto(GStrv) lines = g_strsplit (contents, "\n", -1);
  GPtrArray *paragraphs = g_ptr_array_new_with_free_func (g_free);
  static const struct { const char *from, *to; } full_width[] = {
    { ",", "，" }, { ";", "；" }, { ":", "：" }, { "(", "（" }, { ")", "）" },
    { "?", "？" }, { "!", "！" },
  };

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *line = g_strstrip (g_strdup (lines[i]));
      GString *converted;

      if (*line == '\0')
        continue;
      converted = g_string_new (line);
      for (guint k = 0; k < G_N_ELEMENTS (full_width); k++)
        g_string_replace (converted, full_width[k].from, full_width[k].to, 0);
      g_ptr_array_add (paragraphs, g_steal_pointer (&line));
      g_ptr_array_add (paragraphs, g_string_free (converted, FALSE));
    }
  g_assert_cmpuint (paragraphs->len, >=, 10);
  return paragraphs;
}

static char *
line_text (const char       *text,
           const LdCluster  *clusters,
           const LdLineSpan *line)
{
  const LdCluster *first = &clusters[line->first];
  const LdCluster *last = &clusters[line->first + line->n - 1];

  return g_strndup (text + first->offset, last->offset + last->length - first->offset);
}

static void
test_char_class (void)
{
  const char *closing = "，。、；：？！）》」』】〕…—’”,.;:?!)";
  const char *opening = "（《「『【〔‘“([";

  for (const char *p = closing; *p != '\0'; p = g_utf8_next_char (p))
    g_assert_cmpint (ld_char_class (g_utf8_get_char (p)), ==, LD_CHAR_CLASS_CLOSING);
  for (const char *p = opening; *p != '\0'; p = g_utf8_next_char (p))
    g_assert_cmpint (ld_char_class (g_utf8_get_char (p)), ==, LD_CHAR_CLASS_OPENING);
  g_assert_cmpint (ld_char_class ('A'), ==, LD_CHAR_CLASS_WORD);
  g_assert_cmpint (ld_char_class ('7'), ==, LD_CHAR_CLASS_WORD);
  g_assert_cmpint (ld_char_class ('/'), ==, LD_CHAR_CLASS_WORD);
  g_assert_cmpint (ld_char_class (' '), ==, LD_CHAR_CLASS_SPACE);
  g_assert_cmpint (ld_char_class (0x4e2d), ==, LD_CHAR_CLASS_NORMAL);   /* 中 */
  g_assert_true (ld_char_is_squeezable (0xff0c));    /* ， */
  g_assert_false (ld_char_is_squeezable (0x2014));   /* — */
  g_assert_false (ld_char_is_squeezable (0x4e2d));
}

/* Every rule at every measure from 10 to 40 characters, over the corpus. */
static void
test_breaker_corpus (void)
{
  g_autoptr(GPtrArray) paragraphs = corpus_paragraphs ();
  guint n_lines = 0;

  for (guint i = 0; i < paragraphs->len; i++)
    {
      const char *text = g_ptr_array_index (paragraphs, i);
      g_autoptr(GArray) clusters = ld_line_breaker_grid_clusters (text, FULL, HALF);
      const LdCluster *cl = (const LdCluster *) clusters->data;

      for (int chars = 10; chars <= 40; chars++)
        {
          int width = chars * FULL;
          g_autoptr(GArray) lines = ld_line_breaker_break (text, cl, clusters->len, width - 2 * FULL, width, FULL);
          GString *joined = g_string_new (NULL);
          g_autofree char *expected = strip_whitespace (text);

          for (guint l = 0; l < lines->len; l++)
            {
              const LdLineSpan *line = &g_array_index (lines, LdLineSpan, l);
              g_autofree char *s = line_text (text, cl, line);
              gunichar first = g_utf8_get_char (s);
              gunichar last = g_utf8_get_char (g_utf8_prev_char (s + strlen (s)));
              int cap = l == 0 ? width - 2 * FULL : width;

              n_lines++;
              g_assert_cmpuint (line->n, >, 0);
              g_assert_cmpint (line->width, <=, cap + FULL);
              g_assert_true (line->last == (l + 1 == lines->len));
              if (l > 0 && ld_char_class (first) == LD_CHAR_CLASS_CLOSING)
                g_error ("line starts with closing punctuation at %d chars: %s", chars, s);
              if (!line->last && ld_char_class (last) == LD_CHAR_CLASS_OPENING)
                g_error ("line ends with opening punctuation at %d chars: %s", chars, s);
              if (!line->last)
                {
                  const LdLineSpan *next = &g_array_index (lines, LdLineSpan, l + 1);
                  gunichar after = g_utf8_get_char (text + cl[next->first].offset);

                  if (is_ascii_graph (last) && is_ascii_graph (after))
                    g_error ("Latin run split at %d chars: %s|", chars, s);
                }
              /* Not needlessly short: the next character did not fit or
               * was not allowed to start the next line. */
              if (!line->last && l > 0)
                g_assert_cmpint (line->width, >, width - 8 * FULL);
              g_string_append (joined, s);
            }
          {
            g_autofree char *got = strip_whitespace (joined->str);

            g_assert_cmpstr (got, ==, expected);
          }
          g_string_free (joined, TRUE);
        }
    }
  g_assert_cmpuint (n_lines, >, 1000);
}

static GArray *
break_grid (const char *text,
            int         chars,
            GArray    **out_clusters)
{
  GArray *clusters = ld_line_breaker_grid_clusters (text, FULL, HALF);
  GArray *lines = ld_line_breaker_break (text, (LdCluster *) clusters->data, clusters->len,
                                         chars * FULL, chars * FULL, FULL);

  *out_clusters = clusters;
  return lines;
}

static char *
nth_line (const char *text,
          GArray     *clusters,
          GArray     *lines,
          guint       i)
{
  g_assert_cmpuint (i, <, lines->len);
  return line_text (text, (LdCluster *) clusters->data, &g_array_index (lines, LdLineSpan, i));
}

static void
test_breaker_cases (void)
{
  g_autoptr(GArray) clusters = NULL;
  g_autoptr(GArray) lines = NULL;
  g_autofree char *l0 = NULL;
  g_autofree char *l1 = NULL;

  /* A comma after a full line: the previous character comes down with it. */
  lines = break_grid ("一二三四五六七八九十，后面", 10, &clusters);
  l0 = nth_line ("一二三四五六七八九十，后面", clusters, lines, 0);
  l1 = nth_line ("一二三四五六七八九十，后面", clusters, lines, 1);
  g_assert_cmpstr (l0, ==, "一二三四五六七八九");
  g_assert_cmpstr (l1, ==, "十，后面");
  g_clear_pointer (&l0, g_free);
  g_clear_pointer (&l1, g_free);
  g_clear_pointer (&lines, g_array_unref);
  g_clear_pointer (&clusters, g_array_unref);

  /* An opening book-title mark at the end goes down with its title. */
  lines = break_grid ("一二三四五六七八九《民法典》", 10, &clusters);
  l0 = nth_line ("一二三四五六七八九《民法典》", clusters, lines, 0);
  g_assert_cmpstr (l0, ==, "一二三四五六七八九");
  g_clear_pointer (&l0, g_free);
  g_clear_pointer (&lines, g_array_unref);
  g_clear_pointer (&clusters, g_array_unref);

  /* "。”" together cannot be pushed in: two characters come down. */
  lines = break_grid ("一二三四五六七八九十。”后", 10, &clusters);
  l1 = nth_line ("一二三四五六七八九十。”后", clusters, lines, 1);
  g_assert_cmpstr (l1, ==, "十。”后");
  g_clear_pointer (&l1, g_free);
  g_clear_pointer (&lines, g_array_unref);
  g_clear_pointer (&clusters, g_array_unref);

  /* Numbers and standard codes stay whole. */
  lines = break_grid ("一二三四五六七依照GB/T 9704-2012执行", 10, &clusters);
  l0 = nth_line ("一二三四五六七依照GB/T 9704-2012执行", clusters, lines, 0);
  l1 = nth_line ("一二三四五六七依照GB/T 9704-2012执行", clusters, lines, 1);
  g_assert_cmpstr (l0, ==, "一二三四五六七依照");
  g_assert_cmpstr (l1, ==, "GB/T 9704-2012执行");
  g_clear_pointer (&l0, g_free);
  g_clear_pointer (&l1, g_free);
  g_clear_pointer (&lines, g_array_unref);
  g_clear_pointer (&clusters, g_array_unref);

  lines = break_grid ("一二三四五六七八于2026年", 10, &clusters);
  l1 = nth_line ("一二三四五六七八于2026年", clusters, lines, 1);
  g_assert_cmpstr (l1, ==, "2026年");
  g_clear_pointer (&l1, g_free);
  g_clear_pointer (&lines, g_array_unref);
  g_clear_pointer (&clusters, g_array_unref);

  /* A dash pair is one unit and never starts a line. */
  lines = break_grid ("一二三四五六七八九——后面", 10, &clusters);
  l1 = nth_line ("一二三四五六七八九——后面", clusters, lines, 1);
  g_assert_cmpstr (l1, ==, "九——后面");
  g_clear_pointer (&l1, g_free);
  g_clear_pointer (&lines, g_array_unref);
  g_clear_pointer (&clusters, g_array_unref);

  /* A Latin run longer than the line is broken rather than overflowing. */
  lines = break_grid ("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 10, &clusters);
  g_assert_cmpuint (lines->len, ==, 2);
  g_assert_cmpint (g_array_index (lines, LdLineSpan, 0).width, <=, 10 * FULL);
  g_clear_pointer (&lines, g_array_unref);
  g_clear_pointer (&clusters, g_array_unref);

  /* Empty text: no lines. */
  lines = break_grid ("", 10, &clusters);
  g_assert_cmpuint (lines->len, ==, 0);
}

static void
test_breaker_balanced (void)
{
  struct { guint n_chars; guint n_lines; } cases[] = {
    { 21, 2 }, { 30, 2 }, { 39, 2 }, { 41, 3 }, { 55, 3 }, { 19, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) title = g_string_new (NULL);
      g_autoptr(GArray) clusters = NULL;
      g_autoptr(GArray) lines = NULL;
      guint shortest = G_MAXUINT, longest = 0;

      for (guint k = 0; k < cases[i].n_chars; k++)
        g_string_append_unichar (title, 0x4e00 + k * 7);
      clusters = ld_line_breaker_grid_clusters (title->str, FULL, HALF);
      lines = ld_line_breaker_break_balanced (title->str, (LdCluster *) clusters->data, clusters->len, 20 * FULL);
      g_assert_cmpuint (lines->len, ==, cases[i].n_lines);
      for (guint l = 0; l < lines->len; l++)
        {
          guint n = g_array_index (lines, LdLineSpan, l).n;

          shortest = MIN (shortest, n);
          longest = MAX (longest, n);
        }
      /* As equal as possible: 21 characters make 11 + 10, not 20 + 1. */
      g_assert_cmpuint (longest - shortest, <=, 1);
      g_assert_cmpuint (shortest, >=, 2);
    }

  /* Punctuation rules still hold in balanced titles, and no single
   * character is left alone on the last line. */
  {
    const char *title = "关于《××镇人民政府与××建设工程有限公司道路维修工程施工合同》的合法性审查意见书";
    g_autoptr(GArray) clusters = ld_line_breaker_grid_clusters (title, FULL, HALF);
    g_autoptr(GArray) lines = ld_line_breaker_break_balanced (title, (LdCluster *) clusters->data,
                                                              clusters->len, 20 * FULL);

    g_assert_cmpuint (lines->len, ==, 3);
    for (guint l = 0; l < lines->len; l++)
      {
        g_autofree char *s = nth_line (title, clusters, lines, l);

        g_assert_cmpint (ld_char_class (g_utf8_get_char (s)), !=, LD_CHAR_CLASS_CLOSING);
        g_assert_cmpuint (g_array_index (lines, LdLineSpan, l).n, >=, 2);
      }
  }
}

/* The corpus through the whole renderer, read back from the PDF. */
static void
test_rendered_corpus (void)
{
  g_autoptr(GPtrArray) paragraphs = corpus_paragraphs ();
  g_autoptr(LdDocument) doc = ld_document_new ("依法行政工作文稿节选");
  g_autoptr(TPdf) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *model = NULL;
  g_autofree char *expected = NULL;
  guint n_lines = 0;

  for (guint i = 0; i < paragraphs->len; i++)
    ld_document_add_paragraph (doc, g_ptr_array_index (paragraphs, i));
  pdf = tpdf_render (doc);
  g_assert_cmpuint (pdf->pages->len, >=, 4);

  for (guint p = 0; p < pdf->pages->len; p++)
    {
      TPage *page = tpdf_page (pdf, p);

      for (guint l = (p == 0 ? 1 : 0); l < page->lines->len; l++)
        {
          TLine *line = tpage_line (page, l);
          gunichar first = g_utf8_get_char (line->text);
          gunichar last = g_utf8_get_char (g_utf8_prev_char (line->text + strlen (line->text)));
          gboolean indented = fabs (line->x1 - (LEFT_MM + 2 * CHAR_MM)) < 0.3;

          n_lines++;
          if (ld_char_class (first) == LD_CHAR_CLASS_CLOSING)
            g_error ("page %u line %u starts with closing punctuation: %s", p + 1, l, line->text);
          if (ld_char_class (last) == LD_CHAR_CLASS_OPENING)
            g_error ("page %u line %u ends with opening punctuation: %s", p + 1, l, line->text);
          /* Paragraphs start two characters in, other lines flush left. */
          g_assert_true (indented || fabs (line->x1 - LEFT_MM) < 0.3);
          /* Lines are justified to the right edge except paragraph ends. */
          if (tline_is_full (line))
            g_assert_cmpfloat_with_epsilon (line->x2, RIGHT_MM, 0.15);
          if (l + 1 < page->lines->len)
            {
              TLine *next = tpage_line (page, l + 1);
              gboolean next_indented = fabs (next->x1 - (LEFT_MM + 2 * CHAR_MM)) < 0.3;

              /* A line that is not a paragraph's last is full. */
              if (!next_indented)
                g_assert_true (tline_is_full (line));
              if (!next_indented && is_ascii_graph (last) && is_ascii_graph (g_utf8_get_char (next->text)))
                g_error ("Latin run split: %s | %s", line->text, next->text);
            }
        }
    }
  g_assert_cmpuint (n_lines, >, 80);

  text = tpdf_text (pdf);
  model = ld_document_to_text (doc);
  expected = strip_whitespace (model);
  g_assert_cmpstr (text, ==, expected);
}

/* Headings move to the next page with the start of their text, and no
 * paragraph leaves a single line at a page's foot or head. Filler of
 * every length puts the heading at every position near the page break. */
static void
test_keep_with_next (void)
{
  g_autoptr(GPtrArray) paragraphs = corpus_paragraphs ();

  for (guint filler = 0; filler < 24; filler++)
    {
      g_autoptr(LdDocument) doc = ld_document_new ("标题");
      g_autoptr(TPdf) pdf = NULL;
      g_autoptr(GString) short_text = g_string_new (NULL);

      /* A short paragraph of 1–24 lines' worth of characters. */
      for (guint k = 0; k < filler; k++)
        g_string_append (short_text, "依法行政是政府工作的基本准则推进法治政府建设。");
      if (filler > 0)
        ld_document_add_paragraph (doc, short_text->str);
      for (guint i = 0; i < 6; i++)
        {
          ld_document_add_heading (doc, 1 + i % 2, "依法行政的主要任务");
          ld_document_add_paragraph (doc, g_ptr_array_index (paragraphs, i));
        }
      pdf = tpdf_render (doc);

      for (guint p = 0; p + 1 < pdf->pages->len; p++)
        {
          TPage *page = tpdf_page (pdf, p);
          TPage *next_page = tpdf_page (pdf, p + 1);
          TLine *bottom = tpage_line (page, page->lines->len - 1);
          TLine *top = tpage_line (next_page, 0);
          gboolean bottom_indented = fabs (bottom->x1 - (LEFT_MM + 2 * CHAR_MM)) < 0.3;
          gboolean top_flush = fabs (top->x1 - LEFT_MM) < 0.3;

          if (strstr (bottom->text, "依法行政的主要任务") != NULL)
            g_error ("filler %u: heading alone at the foot of page %u", filler, p + 1);
          /* Orphan: a paragraph's first line alone at the foot. */
          if (bottom_indented && tline_is_full (bottom))
            g_error ("filler %u: first line alone at the foot of page %u: %s", filler, p + 1, bottom->text);
          /* Widow: a paragraph's last line alone at the head. */
          if (top_flush && !tline_is_full (top))
            g_error ("filler %u: last line alone at the head of page %u: %s", filler, p + 2, top->text);
        }
    }
}

static void
test_rendered_title (void)
{
  g_autoptr(LdDocument) doc = ld_document_new ("关于《××镇人民政府与××建设工程有限公司道路维修工程施工合同》的合法性审查意见书");
  g_autoptr(TPdf) pdf = NULL;
  TPage *page;
  guint shortest = G_MAXUINT, longest = 0;

  ld_document_add_paragraph (doc, "正文。");
  pdf = tpdf_render (doc);
  page = tpdf_page (pdf, 0);
  g_assert_cmpuint (page->lines->len, ==, 4);
  for (guint l = 0; l < 3; l++)
    {
      TLine *line = tpage_line (page, l);
      guint n = g_utf8_strlen (line->text, -1);

      shortest = MIN (shortest, n);
      longest = MAX (longest, n);
      /* Centred in the type area, 2号 (22 pt: 7.76 mm a character). */
      g_assert_cmpfloat_with_epsilon (line->x1 - LEFT_MM, RIGHT_MM - line->x2, 0.5);
      g_assert_cmpfloat_with_epsilon ((line->x2 - line->x1) / n, MM (22.0), 0.2);
      g_assert_cmpint (tline_row (line), ==, (int) l);
    }
  g_assert_cmpuint (longest - shortest, <=, 1);
  /* The text begins on the line after the blank line under the title. */
  g_assert_cmpint (tline_row (tpage_line (page, 3)), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/docs/typography/char-class", test_char_class);
  g_test_add_func ("/docs/typography/breaker-corpus", test_breaker_corpus);
  g_test_add_func ("/docs/typography/breaker-cases", test_breaker_cases);
  g_test_add_func ("/docs/typography/breaker-balanced", test_breaker_balanced);
  g_test_add_func ("/docs/typography/rendered-corpus", test_rendered_corpus);
  g_test_add_func ("/docs/typography/keep-with-next", test_keep_with_next);
  g_test_add_func ("/docs/typography/rendered-title", test_rendered_title);

  return g_test_run ();
}

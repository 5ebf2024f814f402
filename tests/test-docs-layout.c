/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "ld-docs-error.h"
#include "ld-document.h"
#include "ld-fonts.h"
#include "ld-pdf-renderer.h"
#include "ld-sample-letter.h"
#include "test-docs-util.h"

#define ORG "××镇人民政府法制办公室"

/* A document with every optional part; tests switch parts off. */
static LdDocument *
full_document (void)
{
  LdDocument *doc = ld_document_new ("关于××事项的法律意见");

  ld_document_set_number (doc, "×法审〔2026〕7号");
  ld_document_set_addressee (doc, "××镇人民政府");
  ld_document_add_paragraph (doc, "经审查，现提出如下意见。");
  ld_document_add_heading (doc, 1, "基本情况");
  ld_document_add_paragraph (doc, "合同双方主体适格，约定内容总体合法，但付款条款需要修改。");
  ld_document_add_attachment (doc, "合同修改建议稿");
  ld_document_add_signatory (doc, ORG);
  g_assert_true (ld_document_set_date (doc, 2026, 11, 25));
  ld_document_set_copy_to (doc, "县司法局。");
  g_assert_true (ld_document_set_printed_by (doc, ORG, 2026, 11, 25));
  return doc;
}

static TLine *
find_line (TPdf       *pdf,
           const char *prefix,
           guint      *out_page)
{
  for (guint p = 0; p < pdf->pages->len; p++)
    {
      TPage *page = tpdf_page (pdf, p);

      for (guint l = 0; l < page->lines->len; l++)
        if (g_str_has_prefix (tpage_line (page, l)->text, prefix))
          {
            if (out_page != NULL)
              *out_page = p;
            return tpage_line (page, l);
          }
    }
  return NULL;
}

static void
test_page_size_and_margins (void)
{
  g_autoptr(LdDocument) doc = ld_sample_letter_new (ORG, 12);
  g_autoptr(TPdf) pdf = tpdf_render (doc);

  g_assert_cmpuint (pdf->pages->len, >=, 4);
  for (guint p = 0; p < pdf->pages->len; p++)
    {
      TPage *page = tpdf_page (pdf, p);
      double leftmost = G_MAXDOUBLE;

      g_assert_cmpfloat_with_epsilon (page->width, 210.0, 0.2);
      g_assert_cmpfloat_with_epsilon (page->height, 297.0, 0.2);
      g_assert_cmpuint (page->lines->len, >, 0);

      for (guint l = 0; l < page->lines->len; l++)
        {
          TLine *line = tpage_line (page, l);

          leftmost = MIN (leftmost, line->x1);
          g_assert_cmpfloat (line->x1, >=, LEFT_MM - 0.5);
          /* PDF glyph widths are rounded to 1/1000 em: allow 0.15 mm over 28 characters. */
          g_assert_cmpfloat (line->x2, <=, RIGHT_MM + 0.15);
          g_assert_cmpfloat (line->y1, >=, TOP_MM - 1.0);
          g_assert_cmpfloat (line->y2, <=, BOTTOM_MM + 1.0);
        }
      /* Every page has continuation lines flush with the 订口. */
      g_assert_cmpfloat_with_epsilon (leftmost, LEFT_MM, 0.5);
    }
}

static void
test_grid (void)
{
  g_autoptr(LdDocument) doc = ld_sample_letter_new (ORG, 14);
  g_autoptr(TPdf) pdf = tpdf_render (doc);
  guint full_pages = 0, full_lines = 0;

  g_assert_cmpuint (pdf->pages->len, >=, 4);
  for (guint p = 0; p < pdf->pages->len; p++)
    {
      TPage *page = tpdf_page (pdf, p);
      int previous_row = -1;

      g_assert_cmpuint (page->lines->len, <=, 22);
      /* Keeping a heading with the first two lines of its paragraph may
       * leave up to three grid lines empty at the foot of a page, never more. */
      if (p + 1 < pdf->pages->len)
        g_assert_cmpuint (page->lines->len, >=, 19);
      if (page->lines->len == 22)
        full_pages++;

      for (guint l = 0; l < page->lines->len; l++)
        {
          TLine *line = tpage_line (page, l);
          int row = tline_row (line);
          double centre = (line->y1 + line->y2) / 2;

          /* Lines sit on the 22-line grid, one per grid line. */
          g_assert_cmpint (row, >=, 0);
          g_assert_cmpint (row, <, 22);
          g_assert_cmpint (row, >, previous_row);
          previous_row = row;
          if (p > 0)
            g_assert_cmpfloat_with_epsilon (fmod (centre - TOP_MM, PITCH_MM), PITCH_MM / 2, 1.5);

          /* Full (justified, unindented) lines hold 28 ± 1 characters. */
          if (tline_is_full (line) && fabs (line->x1 - LEFT_MM) < 0.5)
            {
              double n = tline_grid_chars (line);

              full_lines++;
              /* Latin capitals and digits are proportional, not half width. */
              if (tline_has_ascii (line))
                g_assert_cmpfloat (fabs (n - 28), <=, 4.0);
              else
                g_assert_cmpfloat (fabs (n - 28), <=, 1.0);
            }
        }
    }
  g_assert_cmpuint (full_pages, >=, 1);
  g_assert_cmpuint (full_lines, >=, 40);
}

static void
test_page_numbers (void)
{
  g_autoptr(LdDocument) doc = ld_sample_letter_new (ORG, 12);
  g_autoptr(TPdf) pdf = tpdf_render (doc);

  for (guint p = 0; p < pdf->pages->len; p++)
    {
      TPage *page = tpdf_page (pdf, p);
      g_autofree char *expected = g_strdup_printf ("—%u—", p + 1);
      double one_char = MM (LD_SIZE_4HAO);

      g_assert_nonnull (page->page_number);
      g_assert_cmpstr (page->page_number->text, ==, expected);
      /* 7 mm below the type area (the dashes), 4号. */
      g_assert_cmpfloat (page->page_number->y1, >, BOTTOM_MM);
      g_assert_cmpfloat_with_epsilon ((page->page_number->y1 + page->page_number->y2) / 2,
                                      BOTTOM_MM + 7.0, 2.0);
      /* Odd pages right, even pages left, one character in. */
      if (p % 2 == 0)
        g_assert_cmpfloat_with_epsilon (page->page_number->x2, RIGHT_MM - one_char, 0.5);
      else
        g_assert_cmpfloat_with_epsilon (page->page_number->x1, LEFT_MM + one_char, 0.5);
    }
}

static void
test_fonts_embedded (void)
{
  g_autoptr(LdDocument) doc = ld_sample_letter_new (ORG, 6);
  g_autoptr(TPdf) pdf = tpdf_render (doc);
  PopplerFontInfo *info = poppler_font_info_new (pdf->doc);
  PopplerFontsIter *iter = NULL;
  guint n_fonts = 0;

  while (poppler_font_info_scan (info, 20, &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          g_test_message ("font %s embedded %d subset %d", poppler_fonts_iter_get_name (iter),
                          poppler_fonts_iter_is_embedded (iter), poppler_fonts_iter_is_subset (iter));
          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          g_assert_true (poppler_fonts_iter_is_subset (iter));
          n_fonts++;
        }
      while (poppler_fonts_iter_next (iter));
      poppler_fonts_iter_free (iter);
      iter = NULL;
    }
  poppler_font_info_free (info);
  /* Title, body and at least one heading face. */
  g_assert_cmpuint (n_fonts, >=, 3);
}

/* The font and size of the text that starts with @prefix on page 1. */
static PopplerTextAttributes *
attributes_at (PopplerPage *page,
               const char  *text,
               GList       *attributes,
               const char  *prefix)
{
  const char *found = strstr (text, prefix);
  glong index;

  g_assert_nonnull (found);
  index = g_utf8_pointer_to_offset (text, found);
  for (GList *l = attributes; l != NULL; l = l->next)
    {
      PopplerTextAttributes *a = l->data;

      if (a->start_index <= index && index <= a->end_index)
        return a;
    }
  g_assert_not_reached ();
  return NULL;
}

static void
test_styles (void)
{
  g_autoptr(LdDocument) doc = ld_document_new ("关于××事项的法律意见");
  g_autoptr(TPdf) pdf = NULL;
  PopplerPage *page;
  g_autofree char *text = NULL;
  GList *attributes;
  PopplerTextAttributes *a;

  ld_document_add_heading (doc, 1, "甲级标题");
  ld_document_add_heading (doc, 2, "乙级标题");
  ld_document_add_heading (doc, 3, "丙级标题");
  ld_document_add_heading (doc, 4, "丁级标题");
  ld_document_add_unnumbered_heading (doc, 1, "无号标题");
  ld_document_add_paragraph (doc, "正文段落。");
  ld_document_set_copy_to (doc, "县司法局。");
  pdf = tpdf_render (doc);
  page = poppler_document_get_page (pdf->doc, 0);
  text = poppler_page_get_text (page);
  attributes = poppler_page_get_text_attributes (page);

  /* 2号 title, 3号 text, 4号 版记 and page number. */
  a = attributes_at (page, text, attributes, "关于");
  g_assert_cmpfloat_with_epsilon (a->font_size, 22.0, 0.1);
  a = attributes_at (page, text, attributes, "正文段落");
  g_assert_cmpfloat_with_epsilon (a->font_size, 16.0, 0.1);
  a = attributes_at (page, text, attributes, "抄送");
  g_assert_cmpfloat_with_epsilon (a->font_size, 14.0, 0.1);
  a = attributes_at (page, text, attributes, "—1");
  g_assert_cmpfloat_with_epsilon (a->font_size, 14.0, 0.1);

  /* 黑体, 楷体, then 仿宋 for levels 3 and 4 like the body. */
  a = attributes_at (page, text, attributes, "一、甲级");
  g_assert_cmpfloat_with_epsilon (a->font_size, 16.0, 0.1);
  if (g_str_equal (ld_fonts_get_family (LD_FONT_ROLE_HEADING1, NULL), "Noto Sans CJK SC"))
    g_assert_nonnull (strstr (a->font_name, "Sans"));
  a = attributes_at (page, text, attributes, "无号标题");
  if (g_str_equal (ld_fonts_get_family (LD_FONT_ROLE_HEADING1, NULL), "Noto Sans CJK SC"))
    g_assert_nonnull (strstr (a->font_name, "Sans"));
  a = attributes_at (page, text, attributes, "（一）乙级");
  if (g_str_equal (ld_fonts_get_family (LD_FONT_ROLE_HEADING2, NULL), "AR PL UKai CN"))
    g_assert_nonnull (strstr (a->font_name, "UKai"));
  {
    PopplerTextAttributes *body = attributes_at (page, text, attributes, "正文段落");

    a = attributes_at (page, text, attributes, "1.丙级");
    g_assert_cmpstr (a->font_name, ==, body->font_name);
    a = attributes_at (page, text, attributes, "（1）丁级");
    g_assert_cmpstr (a->font_name, ==, body->font_name);
  }

  poppler_page_free_text_attributes (attributes);
  g_object_unref (page);
}

static void
test_metadata (void)
{
  g_autoptr(LdDocument) doc = full_document ();
  g_autoptr(TPdf) pdf = tpdf_render (doc);
  g_autofree char *title = poppler_document_get_title (pdf->doc);
  g_autofree char *creator = poppler_document_get_creator (pdf->doc);

  g_assert_cmpstr (title, ==, "关于××事项的法律意见");
  g_assert_cmpstr (creator, ==, "Legal Desk");
}

static void
test_text_roundtrip (void)
{
  g_autoptr(LdDocument) doc = full_document ();
  g_autoptr(TPdf) pdf = tpdf_render (doc);
  g_autofree char *text = tpdf_text (pdf);
  /* Written out by hand: numbering, colons and dates as GB/T 9704 wants. */
  const char *expected =
    "关于××事项的法律意见"
    "×法审〔2026〕7号"
    "××镇人民政府："
    "经审查，现提出如下意见。"
    "一、基本情况"
    "合同双方主体适格，约定内容总体合法，但付款条款需要修改。"
    "附件：合同修改建议稿"
    ORG
    "2026年11月25日"
    "抄送：县司法局。"
    ORG "2026年11月25日印发";

  g_assert_cmpstr (text, ==, expected);
}

static void
test_text_roundtrip_long (void)
{
  g_autoptr(LdDocument) doc = ld_sample_letter_new (ORG, 14);
  g_autoptr(TPdf) pdf = tpdf_render (doc);
  g_autofree char *text = tpdf_text (pdf);
  g_autofree char *model = ld_document_to_text (doc);
  g_autofree char *expected = strip_whitespace (model);

  g_assert_cmpstr (text, ==, expected);
}

static void
test_multi_page (void)
{
  struct { int paragraphs; guint min_pages, max_pages; } cases[] = {
    { 1, 1, 1 },
    { 4, 1, 2 },
    { 12, 4, 6 },
    { 30, 8, 20 },
  };
  guint previous = 0;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LdDocument) doc = ld_sample_letter_new (ORG, cases[i].paragraphs);
      g_autoptr(TPdf) pdf = tpdf_render (doc);

      g_test_message ("%d paragraphs: %u pages", cases[i].paragraphs, pdf->pages->len);
      g_assert_cmpuint (pdf->pages->len, >=, cases[i].min_pages);
      g_assert_cmpuint (pdf->pages->len, <=, cases[i].max_pages);
      g_assert_cmpuint (pdf->pages->len, >=, previous);
      previous = pdf->pages->len;
    }
}

/* Removing an optional part moves everything after it up: the element that
 * follows sits exactly where the removed one's first line was. */
static void
test_no_gaps (void)
{
  g_autoptr(LdDocument) doc = full_document ();
  g_autoptr(TPdf) with = tpdf_render (doc);
  TLine *number = find_line (with, "×法审", NULL);
  TLine *addressee = find_line (with, "××镇人民政府：", NULL);
  TLine *first = find_line (with, "经审查", NULL);
  TLine *attachment = find_line (with, "附件", NULL);
  TLine *org = find_line (with, ORG, NULL);
  TLine *line;

  g_assert_nonnull (number);
  g_assert_nonnull (addressee);
  g_assert_nonnull (first);
  g_assert_nonnull (attachment);
  g_assert_nonnull (org);
  /* The number right under the title, the addressee one line below that. */
  g_assert_cmpint (tline_row (number), ==, 1);
  g_assert_cmpint (tline_row (addressee), ==, 3);
  g_assert_cmpint (tline_row (first), ==, 4);

  {
    g_autoptr(TPdf) pdf = NULL;

    ld_document_set_number (doc, NULL);
    pdf = tpdf_render (doc);
    line = find_line (pdf, "××镇人民政府：", NULL);
    g_assert_nonnull (line);
    g_assert_cmpint (tline_row (line), ==, tline_row (addressee) - 1);
    g_assert_null (find_line (pdf, "×法审", NULL));
  }
  {
    g_autoptr(TPdf) pdf = NULL;

    ld_document_set_addressee (doc, "");
    pdf = tpdf_render (doc);
    line = find_line (pdf, "经审查", NULL);
    g_assert_nonnull (line);
    g_assert_cmpint (tline_row (line), ==, tline_row (first) - 2);
  }
  {
    g_autoptr(LdDocument) bare = ld_document_new ("关于××事项的法律意见");
    g_autoptr(TPdf) pdf = NULL;
    TLine *signature;

    /* No attachments: the signature comes one line closer to the text. */
    ld_document_add_paragraph (bare, "经审查，现提出如下意见。");
    ld_document_add_heading (bare, 1, "基本情况");
    ld_document_add_paragraph (bare, "合同双方主体适格，约定内容总体合法，但付款条款需要修改。");
    ld_document_add_signatory (bare, ORG);
    ld_document_set_date (bare, 2026, 11, 25);
    pdf = tpdf_render (bare);
    signature = find_line (pdf, ORG, NULL);
    g_assert_nonnull (signature);
    g_assert_cmpint (tline_row (signature), ==, tline_row (org) - 2 - 2);
    /* No 版记: nothing but the date after the signature. */
    g_assert_null (find_line (pdf, "抄送", NULL));
    g_assert_cmpuint (tpdf_page (pdf, 0)->lines->len, ==, 1 + 1 + 1 + 2 + 2);
  }
}

static void
test_unsealed_signature (void)
{
  g_autoptr(LdDocument) doc = full_document ();
  g_autoptr(TPdf) pdf = tpdf_render (doc);
  g_autofree char *date_text = g_strdup ("2026年11月25日");
  TLine *attachment = find_line (pdf, "附件", NULL);
  TLine *org = find_line (pdf, ORG, NULL);
  TLine *date = find_line (pdf, date_text, NULL);

  g_assert_nonnull (org);
  g_assert_nonnull (date);
  /* Signature one line below the text, 2 characters in from the right;
   * the date under it starts 2 characters further right. */
  g_assert_cmpint (tline_row (org), ==, tline_row (attachment) + 2);
  g_assert_cmpint (tline_row (date), ==, tline_row (org) + 1);
  g_assert_cmpfloat_with_epsilon (org->x2, RIGHT_MM - 2 * CHAR_MM, 1.0);
  g_assert_cmpfloat_with_epsilon (date->x1, org->x1 + 2 * CHAR_MM, 1.0);
}

static void
test_sealed_signature (void)
{
  g_autoptr(LdDocument) doc = full_document ();
  g_autoptr(GBytes) seal = make_seal_png ();
  g_autoptr(TPdf) pdf = NULL;
  PopplerPage *page;
  GList *images;
  TLine *org, *date;

  ld_document_set_seal_png (doc, seal);
  pdf = tpdf_render (doc);
  org = find_line (pdf, ORG, NULL);
  date = find_line (pdf, "2026年11月25日", NULL);
  g_assert_nonnull (org);
  g_assert_nonnull (date);
  /* Sealed: the date 4 characters in from the right, the name centred on it. */
  g_assert_cmpfloat_with_epsilon (date->x2, RIGHT_MM - 4 * CHAR_MM, 1.0);
  g_assert_cmpfloat_with_epsilon ((org->x1 + org->x2) / 2, (date->x1 + date->x2) / 2, 1.0);

  /* The seal is on the page, over the names and date. */
  page = poppler_document_get_page (pdf->doc, 0);
  images = poppler_page_get_image_mapping (page);
  g_assert_cmpuint (g_list_length (images), ==, 1);
  {
    PopplerImageMapping *image = images->data;
    double x1 = MM (image->area.x1), x2 = MM (image->area.x2);
    double y1 = MM (image->area.y1), y2 = MM (image->area.y2);

    g_assert_cmpfloat_with_epsilon (x2 - x1, 42.0, 1.0);
    g_assert_cmpfloat (x1, <, date->x1);
    g_assert_cmpfloat (x2, >, date->x2);
    g_assert_cmpfloat (y1, <, org->y1);
    g_assert_cmpfloat (y2, >, date->y2);
  }
  poppler_page_free_image_mapping (images);
  g_object_unref (page);
}

static void
test_bad_input (void)
{
  g_autoptr(LdDocument) doc = full_document ();
  g_autoptr(GBytes) not_png = g_bytes_new_static ("GIF89a not a png", 16);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;

  ld_document_set_seal_png (doc, not_png);
  pdf = ld_document_render_pdf (doc, &error);
  g_assert_error (error, LD_DOCS_ERROR, LD_DOCS_ERROR_BAD_IMAGE);
  g_assert_null (pdf);
  g_clear_error (&error);

  ld_document_set_seal_png (doc, NULL);
  ld_document_set_title (doc, "   ");
  pdf = ld_document_render_pdf (doc, &error);
  g_assert_error (error, LD_DOCS_ERROR, LD_DOCS_ERROR_INCOMPLETE);
  g_assert_null (pdf);
}

static void
test_table (void)
{
  const char *cells[] = {
    "姓名", "性别", "身份证号", "住址",
    "张三", "男", "110101199003078515", "××省××市××区××街道××路88号3单元502室",
    "李四", "女", "110101198506120023", "××镇××村",
  };
  g_autoptr(LdDocument) doc = ld_document_new ("人民调解协议书");
  g_autoptr(TPdf) pdf = NULL;
  g_autofree char *text = NULL;
  TPage *page;

  ld_document_add_paragraph (doc, "当事人基本情况如下：");
  ld_document_add_table (doc, 3, 4, cells);
  ld_document_add_paragraph (doc, "双方自愿达成如下协议。");
  pdf = tpdf_render (doc);
  text = tpdf_text (pdf);
  page = tpdf_page (pdf, 0);

  /* Every cell's text is on the page, inside the type area. */
  for (guint i = 0; i < G_N_ELEMENTS (cells); i++)
    if (i != 7)
      g_assert_nonnull (strstr (text, cells[i]));
  /* The long address wraps: its pieces share lines with the other cells. */
  g_assert_nonnull (strstr (text, "502室"));
  for (guint l = 0; l < page->lines->len; l++)
    {
      TLine *line = tpage_line (page, l);

      g_assert_cmpfloat (line->x1, >=, LEFT_MM);
      g_assert_cmpfloat (line->x2, <=, RIGHT_MM);
    }
  /* The long address wraps inside its cell, so the table takes more than
   * one grid line per row; the paragraph after it still follows directly. */
  {
    TLine *after = find_line (pdf, "双方自愿", NULL);

    g_assert_nonnull (after);
    g_assert_cmpint (tline_row (after), >=, 2 + 1 + 3 + 1);
  }
}

/* Wrapped attachment names align under the first character of the name;
 * further numbers align under the first number. */
static void
test_attachment_indent (void)
{
  g_autoptr(LdDocument) doc = ld_document_new ("关于××事项的法律意见");
  g_autoptr(TPdf) pdf = NULL;
  TLine *first, *wrapped, *second;
  TChar *c;
  double name_x = 0, number_x = 0;

  ld_document_add_paragraph (doc, "经审查，现提出如下意见。");
  ld_document_add_attachment (doc, "××镇人民政府与××市政工程有限公司道路提升改造工程施工合同修改建议稿");
  ld_document_add_attachment (doc, "送审材料清单");
  pdf = tpdf_render (doc);
  first = find_line (pdf, "附件：1.", NULL);
  second = find_line (pdf, "2.送审", NULL);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  wrapped = tpage_line (tpdf_page (pdf, 0), 3);
  g_assert_cmpint (tline_row (wrapped), ==, tline_row (first) + 1);
  g_assert_cmpint (tline_row (second), ==, tline_row (first) + 2);

  /* "附件：" two characters in, no end punctuation after the names. */
  g_assert_cmpfloat_with_epsilon (first->x1, LEFT_MM + 2 * CHAR_MM, 0.3);
  for (guint i = 0; i < first->chars->len; i++)
    {
      c = &g_array_index (first->chars, TChar, i);
      if (c->c == '1')
        number_x = c->x1;
      if (c->c == 0x00d7 && name_x == 0)
        name_x = c->x1;
    }
  g_assert_cmpfloat_with_epsilon (wrapped->x1, name_x, 0.3);
  g_assert_cmpfloat_with_epsilon (second->x1, number_x, 0.3);
  g_assert_false (g_str_has_suffix (second->text, "。"));
}

/* Parties' signature lines: a paragraph without indent and an unruled
 * table in the body size, cells flush left. */
static void
test_signature_lines (void)
{
  const char *cells[] = {
    "申请人（签名）：", "被申请人（签名）：",
    "人民调解员（签名）：", "记录人（签名）：",
  };
  g_autoptr(LdDocument) doc = ld_document_new ("人民调解协议书");
  g_autoptr(TPdf) pdf = NULL;
  TLine *flush, *first, *second;
  TChar *c;

  ld_document_add_paragraph (doc, "本协议一式三份，双方当事人和人民调解委员会各执一份。");
  ld_document_add_flush_paragraph (doc, "当事人签名或者盖章：");
  ld_document_add_unruled_table (doc, 2, 2, cells);
  g_assert_true (ld_document_get_block (doc, 1)->flush);
  g_assert_true (ld_document_get_block (doc, 2)->unruled);
  pdf = tpdf_render (doc);

  flush = find_line (pdf, "当事人签名", NULL);
  first = find_line (pdf, "申请人", NULL);
  second = find_line (pdf, "人民调解员", NULL);
  g_assert_nonnull (flush);
  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_cmpfloat_with_epsilon (flush->x1, LEFT_MM, 0.3);
  g_assert_cmpint (tline_row (first), ==, tline_row (flush) + 1);
  g_assert_cmpint (tline_row (second), ==, tline_row (first) + 1);
  /* Both columns start flush left in their halves, in 3号. */
  g_assert_cmpfloat_with_epsilon (first->x1, LEFT_MM, 0.3);
  g_assert_cmpstr (first->text, ==, "申请人（签名）：被申请人（签名）：");
  c = &g_array_index (first->chars, TChar, g_utf8_strlen ("申请人（签名）：", -1));
  g_assert_cmpfloat (c->x1, >, LEFT_MM + 60);
  g_assert_cmpfloat_with_epsilon (c->x2 - c->x1, MM (16.0), 0.2);
}

#define KEPT_PARAGRAPH \
  "本协议自各方当事人签名、盖章或按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。" \
  "经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。" \
  "本协议一式三份，当事人各执一份，人民调解委员会存档一份。"

/* A signature block (a line of space, the lead line, the unruled table of
 * signature lines, 落款 and date) kept with the text before it: wherever
 * the filler puts it near a page break, sealed or not, it stays on one
 * page with the last two lines of the paragraph before it, and no page
 * holds only signature lines. */
static void
test_keep_with_previous (void)
{
  const char *cells[] = {
    "申请人：张三", "被申请人：李四",
    "", "",
    "人民调解员：王五", "记录人：赵六",
  };
  g_autoptr(GBytes) seal = make_seal_png ();
  g_autofree char *paragraph = strip_whitespace (KEPT_PARAGRAPH);
  guint moved = 0;

  for (guint filler = 0; filler < 48; filler++)
    {
      g_autoptr(LdDocument) doc = ld_document_new ("人民调解协议书");
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(TPdf) pdf = NULL;
      TPage *page;
      TLine *top;
      guint lead_page = 0;

      for (guint k = 0; k < filler / 2; k++)
        g_string_append (text, "依法行政是政府工作的基本准则推进法治政府建设。");
      if (text->len > 0)
        ld_document_add_paragraph (doc, text->str);
      ld_document_add_paragraph (doc, KEPT_PARAGRAPH);
      ld_document_add_unruled_table (doc, 1, 1, (const char * const []) { "" });
      ld_document_keep_with_previous (doc);
      ld_document_add_flush_paragraph (doc, "当事人签名、盖章或按指印：");
      ld_document_keep_with_previous (doc);
      ld_document_add_unruled_table (doc, 3, 2, cells);
      ld_document_keep_with_previous (doc);
      ld_document_add_signatory (doc, "青山镇人民调解委员会");
      g_assert_true (ld_document_set_date (doc, 2026, 11, 25));
      if (filler % 2 == 1)
        ld_document_set_seal_png (doc, seal);
      pdf = tpdf_render (doc);

      /* The paragraph has more than three lines: two of them go along. */
      g_assert_cmpuint (assert_kept_with_previous (pdf, doc), >=, 2);
      g_assert_nonnull (find_line (pdf, "当事人签名", &lead_page));
      g_assert_cmpuint (lead_page, ==, pdf->pages->len - 1);
      page = tpdf_page (pdf, lead_page);
      top = tpage_line (page, 0);
      if (lead_page > 0 && strstr (paragraph, top->text) != NULL && !g_str_has_prefix (paragraph, top->text))
        moved++;
    }
  /* Some filler did put the block at a page's foot. */
  g_assert_cmpuint (moved, >, 0);
}

static gpointer
render_in_thread (gpointer data)
{
  g_autoptr(LdDocument) doc = ld_sample_letter_new (ORG, 6);
  GBytes *pdf = NULL;

  for (int i = 0; i < 2; i++)
    {
      g_autoptr(GError) error = NULL;

      g_clear_pointer (&pdf, g_bytes_unref);
      pdf = ld_document_render_pdf (doc, &error);
      g_assert_no_error (error);
    }
  return pdf;
}

/* Previews render in worker threads: documents render side by side. */
static void
test_threads (void)
{
  GThread *threads[4];
  g_autoptr(LdDocument) doc = ld_sample_letter_new (ORG, 6);
  g_autofree char *model = ld_document_to_text (doc);
  g_autofree char *expected = strip_whitespace (model);

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("render", render_in_thread, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    {
      g_autoptr(GBytes) pdf = g_thread_join (threads[i]);
      g_autoptr(TPdf) read = tpdf_new (pdf);
      g_autofree char *text = tpdf_text (read);

      g_assert_cmpstr (text, ==, expected);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/docs/layout/page-size-and-margins", test_page_size_and_margins);
  g_test_add_func ("/docs/layout/grid", test_grid);
  g_test_add_func ("/docs/layout/page-numbers", test_page_numbers);
  g_test_add_func ("/docs/layout/fonts-embedded", test_fonts_embedded);
  g_test_add_func ("/docs/layout/styles", test_styles);
  g_test_add_func ("/docs/layout/metadata", test_metadata);
  g_test_add_func ("/docs/layout/text-roundtrip", test_text_roundtrip);
  g_test_add_func ("/docs/layout/text-roundtrip-long", test_text_roundtrip_long);
  g_test_add_func ("/docs/layout/multi-page", test_multi_page);
  g_test_add_func ("/docs/layout/no-gaps", test_no_gaps);
  g_test_add_func ("/docs/layout/unsealed-signature", test_unsealed_signature);
  g_test_add_func ("/docs/layout/sealed-signature", test_sealed_signature);
  g_test_add_func ("/docs/layout/bad-input", test_bad_input);
  g_test_add_func ("/docs/layout/table", test_table);
  g_test_add_func ("/docs/layout/attachment-indent", test_attachment_indent);
  g_test_add_func ("/docs/layout/signature-lines", test_signature_lines);
  g_test_add_func ("/docs/layout/keep-with-previous", test_keep_with_previous);
  g_test_add_func ("/docs/layout/threads", test_threads);

  return g_test_run ();
}

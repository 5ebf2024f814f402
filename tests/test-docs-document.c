/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "ld-document.h"
#include "ld-sample-letter.h"

static void
test_heading_labels (void)
{
  static const struct { int level; guint n; const char *label; } cases[] = {
    { 1, 1, "一、" }, { 1, 9, "九、" }, { 1, 10, "十、" }, { 1, 11, "十一、" },
    { 1, 20, "二十、" }, { 1, 21, "二十一、" }, { 1, 99, "九十九、" },
    { 2, 1, "（一）" }, { 2, 13, "（十三）" },
    { 3, 1, "1." }, { 3, 12, "12." },
    { 4, 2, "（2）" }, { 4, 10, "（10）" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *label = ld_format_heading_label (cases[i].level, cases[i].n);

      g_assert_cmpstr (label, ==, cases[i].label);
    }
}

static void
test_numbering_resets (void)
{
  g_autoptr(LdDocument) doc = ld_document_new ("标题");
  static const struct { int level; const char *label; } expected[] = {
    { 1, "一、" }, { 2, "（一）" }, { 2, "（二）" }, { 3, "1." }, { 4, "（1）" }, { 4, "（2）" },
    { 3, "2." }, { 4, "（1）" }, { 1, "二、" }, { 3, "1." }, { 2, "（一）" }, { 3, "1." },
    { 2, "" }, { 3, "2." },
  };
  guint heading = 0;

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      /* An unnumbered heading leaves the count where it was. */
      if (*expected[i].label == '\0')
        ld_document_add_unnumbered_heading (doc, expected[i].level, "要点");
      else
        ld_document_add_heading (doc, expected[i].level, "要点");
      ld_document_add_paragraph (doc, "正文。");
    }
  g_assert_cmpuint (ld_document_get_n_blocks (doc), ==, 2 * G_N_ELEMENTS (expected));
  for (guint i = 0; i < ld_document_get_n_blocks (doc); i++)
    {
      const LdBlock *block = ld_document_get_block (doc, i);

      if (block->kind != LD_BLOCK_HEADING)
        {
          g_assert_cmpint (block->kind, ==, LD_BLOCK_PARAGRAPH);
          g_assert_null (block->label);
          continue;
        }
      g_assert_cmpint (block->level, ==, expected[heading].level);
      g_assert_cmpstr (block->label, ==, expected[heading].label);
      g_assert_cmpstr (block->text, ==, "要点");
      heading++;
    }
  g_assert_cmpuint (heading, ==, G_N_ELEMENTS (expected));
}

static void
test_fields (void)
{
  g_autoptr(LdDocument) doc = ld_document_new ("  关于××的\n意见  ");
  g_autofree char *date = NULL;
  const LdBlock *block;

  /* Line breaks in single-line fields become spaces; blanks are trimmed. */
  g_assert_cmpstr (ld_document_get_title (doc), ==, "关于××的 意见");

  /* The engine writes the colon; a caller's own one is not doubled. */
  ld_document_set_addressee (doc, "××镇人民政府：");
  g_assert_cmpstr (ld_document_get_addressee (doc), ==, "××镇人民政府");
  ld_document_set_addressee (doc, "××镇人民政府:");
  g_assert_cmpstr (ld_document_get_addressee (doc), ==, "××镇人民政府");

  /* Empty optional parts are absent, not empty. */
  ld_document_set_number (doc, "  ");
  g_assert_null (ld_document_get_number (doc));
  ld_document_set_copy_to (doc, "");
  g_assert_null (ld_document_get_copy_to (doc));

  /* One paragraph per non-empty line. */
  ld_document_add_paragraph (doc, "第一段。\n\n  第二段。\n");
  g_assert_cmpuint (ld_document_get_n_blocks (doc), ==, 2);
  block = ld_document_get_block (doc, 1);
  g_assert_cmpstr (block->text, ==, "第二段。");

  /* Dates: Arabic numerals, no padding; invalid dates refused. */
  g_assert_null (ld_document_dup_date_text (doc));
  g_assert_true (ld_document_set_date (doc, 2026, 2, 3));
  date = ld_document_dup_date_text (doc);
  g_assert_cmpstr (date, ==, "2026年2月3日");
  g_assert_false (ld_document_set_date (doc, 2026, 2, 30));
  g_assert_false (ld_document_set_date (doc, 2026, 13, 1));
  g_clear_pointer (&date, g_free);
  date = ld_document_dup_date_text (doc);
  g_assert_cmpstr (date, ==, "2026年2月3日");
  g_assert_true (ld_document_set_date (doc, 0, 0, 0));
  g_assert_null (ld_document_dup_date_text (doc));

  g_assert_false (ld_document_set_printed_by (doc, "××办公室", 2026, 4, 31));
  g_assert_null (ld_document_get_printed_by (doc));

  ld_document_add_attachment (doc, "附件一");
  ld_document_add_attachment (doc, "  ");
  ld_document_add_attachment (doc, "附件二");
  g_assert_cmpuint (g_strv_length ((char **) ld_document_get_attachments (doc)), ==, 2);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
test_notify (void)
{
  g_autoptr(LdDocument) doc = ld_document_new ("标题");
  guint count = 0;

  g_signal_connect (doc, "notify::number", G_CALLBACK (count_cb), &count);
  ld_document_set_number (doc, "×法审〔2026〕1号");
  ld_document_set_number (doc, "×法审〔2026〕1号");
  g_assert_cmpuint (count, ==, 1);
  g_object_set (doc, "number", NULL, NULL);
  g_assert_cmpuint (count, ==, 2);
  g_assert_null (ld_document_get_number (doc));
}

static void
test_to_text (void)
{
  g_autoptr(LdDocument) doc = ld_document_new ("调解协议书");
  g_autofree char *text = NULL;
  const char *cells[] = { "姓名", "住址", "张三", NULL };

  ld_document_set_addressee (doc, "张三、李四");
  ld_document_add_heading (doc, 1, "纠纷事实");
  ld_document_add_table (doc, 2, 2, cells);
  ld_document_add_attachment (doc, "甲");
  ld_document_add_attachment (doc, "乙");
  ld_document_add_signatory (doc, "××人民调解委员会");
  ld_document_set_date (doc, 2026, 11, 25);
  ld_document_set_printed_by (doc, "××司法所", 2026, 11, 26);
  text = ld_document_to_text (doc);
  g_assert_cmpstr (text, ==,
                   "调解协议书\n"
                   "张三、李四：\n"
                   "一、纠纷事实\n"
                   "姓名\t住址\n"
                   "张三\t\n"
                   "附件：1.甲\n"
                   "2.乙\n"
                   "××人民调解委员会\n"
                   "2026年11月25日\n"
                   "××司法所\t2026年11月26日印发\n");
}

static void
test_sample_letter (void)
{
  for (int n = 1; n <= 20; n++)
    {
      g_autoptr(LdDocument) doc = ld_sample_letter_new ("××律师事务所", n);
      guint paragraphs = 0;
      int previous_level = 0;

      g_assert_nonnull (ld_document_get_title (doc));
      g_assert_nonnull (ld_document_get_number (doc));
      g_assert_nonnull (strstr (ld_document_get_number (doc), "〔2026〕"));
      g_assert_cmpstr (ld_document_get_signatories (doc)[0], ==, "××律师事务所");
      for (guint i = 0; i < ld_document_get_n_blocks (doc); i++)
        {
          const LdBlock *block = ld_document_get_block (doc, i);

          if (block->kind == LD_BLOCK_PARAGRAPH)
            paragraphs++;
          else
            {
              /* Never a level skipped on the way down, never a heading
               * without text under it. */
              g_assert_cmpint (block->level, <=, previous_level + 1);
              g_assert_cmpuint (i + 1, <, ld_document_get_n_blocks (doc));
              previous_level = block->level;
            }
        }
      g_assert_cmpuint (paragraphs, ==, (guint) n);
    }
}

/* Only the block added last keeps with the one before it. */
static void
test_keep_with_previous (void)
{
  g_autoptr(LdDocument) doc = ld_document_new ("标题");
  const char *cells[] = { "申请人：", "被申请人：" };

  ld_document_add_paragraph (doc, "正文。");
  ld_document_add_flush_paragraph (doc, "当事人签名：");
  ld_document_keep_with_previous (doc);
  ld_document_add_unruled_table (doc, 1, 2, cells);
  ld_document_keep_with_previous (doc);
  ld_document_add_paragraph (doc, "附言。");

  g_assert_false (ld_document_get_block (doc, 0)->keep_with_previous);
  g_assert_true (ld_document_get_block (doc, 1)->keep_with_previous);
  g_assert_true (ld_document_get_block (doc, 2)->keep_with_previous);
  g_assert_false (ld_document_get_block (doc, 3)->keep_with_previous);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/docs/document/heading-labels", test_heading_labels);
  g_test_add_func ("/docs/document/numbering-resets", test_numbering_resets);
  g_test_add_func ("/docs/document/fields", test_fields);
  g_test_add_func ("/docs/document/notify", test_notify);
  g_test_add_func ("/docs/document/to-text", test_to_text);
  g_test_add_func ("/docs/document/keep-with-previous", test_keep_with_previous);
  g_test_add_func ("/docs/document/sample-letter", test_sample_letter);

  return g_test_run ();
}

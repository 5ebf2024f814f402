/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "ld-chinese-date.h"
#include "ld-core-error.h"
#include "ld-doc-number.h"

static void
test_format (void)
{
  static const struct { int y, m, d; const char *chinese, *iso; } cases[] = {
    { 2026, 11, 25, "2026年11月25日", "2026-11-25" },
    { 2025, 7, 1, "2025年7月1日", "2025-07-01" },
    { 2028, 2, 29, "2028年2月29日", "2028-02-29" },
    { 999, 1, 9, "999年1月9日", "0999-01-09" },
  };

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) date = g_date_new_dmy (cases[i].d, cases[i].m, cases[i].y);
      g_autofree char *chinese = ld_chinese_date_format (date);
      g_autofree char *iso = ld_chinese_date_format_iso (date);

      g_assert_cmpstr (chinese, ==, cases[i].chinese);
      g_assert_cmpstr (iso, ==, cases[i].iso);
    }
}

static void
test_parse_valid (void)
{
  static const struct { const char *text; int y, m, d; } cases[] = {
    { "2026年11月25日", 2026, 11, 25 },
    { "2025年7月1日", 2025, 7, 1 },
    { "2025年07月01日", 2025, 7, 1 },
    { "2026-11-25", 2026, 11, 25 },
    { "2026-1-5", 2026, 1, 5 },
    { "2026/11/25", 2026, 11, 25 },
    { "2026.11.25", 2026, 11, 25 },
    { " 2026 年 11 月 25 日 ", 2026, 11, 25 },
    { "２０２６年１１月２５日", 2026, 11, 25 },
    { "２０２６－１１－２５", 2026, 11, 25 },
    { "2028-02-29", 2028, 2, 29 },
    { "2000年2月29日", 2000, 2, 29 },
  };

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      g_test_message ("%s", cases[i].text);
      g_assert_true (ld_chinese_date_parse (cases[i].text, &date, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_date_get_year (&date), ==, cases[i].y);
      g_assert_cmpint (g_date_get_month (&date), ==, cases[i].m);
      g_assert_cmpint (g_date_get_day (&date), ==, cases[i].d);
    }
}

static void
test_parse_invalid (void)
{
  static const struct { const char *text; int code; const char *message; } cases[] = {
    { "", LD_CORE_ERROR_MISSING, "Enter the date" },
    { "2026-02-30", LD_CORE_ERROR_INVALID, "The date 2026年2月30日 does not exist" },
    { "2026-13-01", LD_CORE_ERROR_INVALID, "The date 2026年13月1日 does not exist" },
    { "2026-00-10", LD_CORE_ERROR_INVALID, "The date 2026年0月10日 does not exist" },
    { "2027年2月29日", LD_CORE_ERROR_INVALID, "The date 2027年2月29日 does not exist" },
    { "1900-02-29", LD_CORE_ERROR_INVALID, "The date 1900年2月29日 does not exist" },
    { "2026-11", LD_CORE_ERROR_INVALID,
      "“2026-11” is not a date: write it like 2026年11月25日 or 2026-11-25" },
    { "2026-11/25", LD_CORE_ERROR_INVALID, NULL },
    { "2026年11月25", LD_CORE_ERROR_INVALID, NULL },
    { "26-11-25", LD_CORE_ERROR_INVALID, NULL },
    { "20261125", LD_CORE_ERROR_INVALID, NULL },
    { "2026-11-25x", LD_CORE_ERROR_INVALID, NULL },
    { "2026-111-25", LD_CORE_ERROR_INVALID, NULL },
    { "二〇二六年十一月二十五日", LD_CORE_ERROR_INVALID, NULL },
    { "tomorrow", LD_CORE_ERROR_INVALID, NULL },
  };

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      GDate date;

      g_test_message ("%s", cases[i].text);
      g_date_clear (&date, 1);
      g_assert_false (ld_chinese_date_parse (cases[i].text, &date, &error));
      g_assert_error (error, LD_CORE_ERROR, cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_false (g_date_valid (&date));
    }
}

static void
test_doc_number_format (void)
{
  g_autofree char *a = ld_doc_number_format ("×法审", 2026, 12);
  g_autofree char *b = ld_doc_number_format ("", 2025, 1);
  g_autofree char *c = ld_doc_number_format (NULL, 2025, 1000);

  g_assert_cmpstr (a, ==, "×法审\u30142026\u301512号");
  g_assert_cmpstr (a, ==, "×法审〔2026〕12号");
  g_assert_cmpstr (b, ==, "〔2025〕1号");
  g_assert_cmpstr (c, ==, "〔2025〕1000号");
}

static void
test_doc_number_parse (void)
{
  static const struct { const char *text; const char *prefix; int year, seq; } cases[] = {
    { "×法审〔2026〕12号", "×法审", 2026, 12 },
    { "×法审[2026]12号", "×法审", 2026, 12 },
    { "×法审［2026］12号", "×法审", 2026, 12 },
    { "×法审【2026】12号", "×法审", 2026, 12 },
    { "×法审（2026）12号", "×法审", 2026, 12 },
    { " 街道调〔2025〕 1号 ", "街道调", 2025, 1 },
    { "〔2025〕7号", "", 2025, 7 },
    { "某〔试〕字〔2026〕3号", "某〔试〕字", 2026, 3 },
  };
  static const struct { const char *text; int code; const char *message; } bad[] = {
    { "", LD_CORE_ERROR_MISSING, "Enter the document number" },
    { "×法审〔2026〕第12号", LD_CORE_ERROR_INVALID, "A document number has no 第 before the number" },
    { "×法审〔2026〕012号", LD_CORE_ERROR_INVALID,
      "The number in a document number has no leading zeros" },
    { "×法审〔26〕12号", LD_CORE_ERROR_INVALID,
      "The year in a document number has four digits, as in 〔2026〕" },
    { "×法审〔2026〕12", LD_CORE_ERROR_INVALID,
      "“×法审〔2026〕12” is not a document number: write it like ×法审〔2026〕12号" },
    { "×法审2026-12号", LD_CORE_ERROR_INVALID, NULL },
    { "×法审〔2026〕号", LD_CORE_ERROR_INVALID, NULL },
    { "×法审〔2026〕12号附", LD_CORE_ERROR_INVALID, NULL },
    { "×法审〔2026〕99999999999号", LD_CORE_ERROR_INVALID, NULL },
  };

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *prefix = NULL;
      g_autofree char *again = NULL;
      int year = 0, seq = 0;

      g_test_message ("%s", cases[i].text);
      g_assert_true (ld_doc_number_parse (cases[i].text, &prefix, &year, &seq, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (prefix, ==, cases[i].prefix);
      g_assert_cmpint (year, ==, cases[i].year);
      g_assert_cmpint (seq, ==, cases[i].seq);

      /* Formatting what was parsed gives the standard form. */
      again = ld_doc_number_format (prefix, year, seq);
      g_assert_true (ld_doc_number_parse (again, NULL, NULL, NULL, NULL));
      g_assert_nonnull (strstr (again, "〔"));
    }

  for (size_t i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      char *prefix = NULL;

      g_test_message ("%s", bad[i].text);
      g_assert_false (ld_doc_number_parse (bad[i].text, &prefix, NULL, NULL, &error));
      g_assert_error (error, LD_CORE_ERROR, bad[i].code);
      if (bad[i].message != NULL)
        g_assert_cmpstr (error->message, ==, bad[i].message);
      g_assert_null (prefix);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/chinese-date/format", test_format);
  g_test_add_func ("/core/chinese-date/parse-valid", test_parse_valid);
  g_test_add_func ("/core/chinese-date/parse-invalid", test_parse_invalid);
  g_test_add_func ("/core/doc-number/format", test_doc_number_format);
  g_test_add_func ("/core/doc-number/parse", test_doc_number_parse);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ld-core-error.h"
#include "ld-money.h"

static void
test_parse_valid (void)
{
  static const struct { const char *text; gint64 fen; } cases[] = {
    { "1234", 123400 },
    { "1,234.5", 123450 },
    { "1234.56", 123456 },
    { "¥1,234.56", 123456 },
    { "￥1,234.56", 123456 },
    { "１２３４", 123400 },
    { "１，２３４．５６", 123456 },
    { " 1234.56 ", 123456 },
    { "1234.56元", 123456 },
    { "0", 0 },
    { "0.01", 1 },
    { "0.5", 50 },
    { "007", 700 },
    { "1,000,000", 100000000 },
    { "9999999999999.99", G_GINT64_CONSTANT (999999999999999) },
    { "9,999,999,999,999.99", LD_MONEY_MAX_FEN },
    { "0009999999999999", G_GINT64_CONSTANT (999999999999900) },
  };

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = -1;

      g_test_message ("%s", cases[i].text);
      g_assert_true (ld_money_parse (cases[i].text, &fen, &error));
      g_assert_no_error (error);
      g_assert_cmpint (fen, ==, cases[i].fen);
    }
}

static void
test_parse_invalid (void)
{
  static const struct { const char *text; int code; const char *message; } cases[] = {
    { "", LD_CORE_ERROR_MISSING, "Enter the amount" },
    { "  ", LD_CORE_ERROR_MISSING, "Enter the amount" },
    { "¥", LD_CORE_ERROR_MISSING, "Enter the amount" },
    { "-5", LD_CORE_ERROR_OUT_OF_RANGE, "An amount cannot be negative" },
    { "－5", LD_CORE_ERROR_OUT_OF_RANGE, "An amount cannot be negative" },
    { "¥-1,234.56", LD_CORE_ERROR_OUT_OF_RANGE, "An amount cannot be negative" },
    { "1.234", LD_CORE_ERROR_INVALID, "An amount has at most two decimal places (fen)" },
    { "0.001", LD_CORE_ERROR_INVALID, "An amount has at most two decimal places (fen)" },
    { "10000000000000", LD_CORE_ERROR_OUT_OF_RANGE,
      "The amount is too large: the largest is 9,999,999,999,999.99" },
    { "99999999999999999999999999", LD_CORE_ERROR_OUT_OF_RANGE, NULL },
    { "abc", LD_CORE_ERROR_INVALID, "“abc” is not an amount: write it like 1,234.56" },
    { "12a", LD_CORE_ERROR_INVALID, NULL },
    { "1.2.3", LD_CORE_ERROR_INVALID, NULL },
    { "1234.", LD_CORE_ERROR_INVALID, NULL },
    { ".5", LD_CORE_ERROR_INVALID, NULL },
    { "1,23", LD_CORE_ERROR_INVALID, NULL },
    { "12,34,567", LD_CORE_ERROR_INVALID, NULL },
    { "1234,567", LD_CORE_ERROR_INVALID, NULL },
    { ",123", LD_CORE_ERROR_INVALID, NULL },
    { "1.5e3", LD_CORE_ERROR_INVALID, NULL },
    { "+5", LD_CORE_ERROR_INVALID, NULL },
    { "壹佰", LD_CORE_ERROR_INVALID, NULL },
  };

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 fen = -1;

      g_test_message ("%s", cases[i].text);
      g_assert_false (ld_money_parse (cases[i].text, &fen, &error));
      g_assert_error (error, LD_CORE_ERROR, cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpint (fen, ==, -1);
    }
}

static void
test_format (void)
{
  static const struct { gint64 fen; const char *text; } cases[] = {
    { 0, "0.00" },
    { 1, "0.01" },
    { 50, "0.50" },
    { 123456, "1,234.56" },
    { 100000, "1,000.00" },
    { 99999, "999.99" },
    { 10000000000, "100,000,000.00" },
    { LD_MONEY_MAX_FEN, "9,999,999,999,999.99" },
    { -123456, "-1,234.56" },
    { G_MININT64, "-92,233,720,368,547,758.08" },
  };

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = ld_money_format (cases[i].fen);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_capitals (void)
{
  static const struct { gint64 fen; const char *capitals; } cases[] = {
    /* Every row of DOMAIN.md 6.4 (the first form where two are allowed). */
    { 140950, "壹仟肆佰零玖元伍角" },
    { 600714, "陆仟零柒元壹角肆分" },
    { 168032, "壹仟陆佰捌拾元零叁角贰分" },
    { 10700053, "壹拾万柒仟元零伍角叁分" },
    { 1640902, "壹万陆仟肆佰零玖元零贰分" },
    { 32504, "叁佰贰拾伍元零肆分" },
    { 1000, "壹拾元整" },
    { 10000000100, "壹亿零壹元整" },
    { 350000007, "叁佰伍拾万元零柒分" },
    /* More edges. */
    { 0, "零元整" },
    { 1, "壹分" },
    { 50, "伍角" },
    { 55, "伍角伍分" },
    { 100, "壹元整" },
    { 1500, "壹拾伍元整" },
    { 10100, "壹佰零壹元整" },
    { 100100, "壹仟零壹元整" },
    { 1000000, "壹万元整" },
    { 1001000, "壹万零壹拾元整" },
    { 10000000, "壹拾万元整" },
    { 1000000000000, "壹佰亿元整" },
    { 1000010000000, "壹佰亿零壹拾万元整" },
    { 10000000001, "壹亿元零壹分" },
    { 120000000000, "壹拾贰亿元整" },
    { 1010500000, "壹仟零壹拾万伍仟元整" },
    { 100000000000000, "壹万亿元整" },
    { LD_MONEY_MAX_FEN, "玖万亿玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分" },
  };

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *capitals = ld_money_to_capitals (cases[i].fen);

      g_test_message ("%" G_GINT64_FORMAT, cases[i].fen);
      g_assert_cmpstr (capitals, ==, cases[i].capitals);
    }
}

static void
test_round_trip (void)
{
  static const char *const texts[] = { "1,409.50", "0.07", "3,500,000.07", "9,999,999,999,999.99" };

  for (size_t i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *formatted = NULL;
      gint64 fen;

      g_assert_true (ld_money_parse (texts[i], &fen, &error));
      g_assert_no_error (error);
      formatted = ld_money_format (fen);
      g_assert_cmpstr (formatted, ==, texts[i]);
    }
}

static void
test_inner_spaces (void)
{
  g_autoptr(GError) error = NULL;
  gint64 fen;

  g_assert_true (ld_money_parse ("1 000", &fen, &error));
  g_assert_no_error (error);
  g_assert_cmpint (fen, ==, 100000);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/money/parse-valid", test_parse_valid);
  g_test_add_func ("/core/money/parse-invalid", test_parse_invalid);
  g_test_add_func ("/core/money/format", test_format);
  g_test_add_func ("/core/money/capitals", test_capitals);
  g_test_add_func ("/core/money/round-trip", test_round_trip);
  g_test_add_func ("/core/money/inner-spaces", test_inner_spaces);

  return g_test_run ();
}

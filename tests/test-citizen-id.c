/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <string.h>

#include "ld-citizen-id.h"
#include "ld-core-error.h"

static GDate today;

static void
test_valid (void)
{
  static const struct
  {
    const char *text;
    const char *number;
    int year, month, day;
    gboolean male;
    gboolean legacy;
  } cases[] = {
    { "11010519491231002X", "11010519491231002X", 1949, 12, 31, FALSE, FALSE },
    { "11010519491231002x", "11010519491231002X", 1949, 12, 31, FALSE, FALSE },
    { " 110105 19491231 002X ", "11010519491231002X", 1949, 12, 31, FALSE, FALSE },
    { "１１０１０５１９４９１２３１００２Ｘ", "11010519491231002X", 1949, 12, 31, FALSE, FALSE },
    { "440524188001010014", "440524188001010014", 1880, 1, 1, TRUE, FALSE },
    { "320106200002291230", "320106200002291230", 2000, 2, 29, TRUE, FALSE },   /* 2000 is a leap year */
    { "110101202611250029", "110101202611250029", 2026, 11, 25, FALSE, FALSE }, /* born today */
    { "110105491231002", "110105491231002", 1949, 12, 31, FALSE, TRUE },
    { "110105800229003", "110105800229003", 1980, 2, 29, TRUE, TRUE },
  };

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      LdCitizenId id;

      g_test_message ("%s", cases[i].text);
      g_assert_true (ld_citizen_id_parse_at (cases[i].text, &today, &id, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (id.number, ==, cases[i].number);
      g_assert_cmpint (id.birth_year, ==, cases[i].year);
      g_assert_cmpint (id.birth_month, ==, cases[i].month);
      g_assert_cmpint (id.birth_day, ==, cases[i].day);
      g_assert_cmpint (id.male, ==, cases[i].male);
      g_assert_cmpint (id.legacy, ==, cases[i].legacy);
    }
}

static void
test_invalid (void)
{
  static const struct
  {
    const char *text;
    int code;
    const char *message;
  } cases[] = {
    { "110105194912310025", LD_CORE_ERROR_INVALID, "The check digit should be X, not 5" },
    { "440524188001010015", LD_CORE_ERROR_INVALID, "The check digit should be 4, not 5" },
    { "11010519491231002", LD_CORE_ERROR_INVALID,
      "A citizen ID number has 18 characters (or 15 for the old form); this one has 17" },
    { "11010519491231002X1", LD_CORE_ERROR_INVALID,
      "A citizen ID number has 18 characters (or 15 for the old form); this one has 19" },
    { "110101199902310015", LD_CORE_ERROR_INVALID, "The birth date 19990231 does not exist" },
    { "110101190002290011", LD_CORE_ERROR_INVALID, "The birth date 19000229 does not exist" },
    { "110101200102290015", LD_CORE_ERROR_INVALID, "The birth date 20010229 does not exist" },
    { "110101199913010018", LD_CORE_ERROR_INVALID, "The birth date 19991301 does not exist" },
    { "110101202611260016", LD_CORE_ERROR_INVALID, "The birth date 20261126 is in the future" },
    { "010105194912310026", LD_CORE_ERROR_INVALID,
      "The region code 010105 does not exist: region codes start with a digit from 1 to 8" },
    { "910105194912310029", LD_CORE_ERROR_INVALID,
      "The region code 910105 does not exist: region codes start with a digit from 1 to 8" },
    { "000000194912310027", LD_CORE_ERROR_INVALID,
      "The region code 000000 does not exist: region codes start with a digit from 1 to 8" },
    { "1101051949123100AX", LD_CORE_ERROR_INVALID,
      "A citizen ID number has only digits (and a final X); character 17 is “A”" },
    { "X1010519491231002X", LD_CORE_ERROR_INVALID,
      "A citizen ID number has only digits (and a final X); character 1 is “X”" },
    { "11010519491231002Y", LD_CORE_ERROR_INVALID,
      "The last character of a citizen ID number is a digit or X, not “Y”" },
    { "11010519491231002号", LD_CORE_ERROR_INVALID,
      "A citizen ID number has only digits (and a final X); character 18 is not one" },
    { "11010549123100X", LD_CORE_ERROR_INVALID,
      "A citizen ID number has only digits (and a final X); character 15 is “X”" },
    { "110105490231002", LD_CORE_ERROR_INVALID, "The birth date 19490231 does not exist" },
    { "110105000229002", LD_CORE_ERROR_INVALID, "The birth date 19000229 does not exist" },
    { "110105179912310015", LD_CORE_ERROR_INVALID, NULL },  /* before 1800 */
    { "", LD_CORE_ERROR_MISSING, "Enter the citizen ID number" },
    { "   ", LD_CORE_ERROR_MISSING, "Enter the citizen ID number" },
  };

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      LdCitizenId id = { "untouched", 1, 2, 3, FALSE, FALSE };

      g_test_message ("%s", cases[i].text);
      g_assert_false (ld_citizen_id_parse_at (cases[i].text, &today, &id, &error));
      g_assert_error (error, LD_CORE_ERROR, cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
      g_assert_cmpstr (id.number, ==, "untouched");
    }
}

static void
test_future_today (void)
{
  g_autoptr(GError) error = NULL;

  /* Against the real clock: 2099 is in the future, 1949 is not. */
  g_assert_false (ld_citizen_id_parse ("110101209912310015", NULL, &error));
  g_assert_error (error, LD_CORE_ERROR, LD_CORE_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The birth date 20991231 is in the future");
  g_clear_error (&error);

  g_assert_true (ld_citizen_id_parse ("11010519491231002X", NULL, &error));
  g_assert_no_error (error);
}

static void
test_check_digit (void)
{
  g_assert_cmpint (ld_citizen_id_compute_check ("11010519491231002"), ==, 'X');
  g_assert_cmpint (ld_citizen_id_compute_check ("44052418800101001"), ==, '4');
  g_assert_cmpint (ld_citizen_id_compute_check ("4405241880010100"), ==, '\0');
  g_assert_cmpint (ld_citizen_id_compute_check ("4405241880010100A"), ==, '\0');
  g_assert_nonnull (ld_citizen_id_get_legacy_note ());
}

static void
test_mask (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "11010519491231002X", "110105********002X" },
    { "440524188001010014", "440524********0014" },
    { "110105491231002", "110105*****1002" },
    { "12345", "*****" },
    { "", "" },
    { "１１０１０５１９４９１２３１００２Ｘ", NULL },
  };

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *masked = ld_citizen_id_mask (cases[i].in);

      if (cases[i].out != NULL)
        g_assert_cmpstr (masked, ==, cases[i].out);
      else
        {
          /* Non-ASCII input is hidden entirely, never cut inside a character. */
          g_assert_true (g_utf8_validate (masked, -1, NULL));
          g_assert_null (strpbrk (masked, "0123456789X"));
          g_assert_cmpuint (strspn (masked, "*"), ==, strlen (masked));
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, 25, G_DATE_NOVEMBER, 2026);

  g_test_add_func ("/core/citizen-id/valid", test_valid);
  g_test_add_func ("/core/citizen-id/invalid", test_invalid);
  g_test_add_func ("/core/citizen-id/future", test_future_today);
  g_test_add_func ("/core/citizen-id/check-digit", test_check_digit);
  g_test_add_func ("/core/citizen-id/mask", test_mask);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ld-credit-code.h"

static void
test_table (void)
{
  static const struct
  {
    const char        *text;
    LdCreditCodeStatus status;
    const char        *normalised;
    char               expected;
    const char        *message;
  } cases[] = {
    { "91512081MA62K0260E", LD_CREDIT_CODE_VALID, "91512081MA62K0260E", 'E', NULL },
    { "91512081ma62k0260e", LD_CREDIT_CODE_VALID, "91512081MA62K0260E", 'E', NULL },
    { " 9151 2081 MA62 K026 0E ", LD_CREDIT_CODE_VALID, "91512081MA62K0260E", 'E', NULL },
    { "９１５１２０８１ＭＡ６２Ｋ０２６０Ｅ", LD_CREDIT_CODE_VALID, "91512081MA62K0260E", 'E', NULL },
    /* DOMAIN.md 6.2 worked example: Σ = 1640, mod 31 = 28, check 3. */
    { "91350100M000100Y43", LD_CREDIT_CODE_VALID, "91350100M000100Y43", '3', NULL },
    { "91350100M000100Y4Z", LD_CREDIT_CODE_BAD_CHECK, "91350100M000100Y4Z", '3',
      "The check character should be 3, not Z: compare the code with the business licence" },
    { "91512081MA62K0260F", LD_CREDIT_CODE_BAD_CHECK, "91512081MA62K0260F", 'E',
      "The check character should be E, not F: compare the code with the business licence" },
    { "91110000600037341L", LD_CREDIT_CODE_VALID, "91110000600037341L", 'L', NULL },
    { "12100000400000624D", LD_CREDIT_CODE_VALID, "12100000400000624D", 'D', NULL },
    { "91512081MA62K0260", LD_CREDIT_CODE_MALFORMED, NULL, '\0',
      "A unified social credit code has 18 characters; this one has 17" },
    { "91512081MA62K0260EE", LD_CREDIT_CODE_MALFORMED, NULL, '\0',
      "A unified social credit code has 18 characters; this one has 19" },
    { "91512081MI62K0260E", LD_CREDIT_CODE_MALFORMED, NULL, '\0',
      "Character 10 of the unified social credit code is “I”, which such codes never use "
      "(they have no I, O, S, V or Z)" },
    { "9151208-MA62K0260E", LD_CREDIT_CODE_MALFORMED, NULL, '\0',
      "Character 8 of the unified social credit code is “-”; only digits and letters are allowed" },
    { "91512081MA62K0260-", LD_CREDIT_CODE_MALFORMED, NULL, '\0',
      "The last character of the unified social credit code is “-”; only digits and letters are allowed" },
    { "91512081MA62K0260号", LD_CREDIT_CODE_MALFORMED, NULL, '\0',
      "A unified social credit code has only digits and Latin letters; character 18 is not one" },
    { "", LD_CREDIT_CODE_MALFORMED, NULL, '\0', "Enter the unified social credit code" },
  };

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalised = NULL;
      g_autofree char *message = NULL;
      char expected = '?';
      LdCreditCodeStatus status;

      g_test_message ("%s", cases[i].text);
      status = ld_credit_code_validate (cases[i].text, &normalised, &expected, &message);
      g_assert_cmpint (status, ==, cases[i].status);
      g_assert_cmpstr (normalised, ==, cases[i].normalised);
      g_assert_cmpint (expected, ==, cases[i].expected);
      g_assert_cmpstr (message, ==, cases[i].message);

      /* Every out argument is optional. */
      g_assert_cmpint (ld_credit_code_validate (cases[i].text, NULL, NULL, NULL), ==, status);
    }
}

static void
test_compute (void)
{
  g_assert_cmpint (ld_credit_code_compute_check ("91512081MA62K0260"), ==, 'E');
  g_assert_cmpint (ld_credit_code_compute_check ("91350100M000100Y4"), ==, '3');
  g_assert_cmpint (ld_credit_code_compute_check ("91350100M000100Y"), ==, '\0');
  g_assert_cmpint (ld_credit_code_compute_check ("91350100O000100Y4"), ==, '\0');
}

static void
test_organization_code (void)
{
  /* DOMAIN.md 6.2: verified on MA62K0260. */
  g_assert_true (ld_credit_code_organization_code_ok ("91512081MA62K0260E"));
  g_assert_false (ld_credit_code_organization_code_ok ("91512081MA62K0250E"));
  g_assert_false (ld_credit_code_organization_code_ok ("91512081MA62K026"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/credit-code/table", test_table);
  g_test_add_func ("/core/credit-code/compute", test_compute);
  g_test_add_func ("/core/credit-code/organization-code", test_organization_code);

  return g_test_run ();
}

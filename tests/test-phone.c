/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ld-core-error.h"
#include "ld-phone.h"

static void
test_valid (void)
{
  static const struct
  {
    const char *text;
    const char *normalised;
    LdPhoneKind kind;
  } cases[] = {
    { "13812345678", "13812345678", LD_PHONE_MOBILE },
    { "138 1234 5678", "13812345678", LD_PHONE_MOBILE },
    { "138-1234-5678", "13812345678", LD_PHONE_MOBILE },
    { "+86 138 1234 5678", "13812345678", LD_PHONE_MOBILE },
    { "+8613812345678", "13812345678", LD_PHONE_MOBILE },
    { "008613812345678", "13812345678", LD_PHONE_MOBILE },
    { "8613812345678", "13812345678", LD_PHONE_MOBILE },
    { "１９２１２３４５６７８", "19212345678", LD_PHONE_MOBILE },
    { "  19912345678 ", "19912345678", LD_PHONE_MOBILE },
    { "010-12345678", "010-12345678", LD_PHONE_LANDLINE },
    { "01012345678", "010-12345678", LD_PHONE_LANDLINE },
    { "(010) 1234 5678", "010-12345678", LD_PHONE_LANDLINE },
    { "02887654321", "028-87654321", LD_PHONE_LANDLINE },
    { "0571-87654321", "0571-87654321", LD_PHONE_LANDLINE },
    { "057187654321", "0571-87654321", LD_PHONE_LANDLINE },
    { "0833-2345678", "0833-2345678", LD_PHONE_LANDLINE },
    { "08332345678", "0833-2345678", LD_PHONE_LANDLINE },
    { "+86 10 12345678", "010-12345678", LD_PHONE_LANDLINE },
    { "+86-571-87654321", "0571-87654321", LD_PHONE_LANDLINE },
  };

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalised = NULL;
      LdPhoneKind kind = 42;

      g_test_message ("%s", cases[i].text);
      normalised = ld_phone_normalize (cases[i].text, &kind, &error);
      g_assert_no_error (error);
      g_assert_cmpstr (normalised, ==, cases[i].normalised);
      g_assert_cmpint (kind, ==, cases[i].kind);
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
    { "", LD_CORE_ERROR_MISSING, "Enter the phone number" },
    { "  ", LD_CORE_ERROR_MISSING, "Enter the phone number" },
    { "12812345678", LD_CORE_ERROR_INVALID, "A mobile number starts with 13 to 19, not 12" },
    { "1381234567", LD_CORE_ERROR_INVALID, "A mobile number has 11 digits; this one has 10" },
    { "138123456789", LD_CORE_ERROR_INVALID, "A mobile number has 11 digits; this one has 12" },
    { "12345678", LD_CORE_ERROR_INVALID,
      "Add the area code to the landline number, e.g. 0571-87654321" },
    { "138abc45678", LD_CORE_ERROR_INVALID,
      "“138abc45678” is not a phone number: use only digits, spaces, dashes and a +86 prefix" },
    { "+1 415 555 0100", LD_CORE_ERROR_INVALID, "Only mainland numbers (+86) are accepted" },
    { "010-123456", LD_CORE_ERROR_INVALID,
      "After the area code 010 a landline number has 7 or 8 digits, not starting with 0" },
    { "010-123456789", LD_CORE_ERROR_INVALID,
      "After the area code 010 a landline number has 7 or 8 digits, not starting with 0" },
    { "0571-07654321", LD_CORE_ERROR_INVALID,
      "After the area code 0571 a landline number has 7 or 8 digits, not starting with 0" },
    { "13+812345678", LD_CORE_ERROR_INVALID, NULL },
    { "5", LD_CORE_ERROR_INVALID, NULL },
  };

  for (size_t i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *normalised = NULL;

      g_test_message ("%s", cases[i].text);
      normalised = ld_phone_normalize (cases[i].text, NULL, &error);
      g_assert_null (normalised);
      g_assert_error (error, LD_CORE_ERROR, cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/phone/valid", test_valid);
  g_test_add_func ("/core/phone/invalid", test_invalid);

  return g_test_run ();
}

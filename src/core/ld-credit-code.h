/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The outcome of checking a unified social credit code (统一社会信用代码,
 * GB 32100-2015). Real codes that fail the check character have been
 * reported, so BAD_CHECK is a warning the user may override, while
 * MALFORMED cannot be a code at all. */
typedef enum
{
  LD_CREDIT_CODE_VALID,
  LD_CREDIT_CODE_BAD_CHECK,
  LD_CREDIT_CODE_MALFORMED,
} LdCreditCodeStatus;

/* Checks @text (spaces, full-width and lower-case letters are accepted).
 * Every out argument may be NULL:
 * @out_normalised: the code in upper case without spaces (not for MALFORMED);
 * @out_expected_check: the check character the first 17 give ('\0' for MALFORMED);
 * @out_message: a translated sentence for BAD_CHECK and MALFORMED, NULL for VALID.
 * A final character outside the code's alphabet (e.g. Z) after 17 good ones
 * is reported as BAD_CHECK with the expected character. */
LdCreditCodeStatus ld_credit_code_validate (const char  *text,
                                            char       **out_normalised,
                                            char        *out_expected_check,
                                            char       **out_message);

/* The check character for the first 17 characters of @code, or '\0' if
 * they are not all in the alphabet "0123456789ABCDEFGHJKLMNPQRTUWXY". */
char               ld_credit_code_compute_check (const char *code);

/* The optional inner check: characters 9–17 form an organisation code
 * (组织机构代码, GB 11714) whose last character checks the 8 before it.
 * Returns FALSE for a normalised 18-character code where it does not hold. */
gboolean           ld_credit_code_organization_code_ok (const char *code);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  LD_PHONE_MOBILE,    /* 11 digits, 1[3-9]… */
  LD_PHONE_LANDLINE,  /* area code 0xx or 0xxx and 7–8 digits */
} LdPhoneKind;

/* Checks a mainland phone number and returns it normalised: a mobile as
 * "13812345678" and a landline as "010-12345678". Accepts a +86 / 0086
 * prefix, spaces, dashes, parentheses around the area code and full-width
 * digits. The area code of a landline typed without separators is read as
 * 3 digits for 010 and 02x and as 4 digits otherwise. Fails with
 * LD_CORE_ERROR_MISSING for empty text, else LD_CORE_ERROR_INVALID with a
 * translated sentence. @out_kind may be NULL. */
char *ld_phone_normalize (const char   *text,
                          LdPhoneKind  *out_kind,
                          GError      **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A citizen ID number (居民身份证号码, GB 11643-1999) taken apart.
 * @number is normalised: ASCII digits, a final upper-case X. */
typedef struct
{
  char     number[19];
  int      birth_year;
  int      birth_month;
  int      birth_day;
  gboolean male;      /* the sequence code is odd */
  gboolean legacy;    /* the old 15-digit form: no check digit, 19YY */
} LdCitizenId;

/* Validates @text (surrounding and inner spaces, full-width digits and a
 * lower-case x are accepted) and fills @out (may be NULL). Fails with
 * LD_CORE_ERROR_MISSING when @text is empty and LD_CORE_ERROR_INVALID with a
 * translated sentence that says exactly what is wrong otherwise. The birth
 * date may not be later than today. */
gboolean    ld_citizen_id_parse (const char   *text,
                                 LdCitizenId  *out,
                                 GError      **error);

/* As ld_citizen_id_parse(), with @today standing in for the current date. */
gboolean    ld_citizen_id_parse_at (const char   *text,
                                    const GDate  *today,
                                    LdCitizenId  *out,
                                    GError      **error);

/* The check digit ('0'–'9' or 'X') for the first 17 digits of @number,
 * or '\0' if they are not 17 ASCII digits. */
char        ld_citizen_id_compute_check (const char *number);

/* The note to show beside a valid legacy (15-digit) number. */
const char *ld_citizen_id_get_legacy_note (void);

/* The number for lists: the first 6 and last 4 characters, the rest "*",
 * e.g. "110105********002X". Shorter input is masked entirely. */
char       *ld_citizen_id_mask (const char *number);

G_END_DECLS

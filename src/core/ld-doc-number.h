/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A document number (发文字号, 文号) as GB/T 9704-2012 writes it:
 * 代字〔YYYY〕N号, e.g. "×法审〔2026〕12号": the year in the hexagonal
 * brackets U+3014/U+3015, no 第, no leading zeros. */
char    *ld_doc_number_format (const char *prefix,
                               int         year,
                               int         seq);

/* Parses a document number back. The wrong brackets people often type
 * ([ ], ［ ］, 【 】, ( ), （ ）) are accepted; 第, leading zeros, a year
 * that is not 4 digits and a missing 号 are refused with
 * LD_CORE_ERROR_INVALID (LD_CORE_ERROR_MISSING for empty text). The prefix
 * may be empty. Every out argument may be NULL. */
gboolean ld_doc_number_parse (const char  *text,
                              char       **out_prefix,
                              int         *out_year,
                              int         *out_seq,
                              GError     **error);

G_END_DECLS

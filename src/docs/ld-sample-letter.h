/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ld-document.h"

G_BEGIN_DECLS

/* A realistic 法律审查意见书 on a road works contract, issued by
 * @organisation, with @n_paragraphs body paragraphs (at least 1): 1 fits on
 * one page, 12 take four pages and more. Used by tests, the benchmark and as
 * an example of how a document kind's builder fills an LdDocument. */
LdDocument *ld_sample_letter_new (const char *organisation,
                                  int         n_paragraphs);

G_END_DECLS

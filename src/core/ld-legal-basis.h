/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The common legal bases of a contract review (DOMAIN.md 4.5), offered by
 * the findings editor as a picker beside the free-text basis. Static data:
 * the pointers stay valid for the life of the program. */
typedef struct
{
  const char *id;       /* stable, e.g. "civil_code_143" */
  const char *law;      /* the law's full name without book-title marks, e.g. "中华人民共和国民法典" */
  const char *article;  /* e.g. "第一百四十三条" */
  const char *summary;  /* the rule in a sentence or two, in Chinese */
} LdLegalBasis;

/* Every entry, in the picker's order (by law, then article); @out_n may be NULL. */
const LdLegalBasis *ld_legal_basis_get_all (unsigned *out_n);

/* The entry with @id, or NULL. */
const LdLegalBasis *ld_legal_basis_lookup (const char *id);

/* "《中华人民共和国民法典》第一百四十三条" */
char               *ld_legal_basis_format_citation (const LdLegalBasis *basis);

/* The citation followed by the rule, as a finding's basis text:
 * "《中华人民共和国民法典》第一百四十三条规定：……". */
char               *ld_legal_basis_format_with_summary (const LdLegalBasis *basis);

/* The entries whose law, article, summary or id contain every
 * space-separated word of @query (case-insensitive for Latin letters);
 * all of them for an empty query. Static pointers in the picker's order. */
GPtrArray          *ld_legal_basis_search (const char *query);

G_END_DECLS

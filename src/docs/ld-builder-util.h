/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ld-document.h"

G_BEGIN_DECLS

/* What every document builder (the opinion letter, the petition notices,
 * the mediation documents) does with a record that may still lack facts:
 * a draft shows what is still to be filled in, and carries the draft mark
 * until it is issued with a number. */

/* Shown where a document needs a fact the record does not hold yet. */
#define LD_BUILDER_TO_FILL "（待填写）"
/* The number of a document that has none yet. */
#define LD_BUILDER_DRAFT_MARK "（草稿）"

/* TRUE for NULL or text of white space only. */
gboolean    ld_builder_is_blank (const char *text);
/* @text, or LD_BUILDER_TO_FILL when it is blank. */
const char *ld_builder_or_to_fill (const char *text);
/* "2026年11月25日", or LD_BUILDER_TO_FILL for NULL or an invalid date. */
char       *ld_builder_format_date (const GDate *date);

/* Appends @text to @out trimmed, with a full stop unless it already ends
 * a sentence (a trailing comma or semicolon gives way to it), so that free
 * text typed without punctuation reads as a sentence; LD_BUILDER_TO_FILL
 * "。" when blank. */
void        ld_builder_append_sentence (GString    *out,
                                        const char *text);
/* @text trimmed and without the punctuation that ends a clause, or
 * LD_BUILDER_TO_FILL when blank: so that a fact typed as a sentence can
 * sit inside one of the document's. */
char       *ld_builder_clause (const char *text);

/* A new document titled @title with @number, or the draft mark when
 * @number is blank. */
LdDocument *ld_builder_new_document (const char *title,
                                     const char *number);
/* Dates the document @date (when valid; else it stays undated). */
void        ld_builder_set_date (LdDocument  *doc,
                                 const GDate *date);

G_END_DECLS

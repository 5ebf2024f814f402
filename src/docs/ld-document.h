/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define LD_TYPE_DOCUMENT (ld_document_get_type ())
G_DECLARE_FINAL_TYPE (LdDocument, ld_document, LD, DOCUMENT, GObject)

/* An official document (公文) as content, before layout: the builders of
 * each document kind fill one from a record, and ld_document_render_pdf()
 * lays it out per GB/T 9704-2012. Texts are plain UTF-8 without any GB/T
 * numbering or punctuation the engine adds itself (heading numbers, the
 * colon after the addressee, "附件：", "抄送：", dates). */

typedef enum
{
  LD_BLOCK_HEADING,    /* numbered heading, levels 1–4: 一、 （一） 1. （1） */
  LD_BLOCK_PARAGRAPH,  /* body paragraph with a two-character first-line indent */
  LD_BLOCK_TABLE,      /* simple table of text cells, ruled or not */
} LdBlockKind;

/* One block of the body, read-only. */
typedef struct
{
  LdBlockKind kind;
  int         level;       /* headings: 1–4 */
  char       *label;       /* headings: the number, e.g. "（二）", or "" if unnumbered; else NULL */
  char       *text;        /* headings and paragraphs */
  guint       n_rows;      /* tables */
  guint       n_columns;   /* tables */
  char      **cells;       /* tables: n_rows × n_columns strings, row by row */
  gboolean    flush;       /* paragraphs: no first-line indent */
  gboolean    unruled;     /* tables: no rules, 3号, cells flush left */
  gboolean    keep_with_previous; /* see ld_document_keep_with_previous() */
} LdBlock;

LdDocument    *ld_document_new              (const char *title);

const char    *ld_document_get_title        (LdDocument *self);
void           ld_document_set_title        (LdDocument *self,
                                             const char *title);
/* 文号, e.g. "×法审〔2026〕12号"; NULL or "" for none. */
const char    *ld_document_get_number       (LdDocument *self);
void           ld_document_set_number       (LdDocument *self,
                                             const char *number);
/* 主送机关 without the colon; NULL or "" for none. */
const char    *ld_document_get_addressee    (LdDocument *self);
void           ld_document_set_addressee    (LdDocument *self,
                                             const char *addressee);

/* Appends a heading at @level (1–4); the engine numbers it (一、 → （一） →
 * 1. → （1）), restarting the lower levels under each new parent. */
void           ld_document_add_heading      (LdDocument *self,
                                             int         level,
                                             const char *text);
/* Appends a heading in the font of @level but without a number, leaving
 * the numbering of the numbered headings as it is. */
void           ld_document_add_unnumbered_heading (LdDocument *self,
                                                   int         level,
                                                   const char *text);
/* Appends a body paragraph; a text with line breaks makes one paragraph
 * per non-empty line. */
void           ld_document_add_paragraph    (LdDocument *self,
                                             const char *text);
/* Appends a paragraph without the first-line indent, e.g. "当事人（签名）：". */
void           ld_document_add_flush_paragraph (LdDocument *self,
                                                const char *text);
/* Appends a ruled table; @cells holds @n_rows × @n_columns strings row by row
 * (NULL for an empty cell). The first row reads as the header. */
void           ld_document_add_table        (LdDocument         *self,
                                             guint               n_rows,
                                             guint               n_columns,
                                             const char * const *cells);
/* Appends a table without rules in the body size, cells flush left: for
 * the signature lines of several parties side by side. */
void           ld_document_add_unruled_table (LdDocument         *self,
                                              guint               n_rows,
                                              guint               n_columns,
                                              const char * const *cells);
/* Keeps the block added last on one page, and on the same page as what
 * comes before it: the end of a signature block (its lead paragraph, e.g.
 * "申请人签名、盖章或按指印：", and its unruled table of signature lines)
 * never starts a page alone. Where the chain of kept blocks does not fit,
 * the page breaks before it and carries the last two lines of the text
 * before the chain (a paragraph of up to three lines whole) along; the
 * 落款 and date that end the document always stay with the last block.
 * A chain longer than a page still breaks where the page fills. */
void           ld_document_keep_with_previous (LdDocument *self);
guint          ld_document_get_n_blocks     (LdDocument *self);
const LdBlock *ld_document_get_block        (LdDocument *self,
                                             guint       index);

/* 附件说明: attachment names, in order, without numbers or end punctuation. */
void           ld_document_add_attachment   (LdDocument *self,
                                             const char *name);
const char * const *ld_document_get_attachments (LdDocument *self);

/* 落款: the issuing organisation(s), one per call, and the date (成文日期). */
void           ld_document_add_signatory    (LdDocument *self,
                                             const char *organisation);
const char * const *ld_document_get_signatories (LdDocument *self);
/* Sets the date; 0 for @year clears it. Returns FALSE for an invalid date. */
gboolean       ld_document_set_date         (LdDocument *self,
                                             guint       year,
                                             guint       month,
                                             guint       day);
/* The date as printed, "2026年11月25日", or NULL when unset. */
char          *ld_document_dup_date_text    (LdDocument *self);

/* The seal (印章) as PNG bytes, drawn over the signature; NULL for none.
 * A document with a seal uses the sealed signature layout. */
void           ld_document_set_seal_png     (LdDocument *self,
                                             GBytes     *png);
GBytes        *ld_document_get_seal_png     (LdDocument *self);

/* 版记: 抄送 (copy-to organisations, as one text, e.g. "县司法局，县财政局")
 * and 印发 (the printing office and its date). NULL clears. */
void           ld_document_set_copy_to      (LdDocument *self,
                                             const char *copy_to);
const char    *ld_document_get_copy_to      (LdDocument *self);
gboolean       ld_document_set_printed_by   (LdDocument *self,
                                             const char *organisation,
                                             guint       year,
                                             guint       month,
                                             guint       day);
const char    *ld_document_get_printed_by   (LdDocument *self);
/* "2026年11月25日印发", or NULL. */
char          *ld_document_dup_printed_date_text (LdDocument *self);

/* Every text the PDF shows except page numbers, in reading order, one line
 * per element (table cells tab-separated): what extraction from the PDF
 * should give back, and what search indexes. */
char          *ld_document_to_text          (LdDocument *self);

/* "2026年11月25日" (GB/T 9704-2012: Arabic numerals, no padding). */
char          *ld_format_chinese_date       (guint       year,
                                             guint       month,
                                             guint       day);
/* The GB/T 9704 number of the @n-th heading (from 1) at @level:
 * "三、", "（三）", "3.", "（3）". */
char          *ld_format_heading_label      (int         level,
                                             guint       n);

G_END_DECLS

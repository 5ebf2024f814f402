/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every kind of document the office issues. Each kind has its own gapless
 * number sequence per year and its own 文号 prefix in the settings. */
typedef enum
{
  LD_DOCUMENT_KIND_SAMPLE,                 /* the engine's sample letter (tests, benchmarks) */
  LD_DOCUMENT_KIND_CONTRACT_OPINION,       /* 法律审查意见书 */
  LD_DOCUMENT_KIND_MEDIATION_APPLICATION,  /* 人民调解申请书 */
  LD_DOCUMENT_KIND_MEDIATION_RECORD,       /* 调解记录 */
  LD_DOCUMENT_KIND_MEDIATION_AGREEMENT,    /* 人民调解协议书 */
  LD_DOCUMENT_KIND_ADMIN_MEDIATION_AGREEMENT, /* 行政调解协议书: its own numbers */
  LD_DOCUMENT_KIND_PETITION_ACCEPTANCE,    /* 受理告知书 */
  LD_DOCUMENT_KIND_PETITION_NON_ACCEPTANCE,/* 不予受理告知书 */
  LD_DOCUMENT_KIND_PETITION_REPLY,         /* 信访事项处理意见书 */
  LD_N_DOCUMENT_KINDS
} LdDocumentKind;

/* Stable identifier used in the database and on the command line, e.g. "contract-opinion". */
const char *ld_document_kind_to_id (LdDocumentKind kind);
/* Returns FALSE when @id names no kind. */
gboolean    ld_document_kind_from_id (const char *id, LdDocumentKind *out_kind);
/* The Chinese name of the document, e.g. "法律审查意见书". */
const char *ld_document_kind_get_title (LdDocumentKind kind);
/* The 文号 prefix used until the organisation sets its own, e.g. "×法审". */
const char *ld_document_kind_get_default_prefix (LdDocumentKind kind);

G_END_DECLS

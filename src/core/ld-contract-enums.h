/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The enumerations of a contract review. Each value has a stable string id
 * (the value stored in the contract_reviews table, used on the command line
 * and as the GEnum nick), a translated label for the UI and, where the
 * opinion letter names it, the Chinese text the letter prints.
 *
 * _from_id() returns FALSE when @id names no value and leaves @out alone. */

typedef enum
{
  LD_CONTRACT_KIND_PROCUREMENT,       /* 采购 */
  LD_CONTRACT_KIND_LEASE,             /* 租赁 */
  LD_CONTRACT_KIND_CONSTRUCTION,      /* 建设工程 */
  LD_CONTRACT_KIND_SERVICE,           /* 服务 */
  LD_CONTRACT_KIND_SALE,              /* 买卖 */
  LD_CONTRACT_KIND_LOAN,              /* 借款 */
  LD_CONTRACT_KIND_COOPERATION,       /* 合作 / PPP */
  LD_CONTRACT_KIND_LAND_CONTRACTING,  /* 土地或集体资产承包 */
  LD_CONTRACT_KIND_OTHER,
  LD_N_CONTRACT_KINDS
} LdContractKind;

typedef enum
{
  LD_PROCUREMENT_METHOD_PUBLIC_TENDER,             /* 公开招标 */
  LD_PROCUREMENT_METHOD_INVITATION,                /* 邀请招标 */
  LD_PROCUREMENT_METHOD_COMPETITIVE_NEGOTIATION,   /* 竞争性谈判 */
  LD_PROCUREMENT_METHOD_COMPETITIVE_CONSULTATION,  /* 竞争性磋商 */
  LD_PROCUREMENT_METHOD_SINGLE_SOURCE,             /* 单一来源采购 */
  LD_PROCUREMENT_METHOD_INQUIRY,                   /* 询价 */
  LD_PROCUREMENT_METHOD_NOT_APPLICABLE,            /* 不适用 */
  LD_N_PROCUREMENT_METHODS
} LdProcurementMethod;

/* In workflow order (the order of status_rank in the table). */
typedef enum
{
  LD_CONTRACT_STATUS_RECEIVED,
  LD_CONTRACT_STATUS_UNDER_REVIEW,
  LD_CONTRACT_STATUS_RETURNED,        /* returned for supplementation */
  LD_CONTRACT_STATUS_OPINION_ISSUED,
  LD_CONTRACT_STATUS_SIGNED,
  LD_CONTRACT_STATUS_ARCHIVED,
  LD_N_CONTRACT_STATUSES
} LdContractStatus;

typedef enum
{
  LD_CONTRACT_CONCLUSION_NONE,                  /* not reached yet (id "") */
  LD_CONTRACT_CONCLUSION_AGREE,                 /* 同意签订 */
  LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION,  /* 修改后签订 */
  LD_CONTRACT_CONCLUSION_DO_NOT_SIGN,           /* 不同意签订（暂缓签订） */
  LD_N_CONTRACT_CONCLUSIONS
} LdContractConclusion;

GType       ld_contract_kind_get_type (void) G_GNUC_CONST;
#define LD_TYPE_CONTRACT_KIND (ld_contract_kind_get_type ())
const char *ld_contract_kind_to_id (LdContractKind kind);
gboolean    ld_contract_kind_from_id (const char *id, LdContractKind *out);
const char *ld_contract_kind_get_label (LdContractKind kind);
/* e.g. "采购合同", as the letter's basic facts name the kind. */
const char *ld_contract_kind_get_letter_text (LdContractKind kind);

GType       ld_procurement_method_get_type (void) G_GNUC_CONST;
#define LD_TYPE_PROCUREMENT_METHOD (ld_procurement_method_get_type ())
const char *ld_procurement_method_to_id (LdProcurementMethod method);
gboolean    ld_procurement_method_from_id (const char *id, LdProcurementMethod *out);
const char *ld_procurement_method_get_label (LdProcurementMethod method);
/* e.g. "公开招标"; "不适用" for NOT_APPLICABLE. */
const char *ld_procurement_method_get_letter_text (LdProcurementMethod method);

GType       ld_contract_status_get_type (void) G_GNUC_CONST;
#define LD_TYPE_CONTRACT_STATUS (ld_contract_status_get_type ())
const char *ld_contract_status_to_id (LdContractStatus status);
gboolean    ld_contract_status_from_id (const char *id, LdContractStatus *out);
const char *ld_contract_status_get_label (LdContractStatus status);

GType       ld_contract_conclusion_get_type (void) G_GNUC_CONST;
#define LD_TYPE_CONTRACT_CONCLUSION (ld_contract_conclusion_get_type ())
/* NONE has the id "" (the empty column); the others "agree",
 * "agree_after_revision", "do_not_sign". */
const char *ld_contract_conclusion_to_id (LdContractConclusion conclusion);
gboolean    ld_contract_conclusion_from_id (const char *id, LdContractConclusion *out);
const char *ld_contract_conclusion_get_label (LdContractConclusion conclusion);
/* The default wording of the letter's 审查结论 (DOMAIN.md 0; the
 * organisation may override the labels in its settings), "" for NONE. */
const char *ld_contract_conclusion_get_letter_text (LdContractConclusion conclusion);

G_END_DECLS

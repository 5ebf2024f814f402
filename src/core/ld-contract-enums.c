/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-contract-enums"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-contract-enums.h"
#include "ld-enum-util.h"

/* The ids are the GEnum nicks, so the store, the command line and
 * GObject property bindings all speak the same strings. */

G_DEFINE_ENUM_TYPE (LdContractKind, ld_contract_kind,
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_KIND_PROCUREMENT, "procurement"),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_KIND_LEASE, "lease"),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_KIND_CONSTRUCTION, "construction"),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_KIND_SERVICE, "service"),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_KIND_SALE, "sale"),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_KIND_LOAN, "loan"),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_KIND_COOPERATION, "cooperation"),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_KIND_LAND_CONTRACTING, "land_contracting"),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_KIND_OTHER, "other"))

G_DEFINE_ENUM_TYPE (LdProcurementMethod, ld_procurement_method,
  G_DEFINE_ENUM_VALUE (LD_PROCUREMENT_METHOD_PUBLIC_TENDER, "public_tender"),
  G_DEFINE_ENUM_VALUE (LD_PROCUREMENT_METHOD_INVITATION, "invitation"),
  G_DEFINE_ENUM_VALUE (LD_PROCUREMENT_METHOD_COMPETITIVE_NEGOTIATION, "competitive_negotiation"),
  G_DEFINE_ENUM_VALUE (LD_PROCUREMENT_METHOD_COMPETITIVE_CONSULTATION, "competitive_consultation"),
  G_DEFINE_ENUM_VALUE (LD_PROCUREMENT_METHOD_SINGLE_SOURCE, "single_source"),
  G_DEFINE_ENUM_VALUE (LD_PROCUREMENT_METHOD_INQUIRY, "inquiry"),
  G_DEFINE_ENUM_VALUE (LD_PROCUREMENT_METHOD_NOT_APPLICABLE, "not_applicable"))

G_DEFINE_ENUM_TYPE (LdContractStatus, ld_contract_status,
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_STATUS_RECEIVED, "received"),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_STATUS_UNDER_REVIEW, "under_review"),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_STATUS_RETURNED, "returned"),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_STATUS_OPINION_ISSUED, "opinion_issued"),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_STATUS_SIGNED, "signed"),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_STATUS_ARCHIVED, "archived"))

G_DEFINE_ENUM_TYPE (LdContractConclusion, ld_contract_conclusion,
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_CONCLUSION_NONE, ""),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_CONCLUSION_AGREE, "agree"),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION, "agree_after_revision"),
  G_DEFINE_ENUM_VALUE (LD_CONTRACT_CONCLUSION_DO_NOT_SIGN, "do_not_sign"))

static const LdEnumText kind_texts[LD_N_CONTRACT_KINDS] = {
  [LD_CONTRACT_KIND_PROCUREMENT] = { N_("Procurement"), "采购合同" },
  [LD_CONTRACT_KIND_LEASE] = { N_("Lease"), "租赁合同" },
  [LD_CONTRACT_KIND_CONSTRUCTION] = { N_("Construction"), "建设工程合同" },
  [LD_CONTRACT_KIND_SERVICE] = { N_("Services"), "服务合同" },
  [LD_CONTRACT_KIND_SALE] = { N_("Sale"), "买卖合同" },
  [LD_CONTRACT_KIND_LOAN] = { N_("Loan"), "借款合同" },
  [LD_CONTRACT_KIND_COOPERATION] = { N_("Cooperation or PPP"), "合作合同" },
  [LD_CONTRACT_KIND_LAND_CONTRACTING] = { N_("Land or collective asset contracting"), "承包合同" },
  [LD_CONTRACT_KIND_OTHER] = { N_("Other"), "其他合同" },
};

static const LdEnumText method_texts[LD_N_PROCUREMENT_METHODS] = {
  [LD_PROCUREMENT_METHOD_PUBLIC_TENDER] = { N_("Public tender"), "公开招标" },
  [LD_PROCUREMENT_METHOD_INVITATION] = { N_("Invitation to tender"), "邀请招标" },
  [LD_PROCUREMENT_METHOD_COMPETITIVE_NEGOTIATION] = { N_("Competitive negotiation"), "竞争性谈判" },
  [LD_PROCUREMENT_METHOD_COMPETITIVE_CONSULTATION] = { N_("Competitive consultation"), "竞争性磋商" },
  [LD_PROCUREMENT_METHOD_SINGLE_SOURCE] = { N_("Single source"), "单一来源采购" },
  [LD_PROCUREMENT_METHOD_INQUIRY] = { N_("Request for quotations"), "询价" },
  [LD_PROCUREMENT_METHOD_NOT_APPLICABLE] = { N_("Not applicable"), "不适用" },
};

static const LdEnumText status_texts[LD_N_CONTRACT_STATUSES] = {
  [LD_CONTRACT_STATUS_RECEIVED] = { N_("Received"), NULL },
  [LD_CONTRACT_STATUS_UNDER_REVIEW] = { N_("Under review"), NULL },
  [LD_CONTRACT_STATUS_RETURNED] = { N_("Returned for supplementation"), NULL },
  [LD_CONTRACT_STATUS_OPINION_ISSUED] = { N_("Opinion issued"), NULL },
  [LD_CONTRACT_STATUS_SIGNED] = { N_("Signed"), NULL },
  [LD_CONTRACT_STATUS_ARCHIVED] = { N_("Archived"), NULL },
};

static const LdEnumText conclusion_texts[LD_N_CONTRACT_CONCLUSIONS] = {
  [LD_CONTRACT_CONCLUSION_NONE] = { N_("No conclusion yet"), "" },
  [LD_CONTRACT_CONCLUSION_AGREE] = { N_("Agree to sign"), "同意签订" },
  [LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION] = { N_("Sign after revision"), "修改后签订" },
  [LD_CONTRACT_CONCLUSION_DO_NOT_SIGN] = { N_("Do not sign (postpone)"), "不同意签订（暂缓签订）" },
};

LD_DEFINE_ENUM_ID_FUNCS (LdContractKind, ld_contract_kind, LD_N_CONTRACT_KINDS)
LD_DEFINE_ENUM_TEXT_FUNCS (LdContractKind, ld_contract_kind, LD_N_CONTRACT_KINDS, kind_texts)
LD_DEFINE_ENUM_ID_FUNCS (LdProcurementMethod, ld_procurement_method, LD_N_PROCUREMENT_METHODS)
LD_DEFINE_ENUM_TEXT_FUNCS (LdProcurementMethod, ld_procurement_method, LD_N_PROCUREMENT_METHODS,
                           method_texts)
LD_DEFINE_ENUM_ID_FUNCS (LdContractStatus, ld_contract_status, LD_N_CONTRACT_STATUSES)
LD_DEFINE_ENUM_ID_FUNCS (LdContractConclusion, ld_contract_conclusion, LD_N_CONTRACT_CONCLUSIONS)
LD_DEFINE_ENUM_TEXT_FUNCS (LdContractConclusion, ld_contract_conclusion, LD_N_CONTRACT_CONCLUSIONS,
                           conclusion_texts)

/* No document prints a status, so it has a label only. */
const char *
ld_contract_status_get_label (LdContractStatus status)
{
  g_return_val_if_fail ((unsigned) status < LD_N_CONTRACT_STATUSES, NULL);
  return _(status_texts[status].label);
}

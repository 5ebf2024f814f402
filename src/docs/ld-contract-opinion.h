/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ld-contract-review.h"
#include "ld-document.h"
#include "ld-org-settings.h"

G_BEGIN_DECLS

/* Builds the 法律审查意见书 for @review per DOMAIN.md 4.4: title, 文号,
 * addressee (the submitting department), 一、合同基本情况 二、审查依据
 * 三、审查意见 (the findings of ld_contract_review_collect_letter_findings(),
 * problem → basis → revision) 四、审查结论 五、说明, then the legal office
 * (or the organisation) and the reviewer, @date and the seal of @settings.
 *
 * @number is the 文号 assigned at issue, e.g. "×法审〔2026〕12号"; NULL or ""
 * for a draft, which shows "（草稿）" in its place. @date NULL (or invalid)
 * leaves the date unset. Never fails for missing optional parts; missing
 * required parts are left visible as "（待填写）". Returns a new document. */
LdDocument *ld_contract_opinion_build (LdContractReview *review,
                                       LdOrgSettings    *settings,
                                       const char       *number,
                                       const GDate      *date);

G_END_DECLS

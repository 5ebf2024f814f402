/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ld-document.h"
#include "ld-org-settings.h"
#include "ld-petition.h"

G_BEGIN_DECLS

/* The written notices and the reply of a petition (信访工作条例 Art 23, 32,
 * 35), built with the document engine from the petition and its history.
 *
 * Common to all three: the addressee is the petitioner; @settings gives the
 * signing organisation and its seal (NULL leaves them to fill in); @number
 * is the 文号 assigned at issue, NULL or "" for a draft, which shows
 * "（草稿）" in its place; @date NULL (or invalid) leaves the date unset.
 * They never fail for missing facts: what is needed but not known shows
 * as "（待填写）". Each returns a new document. */

/* 信访事项受理告知书: the receipt (date and channel from the register
 * event), the decision to accept and the 60-day limit for the reply. */
LdDocument *ld_petition_acceptance_notice_build (LdPetition    *petition,
                                                 LdOrgSettings *settings,
                                                 const char    *number,
                                                 const GDate   *date);

/* 信访事项不予受理告知书: the receipt, the decision, the reason (the note of
 * the latest not-accept, divert or objection event) and, when the history
 * holds a divert event, the statutory route and the organ to go to (its
 * route and unit). */
LdDocument *ld_petition_non_acceptance_notice_build (LdPetition    *petition,
                                                     LdOrgSettings *settings,
                                                     const char    *number,
                                                     const GDate   *date);

/* 信访事项处理意见书: the petitioner (name, address, phone; not the ID
 * number), the receipt and the day of acceptance, then 一、信访事项 (content
 * and demands) 二、调查核实的事实与理由 (the notes of the investigation,
 * hearing and mediation events) 三、处理意见与法律依据 (the note of the latest
 * reply event) 四、处理结果 (its outcome), and the petitioner's right to ask
 * the organ one level up for a review (复查) within 30 days. */
LdDocument *ld_petition_reply_build (LdPetition    *petition,
                                     LdOrgSettings *settings,
                                     const char    *number,
                                     const GDate   *date);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ld-document.h"
#include "ld-mediation-case.h"
#include "ld-org-settings.h"

G_BEGIN_DECLS

/* The documents of a mediation case (DOMAIN.md 2.3), built with the
 * document engine. Common to all: @settings gives the organisation and its
 * seal (NULL leaves them to fill in); the committee is the case's
 * "committee" (for an administrative mediation else the organisation's
 * name; a people's one never falls back to the organisation, nor takes its
 * seal); @number is the 文号 assigned
 * at issue, NULL or "" for a draft, which shows "（草稿）" in its place;
 * the date is the case's own date of what the document records (the
 * application's, the session's, the day the agreement was reached), and
 * @date only where that is unset; both unset leave the date blank (ages
 * are then counted on today). They never fail for
 * missing facts: what is needed but not known shows as "（待填写）". These
 * documents legally carry the parties' citizen ID numbers in full. Each
 * returns a new document. */

/* 人民调解协议书 (行政调解协议书 for an administrative case), DOMAIN.md 2.1
 * Art 29 and 2.3 #8: the number; a block per party (applicants, then
 * respondents, each followed by its agents: name, gender, ethnicity, age or
 * birth date, occupation, ID number, address, phone; for an organisation
 * its credit code, representative and address); 纠纷主要事实、争议事项 (the
 * facts and the claims); "经调解，自愿达成如下协议：" and the numbered terms
 * each with its performance method and deadline; the place of performance;
 * the effect clause (binding from the parties' signatures, the mediator's
 * signature and the committee's seal; 司法确认 within 30 days for a
 * people's mediation); 一式N份; signature lines for every party, the
 * mediators and the recorder; the committee, its seal and the date. */
/* An oral agreement ("oral", Art 28, 30; DOMAIN.md 2.3 #8) gives the
 * 口头调解协议登记表 (行政调解口头协议登记表 for an administrative case)
 * instead: the number, the party blocks, the facts and claims, the terms
 * as above, the day it was reached and that it took effect then (口头协议
 * 自各方当事人达成协议之日起生效), the signature lines of the mediators
 * and the recorder, the committee and the date; no party signature
 * clause, no 一式N份 and no 司法确认. */
LdDocument *ld_mediation_docs_build_agreement (LdMediationCase *mcase,
                                               LdOrgSettings   *settings,
                                               const char      *number,
                                               const GDate     *date);

/* 人民调解申请书 (DOMAIN.md 2.3 #1): the party blocks, 纠纷简要情况 (facts),
 * 申请事项 (claims), the voluntary-application declaration and the
 * applicants' signature lines and date. */
LdDocument *ld_mediation_docs_build_application (LdMediationCase *mcase,
                                                 LdOrgSettings   *settings,
                                                 const char      *number,
                                                 const GDate     *date);

/* 调查记录 or 调解记录 (DOMAIN.md 2.3 #5, #7) of session @session_index
 * (an index into ld_mediation_case_get_sessions()): 时间, 地点, 事由 (the
 * case title), 当事人 (applicants and respondents), 委托代理人 (when any,
 * each with the party it acts for), 参加人, 记录人, the record text, and the
 * signature lines of the parties, the mediators (调查人, after a 被调查人
 * line, for an investigation) and the recorder. An index out of
 * range builds an empty record with every field "（待填写）". */
LdDocument *ld_mediation_docs_build_record (LdMediationCase *mcase,
                                            unsigned         session_index,
                                            LdOrgSettings   *settings,
                                            const char      *number,
                                            const GDate     *date);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ld-builder-util.h"
#include "ld-document.h"
#include "ld-mediation-case.h"
#include "ld-org-settings.h"

G_BEGIN_DECLS

/* What the builders of ld-mediation-docs.h share besides
 * ld-builder-util.h: the wording of the case's facts, the party blocks
 * and the signature lines. */

/* ld-mediation-doc-util.c */

/* A Chinese numeral for 0–99 counting before a measure word, as in
 * "一式三份": 两 for 2 ("一式两份"), else 一 … 九十九. */
char       *ld_mediation_doc_format_count (int n);

/* The body that mediates: the case's committee; for an administrative
 * mediation else the organisation of @settings (the organ itself);
 * else LD_BUILDER_TO_FILL (a people's mediation committee is never the
 * organisation). */
const char *ld_mediation_doc_get_committee (LdMediationCase *mcase,
                                            LdOrgSettings   *settings);
/* The day a document is dated: the case's own date of what it records
 * (@own: the application, the session, the agreement) when set, else
 * @given (which may be NULL). */
const GDate *ld_mediation_doc_pick_date (const GDate *own,
                                         const GDate *given);
/* @date when valid, else today: the day ages are counted on. */
void        ld_mediation_doc_reference_date (const GDate *date,
                                             GDate       *out);
/* 落款: the committee signs; the seal of @settings goes on only for an
 * administrative mediation whose mediating organ is the organisation
 * itself (a people's mediation committee has its own seal, which the
 * settings do not hold). */
void        ld_mediation_doc_sign (LdDocument      *doc,
                                   LdMediationCase *mcase,
                                   LdOrgSettings   *settings,
                                   const GDate     *date);
/* The names in the case's "mediators", in order (split at '、', '，',
 * ',' and spaces); an empty array when none. */
GStrv       ld_mediation_doc_split_mediators (LdMediationCase *mcase);
/* What the mediators are called on paper: "人民调解员" or "调解人员". */
const char *ld_mediation_doc_mediator_title (LdMediationCase *mcase);
/* The recorder of the latest mediation session (else of any session),
 * or "" when none is known. */
const char *ld_mediation_doc_latest_recorder (LdMediationCase *mcase);
/* Appends to @cells (strings owned by the array, two to a row) a row per
 * mediator ("人民调解员：王五") and one for the recorder ("记录人：赵六";
 * @recorder may be "" to sign by hand), headed @title ("调查人" for an
 * investigation) or the kind's own. */
void        ld_mediation_doc_append_mediator_cells (GPtrArray       *cells,
                                                    LdMediationCase *mcase,
                                                    const char      *title,
                                                    const char      *recorder);
/* The signature lines side by side: @lead as a flush paragraph, then
 * @cells (two to a row, padded with "") in one unruled table, an empty row
 * between rows to sign or press a fingerprint in. One table, so that the
 * parties', mediators' and recorder's lines share their columns. All of
 * it keeps with the end of the text before it (and with the 落款 and date
 * after it) on one page. */
void        ld_mediation_doc_add_signature_rows (LdDocument *doc,
                                                 const char *lead,
                                                 GPtrArray  *cells);

/* ld-mediation-party-block.c */

/* One paragraph per party (applicants, then respondents, each followed by
 * the agents acting for it), their ages counted on @on. A side without
 * any party shows as to be filled in. */
void        ld_mediation_doc_add_party_blocks (LdDocument      *doc,
                                               LdMediationCase *mcase,
                                               const GDate     *on);
/* "申请人张三、李四；被申请人青山村村民委员会": the parties (applicants and
 * respondents, not their agents) in one line, for a record's 当事人. */
char       *ld_mediation_doc_dup_party_line (LdMediationCase *mcase);
/* "王五（申请人张三的委托代理人）": the agents, each with the party it acts
 * for, in one line, for a record's 委托代理人; NULL when there is none. */
char       *ld_mediation_doc_dup_agent_line (LdMediationCase *mcase);
/* Appends to @cells (strings owned by the array, two to a row) the
 * signature lines of the parties: applicants on the left, respondents on
 * the right, each followed by its agents (an organisation by its
 * representative first); with @applicants_only, the applicants' side two
 * to a row. */
void        ld_mediation_doc_append_party_cells (GPtrArray       *cells,
                                                 LdMediationCase *mcase,
                                                 gboolean         applicants_only);

G_END_DECLS

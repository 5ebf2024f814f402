/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-docs"

#include "config.h"

#include "ld-chinese-date.h"
#include "ld-mediation-docs-private.h"
#include "ld-mediation-docs.h"

/* 人民调解协议书 / 行政调解协议书: what 人民调解法 Art 29 and the 司法部
 * template (DOMAIN.md 2.3 #8) ask for, in the template's order; for an
 * oral agreement (Art 28, 30) the 口头调解协议登记表 the mediator keeps
 * instead. */

static void
add_facts (LdDocument      *doc,
           LdMediationCase *mcase)
{
  g_autoptr(GString) text = g_string_new (NULL);

  ld_document_add_unnumbered_heading (doc, 1, "纠纷主要事实、争议事项");
  ld_builder_append_sentence (text, ld_mediation_case_get_facts (mcase));
  ld_document_add_paragraph (doc, text->str);

  g_string_assign (text, "争议事项：");
  ld_builder_append_sentence (text, ld_mediation_case_get_claims (mcase));
  ld_document_add_paragraph (doc, text->str);
}

/* @lead, then "1.…。履行方式：银行转账；履行期限：2026年12月31日前。" */
static void
add_terms (LdDocument           *doc,
           LdMediationAgreement *agreement,
           const char           *lead)
{
  unsigned n = ld_mediation_agreement_get_n_terms (agreement);
  const char *place = ld_mediation_agreement_get_place_of_performance (agreement);

  ld_document_add_paragraph (doc, lead);
  if (n == 0)
    ld_document_add_paragraph (doc, "1." LD_BUILDER_TO_FILL "。");
  for (unsigned i = 0; i < n; i++)
    {
      const LdMediationTerm *term = ld_mediation_agreement_get_term (agreement, i);
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree char *method = ld_builder_clause (term->method);

      g_string_printf (text, "%u.", i + 1);
      ld_builder_append_sentence (text, term->content);
      g_string_append_printf (text, "履行方式：%s；履行期限：", method);
      if (g_date_valid (&term->deadline))
        {
          g_autofree char *deadline = ld_chinese_date_format (&term->deadline);

          g_string_append_printf (text, "%s前。", deadline);
        }
      else
        g_string_append (text, LD_BUILDER_TO_FILL "。");
      ld_document_add_paragraph (doc, text->str);
    }

  if (!ld_builder_is_blank (place))
    {
      g_autofree char *where = ld_builder_clause (place);
      g_autofree char *text = g_strdup_printf ("履行地点：%s。", where);

      ld_document_add_paragraph (doc, text);
    }
}

/* When it binds (Art 29, 31) and, for a people's mediation, the road to
 * enforcement (Art 33: 司法确认 within 30 days). Whether an administrative
 * agreement can be confirmed is unsettled (DOMAIN.md 3), so it says
 * nothing of it. */
static void
add_effect (LdDocument      *doc,
            LdMediationCase *mcase,
            LdOrgSettings   *settings,
            int              copies)
{
  g_autofree char *count = copies >= 1 && copies <= 99 ? ld_mediation_doc_format_count (copies)
                                                       : g_strdup (LD_BUILDER_TO_FILL);
  g_autofree char *text = NULL;
  const char *committee = ld_mediation_doc_get_committee (mcase, settings);

  if (ld_mediation_case_get_kind (mcase) == LD_MEDIATION_KIND_ADMINISTRATIVE)
    {
      text = g_strdup_printf ("本协议自各方当事人签名、盖章或按指印，调解人员签名并加盖%s印章之日起生效。"
                              "当事人应当按照约定履行。",
                              committee);
      ld_document_add_paragraph (doc, text);
      g_clear_pointer (&text, g_free);
    }
  else
    {
      ld_document_add_paragraph (doc,
                                 "本协议自各方当事人签名、盖章或按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。"
                                 "经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。");
      ld_document_add_paragraph (doc,
                                 "双方当事人认为有必要的，可以自本协议生效之日起三十日内共同向人民法院申请司法确认。");
    }

  text = g_strdup_printf ("本协议一式%s份，当事人各执一份，%s存档一份。", count, committee);
  ld_document_add_paragraph (doc, text);
}

/* The parties, the mediators and the recorder sign (Art 29, 31). */
static void
add_signatures (LdDocument      *doc,
                LdMediationCase *mcase)
{
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *lead = g_strdup_printf ("当事人签名、盖章或按指印，%s、记录人签名：",
                                           ld_mediation_doc_mediator_title (mcase));

  ld_mediation_doc_append_party_cells (cells, mcase, FALSE);
  ld_mediation_doc_append_mediator_cells (cells, mcase, NULL, ld_mediation_doc_latest_recorder (mcase));
  ld_mediation_doc_add_signature_rows (doc, lead, cells);
}

/* 口头调解协议登记表: an oral agreement took effect when the parties
 * reached it (Art 30): no party signs it into force, no copies are handed
 * out, and there is no written agreement to bring to court. The mediators
 * and the recorder sign what they recorded. */
static void
add_oral_effect (LdDocument           *doc,
                 LdMediationCase      *mcase,
                 LdMediationAgreement *agreement)
{
  const GDate *reached = ld_mediation_agreement_get_reached_on (agreement);
  g_autofree char *when = ld_builder_format_date (reached);
  g_autofree char *text = g_strdup_printf ("各方当事人于%s达成上述口头协议。"
                                           "口头协议自各方当事人达成协议之日起生效。", when);

  ld_document_add_paragraph (doc, text);
  ld_document_add_paragraph (doc,
                             ld_mediation_case_get_kind (mcase) == LD_MEDIATION_KIND_ADMINISTRATIVE
                               ? "当事人应当按照约定履行。"
                               : "经人民调解委员会调解达成的调解协议，具有法律约束力，当事人应当按照约定履行。");
}

static LdDocument *
build_oral (LdMediationCase *mcase,
            LdOrgSettings   *settings,
            const char      *number,
            const GDate     *date)
{
  LdMediationAgreement *agreement = ld_mediation_case_get_agreement (mcase);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  g_autofree char *lead = NULL;
  LdDocument *doc;
  GDate on;

  title = ld_mediation_case_get_kind (mcase) == LD_MEDIATION_KIND_ADMINISTRATIVE
          ? g_strdup ("行政调解口头协议登记表") : g_strdup ("口头调解协议登记表");
  doc = ld_builder_new_document (title, number);

  ld_mediation_doc_reference_date (date, &on);
  ld_mediation_doc_add_party_blocks (doc, mcase, &on);
  add_facts (doc, mcase);
  add_terms (doc, agreement, "经调解，当事人自愿达成如下口头协议：");
  add_oral_effect (doc, mcase, agreement);

  lead = g_strdup_printf ("%s、记录人签名：", ld_mediation_doc_mediator_title (mcase));
  ld_mediation_doc_append_mediator_cells (cells, mcase, NULL, ld_mediation_doc_latest_recorder (mcase));
  ld_mediation_doc_add_signature_rows (doc, lead, cells);
  ld_mediation_doc_sign (doc, mcase, settings, date);
  return doc;
}

LdDocument *
ld_mediation_docs_build_agreement (LdMediationCase *mcase,
                                   LdOrgSettings   *settings,
                                   const char      *number,
                                   const GDate     *date)
{
  LdMediationAgreement *agreement;
  g_autofree char *title = NULL;
  LdDocument *doc;
  GDate on;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (mcase), NULL);
  g_return_val_if_fail (settings == NULL || LD_IS_ORG_SETTINGS (settings), NULL);

  agreement = ld_mediation_case_get_agreement (mcase);
  /* The parties sign on the day they agree. */
  date = ld_mediation_doc_pick_date (ld_mediation_agreement_get_reached_on (agreement), date);
  if (ld_mediation_agreement_get_oral (agreement))
    return build_oral (mcase, settings, number, date);
  title = g_strconcat (ld_mediation_kind_get_letter_text (ld_mediation_case_get_kind (mcase)),
                       "协议书", NULL);
  doc = ld_builder_new_document (title, number);

  ld_mediation_doc_reference_date (date, &on);
  ld_mediation_doc_add_party_blocks (doc, mcase, &on);
  add_facts (doc, mcase);
  add_terms (doc, agreement, "经调解，自愿达成如下协议：");
  add_effect (doc, mcase, settings, ld_mediation_agreement_get_copies (agreement));

  add_signatures (doc, mcase);
  ld_mediation_doc_sign (doc, mcase, settings, date);
  return doc;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-mediation-docs"

#include "config.h"

#include "ld-mediation-docs-private.h"
#include "ld-mediation-docs.h"

/* 人民调解申请书 / 行政调解申请书 (DOMAIN.md 2.3 #1): the applicants write
 * to the committee (or organ), so they sign it, not the committee. */

/* That the application is voluntary and the applicants know the
 * principles (人民调解法 Art 3, 4, 23): free, voluntary and no bar to the
 * other routes. */
static void
add_declaration (LdDocument      *doc,
                 LdMediationCase *mcase,
                 const char      *committee)
{
  g_autofree char *text = NULL;

  if (ld_mediation_case_get_kind (mcase) == LD_MEDIATION_KIND_ADMINISTRATIVE)
    text = g_strdup_printf ("申请人自愿申请%s对上述纠纷进行行政调解，愿意遵守调解程序，如实陈述纠纷事实。"
                            "申请人知悉：调解须经双方当事人同意，任何一方均可拒绝或者终止调解。",
                            committee);
  else
    text = g_strdup_printf ("申请人自愿申请%s对上述纠纷进行人民调解，愿意遵守调解程序，如实陈述纠纷事实。"
                            "申请人知悉：人民调解遵循自愿、平等、合法的原则，不收取任何费用，"
                            "不妨碍当事人依法通过仲裁、行政、司法等途径维护自己的权利。",
                            committee);
  ld_document_add_paragraph (doc, text);
}

LdDocument *
ld_mediation_docs_build_application (LdMediationCase *mcase,
                                     LdOrgSettings   *settings,
                                     const char      *number,
                                     const GDate     *date)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) signatures = NULL;
  g_autofree char *title = NULL;
  const char *committee;
  LdDocument *doc;
  GDate on;

  g_return_val_if_fail (LD_IS_MEDIATION_CASE (mcase), NULL);
  g_return_val_if_fail (settings == NULL || LD_IS_ORG_SETTINGS (settings), NULL);

  /* The application is dated the day it was made, whenever it is printed. */
  date = ld_mediation_doc_pick_date (ld_mediation_case_get_applied_on (mcase), date);
  title = g_strconcat (ld_mediation_kind_get_letter_text (ld_mediation_case_get_kind (mcase)),
                       "申请书", NULL);
  doc = ld_builder_new_document (title, number);
  committee = ld_mediation_doc_get_committee (mcase, settings);

  ld_mediation_doc_reference_date (date, &on);
  ld_mediation_doc_add_party_blocks (doc, mcase, &on);

  ld_document_add_unnumbered_heading (doc, 1, "纠纷简要情况");
  ld_builder_append_sentence (text, ld_mediation_case_get_facts (mcase));
  ld_document_add_paragraph (doc, text->str);

  ld_document_add_unnumbered_heading (doc, 1, "申请事项");
  g_string_truncate (text, 0);
  ld_builder_append_sentence (text, ld_mediation_case_get_claims (mcase));
  ld_document_add_paragraph (doc, text->str);

  add_declaration (doc, mcase, committee);
  /* 此致 and the committee close the letter: they go with its last lines
   * and with the signatures below them. */
  ld_document_add_paragraph (doc, "此致");
  ld_document_keep_with_previous (doc);
  ld_document_add_flush_paragraph (doc, committee);
  ld_document_keep_with_previous (doc);

  signatures = g_ptr_array_new_with_free_func (g_free);
  ld_mediation_doc_append_party_cells (signatures, mcase, TRUE);
  ld_mediation_doc_add_signature_rows (doc, "申请人签名、盖章或按指印：", signatures);
  ld_builder_set_date (doc, date);
  return doc;
}

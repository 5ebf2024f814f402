/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-contract-opinion"

#include "config.h"

#include "ld-contract-opinion.h"

#include <string.h>

#include "ld-builder-util.h"
#include "ld-chinese-date.h"
#include "ld-legal-basis.h"

#define CIVIL_CODE "《中华人民共和国民法典》"

static const char disclaimer[] =
  "本意见书仅依据你单位提供的送审材料作出，审查范围限于合同的合法性，不代替合同签订单位对合同涉及的"
  "商业、技术及财务事项所作的判断；送审材料不真实、不完整的，由送审单位承担相应责任。合同内容在本意见书"
  "出具后发生变更的，应当重新送审。";

/* Appends @text to @out trimmed, with a full stop unless it already ends a
 * sentence, so free text typed without punctuation reads as a sentence. */
static void
append_sentence (GString    *out,
                 const char *text)
{
  static const char *const endings[] = { "。", "！", "？", "；", "…", "”", ".", "!", "?", ";" };
  g_autofree char *trimmed = g_strstrip (g_strdup (text));

  if (*trimmed == '\0')
    return;
  g_string_append (out, trimmed);
  for (unsigned i = 0; i < G_N_ELEMENTS (endings); i++)
    if (g_str_has_suffix (trimmed, endings[i]))
      return;
  g_string_append (out, "。");
}

/* The contract's name inside the letter's own 《》: book-title marks the
 * user typed around it are dropped and those inside become 〈〉. */
static char *
contract_name (LdContractReview *review)
{
  g_autofree char *name = g_strstrip (g_strdup (ld_contract_review_get_title (review)));
  GString *out;
  size_t len = strlen (name);
  const char *start = name;

  if (g_str_has_prefix (name, "《") && g_str_has_suffix (name, "》") && len > 6)
    {
      name[len - 3] = '\0';
      start = name + 3;
    }
  if (ld_builder_is_blank (start))
    return g_strdup (LD_BUILDER_TO_FILL);

  out = g_string_new (start);
  g_string_replace (out, "《", "〈", 0);
  g_string_replace (out, "》", "〉", 0);
  return g_string_free (out, FALSE);
}

static void
add_opening (LdDocument       *doc,
             LdContractReview *review,
             const char       *name)
{
  g_autofree char *received = ld_builder_format_date (ld_contract_review_get_received_on (review));
  g_autofree char *text =
    g_strdup_printf ("你单位于%s送审的《%s》（以下简称“合同”）及相关材料收悉。经审查，现提出如下法律审查意见：",
                     received, name);

  ld_document_add_paragraph (doc, text);
}

static void
add_basic_facts (LdDocument       *doc,
                 LdContractReview *review,
                 const char       *name)
{
  g_autoptr(GString) parties = g_string_new (NULL);
  g_autoptr(GString) terms = g_string_new (NULL);
  g_autoptr(GString) intake = g_string_new (NULL);
  g_autoptr(GPtrArray) term_parts = g_ptr_array_new_with_free_func (g_free);
  LdContractKind kind = ld_contract_review_get_kind (review);
  LdProcurementMethod method = ld_contract_review_get_procurement_method (review);
  const char *counterparty = ld_builder_or_to_fill (ld_contract_review_get_counterparty_name (review));
  const char *code = ld_contract_review_get_counterparty_credit_code (review);
  const char *representative = ld_contract_review_get_counterparty_representative (review);
  const char *address = ld_contract_review_get_counterparty_address (review);
  const char *funding = ld_contract_review_get_funding_source (review);
  const char *handler = ld_contract_review_get_handler (review);
  const GDate *start = ld_contract_review_get_term_start (review);
  const GDate *end = ld_contract_review_get_term_end (review);
  g_autofree char *amount = ld_contract_review_format_amount_in_words (review);

  ld_document_add_heading (doc, 1, "合同基本情况");

  /* The contract and the parties. "Other" names no kind worth printing. */
  g_string_append_printf (parties, "送审合同为《%s》", name);
  if (kind != LD_CONTRACT_KIND_OTHER)
    g_string_append_printf (parties, "，属%s", ld_contract_kind_get_letter_text (kind));
  g_string_append_printf (parties, "，合同相对方为%s", counterparty);
  if (!ld_builder_is_blank (code))
    g_string_append_printf (parties, "，统一社会信用代码为%s", code);
  if (!ld_builder_is_blank (representative))
    g_string_append_printf (parties, "，法定代表人为%s", representative);
  if (!ld_builder_is_blank (address))
    g_string_append_printf (parties, "，住所为%s", address);
  g_string_append (parties, "。");
  ld_document_add_paragraph (doc, parties->str);

  /* Amount, term, funding and procurement: only what the review states,
   * except an amount typed but unreadable, which must be corrected. */
  if (amount != NULL)
    g_ptr_array_add (term_parts, g_strdup_printf ("合同金额为%s", amount));
  else if (!ld_builder_is_blank (ld_contract_review_get_amount_text (review)))
    g_ptr_array_add (term_parts, g_strdup ("合同金额为" LD_BUILDER_TO_FILL));
  if (start != NULL || end != NULL)
    {
      g_autofree char *from = start != NULL ? ld_chinese_date_format (start) : NULL;
      g_autofree char *to = end != NULL ? ld_chinese_date_format (end) : NULL;

      if (from != NULL && to != NULL)
        g_ptr_array_add (term_parts, g_strdup_printf ("履行期限自%s至%s", from, to));
      else if (from != NULL)
        g_ptr_array_add (term_parts, g_strdup_printf ("履行期限自%s起", from));
      else
        g_ptr_array_add (term_parts, g_strdup_printf ("履行期限至%s止", to));
    }
  if (!ld_builder_is_blank (funding))
    g_ptr_array_add (term_parts, g_strdup_printf ("资金来源为%s", funding));
  if (method != LD_PROCUREMENT_METHOD_NOT_APPLICABLE)
    g_ptr_array_add (term_parts, g_strdup_printf ("采购方式为%s",
                                                  ld_procurement_method_get_letter_text (method)));
  if (term_parts->len > 0)
    {
      g_autofree char *joined = NULL;

      g_ptr_array_add (term_parts, NULL);
      joined = g_strjoinv ("，", (char **) term_parts->pdata);
      g_string_append_printf (terms, "%s。", joined);
      ld_document_add_paragraph (doc, terms->str);
    }

  g_string_append_printf (intake, "送审单位为%s",
                          ld_builder_or_to_fill (ld_contract_review_get_submitting_department (review)));
  if (!ld_builder_is_blank (handler))
    g_string_append_printf (intake, "，经办人为%s", handler);
  g_string_append (intake, "。");
  ld_document_add_paragraph (doc, intake->str);
}

/* A known law's short name ("民法典") as its full name, so that one law is
 * cited once however the findings name it. */
static char *
normalise_law (const char *title)
{
  g_autofree char *full = g_strconcat ("中华人民共和国", title, NULL);
  const LdLegalBasis *all;
  unsigned n;

  if (!g_str_has_prefix (title, "中华人民共和国"))
    {
      all = ld_legal_basis_get_all (&n);
      for (unsigned i = 0; i < n; i++)
        if (g_str_equal (all[i].law, full))
          return g_strdup_printf ("《%s》", full);
    }
  return g_strdup_printf ("《%s》", title);
}

/* Adds to @laws every 《…》 title cited in @basis, in order, once. */
static void
collect_laws (GPtrArray  *laws,
              const char *basis)
{
  const char *p = basis;

  while ((p = strstr (p, "《")) != NULL)
    {
      const char *start = p + strlen ("《");
      const char *q = start;
      int depth = 1;

      /* Nested 《》 (rare; 〈〉 is the usual inner mark) close together. */
      while (*q != '\0' && depth > 0)
        {
          if (g_str_has_prefix (q, "《"))
            depth++;
          else if (g_str_has_prefix (q, "》"))
            depth--;
          if (depth > 0)
            q = g_utf8_next_char (q);
        }
      if (*q == '\0')
        return;
      if (q > start)
        {
          g_autofree char *title = g_strndup (start, q - start);
          g_autofree char *law = normalise_law (title);

          if (!g_ptr_array_find_with_equal_func (laws, law, g_str_equal, NULL))
            g_ptr_array_add (laws, g_steal_pointer (&law));
        }
      p = q + strlen ("》");
    }
}

static void
add_review_basis (LdDocument       *doc,
                  LdContractReview *review,
                  GPtrArray        *findings)
{
  g_autoptr(GPtrArray) laws = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) reviewed = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new ("本次审查依据");
  LdReviewChecklist *checklist = ld_contract_review_get_checklist (review);
  const LdChecklistPoint *points;
  unsigned n_points;

  /* The Civil Code governs every contract, cited or not. */
  g_ptr_array_add (laws, g_strdup (CIVIL_CODE));
  for (unsigned i = 0; i < findings->len; i++)
    collect_laws (laws, ld_review_finding_get_basis (g_ptr_array_index (findings, i)));

  for (unsigned i = 0; i < laws->len; i++)
    g_string_append (text, g_ptr_array_index (laws, i));
  g_string_append (text, "等法律法规的规定，对送审合同文本及相关材料进行了合法性审查");

  /* What was reviewed: the checklist points actually checked. */
  points = ld_review_checklist_get_points (&n_points);
  for (unsigned i = 0; i < n_points; i++)
    {
      LdCheckResult result = ld_review_checklist_get_result (checklist, points[i].id);

      if (result == LD_CHECK_RESULT_PASS || result == LD_CHECK_RESULT_PROBLEM)
        g_ptr_array_add (reviewed, (gpointer) points[i].title);
    }
  if (reviewed->len > 0)
    {
      g_string_append (text, "，重点审查了合同的");
      for (unsigned i = 0; i < reviewed->len; i++)
        g_string_append_printf (text, "%s%s", i > 0 ? "、" : "",
                                (const char *) g_ptr_array_index (reviewed, i));
      g_string_append (text, "等内容");
    }
  g_string_append (text, "。");

  ld_document_add_heading (doc, 1, "审查依据");
  ld_document_add_paragraph (doc, text->str);
}

/* The heading of a finding: the clause it concerns, else the checklist
 * point it came from. */
static char *
finding_heading (LdReviewFinding *finding)
{
  g_autofree char *clause = g_strstrip (g_strdup (ld_review_finding_get_clause (finding)));
  const LdChecklistPoint *point =
    ld_review_checklist_lookup_point (ld_review_finding_get_checklist_point (finding));

  if (*clause != '\0')
    return g_strdup_printf ("关于%s%s", g_str_has_prefix (clause, "合同") ? "" : "合同", clause);
  if (point != NULL)
    return g_strdup_printf ("关于%s", point->title);
  return g_strdup ("关于其他问题");
}

static void
add_labelled (LdDocument *doc,
              const char *label,
              const char *text)
{
  g_autoptr(GString) out = g_string_new (label);

  if (ld_builder_is_blank (text))
    return;
  append_sentence (out, text);
  ld_document_add_paragraph (doc, out->str);
}

static void
add_findings (LdDocument *doc,
              GPtrArray  *findings)
{
  ld_document_add_heading (doc, 1, "审查意见");
  if (findings->len == 0)
    {
      ld_document_add_paragraph (doc, "经审查，未发现需要修改的问题。");
      return;
    }

  for (unsigned i = 0; i < findings->len; i++)
    {
      LdReviewFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *heading = finding_heading (finding);

      ld_document_add_heading (doc, 2, heading);
      add_labelled (doc, "存在问题：", ld_review_finding_get_problem (finding));
      add_labelled (doc, "法律依据：", ld_review_finding_get_basis (finding));
      add_labelled (doc, "修改建议：", ld_review_finding_get_suggestion (finding));
    }
}

static void
add_conclusion (LdDocument       *doc,
                LdContractReview *review)
{
  LdContractConclusion conclusion = ld_contract_review_get_conclusion (review);
  const char *reasons = ld_contract_review_get_conclusion_reasons (review);
  g_autoptr(GString) text = g_string_new ("综上，");

  ld_document_add_heading (doc, 1, "审查结论");
  if (!ld_builder_is_blank (reasons))
    append_sentence (text, reasons);
  g_string_append_printf (text, "审查结论为：%s。",
                          conclusion == LD_CONTRACT_CONCLUSION_NONE
                          ? LD_BUILDER_TO_FILL : ld_contract_conclusion_get_letter_text (conclusion));
  switch (conclusion)
    {
    case LD_CONTRACT_CONCLUSION_AGREE:
      g_string_append (text, "请你单位按规定程序签订。");
      break;
    case LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION:
      g_string_append (text, "请你单位按照上述意见修改完善后再行签订。");
      break;
    case LD_CONTRACT_CONCLUSION_DO_NOT_SIGN:
      g_string_append (text, "请你单位在上述问题解决后重新送审。");
      break;
    case LD_CONTRACT_CONCLUSION_NONE:
    case LD_N_CONTRACT_CONCLUSIONS:
    default:
      break;
    }
  ld_document_add_paragraph (doc, text->str);
}

static void
add_signature (LdDocument       *doc,
               LdContractReview *review,
               LdOrgSettings    *settings,
               const GDate      *date)
{
  const char *office = settings != NULL ? ld_org_settings_get_legal_office_name (settings) : NULL;
  g_autofree char *reviewer = NULL;
  GBytes *seal;

  if (ld_builder_is_blank (office) && settings != NULL)
    office = ld_org_settings_get_organisation_name (settings);
  ld_document_add_signatory (doc, ld_builder_or_to_fill (office));
  reviewer = g_strconcat ("审查人：", ld_builder_or_to_fill (ld_contract_review_get_reviewer (review)), NULL);
  ld_document_add_signatory (doc, reviewer);

  ld_builder_set_date (doc, date);

  seal = settings != NULL ? ld_org_settings_get_seal_png (settings) : NULL;
  if (seal != NULL)
    ld_document_set_seal_png (doc, seal);
}

LdDocument *
ld_contract_opinion_build (LdContractReview *review,
                           LdOrgSettings    *settings,
                           const char       *number,
                           const GDate      *date)
{
  g_autoptr(GPtrArray) findings = NULL;
  g_autofree char *name = NULL;
  g_autofree char *title = NULL;
  LdDocument *doc;

  g_return_val_if_fail (LD_IS_CONTRACT_REVIEW (review), NULL);
  g_return_val_if_fail (settings == NULL || LD_IS_ORG_SETTINGS (settings), NULL);

  name = contract_name (review);
  title = g_strdup_printf ("关于《%s》的法律审查意见书", name);
  doc = ld_builder_new_document (title, number);
  ld_document_set_addressee (doc, ld_builder_or_to_fill (ld_contract_review_get_submitting_department (review)));

  findings = ld_contract_review_collect_letter_findings (review);

  add_opening (doc, review, name);
  add_basic_facts (doc, review, name);
  add_review_basis (doc, review, findings);
  add_findings (doc, findings);
  add_conclusion (doc, review);
  ld_document_add_heading (doc, 1, "说明");
  ld_document_add_paragraph (doc, disclaimer);
  add_signature (doc, review, settings, date);

  return doc;
}

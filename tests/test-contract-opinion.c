/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "ld-contract-opinion.h"
#include "test-docs-util.h"

#define OFFICE "青山镇人民政府法制办公室"
#define NUMBER "×法审〔2026〕12号"

/* A complete review: the facts, two checklist problems and one finding
 * written by hand. */
static LdContractReview *
make_review (void)
{
  LdContractReview *review = ld_contract_review_new ();
  LdReviewChecklist *checklist = ld_contract_review_get_checklist (review);
  g_autoptr(GDate) received = make_date (2026, 11, 20);
  g_autoptr(GDate) start = make_date (2026, 12, 1);
  g_autoptr(GDate) end = make_date (2027, 5, 31);
  g_autoptr(LdReviewFinding) finding = NULL;

  ld_contract_review_set_title (review, "青山镇农贸市场改造工程施工合同");
  ld_contract_review_set_kind (review, LD_CONTRACT_KIND_CONSTRUCTION);
  ld_contract_review_set_submitting_department (review, "青山镇城乡建设办公室");
  ld_contract_review_set_handler (review, "王强");
  ld_contract_review_set_counterparty_name (review, "青山建设工程有限公司");
  ld_contract_review_set_counterparty_credit_code (review, "91512081MA62K0260E");
  ld_contract_review_set_counterparty_representative (review, "赵刚");
  ld_contract_review_set_amount_fen (review, 10000000);
  ld_contract_review_set_term_start (review, start);
  ld_contract_review_set_term_end (review, end);
  ld_contract_review_set_funding_source (review, "镇级财政资金");
  ld_contract_review_set_procurement_method (review, LD_PROCUREMENT_METHOD_PUBLIC_TENDER);
  ld_contract_review_set_received_on (review, received);
  ld_contract_review_set_reviewer (review, "张敏");

  g_assert_true (ld_review_checklist_set (checklist, "standing", LD_CHECK_RESULT_PASS, NULL));
  g_assert_true (ld_review_checklist_set (checklist, "disputes", LD_CHECK_RESULT_PROBLEM,
                                          "合同第二十二条同时约定仲裁和诉讼"));
  g_assert_true (ld_review_checklist_set (checklist, "price_payment", LD_CHECK_RESULT_PROBLEM,
                                          "合同约定工程款在审计结束后支付，未约定审计期限"));

  finding = ld_review_finding_new ("第十八条",
                                   "仅约定承包人逾期竣工的违约金，未约定发包人逾期付款的责任",
                                   "增加发包人逾期支付工程款应支付逾期利息的约定",
                                   "《中华人民共和国招标投标法》第四十六条");
  ld_contract_review_append_finding (review, finding);

  ld_contract_review_set_conclusion (review, LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION);
  ld_contract_review_set_conclusion_reasons (review, "合同主体适格，但付款、争议解决和违约责任条款存在问题");
  return review;
}

static LdOrgSettings *
make_settings (void)
{
  LdOrgSettings *settings = ld_org_settings_new ();

  ld_org_settings_set_organisation_name (settings, "青山镇人民政府");
  ld_org_settings_set_legal_office_name (settings, OFFICE);
  return settings;
}

static char *
build_text (LdContractReview *review,
            LdOrgSettings    *settings,
            const char       *number)
{
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  g_autoptr(LdDocument) doc = ld_contract_opinion_build (review, settings, number, date);

  g_assert_nonnull (doc);
  return ld_document_to_text (doc);
}

static const char * const letter_in_order[] = {
  "关于《青山镇农贸市场改造工程施工合同》的法律审查意见书",
  NUMBER,
  "青山镇城乡建设办公室：",
  "你单位于2026年11月20日送审的《青山镇农贸市场改造工程施工合同》",
  "一、合同基本情况",
  "建设工程合同",
  "青山建设工程有限公司",
  "91512081MA62K0260E",
  "赵刚",
  "人民币壹拾万元整（¥100,000.00）",
  "自2026年12月1日至2027年5月31日",
  "镇级财政资金",
  "公开招标",
  "经办人为王强",
  "二、审查依据",
  "《中华人民共和国民法典》《保障中小企业款项支付条例》《中华人民共和国招标投标法》",
  "三、审查意见",
  /* Checklist problems in checklist order, then the written finding. */
  "（一）关于价款与支付",
  "存在问题：合同约定工程款在审计结束后支付，未约定审计期限。",
  "法律依据：《保障中小企业款项支付条例》",
  "（二）关于争议解决",
  "存在问题：合同第二十二条同时约定仲裁和诉讼。",
  "法律依据：《中华人民共和国民法典》第五百零七条",
  "（三）关于合同第十八条",
  "存在问题：仅约定承包人逾期竣工的违约金，未约定发包人逾期付款的责任。",
  "法律依据：《中华人民共和国招标投标法》第四十六条。",
  "修改建议：增加发包人逾期支付工程款应支付逾期利息的约定。",
  "四、审查结论",
  "合同主体适格，但付款、争议解决和违约责任条款存在问题。",
  "审查结论为：修改后签订。",
  "五、说明",
  "本意见书仅依据你单位提供的送审材料作出",
  "不代替合同签订单位对合同涉及的商业、技术及财务事项所作的判断",
  OFFICE,
  "审查人：张敏",
  "2026年11月25日",
  NULL
};

static void
test_text (void)
{
  g_autoptr(LdContractReview) review = make_review ();
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autofree char *text = build_text (review, settings, NUMBER);

  assert_in_order (text, letter_in_order);
  /* Each law once, although two findings cite the Civil Code. */
  g_assert_null (strstr (strstr (text, "二、审查依据") + 1, "《中华人民共和国民法典》《中华人民共和国民法典》"));
  g_assert_null (strstr (text, "（待填写）"));
  g_assert_null (strstr (text, "（草稿）"));
  /* A problem point without a suggestion gets no empty suggestion line. */
  g_assert_null (strstr (text, "修改建议：\n"));
}

/* The same, read back from the PDF with Poppler. */
static void
test_pdf (void)
{
  g_autoptr(LdContractReview) review = make_review ();
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  g_autoptr(LdDocument) doc = ld_contract_opinion_build (review, settings, NUMBER, date);
  g_autoptr(TPdf) pdf = tpdf_render (doc);
  g_autofree char *text = tpdf_text (pdf);
  g_autoptr(GPtrArray) expected = g_ptr_array_new_with_free_func (g_free);

  g_assert_cmpuint (pdf->pages->len, >=, 2);
  for (guint i = 0; letter_in_order[i] != NULL; i++)
    g_ptr_array_add (expected, strip_whitespace (letter_in_order[i]));
  g_ptr_array_add (expected, NULL);
  assert_in_order (text, (const char * const *) expected->pdata);

  /* Everything the document holds is on paper. */
  {
    g_autofree char *doc_text = ld_document_to_text (doc);
    g_autofree char *stripped = strip_whitespace (doc_text);

    g_assert_cmpstr (text, ==, stripped);
  }
}

static void
test_no_findings (void)
{
  g_autoptr(LdContractReview) review = make_review ();
  g_autoptr(LdOrgSettings) settings = make_settings ();
  LdReviewChecklist *checklist = ld_contract_review_get_checklist (review);
  g_autofree char *text = NULL;
  static const char * const expected[] = {
    "三、审查意见", "经审查，未发现需要修改的问题。", "四、审查结论", "审查结论为：同意签订。", NULL
  };

  ld_review_checklist_set (checklist, "disputes", LD_CHECK_RESULT_PASS, NULL);
  ld_review_checklist_set (checklist, "price_payment", LD_CHECK_RESULT_PASS, NULL);
  ld_contract_review_remove_all_findings (review);
  /* A blank finding is not a finding. */
  {
    g_autoptr(LdReviewFinding) blank = ld_review_finding_new ("第一条", "", "建议", "");

    ld_contract_review_append_finding (review, blank);
  }
  ld_contract_review_set_conclusion (review, LD_CONTRACT_CONCLUSION_AGREE);
  ld_contract_review_set_conclusion_reasons (review, "");

  text = build_text (review, settings, NUMBER);
  assert_in_order (text, expected);
  g_assert_null (strstr (text, "（一）"));
  g_assert_null (strstr (text, "存在问题"));
  g_assert_null (strstr (text, "第一条"));
  /* Only the Civil Code is left to cite. */
  g_assert_nonnull (strstr (text, "本次审查依据《中华人民共和国民法典》等法律法规"));
}

static void
test_draft (void)
{
  g_autoptr(LdContractReview) review = make_review ();
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(LdDocument) doc = ld_contract_opinion_build (review, settings, NULL, NULL);
  g_autoptr(LdDocument) empty_number = ld_contract_opinion_build (review, settings, "", NULL);

  g_assert_cmpstr (ld_document_get_number (doc), ==, "（草稿）");
  g_assert_cmpstr (ld_document_get_number (empty_number), ==, "（草稿）");
  /* No date given: none printed, and the draft still renders. */
  g_assert_null (ld_document_dup_date_text (doc));
  {
    g_autoptr(TPdf) pdf = tpdf_render (doc);
    g_autofree char *text = tpdf_text (pdf);
    static const char * const expected[] = {
      "关于《青山镇农贸市场改造工程施工合同》的法律审查意见书", "（草稿）", "青山镇城乡建设办公室：", NULL
    };

    assert_in_order (text, expected);
  }
}

/* A new, empty review still builds; what the letter needs shows as to be
 * filled in, and what is optional is left out. */
static void
test_missing (void)
{
  g_autoptr(LdContractReview) review = ld_contract_review_new ();
  g_autoptr(LdOrgSettings) settings = ld_org_settings_new ();
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  g_autoptr(LdDocument) doc = ld_contract_opinion_build (review, settings, NULL, date);
  g_autofree char *text = ld_document_to_text (doc);
  const char * const *signatories = ld_document_get_signatories (doc);
  static const char * const expected[] = {
    "关于《（待填写）》的法律审查意见书",
    "（待填写）：",
    "你单位于（待填写）送审的《（待填写）》",
    "合同相对方为（待填写）。",
    "送审单位为（待填写）。",
    "经审查，未发现需要修改的问题。",
    "审查结论为：（待填写）。",
    "审查人：（待填写）",
    NULL
  };

  assert_in_order (text, expected);
  g_assert_cmpstr (signatories[0], ==, "（待填写）");
  g_assert_null (strstr (text, "统一社会信用代码"));
  g_assert_null (strstr (text, "合同金额"));
  g_assert_null (strstr (text, "履行期限"));
  g_assert_null (strstr (text, "采购方式"));
  g_assert_null (strstr (text, "经办人"));
  g_assert_null (strstr (text, "其他合同"));

  /* An amount typed but unreadable must be corrected before issuing. */
  ld_contract_review_set_amount_text (review, "十万元");
  {
    g_autoptr(LdDocument) bad = ld_contract_opinion_build (review, NULL, NULL, NULL);
    g_autofree char *bad_text = ld_document_to_text (bad);

    g_assert_nonnull (strstr (bad_text, "合同金额为（待填写）。"));
    g_assert_null (ld_document_get_seal_png (bad));
  }

  g_test_expect_message ("ld-contract-opinion", G_LOG_LEVEL_CRITICAL, "*LD_IS_CONTRACT_REVIEW*");
  g_assert_null (ld_contract_opinion_build (NULL, settings, NULL, NULL));
  g_test_assert_expected_messages ();
}

static void
test_signatory_fallback (void)
{
  g_autoptr(LdContractReview) review = make_review ();
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(LdDocument) doc = NULL;
  const char * const *signatories;

  ld_org_settings_set_legal_office_name (settings, "  ");
  doc = ld_contract_opinion_build (review, settings, NUMBER, NULL);
  signatories = ld_document_get_signatories (doc);
  g_assert_cmpstr (signatories[0], ==, "青山镇人民政府");
  g_assert_cmpstr (signatories[1], ==, "审查人：张敏");
  g_assert_null (signatories[2]);
}

/* The user's own book-title marks do not double up, nested ones become 〈〉,
 * and a law named short is cited by its full name once. */
static void
test_marks (void)
{
  g_autoptr(LdContractReview) review = make_review ();
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(LdReviewFinding) finding =
    ld_review_finding_new ("", "争议解决条款不明确", "", "《民法典》第五百零七条，《重大行政决策程序暂行条例》");
  g_autofree char *text = NULL;

  ld_contract_review_set_title (review, "《〈青山镇〉集体资产承包合同》");
  ld_contract_review_append_finding (review, finding);
  text = build_text (review, settings, NUMBER);

  g_assert_nonnull (strstr (text, "关于《〈青山镇〉集体资产承包合同》的法律审查意见书\n"));
  g_assert_nonnull (strstr (text, "本次审查依据《中华人民共和国民法典》《保障中小企业款项支付条例》"
                                  "《中华人民共和国招标投标法》《重大行政决策程序暂行条例》等"));
  g_assert_null (strstr (text, "《民法典》《"));
  /* A finding with neither clause nor point still gets a heading. */
  g_assert_nonnull (strstr (text, "（四）关于其他问题\n存在问题：争议解决条款不明确。\n"));
}

static void
test_seal (void)
{
  g_autoptr(LdContractReview) review = make_review ();
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(GBytes) seal = make_seal_png ();
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  g_autoptr(LdDocument) unsealed = ld_contract_opinion_build (review, settings, NUMBER, date);
  g_autoptr(LdDocument) sealed = NULL;
  g_autoptr(TPdf) pdf = NULL;
  PopplerPage *last;
  GList *images;

  g_assert_null (ld_document_get_seal_png (unsealed));
  ld_org_settings_set_seal_png (settings, seal);
  sealed = ld_contract_opinion_build (review, settings, NUMBER, date);
  g_assert_true (g_bytes_equal (ld_document_get_seal_png (sealed), seal));

  pdf = tpdf_render (sealed);
  last = poppler_document_get_page (pdf->doc, poppler_document_get_n_pages (pdf->doc) - 1);
  images = poppler_page_get_image_mapping (last);
  g_assert_cmpuint (g_list_length (images), ==, 1);
  poppler_page_free_image_mapping (images);
  g_object_unref (last);

  /* Without a seal, no image on the signature page. */
  {
    g_autoptr(TPdf) plain = tpdf_render (unsealed);
    PopplerPage *page = poppler_document_get_page (plain->doc, poppler_document_get_n_pages (plain->doc) - 1);

    images = poppler_page_get_image_mapping (page);
    g_assert_null (images);
    g_object_unref (page);
  }
}

static void
count_changed_cb (LdContractReview *review,
                  gpointer          user_data)
{
  (*(guint *) user_data)++;
}

/* Each conclusion with its closing request; building never edits the review. */
static void
test_conclusions (void)
{
  static const struct { LdContractConclusion conclusion; const char *text; } cases[] = {
    { LD_CONTRACT_CONCLUSION_AGREE, "审查结论为：同意签订。请你单位按规定程序签订。" },
    { LD_CONTRACT_CONCLUSION_AGREE_AFTER_REVISION, "审查结论为：修改后签订。请你单位按照上述意见修改完善后再行签订。" },
    { LD_CONTRACT_CONCLUSION_DO_NOT_SIGN, "审查结论为：不同意签订（暂缓签订）。请你单位在上述问题解决后重新送审。" },
  };
  g_autoptr(LdContractReview) review = make_review ();
  g_autoptr(LdOrgSettings) settings = make_settings ();
  guint changes = 0;

  g_signal_connect (review, "changed", G_CALLBACK (count_changed_cb), &changes);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;

      g_signal_handlers_block_by_func (review, count_changed_cb, &changes);
      ld_contract_review_set_conclusion (review, cases[i].conclusion);
      g_signal_handlers_unblock_by_func (review, count_changed_cb, &changes);
      text = build_text (review, settings, NUMBER);
      g_assert_nonnull (strstr (text, cases[i].text));
    }
  g_assert_cmpuint (changes, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* Chinese in failure messages rather than question marks. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/docs/contract-opinion/text", test_text);
  g_test_add_func ("/docs/contract-opinion/pdf", test_pdf);
  g_test_add_func ("/docs/contract-opinion/no-findings", test_no_findings);
  g_test_add_func ("/docs/contract-opinion/draft", test_draft);
  g_test_add_func ("/docs/contract-opinion/missing", test_missing);
  g_test_add_func ("/docs/contract-opinion/signatory-fallback", test_signatory_fallback);
  g_test_add_func ("/docs/contract-opinion/marks", test_marks);
  g_test_add_func ("/docs/contract-opinion/seal", test_seal);
  g_test_add_func ("/docs/contract-opinion/conclusions", test_conclusions);

  return g_test_run ();
}

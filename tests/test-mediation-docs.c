/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "ld-mediation-docs.h"
#include "test-docs-util.h"

#define ORGANISATION "青山镇人民政府"
#define COMMITTEE "青山镇人民调解委员会"
#define NUMBER "人调〔2026〕7号"
#define TO_FILL "（待填写）"
#define DRAFT "（草稿）"

/* Valid citizen ID numbers (GB 11643 check digits): a man born 1975-03-08,
 * a woman born 1982-11-20, a man born 1988-06-15. */
#define ID_ZHANG "330102197503081233"
#define ID_LI    "330102198211201242"
#define ID_WANG  "330102198806151010"
#define CREDIT   "91350100M000100Y43"

typedef LdDocument *(*BuildFunc) (LdMediationCase *, LdOrgSettings *, const char *, const GDate *);

static LdMediationParty *
add_person (LdMediationCase *mcase,
            LdPartyRole      role,
            const char      *name,
            const char      *id_number,
            const char      *occupation,
            const char      *address,
            const char      *phone)
{
  g_autoptr(LdMediationParty) party = ld_mediation_party_new (role, LD_PARTY_TYPE_PERSON, name);

  ld_mediation_party_set_id_number (party, id_number);
  g_assert_true (ld_mediation_party_fill_from_id_number (party));
  ld_mediation_party_set_ethnicity (party, "汉族");
  ld_mediation_party_set_occupation (party, occupation);
  ld_mediation_party_set_address (party, address);
  ld_mediation_party_set_phone (party, phone);
  ld_mediation_case_add_party (mcase, party);
  return party;
}

/* Two applicants (the first with an agent), a respondent organisation,
 * an investigation and a mediation session, an agreement of three terms. */
static LdMediationCase *
make_case (LdMediationKind kind)
{
  LdMediationCase *mcase = ld_mediation_case_new ();
  g_autoptr(LdMediationParty) org = NULL;
  g_autoptr(LdMediationSession) investigation = NULL;
  g_autoptr(LdMediationSession) mediation = NULL;
  g_autoptr(GDate) applied = make_date (2026, 11, 10);
  g_autoptr(GDate) day1 = make_date (2026, 11, 13);
  g_autoptr(GDate) day2 = make_date (2026, 11, 20);
  g_autoptr(GDate) deadline1 = make_date (2026, 12, 31);
  g_autoptr(GDate) deadline2 = make_date (2027, 1, 15);
  g_autoptr(GDate) deadline3 = make_date (2027, 3, 1);
  LdMediationAgreement *agreement;
  LdMediationParty *zhang;
  LdMediationParty *agent;
  LdMediationTerm *term;

  ld_mediation_case_set_kind (mcase, kind);
  ld_mediation_case_set_title (mcase, "张三、李四与青山村股份经济合作社土地承包费纠纷。");
  ld_mediation_case_set_category (mcase, "山林土地");
  ld_mediation_case_set_applied_on (mcase, applied);
  ld_mediation_case_set_accepted_on (mcase, applied);
  ld_mediation_case_set_mediators (mcase, "王调解、赵明");
  if (kind == LD_MEDIATION_KIND_PEOPLE)
    ld_mediation_case_set_committee (mcase, COMMITTEE);
  ld_mediation_case_set_facts (mcase, "2025年，申请人承包的青山村三组耕地被合作社收回用于修路，"
                                      "合作社至今未退还已交的2026年度承包费");
  ld_mediation_case_set_claims (mcase, "申请人要求合作社退还承包费共计人民币6000元，并赔偿青苗损失。");

  zhang = add_person (mcase, LD_PARTY_ROLE_APPLICANT, "张三", ID_ZHANG, "农民",
                      "青山镇青山村三组12号", "13812345678");
  add_person (mcase, LD_PARTY_ROLE_APPLICANT, "李四", ID_LI, "个体工商户",
              "青山镇青山村三组15号", "");
  agent = add_person (mcase, LD_PARTY_ROLE_AGENT, "王律师", ID_WANG, "律师",
                      "青山县城关镇人民路8号", "13900001111");
  ld_mediation_party_set_represents (agent, zhang);

  org = ld_mediation_party_new (LD_PARTY_ROLE_RESPONDENT, LD_PARTY_TYPE_ORGANISATION,
                                "青山村股份经济合作社");
  ld_mediation_party_set_id_number (org, CREDIT);
  ld_mediation_party_set_address (org, "青山镇青山村村委会大楼");
  ld_mediation_party_set_representative (org, "陈主任");
  ld_mediation_case_add_party (mcase, org);

  investigation = ld_mediation_session_new (LD_SESSION_KIND_INVESTIGATION, day1);
  ld_mediation_session_set_place (investigation, "青山村村委会");
  ld_mediation_session_set_participants (investigation, "被调查人：青山村三组组长刘某");
  ld_mediation_session_set_recorder (investigation, "周记录");
  ld_mediation_session_set_record (investigation, "问：三组耕地何时被收回？\n答：2025年9月。");
  ld_mediation_case_add_session (mcase, investigation);

  mediation = ld_mediation_session_new (LD_SESSION_KIND_MEDIATION, day2);
  ld_mediation_session_set_place (mediation, "青山镇人民调解委员会调解室");
  ld_mediation_session_set_participants (mediation, "青山村三组组长刘某");
  ld_mediation_session_set_recorder (mediation, "孙记录");
  ld_mediation_session_set_record (mediation, "调解员告知当事人的权利义务。\n双方同意由合作社分期退还承包费。");
  ld_mediation_case_add_session (mcase, mediation);

  agreement = ld_mediation_case_get_agreement (mcase);
  ld_mediation_agreement_set_reached_on (agreement, day2);
  ld_mediation_agreement_set_copies (agreement, 4);
  ld_mediation_agreement_set_place_of_performance (agreement, "青山村村委会");
  term = ld_mediation_term_new ("被申请人退还申请人2026年度承包费人民币4000元", "银行转账", deadline1);
  ld_mediation_agreement_append_term (agreement, term);
  ld_mediation_term_free (term);
  term = ld_mediation_term_new ("被申请人赔偿申请人青苗损失人民币2000元。", "现金支付", deadline2);
  ld_mediation_agreement_append_term (agreement, term);
  ld_mediation_term_free (term);
  term = ld_mediation_term_new ("双方就本纠纷再无其他争议", "当事人书面确认", deadline3);
  ld_mediation_agreement_append_term (agreement, term);
  ld_mediation_term_free (term);

  return mcase;
}

/* Takes away the dates the documents are dated by (the application, each
 * session, the agreement), so that the date given to a builder counts. */
static void
clear_own_dates (LdMediationCase *mcase)
{
  GPtrArray *sessions = ld_mediation_case_get_sessions (mcase);

  ld_mediation_case_set_applied_on (mcase, NULL);
  ld_mediation_agreement_set_reached_on (ld_mediation_case_get_agreement (mcase), NULL);
  for (guint i = 0; i < sessions->len; i++)
    {
      g_autoptr(LdMediationSession) undated = ld_mediation_session_copy (g_ptr_array_index (sessions, i));

      g_date_clear (&undated->date, 1);
      ld_mediation_case_replace_session (mcase, i, undated);
    }
}

static LdOrgSettings *
make_settings (void)
{
  LdOrgSettings *settings = ld_org_settings_new ();

  ld_org_settings_set_organisation_name (settings, ORGANISATION);
  ld_org_settings_set_legal_office_name (settings, "青山镇司法所");
  return settings;
}

static char *
build_text (BuildFunc        build,
            LdMediationCase *mcase,
            LdOrgSettings   *settings,
            const char      *number)
{
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  g_autoptr(LdDocument) doc = build (mcase, settings, number, date);

  g_assert_nonnull (doc);
  return ld_document_to_text (doc);
}

static LdDocument *
build_record_0 (LdMediationCase *mcase,
                LdOrgSettings   *settings,
                const char      *number,
                const GDate     *date)
{
  return ld_mediation_docs_build_record (mcase, 0, settings, number, date);
}

static LdDocument *
build_record_1 (LdMediationCase *mcase,
                LdOrgSettings   *settings,
                const char      *number,
                const GDate     *date)
{
  return ld_mediation_docs_build_record (mcase, 1, settings, number, date);
}

static guint
count_occurrences (const char *text,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (text, needle); p != NULL; p = strstr (p + strlen (needle), needle))
    n++;
  return n;
}

/* The PDF line that reads exactly @text, or NULL. */
static TLine *
find_line (TPdf       *pdf,
           const char *text)
{
  g_autofree char *stripped = strip_whitespace (text);

  for (guint p = 0; p < pdf->pages->len; p++)
    {
      TPage *page = tpdf_page (pdf, p);

      for (guint l = 0; l < page->lines->len; l++)
        if (g_str_equal (tpage_line (page, l)->text, stripped))
          return tpage_line (page, l);
    }
  return NULL;
}

/* Renders the document, reads the PDF back and checks @expected in order
 * on paper, that the paper shows exactly what the document holds, and
 * that nothing leaves the type area. */
static TPdf *
assert_pdf_in_order (LdDocument         *doc,
                     const char * const *expected)
{
  TPdf *pdf = tpdf_render (doc);

  assert_pdf_shows (pdf, doc, expected);

  for (guint p = 0; p < pdf->pages->len; p++)
    {
      TPage *page = tpdf_page (pdf, p);

      for (guint l = 0; l < page->lines->len; l++)
        {
          TLine *line = tpage_line (page, l);

          g_assert_cmpfloat (line->x1, >=, LEFT_MM - 0.5);
          g_assert_cmpfloat (line->x2, <=, RIGHT_MM + 0.5);
          g_assert_cmpfloat (line->y1, >=, TOP_MM - 1.0);
          g_assert_cmpfloat (line->y2, <=, BOTTOM_MM + 1.0);
        }
    }
  return pdf;
}

static const char * const agreement_in_order[] = {
  "人民调解协议书",
  NUMBER,
  "申请人：张三，男，汉族，51岁，农民，公民身份号码：" ID_ZHANG "，住址：青山镇青山村三组12号，联系电话：13812345678。",
  "委托代理人：王律师，男，汉族，38岁，律师，公民身份号码：" ID_WANG "，住址：青山县城关镇人民路8号，联系电话：13900001111。",
  "申请人：李四，女，汉族，44岁，个体工商户，公民身份号码：" ID_LI "，住址：青山镇青山村三组15号。",
  "被申请人：青山村股份经济合作社，统一社会信用代码：" CREDIT "，住所：青山镇青山村村委会大楼，"
  "法定代表人（主要负责人）：陈主任。",
  "纠纷主要事实、争议事项",
  "2025年，申请人承包的青山村三组耕地被合作社收回用于修路，合作社至今未退还已交的2026年度承包费。",
  "争议事项：申请人要求合作社退还承包费共计人民币6000元，并赔偿青苗损失。",
  "经调解，自愿达成如下协议：",
  "1.被申请人退还申请人2026年度承包费人民币4000元。履行方式：银行转账；履行期限：2026年12月31日前。",
  "2.被申请人赔偿申请人青苗损失人民币2000元。履行方式：现金支付；履行期限：2027年1月15日前。",
  "3.双方就本纠纷再无其他争议。履行方式：当事人书面确认；履行期限：2027年3月1日前。",
  "履行地点：青山村村委会。",
  "本协议自各方当事人签名、盖章或按指印，人民调解员签名并加盖人民调解委员会印章之日起生效。",
  "具有法律约束力，当事人应当按照约定履行。",
  "可以自本协议生效之日起三十日内共同向人民法院申请司法确认。",
  "本协议一式四份，当事人各执一份，" COMMITTEE "存档一份。",
  "当事人签名、盖章或按指印，人民调解员、记录人签名：",
  "申请人：张三\t被申请人：青山村股份经济合作社",
  "委托代理人：王律师\t法定代表人：陈主任",
  "申请人：李四",
  "人民调解员：王调解\t人民调解员：赵明",
  "记录人：孙记录",
  COMMITTEE,
  "2026年11月20日",
  NULL
};

static void
test_agreement (void)
{
  g_autoptr(LdMediationCase) mcase = make_case (LD_MEDIATION_KIND_PEOPLE);
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  g_autoptr(LdDocument) doc = ld_mediation_docs_build_agreement (mcase, settings, NUMBER, date);
  g_autofree char *text = ld_document_to_text (doc);
  g_autoptr(TPdf) pdf = NULL;
  TLine *line;
  double right;

  g_assert_cmpstr (ld_document_get_title (doc), ==, "人民调解协议书");
  g_assert_cmpstr (ld_document_get_number (doc), ==, NUMBER);
  g_assert_cmpstr (ld_document_get_signatories (doc)[0], ==, COMMITTEE);
  g_assert_null (ld_document_get_signatories (doc)[1]);
  assert_in_order (text, agreement_in_order);
  pdf = assert_pdf_in_order (doc, agreement_in_order);
  g_assert_null (strstr (text, TO_FILL));
  g_assert_null (strstr (text, DRAFT));

  /* Each party's full ID number, once in its block. */
  g_assert_cmpuint (count_occurrences (text, ID_ZHANG), ==, 1);
  g_assert_cmpuint (count_occurrences (text, ID_LI), ==, 1);
  g_assert_cmpuint (count_occurrences (text, ID_WANG), ==, 1);
  g_assert_null (strstr (text, "****"));
  /* One signature line per party, the mediators and the recorder. */
  g_assert_cmpuint (count_occurrences (text, "申请人：张三\t"), ==, 1);
  g_assert_cmpuint (count_occurrences (text, "\n申请人：李四\t"), ==, 1);
  g_assert_cmpuint (count_occurrences (text, "委托代理人：王律师\t"), ==, 1);
  g_assert_cmpuint (count_occurrences (text, "\t被申请人：青山村股份经济合作社\n"), ==, 1);
  g_assert_cmpuint (count_occurrences (text, "记录人：孙记录"), ==, 1);

  /* On paper the two sides sign side by side, the applicant on the left. */
  line = find_line (pdf, "申请人：张三被申请人：青山村股份经济合作社");
  g_assert_nonnull (line);
  g_assert_cmpfloat (line->x1, <, LEFT_MM + 1.0);
  right = g_array_index (line->chars, TChar, g_utf8_strlen ("申请人：张三", -1)).x1;
  g_assert_cmpfloat (right, >, LEFT_MM + 50.0);
  /* The mediators sign in the same columns. */
  line = find_line (pdf, "人民调解员：王调解人民调解员：赵明");
  g_assert_nonnull (line);
  g_assert_cmpfloat (fabs (g_array_index (line->chars, TChar, g_utf8_strlen ("人民调解员：王调解", -1)).x1 - right),
                     <, 0.5);
  /* The terms are numbered in order, as their own paragraphs. */
  g_assert_nonnull (find_line (pdf, "人民调解协议书"));
}

static const char * const administrative_in_order[] = {
  "行政调解协议书",
  NUMBER,
  "经调解，自愿达成如下协议：",
  "本协议自各方当事人签名、盖章或按指印，调解人员签名并加盖" ORGANISATION "印章之日起生效。当事人应当按照约定履行。",
  "本协议一式四份，当事人各执一份，" ORGANISATION "存档一份。",
  "当事人签名、盖章或按指印，调解人员、记录人签名：",
  "调解人员：王调解\t调解人员：赵明",
  ORGANISATION,
  "2026年11月20日",
  NULL
};

/* An administrative mediation: its own title, the organ mediates and
 * seals, and no word of 司法确认 (unsettled for it, DOMAIN.md 3). */
static void
test_agreement_administrative (void)
{
  g_autoptr(LdMediationCase) mcase = make_case (LD_MEDIATION_KIND_ADMINISTRATIVE);
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(GBytes) seal = make_seal_png ();
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  g_autoptr(LdDocument) doc = NULL;
  g_autoptr(TPdf) pdf = NULL;
  g_autofree char *text = NULL;
  PopplerPage *last;
  GList *images;

  ld_org_settings_set_seal_png (settings, seal);
  doc = ld_mediation_docs_build_agreement (mcase, settings, NUMBER, date);
  text = ld_document_to_text (doc);
  g_assert_cmpstr (ld_document_get_title (doc), ==, "行政调解协议书");
  assert_in_order (text, administrative_in_order);
  pdf = assert_pdf_in_order (doc, administrative_in_order);
  g_assert_null (strstr (text, "司法确认"));
  g_assert_null (strstr (text, "人民调解"));
  g_assert_null (strstr (text, TO_FILL));

  /* The organ's own seal goes on its agreement. */
  g_assert_true (g_bytes_equal (ld_document_get_seal_png (doc), seal));
  last = poppler_document_get_page (pdf->doc, poppler_document_get_n_pages (pdf->doc) - 1);
  images = poppler_page_get_image_mapping (last);
  g_assert_cmpuint (g_list_length (images), ==, 1);
  poppler_page_free_image_mapping (images);
  g_object_unref (last);
}

/* A people's mediation committee has its own seal: the organisation's is
 * never put on its agreement, not even when the committee is blank (the
 * government is not a people's mediation committee: nothing of its shows,
 * the committee is to be filled in). */
static void
test_agreement_seal (void)
{
  g_autoptr(LdMediationCase) mcase = make_case (LD_MEDIATION_KIND_PEOPLE);
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(GBytes) seal = make_seal_png ();
  g_autoptr(LdDocument) committee = NULL;
  g_autoptr(LdDocument) blank = NULL;
  g_autofree char *text = NULL;
  g_autofree char *application = NULL;

  ld_org_settings_set_seal_png (settings, seal);
  committee = ld_mediation_docs_build_agreement (mcase, settings, NUMBER, NULL);
  g_assert_null (ld_document_get_seal_png (committee));
  g_assert_cmpstr (ld_document_get_signatories (committee)[0], ==, COMMITTEE);

  ld_mediation_case_set_committee (mcase, "  ");
  blank = ld_mediation_docs_build_agreement (mcase, settings, NUMBER, NULL);
  g_assert_cmpstr (ld_document_get_signatories (blank)[0], ==, TO_FILL);
  g_assert_null (ld_document_get_seal_png (blank));
  text = ld_document_to_text (blank);
  g_assert_nonnull (strstr (text, "当事人各执一份，" TO_FILL "存档一份。"));
  g_assert_null (strstr (text, ORGANISATION));

  /* Even a committee named as the organisation takes no seal of it. */
  ld_mediation_case_set_committee (mcase, ORGANISATION);
  g_clear_object (&blank);
  blank = ld_mediation_docs_build_agreement (mcase, settings, NUMBER, NULL);
  g_assert_null (ld_document_get_seal_png (blank));

  ld_mediation_case_set_committee (mcase, "");
  application = build_text (ld_mediation_docs_build_application, mcase, settings, NUMBER);
  g_assert_nonnull (strstr (application, "申请人自愿申请" TO_FILL "对上述纠纷进行人民调解"));
  g_assert_nonnull (strstr (application, "此致\n" TO_FILL "\n"));
  g_assert_null (strstr (application, ORGANISATION));
}

static const char * const oral_in_order[] = {
  "口头调解协议登记表",
  NUMBER,
  "申请人：张三，男，汉族，51岁",
  "被申请人：青山村股份经济合作社",
  "纠纷主要事实、争议事项",
  "争议事项：申请人要求合作社退还承包费共计人民币6000元，并赔偿青苗损失。",
  "经调解，当事人自愿达成如下口头协议：",
  "1.被申请人退还申请人2026年度承包费人民币4000元。履行方式：银行转账；履行期限：2026年12月31日前。",
  "3.双方就本纠纷再无其他争议。履行方式：当事人书面确认；履行期限：2027年3月1日前。",
  "各方当事人于2026年11月20日达成上述口头协议。口头协议自各方当事人达成协议之日起生效。",
  "具有法律约束力，当事人应当按照约定履行。",
  "人民调解员、记录人签名：",
  "人民调解员：王调解\t人民调解员：赵明",
  "记录人：孙记录",
  COMMITTEE,
  "2026年11月20日",
  NULL
};

/* An oral agreement (人民调解法 28, 30) is registered, not signed: the
 * 口头调解协议登记表, in force since the parties agreed, signed by the
 * mediators and the recorder only. */
static void
test_agreement_oral (void)
{
  g_autoptr(LdMediationCase) mcase = make_case (LD_MEDIATION_KIND_PEOPLE);
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(LdDocument) doc = NULL;
  g_autoptr(TPdf) pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *admin = NULL;

  ld_mediation_agreement_set_oral (ld_mediation_case_get_agreement (mcase), TRUE);
  doc = ld_mediation_docs_build_agreement (mcase, settings, NUMBER, NULL);
  text = ld_document_to_text (doc);
  g_assert_cmpstr (ld_document_get_title (doc), ==, "口头调解协议登记表");
  assert_in_order (text, oral_in_order);
  pdf = assert_pdf_in_order (doc, oral_in_order);
  g_assert_null (strstr (text, "协议书"));
  g_assert_null (strstr (text, "签名、盖章或按指印"));
  g_assert_null (strstr (text, "司法确认"));
  g_assert_null (strstr (text, "一式"));
  g_assert_null (strstr (text, "申请人：张三\t"));
  g_assert_null (strstr (text, TO_FILL));

  ld_mediation_case_set_kind (mcase, LD_MEDIATION_KIND_ADMINISTRATIVE);
  ld_mediation_case_set_committee (mcase, "");
  admin = build_text (ld_mediation_docs_build_agreement, mcase, settings, NUMBER);
  g_assert_true (g_str_has_prefix (admin, "行政调解口头协议登记表\n"));
  g_assert_null (strstr (admin, "人民调解"));
  g_assert_nonnull (strstr (admin, "调解人员、记录人签名："));
}

/* 一式N份 in Chinese numerals for every number of copies allowed. */
static void
test_agreement_copies (void)
{
  static const struct { int copies; const char *text; } cases[] = {
    { 1, "一式一份" }, { 2, "一式两份" }, { 10, "一式十份" }, { 12, "一式十二份" }, { 20, "一式二十份" },
    { 3, "一式三份" },
  };
  g_autoptr(LdMediationCase) mcase = make_case (LD_MEDIATION_KIND_PEOPLE);
  g_autoptr(LdOrgSettings) settings = make_settings ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;

      ld_mediation_agreement_set_copies (ld_mediation_case_get_agreement (mcase), cases[i].copies);
      text = build_text (ld_mediation_docs_build_agreement, mcase, settings, NUMBER);
      g_assert_nonnull (strstr (text, cases[i].text));
    }
}

static const char * const application_in_order[] = {
  "人民调解申请书",
  NUMBER,
  "申请人：张三，男，汉族，51岁，农民，公民身份号码：" ID_ZHANG,
  "委托代理人：王律师",
  "申请人：李四，女，汉族，43岁，个体工商户，公民身份号码：" ID_LI,
  "被申请人：青山村股份经济合作社，统一社会信用代码：" CREDIT,
  "纠纷简要情况",
  "2025年，申请人承包的青山村三组耕地被合作社收回用于修路，合作社至今未退还已交的2026年度承包费。",
  "申请事项",
  "申请人要求合作社退还承包费共计人民币6000元，并赔偿青苗损失。",
  "申请人自愿申请" COMMITTEE "对上述纠纷进行人民调解",
  "不收取任何费用",
  "此致",
  COMMITTEE,
  "申请人签名、盖章或按指印：",
  "申请人：张三\t委托代理人：王律师",
  "申请人：李四\t",
  "2026年11月10日",
  NULL
};

static void
test_application (void)
{
  g_autoptr(LdMediationCase) mcase = make_case (LD_MEDIATION_KIND_PEOPLE);
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  g_autoptr(LdDocument) doc = ld_mediation_docs_build_application (mcase, settings, NUMBER, date);
  g_autofree char *text = ld_document_to_text (doc);
  g_autoptr(TPdf) pdf = NULL;
  const char *signatures;

  g_assert_cmpstr (ld_document_get_title (doc), ==, "人民调解申请书");
  assert_in_order (text, application_in_order);
  pdf = assert_pdf_in_order (doc, application_in_order);
  g_assert_null (strstr (text, TO_FILL));
  /* The applicants sign it; the committee neither signs nor seals. */
  g_assert_null (ld_document_get_signatories (doc)[0]);
  signatures = strstr (text, "申请人签名、盖章或按指印：");
  g_assert_nonnull (signatures);
  g_assert_null (strstr (signatures, "被申请人"));
  g_assert_null (strstr (text, "人民调解员："));
  g_assert_cmpuint (count_occurrences (text, ID_ZHANG), ==, 1);

  /* An administrative application says so and leaves out the committee's
   * principles. */
  ld_mediation_case_set_kind (mcase, LD_MEDIATION_KIND_ADMINISTRATIVE);
  ld_mediation_case_set_committee (mcase, "");
  g_clear_pointer (&text, g_free);
  text = build_text (ld_mediation_docs_build_application, mcase, settings, NUMBER);
  g_assert_true (g_str_has_prefix (text, "行政调解申请书\n"));
  g_assert_nonnull (strstr (text, "申请人自愿申请" ORGANISATION "对上述纠纷进行行政调解"));
  g_assert_null (strstr (text, "人民调解"));
}

static const char * const record_in_order[] = {
  "调解记录",
  NUMBER,
  "时间：2026年11月20日",
  "地点：青山镇人民调解委员会调解室",
  "事由：张三、李四与青山村股份经济合作社土地承包费纠纷",
  "当事人：申请人张三、李四；被申请人青山村股份经济合作社\n",
  "委托代理人：王律师（申请人张三的委托代理人）",
  "参加人：青山村三组组长刘某",
  "记录人：孙记录",
  "记录内容",
  "调解员告知当事人的权利义务。",
  "双方同意由合作社分期退还承包费。",
  "当事人签名、盖章或按指印，人民调解员、记录人签名：",
  "申请人：张三\t被申请人：青山村股份经济合作社",
  "人民调解员：王调解\t人民调解员：赵明",
  "记录人：孙记录",
  "2026年11月20日",
  NULL
};

static void
test_record (void)
{
  g_autoptr(LdMediationCase) mcase = make_case (LD_MEDIATION_KIND_PEOPLE);
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  g_autoptr(LdDocument) doc = ld_mediation_docs_build_record (mcase, 1, settings, NUMBER, date);
  g_autofree char *text = ld_document_to_text (doc);
  g_autoptr(TPdf) pdf = NULL;
  g_autofree char *investigation = NULL;

  g_assert_cmpstr (ld_document_get_title (doc), ==, "调解记录");
  assert_in_order (text, record_in_order);
  pdf = assert_pdf_in_order (doc, record_in_order);
  g_assert_null (strstr (text, TO_FILL));
  /* The record of one session, not of the other. */
  g_assert_null (strstr (text, "周记录"));
  g_assert_null (strstr (text, "2026年11月13日"));
  /* An agent is not a party; a mediation record has no 被调查人. */
  g_assert_null (strstr (strstr (text, "当事人："), "；委托代理人"));
  g_assert_null (strstr (text, "被调查人"));

  /* The investigation: its own title, place, record and 调查人. */
  investigation = build_text (build_record_0, mcase, settings, NUMBER);
  assert_in_order (investigation, (const char * const []) {
    "调查记录\n", "时间：2026年11月13日", "地点：青山村村委会", "参加人：被调查人：青山村三组组长刘某",
    "记录人：周记录", "问：三组耕地何时被收回？\n答：2025年9月。",
    "当事人签名、盖章或按指印，被调查人、调查人、记录人签名：",
    "申请人：张三\t被申请人：青山村股份经济合作社", "被调查人：\t\n",
    "调查人：王调解\t调查人：赵明", "记录人：周记录", NULL });
  g_assert_null (strstr (investigation, "孙记录"));
}

/* An index past the sessions gives the blank form of a mediation record:
 * every session field to fill in, the case's facts kept. */
static void
test_record_out_of_range (void)
{
  static const char * const blank[] = {
    "调解记录",
    DRAFT,
    "时间：" TO_FILL,
    "地点：" TO_FILL,
    "事由：张三、李四与青山村股份经济合作社土地承包费纠纷",
    "参加人：" TO_FILL,
    "记录人：" TO_FILL,
    "记录内容",
    TO_FILL,
    "人民调解员：王调解",
    "记录人：",
    NULL
  };
  static const unsigned indices[] = { 2, 5, G_MAXUINT };
  g_autoptr(LdMediationCase) mcase = make_case (LD_MEDIATION_KIND_PEOPLE);
  g_autoptr(LdOrgSettings) settings = make_settings ();

  for (guint i = 0; i < G_N_ELEMENTS (indices); i++)
    {
      g_autoptr(LdDocument) doc = ld_mediation_docs_build_record (mcase, indices[i], settings, NULL, NULL);
      g_autofree char *text = ld_document_to_text (doc);
      g_autoptr(TPdf) pdf = assert_pdf_in_order (doc, blank);

      assert_in_order (text, blank);
      g_assert_null (strstr (text, "孙记录"));
      g_assert_null (strstr (text, "周记录"));
      g_assert_null (strstr (text, "2026年11月20日"));
    }
}

/* A draft: "（草稿）" for the number whether NULL or blank, no date when
 * neither the case nor the caller gives one; a number given is printed as
 * is. */
static void
test_draft (void)
{
  static const BuildFunc builders[] = {
    ld_mediation_docs_build_agreement,
    ld_mediation_docs_build_application,
    build_record_1,
  };
  g_autoptr(LdMediationCase) mcase = make_case (LD_MEDIATION_KIND_PEOPLE);
  g_autoptr(LdOrgSettings) settings = make_settings ();

  clear_own_dates (mcase);
  for (guint i = 0; i < G_N_ELEMENTS (builders); i++)
    {
      g_autoptr(GDate) invalid = g_date_new ();
      g_autoptr(LdDocument) doc = builders[i] (mcase, settings, NULL, NULL);
      g_autoptr(LdDocument) blank = builders[i] (mcase, settings, " 　", invalid);
      g_autoptr(LdDocument) issued = builders[i] (mcase, settings, NUMBER, NULL);
      g_autofree char *date = ld_document_dup_date_text (doc);
      g_autofree char *blank_date = ld_document_dup_date_text (blank);
      g_autoptr(TPdf) pdf = tpdf_render (doc);
      g_autofree char *text = tpdf_text (pdf);

      g_assert_cmpstr (ld_document_get_number (doc), ==, DRAFT);
      g_assert_cmpstr (ld_document_get_number (blank), ==, DRAFT);
      g_assert_cmpstr (ld_document_get_number (issued), ==, NUMBER);
      g_assert_null (date);
      g_assert_null (blank_date);
      g_assert_nonnull (strstr (text, DRAFT));
      g_assert_null (strstr (text, "2026年11月25日"));
    }
}

/* A case that holds next to nothing, and no settings: every needed fact
 * shows as to be filled in, nothing crashes. */
static void
test_missing (void)
{
  static const char * const agreement[] = {
    "人民调解协议书\n" DRAFT "\n",
    "申请人：" TO_FILL "。",
    "被申请人：" TO_FILL "。",
    "纠纷主要事实、争议事项\n" TO_FILL "。",
    "争议事项：" TO_FILL "。",
    "经调解，自愿达成如下协议：\n1." TO_FILL "。",
    "本协议一式三份，当事人各执一份，" TO_FILL "存档一份。",
    "申请人：\t被申请人：",
    "人民调解员：\t记录人：",
    TO_FILL "\n",
    NULL
  };
  static const char * const application[] = {
    "申请人：" TO_FILL "。",
    "被申请人：" TO_FILL "。",
    "纠纷简要情况\n" TO_FILL "。",
    "申请事项\n" TO_FILL "。",
    "申请人自愿申请" TO_FILL "对上述纠纷进行人民调解",
    "此致\n" TO_FILL "\n",
    "申请人：",
    NULL
  };
  static const char * const record[] = {
    "时间：" TO_FILL, "地点：" TO_FILL, "事由：" TO_FILL, "当事人：" TO_FILL,
    "参加人：" TO_FILL, "记录人：" TO_FILL, "记录内容\n" TO_FILL, NULL
  };
  g_autoptr(LdMediationCase) mcase = ld_mediation_case_new ();
  g_autofree char *a = build_text (ld_mediation_docs_build_agreement, mcase, NULL, NULL);
  g_autofree char *p = build_text (ld_mediation_docs_build_application, mcase, NULL, NULL);
  g_autofree char *r = build_text (build_record_0, mcase, NULL, NULL);
  g_autoptr(LdDocument) doc = ld_mediation_docs_build_agreement (mcase, NULL, NULL, NULL);
  g_autoptr(TPdf) pdf = tpdf_render (doc);

  assert_in_order (a, agreement);
  assert_in_order (p, application);
  assert_in_order (r, record);
  g_assert_cmpuint (pdf->pages->len, >=, 1);
}

/* A party or a term with only some facts: each missing one is named, the
 * optional ones (ethnicity, occupation, phone, place) are left out. */
static void
test_missing_facts (void)
{
  g_autoptr(LdMediationCase) mcase = ld_mediation_case_new ();
  g_autoptr(LdMediationParty) person = ld_mediation_party_new (LD_PARTY_ROLE_APPLICANT,
                                                               LD_PARTY_TYPE_PERSON, "赵五");
  g_autoptr(LdMediationParty) org = ld_mediation_party_new (LD_PARTY_ROLE_RESPONDENT,
                                                            LD_PARTY_TYPE_ORGANISATION, "青山建材厂");
  g_autoptr(LdMediationTerm) term = ld_mediation_term_new ("被申请人向申请人赔礼道歉", NULL, NULL);
  g_autofree char *text = NULL;

  ld_mediation_case_add_party (mcase, person);
  ld_mediation_case_add_party (mcase, org);
  ld_mediation_agreement_append_term (ld_mediation_case_get_agreement (mcase), term);
  text = build_text (ld_mediation_docs_build_agreement, mcase, NULL, NUMBER);

  g_assert_nonnull (strstr (text, "申请人：赵五，" TO_FILL "，年龄" TO_FILL "，公民身份号码：" TO_FILL
                                  "，住址：" TO_FILL "。\n"));
  g_assert_nonnull (strstr (text, "被申请人：青山建材厂，统一社会信用代码：" TO_FILL "，住所：" TO_FILL
                                  "，法定代表人（主要负责人）：" TO_FILL "。\n"));
  g_assert_nonnull (strstr (text, "1.被申请人向申请人赔礼道歉。履行方式：" TO_FILL "；履行期限：" TO_FILL "。\n"));
  g_assert_null (strstr (text, "履行地点"));
  g_assert_null (strstr (text, "联系电话"));
  g_assert_nonnull (strstr (text, "申请人：赵五\t被申请人：青山建材厂\n"));
  g_assert_nonnull (strstr (text, "\t法定代表人：\n"));
}

/* The age is counted on the document's date. */
static void
test_age_on_date (void)
{
  g_autoptr(LdMediationCase) mcase = make_case (LD_MEDIATION_KIND_PEOPLE);
  g_autoptr(GDate) before = make_date (2026, 3, 7);
  g_autoptr(GDate) birthday = make_date (2026, 3, 8);
  g_autoptr(LdDocument) a = NULL;
  g_autoptr(LdDocument) b = NULL;
  g_autofree char *ta = NULL;
  g_autofree char *tb = NULL;

  clear_own_dates (mcase);
  a = ld_mediation_docs_build_agreement (mcase, NULL, NUMBER, before);
  b = ld_mediation_docs_build_agreement (mcase, NULL, NUMBER, birthday);
  ta = ld_document_to_text (a);
  tb = ld_document_to_text (b);

  g_assert_nonnull (strstr (ta, "申请人：张三，男，汉族，50岁，"));
  g_assert_nonnull (strstr (tb, "申请人：张三，男，汉族，51岁，"));
}

static void
count_changed_cb (LdMediationCase *mcase,
                  gpointer         user_data)
{
  (*(guint *) user_data)++;
}

/* Each document is dated the day of what it records, whatever day it is
 * printed; the date given counts only where the case has none. */
static void
test_dated_by_case (void)
{
  g_autoptr(LdMediationCase) mcase = make_case (LD_MEDIATION_KIND_PEOPLE);
  g_autoptr(GDate) printed = make_date (2027, 2, 1);
  struct { LdDocument *doc; const char *date; } expected[] = {
    { ld_mediation_docs_build_application (mcase, NULL, NUMBER, printed), "2026年11月10日" },
    { ld_mediation_docs_build_record (mcase, 0, NULL, NUMBER, printed), "2026年11月13日" },
    { ld_mediation_docs_build_record (mcase, 1, NULL, NUMBER, printed), "2026年11月20日" },
    { ld_mediation_docs_build_agreement (mcase, NULL, NUMBER, printed), "2026年11月20日" },
    /* No such session: the form is dated as given. */
    { ld_mediation_docs_build_record (mcase, 7, NULL, NUMBER, printed), "2027年2月1日" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *date = ld_document_dup_date_text (expected[i].doc);

      g_assert_cmpstr (date, ==, expected[i].date);
      g_object_unref (expected[i].doc);
    }

  clear_own_dates (mcase);
  {
    g_autoptr(LdDocument) doc = ld_mediation_docs_build_agreement (mcase, NULL, NUMBER, printed);
    g_autofree char *date = ld_document_dup_date_text (doc);

    g_assert_cmpstr (date, ==, "2027年2月1日");
  }
}

/* Building reads the case and never changes it. */
static void
test_read_only (void)
{
  g_autoptr(LdMediationCase) mcase = make_case (LD_MEDIATION_KIND_PEOPLE);
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(GVariant) before = ld_mediation_case_serialize (mcase);
  g_autoptr(GVariant) after = NULL;
  guint changes = 0;

  g_signal_connect (mcase, "changed", G_CALLBACK (count_changed_cb), &changes);
  g_object_unref (ld_mediation_docs_build_agreement (mcase, settings, NUMBER, NULL));
  g_object_unref (ld_mediation_docs_build_application (mcase, settings, NUMBER, NULL));
  g_object_unref (ld_mediation_docs_build_record (mcase, 0, settings, NUMBER, NULL));
  g_object_unref (ld_mediation_docs_build_record (mcase, 9, settings, NUMBER, NULL));
  after = ld_mediation_case_serialize (mcase);
  g_assert_cmpuint (changes, ==, 0);
  g_assert_true (g_variant_equal (before, after));
}

/* Programmer errors are refused with a critical, not a crash. */
static void
test_bad_input (void)
{
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(LdMediationCase) mcase = make_case (LD_MEDIATION_KIND_PEOPLE);

  g_test_expect_message ("ld-mediation-docs", G_LOG_LEVEL_CRITICAL, "*LD_IS_MEDIATION_CASE*");
  g_assert_null (ld_mediation_docs_build_agreement (NULL, settings, NUMBER, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("ld-mediation-docs", G_LOG_LEVEL_CRITICAL, "*LD_IS_ORG_SETTINGS*");
  g_assert_null (ld_mediation_docs_build_application (mcase, (LdOrgSettings *) mcase, NUMBER, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("ld-mediation-docs", G_LOG_LEVEL_CRITICAL, "*LD_IS_MEDIATION_CASE*");
  g_assert_null (ld_mediation_docs_build_record ((LdMediationCase *) settings, 0, settings, NUMBER, NULL));
  g_test_assert_expected_messages ();
}

/* Renders @doc and checks that its signature block stands on one page
 * with at least the last line of the text before it; returns whether the
 * block is on a later page than the first. */
static gboolean
assert_signatures_kept (LdDocument *doc)
{
  static const char * const nothing[] = { NULL };
  g_autoptr(TPdf) pdf = assert_pdf_in_order (doc, nothing);

  g_assert_cmpuint (assert_kept_with_previous (pdf, doc), >=, 1);
  return pdf->pages->len > 1;
}

/* However long the facts or the record, the signature lines never stand
 * on a page of their own, apart from the text they sign. */
static void
test_signatures_kept (void)
{
  g_autoptr(LdMediationCase) mcase = make_case (LD_MEDIATION_KIND_PEOPLE);
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  guint on_later_page = 0;

  for (guint n = 0; n < 24; n++)
    {
      g_autoptr(GString) facts = g_string_new ("申请人承包的耕地被收回用于修路");
      g_autoptr(LdMediationSession) session = NULL;
      g_autoptr(LdDocument) application = NULL;
      g_autoptr(LdDocument) agreement = NULL;
      g_autoptr(LdDocument) oral = NULL;
      g_autoptr(LdDocument) record = NULL;

      for (guint k = 0; k < n; k++)
        g_string_append (facts, "，合作社承诺退还已交的承包费但至今未退");
      ld_mediation_case_set_facts (mcase, facts->str);
      session = ld_mediation_session_copy (g_ptr_array_index (ld_mediation_case_get_sessions (mcase), 1));
      ld_mediation_session_set_record (session, facts->str);
      ld_mediation_case_replace_session (mcase, 1, session);

      ld_mediation_agreement_set_oral (ld_mediation_case_get_agreement (mcase), FALSE);
      application = ld_mediation_docs_build_application (mcase, settings, NUMBER, date);
      agreement = ld_mediation_docs_build_agreement (mcase, settings, NUMBER, date);
      record = ld_mediation_docs_build_record (mcase, 1, settings, NUMBER, date);
      ld_mediation_agreement_set_oral (ld_mediation_case_get_agreement (mcase), TRUE);
      oral = ld_mediation_docs_build_agreement (mcase, settings, NUMBER, date);

      on_later_page += assert_signatures_kept (application);
      on_later_page += assert_signatures_kept (agreement);
      on_later_page += assert_signatures_kept (record);
      on_later_page += assert_signatures_kept (oral);
    }
  g_assert_cmpuint (on_later_page, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  /* Chinese in failure messages rather than question marks. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/docs/mediation/agreement", test_agreement);
  g_test_add_func ("/docs/mediation/agreement/administrative", test_agreement_administrative);
  g_test_add_func ("/docs/mediation/agreement/seal", test_agreement_seal);
  g_test_add_func ("/docs/mediation/agreement/copies", test_agreement_copies);
  g_test_add_func ("/docs/mediation/agreement/oral", test_agreement_oral);
  g_test_add_func ("/docs/mediation/application", test_application);
  g_test_add_func ("/docs/mediation/record", test_record);
  g_test_add_func ("/docs/mediation/record/out-of-range", test_record_out_of_range);
  g_test_add_func ("/docs/mediation/signatures-kept", test_signatures_kept);
  g_test_add_func ("/docs/mediation/draft", test_draft);
  g_test_add_func ("/docs/mediation/missing", test_missing);
  g_test_add_func ("/docs/mediation/missing-facts", test_missing_facts);
  g_test_add_func ("/docs/mediation/age-on-date", test_age_on_date);
  g_test_add_func ("/docs/mediation/dated-by-case", test_dated_by_case);
  g_test_add_func ("/docs/mediation/read-only", test_read_only);
  g_test_add_func ("/docs/mediation/bad-input", test_bad_input);

  return g_test_run ();
}

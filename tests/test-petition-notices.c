/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>

#include "ld-calendar.h"
#include "ld-petition-notices.h"
#include "ld-petition-workflow.h"
#include "test-docs-util.h"

#define ORGANISATION "青山镇人民政府"
#define NUMBER "青信告〔2026〕3号"
#define TO_FILL "（待填写）"

typedef LdDocument *(*BuildFunc) (LdPetition *, LdOrgSettings *, const char *, const GDate *);

/* Applies one step through the workflow, as the store does, so the
 * history is one the application can really hold. */
static void
apply (LdPetition      *petition,
       LdPetitionEvent *event)
{
  g_autoptr(LdDeadlinePolicy) policy = ld_deadline_policy_new ();
  g_autoptr(LdCalendar) calendar = ld_calendar_new ();
  g_autoptr(GError) error = NULL;

  ld_petition_workflow_apply (petition, event, policy, calendar, &error);
  g_assert_no_error (error);
  ld_petition_event_free (event);
}

static LdPetitionEvent *
make_event (LdPetitionStep step,
            int            month,
            int            day,
            const char    *note)
{
  g_autoptr(GDate) date = make_date (2026, month, day);
  LdPetitionEvent *event = ld_petition_event_new (step, date, "李娜");

  ld_petition_event_set_note (event, note);
  return event;
}

/* A letter received on 2026-11-20 and registered. */
static LdPetition *
make_petition (void)
{
  LdPetition *petition = ld_petition_new ();

  ld_petition_set_channel (petition, LD_PETITION_CHANNEL_LETTER);
  ld_petition_set_petitioner_name (petition, "张三");
  ld_petition_set_petitioner_id_number (petition, "11010519491231002X");
  ld_petition_set_petitioner_phone (petition, "13812345678");
  ld_petition_set_petitioner_address (petition, "青山镇青山村三组12号");
  ld_petition_set_petition_type (petition, LD_PETITION_TYPE_APPEAL);
  ld_petition_set_title (petition, "青山村征地补偿款未足额发放");
  ld_petition_set_content (petition, "2025年青山村部分土地被征收，村民至今只领到一半补偿款");
  ld_petition_set_demands (petition, "要求按征收补偿方案足额发放补偿款。");
  ld_petition_set_handler (petition, "李娜");
  apply (petition, make_event (LD_PETITION_STEP_REGISTER, 11, 20, NULL));
  return petition;
}

/* Accepted, investigated twice and answered with @outcome. */
static LdPetition *
make_replied (LdReplyOutcome outcome)
{
  LdPetition *petition = make_petition ();
  LdPetitionEvent *reply;

  apply (petition, make_event (LD_PETITION_STEP_ACCEPT, 11, 23, NULL));
  apply (petition, make_event (LD_PETITION_STEP_INVESTIGATE, 12, 1,
                               "青山村2025年征地补偿款已由镇财政全额拨付至村集体账户"));
  apply (petition, make_event (LD_PETITION_STEP_INVESTIGATE, 12, 8,
                               "村集体以修路为由暂扣了一半补偿款。"));
  reply = make_event (LD_PETITION_STEP_REPLY, 12, 20,
                      "村集体暂扣补偿款违反《中华人民共和国土地管理法》第四十八条的规定，"
                      "应当在30日内足额发放");
  reply->outcome = outcome;
  apply (petition, reply);
  return petition;
}

static LdOrgSettings *
make_settings (void)
{
  LdOrgSettings *settings = ld_org_settings_new ();

  ld_org_settings_set_organisation_name (settings, ORGANISATION);
  ld_org_settings_set_legal_office_name (settings, "青山镇人民政府法制办公室");
  return settings;
}

static char *
build_text (BuildFunc      build,
            LdPetition    *petition,
            LdOrgSettings *settings,
            const char    *number)
{
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  g_autoptr(LdDocument) doc = build (petition, settings, number, date);

  g_assert_nonnull (doc);
  return ld_document_to_text (doc);
}

/* Renders the document, reads the PDF back and checks @expected in order
 * on paper, and that the paper shows exactly what the document holds. */
static void
assert_pdf_in_order (LdDocument         *doc,
                     const char * const *expected)
{
  g_autoptr(TPdf) pdf = tpdf_render (doc);

  assert_pdf_shows (pdf, doc, expected);
}

static const char * const acceptance_in_order[] = {
  "信访事项受理告知书",
  NUMBER,
  "张三：",
  "你（你们）于2026年11月20日通过来信反映的青山村征地补偿款未足额发放问题，本机关已收悉。",
  "根据《信访工作条例》第二十三条等规定，经审查，该信访事项属于本机关职责范围，决定予以受理。",
  "本机关将在受理之日（2026年11月23日）起六十日内办结，并书面答复你（你们）。",
  "联系人：李娜",
  ORGANISATION,
  "2026年11月25日",
  NULL
};

static void
test_acceptance (void)
{
  g_autoptr(LdPetition) petition = make_petition ();
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  g_autoptr(LdDocument) doc = NULL;
  g_autofree char *text = NULL;

  apply (petition, make_event (LD_PETITION_STEP_ACCEPT, 11, 23, NULL));
  doc = ld_petition_acceptance_notice_build (petition, settings, NUMBER, date);
  text = ld_document_to_text (doc);

  g_assert_cmpstr (ld_document_get_title (doc), ==, "信访事项受理告知书");
  g_assert_cmpstr (ld_document_get_addressee (doc), ==, "张三");
  assert_in_order (text, acceptance_in_order);
  assert_pdf_in_order (doc, acceptance_in_order);
  g_assert_null (strstr (text, TO_FILL));
  g_assert_null (strstr (text, "（草稿）"));
  /* The ID number stays off a letter that the name and address reach. */
  g_assert_null (strstr (text, "11010519491231002X"));
}

static const char * const diversion_in_order[] = {
  "信访事项不予受理告知书",
  NUMBER,
  "张三：",
  "你（你们）于2026年11月20日通过来信反映的青山村征地补偿款未足额发放问题，本机关已收悉。",
  "根据《信访工作条例》第二十三条等规定，经审查，本机关决定对该信访事项不予受理。",
  "你（你们）反映的问题属于土地承包经营纠纷，依法应当通过仲裁途径解决，请向青山县农村土地承包仲裁委员会提出。",
  ORGANISATION,
  "2026年11月25日",
  NULL
};

static void
test_non_acceptance_diverted (void)
{
  g_autoptr(LdPetition) petition = make_petition ();
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  g_autoptr(LdDocument) doc = NULL;
  g_autofree char *text = NULL;
  LdPetitionEvent *divert;

  divert = make_event (LD_PETITION_STEP_DIVERT, 11, 24, "土地承包经营纠纷。");
  divert->route = LD_DIVERSION_ROUTE_ARBITRATION;
  ld_petition_event_set_unit (divert, "青山县农村土地承包仲裁委员会");
  apply (petition, divert);

  doc = ld_petition_non_acceptance_notice_build (petition, settings, NUMBER, date);
  text = ld_document_to_text (doc);
  assert_in_order (text, diversion_in_order);
  assert_pdf_in_order (doc, diversion_in_order);
  g_assert_null (strstr (text, TO_FILL));
  /* The reason is said once, in the route sentence. */
  g_assert_null (strstr (text, "理由是"));
}

/* Each route reads as a route; the catch-all does not say 途径 twice. */
static void
test_non_acceptance_routes (void)
{
  static const struct { LdDiversionRoute route; const char *text; } cases[] = {
    { LD_DIVERSION_ROUTE_LITIGATION, "依法应当通过诉讼途径解决" },
    { LD_DIVERSION_ROUTE_ADMINISTRATIVE_RECONSIDERATION, "依法应当通过行政复议途径解决" },
    { LD_DIVERSION_ROUTE_DISCIPLINE_INSPECTION, "依法应当通过纪检监察途径解决" },
    { LD_DIVERSION_ROUTE_OTHER, "依法应当通过其他法定途径解决" },
  };
  g_autoptr(LdOrgSettings) settings = make_settings ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LdPetition) petition = make_petition ();
      g_autofree char *text = NULL;
      LdPetitionEvent *divert = make_event (LD_PETITION_STEP_DIVERT, 11, 24, "涉法涉诉事项");

      divert->route = cases[i].route;
      apply (petition, divert);
      text = build_text (ld_petition_non_acceptance_notice_build, petition, settings, NUMBER);
      g_assert_nonnull (strstr (text, cases[i].text));
      /* No organ named in the history: left to fill in. */
      g_assert_nonnull (strstr (text, "请向" TO_FILL "提出。"));
    }
}

/* A reason written as a sentence stands before the route rather than
 * inside "属于…"; a leading "属于" is not said twice. */
static void
test_non_acceptance_reason_forms (void)
{
  static const struct { const char *note; const char *text; } cases[] = {
    { "属于劳动争议", "你（你们）反映的问题属于劳动争议，依法应当通过仲裁途径解决，请向青山县劳动人事争议仲裁委员会提出。" },
    { "该事项系劳动合同解除引起的争议，已超出信访处理范围。",
      "经审查，该事项系劳动合同解除引起的争议，已超出信访处理范围。你（你们）反映的问题依法应当通过仲裁途径解决，"
      "请向青山县劳动人事争议仲裁委员会提出。" },
  };
  g_autoptr(LdOrgSettings) settings = make_settings ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LdPetition) petition = make_petition ();
      g_autofree char *text = NULL;
      LdPetitionEvent *divert = make_event (LD_PETITION_STEP_DIVERT, 11, 24, cases[i].note);

      divert->route = LD_DIVERSION_ROUTE_ARBITRATION;
      ld_petition_event_set_unit (divert, "青山县劳动人事争议仲裁委员会");
      apply (petition, divert);
      text = build_text (ld_petition_non_acceptance_notice_build, petition, settings, NUMBER);
      g_assert_nonnull (strstr (text, cases[i].text));
      g_assert_null (strstr (text, "属于属于"));
    }
}

/* Refused without another procedure: the reason, no route. */
static void
test_non_acceptance_plain (void)
{
  g_autoptr(LdPetition) petition = make_petition ();
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autofree char *text = NULL;

  apply (petition, make_event (LD_PETITION_STEP_NOT_ACCEPT, 11, 24,
                               "该事项已由青山县人民政府受理，正在办理期限内"));
  text = build_text (ld_petition_non_acceptance_notice_build, petition, settings, NUMBER);
  g_assert_nonnull (strstr (text, "决定对该信访事项不予受理。理由是：该事项已由青山县人民政府受理，正在办理期限内。"));
  g_assert_null (strstr (text, "依法应当通过"));
  g_assert_null (strstr (text, TO_FILL));
}

static const char * const reply_in_order[] = {
  "信访事项处理意见书",
  NUMBER,
  "张三：",
  "信访人：张三，住址：青山镇青山村三组12号，联系电话：13812345678。",
  "你（你们）于2026年11月20日通过来信反映的青山村征地补偿款未足额发放问题，本机关已于2026年11月23日依法受理。",
  "一、信访事项",
  "你（你们）反映：2025年青山村部分土地被征收，村民至今只领到一半补偿款。",
  "你（你们）的请求是：要求按征收补偿方案足额发放补偿款。",
  "二、调查核实的事实与理由",
  "2026年12月1日，经调查核实，青山村2025年征地补偿款已由镇财政全额拨付至村集体账户。",
  "2026年12月8日，经调查核实，村集体以修路为由暂扣了一半补偿款。",
  "三、处理意见与法律依据",
  "村集体暂扣补偿款违反《中华人民共和国土地管理法》第四十八条的规定，应当在30日内足额发放。",
  "《信访工作条例》第三十二条",
  "四、处理结果",
  "处理结果为：予以支持。",
  "如对本处理意见不服，可以自收到本意见书之日起30日内向本机关的上一级机关请求复查。",
  ORGANISATION,
  "2026年11月25日",
  NULL
};

static void
test_reply (void)
{
  g_autoptr(LdPetition) petition = make_replied (LD_REPLY_OUTCOME_SUPPORT);
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  g_autoptr(LdDocument) doc = ld_petition_reply_build (petition, settings, NUMBER, date);
  g_autofree char *text = ld_document_to_text (doc);

  g_assert_cmpstr (ld_document_get_title (doc), ==, "信访事项处理意见书");
  assert_in_order (text, reply_in_order);
  assert_pdf_in_order (doc, reply_in_order);
  g_assert_null (strstr (text, TO_FILL));
  g_assert_null (strstr (text, "（草稿）"));
}

static void
test_reply_outcomes (void)
{
  static const struct { LdReplyOutcome outcome; const char *text; } cases[] = {
    { LD_REPLY_OUTCOME_SUPPORT, "处理结果为：予以支持。" },
    { LD_REPLY_OUTCOME_EXPLAIN, "处理结果为：解释说明。" },
    { LD_REPLY_OUTCOME_REJECT, "处理结果为：不予支持。" },
  };
  g_autoptr(LdOrgSettings) settings = make_settings ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(LdPetition) petition = make_replied (cases[i].outcome);
      g_autofree char *text = build_text (ld_petition_reply_build, petition, settings, NUMBER);

      g_assert_nonnull (strstr (text, cases[i].text));
    }
}

/* A draft: "（草稿）" for the number whether NULL or empty, no date when
 * none is given. */
static void
test_draft (void)
{
  static const BuildFunc builders[] = {
    ld_petition_acceptance_notice_build,
    ld_petition_non_acceptance_notice_build,
    ld_petition_reply_build,
  };
  g_autoptr(LdPetition) petition = make_replied (LD_REPLY_OUTCOME_REJECT);
  g_autoptr(LdOrgSettings) settings = make_settings ();

  for (guint i = 0; i < G_N_ELEMENTS (builders); i++)
    {
      g_autoptr(LdDocument) doc = builders[i] (petition, settings, NULL, NULL);
      g_autoptr(LdDocument) empty = builders[i] (petition, settings, "  ", NULL);
      g_autofree char *date = ld_document_dup_date_text (doc);
      g_autoptr(TPdf) pdf = tpdf_render (doc);
      g_autofree char *text = tpdf_text (pdf);

      g_assert_cmpstr (ld_document_get_number (doc), ==, "（草稿）");
      g_assert_cmpstr (ld_document_get_number (empty), ==, "（草稿）");
      g_assert_null (date);
      g_assert_nonnull (strstr (text, "（草稿）"));
      g_assert_null (strstr (text, "2026年11月25日"));
    }
}

/* A petition that holds next to nothing, and no settings: every needed
 * fact shows as to be filled in, nothing crashes. */
static void
test_missing (void)
{
  static const char * const acceptance[] = {
    TO_FILL "：",
    "你（你们）于" TO_FILL "通过来信反映的" TO_FILL "问题",
    "本机关将在受理之日起六十日内办结",
    "联系人：" TO_FILL,
    TO_FILL,
    NULL
  };
  static const char * const non_acceptance[] = {
    "不予受理。理由是：" TO_FILL "。",
    TO_FILL,
    NULL
  };
  static const char * const reply[] = {
    "信访人：" TO_FILL "。",
    "本机关已于" TO_FILL "依法受理",
    "你（你们）反映：" TO_FILL "。",
    "你（你们）的请求是：" TO_FILL "。",
    "经调查核实，" TO_FILL "。",
    "三、处理意见与法律依据\n" TO_FILL "。",
    "处理结果为：" TO_FILL "。",
    "请求复查。",
    TO_FILL,
    NULL
  };
  g_autoptr(LdPetition) petition = ld_petition_new ();
  g_autofree char *a = build_text (ld_petition_acceptance_notice_build, petition, NULL, NULL);
  g_autofree char *n = build_text (ld_petition_non_acceptance_notice_build, petition, NULL, NULL);
  g_autofree char *r = build_text (ld_petition_reply_build, petition, NULL, NULL);

  assert_in_order (a, acceptance);
  assert_in_order (n, non_acceptance);
  assert_in_order (r, reply);
}

/* A group petition transferred here by phone: the addressee counts the
 * people, the receipt names the transferring organ. */
static void
test_group_transferred (void)
{
  g_autoptr(LdPetition) petition = ld_petition_new ();
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  g_autoptr(LdDocument) doc = NULL;
  g_autofree char *text = NULL;
  LdPetitionEvent *reg = make_event (LD_PETITION_STEP_REGISTER, 11, 18, NULL);

  ld_petition_set_channel (petition, LD_PETITION_CHANNEL_PHONE);
  ld_petition_set_petitioner_name (petition, "王五");
  ld_petition_set_people_count (petition, 6);
  ld_petition_set_title (petition, "关于青山村饮用水污染的问题。");
  ld_petition_event_set_unit (reg, "青山县信访局");
  apply (petition, reg);

  doc = ld_petition_acceptance_notice_build (petition, settings, NUMBER, date);
  text = ld_document_to_text (doc);
  g_assert_cmpstr (ld_document_get_addressee (doc), ==, "王五等6人");
  g_assert_nonnull (strstr (text, "你（你们）于2026年11月18日通过电话反映的关于青山村饮用水污染的问题，"
                                  "经青山县信访局转送，本机关已收悉。"));

  /* A title that already names the kind of matter gets no "问题" after it. */
  ld_petition_set_title (petition, "青山村饮用水污染情况");
  g_clear_pointer (&text, g_free);
  text = build_text (ld_petition_acceptance_notice_build, petition, settings, NUMBER);
  g_assert_nonnull (strstr (text, "反映的青山村饮用水污染情况，经青山县信访局转送"));
}

/* The organisation signs; without its name the legal office does; the
 * seal of the settings goes on the last page. */
static void
test_signature_and_seal (void)
{
  g_autoptr(LdPetition) petition = make_replied (LD_REPLY_OUTCOME_EXPLAIN);
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(GBytes) seal = make_seal_png ();
  g_autoptr(GDate) date = make_date (2026, 11, 25);
  g_autoptr(LdDocument) unsealed = ld_petition_reply_build (petition, settings, NUMBER, date);
  g_autoptr(LdDocument) sealed = NULL;
  g_autoptr(LdDocument) office = NULL;
  g_autoptr(TPdf) pdf = NULL;
  PopplerPage *last;
  GList *images;

  g_assert_cmpstr (ld_document_get_signatories (unsealed)[0], ==, ORGANISATION);
  g_assert_null (ld_document_get_signatories (unsealed)[1]);
  g_assert_null (ld_document_get_seal_png (unsealed));

  ld_org_settings_set_seal_png (settings, seal);
  sealed = ld_petition_reply_build (petition, settings, NUMBER, date);
  g_assert_true (g_bytes_equal (ld_document_get_seal_png (sealed), seal));
  pdf = tpdf_render (sealed);
  last = poppler_document_get_page (pdf->doc, poppler_document_get_n_pages (pdf->doc) - 1);
  images = poppler_page_get_image_mapping (last);
  g_assert_cmpuint (g_list_length (images), ==, 1);
  poppler_page_free_image_mapping (images);
  g_object_unref (last);

  ld_org_settings_set_organisation_name (settings, "");
  office = ld_petition_acceptance_notice_build (petition, settings, NUMBER, date);
  g_assert_cmpstr (ld_document_get_signatories (office)[0], ==, "青山镇人民政府法制办公室");
}

static void
count_changed_cb (LdPetition *petition,
                  gpointer    user_data)
{
  (*(guint *) user_data)++;
}

/* Building reads the petition and never changes it. */
static void
test_read_only (void)
{
  g_autoptr(LdPetition) petition = make_replied (LD_REPLY_OUTCOME_SUPPORT);
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(GVariant) before = ld_petition_serialize (petition);
  g_autoptr(GVariant) after = NULL;
  guint changes = 0;

  g_signal_connect (petition, "changed", G_CALLBACK (count_changed_cb), &changes);
  g_object_unref (ld_petition_acceptance_notice_build (petition, settings, NUMBER, NULL));
  g_object_unref (ld_petition_non_acceptance_notice_build (petition, settings, NUMBER, NULL));
  g_object_unref (ld_petition_reply_build (petition, settings, NUMBER, NULL));
  after = ld_petition_serialize (petition);
  g_assert_cmpuint (changes, ==, 0);
  g_assert_true (g_variant_equal (before, after));
}

/* Programmer errors are refused with a critical, not a crash. */
static void
test_bad_input (void)
{
  g_autoptr(LdOrgSettings) settings = make_settings ();
  g_autoptr(LdPetition) petition = make_petition ();

  g_test_expect_message ("ld-petition-notices", G_LOG_LEVEL_CRITICAL, "*LD_IS_PETITION*");
  g_assert_null (ld_petition_acceptance_notice_build (NULL, settings, NUMBER, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("ld-petition-notices", G_LOG_LEVEL_CRITICAL, "*LD_IS_ORG_SETTINGS*");
  g_assert_null (ld_petition_reply_build (petition, (LdOrgSettings *) petition, NUMBER, NULL));
  g_test_assert_expected_messages ();

  g_test_expect_message ("ld-petition-notices", G_LOG_LEVEL_CRITICAL, "*LD_IS_PETITION*");
  g_assert_null (ld_petition_non_acceptance_notice_build ((LdPetition *) settings, settings, NUMBER, NULL));
  g_test_assert_expected_messages ();
}

int
main (int   argc,
      char *argv[])
{
  /* Chinese in failure messages rather than question marks. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/docs/petition-notices/acceptance", test_acceptance);
  g_test_add_func ("/docs/petition-notices/non-acceptance/diverted", test_non_acceptance_diverted);
  g_test_add_func ("/docs/petition-notices/non-acceptance/routes", test_non_acceptance_routes);
  g_test_add_func ("/docs/petition-notices/non-acceptance/reason-forms", test_non_acceptance_reason_forms);
  g_test_add_func ("/docs/petition-notices/non-acceptance/plain", test_non_acceptance_plain);
  g_test_add_func ("/docs/petition-notices/reply", test_reply);
  g_test_add_func ("/docs/petition-notices/reply/outcomes", test_reply_outcomes);
  g_test_add_func ("/docs/petition-notices/draft", test_draft);
  g_test_add_func ("/docs/petition-notices/missing", test_missing);
  g_test_add_func ("/docs/petition-notices/group-transferred", test_group_transferred);
  g_test_add_func ("/docs/petition-notices/signature-and-seal", test_signature_and_seal);
  g_test_add_func ("/docs/petition-notices/read-only", test_read_only);
  g_test_add_func ("/docs/petition-notices/bad-input", test_bad_input);

  return g_test_run ();
}

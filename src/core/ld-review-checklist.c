/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-review-checklist"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ld-review-checklist.h"
#include "ld-review-finding.h"

G_DEFINE_ENUM_TYPE (LdCheckResult, ld_check_result,
  G_DEFINE_ENUM_VALUE (LD_CHECK_RESULT_UNCHECKED, "unchecked"),
  G_DEFINE_ENUM_VALUE (LD_CHECK_RESULT_PASS, "pass"),
  G_DEFINE_ENUM_VALUE (LD_CHECK_RESULT_PROBLEM, "problem"),
  G_DEFINE_ENUM_VALUE (LD_CHECK_RESULT_NOT_APPLICABLE, "not_applicable"))

static const char *result_labels[LD_N_CHECK_RESULTS] = {
  [LD_CHECK_RESULT_UNCHECKED] = N_("Not checked"),
  [LD_CHECK_RESULT_PASS] = N_("Pass"),
  [LD_CHECK_RESULT_PROBLEM] = N_("Problem"),
  [LD_CHECK_RESULT_NOT_APPLICABLE] = N_("Not applicable"),
};

/* DOMAIN.md 4.3. The 保障中小企业款项支付条例 articles are those of the
 * 2025 revision. Points 9 and 10 rest on practice and local rules, so they
 * suggest no statutory basis. */
static const LdChecklistPoint points[] = {
  { "standing", "主体资格", N_("Legal standing of the counterparty"),
    "相对方是否依法登记（统一社会信用代码），经营范围、资质是否符合要求，信用和涉诉情况，是否具备履约能力",
    "《中华人民共和国民法典》第一百四十三条" },
  { "authority", "授权与程序", N_("Authority and procedure"),
    "签约人是否为法定代表人或者持有授权委托书；本单位是否经集体决策；采购、招标程序是否履行；"
    "是否有预算安排（不得无预算、超预算采购）；审批手续是否完备",
    "《中华人民共和国民法典》第一百四十三条、第五百零二条、第五百零三条，《保障中小企业款项支付条例》第八条" },
  { "essential_terms", "必备条款", N_("Essential terms"),
    "是否具备当事人名称和住所、标的、数量、质量、价款或者报酬、履行期限、地点和方式、违约责任、解决争议的方法等条款",
    "《中华人民共和国民法典》第四百七十条" },
  { "price_payment", "价款与支付", N_("Price and payment"),
    "金额大小写是否一致；向中小企业付款期限是否自交付或者验收合格之日起不超过30日（约定最长不超过60日）；"
    "是否以审计结果作为结算依据；是否强制接受商业汇票等非现金支付方式；保证金是否合法；"
    "逾期利息是否不低于1年期贷款市场报价利率，未约定的按每日万分之五计付",
    "《保障中小企业款项支付条例》第九条至第十三条、第十七条" },
  { "acceptance", "验收", N_("Acceptance"),
    "是否约定明确、合理的检验或者验收期限；拖延验收的，付款期限自约定验收期限届满之日起算",
    "《保障中小企业款项支付条例》第十条" },
  { "validity", "合同效力", N_("Validity"),
    "是否违反法律、行政法规的强制性规定或者公序良俗，是否存在恶意串通、不合理的格式条款或者无效的免责条款",
    "《中华人民共和国民法典》第一百五十三条、第一百五十四条、第四百九十七条、第五百零六条" },
  { "disputes", "争议解决", N_("Dispute resolution"),
    "仲裁与诉讼是否择一约定，不得同时约定；争议解决条款的独立性",
    "《中华人民共和国民法典》第五百零七条" },
  { "liability", "违约、保密、知识产权与个人信息", N_("Liability, confidentiality, IP and personal data"),
    "违约责任、保密、知识产权归属和个人信息保护条款是否具体明确、权利义务是否对等",
    "《中华人民共和国民法典》第五百七十七条" },
  { "text", "合同文本", N_("Text and attachments"),
    "当事人名称前后是否一致，附件是否齐全，是否加盖骑缝章",
    "" },
  { "state_assets", "国有资产与财政资金风险", N_("Risk to public assets and funds"),
    "是否存在国有资产、财政资金、自然资源和公共资源流失的风险",
    "" },
};

#define N_POINTS G_N_ELEMENTS (points)

struct _LdReviewChecklist
{
  GObject parent_instance;

  LdCheckResult  results[N_POINTS];
  char          *notes[N_POINTS];
};

G_DEFINE_FINAL_TYPE (LdReviewChecklist, ld_review_checklist, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

const char *
ld_check_result_to_id (LdCheckResult result)
{
  GEnumClass *klass;
  const char *nick;

  g_return_val_if_fail (result < LD_N_CHECK_RESULTS, NULL);

  /* A static enum class is never freed, so the nick outlives the unref. */
  klass = g_type_class_ref (LD_TYPE_CHECK_RESULT);
  nick = g_enum_get_value (klass, result)->value_nick;
  g_type_class_unref (klass);
  return nick;
}

gboolean
ld_check_result_from_id (const char    *id,
                         LdCheckResult *out)
{
  GEnumClass *klass;
  GEnumValue *value;

  g_return_val_if_fail (id != NULL, FALSE);

  klass = g_type_class_ref (LD_TYPE_CHECK_RESULT);
  value = g_enum_get_value_by_nick (klass, id);
  if (value != NULL && out != NULL)
    *out = value->value;
  g_type_class_unref (klass);
  return value != NULL;
}

const char *
ld_check_result_get_label (LdCheckResult result)
{
  g_return_val_if_fail (result < LD_N_CHECK_RESULTS, NULL);
  return _(result_labels[result]);
}

const LdChecklistPoint *
ld_review_checklist_get_points (unsigned *out_n)
{
  if (out_n != NULL)
    *out_n = N_POINTS;
  return points;
}

static int
point_index (const char *id)
{
  for (unsigned i = 0; i < N_POINTS; i++)
    if (g_str_equal (points[i].id, id))
      return (int) i;
  return -1;
}

const LdChecklistPoint *
ld_review_checklist_lookup_point (const char *id)
{
  int i;

  g_return_val_if_fail (id != NULL, NULL);

  i = point_index (id);
  return i < 0 ? NULL : &points[i];
}

const char *
ld_checklist_point_get_label (const LdChecklistPoint *point)
{
  g_return_val_if_fail (point != NULL, NULL);
  return _(point->label);
}

static void
ld_review_checklist_finalize (GObject *object)
{
  LdReviewChecklist *self = LD_REVIEW_CHECKLIST (object);

  for (unsigned i = 0; i < N_POINTS; i++)
    g_free (self->notes[i]);

  G_OBJECT_CLASS (ld_review_checklist_parent_class)->finalize (object);
}

static void
ld_review_checklist_class_init (LdReviewChecklistClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ld_review_checklist_finalize;

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  G_TYPE_STRING | G_SIGNAL_TYPE_STATIC_SCOPE);
}

static void
ld_review_checklist_init (LdReviewChecklist *self)
{
  for (unsigned i = 0; i < N_POINTS; i++)
    {
      self->results[i] = LD_CHECK_RESULT_UNCHECKED;
      self->notes[i] = g_strdup ("");
    }
}

LdReviewChecklist *
ld_review_checklist_new (void)
{
  return g_object_new (LD_TYPE_REVIEW_CHECKLIST, NULL);
}

LdCheckResult
ld_review_checklist_get_result (LdReviewChecklist *self,
                                const char        *point_id)
{
  int i;

  g_return_val_if_fail (LD_IS_REVIEW_CHECKLIST (self), LD_CHECK_RESULT_UNCHECKED);
  g_return_val_if_fail (point_id != NULL, LD_CHECK_RESULT_UNCHECKED);

  i = point_index (point_id);
  return i < 0 ? LD_CHECK_RESULT_UNCHECKED : self->results[i];
}

const char *
ld_review_checklist_get_note (LdReviewChecklist *self,
                              const char        *point_id)
{
  int i;

  g_return_val_if_fail (LD_IS_REVIEW_CHECKLIST (self), NULL);
  g_return_val_if_fail (point_id != NULL, NULL);

  i = point_index (point_id);
  return i < 0 ? NULL : self->notes[i];
}

gboolean
ld_review_checklist_set (LdReviewChecklist *self,
                         const char        *point_id,
                         LdCheckResult      result,
                         const char        *note)
{
  int i;

  g_return_val_if_fail (LD_IS_REVIEW_CHECKLIST (self), FALSE);
  g_return_val_if_fail (point_id != NULL, FALSE);
  g_return_val_if_fail (result < LD_N_CHECK_RESULTS, FALSE);

  i = point_index (point_id);
  if (i < 0)
    return FALSE;

  if (note == NULL)
    note = "";
  if (self->results[i] == result && g_str_equal (self->notes[i], note))
    return TRUE;

  self->results[i] = result;
  g_free (self->notes[i]);
  self->notes[i] = g_strdup (note);
  g_signal_emit (self, signals[CHANGED], 0, points[i].id);
  return TRUE;
}

unsigned
ld_review_checklist_count (LdReviewChecklist *self,
                           LdCheckResult      result)
{
  unsigned n = 0;

  g_return_val_if_fail (LD_IS_REVIEW_CHECKLIST (self), 0);

  for (unsigned i = 0; i < N_POINTS; i++)
    if (self->results[i] == result)
      n++;
  return n;
}

gboolean
ld_review_checklist_is_complete (LdReviewChecklist *self)
{
  g_return_val_if_fail (LD_IS_REVIEW_CHECKLIST (self), FALSE);
  return ld_review_checklist_count (self, LD_CHECK_RESULT_UNCHECKED) == 0;
}

GPtrArray *
ld_review_checklist_problems_as_findings (LdReviewChecklist *self)
{
  GPtrArray *findings;

  g_return_val_if_fail (LD_IS_REVIEW_CHECKLIST (self), NULL);

  findings = g_ptr_array_new_with_free_func (g_object_unref);
  for (unsigned i = 0; i < N_POINTS; i++)
    {
      LdReviewFinding *finding;

      if (self->results[i] != LD_CHECK_RESULT_PROBLEM)
        continue;
      finding = ld_review_finding_new ("", self->notes[i], "", points[i].basis);
      ld_review_finding_set_checklist_point (finding, points[i].id);
      g_ptr_array_add (findings, finding);
    }
  return findings;
}

void
ld_review_checklist_assign (LdReviewChecklist *self,
                            LdReviewChecklist *other)
{
  g_return_if_fail (LD_IS_REVIEW_CHECKLIST (self));
  g_return_if_fail (LD_IS_REVIEW_CHECKLIST (other));

  for (unsigned i = 0; i < N_POINTS; i++)
    ld_review_checklist_set (self, points[i].id, other->results[i], other->notes[i]);
}

gboolean
ld_review_checklist_equal (LdReviewChecklist *a,
                           LdReviewChecklist *b)
{
  g_return_val_if_fail (LD_IS_REVIEW_CHECKLIST (a), FALSE);
  g_return_val_if_fail (LD_IS_REVIEW_CHECKLIST (b), FALSE);

  for (unsigned i = 0; i < N_POINTS; i++)
    if (a->results[i] != b->results[i] || !g_str_equal (a->notes[i], b->notes[i]))
      return FALSE;
  return TRUE;
}

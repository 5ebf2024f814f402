/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-legal-basis"

#include "config.h"

#include <string.h>

#include "ld-legal-basis.h"

#define CIVIL_CODE "中华人民共和国民法典"
#define PROCUREMENT_LAW "中华人民共和国政府采购法"
#define PROCUREMENT_REGS "中华人民共和国政府采购法实施条例"
#define TENDER_LAW "中华人民共和国招标投标法"
#define TENDER_REGS "中华人民共和国招标投标法实施条例"
#define SME_PAYMENT "保障中小企业款项支付条例"
#define DECISION_REGS "重大行政决策程序暂行条例"

/* Summaries shorten the article to the rule a reviewer cites; the
 * 保障中小企业款项支付条例 numbers are those of the 2025 revision
 * (国务院令第802号, in force 2025-06-01). */
static const LdLegalBasis bases[] = {
  { "civil_code_143", CIVIL_CODE, "第一百四十三条",
    "具备下列条件的民事法律行为有效：（一）行为人具有相应的民事行为能力；（二）意思表示真实；"
    "（三）不违反法律、行政法规的强制性规定，不违背公序良俗。" },
  { "civil_code_153", CIVIL_CODE, "第一百五十三条",
    "违反法律、行政法规的强制性规定的民事法律行为无效，但是该强制性规定不导致该民事法律行为无效的除外。"
    "违背公序良俗的民事法律行为无效。" },
  { "civil_code_154", CIVIL_CODE, "第一百五十四条",
    "行为人与相对人恶意串通，损害他人合法权益的民事法律行为无效。" },
  { "civil_code_470", CIVIL_CODE, "第四百七十条",
    "合同的内容由当事人约定，一般包括：当事人的姓名或者名称和住所；标的；数量；质量；价款或者报酬；"
    "履行期限、地点和方式；违约责任；解决争议的方法。" },
  { "civil_code_496", CIVIL_CODE, "第四百九十六条",
    "采用格式条款订立合同的，提供格式条款的一方应当遵循公平原则确定当事人之间的权利和义务，"
    "并采取合理的方式提示对方注意免除或者减轻其责任等与对方有重大利害关系的条款，按照对方的要求予以说明。" },
  { "civil_code_497", CIVIL_CODE, "第四百九十七条",
    "提供格式条款一方不合理地免除或者减轻其责任、加重对方责任、限制对方主要权利，"
    "或者排除对方主要权利的，该格式条款无效。" },
  { "civil_code_502", CIVIL_CODE, "第五百零二条",
    "依法成立的合同，自成立时生效，但是法律另有规定或者当事人另有约定的除外。"
    "依照法律、行政法规的规定，合同应当办理批准等手续的，依照其规定。" },
  { "civil_code_503", CIVIL_CODE, "第五百零三条",
    "无权代理人以被代理人的名义订立合同，被代理人已经开始履行合同义务或者接受相对人履行的，视为对合同的追认。" },
  { "civil_code_506", CIVIL_CODE, "第五百零六条",
    "合同中的下列免责条款无效：（一）造成对方人身损害的；（二）因故意或者重大过失造成对方财产损失的。" },
  { "civil_code_507", CIVIL_CODE, "第五百零七条",
    "合同不生效、无效、被撤销或者终止的，不影响合同中有关解决争议方法的条款的效力。" },
  { "civil_code_577", CIVIL_CODE, "第五百七十七条",
    "当事人一方不履行合同义务或者履行合同义务不符合约定的，应当承担继续履行、采取补救措施或者赔偿损失等违约责任。" },

  { "procurement_law_43", PROCUREMENT_LAW, "第四十三条",
    "采购人和供应商之间的权利和义务，应当按照平等、自愿的原则以合同方式约定。"
    "由采购代理机构以采购人名义签订合同的，应当提交采购人的授权委托书，作为合同附件。" },
  { "procurement_law_44", PROCUREMENT_LAW, "第四十四条",
    "政府采购合同应当采用书面形式。" },
  { "procurement_law_45", PROCUREMENT_LAW, "第四十五条",
    "国务院政府采购监督管理部门应当会同国务院有关部门，规定政府采购合同必须具备的条款。" },
  { "procurement_law_46", PROCUREMENT_LAW, "第四十六条",
    "采购人与中标、成交供应商应当在中标、成交通知书发出之日起三十日内，按照采购文件确定的事项签订政府采购合同。" },
  { "procurement_law_47", PROCUREMENT_LAW, "第四十七条",
    "政府采购项目的采购合同自签订之日起七个工作日内，采购人应当将合同副本报同级政府采购监督管理部门和有关部门备案。" },
  { "procurement_law_48", PROCUREMENT_LAW, "第四十八条",
    "经采购人同意，中标、成交供应商可以依法采取分包方式履行合同；"
    "中标、成交供应商就采购项目和分包项目向采购人负责，分包供应商就分包项目承担责任。" },
  { "procurement_law_49", PROCUREMENT_LAW, "第四十九条",
    "需追加与合同标的相同的货物、工程或者服务的，在不改变合同其他条款的前提下，可以签订补充合同，"
    "但所有补充合同的采购金额不得超过原合同采购金额的百分之十。" },
  { "procurement_law_50", PROCUREMENT_LAW, "第五十条",
    "政府采购合同的双方当事人不得擅自变更、中止或者终止合同。"
    "继续履行将损害国家利益和社会公共利益的，双方当事人应当变更、中止或者终止合同。" },
  { "procurement_regs_50", PROCUREMENT_REGS, "第五十条",
    "采购人应当自政府采购合同签订之日起2个工作日内，将政府采购合同在省级以上人民政府财政部门指定的媒体上公告，"
    "但政府采购合同中涉及国家秘密、商业秘密的内容除外。" },

  { "tender_law_46", TENDER_LAW, "第四十六条",
    "招标人和中标人应当自中标通知书发出之日起三十日内，按照招标文件和中标人的投标文件订立书面合同；"
    "不得再行订立背离合同实质性内容的其他协议。" },
  { "tender_regs_57", TENDER_REGS, "第五十七条",
    "合同的标的、价款、质量、履行期限等主要条款应当与招标文件和中标人的投标文件的内容一致；"
    "招标人和中标人不得再行订立背离合同实质性内容的其他协议。" },
  { "tender_regs_58", TENDER_REGS, "第五十八条",
    "招标文件要求中标人提交履约保证金的，中标人应当按照招标文件的要求提交。履约保证金不得超过中标合同金额的10%。" },

  { "sme_payment_8", SME_PAYMENT, "第八条",
    "机关、事业单位使用财政资金从中小企业采购货物、工程、服务，应当严格按照批准的预算执行，"
    "不得无预算、超预算开展采购。" },
  { "sme_payment_9", SME_PAYMENT, "第九条",
    "机关、事业单位从中小企业采购货物、工程、服务，应当自交付之日起30日内支付款项；"
    "合同另有约定的，从其约定，但付款期限最长不得超过60日。" },
  { "sme_payment_10", SME_PAYMENT, "第十条",
    "合同双方应当约定明确、合理的检验或者验收期限；拖延检验或者验收的，"
    "付款期限自约定的检验或者验收期限届满之日起算。" },
  { "sme_payment_11", SME_PAYMENT, "第十一条",
    "使用商业汇票等非现金支付方式的，应当在合同中作出明确、合理约定，不得强制中小企业接受，"
    "不得变相延长付款期限。" },
  { "sme_payment_12", SME_PAYMENT, "第十二条",
    "机关、事业单位和国有大型企业不得强制要求以审计机关的审计结果作为结算依据，法律、行政法规另有规定的除外。" },
  { "sme_payment_13", SME_PAYMENT, "第十三条",
    "除依法设立的投标保证金、履约保证金、工程质量保证金、农民工工资保证金外，工程建设中不得以任何形式收取其他保证金；"
    "不得将保证金限定为现金。" },
  { "sme_payment_14", SME_PAYMENT, "第十四条",
    "不得以法定代表人或者主要负责人变更、履行内部付款流程，或者在合同未作约定的情况下以等待竣工验收备案、"
    "决算审计等为由，拒绝或者迟延支付中小企业款项。" },
  { "sme_payment_17", SME_PAYMENT, "第十七条",
    "迟延支付中小企业款项的，应当支付逾期利息；约定利率不得低于合同订立时1年期贷款市场报价利率，"
    "未作约定的，按照每日利率万分之五支付。" },

  { "decision_regs_25", DECISION_REGS, "第二十五条",
    "决策草案提交决策机关讨论前，应当由负责合法性审查的部门进行合法性审查；"
    "未经合法性审查或者经审查不合法的，不得提交决策机关讨论。" },
  { "decision_regs_26", DECISION_REGS, "第二十六条",
    "送请合法性审查，应当提供决策草案及相关材料；材料不符合要求的，可以退回或者要求补充。"
    "送请合法性审查，应当保证必要的审查时间，一般不少于7个工作日。" },
  { "decision_regs_27", DECISION_REGS, "第二十七条",
    "合法性审查的内容包括：决策事项是否符合法定权限；决策草案的形成是否履行相关法定程序；"
    "决策草案内容是否符合有关法律、法规、规章和国家政策的规定。" },
  { "decision_regs_28", DECISION_REGS, "第二十八条",
    "负责合法性审查的部门应当及时提出合法性审查意见，并对合法性审查意见负责；"
    "在合法性审查过程中，应当组织法律顾问、公职律师提出法律意见。" },
};

const LdLegalBasis *
ld_legal_basis_get_all (unsigned *out_n)
{
  if (out_n != NULL)
    *out_n = G_N_ELEMENTS (bases);
  return bases;
}

const LdLegalBasis *
ld_legal_basis_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (unsigned i = 0; i < G_N_ELEMENTS (bases); i++)
    if (g_str_equal (bases[i].id, id))
      return &bases[i];
  return NULL;
}

char *
ld_legal_basis_format_citation (const LdLegalBasis *basis)
{
  g_return_val_if_fail (basis != NULL, NULL);
  return g_strconcat ("《", basis->law, "》", basis->article, NULL);
}

char *
ld_legal_basis_format_with_summary (const LdLegalBasis *basis)
{
  g_return_val_if_fail (basis != NULL, NULL);
  return g_strconcat ("《", basis->law, "》", basis->article, "规定：", basis->summary, NULL);
}

static gboolean
matches_word (const LdLegalBasis *basis,
              const char         *word)
{
  g_autofree char *id = g_ascii_strdown (basis->id, -1);
  g_autofree char *folded = g_ascii_strdown (word, -1);

  return strstr (basis->law, word) != NULL
         || strstr (basis->article, word) != NULL
         || strstr (basis->summary, word) != NULL
         || strstr (id, folded) != NULL;
}

GPtrArray *
ld_legal_basis_search (const char *query)
{
  g_auto(GStrv) words = NULL;
  GPtrArray *result;

  g_return_val_if_fail (query != NULL, NULL);

  result = g_ptr_array_new ();

  /* Split on ASCII and ideographic (full-width) spaces alike. */
  {
    g_autoptr(GString) spaced = g_string_new (query);
    g_string_replace (spaced, "\xe3\x80\x80", " ", 0);
    words = g_strsplit (spaced->str, " ", -1);
  }

  for (unsigned i = 0; i < G_N_ELEMENTS (bases); i++)
    {
      gboolean all = TRUE;

      for (char **w = words; *w != NULL && all; w++)
        if (**w != '\0' && !matches_word (&bases[i], *w))
          all = FALSE;
      if (all)
        g_ptr_array_add (result, (gpointer) &bases[i]);
    }

  return result;
}

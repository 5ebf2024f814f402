/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-sample-letter"

#include "config.h"

#include "ld-sample-letter.h"

static const char intro[] =
  "你办于2026年11月18日送来的《××路提升改造工程施工合同》（送审稿，以下简称“合同”）及招标文件、"
  "中标通知书、预算审核报告等材料收悉。根据《中华人民共和国民法典》《中华人民共和国招标投标法》"
  "《保障中小企业款项支付条例》等法律法规和《××镇政府合同管理办法》的规定，我们对合同文本进行了"
  "合法性审查，现将审查意见函告如下。";

static const char basics[] =
  "合同由××镇人民政府（发包人）与××市政工程有限公司（承包人）签订，工程内容为××路K0+000至"
  "K2+350段路面、排水及照明提升改造，合同工期120日历天，签约合同价为人民币3865420.00元（大写："
  "叁佰捌拾陆万伍仟肆佰贰拾元整）。承包人系经公开招标确定的中标人，中标通知书编号为××招〔2026〕"
  "0457号。送审材料包括合同文本、招标文件、投标文件、中标通知书、承包人营业执照及资质证书复印件，"
  "材料基本齐全，符合送审要求。";

static const char basis[] =
  "本次审查依据《中华人民共和国民法典》第一百四十三条、第一百五十三条、第四百九十六条、第四百九十七条"
  "及第五百零二条，《中华人民共和国招标投标法》第四十六条及其实施条例第五十七条，《保障中小企业款项"
  "支付条例》第八条、第九条、第十五条，《政府投资条例》，以及《××市政府合同管理办法》（×政规〔2024〕"
  "3号）等规定。审查范围限于送审材料，对合同涉及的技术、商业及财务事项不作判断。";

typedef struct
{
  const char *heading;
  const char *text;
  const char *item;        /* a third-level point, or NULL */
  const char *item_text;
} Issue;

static const Issue issues[] = {
  { "关于合同主体",
    "经核查，承包人提供的营业执照统一社会信用代码为91320412MA1XXXXXX2，登记状态为存续，经营范围包含"
    "市政公用工程施工；其市政公用工程施工总承包叁级资质证书在有效期内。合同首部载明的承包人名称与营业"
    "执照、中标通知书一致，但法定代表人姓名与营业执照记载不一致，建议核实后统一，并在签约时查验授权"
    "委托书原件，防止无权代理或者表见代理引发的争议。",
    NULL, NULL },
  { "关于合同价款与支付",
    "合同第十二条约定“工程款在审计结束后支付”，但未约定审计的启动时间和完成期限。根据《保障中小企业"
    "款项支付条例》第八条、第九条的规定，机关、事业单位从中小企业采购工程，应当自工程完成验收之日起30日"
    "内支付款项，不得以未完成审计作为延迟支付的理由。建议修改为：“发包人应当自工程竣工验收合格之日起"
    "30日内支付至合同价款的80%，审计结论作出后15日内结清余款；审计期限不超过竣工验收合格之日起6个月。”",
    "关于预付款",
    "合同约定预付款为合同价款的30%，未约定预付款的扣回方式和担保。建议明确预付款在进度款中按比例扣回，"
    "并要求承包人提供等额的银行保函（见GB/T 50500-2013《建设工程工程量清单计价规范》的相关规定）。" },
  { "关于违约责任",
    "合同第十八条仅约定了承包人逾期竣工的违约金（每日按合同价款的千分之二计算），未约定发包人逾期付款"
    "的责任，权利义务明显失衡。《保障中小企业款项支付条例》第十五条规定，机关、事业单位迟延支付中小企业"
    "款项的，应当支付逾期利息。建议增加对等条款：“发包人逾期支付工程款的，应按照日万分之五的利率向承包人"
    "支付逾期利息。”同时，违约金累计上限建议设定为合同价款的10%，以免约定过高而被人民法院调整。",
    NULL, NULL },
  { "关于争议解决",
    "合同第二十二条同时约定“提交××仲裁委员会仲裁”和“向工程所在地人民法院起诉”，属于或裁或诉的约定。"
    "根据《最高人民法院关于适用〈中华人民共和国仲裁法〉若干问题的解释》第七条的规定，当事人约定争议可以"
    "向仲裁机构申请仲裁也可以向人民法院起诉的，仲裁协议无效。建议二者择一，我们建议保留向工程所在地"
    "人民法院起诉的约定，以便于证据调取和判决执行。",
    NULL, NULL },
  { "关于安全生产与廉政条款",
    "合同未约定安全文明施工费的计取和使用，亦未附廉政协议。依照《建设工程安全生产管理条例》第二十二条，"
    "施工单位对列入建设工程概算的安全作业环境及安全施工措施所需费用，应当用于施工安全防护用具及设施的"
    "采购和更新、安全施工措施的落实、安全生产条件的改善，不得挪作他用。建议在合同中单列安全文明施工费，"
    "明确其不得作为让利竞争的费用，并将廉政协议作为合同附件一并签署。",
    "关于人员及分包",
    "合同未限制承包人将主体工程分包。依照《中华人民共和国民法典》第七百九十一条，建设工程主体结构的施工"
    "必须由承包人自行完成，建议增加“承包人不得转包或者违法分包”的约定及相应的解除权。" },
  { "关于文本规范",
    "合同文本中“甲方”“乙方”与“发包人”“承包人”混用，第七条、第十一条引用的条款序号有误，附件清单所列"
    "《工程量清单》未随合同提交。建议统一当事人称谓，核对条款引用，完善附件，在合同各页加盖骑缝章，并在"
    "签订后30日内按照《××镇政府合同管理办法》的规定报镇法制办备案。",
    NULL, NULL },
};

static const char conclusion[] =
  "综上，合同主体适格，合同内容总体上不违反法律、行政法规的强制性规定，但在付款期限、违约责任对等性及"
  "争议解决条款等方面存在问题。审查结论为：修改后签订。请你办按照上述意见修改完善后再行签订，修改稿请报"
  "我所备案。";

static const char statement[] =
  "本意见书仅依据送审材料作出，不代替合同签订单位对合同的商业、技术及财务事项所作的判断；送审材料不"
  "真实、不完整的，由送审单位承担相应责任。本意见书仅供你办内部决策参考，未经同意不得向合同相对方提供。";

LdDocument *
ld_sample_letter_new (const char *organisation,
                      int         n_paragraphs)
{
  LdDocument *doc;
  int left, n_issue_paragraphs;

  g_return_val_if_fail (organisation != NULL, NULL);

  n_paragraphs = MAX (n_paragraphs, 1);
  doc = ld_document_new ("关于《××路提升改造工程施工合同》的合法性审查意见书");
  ld_document_set_number (doc, "×法审〔2026〕12号");
  ld_document_set_addressee (doc, "××镇城乡建设办公室");

  /* Fixed parts first; the issues under 三、 take what is left over. */
  left = n_paragraphs;
  ld_document_add_paragraph (doc, intro);
  left--;
  if (left > 0)
    {
      ld_document_add_heading (doc, 1, "合同基本情况");
      ld_document_add_paragraph (doc, basics);
      left--;
    }
  if (left > 0)
    {
      ld_document_add_heading (doc, 1, "审查依据");
      ld_document_add_paragraph (doc, basis);
      left--;
    }

  n_issue_paragraphs = MAX (left - 2, 0);
  if (n_issue_paragraphs > 0)
    ld_document_add_heading (doc, 1, "审查意见");
  for (int i = 0; n_issue_paragraphs > 0; i++)
    {
      const Issue *issue = &issues[i % G_N_ELEMENTS (issues)];

      ld_document_add_heading (doc, 2, issue->heading);
      ld_document_add_paragraph (doc, issue->text);
      n_issue_paragraphs--;
      left--;
      if (issue->item != NULL && n_issue_paragraphs > 0)
        {
          ld_document_add_heading (doc, 3, issue->item);
          ld_document_add_paragraph (doc, issue->item_text);
          n_issue_paragraphs--;
          left--;
        }
    }

  if (left > 0)
    {
      ld_document_add_heading (doc, 1, "审查结论");
      ld_document_add_paragraph (doc, conclusion);
      left--;
    }
  if (left > 0)
    {
      ld_document_add_heading (doc, 1, "说明");
      ld_document_add_paragraph (doc, statement);
    }

  ld_document_add_attachment (doc, "××路提升改造工程施工合同（修改建议稿）");
  ld_document_add_attachment (doc, "合同审查要点对照表");
  ld_document_add_signatory (doc, organisation);
  ld_document_set_date (doc, 2026, 11, 25);
  ld_document_set_copy_to (doc, "××镇党政办公室，××镇财政所。");
  ld_document_set_printed_by (doc, organisation, 2026, 11, 25);

  return doc;
}

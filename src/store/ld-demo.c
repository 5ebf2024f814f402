/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ld-store"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ld-audit-triggers.h"
#include "ld-citizen-id.h"
#include "ld-credit-code.h"
#include "ld-database-private.h"
#include "ld-demo.h"
#include "ld-legal-basis.h"
#include "ld-mediation-reminders.h"
#include "ld-mediation-store-private.h"
#include "ld-petition.h"
#include "ld-review-checklist.h"
#include "ld-settings-store.h"

/* Progress is reported every BATCH_SIZE records. */
#define BATCH_SIZE 5000
/* Received dates run over this many days up to the anchor. */
#define SPAN_DAYS 688

/* splitmix64: small, fast and the same everywhere, unlike g_random. */
typedef struct
{
  guint64 state;
} Rng;

static guint64
rng_next (Rng *rng)
{
  guint64 z = (rng->state += 0x9E3779B97F4A7C15ULL);

  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

/* Uniform in [0, n). */
static guint
rng_below (Rng   *rng,
           guint  n)
{
  return n > 0 ? (guint) (rng_next (rng) % n) : 0;
}

static gboolean
rng_chance (Rng   *rng,
            guint  percent)
{
  return rng_below (rng, 100) < percent;
}

#define PICK(rng, array) ((array)[rng_below ((rng), G_N_ELEMENTS (array))])

/* Picks an index by weights (they need not add up to 100). */
static guint
rng_weighted (Rng          *rng,
              const guint  *weights,
              guint         n)
{
  guint total = 0, r;

  for (guint i = 0; i < n; i++)
    total += weights[i];
  r = rng_below (rng, total);
  for (guint i = 0; i < n; i++)
    {
      if (r < weights[i])
        return i;
      r -= weights[i];
    }
  return n - 1;
}

/* Word lists. */

static const char * const surnames[] = {
  "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡",
  "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹",
  "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏",
  "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金",
  "欧阳", "司马",
};

static const char * const given_chars[] = {
  "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛",
  "明", "超", "秀", "霞", "平", "刚", "桂", "英", "华", "建", "国", "玉", "兰", "志", "文",
  "红", "海", "林", "春", "梅", "云", "燕", "晨", "宇", "浩", "欣", "怡", "佳", "思", "雨",
  "嘉", "俊", "鹏", "辉", "飞", "波", "鑫", "婷", "雪", "琳", "凤", "荣", "德", "金", "福",
};

static const char * const departments[] = {
  "党政办公室", "经济发展办公室", "社会事务办公室", "综合执法队", "财政所", "农业农村办公室",
  "规划建设办公室", "社区管理办公室", "便民服务中心", "安全生产监督管理办公室",
  "退役军人服务站", "文化体育服务中心", "自然资源所", "生态环境办公室",
};

static const char * const company_places[] = {
  "苏州", "昆山", "常熟", "江阴", "无锡", "临沂", "沂水", "济南", "北京", "南京", "杭州",
  "合肥", "徐州", "盐城",
};

static const char * const company_names[] = {
  "恒达", "宏远", "鑫源", "华盛", "金鼎", "正泰", "中诚", "绿源", "瑞丰", "东方", "同创",
  "天成", "联合", "永安", "盛世", "汇通", "博远", "润华", "新城", "嘉禾",
};

static const char * const company_trades[] = {
  "建筑工程", "市政工程", "物业管理", "园林绿化", "信息技术", "环保科技", "劳务服务",
  "餐饮管理", "保安服务", "建材", "水利工程", "电力工程", "文化传媒", "农业开发",
};

/* GB/T 2260 county codes (Kunshan, Yinan, Dongcheng …). */
static const char * const region_codes[] = {
  "320583", "320582", "320581", "320281", "371425", "371323", "371302", "110105", "110101",
  "320506", "320115", "330106", "340104", "320311",
};

static const char * const villages[] = {
  "东湖村", "西山村", "南塘村", "北庄村", "新桥村", "红旗村", "团结社区", "幸福社区",
  "青山村", "柳河村", "石桥村", "花园社区", "和平村", "长港村",
};

static const char * const occupations[] = {
  "农民", "个体经营", "退休", "务工", "教师", "公司职员", "无业", "驾驶员", "厨师", "村干部",
};

static const char * const reviewers[] = {
  "王立新", "陈晓燕", "刘志强", "周明律师",
};

static const char * const mediator_names[] = {
  "赵德海", "孙秀兰", "钱国庆", "李建平", "吴桂英", "郑永红",
};

static const char * const handlers[] = {
  "张伟", "李娜", "黄磊", "何静", "罗杰", "梁燕",
};

/* Short sentences from the public documents in ../shared/corpus, used as
 * the suggestions citizens send and as background in case files. */
static const char * const corpus_sentences[] = {
  "进一步完善信访制度，确保信访渠道畅通，不断推进信访工作制度化、规范化和法治化。",
  "及时收集分析矛盾纠纷信息，加强群体性、突发性事件预警监测。",
  "涉及群众切身利益的决策事项，与利害关系人进行充分沟通，并及时反馈采纳意见情况。",
  "重点推进财政预算、公共资源配置、重大建设项目批准和实施、社会公益事业建设等领域的政府信息公开。",
  "推进政府信息公开信息化，为群众查阅、获取政府信息提供便利条件。",
  "加快政府门户网站信息的维护和更新，切实推进政务信息公开化进程。",
  "增强行政决策公众参与实效，重大行政决策事项广泛听取社会公众意见。",
  "完善公众意见反馈机制，及时反馈公众意见采纳情况和理由。",
  "统筹协调各方面利益关系，切实办好顺民意、解民忧、惠民生的实事。",
  "探索建立个性化的村（社区）调解工作室（站）。",
  "深入推进社会治安综合治理，提高公共突发事件防范处置和防灾救灾减灾能力。",
  "加强行政执法部门之间的协作配合，实行行政执法争议协调裁决制度。",
  "对工作不力、问题较多的，要及时约谈、责令整改、通报批评。",
  "决策事项依法应当进行听证的要组织听证，听证笔录要作为决策的依据。",
  "完善行政复议与信访的衔接机制。",
  "坚持集体讨论决定制度，重大行政决策应当经乡镇政府、街道办事处负责人集体讨论决定。",
  "法制机构要对重大决策进行合法性审查。",
  "未经公开征求意见、合法性审查和集体讨论决定的，不得制发规范性文件。",
  "加强重大行政决策风险评估，重点进行社会稳定、环境、经济等方面的风险评估。",
  "建立健全乡镇政府、街道办事处依法行政工作配套制度，把依法行政要求落实到工作的各个方面、各个环节。",
  "所有重大行政决策要形成全面系统的决策档案。",
  "加强对政府工作人员的法治教育培训。",
  "规范和引导网络社团社群健康发展，加强监督管理。",
  "强化依法应对和处置群体性事件机制和能力。",
  "加强行政执法经费保障，保证执法经费足额拨付。",
  "建立并推行统一的行政执法和监督人员的信息化管理体系。",
  "积极探索镇域综合执法体制改革。",
  "完善审计制度，保障依法独立行使审计监督权。",
  "严格执行规范性文件有效期制度，完善规范性文件评估制度。",
  "制定和实施机关都要通过多种途径了解社会公众对决策实施情况的意见和建议。",
  "推进外聘政府法律顾问制度，在重大问题决策、化解热点难点问题等方面借助专业法律队伍的力量。",
  "实行政府合同报备案制度，确保政府合同的合法性，有效减少政府在商务活动中的法律风险。",
  "依托乡贤馆平台，积极引导乡贤力量参与矛盾纠纷调处。",
  "在处理和解决群众来信、来电、来访工作中实施首接责任制。",
  "构建乡、村三级的公共服务体系，做优公共服务，建设服务型和法治型政府。",
  "乡镇、街道每年安排领导干部集中学法不得少于4次。",
};

/* Dates: days since 2025-01-01 ↔ 'YYYY-MM-DD'. */

typedef struct
{
  GDate base;
} Calendar;

static void
format_day (const Calendar *cal,
            int             day,
            char            out[11])
{
  GDate d = cal->base;

  if (day > 0)
    g_date_add_days (&d, day);
  else if (day < 0)
    g_date_subtract_days (&d, -day);
  g_snprintf (out, 11, "%04u-%02u-%02u", (unsigned) g_date_get_year (&d),
              (unsigned) g_date_get_month (&d), (unsigned) g_date_get_day (&d));
}

static int
year_of_day (const Calendar *cal,
             int             day)
{
  GDate d = cal->base;

  g_date_add_days (&d, day);
  return g_date_get_year (&d);
}

/* People and organisations. */

static void
append_name (Rng     *rng,
             GString *out)
{
  g_string_append (out, PICK (rng, surnames));
  g_string_append (out, PICK (rng, given_chars));
  if (rng_chance (rng, 70))
    g_string_append (out, PICK (rng, given_chars));
}

static char *
make_name (Rng *rng)
{
  GString *s = g_string_new (NULL);

  append_name (rng, s);
  return g_string_free (s, FALSE);
}

typedef struct
{
  char name[32];
  char id_number[19];
  char birth_date[11];
  gboolean male;
  char phone[12];
  char address[128];
} Person;

static void
make_citizen_id (Rng        *rng,
                 const char *region,
                 int         year,
                 int         month,
                 int         day,
                 gboolean    male,
                 char        out[19])
{
  guint seq = rng_below (rng, 500) * 2 + (male ? 1 : 0);

  g_snprintf (out, 19, "%s%04d%02d%02d%03u", region, year, month, day, seq % 1000);
  out[17] = ld_citizen_id_compute_check (out);
  out[18] = '\0';
}

static void
make_phone (Rng  *rng,
            char  out[12])
{
  static const char * const prefixes[] = {
    "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152", "155",
    "157", "158", "159", "166", "173", "177", "180", "181", "185", "186", "187", "188", "189",
    "191", "198", "199",
  };

  g_snprintf (out, 12, "%s%08u", PICK (rng, prefixes), rng_below (rng, 100000000));
}

static void
make_person (Rng    *rng,
             Person *p)
{
  g_autofree char *name = make_name (rng);
  const char *region = PICK (rng, region_codes);
  int year = 1950 + (int) rng_below (rng, 56);
  int month = 1 + (int) rng_below (rng, 12);
  int day = 1 + (int) rng_below (rng, g_date_get_days_in_month (month, year));

  g_strlcpy (p->name, name, sizeof p->name);
  p->male = rng_chance (rng, 55);
  make_citizen_id (rng, region, year, month, day, p->male, p->id_number);
  g_snprintf (p->birth_date, sizeof p->birth_date, "%04d-%02d-%02d", year, month, day);
  make_phone (rng, p->phone);
  g_snprintf (p->address, sizeof p->address, "青山镇%s%u组%u号",
              PICK (rng, villages), 1 + rng_below (rng, 12), 1 + rng_below (rng, 80));
}

/* A unified social credit code: 9 (industry and commerce) 1 (enterprise),
 * a county code, an organisation code with its GB 11714 check, then the
 * GB 32100 check character. */
static void
make_credit_code (Rng  *rng,
                  char  out[19])
{
  static const char charset[] = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static const int weights[] = { 3, 7, 9, 10, 5, 8, 4, 2 };
  char org[9];
  int sum = 0, check;

  for (guint i = 0; i < 8; i++)
    org[i] = i < 2 && rng_chance (rng, 50) ? "MA"[i] : charset[rng_below (rng, 31)];
  org[8] = '\0';
  for (guint i = 0; i < 8; i++)
    {
      int v = g_ascii_isdigit (org[i]) ? org[i] - '0' : org[i] - 'A' + 10;
      sum += v * weights[i];
    }
  check = 11 - sum % 11;
  g_snprintf (out, 19, "91%s%s%c", PICK (rng, region_codes), org,
              check == 10 ? 'X' : check == 11 ? '0' : '0' + check);
  out[17] = ld_credit_code_compute_check (out);
  out[18] = '\0';
}

static char *
make_company (Rng *rng)
{
  return g_strdup_printf ("%s%s%s有限公司", PICK (rng, company_places),
                          PICK (rng, company_names), PICK (rng, company_trades));
}

/* Statuses by age. Each register picks a status from how long ago the
 * record came in; a few old records stay open, and are overdue. */

typedef struct
{
  const char *status;
  int         due_after;  /* days after receipt, or -1: no due date */
} StatusPick;

static int
days_ago (int received_day)
{
  return SPAN_DAYS - received_day;
}

/* Replaces the first "%s" with @a and the next with @b (templates are data,
 * so no printf). */
static char *
fill_template (const char *template,
               const char *a,
               const char *b)
{
  GString *s = g_string_new (template);

  g_string_replace (s, "%s", a, 1);
  if (b != NULL)
    g_string_replace (s, "%s", b, 1);
  return g_string_free (s, FALSE);
}

/* Insert helpers. */

typedef struct
{
  LdDatabase *db;
  Rng         rng;
  Calendar    cal;
  int         next_seq[3][2];   /* [register][year - 2025] */
  /* The ids of the first mediation case and party, above those of deleted
   * cases (mediation_retired) that an Undo may bring back; 0 once used,
   * as SQLite numbers the rest after them. */
  gint64      first_case_id;
  gint64      first_party_id;
  GError    **error;
  /* The petition time limits, for due dates that match the history. */
  LdDeadlinePolicy *policy;
  LdCalendar       *calendar;
  guint64           seed;
} Ctx;

static void
bind_text (sqlite3_stmt *stmt,
           int           index,
           const char   *text)
{
  sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

static void
bind_day (Ctx          *ctx,
          sqlite3_stmt *stmt,
          int           index,
          int           day)
{
  char text[11];

  format_day (&ctx->cal, day, text);
  bind_text (stmt, index, text);
}

static void
bind_timestamp (Ctx          *ctx,
                sqlite3_stmt *stmt,
                int           index,
                int           day)
{
  char date[11];
  g_autofree char *text = NULL;

  format_day (&ctx->cal, day, date);
  text = g_strdup_printf ("%sT%02u:%02u:00Z", date, rng_below (&ctx->rng, 9), rng_below (&ctx->rng, 60));
  bind_text (stmt, index, text);
}

/* Sorted receipt days, so register numbers follow the order of receipt. */
static int
compare_ints (const void *a,
              const void *b)
{
  int x = *(const int *) a, y = *(const int *) b;

  return (x > y) - (x < y);
}

static int *
make_days (Rng   *rng,
           guint  n)
{
  int *days = g_new (int, MAX (n, 1));

  /* Later days are a little busier than earlier ones. */
  for (guint i = 0; i < n; i++)
    {
      guint a = rng_below (rng, SPAN_DAYS + 1), b = rng_below (rng, SPAN_DAYS + 1);
      days[i] = (int) (rng_chance (rng, 30) ? MAX (a, b) : a);
    }
  qsort (days, n, sizeof (int), compare_ints);
  return days;
}

static int
take_seq (Ctx *ctx,
          int  reg,
          int  year)
{
  return ++ctx->next_seq[reg][CLAMP (year - 2025, 0, 1)];
}

/* A deleted case's id (and its parties') is not given again, as
 * ld_mediation_store_insert() does. */
static gboolean
load_first_mediation_ids (Ctx *ctx)
{
  return ld_mediation_store_next_case_id (ctx->db, &ctx->first_case_id, ctx->error) &&
         ld_mediation_store_next_party_id (ctx->db, &ctx->first_party_id, ctx->error);
}

static gboolean
load_next_seqs (Ctx  *ctx,
                int   reg,
                const char *sql)
{
  for (int y = 0; y < 2; y++)
    {
      sqlite3_stmt *stmt = ld_database_prepare (ctx->db, sql, ctx->error);
      int rc;

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int (stmt, 1, 2025 + y);
      rc = ld_database_step (ctx->db, stmt, ctx->error);
      if (rc != SQLITE_ROW)
        return FALSE;
      ctx->next_seq[reg][y] = sqlite3_column_int (stmt, 0);
      sqlite3_reset (stmt);
    }
  return TRUE;
}

/* Contract reviews. */

typedef struct
{
  const char *kind;
  const char *title_format;  /* %s: a village or place */
  const char *procurement;
  guint       min_yuan;
  guint       max_yuan;
} ContractKind;

static const ContractKind contract_kinds[] = {
  { "construction", "%s道路硬化工程施工合同", "public_tender", 300000, 5000000 },
  { "construction", "%s雨污分流改造工程施工合同", "public_tender", 500000, 8000000 },
  { "construction", "%s村民活动中心修缮工程合同", "inquiry", 80000, 600000 },
  { "procurement", "办公设备采购合同", "inquiry", 20000, 300000 },
  { "procurement", "防汛应急物资采购合同", "competitive_negotiation", 50000, 500000 },
  { "lease", "%s集体厂房租赁合同", "not_applicable", 30000, 800000 },
  { "lease", "%s门面房租赁合同", "not_applicable", 10000, 200000 },
  { "service", "镇区物业管理服务合同", "competitive_consultation", 100000, 1200000 },
  { "service", "%s保洁服务外包合同", "inquiry", 30000, 300000 },
  { "service", "常年法律顾问服务合同", "single_source", 30000, 120000 },
  { "sale", "废旧物资处置买卖合同", "not_applicable", 5000, 80000 },
  { "loan", "%s集体经济组织借款合同", "not_applicable", 100000, 2000000 },
  { "cooperation", "招商引资项目合作协议", "not_applicable", 1000000, 50000000 },
  { "land_contracting", "%s集体土地承包经营合同", "not_applicable", 20000, 600000 },
  { "other", "%s委托代建协议", "invitation", 200000, 3000000 },
};

static const char * const funding_sources[] = {
  "财政预算资金", "上级专项资金", "村集体自有资金", "自筹资金", "政府债券资金",
};

static const char *
contract_status (Rng *rng,
                 int  age,
                 int *due_after)
{
  *due_after = 7;  /* five working days */
  if (age <= 7)
    return rng_chance (rng, 50) ? "received" : "under_review";
  if (rng_chance (rng, 3))
    return rng_chance (rng, 50) ? "received" : "under_review";  /* overdue */
  if (rng_chance (rng, 5))
    return "returned";
  if (age <= 30)
    return rng_chance (rng, 60) ? "opinion_issued" : "signed";
  return rng_chance (rng, 45) ? "signed" : (rng_chance (rng, 80) ? "archived" : "opinion_issued");
}

/* What a review found: a clause, the problem, how to revise it. */
typedef struct
{
  const char *clause;
  const char *problem;
  const char *suggestion;
} DemoFinding;

static const DemoFinding demo_findings[] = {
  { "第三条", "合同价款未明确是否含税，结算依据不清。", "明确合同价款为含税价，并写明税率及发票类型。" },
  { "第五条", "付款节点与履行进度不对应，预付款比例过高。", "按验收节点分期付款，预付款不超过合同价款的百分之三十。" },
  { "第六条", "验收标准和验收期限约定不明。", "写明验收所依据的标准、验收程序和期限。" },
  { "第八条第二款", "违约责任仅约定我方责任，双方权利义务不对等。", "补充对方逾期履行、质量不合格时的违约金及解除权。" },
  { "第十条", "争议解决约定由对方所在地法院管辖，不利于我方维权。", "约定由我方所在地人民法院管辖。" },
  { "第十二条", "未约定保密义务及个人信息保护责任。", "增加保密条款，明确个人信息处理的范围和责任。" },
  { "", "合同附件缺少工程量清单，与正文引用不一致。", "补齐附件并与正文核对一致后再签订。" },
  { "第四条", "履行期限起止日期与招标文件不一致。", "按招标文件载明的期限修改。" },
};

static const char * const problem_notes[] = {
  "未提供对方营业执照及资质证书复印件。",
  "未见集体讨论决定或上级审批文件。",
  "价款支付方式约定不明确。",
  "争议解决方式约定不明。",
  "合同文本存在前后表述不一致之处。",
};

static const char * const conclusion_reasons[] = {
  "合同主体适格，主要条款齐备，内容不违反法律、行政法规的强制性规定。",
  "合同主要内容合法，但部分条款需按本意见修改完善后方可签订。",
  "合同相对方资质不符合要求，签订程序尚未履行完毕，暂不宜签订。",
};

static gboolean
insert_checklist_row (Ctx        *ctx,
                      gint64      review_id,
                      const char *point_id,
                      const char *result,
                      const char *note)
{
  static const char sql[] =
    "INSERT INTO contract_checklist (review_id, point_id, result, note) VALUES (?1, ?2, ?3, ?4)";
  sqlite3_stmt *stmt = ld_database_prepare (ctx->db, sql, ctx->error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, review_id);
  bind_text (stmt, 2, point_id);
  bind_text (stmt, 3, result);
  bind_text (stmt, 4, note);
  return ld_database_step_done (ctx->db, stmt, ctx->error);
}

static gboolean
insert_finding_row (Ctx               *ctx,
                    gint64             review_id,
                    int                position,
                    const DemoFinding *finding,
                    const char        *basis)
{
  static const char sql[] =
    "INSERT INTO contract_findings (review_id, position, clause, problem, suggestion, basis)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
  sqlite3_stmt *stmt = ld_database_prepare (ctx->db, sql, ctx->error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, review_id);
  sqlite3_bind_int (stmt, 2, position);
  bind_text (stmt, 3, finding->clause);
  bind_text (stmt, 4, finding->problem);
  bind_text (stmt, 5, finding->suggestion);
  bind_text (stmt, 6, basis);
  return ld_database_step_done (ctx->db, stmt, ctx->error);
}

/* The conclusion of a review whose opinion was issued, as a conclusion id
 * ("" before the opinion). A signed contract was not advised against. */
static const char *
contract_conclusion (Rng        *rng,
                     const char *status)
{
  static const guint weights[] = { 50, 40, 10 };
  static const char * const ids[] = { "agree", "agree_after_revision", "do_not_sign" };
  guint i;

  if (!g_str_equal (status, "opinion_issued") && !g_str_equal (status, "signed") &&
      !g_str_equal (status, "archived"))
    return "";
  i = rng_weighted (rng, weights, G_N_ELEMENTS (weights));
  if (g_str_equal (status, "signed") && i == 2)
    i = 0;
  return ids[i];
}

/* The checklist results and findings of review @review_id. Reviews that
 * are only received have none; those under review (or returned) part of
 * the checklist and a finding or two; issued ones all of it and 1–4
 * findings. */
static gboolean
insert_review_work (Ctx        *ctx,
                    Rng        *rng,
                    gint64      review_id,
                    const char *status,
                    const char *procurement)
{
  const LdChecklistPoint *points;
  const LdLegalBasis *bases;
  unsigned n_points, n_bases, n_checked, n_findings;
  gboolean issued = !g_str_equal (status, "under_review") && !g_str_equal (status, "returned");
  guint first = rng_below (rng, G_N_ELEMENTS (demo_findings));

  if (g_str_equal (status, "received"))
    return TRUE;

  points = ld_review_checklist_get_points (&n_points);
  bases = ld_legal_basis_get_all (&n_bases);
  n_checked = issued ? n_points : 2 + rng_below (rng, n_points - 2);
  for (unsigned i = 0; i < n_checked; i++)
    {
      const char *result = "pass";
      const char *note = "";

      if (g_str_equal (points[i].id, "state_assets") && g_str_equal (procurement, "not_applicable") &&
          rng_chance (rng, 50))
        result = "not_applicable";
      else if (rng_chance (rng, 8))
        {
          result = "problem";
          note = PICK (rng, problem_notes);
        }
      if (!insert_checklist_row (ctx, review_id, points[i].id, result, note))
        return FALSE;
    }

  n_findings = issued ? 1 + rng_below (rng, 4) : rng_below (rng, 3);
  for (unsigned i = 0; i < n_findings; i++)
    {
      g_autofree char *basis = ld_legal_basis_format_with_summary (&bases[rng_below (rng, n_bases)]);

      if (!insert_finding_row (ctx, review_id, (int) i,
                               &demo_findings[(first + i) % G_N_ELEMENTS (demo_findings)], basis))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_contract (Ctx *ctx,
                 int  day)
{
  static const char sql[] =
    "INSERT INTO contract_reviews (number, year, seq, title, kind, submitting_department,"
    " handler, handler_contact, counterparty_name, counterparty_credit_code,"
    " counterparty_representative, counterparty_address, counterparty_contact, amount_fen,"
    " term_start, term_end, funding_source, procurement_method, received_on, due_on,"
    " reviewer, status, status_reason, created_at, updated_at, conclusion, conclusion_reasons)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
    " ?18, ?19, ?20, ?21, ?22, ?23, ?24, ?24, ?25, ?26)";
  Rng *rng = &ctx->rng;
  const ContractKind *kind = &PICK (rng, contract_kinds);
  sqlite3_stmt *stmt = ld_database_prepare (ctx->db, sql, ctx->error);
  int year = year_of_day (&ctx->cal, day);
  int seq = take_seq (ctx, 0, year);
  g_autofree char *number = g_strdup_printf ("合审〔%d〕%d号", year, seq);
  g_autofree char *title = fill_template (kind->title_format, PICK (rng, villages), NULL);
  g_autofree char *handler = make_name (rng);
  g_autofree char *company = make_company (rng);
  g_autofree char *representative = make_name (rng);
  g_autofree char *address = NULL;
  char credit_code[19], phone[12], contact[12];
  double span = (double) kind->max_yuan / kind->min_yuan;
  gint64 yuan = (gint64) (kind->min_yuan * pow (span, rng_below (rng, 1000) / 1000.0));
  int due_after, start;
  const char *status = contract_status (rng, days_ago (day), &due_after);
  const char *conclusion;
  Rng work;

  if (stmt == NULL)
    return FALSE;

  make_credit_code (rng, credit_code);
  make_phone (rng, phone);
  make_phone (rng, contact);
  address = g_strdup_printf ("%s市%s路%u号", PICK (rng, company_places),
                             PICK (rng, company_names), 1 + rng_below (rng, 300));
  start = day + 10 + (int) rng_below (rng, 30);

  bind_text (stmt, 1, number);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_int (stmt, 3, seq);
  bind_text (stmt, 4, title);
  bind_text (stmt, 5, kind->kind);
  bind_text (stmt, 6, PICK (rng, departments));
  bind_text (stmt, 7, handler);
  bind_text (stmt, 8, phone);
  bind_text (stmt, 9, company);
  bind_text (stmt, 10, credit_code);
  bind_text (stmt, 11, representative);
  bind_text (stmt, 12, address);
  bind_text (stmt, 13, contact);
  /* Whole hundreds of yuan, in fen. */
  sqlite3_bind_int64 (stmt, 14, (yuan / 100) * 100 * 100);
  bind_day (ctx, stmt, 15, start);
  bind_day (ctx, stmt, 16, start + 90 + (int) rng_below (rng, 1000));
  bind_text (stmt, 17, PICK (rng, funding_sources));
  bind_text (stmt, 18, kind->procurement);
  bind_day (ctx, stmt, 19, day);
  bind_day (ctx, stmt, 20, day + due_after);
  bind_text (stmt, 21, PICK (rng, reviewers));
  bind_text (stmt, 22, status);
  bind_text (stmt, 23, g_str_equal (status, "returned") ? "缺少预算批复文件和供应商资质证明" : "");
  bind_timestamp (ctx, stmt, 24, day);

  /* The review's work draws from a stream of its own, so the records
   * themselves stay what they were for a given seed. */
  work.state = rng->state ^ G_GUINT64_CONSTANT (0xD1B54A32D192ED03);
  conclusion = contract_conclusion (&work, status);
  bind_text (stmt, 25, conclusion);
  if (*conclusion != '\0')
    bind_text (stmt, 26, conclusion_reasons[g_str_equal (conclusion, "agree") ? 0 :
                                            g_str_equal (conclusion, "agree_after_revision") ? 1 : 2]);
  else
    bind_text (stmt, 26, "");
  if (!ld_database_step_done (ctx->db, stmt, ctx->error))
    return FALSE;
  return insert_review_work (ctx, &work, sqlite3_last_insert_rowid (ld_database_get_handle (ctx->db)),
                             status, kind->procurement);
}

/* Mediation cases. */

typedef struct
{
  const char *category;
  const char *title_format;   /* %s %s: applicant, respondent */
  const char *facts;
  const char *claims;
} DisputeKind;

static const DisputeKind dispute_kinds[] = {
  { "婚姻家庭", "%s与%s赡养纠纷", "申请人年事已高，患有慢性病，被申请人作为子女长期未支付赡养费，双方多次协商未果。", "请求被申请人每月支付赡养费并分担医疗费用。" },
  { "邻里", "%s与%s相邻通行纠纷", "双方系前后邻居，被申请人在共用通道上堆放杂物并加装铁门，影响申请人家庭出行。", "请求被申请人清除杂物、拆除铁门，恢复通行。" },
  { "房屋宅基地", "%s与%s宅基地边界纠纷", "双方宅基地相邻，被申请人翻建房屋时越过原界址约半米，申请人多次交涉未果。", "请求确认原界址，被申请人拆除越界部分。" },
  { "合同", "%s与%s买卖合同纠纷", "申请人向被申请人出售农产品，被申请人收货后以质量问题为由拒付剩余货款。", "请求被申请人支付剩余货款。" },
  { "生产经营", "%s与%s养殖场用水纠纷", "被申请人养殖场排水流入申请人承包的鱼塘，造成部分鱼苗死亡。", "请求被申请人赔偿鱼苗损失并整改排水设施。" },
  { "损害赔偿", "%s与%s人身损害赔偿纠纷", "双方因琐事发生口角并推搡，申请人摔倒受伤，住院治疗一周。", "请求被申请人赔偿医疗费、误工费等损失。" },
  { "山林土地", "%s与%s土地承包经营权纠纷", "双方对一块承包地的经营权归属存在争议，均称享有承包经营权。", "请求确认承包地经营权归申请人所有。" },
  { "征地拆迁", "%s与%s房屋拆迁补偿纠纷", "申请人认为其房屋附属设施未计入补偿范围，补偿标准偏低。", "请求重新核定附属设施补偿。" },
  { "环境污染", "%s与%s噪声污染纠纷", "被申请人经营的加工作坊夜间生产，噪声影响周边居民休息。", "请求被申请人停止夜间生产并采取降噪措施。" },
  { "劳动争议", "%s与%s劳动报酬纠纷", "申请人在被申请人承建的工地务工三个月，被申请人拖欠工资至今未付。", "请求被申请人支付拖欠的劳动报酬。" },
  { "消费", "%s与%s家电维修消费纠纷", "申请人购买的空调在保修期内多次故障，被申请人拒绝免费维修。", "请求被申请人免费维修或更换。" },
  { "道路交通事故", "%s与%s交通事故损害赔偿纠纷", "被申请人驾驶电动三轮车与申请人的电动自行车相撞，交警认定被申请人负主要责任。", "请求被申请人赔偿车辆维修费及医疗费。" },
  { "物业", "%s与%s物业服务费纠纷", "业主认为小区物业服务不到位，拒绝缴纳物业费，物业公司多次催缴。", "请求按实际服务质量调整物业费。" },
  { "其他", "%s与%s财产权属纠纷", "双方对一批农机具的归属产生争议，各执一词。", "请求确认农机具归申请人所有。" },
};

static const char *
mediation_status (Rng *rng,
                  int  age,
                  int *due_after)
{
  /* Target period 30 days from acceptance; return visit 30 days after the
   * agreement; performance by 60 days. */
  *due_after = -1;
  if (age <= 3)
    {
      *due_after = 33;
      return rng_chance (rng, 60) ? "applied" : "accepted";
    }
  if (age <= 35 || rng_chance (rng, 3))
    {
      static const char * const open[] = { "accepted", "investigating", "mediating" };
      *due_after = 33;
      return PICK (rng, open);
    }
  if (rng_chance (rng, 5))
    return "not_accepted";
  if (rng_chance (rng, 8))
    return rng_chance (rng, 70) ? "failed" : "terminated";
  if (age <= 70 || rng_chance (rng, 3))
    {
      *due_after = rng_chance (rng, 50) ? 50 : 65;
      return *due_after == 50 ? "agreement_reached" : "performed";
    }
  return rng_chance (rng, 40) ? "return_visit_done" : "archived";
}

typedef struct
{
  gboolean organisation;
  Person   person;       /* for an organisation: its contact's phone and address */
  char     org_name[128];
  char     credit_code[19];
} Party;

static void
make_party (Rng      *rng,
            gboolean  organisation,
            Party    *party)
{
  party->organisation = organisation;
  make_person (rng, &party->person);
  if (organisation)
    {
      g_autofree char *company = make_company (rng);

      g_strlcpy (party->org_name, company, sizeof party->org_name);
      make_credit_code (rng, party->credit_code);
    }
}

static const char *
party_name (const Party *party)
{
  return party->organisation ? party->org_name : party->person.name;
}

/* @position is the party's place in the case (applicants, respondents,
 * then agents), as the store keeps it. */
static gboolean
insert_party (Ctx          *ctx,
              gint64        case_id,
              const char   *role,
              int           position,
              const Party  *party,
              gint64        represents_id,
              gint64       *out_id)
{
  static const char sql[] =
    "INSERT INTO mediation_parties (case_id, role, position, person_or_org, name, id_number,"
    " gender, birth_date, ethnicity, occupation, phone, address, represents_id, representative, id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)";
  Rng *rng = &ctx->rng;
  sqlite3_stmt *stmt = ld_database_prepare (ctx->db, sql, ctx->error);
  const Person *p = &party->person;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, case_id);
  bind_text (stmt, 2, role);
  sqlite3_bind_int (stmt, 3, position);
  if (party->organisation)
    {
      bind_text (stmt, 4, "organisation");
      bind_text (stmt, 5, party->org_name);
      bind_text (stmt, 6, party->credit_code);
      bind_text (stmt, 7, "");
      bind_text (stmt, 9, "");
      bind_text (stmt, 10, "");
      /* Its legal representative: the contact's name. */
      bind_text (stmt, 14, p->name);
    }
  else
    {
      bind_text (stmt, 4, "person");
      bind_text (stmt, 5, p->name);
      bind_text (stmt, 6, p->id_number);
      bind_text (stmt, 7, p->male ? "male" : "female");
      bind_text (stmt, 8, p->birth_date);
      bind_text (stmt, 9, rng_chance (rng, 94) ? "汉族" : (rng_chance (rng, 50) ? "回族" : "满族"));
      bind_text (stmt, 10, g_str_equal (role, "agent") ? "律师" : PICK (rng, occupations));
      bind_text (stmt, 14, "");
    }
  bind_text (stmt, 11, p->phone);
  bind_text (stmt, 12, p->address);
  if (represents_id > 0)
    sqlite3_bind_int64 (stmt, 13, represents_id);
  if (ctx->first_party_id > 0)
    sqlite3_bind_int64 (stmt, 15, ctx->first_party_id);
  ctx->first_party_id = 0;
  if (!ld_database_step_done (ctx->db, stmt, ctx->error))
    return FALSE;
  if (out_id)
    *out_id = sqlite3_last_insert_rowid (ld_database_get_handle (ctx->db));
  return TRUE;
}

/* What happened in a case after acceptance: sessions, the agreement with
 * its terms, the return visit. Dates stay between the application and the
 * anchor, in the order the workflow needs them. */

typedef struct
{
  const char *content;
  const char *method;
} DemoTerm;

/* Two or three terms per dispute kind, in the order of dispute_kinds. */
static const DemoTerm demo_terms[G_N_ELEMENTS (dispute_kinds)][3] = {
  { { "被申请人自本协议签订之月起每月10日前向申请人支付赡养费800元", "银行转账" },
    { "申请人住院治疗的医疗费用，由被申请人与其他子女按份分担", "凭医疗票据结算" },
    { "被申请人每月至少探望申请人一次", "自行履行" } },
  { { "被申请人于协议签订后五日内清除堆放在共用通道上的杂物", "自行清理，调解员现场查验" },
    { "被申请人拆除加装的铁门，恢复通道原状", "自行拆除" },
    { NULL, NULL } },
  { { "双方按1998年原宅基地登记的界址为准，由村委会现场确认界桩", "现场确认并签字" },
    { "被申请人拆除越界部分的围墙并恢复原状", "自行拆除" },
    { "被申请人一次性补偿申请人青苗及围墙损失3000元", "现金支付并出具收条" } },
  { { "被申请人向申请人支付剩余货款12000元", "银行转账" },
    { "申请人放弃逾期付款违约金的请求", "签字确认" },
    { NULL, NULL } },
  { { "被申请人一次性赔偿申请人鱼苗损失6500元", "银行转账" },
    { "被申请人在一个月内改造养殖场排水设施，不再向鱼塘排放污水", "自行整改，村委会验收" },
    { NULL, NULL } },
  { { "被申请人赔偿申请人医疗费、误工费、护理费共计8600元", "现金支付并出具收条" },
    { "被申请人当面向申请人赔礼道歉", "当面履行" },
    { NULL, NULL } },
  { { "争议承包地由申请人继续耕种，承包期至二轮承包期届满", "村委会备案" },
    { "申请人一次性补偿被申请人前期投入2000元", "现金支付并出具收条" },
    { NULL, NULL } },
  { { "附属设施按评估结果补充计入补偿范围，补偿款4800元", "银行转账" },
    { "申请人在补偿款到账后十日内腾空附属设施", "自行履行" },
    { NULL, NULL } },
  { { "被申请人每日22时至次日6时停止生产作业", "自行履行，社区监督" },
    { "被申请人在一个月内为加工设备加装隔音降噪设施", "自行整改" },
    { NULL, NULL } },
  { { "被申请人向申请人支付拖欠的劳动报酬15600元", "银行转账" },
    { NULL, NULL },
    { NULL, NULL } },
  { { "被申请人为申请人免费更换同型号空调一台", "上门更换" },
    { "被申请人承担安装及运输费用", "自行履行" },
    { NULL, NULL } },
  { { "被申请人赔偿申请人车辆维修费及医疗费共计5200元", "银行转账" },
    { "双方就本次事故再无其他争议", "签字确认" },
    { NULL, NULL } },
  { { "物业公司在三个月内完成小区路灯和门禁的维修", "自行履行，业主委员会验收" },
    { "业主按原标准的九折缴纳本年度物业服务费", "缴费" },
    { NULL, NULL } },
  { { "争议农机具归申请人所有，被申请人于五日内交还", "当面交付" },
    { "申请人补偿被申请人保管期间的维修费用600元", "现金支付并出具收条" },
    { NULL, NULL } },
};

static const char * const session_places[] = {
  "青山镇人民调解委员会调解室", "青山镇司法所调解室", "村委会会议室", "纠纷现场",
};

static const char * const recorders[] = {
  "孙晓梅", "钱文静", "陈立", "郑雪",
};

/* %s %s: the applicant, the respondent. */
static const char * const investigation_records[] = {
  "调解员分别走访了申请人%s和被申请人%s，并向村委会干部和周边群众了解情况。双方对纠纷的基本事实无重大分歧，争议焦点在于责任划分和赔偿数额。",
  "调解员到纠纷现场实地查看并拍摄照片，分别听取了%s和%s的陈述，查阅了双方提供的票据、协议等材料，制作了调查笔录。",
  "调解员向%s了解纠纷经过，又电话联系%s核实情况。被申请人表示愿意协商解决，但对申请人提出的数额有异议。",
};

static const char * const agreed_records[] = {
  "调解员向双方讲解了相关法律规定，%s陈述了请求及理由，%s进行了答辩。经调解员释法说理、耐心疏导，双方互谅互让，自愿达成调解协议。",
  "调解员采取背靠背的方式分别做工作，%s同意适当降低要求，%s表示愿意承担相应责任，双方当场达成一致意见并签订调解协议。",
};

static const char * const failed_records[] = {
  "调解员组织双方面对面调解，%s坚持原有请求，%s不同意承担责任，双方分歧较大，调解未能达成协议，调解员告知双方可通过诉讼途径解决。",
  "经两轮调解，%s与%s仍无法就赔偿数额达成一致，调解员告知双方可依法向人民法院提起诉讼。",
};

static const char * const visit_findings[] = {
  "经电话回访，协议已全部履行，双方关系缓和，对调解工作表示满意。",
  "上门回访，被申请人已按协议履行完毕，申请人表示满意，未发现矛盾反弹迹象。",
  "到村委会了解并回访双方当事人，协议履行情况良好，双方均未再起诉或信访。",
};

typedef struct
{
  gint64      case_id;
  const char *status;
  int         day;        /* applied */
  int         accepted;
  guint       kind;       /* index into dispute_kinds */
  gboolean    people;     /* people's (not administrative) mediation */
  const char *applicant;
  const char *respondent;
  const char *mediator;   /* the one in charge */
  /* What the reminders need, built alongside the rows, for due_on. */
  LdMediationCase *shadow;
} DemoCase;

static void
day_to_date (Ctx   *ctx,
             int    day,
             GDate *out)
{
  *out = ctx->cal.base;
  g_date_add_days (out, (guint) day);
}

static gboolean
status_in (const char         *status,
           const char * const *list)
{
  for (guint i = 0; list[i]; i++)
    if (g_str_equal (status, list[i]))
      return TRUE;
  return FALSE;
}

/* @day clamped to [@from, the anchor]. */
static int
clamp_day (int day,
           int from)
{
  return MAX (MIN (day, SPAN_DAYS), from);
}

static gboolean
insert_session (Ctx            *ctx,
                const DemoCase *c,
                int             position,
                gboolean        investigation,
                int             day,
                const char     *record)
{
  static const char sql[] =
    "INSERT INTO mediation_sessions (case_id, position, kind, date, place, participants,"
    " recorder, record) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
  Rng *rng = &ctx->rng;
  sqlite3_stmt *stmt = ld_database_prepare (ctx->db, sql, ctx->error);
  g_autofree char *participants = NULL;

  if (stmt == NULL)
    return FALSE;
  participants = g_strdup_printf ("申请人%s、被申请人%s、调解员%s", c->applicant, c->respondent,
                                  c->mediator);
  sqlite3_bind_int64 (stmt, 1, c->case_id);
  sqlite3_bind_int (stmt, 2, position);
  bind_text (stmt, 3, investigation ? "investigation" : "mediation");
  bind_day (ctx, stmt, 4, day);
  bind_text (stmt, 5, investigation && rng_chance (rng, 50) ? "纠纷现场" : PICK (rng, session_places));
  bind_text (stmt, 6, participants);
  bind_text (stmt, 7, PICK (rng, recorders));
  bind_text (stmt, 8, record);
  return ld_database_step_done (ctx->db, stmt, ctx->error);
}

/* The agreement reached on @reached with its terms; returns its id. */
static gboolean
insert_agreement (Ctx            *ctx,
                  const DemoCase *c,
                  int             reached,
                  gboolean        performed)
{
  static const char sql[] =
    "INSERT INTO mediation_agreements (case_id, reached_on, effective_on, oral, copies,"
    " place_of_performance, confirmation_result, confirmation_applied_on,"
    " confirmation_decided_on, confirmation_court, confirmation_note)"
    " VALUES (?1, ?2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
  static const char term_sql[] =
    "INSERT INTO mediation_terms (agreement_id, case_id, position, content, method, deadline,"
    " status, performed_on) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
  Rng *rng = &ctx->rng;
  sqlite3_stmt *stmt = ld_database_prepare (ctx->db, sql, ctx->error);
  gboolean oral = rng_chance (rng, 8);
  gint64 agreement_id;

  LdMediationAgreement *shadow = ld_mediation_case_get_agreement (c->shadow);
  GDate date;

  if (stmt == NULL)
    return FALSE;
  day_to_date (ctx, reached, &date);
  ld_mediation_agreement_set_reached_on (shadow, &date);
  ld_mediation_agreement_set_effective_on (shadow, &date);
  sqlite3_bind_int64 (stmt, 1, c->case_id);
  bind_day (ctx, stmt, 2, reached);
  sqlite3_bind_int (stmt, 3, oral ? 1 : 0);
  sqlite3_bind_int (stmt, 4, 3);
  bind_text (stmt, 5, rng_chance (rng, 40) ? PICK (rng, villages) : "");
  /* Some people's mediation agreements are brought to court (司法确认). */
  if (c->people && !oral && rng_chance (rng, 15))
    {
      int applied = clamp_day (reached + 3 + (int) rng_below (rng, 8), reached);
      int decided = applied + 5 + (int) rng_below (rng, 10);
      g_autofree char *note = NULL;

      bind_day (ctx, stmt, 7, applied);
      day_to_date (ctx, applied, &date);
      ld_mediation_agreement_set_confirmation_applied_on (shadow, &date);
      ld_mediation_agreement_set_confirmation_court (shadow, "青山县人民法院");
      ld_mediation_agreement_set_confirmation_result (shadow, decided <= SPAN_DAYS ? LD_CONFIRMATION_CONFIRMED
                                                                                   : LD_CONFIRMATION_PENDING);
      bind_text (stmt, 9, "青山县人民法院");
      if (decided <= SPAN_DAYS)
        {
          bind_text (stmt, 6, "confirmed");
          bind_day (ctx, stmt, 8, decided);
          note = g_strdup_printf ("（%d）苏0583民特%u号", year_of_day (&ctx->cal, decided),
                                  100 + rng_below (rng, 800));
          bind_text (stmt, 10, note);
        }
      else
        {
          bind_text (stmt, 6, "pending");
          bind_text (stmt, 10, "");
        }
    }
  else
    {
      bind_text (stmt, 6, "");
      bind_text (stmt, 9, "");
      bind_text (stmt, 10, "");
    }
  if (!ld_database_step_done (ctx->db, stmt, ctx->error))
    return FALSE;
  agreement_id = sqlite3_last_insert_rowid (ld_database_get_handle (ctx->db));

  for (int i = 0; i < 3 && demo_terms[c->kind][i].content != NULL; i++)
    {
      const DemoTerm *term = &demo_terms[c->kind][i];
      int deadline = reached + 5 + (int) rng_below (rng, 40);
      /* Terms due before the anchor are mostly performed by then. */
      gboolean done = performed || (deadline < SPAN_DAYS && rng_chance (rng, 60));
      int performed_on = clamp_day (deadline - (int) rng_below (rng, 5), reached);
      g_autoptr(LdMediationTerm) shadow_term = NULL;

      stmt = ld_database_prepare (ctx->db, term_sql, ctx->error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, agreement_id);
      sqlite3_bind_int64 (stmt, 2, c->case_id);
      sqlite3_bind_int (stmt, 3, i);
      bind_text (stmt, 4, term->content);
      bind_text (stmt, 5, term->method);
      bind_day (ctx, stmt, 6, deadline);
      bind_text (stmt, 7, done ? "performed" : "pending");
      if (done)
        bind_day (ctx, stmt, 8, performed_on);
      if (!ld_database_step_done (ctx->db, stmt, ctx->error))
        return FALSE;

      day_to_date (ctx, deadline, &date);
      shadow_term = ld_mediation_term_new (term->content, term->method, &date);
      if (done)
        {
          shadow_term->status = LD_PERFORMANCE_PERFORMED;
          day_to_date (ctx, performed_on, &shadow_term->performed_on);
        }
      ld_mediation_agreement_append_term (shadow, shadow_term);
    }
  return TRUE;
}

static gboolean
insert_visit (Ctx            *ctx,
              const DemoCase *c,
              int             day)
{
  static const char sql[] =
    "INSERT INTO mediation_visits (case_id, position, date, visitor, findings)"
    " VALUES (?1, 0, ?2, ?3, ?4)";
  sqlite3_stmt *stmt = ld_database_prepare (ctx->db, sql, ctx->error);
  g_autoptr(LdReturnVisit) visit = NULL;
  GDate date;

  if (stmt == NULL)
    return FALSE;
  day_to_date (ctx, day, &date);
  visit = ld_return_visit_new (&date, c->mediator, NULL);
  ld_mediation_case_add_return_visit (c->shadow, visit);
  sqlite3_bind_int64 (stmt, 1, c->case_id);
  bind_day (ctx, stmt, 2, day);
  bind_text (stmt, 3, c->mediator);
  bind_text (stmt, 4, PICK (&ctx->rng, visit_findings));
  return ld_database_step_done (ctx->db, stmt, ctx->error);
}

static gboolean
insert_case_history (Ctx            *ctx,
                     const DemoCase *c)
{
  static const char * const investigated[] = { "investigating", "terminated", NULL };
  static const char * const mediated[] = {
    "mediating", "agreement_reached", "failed", "performed", "return_visit_done", "archived", NULL,
  };
  static const char * const agreed[] = {
    "agreement_reached", "performed", "return_visit_done", "archived", NULL,
  };
  static const char * const visited[] = { "return_visit_done", "archived", NULL };
  Rng *rng = &ctx->rng;
  const char * const *records;
  g_autofree char *record = NULL;
  int position = 0, day = c->accepted, reached;

  if (status_in (c->status, investigated) && (g_str_equal (c->status, "investigating") || rng_chance (rng, 50)))
    {
      day = clamp_day (c->accepted + 1 + (int) rng_below (rng, 5), c->day);
      record = fill_template (PICK (rng, investigation_records), c->applicant, c->respondent);
      return insert_session (ctx, c, 0, TRUE, day, record);
    }
  if (!status_in (c->status, mediated))
    return TRUE;

  /* An investigation first in about half the cases, then the session
   * that reached the agreement (or failed). */
  if (rng_chance (rng, 50))
    {
      day = clamp_day (c->accepted + 1 + (int) rng_below (rng, 5), c->day);
      record = fill_template (PICK (rng, investigation_records), c->applicant, c->respondent);
      if (!insert_session (ctx, c, position++, TRUE, day, record))
        return FALSE;
      g_clear_pointer (&record, g_free);
    }
  reached = clamp_day (day + 2 + (int) rng_below (rng, 15), day);
  records = g_str_equal (c->status, "failed") ? failed_records : agreed_records;
  record = fill_template (records[rng_below (rng, 2)], c->applicant, c->respondent);
  if (!insert_session (ctx, c, position, FALSE, reached, record))
    return FALSE;

  if (!status_in (c->status, agreed))
    return TRUE;
  if (!insert_agreement (ctx, c, reached, !g_str_equal (c->status, "agreement_reached")))
    return FALSE;
  if (status_in (c->status, visited))
    return insert_visit (ctx, c, clamp_day (reached + 30 + (int) rng_below (rng, 10), reached));
  return TRUE;
}

static gboolean
insert_mediation (Ctx *ctx,
                  int  day)
{
  static const char sql[] =
    "INSERT INTO mediation_cases (number, year, seq, kind, source, category, title, facts,"
    " claims, committee, mediators, applied_on, accepted_on, due_on, status, status_reason,"
    " created_at, updated_at, first_applicant, party_names, party_refused, id)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?17,"
    " ?18, ?19, ?20, ?21)";
  static const char * const sources[] = {
    "application", "initiative", "court", "police", "petition_office", "other_body",
  };
  static const guint source_weights[] = { 60, 15, 5, 10, 7, 3 };
  Rng *rng = &ctx->rng;
  guint kind_index = rng_below (rng, G_N_ELEMENTS (dispute_kinds));
  const DisputeKind *kind = &dispute_kinds[kind_index];
  sqlite3_stmt *stmt = ld_database_prepare (ctx->db, sql, ctx->error);
  int year = year_of_day (&ctx->cal, day);
  int seq = take_seq (ctx, 1, year);
  gboolean administrative = rng_chance (rng, 15);
  g_autofree char *number = g_strdup_printf ("%s〔%d〕%d号", administrative ? "行调" : "人调", year, seq);
  g_autofree char *facts = NULL;
  g_autofree char *mediators = NULL;
  g_autofree char *title = NULL;
  guint n_applicants = rng_chance (rng, 20) ? 2 : 1;
  guint n_respondents = rng_chance (rng, 15) ? 2 : 1;
  gboolean respondent_org = rng_chance (rng, 15);
  gboolean with_agent = rng_chance (rng, 10);
  Party applicants[2], respondents[2], agent;
  int due_after, accepted;
  const char *status = mediation_status (rng, days_ago (day), &due_after);
  gint64 case_id, first_applicant_id = 0;
  const char *mediator;
  g_autoptr(LdMediationCase) shadow = ld_mediation_case_new ();
  g_autoptr(GDate) due = NULL;
  DemoCase demo;
  int position = 0;

  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < n_applicants; i++)
    make_party (rng, FALSE, &applicants[i]);
  for (guint i = 0; i < n_respondents; i++)
    make_party (rng, respondent_org, &respondents[i]);
  if (with_agent)
    make_party (rng, FALSE, &agent);
  title = fill_template (kind->title_format, party_name (&applicants[0]), party_name (&respondents[0]));
  facts = g_strconcat (kind->facts, PICK (rng, corpus_sentences), NULL);
  {
    const char *m1 = PICK (rng, mediator_names);
    const char *m2 = PICK (rng, mediator_names);
    mediators = rng_chance (rng, 50) && !g_str_equal (m1, m2) ? g_strconcat (m1, "、", m2, NULL)
                                                             : g_strdup (m1);
    mediator = m1;
  }
  accepted = day + (int) rng_below (rng, 4);

  bind_text (stmt, 1, number);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_int (stmt, 3, seq);
  bind_text (stmt, 4, administrative ? "administrative" : "people");
  bind_text (stmt, 5, sources[rng_weighted (rng, source_weights, G_N_ELEMENTS (source_weights))]);
  bind_text (stmt, 6, kind->category);
  bind_text (stmt, 7, title);
  bind_text (stmt, 8, facts);
  bind_text (stmt, 9, kind->claims);
  bind_text (stmt, 10, administrative ? "青山镇人民政府" : "青山镇人民调解委员会");
  bind_text (stmt, 11, mediators);
  bind_day (ctx, stmt, 12, day);
  if (!g_str_equal (status, "applied") && !g_str_equal (status, "not_accepted"))
    bind_day (ctx, stmt, 13, accepted);
  /* due_on is set below from the reminders of the whole case (due_after
   * is the rough figure of earlier versions). */
  (void) due_after;
  bind_text (stmt, 15, status);
  bind_text (stmt, 16, g_str_equal (status, "not_accepted") ? "一方当事人明确拒绝调解" :
                       g_str_equal (status, "failed") ? "双方分歧较大，未能达成协议，已告知通过诉讼途径解决" :
                       g_str_equal (status, "terminated") ? "申请人撤回调解申请" : "");
  bind_timestamp (ctx, stmt, 17, day);
  /* What the triggers on mediation_parties would write (they are off
   * during the fill): the first applicant, then all names but agents'. */
  {
    g_autoptr(GString) names = g_string_new (NULL);

    for (guint i = 0; i < n_applicants; i++)
      g_string_append_printf (names, "%s%s", names->len ? "、" : "", party_name (&applicants[i]));
    for (guint i = 0; i < n_respondents; i++)
      g_string_append_printf (names, "%s%s", names->len ? "、" : "", party_name (&respondents[i]));
    bind_text (stmt, 18, party_name (&applicants[0]));
    bind_text (stmt, 19, names->str);
  }
  /* Not accepted because a party refused mediation (人民调解法 17). */
  sqlite3_bind_int (stmt, 20, g_str_equal (status, "not_accepted") ? 1 : 0);
  if (ctx->first_case_id > 0)
    sqlite3_bind_int64 (stmt, 21, ctx->first_case_id);
  ctx->first_case_id = 0;
  if (!ld_database_step_done (ctx->db, stmt, ctx->error))
    return FALSE;
  case_id = sqlite3_last_insert_rowid (ld_database_get_handle (ctx->db));

  for (guint i = 0; i < n_applicants; i++)
    if (!insert_party (ctx, case_id, "applicant", position++, &applicants[i], 0,
                       i == 0 ? &first_applicant_id : NULL))
      return FALSE;
  for (guint i = 0; i < n_respondents; i++)
    if (!insert_party (ctx, case_id, "respondent", position++, &respondents[i], 0, NULL))
      return FALSE;
  if (with_agent && !insert_party (ctx, case_id, "agent", position++, &agent, first_applicant_id, NULL))
    return FALSE;

  demo = (DemoCase) {
    case_id, status, day, accepted, kind_index, !administrative,
    party_name (&applicants[0]), party_name (&respondents[0]), mediator, shadow,
  };
  {
    LdMediationStatus status_value = LD_MEDIATION_STATUS_APPLIED;
    GDate date;

    ld_mediation_status_from_id (status, &status_value);
    ld_mediation_case_set_status (shadow, status_value);
    ld_mediation_case_set_kind (shadow, administrative ? LD_MEDIATION_KIND_ADMINISTRATIVE
                                                       : LD_MEDIATION_KIND_PEOPLE);
    day_to_date (ctx, accepted, &date);
    if (ld_mediation_status_is_after_acceptance (status_value))
      ld_mediation_case_set_accepted_on (shadow, &date);
  }
  if (!insert_case_history (ctx, &demo))
    return FALSE;

  /* The due date the store would keep: the earliest reminder. */
  due = ld_mediation_reminders_next_due (shadow, ctx->calendar, NULL);
  if (due != NULL)
    {
      static const char due_sql[] = "UPDATE mediation_cases SET due_on = ?2 WHERE id = ?1";
      char text[11];

      stmt = ld_database_prepare (ctx->db, due_sql, ctx->error);
      if (stmt == NULL)
        return FALSE;
      g_snprintf (text, sizeof text, "%04d-%02d-%02d", g_date_get_year (due),
                  g_date_get_month (due), g_date_get_day (due));
      sqlite3_bind_int64 (stmt, 1, case_id);
      bind_text (stmt, 2, text);
      if (!ld_database_step_done (ctx->db, stmt, ctx->error))
        return FALSE;
    }
  return TRUE;
}

/* Petitions. */

typedef struct
{
  const char *type;
  const char *category;
  const char *title;
  const char *content;   /* NULL: a sentence from the corpus */
  const char *demands;
} PetitionKind;

static const PetitionKind petition_kinds[] = {
  { "appeal", "土地征收", "反映征地补偿款发放问题", "信访人反映其承包地被征收后，部分青苗补偿款至今未发放到位，多次向村委会询问未得到答复。", "要求尽快足额发放补偿款。" },
  { "appeal", "劳动社保", "反映拖欠农民工工资问题", "信访人反映其在镇区某建设项目务工，施工单位拖欠三个月工资，涉及工友十余人。", "要求协调施工单位支付拖欠工资。" },
  { "appeal", "城乡建设", "反映房屋漏水维修问题", "信访人反映安置小区房屋顶层漏水，开发单位和物业相互推诿，长期得不到维修。", "要求落实维修责任。" },
  { "appeal", "环境保护", "反映企业噪声扰民问题", "信访人反映附近加工企业夜间生产，噪声和粉尘影响周边居民正常生活。", "要求依法查处并督促整改。" },
  { "appeal", "农村农业", "反映农田灌溉渠道堵塞问题", "信访人反映村里灌溉渠道年久失修、淤塞严重，影响农田灌溉。", "要求组织清淤修缮。" },
  { "appeal", "民政救助", "申请最低生活保障", "信访人反映其家庭成员患重病，家庭收入低于当地低保标准，申请纳入低保未获批准。", "要求重新审核低保申请。" },
  { "appeal", "医疗卫生", "反映村卫生室服务问题", "信访人反映村卫生室经常无人值班，群众看病不便。", "要求落实值班制度。" },
  { "appeal", "交通运输", "反映村道损坏问题", "信访人反映通村道路路面破损严重，雨天积水，存在安全隐患。", "要求尽快修复道路。" },
  { "appeal", "物业管理", "反映小区物业收费问题", "信访人反映小区物业公司擅自提高收费标准，未履行告知义务。", "要求规范物业收费。" },
  { "accusation", "村务管理", "反映村务财务不公开问题", "信访人反映村集体资产出租收入去向不明，村务财务长期未按规定公开。", "要求核查村集体账目并公开。" },
  { "accusation", "城乡建设", "反映违法建设问题", "信访人反映有人在基本农田上违法搭建厂房，已持续数月。", "要求依法查处并拆除。" },
  { "accusation", "作风纪律", "反映工作人员办事推诿问题", "信访人反映在便民服务中心办理业务时工作人员态度生硬、推诿扯皮。", "要求核实处理并改进作风。" },
  { "suggestion", "政务公开", "关于加强政务公开的建议", NULL, "建议采纳并反馈。" },
  { "suggestion", "社会治理", "关于完善基层治理的建议", NULL, "建议采纳并反馈。" },
};

static const guint petition_kind_weights[] = { 12, 12, 8, 8, 7, 7, 4, 6, 5, 6, 5, 4, 8, 8 };

static const char *
petition_status (Rng *rng,
                 int  age,
                 int *due_after)
{
  /* 15 days to notify the receipt, 60 from acceptance to close (+30),
   * 30 for a review or re-review decision. */
  *due_after = -1;
  if (age <= 5)
    {
      *due_after = 15;
      return "registered";
    }
  if (age <= 15)
    {
      static const char * const early[] = { "registered", "accepted", "assigned", "diverted" };
      const char *s = PICK (rng, early);
      *due_after = g_str_equal (s, "registered") ? 15 : g_str_equal (s, "diverted") ? -1 : 67;
      return s;
    }
  if (age <= 67 || rng_chance (rng, 2))
    {
      static const char * const handling[] = { "accepted", "assigned", "handling", "handling" };
      *due_after = 67;
      if (rng_chance (rng, 10))
        {
          *due_after = 97;
          return "extended";
        }
      return PICK (rng, handling);
    }
  if (rng_chance (rng, 6))
    return rng_chance (rng, 50) ? "not_accepted" : "diverted";
  if (age <= 100 && rng_chance (rng, 40))
    return "replied";
  if (rng_chance (rng, 8))
    {
      static const char * const review[] = {
        "review_requested", "reviewed", "rereview_requested", "rereviewed",
      };
      const char *s = PICK (rng, review);
      if (g_str_equal (s, "review_requested"))
        *due_after = 67 + 20 + 30;
      else if (g_str_equal (s, "rereview_requested"))
        *due_after = 67 + 20 + 30 + 20 + 30;
      return s;
    }
  return "closed";
}

/* The history of a demo petition: the steps that lead to its status,
 * with the facts each step needs, dated from its receipt. They come from
 * their own Rng (seeded by the seed and the number), so the petitions'
 * other fields stay what earlier versions of the demo made. */

typedef struct
{
  LdPetitionStep step;
  int            offset;   /* days after receipt */
} DemoStep;

#define MAX_DEMO_STEPS 12

static const char * const petition_units[] = {
  "镇自然资源所", "镇农业农村办", "镇社会事务办", "镇综合执法队", "镇建设办", "镇劳动保障所",
};

static const char * const reply_notes[] = {
  "经调查核实，已督促有关单位依法处理。", "已向信访人解释相关政策规定。",
  "诉求缺乏政策依据，不予支持。",
};

/* Appends @step @gap days (at least 0) after the previous one. */
static void
add_step (DemoStep       *steps,
          guint          *n,
          LdPetitionStep  step,
          int             gap)
{
  int previous = *n > 0 ? steps[*n - 1].offset : 0;

  g_assert (*n < MAX_DEMO_STEPS);
  steps[*n].step = step;
  steps[*n].offset = previous + MAX (gap, 0);
  (*n)++;
}

/* Fills @steps for @status; returns how many. */
static guint
plan_petition_steps (Rng        *rng,
                     const char *status,
                     DemoStep   *steps)
{
  guint n = 0;

  add_step (steps, &n, LD_PETITION_STEP_REGISTER, 0);
  if (g_str_equal (status, "registered"))
    return n;
  if (g_str_equal (status, "not_accepted") || g_str_equal (status, "diverted"))
    {
      add_step (steps, &n, g_str_equal (status, "diverted") ? LD_PETITION_STEP_DIVERT
                                                             : LD_PETITION_STEP_NOT_ACCEPT,
                2 + (int) rng_below (rng, 12));
      return n;
    }

  /* Mostly on time, a few late notices (the statistics show them). */
  add_step (steps, &n, LD_PETITION_STEP_ACCEPT,
            rng_chance (rng, 90) ? 1 + (int) rng_below (rng, 12) : 16 + (int) rng_below (rng, 10));
  if (g_str_equal (status, "accepted"))
    return n;
  add_step (steps, &n, LD_PETITION_STEP_ASSIGN, 1 + (int) rng_below (rng, 4));
  if (g_str_equal (status, "assigned"))
    return n;
  add_step (steps, &n, LD_PETITION_STEP_INVESTIGATE, 3 + (int) rng_below (rng, 15));
  if (g_str_equal (status, "handling"))
    return n;
  if (g_str_equal (status, "extended"))
    {
      add_step (steps, &n, LD_PETITION_STEP_EXTEND, 20 + (int) rng_below (rng, 10));
      return n;
    }

  add_step (steps, &n, LD_PETITION_STEP_REPLY,
            rng_chance (rng, 92) ? 5 + (int) rng_below (rng, 30) : 45 + (int) rng_below (rng, 20));
  if (rng_chance (rng, 60))
    add_step (steps, &n, LD_PETITION_STEP_RATE, 1 + (int) rng_below (rng, 10));
  if (g_str_equal (status, "replied"))
    return n;
  if (g_str_equal (status, "closed"))
    {
      add_step (steps, &n, LD_PETITION_STEP_CLOSE, 31 + (int) rng_below (rng, 10));
      return n;
    }
  add_step (steps, &n, LD_PETITION_STEP_REQUEST_REVIEW, 3 + (int) rng_below (rng, 20));
  if (g_str_equal (status, "review_requested"))
    return n;
  add_step (steps, &n, LD_PETITION_STEP_REVIEW_DECISION, 10 + (int) rng_below (rng, 18));
  if (g_str_equal (status, "reviewed"))
    return n;
  add_step (steps, &n, LD_PETITION_STEP_REQUEST_REREVIEW, 3 + (int) rng_below (rng, 20));
  if (g_str_equal (status, "rereview_requested"))
    return n;
  add_step (steps, &n, LD_PETITION_STEP_REREVIEW_DECISION, 10 + (int) rng_below (rng, 18));
  return n;
}

/* A long history squeezed into the days since receipt: nothing happens
 * after the anchor day. */
static void
fit_steps (DemoStep *steps,
           guint     n,
           int       age)
{
  int last = n > 0 ? steps[n - 1].offset : 0;

  if (last <= age || last == 0)
    return;
  for (guint i = 0; i < n; i++)
    steps[i].offset = (int) ((gint64) steps[i].offset * MAX (age, 0) / last);
}

static void
fill_event_facts (Rng             *rng,
                  LdPetitionEvent *event)
{
  switch (event->step)
    {
    case LD_PETITION_STEP_NOT_ACCEPT:
      ld_petition_event_set_note (event, "该事项已经依法处理完毕，信访人以同一事实和理由再次提出");
      break;
    case LD_PETITION_STEP_DIVERT:
      ld_petition_event_set_note (event, "属于诉讼途径解决的事项，已告知信访人向人民法院起诉");
      ld_petition_event_set_unit (event, "县人民法院");
      event->route = LD_DIVERSION_ROUTE_LITIGATION;
      break;
    case LD_PETITION_STEP_ASSIGN:
      ld_petition_event_set_unit (event, PICK (rng, petition_units));
      event->assignment = rng_chance (rng, 50) ? LD_ASSIGNMENT_KIND_ASSIGN : LD_ASSIGNMENT_KIND_TRANSFER;
      break;
    case LD_PETITION_STEP_EXTEND:
      ld_petition_event_set_note (event, "情况复杂，需进一步调查核实");
      ld_petition_event_set_approver (event, "李明");
      event->extension_days = 30;
      break;
    case LD_PETITION_STEP_REPLY:
      event->outcome = 1 + rng_below (rng, LD_N_REPLY_OUTCOMES - 1);
      ld_petition_event_set_note (event, reply_notes[event->outcome - 1]);
      break;
    case LD_PETITION_STEP_REVIEW_DECISION:
    case LD_PETITION_STEP_REREVIEW_DECISION:
      event->result = rng_chance (rng, 85) ? LD_REVIEW_RESULT_UPHOLD : LD_REVIEW_RESULT_CHANGE;
      break;
    case LD_PETITION_STEP_RATE:
      event->rating = rng_chance (rng, 70) ? LD_SATISFACTION_SATISFIED
                      : rng_chance (rng, 60) ? LD_SATISFACTION_BASICALLY_SATISFIED
                                             : LD_SATISFACTION_DISSATISFIED;
      break;
    case LD_PETITION_STEP_REGISTER:
    case LD_PETITION_STEP_ACCEPT:
    case LD_PETITION_STEP_OBJECT:
    case LD_PETITION_STEP_INVESTIGATE:
    case LD_PETITION_STEP_HEARING:
    case LD_PETITION_STEP_MEDIATE:
    case LD_PETITION_STEP_REQUEST_REVIEW:
    case LD_PETITION_STEP_REQUEST_REREVIEW:
    case LD_PETITION_STEP_CLOSE:
    case LD_PETITION_STEP_RETURN_VISIT:
    case LD_N_PETITION_STEPS:
    default:
      break;
    }
}

/* Elected representatives of a group petition (Art 20: at most 5). */
static gboolean
insert_representatives (Ctx    *ctx,
                        gint64  petition_id,
                        guint   n,
                        Rng    *rng)
{
  static const char sql[] =
    "INSERT INTO petition_people (petition_id, role, position, name, id_number, phone, address,"
    " id_key, phone_key) VALUES (?1, 'representative', ?2, ?3, ?4, ?5, ?6, ?4, ?5)";

  for (guint i = 0; i < n; i++)
    {
      sqlite3_stmt *stmt = ld_database_prepare (ctx->db, sql, ctx->error);
      Person p;

      if (stmt == NULL)
        return FALSE;
      make_person (rng, &p);
      sqlite3_bind_int64 (stmt, 1, petition_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      bind_text (stmt, 3, p.name);
      bind_text (stmt, 4, p.id_number);
      bind_text (stmt, 5, p.phone);
      bind_text (stmt, 6, p.address);
      if (!ld_database_step_done (ctx->db, stmt, ctx->error))
        return FALSE;
    }
  return TRUE;
}

/* The due date the deadline engine gives the last step of @steps (the
 * next obligation of the status; ld_petition_deadlines_next_due()), as
 * days after receipt, or -1 when nothing is running. */
static int
petition_due_offset (Ctx            *ctx,
                     int             day,
                     const DemoStep *steps,
                     guint           n,
                     const char     *status)
{
  const DemoStep *last = &steps[n - 1];
  LdTimeLimit limit;
  int start = last->offset, extra = 0;
  g_autoptr(GDate) due = NULL;
  GDate from;

  if (g_str_equal (status, "registered"))
    limit = LD_TIME_LIMIT_NOTICE;
  else if (g_str_equal (status, "review_requested"))
    limit = LD_TIME_LIMIT_REVIEW_DECISION;
  else if (g_str_equal (status, "rereview_requested"))
    limit = LD_TIME_LIMIT_REREVIEW_DECISION;
  else if (g_str_equal (status, "accepted") || g_str_equal (status, "assigned") ||
           g_str_equal (status, "handling") || g_str_equal (status, "extended"))
    {
      limit = LD_TIME_LIMIT_HANDLING;
      start = steps[1].offset;  /* the acceptance */
      if (g_str_equal (status, "extended"))
        extra = 30;
    }
  else
    return -1;

  from = ctx->cal.base;
  g_date_add_days (&from, (guint) (day + start));
  due = ld_deadline_policy_compute_due (ctx->policy, ctx->calendar, limit, &from, extra);
  return (int) g_date_days_between (&ctx->cal.base, due) - day;
}

static gboolean
insert_petition_events (Ctx            *ctx,
                        gint64          petition_id,
                        int             day,
                        const DemoStep *steps,
                        guint           n,
                        Rng            *rng,
                        const char     *who)
{
  static const char sql[] =
    "INSERT INTO petition_events (petition_id, position, step, date, who, note, extras)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";

  for (guint i = 0; i < n; i++)
    {
      sqlite3_stmt *stmt = ld_database_prepare (ctx->db, sql, ctx->error);
      g_autoptr(LdPetitionEvent) event = ld_petition_event_new (steps[i].step, NULL, who);

      if (stmt == NULL)
        return FALSE;
      fill_event_facts (rng, event);
      sqlite3_bind_int64 (stmt, 1, petition_id);
      sqlite3_bind_int (stmt, 2, (int) i);
      bind_text (stmt, 3, ld_petition_step_to_id (steps[i].step));
      bind_day (ctx, stmt, 4, day + steps[i].offset);
      bind_text (stmt, 5, who);
      bind_text (stmt, 6, event->note);
      sqlite3_bind_text (stmt, 7, ld_petition_event_extras_to_string (event), -1, g_free);
      if (!ld_database_step_done (ctx->db, stmt, ctx->error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
insert_petition (Ctx *ctx,
                 int  day)
{
  static const char sql[] =
    "INSERT INTO petitions (number, year, seq, channel, received_on, petitioner_name,"
    " petitioner_id_number, petitioner_phone, petitioner_address, people_count, is_group,"
    " type, category, title, content, demands, department_concerned, urgency, handler,"
    " status, status_reason, due_on, created_at, updated_at,"
    " petitioner_id_key, petitioner_phone_key)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,"
    " ?18, ?19, ?20, ?21, ?22, ?23, ?23, ?7, ?8)";
  static const char * const channels[] = { "letter", "visit", "online", "phone", "other" };
  static const guint channel_weights[] = { 25, 35, 25, 10, 5 };
  static const char * const urgencies[] = { "normal", "urgent", "very_urgent" };
  static const guint urgency_weights[] = { 85, 12, 3 };
  Rng *rng = &ctx->rng;
  const PetitionKind *kind = &petition_kinds[rng_weighted (rng, petition_kind_weights,
                                                             G_N_ELEMENTS (petition_kind_weights))];
  sqlite3_stmt *stmt = ld_database_prepare (ctx->db, sql, ctx->error);
  int year = year_of_day (&ctx->cal, day);
  int seq = take_seq (ctx, 2, year);
  g_autofree char *number = g_strdup_printf ("信访〔%d〕%d号", year, seq);
  guint people = rng_chance (rng, 85) ? 1 : rng_chance (rng, 65) ? 2 + rng_below (rng, 3)
                                                                  : 5 + rng_below (rng, 26);
  int due_after;
  const char *status = petition_status (rng, days_ago (day), &due_after);
  const char *handler;
  DemoStep steps[MAX_DEMO_STEPS];
  Rng event_rng = { ctx->seed ^ ((guint64) year << 32) ^ (guint64) seq };
  guint n_steps;
  int due_offset;
  gint64 petition_id;
  Person p;

  if (stmt == NULL)
    return FALSE;

  make_person (rng, &p);
  bind_text (stmt, 1, number);
  sqlite3_bind_int (stmt, 2, year);
  sqlite3_bind_int (stmt, 3, seq);
  bind_text (stmt, 4, channels[rng_weighted (rng, channel_weights, G_N_ELEMENTS (channel_weights))]);
  bind_day (ctx, stmt, 5, day);
  bind_text (stmt, 6, p.name);
  bind_text (stmt, 7, p.id_number);
  bind_text (stmt, 8, p.phone);
  bind_text (stmt, 9, p.address);
  sqlite3_bind_int (stmt, 10, (int) people);
  /* The default group threshold: five people (DOMAIN 0). */
  sqlite3_bind_int (stmt, 11, people >= 5);
  bind_text (stmt, 12, kind->type);
  bind_text (stmt, 13, kind->category);
  bind_text (stmt, 14, kind->title);
  bind_text (stmt, 15, kind->content ? kind->content : PICK (rng, corpus_sentences));
  bind_text (stmt, 16, kind->demands);
  bind_text (stmt, 17, PICK (rng, departments));
  bind_text (stmt, 18, urgencies[rng_weighted (rng, urgency_weights, G_N_ELEMENTS (urgency_weights))]);
  handler = PICK (rng, handlers);
  bind_text (stmt, 19, handler);
  bind_text (stmt, 20, status);
  bind_text (stmt, 21, g_str_equal (status, "not_accepted") ? "该事项已经依法处理完毕，信访人以同一事实和理由再次提出" :
                       g_str_equal (status, "diverted") ? "属于诉讼途径解决的事项，已告知信访人向人民法院起诉" : "");
  /* The history behind the status, and the due date the deadline engine
   * gives it (due_after is the rough figure of earlier versions). */
  (void) due_after;
  n_steps = plan_petition_steps (&event_rng, status, steps);
  fit_steps (steps, n_steps, days_ago (day));
  due_offset = petition_due_offset (ctx, day, steps, n_steps, status);
  if (due_offset >= 0)
    bind_day (ctx, stmt, 22, day + due_offset);
  bind_timestamp (ctx, stmt, 23, day);
  if (!ld_database_step_done (ctx->db, stmt, ctx->error))
    return FALSE;
  petition_id = sqlite3_last_insert_rowid (ld_database_get_handle (ctx->db));
  if (!insert_petition_events (ctx, petition_id, day, steps, n_steps, &event_rng, handler))
    return FALSE;
  /* A group petition (five or more people) has elected 1–3 representatives. */
  return people < 5 || insert_representatives (ctx, petition_id, 1 + rng_below (&event_rng, 3), &event_rng);
}

/* Settings: demo values only where the organisation has set nothing. */
static gboolean
fill_settings (LdDatabase  *db,
               GError     **error)
{
  static const struct { const char *key, *value; } values[] = {
    { "organisation_name", "青山镇人民政府" },
    { "legal_office_name", "青山镇人民政府法制办公室" },
    { "default_signatory", "李明" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *current = NULL;
      GError *local_error = NULL;

      current = ld_settings_store_get (db, values[i].key, &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }
      if (current == NULL && !ld_settings_store_set (db, values[i].key, values[i].value, error))
        return FALSE;
    }
  return TRUE;
}

typedef gboolean (*InsertFunc) (Ctx *ctx, int day);

/* The triggers that keep the search tables and the mediation party names
 * in step row by row, and the registers' explicit indexes. FTS5 flushes its
 * buffer at every statement inside a trigger, which makes a bulk load ten
 * times slower than one rebuild, and building an index once over sorted
 * keys beats updating sixteen of them at random row by row; so the fill
 * drops them and puts them back from their stored SQL at the end. */
typedef struct
{
  InsertFunc  insert;
  const char *next_seq_sql;
  const char *tables[2];
  const char *triggers[2];
  const char *fts;
} AreaBulk;

static const AreaBulk area_bulk[LD_N_RECORD_AREAS] = {
  [LD_RECORD_AREA_CONTRACT] = {
    insert_contract, "SELECT coalesce (max (seq), 0) FROM contract_reviews WHERE year = ?1",
    { "contract_reviews", NULL }, { "contract_reviews_fts_ai", NULL }, "contract_reviews_fts",
  },
  [LD_RECORD_AREA_MEDIATION] = {
    /* A deleted case's number is not given again (mediation_retired). */
    insert_mediation,
    "SELECT max (coalesce ((SELECT max (seq) FROM mediation_cases WHERE year = ?1), 0),"
    " coalesce ((SELECT max (seq) FROM mediation_retired WHERE year = ?1), 0))",
    { "mediation_cases", "mediation_parties" },
    { "mediation_cases_fts_ai", "mediation_parties_names_ai" }, "mediation_cases_fts",
  },
  [LD_RECORD_AREA_PETITION] = {
    insert_petition, "SELECT coalesce (max (seq), 0) FROM petitions WHERE year = ?1",
    { "petitions", "petition_events" }, { "petitions_fts_ai", NULL }, "petitions_fts",
  },
};

/* Indexes sort before triggers, so they are also restored first. */
static const char load_schema_sql[] =
  "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL AND"
  " ((type = 'trigger' AND name IN (?1, ?2)) OR (type = 'index' AND tbl_name IN (?3, ?4)))"
  " ORDER BY type, name";

static gboolean
drop_bulk_objects (LdDatabase      *db,
                   const AreaBulk  *bulk,
                   GPtrArray       *saved_sql,
                   GError         **error)
{
  g_autoptr(GPtrArray) drops = g_ptr_array_new_with_free_func (g_free);
  sqlite3_stmt *stmt = ld_database_prepare (db, load_schema_sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  for (int i = 0; i < 2; i++)
    {
      if (bulk->triggers[i])
        sqlite3_bind_text (stmt, 1 + i, bulk->triggers[i], -1, SQLITE_STATIC);
      if (bulk->tables[i])
        sqlite3_bind_text (stmt, 3 + i, bulk->tables[i], -1, SQLITE_STATIC);
    }
  while ((rc = ld_database_step (db, stmt, error)) == SQLITE_ROW)
    {
      const char *type = (const char *) sqlite3_column_text (stmt, 0);

      /* The names come from sqlite_master, not from a user. */
      g_ptr_array_add (drops, g_strdup_printf ("DROP %s \"%s\"",
                                               g_str_equal (type, "index") ? "INDEX" : "TRIGGER",
                                               (const char *) sqlite3_column_text (stmt, 1)));
      g_ptr_array_add (saved_sql, g_strdup ((const char *) sqlite3_column_text (stmt, 2)));
    }
  if (rc != SQLITE_DONE)
    return FALSE;

  for (guint i = 0; i < drops->len; i++)
    if (!ld_database_exec (db, drops->pdata[i], error))
      return FALSE;
  return TRUE;
}

static gboolean
restore_bulk_objects (LdDatabase      *db,
                      const AreaBulk  *bulk,
                      GPtrArray       *saved_sql,
                      GError         **error)
{
  g_autofree char *rebuild = NULL;

  for (guint i = 0; i < saved_sql->len; i++)
    if (!ld_database_exec (db, saved_sql->pdata[i], error))
      return FALSE;
  rebuild = g_strdup_printf ("INSERT INTO %s (%s) VALUES ('rebuild')", bulk->fts, bulk->fts);
  return ld_database_exec (db, rebuild, error);
}

static int
get_cache_size (LdDatabase *db)
{
  sqlite3_stmt *stmt = ld_database_prepare (db, "PRAGMA cache_size", NULL);
  int size = -2000;

  if (stmt != NULL && sqlite3_step (stmt) == SQLITE_ROW)
    size = sqlite3_column_int (stmt, 0);
  if (stmt != NULL)
    sqlite3_reset (stmt);
  return size;
}

static void
set_cache_size (LdDatabase *db,
                int         size)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA cache_size = %d", size);

  ld_database_exec (db, sql, NULL);
}

static gboolean
fill_areas (LdDatabase          *db,
            const LdRecordArea  *areas,
            guint                n_areas,
            guint                n_records,
            guint64              seed,
            LdDemoProgress       progress_cb,
            gpointer             user_data,
            GError             **error)
{
  g_autoptr(GPtrArray) saved = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  Ctx ctx = { 0, };
  guint total = n_records * n_areas;
  guint done = 0;
  int old_cache_size;
  gboolean ok = FALSE;

  ctx.db = db;
  ctx.rng.state = seed;
  ctx.seed = seed;
  ctx.error = error;
  ctx.policy = ld_deadline_policy_new ();
  ctx.calendar = ld_calendar_new ();
  g_date_clear (&ctx.cal.base, 1);
  g_date_set_dmy (&ctx.cal.base, LD_DEMO_ANCHOR_DAY, LD_DEMO_ANCHOR_MONTH, LD_DEMO_ANCHOR_YEAR);
  g_date_subtract_days (&ctx.cal.base, SPAN_DAYS);

  /* A large cache keeps the pages of the big transaction in memory
   * instead of spilling them to the WAL and reading them back. */
  old_cache_size = get_cache_size (db);
  set_cache_size (db, -256 * 1024);

  /* One transaction: dropping triggers and indexes is safe only if a
   * failure (or a crash) takes the whole fill back. Demo rows are not
   * changes anybody made, so the audit triggers are off too (they would
   * also triple the time and the file). */
  if (!ld_database_begin (db, error))
    goto out;
  if (!fill_settings (db, error) || !ld_audit_triggers_drop (db, error))
    goto fail;
  for (guint a = 0; a < n_areas; a++)
    {
      GPtrArray *sql = g_ptr_array_new_with_free_func (g_free);

      g_ptr_array_add (saved, sql);
      if (!load_next_seqs (&ctx, (int) areas[a], area_bulk[areas[a]].next_seq_sql) ||
          (areas[a] == LD_RECORD_AREA_MEDIATION && !load_first_mediation_ids (&ctx)) ||
          !drop_bulk_objects (db, &area_bulk[areas[a]], sql, error))
        goto fail;
    }

  for (guint a = 0; a < n_areas; a++)
    {
      g_autofree int *days = make_days (&ctx.rng, n_records);

      for (guint i = 0; i < n_records; i++)
        {
          if (!area_bulk[areas[a]].insert (&ctx, days[i]))
            goto fail;
          done++;
          if (progress_cb && (done % BATCH_SIZE == 0 || done == total))
            progress_cb (done, total, user_data);
        }
    }

  for (guint a = 0; a < n_areas; a++)
    if (!restore_bulk_objects (db, &area_bulk[areas[a]], saved->pdata[a], error))
      goto fail;
  if (!ld_audit_triggers_ensure (db, error))
    goto fail;
  ok = ld_database_commit (db, error);
  goto out;

fail:
  ld_database_rollback (db);
out:
  set_cache_size (db, old_cache_size);
  g_clear_object (&ctx.policy);
  g_clear_object (&ctx.calendar);
  return ok;
}

gboolean
ld_demo_fill (LdDatabase      *db,
              guint            n_records,
              guint64          seed,
              LdDemoProgress   progress_cb,
              gpointer         user_data,
              GError         **error)
{
  static const LdRecordArea all[] = {
    LD_RECORD_AREA_CONTRACT, LD_RECORD_AREA_MEDIATION, LD_RECORD_AREA_PETITION,
  };

  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return fill_areas (db, all, G_N_ELEMENTS (all), n_records, seed, progress_cb, user_data, error);
}

gboolean
ld_demo_fill_area (LdDatabase      *db,
                   LdRecordArea     area,
                   guint            n_records,
                   guint64          seed,
                   LdDemoProgress   progress_cb,
                   gpointer         user_data,
                   GError         **error)
{
  g_return_val_if_fail (LD_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (area < LD_N_RECORD_AREAS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return fill_areas (db, &area, 1, n_records, seed, progress_cb, user_data, error);
}

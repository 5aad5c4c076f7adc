/**
 * Every word the rendered sheets show, in one place. The sheets are the branch's documents and are
 * written in zh-CN; an English variant would add a second object of the same {@link RenderLabels} type.
 */
import { chineseDate, chineseMonth } from "../../scheme/dates";
import { STAR_LABELS } from "../../scheme/stars";
import { LOG_SHEET } from "../schema";

/** Languages the rendered sheets exist in. */
export type RenderLang = "zh-CN";

/** Actions recorded in 生成记录. */
export type LogAction = "monthly" | "approval" | "annual" | "annualPublicity" | "finalStars" | "outcomes" | "archive";

const zhCN = {
  /** Sheet names (REGISTER.md, Output sheets). Never longer than 31 characters. */
  sheetNames: {
    month: (period: string) => `${period} 评星`,
    publicity: (period: string) => `${period} 公示`,
    log: LOG_SHEET,
  },
  /** Centre footer of printed pages (Excel header/footer codes). */
  pageFooter: "第 &P 页 共 &N 页",
  month: {
    title: (branch: string, period: string) => joinTitle(branch, `${chineseMonth(period)}党员积分评星结果`),
    branch: (branch: string) => `支部：${branch || "（未设置支部名称）"}`,
    month: (period: string) => `月份：${chineseMonth(period)}`,
    formula: (appraisal: string, record: string, decimals: number) =>
      `计算公式：综合得分 = 民主评议得分×${appraisal} + 记实考核得分×${record}` +
      `（各项得分${decimals === 0 ? "取整数" : `保留${decimals}位小数`}，四舍五入）`,
    thresholds: (t: readonly number[]) =>
      `星级标准：${t.map((v, i) => `${STAR_LABELS[5 - i]} ≥ ${v}`).join("，")}，${t[4]}以下未评星`,
    status: (approvedOn: string | null) =>
      approvedOn ? `状态：已通过（${chineseDate(approvedOn)}党员大会通过）` : "状态：拟评（待党员大会审议通过）",
    generatedAt: (at: string) => `生成时间：${at}`,
    memberSection: "一、党员",
    nonMemberSection: "二、党外干部职工",
    distributionSection: "三、星级分布",
    columns: ["排名", "编号", "姓名", "党小组", "记实考核", "民主评议", "有效票数", "综合得分", "星级", "等级", "状态", "备注"],
    none: "（本月无）",
    distributionColumns: ["星级", "党员", "党外", "合计"],
    unscoredRow: "无星级",
    totalRow: "合计",
    distributionNote: "注：无星级指未考核、不参评或未评议的人员，不计入图表。",
    chartTitle: (period: string) => `${chineseMonth(period)}星级分布`,
    /** 备注 entries. */
    exemptNote: (reason: string | undefined) => (reason ? `不参评（${reason}）` : "不参评"),
    quorumNote: (min: number) => `票数不足（少于${min}票）`,
    adjustmentNote: (total: string) => `含加减分${total}`,
    noteSeparator: "；",
    /** How a 备注 is taken apart into its notes. */
    noteSplit: /；/,
    /** Every note the renderer writes, so that regeneration can tell them from what a person typed. */
    generatedNotes: [/^不参评(（.*）)?$/, /^票数不足(（少于\d+票）)?$/, /^含加减分[+-]?\d+(\.\d+)?$/, /^未考核$/, /^未评议$/, /^按月度评议均值$/, /^考核月数不足$/],
  },
  publicity: {
    title: (branch: string, period: string) => joinTitle(branch, `${chineseMonth(period)}党员积分评星结果公示`),
    lead: (branch: string, period: string, approvedOn: string | null, formula: string) =>
      `根据《党员积分评星方案》，经记实考核和民主评议，` +
      (approvedOn ? `${chineseDate(approvedOn)}党员大会审议通过，` : "") +
      `现将${branch || "本支部"}${chineseMonth(period)}党员积分评星${approvedOn ? "" : "拟评"}结果公示如下` +
      `（${formula}）。如有异议，请向支部委员会反映。`,
    formula: (appraisal: string, record: string) => `综合得分 = 民主评议得分×${appraisal} + 记实考核得分×${record}`,
    excellentSection: (stars: number) =>
      `一、评为优秀（${STAR_LABELS[stars] ?? `${stars}星级`}${stars < 5 ? "及以上" : ""}）`,
    boardSection: "二、党员积分评星展示台",
    nonMemberSection: "三、非党干部职工评比结果",
    excellentColumns: ["序号", "姓名", "党小组", "", "", "综合得分", "星级", "等级"],
    boardColumns: ["序号", "姓名", "党小组", "记实考核", "民主评议", "综合得分", "星级", "等级"],
    none: "（本月无）",
    date: (date: string) => chineseDate(date),
  },
  log: {
    columns: ["时间", "操作", "期间", "人数", "错误", "警告", "指纹", "说明"],
    actions: {
      monthly: "月度评星",
      approval: "党员大会通过",
      annual: "年度评星",
      annualPublicity: "年度公示",
      finalStars: "确定年度星级",
      outcomes: "结果运用",
      archive: "档案",
    } satisfies Record<LogAction, string>,
    approvedOn: (date: string) => `通过日期 ${date}`,
  },
};

/** The shape every language's labels share. */
export type RenderLabels = typeof zhCN;

const LABELS: Record<RenderLang, RenderLabels> = { "zh-CN": zhCN };

/** The labels of a language (zh-CN, the default and for now the only one). */
export function labelsFor(lang: RenderLang = "zh-CN"): RenderLabels {
  return LABELS[lang];
}

/** 「{支部名称} {rest}」, without a leading space when the branch has no name yet. */
function joinTitle(branch: string, rest: string): string {
  const b = branch.trim();
  return b ? `${b} ${rest}` : rest;
}

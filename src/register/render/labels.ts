/**
 * Every word the rendered sheets show, in one place. The sheets are the branch's documents and are
 * written in zh-CN; an English variant would add a second object of the same {@link RenderLabels} type.
 */
import { chineseDate, chineseMonth } from "../../scheme/dates";
import { STAR_LABELS } from "../../scheme/stars";
import { OUTPUT_SHEETS } from "../output-sheets";
import { LOG_SHEET } from "../schema";

/** Two ideographic spaces between the fields of a line (as Chinese forms space them). */
const GAP = "\u3000\u3000";

/** Languages the rendered sheets exist in. */
export type RenderLang = "zh-CN";

/** Actions recorded in 生成记录. */
export type LogAction = "monthly" | "approval" | "withdrawal" | "approvalDropped" | "annual" | "annualPublicity" | "finalStars" | "archive" | "notices";

const zhCN = {
  /** Sheet names, from the output sheets' table (register/output-sheets.ts). Never longer than 31 characters. */
  sheetNames: {
    month: OUTPUT_SHEETS.month.name,
    publicity: OUTPUT_SHEETS.publicity.name,
    log: LOG_SHEET,
    year: OUTPUT_SHEETS.year.name,
    yearPublicity: OUTPUT_SHEETS.yearPublicity.name,
    final: OUTPUT_SHEETS.final.name,
    outcomes: OUTPUT_SHEETS.outcomes.name,
    archive: OUTPUT_SHEETS.archive.name,
    /** One member's archive printed alone; `who` is the name (with the 编号 when two share it). */
    memberArchive: (year: string, who: string) => OUTPUT_SHEETS.memberArchive.name(year, who),
    rules: OUTPUT_SHEETS.rules.name,
    commitments: OUTPUT_SHEETS.commitments.name,
    meetingRecord: OUTPUT_SHEETS.meetingRecord.name,
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
    thresholds: (t: readonly number[]) => `星级标准：${t.map((v, i) => `${STAR_LABELS[5 - i]} ≥ ${v}`).join("，")}，${t[4]}以下未评星`,
    /** The ballots line, written only when 每票优秀上限 is set. */
    ballots: (total: number, voided: number, cap: number, share: string) =>
      `民主评议：收回评议票${total}张，其中废票${voided}张（每票评为优秀的不超过${cap}人，即应评人数的${share}，超过即为废票）`,
    status: (approvedOn: string | null) => (approvedOn ? `状态：已通过（${chineseDate(approvedOn)}党员大会通过）` : "状态：拟评（待党员大会审议通过）"),
    generatedAt: (at: string) => `生成时间：${at}`,
    memberSection: "一、党员",
    nonMemberSection: "二、党外干部职工",
    distributionSection: "三、星级分布",
    columns: ["排名", "编号", "姓名", "党小组", "记实考核", "民主评议", "有效票数", "综合得分", "星级", "等级", "状态", "说明", "备注"],
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
    generatedNotes: [
      /^不参评(（.*）)?$/,
      /^票数不足(（少于\d+票）)?$/,
      /^含加减分[+-]?\d+(\.\d+)?$/,
      /^未考核$/,
      /^未评议$/,
      /^按月度评议均值$/,
      /^考核月数不足(（少于\d+个月）)?$/,
      /^在册\d+个月$/,
      /^不参评\d+个月$/,
      /^未考核\d+个月$/,
    ],
  },
  /** `YYYY 年度评星`: the annual scores and proposed stars. */
  year: {
    title: (branch: string, year: string) => joinTitle(branch, `${year}年度党员积分评星结果`),
    year: (year: string) => `年度：${year}年度`,
    formula: (appraisal: string, record: string, decimals: number) =>
      `计算公式：年度得分 = 记实考核月均分×${record} + 年度民主评议得分×${appraisal}` +
      `（月均分为各考核月记实考核得分的平均；各项得分${decimals === 0 ? "取整数" : `保留${decimals}位小数`}，四舍五入）`,
    months: (minMonths: number) =>
      `考核月数：全年有记实考核得分的月份，未考核、不参评的月份不计；少于${minMonths}个月的标注“考核月数不足”。` +
      `没有年度民主评议的，以月度民主评议得分的平均计，标注“按月度评议均值”。`,
    /** The year-end appraisal's ballots line, written only when 每票优秀上限 is set. */
    ballots: (total: number, voided: number, cap: number, share: string) =>
      `年度民主评议：收回评议票${total}张，其中废票${voided}张（每票评为优秀的不超过${cap}人，即12月应评人数的${share}，超过即为废票）`,
    status: (period: { start: string; end: string } | null) =>
      period ? `状态：拟评（公示时间：${chineseDate(period.start)}至${chineseDate(period.end)}）` : "状态：拟评（待年度公示）",
    memberSection: "一、党员",
    nonMemberSection: "二、党外干部职工",
    distributionSection: "三、年度星级分布",
    chartTitle: (year: string) => `${year}年度星级分布`,
    columns: ["排名", "编号", "姓名", "党小组", "考核月数", "记实考核均分", "年度评议", "有效票数", "年度得分", "星级", "等级", "状态", "说明", "备注"],
    none: "（本年度无）",
    proposed: "拟评",
    fewMonthsNote: (minMonths: number) => `考核月数不足（少于${minMonths}个月）`,
    onRosterNote: (months: number) => `在册${months}个月`,
    exemptMonthsNote: (months: number) => `不参评${months}个月`,
    unrecordedMonthsNote: (months: number) => `未考核${months}个月`,
  },
  /** `YYYY 年度公示`: the print-ready annual publicity. */
  yearPublicity: {
    title: (branch: string, year: string) => joinTitle(branch, `${year}年度党员积分评星结果公示`),
    lead: (branch: string, year: string, formula: string) =>
      `根据《党员积分评星方案》，经全年记实考核和年度民主评议，现将${branch || "本支部"}${year}年度党员积分评星` + `拟评结果公示如下（${formula}）。`,
    formula: (appraisal: string, record: string) => `年度得分 = 记实考核月均分×${record} + 年度民主评议得分×${appraisal}`,
    memberSection: "一、党员",
    nonMemberSection: "二、非党干部职工",
    columns: ["序号", "姓名", "党小组", "记实考核均分", "年度评议", "年度得分", "拟评星级", "等级"],
    none: "（无）",
    objection: (secretary: string, end: string) =>
      `公示期间，对公示结果有异议的，请于${chineseDate(end)}（含当日）前，以书面或当面方式向` +
      `${secretary ? `支部书记${secretary}同志` : "支部委员会"}反映。反映情况应实事求是、署真实姓名；` +
      `支部将逐件登记、核查，并将核查结果反馈本人。`,
    date: (date: string) => chineseDate(date),
  },
  /** `YYYY 年度星级`: the final stars with the feedback lines. */
  final: {
    title: (branch: string, year: string) => joinTitle(branch, `${year}年度党员积分评星最终结果`),
    finalizedOn: (date: string) => `确定日期：${chineseDate(date)}`,
    objections: (total: number, upheld: number, rejected: number) =>
      total === 0 ? "异议：公示期间未收到异议" : `异议：收到${total}件，核查属实${upheld}件、不属实${rejected}件`,
    memberSection: "一、党员",
    nonMemberSection: "二、党外干部职工",
    columns: ["排名", "编号", "姓名", "党小组", "年度得分", "拟评等级", "星级", "最终等级", "异议核查", "反馈本人"],
    adjusted: "经核查调整",
    confirmed: "经核查维持",
    none: "（本年度无）",
  },
  /** `YYYY 结果运用`. */
  outcomes: {
    title: (branch: string, year: string) => joinTitle(branch, `${year}年度党员积分评星结果运用`),
    basis: (year: string, finalizedOn: string) => `依据：${year}年度星级（${chineseDate(finalizedOn)}确定）`,
    candidatesSection: (minStars: number) =>
      `一、评先评优候选（${STAR_LABELS[minStars] ?? `${minStars}星级`}${minStars < 5 ? "及以上" : ""}党员，按年度得分排列）`,
    candidateColumns: ["序号", "编号", "姓名", "党小组", "年度得分", "星级", "等级", "备注", ""],
    admonitionSection: "二、戒勉谈话（年度未评定星级的党员）",
    admonitionNote: (months: number) =>
      `由支部书记进行戒勉谈话，提出整改要求；整改期限为确定星级之日起${months}个月。谈话日期、整改要求由支部填写，重新生成时保留。`,
    admonitionColumns: ["序号", "编号", "姓名", "党小组", "年度得分", "等级", "谈话日期", "整改要求", "整改期限"],
    unratedSection: "三、无年度得分的党员（由支部研究处理）",
    unratedNote: "以下党员全年未考核、不参评或未评议，没有年度得分，不属于“未能评星”，不自动列入戒勉谈话，请支部研究处理。",
    unratedColumns: ["序号", "编号", "姓名", "党小组", "情况", "说明", "", "", ""],
    nonPartySection: "四、党外干部职工年度结果（作为年度个人目标考核依据）",
    nonPartyColumns: ["序号", "编号", "姓名", "党小组", "年度得分", "星级", "等级", "备注", ""],
    none: "（无）",
  },
  /** `YYYY 档案`: the member archive (党员创先争优活动档案). */
  archive: {
    title: (kind: "党员" | "党外") => (kind === "党员" ? "党员创先争优活动档案" : "干部职工创先争优活动档案"),
    subtitle: (branch: string, year: string) => joinTitle(branch, `${year}年度`),
    info: (name: string, id: string, kind: string, group: string, position: string) =>
      `姓名：${name}${GAP}编号：${id}${GAP}类别：${kind}` + (group ? `${GAP}党小组：${group}` : "") + (position ? `${GAP}岗位：${position}` : ""),
    commitmentsSection: "一、承诺记实",
    commitmentColumns: ["四德", "方面", "承诺内容", "", "计划", "完成时限", "状态", "兑现情况"],
    monthsSection: "二、月度考核",
    monthColumns: ["月份", "记实考核", "民主评议", "综合得分", "星级", "等级", "备注", ""],
    month: (period: string) => `${Number(period.slice(5, 7))}月`,
    notOnRoster: "不在册",
    /** The month's 组织生活会, in the month's 备注. */
    meeting: (attendance: string, reported: boolean) => `组织生活会${attendance || "未登记"}${attendance === "出席" ? (reported ? "并汇报" : "、未汇报") : ""}`,
    yearRow: "全年",
    commentsSection: "三、点评记录",
    commentColumns: ["月份", "点评人", "不足", "", "原因", "", "整改要求", ""],
    objectionsSection: "四、异议及核查",
    objectionColumns: ["收到日期", "异议内容", "", "", "", "核查结果", "调整星级", "处理人"],
    finalSection: "五、年度星级",
    proposed: (label: string, score: string | null) => `拟评星级：${label}${score === null ? "" : `（年度得分${score}分）`}`,
    final: (label: string, adjusted: boolean) => `最终星级：${label}${adjusted ? "（经异议核查）" : ""}`,
    finalizedOn: (date: string) => `确定日期：${chineseDate(date)}`,
    pending: "最终星级：尚未确定（公示期满、异议核查完毕后确定）",
    feedback: (line: string) => `反馈本人：${line}`,
    none: "（无）",
  },
  /** `YYYY 考核办法公示` (四公开 1): the year's rules, written from the settings and criteria. */
  rules: {
    title: (branch: string, year: string) => joinTitle(branch, `${year}年度党员积分评星考核办法公示`),
    lead: (branch: string, year: string) =>
      `根据《党员积分评星方案》“四公开”的要求，现将${branch || "本支部"}${year}年度党员积分评星的考核内容、考核程序、` +
      `考核方法和结果运用公示如下。以下数字均取自本支部登记簿的“设置”和“考核细则”，与实际计分所用完全一致。`,
    contentSection: "一、考核内容",
    contentLead: "以“五带头”为主要内容进行记实考核，党外干部职工参照执行。各考核项目及满分如下（合计100分）：",
    criteriaColumns: ["序号", "类别（五带头）", "考核项目", "满分", "考核要点", "", "", ""],
    criteriaTotal: "合计",
    procedureSection: "二、考核程序",
    procedure: (recorder: string, monthlyDays: number, annualDays: number) => [
      `1. 承诺记实。年初每名党员围绕政治品德、职业道德、家庭美德、社会公德作出承诺；${recorder ? `记实考核专人${recorder}同志` : "记实考核专人"}逐月记实考核得分和加减分，每一笔加减分都写明事由和依据。`,
      "2. 一讲二评三公示。每月最后一周召开组织生活会，党员讲述汇报、支部书记逐一点评，党外干部职工列席并汇报；每季度结束后次月（1、4、7、10月）第一周召开支部生活会，邀请群众代表全程参与；当月开展民主评议。",
      "3. 计分评星。每月集中考核评选一次，按下列方法计算得分、评定星级，结果经党员大会审议通过。",
      `4. 公示反馈。月度结果公示${monthlyDays}天，年度结果公示不少于${annualDays}天；公示期内收到的异议逐件登记、核查，核查结果反馈本人。`,
    ],
    methodSection: "三、考核方法",
    formula: (appraisal: string, record: string) => `1. 综合得分 = 民主评议得分×${appraisal} + 记实考核得分×${record}。`,
    record: "2. 记实考核得分 = 各考核项目得分之和 + 加减分，最低0分，最高100分。",
    appraisal: (points: string, trim: boolean, minMarks: number, selfMark: boolean) =>
      `3. 民主评议得分为有效评价的平均分。评价可选等次，也可直接打0–100分，等次折算为：${points}。` +
      (trim ? "有效评价不少于5个时，去掉一个最高分和一个最低分后再平均。" : "不去掉最高分和最低分。") +
      `有效评价少于${minMarks}个的，得分照算，标注“票数不足”。` +
      (selfMark ? "记名评议时本人对自己的评价计入。" : "记名评议时本人对自己的评价不计入。"),
    /** 每票优秀上限, when the branch sets one (docs/rules.md): `cap` as the branch wrote it (1/3, 33%). */
    excellentCap: (cap: string) => `4. 每张评议票评为“优秀”的人数不得超过应评议人数的${cap}（向下取整），超过的该票作废。`,
    rounding: (n: number, decimals: number) =>
      `${n}. 民主评议得分、记实考核得分先${decimals === 0 ? "取整数" : `保留${decimals}位小数`}（四舍五入），综合得分由这两个得分计算，再同样四舍五入，人人可以按公示数字复核。`,
    stars: (n: number) => `${n}. 星级标准（综合得分达到下限即评为该星级）：`,
    starColumns: ["星级", "", "标识", "", "综合得分", "", "", ""],
    starRange: (lower: number, upper: number | null) => (upper === null ? `${lower}分及以上` : `${lower}分及以上、不足${upper}分`),
    noStar: (lower: number) => `不足${lower}分`,
    annual: (n: number, appraisal: string, record: string, minMonths: number) =>
      `${n}. 年度得分 = 记实考核月均分×${record} + 年度民主评议得分×${appraisal}，星级标准同上；全年考核不足${minMonths}个月的予以标注。`,
    outcomesSection: "四、结果运用",
    outcomes: (monthlyStars: string, commendation: string, months: number) => [
      `1. 每月评为${monthlyStars}的党员列入当月“评为优秀”公示名单，全体党员星级在展示台公示。`,
      `2. 年度评为${commendation}的党员，作为评先评优的候选人。`,
      `3. 年度未能评定星级的党员，由支部书记进行戒勉谈话，提出整改要求，整改期限为${months}个月。`,
      "4. 党外干部职工的年度结果，作为年度个人目标考核的依据。",
    ],
    contact: (contact: string, phone: string) =>
      `对考核办法有意见建议的，请向支部委员会反映（联系人：${contact || "支部委员会"}${phone ? `，联系电话：${phone}` : ""}）。`,
    date: (date: string) => chineseDate(date),
  },
  /** `YYYY 承诺公示` (四公开 2): the commitments and their fulfilment. */
  commitments: {
    title: (branch: string, year: string) => joinTitle(branch, `${year}年度党员承诺事项及兑现情况公示`),
    lead: (branch: string, year: string, date: string) =>
      `根据《党员积分评星方案》“四公开”的要求，现将${branch || "本支部"}${year}年度党员承诺事项及截至${chineseDate(date)}的兑现情况公示如下，请大家监督。`,
    memberSection: "一、党员",
    nonMemberSection: "二、党外干部职工",
    columns: ["序号", "姓名", "四德", "方面", "承诺内容", "完成时限", "状态", "兑现情况"],
    noCommitment: "（本年度未作承诺）",
    none: "（无）",
    summary: (people: number, withCommitment: number, fulfilled: number, total: number) =>
      `共${people}人，${withCommitment}人作出承诺${people > withCommitment ? `，${people - withCommitment}人未作承诺` : ""}；承诺事项${total}项，已兑现${fulfilled}项。`,
    contact: (contact: string, phone: string) =>
      `如有意见建议，请向支部委员会反映（联系人：${contact || "支部委员会"}${phone ? `，联系电话：${phone}` : ""}）。`,
    date: (date: string) => chineseDate(date),
  },
  /** `YYYY-MM 组织生活会记录` (一讲二评): the month's meeting record for the branch's files. */
  meetingRecord: {
    title: (branch: string, period: string) => joinTitle(branch, `${chineseMonth(period)}组织生活会记录`),
    meetingSection: (n: number, kind: string, date: string | undefined) =>
      `${["一", "二", "三", "四", "五", "六"][n] ?? n + 1}、${kind}（${date ? chineseDate(date) : "日期未填"}）`,
    fields: {
      counts: "出席情况",
      present: "出席",
      onLeave: "请假",
      absent: "缺席",
      unrecorded: "未登记",
      observers: "列席",
      massRepresentatives: "群众代表",
      reported: "讲述汇报",
      notReported: "未讲述汇报的党员",
    },
    counts: (expected: number, present: number, onLeave: number, absent: number) => `应到${expected}人，出席${present}人，请假${onLeave}人，缺席${absent}人`,
    names: (names: readonly string[]) => (names.length === 0 ? "无" : `${names.join("、")}（${names.length}人）`),
    commentsSection: (n: number) => `${["一", "二", "三", "四", "五", "六"][n] ?? n + 1}、点评记录`,
    commentColumns: ["序号", "姓名", "点评人", "不足", "原因", "整改要求"],
    noComments: "（本月无点评记录）",
    ballotsSection: (n: number) => `${["一", "二", "三", "四", "五", "六"][n] ?? n + 1}、民主评议`,
    ballots: (count: number, expected: number, turnout: string) =>
      `本月收回评议票${count}张；应参加评议${expected}人（本月参加考核的党员和党外干部职工，及出席支部生活会的群众代表），参评率${turnout}。`,
    host: "主持人（签字）：",
    recorder: "记录人（签字）：",
    date: (date: string) => chineseDate(date),
  },
  publicity: {
    title: (branch: string, period: string) => joinTitle(branch, `${chineseMonth(period)}党员积分评星结果公示`),
    lead: (branch: string, period: string, approvedOn: string | null, formula: string) =>
      `根据《党员积分评星方案》，经记实考核和民主评议，` +
      (approvedOn ? `${chineseDate(approvedOn)}党员大会审议通过，` : "") +
      `现将${branch || "本支部"}${chineseMonth(period)}党员积分评星${approvedOn ? "" : "拟评"}结果公示如下` +
      `（${formula}）。`,
    formula: (appraisal: string, record: string) => `综合得分 = 民主评议得分×${appraisal} + 记实考核得分×${record}`,
    excellentSection: (stars: number) => `一、评为优秀（${STAR_LABELS[stars] ?? `${stars}星级`}${stars < 5 ? "及以上" : ""}）`,
    boardSection: "二、党员积分评星展示台",
    nonMemberSection: "三、非党干部职工评比结果",
    excellentColumns: ["序号", "姓名", "党小组", "", "", "综合得分", "星级", "等级"],
    /** 公示时间 of the monthly publicity (docs/rules.md, Approval and publicity). */
    period: (start: string, end: string) => `公示时间：${chineseDate(start)}至${chineseDate(end)}`,
    /** Whom to contact: 公示联系人, else the 支部书记, else the 支部委员会; with 联系电话 when set. */
    contact: (contact: string, phone: string) =>
      `如有异议，请于公示期内向支部委员会反映（联系人：${contact || "支部委员会"}${phone ? `，联系电话：${phone}` : ""}）。`,
    boardColumns: ["序号", "姓名", "党小组", "记实考核", "民主评议", "综合得分", "星级", "等级"],
    none: "（本月无）",
    date: (date: string) => chineseDate(date),
  },
  log: {
    /**
     * The log's columns. The first eight are those of every version; 代码 (the action's code), 日期 (the
     * approval, withdrawal or finalisation date), 公示开始 and 公示截止 were added so that the log is data.
     */
    columns: ["时间", "操作", "期间", "人数", "错误", "警告", "指纹", "说明", "代码", "日期", "公示开始", "公示截止"],
    actions: {
      monthly: "月度评星",
      approval: "党员大会通过",
      withdrawal: "撤销通过",
      approvalDropped: "通过失效",
      annual: "年度评星",
      annualPublicity: "年度公示",
      finalStars: "确定年度星级",
      archive: "档案",
      notices: "四公开公示",
    } satisfies Record<LogAction, string>,
    approvedOn: (date: string) => `通过日期 ${date}`,
    /** The 说明 of a 撤销通过 row: the approval withdrawn and why. */
    withdrawn: (approvedOn: string, reason: string) => `撤销 ${approvedOn} 的通过：${reason}`,
    /** The 说明 of a 通过失效 row: regenerating after the inputs changed dropped the approval. */
    dropped: (approvedOn: string) => `${approvedOn} 通过后数据有改动，重新生成为拟评`,
    /** The 说明 of a 年度公示 row: the period, read back when the final stars are fixed. */
    publicityPeriod: (start: string, end: string) => `公示 ${start} 至 ${end}`,
    /** The 说明 of a 确定年度星级 row: the date the stars were fixed (deadlines count from it). */
    finalizedOn: (date: string) => `确定日期 ${date}`,
    archiveOf: (id: string, name: string) => `${name}（${id}）`,
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

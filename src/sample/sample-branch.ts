import type { Grid } from "../register/cells";
import { FIVE_LEADS, inputSheet } from "../register/schema";
import { SETTING_ROWS } from "../register/setting-rows";
import { seededRandom } from "./random";

/**
 * A realistic sample branch for the preview, the template's `--sample` and the tests: 25 people
 * (21 党员, 4 党外), the five-leads criteria, three months of record scores, adjustments and ballots.
 * Deterministic: the same arguments always give the same workbook. {@link sampleYear} is the same branch
 * over a whole year, for trying the annual cycle (the preview's `?sample=year`, the annual golden fixtures).
 */
export interface SampleOptions {
  /** The last of the three sample months, YYYY-MM. */
  lastMonth: string;
}

/** Input sheet name → its cell values, header row first. */
export type SampleWorkbook = Map<string, Grid>;

const PEOPLE: readonly [string, "党员" | "党外", string, string][] = [
  ["王建国", "党员", "第一党小组", "主任"],
  ["李秀英", "党员", "第一党小组", "副主任"],
  ["张伟", "党员", "第一党小组", "科长"],
  ["刘芳", "党员", "第一党小组", "会计"],
  ["陈明", "党员", "第一党小组", "科员"],
  ["杨丽", "党员", "第一党小组", "科员"],
  ["赵磊", "党员", "第一党小组", "技术员"],
  ["黄静", "党员", "第二党小组", "科长"],
  ["周强", "党员", "第二党小组", "工程师"],
  ["吴敏", "党员", "第二党小组", "科员"],
  ["徐浩", "党员", "第二党小组", "技术员"],
  ["孙燕", "党员", "第二党小组", "档案员"],
  ["马超", "党员", "第二党小组", "驾驶员"],
  ["朱红梅", "党员", "第二党小组", "出纳"],
  ["胡军", "党员", "第三党小组", "科长"],
  ["郭丹", "党员", "第三党小组", "科员"],
  ["林志刚", "党员", "第三党小组", "工程师"],
  ["何雪", "党员", "第三党小组", "科员"],
  ["高峰", "党员", "第三党小组", "退休返聘"],
  ["罗娟", "党员", "第三党小组", "科员"],
  ["梁晓东", "党员", "第三党小组", "科员"],
  ["宋佳", "党外", "", "科员"],
  ["郑凯", "党外", "", "技术员"],
  ["谢婷", "党外", "", "文员"],
  ["韩磊", "党外", "", "驾驶员"],
];

const CRITERIA: readonly [string, string, string, string][] = [
  ["C1", FIVE_LEADS[0], "学习提高", "参加三会一课、学习强国积分、专题学习"],
  ["C2", FIVE_LEADS[1], "争创佳绩", "岗位任务完成情况、工作质量与效率"],
  ["C3", FIVE_LEADS[2], "服务群众", "志愿服务、联系群众、为群众办实事"],
  ["C4", FIVE_LEADS[3], "遵纪守法", "遵守党纪国法和单位规章制度"],
  ["C5", FIVE_LEADS[4], "弘扬正气", "敢于同不良风气作斗争、传播正能量"],
];

function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split("-").map(Number);
  const index = y * 12 + (m - 1) + delta;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Builds the sample branch's input sheets. */
export function sampleRegister(options: SampleOptions): SampleWorkbook {
  const rand = seededRandom(20261123);
  const months = [shiftMonth(options.lastMonth, -2), shiftMonth(options.lastMonth, -1), options.lastMonth];
  const ids = PEOPLE.map((_, i) => `D${String(i + 1).padStart(3, "0")}`);
  // Each person's latent diligence, 0..1, drives record points and appraisal marks.
  const diligence = PEOPLE.map((_, i) => (i === 12 ? 0.05 : i === 18 ? 0.2 : 0.35 + rand() * 0.65));
  // 梁晓东 (D021) transferred in during the second month; 高峰 (D019) is exempt (long illness) in the first.
  const joinedIndex = 20;
  const exempt = { index: 18, month: months[0], reason: "长期病假" };

  const header = (key: Parameters<typeof inputSheet>[0]) => inputSheet(key).columns.map((col) => col.zh);
  const sheets: SampleWorkbook = new Map();

  sheets.set("设置", [
    header("settings"),
    ...SETTING_ROWS.map((row) => {
      const value =
        row.name === "支部名称"
          ? "市档案馆机关第一党支部"
          : row.name === "支部书记"
            ? "王建国"
            : row.name === "副书记"
              ? "李秀英"
              : row.name === "记实考核专人"
                ? "刘芳"
                : row.value;
      return [row.name, value, row.note];
    }),
  ]);

  sheets.set("人员名册", [
    header("roster"),
    ...PEOPLE.map(([name, kind, group, position], i) => [
      ids[i],
      name,
      kind,
      group,
      position,
      i === joinedIndex ? `${months[1]}-12` : "",
      "",
      i === joinedIndex ? "从区档案局转入" : "",
    ]),
  ]);

  sheets.set("考核细则", [header("criteria"), ...CRITERIA.map(([code, cat, name, desc]) => [code, cat, name, 20, desc])]);

  const assessedIn = (i: number, month: string) => i !== joinedIndex || month >= months[1];
  const recordHeader = ["月份", "编号", "姓名", ...CRITERIA.map(([, , name]) => name), "不参评", "说明"];
  const recordRows: Grid = [];
  for (const month of months) {
    PEOPLE.forEach(([name], i) => {
      if (!assessedIn(i, month)) return;
      if (i === exempt.index && month === exempt.month) {
        recordRows.push([month, ids[i], name, "", "", "", "", "", "是", exempt.reason]);
        return;
      }
      const points = CRITERIA.map(() => Math.min(20, Math.round((12.2 + diligence[i] * 7 + rand() * 2) * 2) / 2));
      recordRows.push([month, ids[i], name, ...points, "", ""]);
    });
  }
  sheets.set("记实考核", [recordHeader, ...recordRows]);

  const adjustments: Grid = [header("adjustments")];
  const reasons: [number, number, string, string][] = [
    [3, 2, "主动承担档案数字化攻坚任务", "馆务会纪要"],
    [7, 1, "参加社区志愿服务", "社区证明"],
    [12, -3, "无故缺席组织生活会", "会议签到表"],
    [9, 2, "获评市级优秀技术成果", "获奖证书"],
    [16, -1, "未按时完成学习任务", "学习强国记录"],
  ];
  reasons.forEach(([i, points, reason, evidence], k) => {
    const month = months[k % 3];
    adjustments.push([month, ids[i], points, reason, evidence, "刘芳", `${month}-20`]);
  });
  sheets.set("加减分", adjustments);

  const gradeFor = (d: number) => {
    const r = d + (rand() - 0.5) * 0.35;
    return r > 0.78 ? "优秀" : r > 0.4 ? "合格" : r > 0.15 ? "基本合格" : "不合格";
  };
  const ballots: Grid = [[...header("ballots"), ...PEOPLE.map(([name]) => name)]];
  for (const month of months) {
    const compact = month.replace("-", "");
    let n = 0;
    // Named ballots from party members present at the meeting (a few absent each month).
    PEOPLE.forEach(([voter, kind], v) => {
      if (kind !== "党员" || !assessedIn(v, month) || rand() < 0.15) return;
      n += 1;
      const role = v === 0 ? "支部书记" : "党员";
      const marks = PEOPLE.map((_, i) => (i === v || !assessedIn(i, month) ? "" : gradeFor(diligence[i])));
      ballots.push([month, `${compact}-${String(n).padStart(2, "0")}`, voter, role, ...marks]);
    });
    // Two anonymous paper ballots from 党外 staff, scored as numbers.
    for (let k = 0; k < 2; k++) {
      n += 1;
      const marks = PEOPLE.map((_, i) => (assessedIn(i, month) ? Math.min(100, Math.round(58 + diligence[i] * 36 + rand() * 5)) : ""));
      ballots.push([month, `${compact}-${String(n).padStart(2, "0")}`, "", "党外", ...marks]);
    }
    // The month after a quarter ends, a mass representative takes part.
    if (["01", "04", "07", "10"].includes(month.slice(5))) {
      n += 1;
      const marks = PEOPLE.map((_, i) => (assessedIn(i, month) ? gradeFor(diligence[i]) : ""));
      ballots.push([month, `${compact}-${String(n).padStart(2, "0")}`, "", "群众代表", ...marks]);
    }
  }
  sheets.set("民主评议", ballots);

  const year = options.lastMonth.slice(0, 4);
  sheets.set("承诺记实", [
    header("commitments"),
    [ids[0], year, "政治品德", "党风民风", "带头讲党课两次，带领支部完成全年学习计划", "每季度组织一次专题学习", `${year}-12-31`, "进行中", "已讲党课一次"],
    [ids[2], year, "职业道德", "岗位履职", "牵头完成馆藏档案数字化二期", "按月推进，年底验收", `${year}-12-31`, "进行中", "完成进度70%"],
    [ids[5], year, "社会公德", "服务群众", "每月参加一次社区志愿服务", "与社区结对", `${year}-12-31`, "进行中", "已参加8次"],
    [ids[9], year, "家庭美德", "能力提升", "取得档案管理中级职称", "参加培训和考试", `${year}-10-31`, "已兑现", "已取得证书"],
  ]);

  sheets.set("点评记录", [
    header("comments"),
    [months[2], ids[12], "王建国", "组织生活会缺席一次，学习任务落后", "对学习重视不够", "补学缺课内容，下月汇报学习体会"],
    [months[2], ids[22], "行政领导", "工作主动性不足", "岗位职责理解不深", "熟悉岗位规范，按时完成交办任务"],
  ]);

  sheets.set("异议登记", [header("objections")]);
  sheets.set(
    "组织生活会",
    sampleMeetings(
      months,
      PEOPLE.map(([name, kind], i) => ({ id: ids[i], name, kind })),
      (i, month) => assessedIn(i, month),
    ),
  );
  return sheets;
}

/** Guests of the sample's 支部生活会 (the months after a quarter): two 群众代表, written by name. */
const MASS_REPRESENTATIVES = ["钱学文", "冯丽"];

/**
 * The sample's 组织生活会 sheet: each month's meeting three days before the month's end, everyone assessed
 * listed (a few on leave, 马超 absent once, one 党员 present who did not report), and in a month after a
 * quarter the 支部生活会 on the 5th with two 群众代表. A generator of its own keeps the other sheets as they were.
 */
function sampleMeetings(
  months: readonly string[],
  people: readonly { id: string; name: string; kind: string }[],
  assessed: (i: number, month: string) => boolean,
): Grid {
  const rand = seededRandom(20261127);
  const rows: Grid = [sheetHeader("meetings")];
  for (const [k, month] of months.entries()) {
    const [y, m] = month.split("-").map(Number);
    const day = new Date(Date.UTC(y, m, 0)).getUTCDate() - 3;
    const date = `${month}-${String(day).padStart(2, "0")}`;
    people.forEach((p, i) => {
      if (!assessed(i, month)) return;
      const last = k === months.length - 1;
      const leave = rand() < 0.08;
      const attendance = i === 12 && last ? "缺席" : leave && !(i === 16 && last) ? "请假" : "出席";
      const reported = attendance === "出席" && !(i === 16 && last) ? "是" : "否";
      rows.push([date, "组织生活会", p.id, p.name, p.kind, attendance, reported, attendance === "请假" ? "公出" : ""]);
    });
    if (["01", "04", "07", "10"].includes(month.slice(5))) {
      const branchDate = `${month}-05`;
      people.forEach((p, i) => {
        if (assessed(i, month) && p.kind === "党员") rows.push([branchDate, "支部生活会", p.id, p.name, "党员", "出席", "是", ""]);
      });
      for (const name of MASS_REPRESENTATIVES) rows.push([branchDate, "支部生活会", name, name, "群众代表", "出席", "否", "应邀参加"]);
    }
  }
  return rows;
}

const sheetHeader = (key: Parameters<typeof inputSheet>[0]): string[] => inputSheet(key).columns.map((col) => col.zh);

/**
 * The sample branch (25 people: 21 党员, 4 党外) over the whole of `year`:
 * - 梁晓东 (D021) joins on `${year}-07-10` and is assessed July to December;
 * - 高峰 (D019) is 不参评 (长期病假) January to June;
 * - 马超 (D013) does poorly all year (no star: an admonishment talk);
 * - the year-end appraisal (评议期 = year) has named ballots from the 党员 present, two 群众代表 and one
 *   行政领导, and gives no mark to 韩磊 (D025), whose annual appraisal falls back to the monthly mean;
 * - commitments (承诺记实) and comments (点评记录) for a few members; 异议登记 is left empty
 *   (callers add the objections they test).
 */
export function sampleYear(year = "2026"): SampleWorkbook {
  const base = sampleRegister({ lastMonth: `${year}-12` });
  const rand = seededRandom(20260101);
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
  const roster = (base.get("人员名册") as Grid).map((r) => [...r]);
  const people = roster.slice(1).map((r) => ({ id: String(r[0]), name: String(r[1]), kind: String(r[2]) }));
  const joined = { index: 20, date: `${year}-07-10` };
  roster[joined.index + 1][5] = joined.date;
  roster[joined.index + 1][7] = "从区档案局转入";
  const exempt = { index: 18, until: `${year}-06`, reason: "长期病假" };
  const diligence = people.map((_, i) => (i === 12 ? 0.02 : i === 18 ? 0.5 : 0.4 + rand() * 0.6));
  const assessedIn = (i: number, month: string) => i !== joined.index || month >= joined.date.slice(0, 7);

  const records: Grid = [["月份", "编号", "姓名", ...CRITERIA.map(([, , name]) => name), "不参评", "说明"]];
  for (const month of months) {
    people.forEach((p, i) => {
      if (!assessedIn(i, month)) return;
      if (i === exempt.index && month <= exempt.until) {
        records.push([month, p.id, p.name, "", "", "", "", "", "是", exempt.reason]);
        return;
      }
      const points = CRITERIA.map(() => Math.min(20, Math.round((12 + diligence[i] * 7 + rand() * 2) * 2) / 2));
      records.push([month, p.id, p.name, ...points, "", ""]);
    });
  }

  const adjustments: Grid = [sheetHeader("adjustments")];
  const ledger: [number, number, number, string, string][] = [
    [3, 2, 2, "主动承担档案数字化攻坚任务", "馆务会纪要"],
    [7, 5, 1, "参加社区志愿服务", "社区证明"],
    [12, 3, -3, "无故缺席组织生活会", "会议签到表"],
    [12, 9, -2, "未按时完成学习任务", "学习强国记录"],
    [9, 6, 2, "获评市级优秀技术成果", "获奖证书"],
    [16, 10, -1, "未按时完成学习任务", "学习强国记录"],
    [20, 11, 1, "协助完成新馆搬迁", "馆务会纪要"],
  ];
  for (const [i, m, points, reason, evidence] of ledger) {
    const month = months[m - 1];
    adjustments.push([month, people[i].id, points, reason, evidence, "刘芳", `${month}-20`]);
  }

  const grade = (d: number) => {
    const r = d + (rand() - 0.5) * 0.35;
    return r > 0.78 ? "优秀" : r > 0.4 ? "合格" : r > 0.15 ? "基本合格" : "不合格";
  };
  const ballots: Grid = [[...sheetHeader("ballots"), ...people.map((p) => p.name)]];
  for (const month of months) {
    const compact = month.replace("-", "");
    let n = 0;
    const next = () => `${compact}-${String(++n).padStart(2, "0")}`;
    people.forEach((voter, v) => {
      if (voter.kind !== "党员" || !assessedIn(v, month) || rand() < 0.15) return;
      const marks = people.map((_, i) => (i === v || !assessedIn(i, month) ? "" : grade(diligence[i])));
      ballots.push([month, next(), voter.name, v === 0 ? "支部书记" : "党员", ...marks]);
    });
    for (let k = 0; k < 2; k++) {
      const marks = people.map((_, i) => (assessedIn(i, month) ? Math.min(100, Math.round(58 + diligence[i] * 36 + rand() * 5)) : ""));
      ballots.push([month, next(), "", "党外", ...marks]);
    }
    if (["01", "04", "07", "10"].includes(month.slice(5))) {
      ballots.push([month, next(), "", "群众代表", ...people.map((_, i) => (assessedIn(i, month) ? grade(diligence[i]) : ""))]);
    }
  }
  // The year-end appraisal: 韩磊 (the last) gets no mark, so his annual appraisal is the monthly mean.
  let n = 0;
  const annualMarks = (self: number) => people.map((_, i) => (i === self || i === people.length - 1 ? "" : grade(diligence[i])));
  people.forEach((voter, v) => {
    if (voter.kind !== "党员" || rand() < 0.1) return;
    ballots.push([year, `${year}-${String(++n).padStart(2, "0")}`, voter.name, v === 0 ? "支部书记" : "党员", ...annualMarks(v)]);
  });
  for (const role of ["群众代表", "群众代表", "行政领导"]) ballots.push([year, `${year}-${String(++n).padStart(2, "0")}`, "", role, ...annualMarks(-1)]);

  const commitments = (base.get("承诺记实") as Grid).map((r) => [...r]);
  commitments.push(
    [people[12].id, year, "职业道德", "岗位履职", "按时参加组织生活，不无故缺席", "每月参加支部主题党日", `${year}-12-31`, "未兑现", "缺席两次"],
    [people[20].id, year, "政治品德", "能力提升", "尽快熟悉馆内档案业务", "跟班学习三个月", `${year}-12-31`, "进行中", ""],
  );
  const comments: Grid = [
    sheetHeader("comments"),
    [months[2], people[12].id, "王建国", "组织生活会缺席一次", "对组织生活重视不够", "按时参加组织生活，下月作出说明"],
    [months[6], people[12].id, "王建国", "学习任务落后", "时间安排不当", "制定学习计划，每周汇报"],
    [months[10], people[12].id, "王建国", "工作积极性不高", "思想松懈", "主动承担一项重点任务"],
    [months[8], people[22].id, "行政领导", "工作主动性不足", "岗位职责理解不深", "熟悉岗位规范，按时完成交办任务"],
  ];

  const out: SampleWorkbook = new Map();
  out.set("设置", base.get("设置") as Grid);
  out.set("人员名册", roster);
  out.set("考核细则", base.get("考核细则") as Grid);
  out.set("记实考核", records);
  out.set("加减分", adjustments);
  out.set("民主评议", ballots);
  out.set("承诺记实", commitments);
  out.set("点评记录", comments);
  out.set("异议登记", [sheetHeader("objections")]);
  out.set("组织生活会", sampleMeetings(months, people, assessedIn));
  return out;
}

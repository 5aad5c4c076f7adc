/**
 * Deterministic registers for the annual cycle's tests and golden fixtures (test/fixtures/golden-year):
 * the sample branch of src/register/sample.ts over a whole year, and small branches whose numbers can be
 * checked by hand. Each returns input sheet name → cell values, header row first.
 */
import type { CellValue, Grid } from "../../src/register/cells";
import { sampleRegister } from "../../src/register/sample";
import { inputSheet, type InputSheetKey } from "../../src/register/schema";
import { SETTING_ROWS } from "../../src/register/setting-rows";

export type Register = Map<string, Grid>;

const header = (key: InputSheetKey): string[] => inputSheet(key).columns.map((c) => c.zh);
const CRITERIA_NAMES = ["学习提高", "争创佳绩", "服务群众", "遵纪守法", "弘扬正气"];

/** A small seeded generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function monthsOf(year: string): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
}

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
export function sampleYear(year = "2026"): Register {
  const base = sampleRegister({ lastMonth: `${year}-12` });
  const rand = random(20260101);
  const months = monthsOf(year);
  const roster = (base.get("人员名册") as Grid).map((r) => [...r]);
  const people = roster.slice(1).map((r) => ({ id: String(r[0]), name: String(r[1]), kind: String(r[2]) }));
  const joined = { index: 20, date: `${year}-07-10` };
  roster[joined.index + 1][5] = joined.date;
  roster[joined.index + 1][7] = "从区档案局转入";
  const exempt = { index: 18, until: `${year}-06`, reason: "长期病假" };
  const diligence = people.map((_, i) => (i === 12 ? 0.02 : i === 18 ? 0.5 : 0.4 + rand() * 0.6));
  const assessedIn = (i: number, month: string) => i !== joined.index || month >= joined.date.slice(0, 7);

  const records: Grid = [["月份", "编号", "姓名", ...CRITERIA_NAMES, "不参评", "说明"]];
  for (const month of months) {
    people.forEach((p, i) => {
      if (!assessedIn(i, month)) return;
      if (i === exempt.index && month <= exempt.until) {
        records.push([month, p.id, p.name, "", "", "", "", "", "是", exempt.reason]);
        return;
      }
      const points = CRITERIA_NAMES.map(() => Math.min(20, Math.round((12 + diligence[i] * 7 + rand() * 2) * 2) / 2));
      records.push([month, p.id, p.name, ...points, "", ""]);
    });
  }

  const adjustments: Grid = [header("adjustments")];
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
  const ballots: Grid = [[...header("ballots"), ...people.map((p) => p.name)]];
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
    header("comments"),
    [months[2], people[12].id, "王建国", "组织生活会缺席一次", "对组织生活重视不够", "按时参加组织生活，下月作出说明"],
    [months[6], people[12].id, "王建国", "学习任务落后", "时间安排不当", "制定学习计划，每周汇报"],
    [months[10], people[12].id, "王建国", "工作积极性不高", "思想松懈", "主动承担一项重点任务"],
    [months[8], people[22].id, "行政领导", "工作主动性不足", "岗位职责理解不深", "熟悉岗位规范，按时完成交办任务"],
  ];

  const out: Register = new Map();
  out.set("设置", base.get("设置") as Grid);
  out.set("人员名册", roster);
  out.set("考核细则", base.get("考核细则") as Grid);
  out.set("记实考核", records);
  out.set("加减分", adjustments);
  out.set("民主评议", ballots);
  out.set("承诺记实", commitments);
  out.set("点评记录", comments);
  out.set("异议登记", [header("objections")]);
  return out;
}

/** The 设置 sheet with the defaults, a branch name and a secretary. */
export function settingsSheet(over: Record<string, CellValue> = {}): Grid {
  const values: Record<string, CellValue> = { 支部名称: "机关第二党支部", 支部书记: "赵书记", ...over };
  return [header("settings"), ...SETTING_ROWS.map((row) => [row.name, values[row.name] ?? row.value, row.note])];
}

/** The default criteria (五带头, 20 points each). */
export function criteriaSheet(): Grid {
  const leads = ["带头学习提高", "带头争创佳绩", "带头服务群众", "带头遵纪守法", "带头弘扬正气"];
  return [header("criteria"), ...leads.map((lead, i) => [`C${i + 1}`, lead, CRITERIA_NAMES[i], 20, ""])];
}

/** A record row whose five criteria are given. */
export function recordRow(month: string, id: string, name: string, points: readonly number[] | "exempt", reason = ""): CellValue[] {
  if (points === "exempt") return [month, id, name, "", "", "", "", "", "是", reason];
  return [month, id, name, ...points, "", ""];
}

/**
 * A small branch for hand-checked numbers: members given as [id, name, kind, joined], each month's record
 * points per member (null = no row, "exempt"), three anonymous monthly ballots (the third from a 群众代表 in
 * the month after a quarter) and the year-end ballots.
 */
export function smallBranch(spec: {
  year: string;
  members: [string, string, "党员" | "党外", string?][];
  record: (id: string, month: string) => readonly number[] | "exempt" | null;
  /** A member's mark on each of the month's three ballots ("" = none, e.g. before joining). */
  monthlyMark: (id: string, month: string) => CellValue;
  annualMarks: Record<string, CellValue>[];
  objections?: CellValue[][];
}): Register {
  const { year, members } = spec;
  const months = monthsOf(year);
  const names = members.map(([, name]) => name);
  const records: Grid = [["月份", "编号", "姓名", ...CRITERIA_NAMES, "不参评", "说明"]];
  for (const month of months) {
    for (const [id, name] of members) {
      const points = spec.record(id, month);
      if (points !== null) records.push(recordRow(month, id, name, points, points === "exempt" ? "长期病假" : ""));
    }
  }
  const ballots: Grid = [[...header("ballots"), ...names]];
  const marks = (m: Record<string, CellValue>) => members.map(([id]) => m[id] ?? "");
  for (const month of months) {
    const compact = month.replace("-", "");
    for (let k = 1; k <= 3; k++) {
      const role = k === 3 && ["01", "04", "07", "10"].includes(month.slice(5)) ? "群众代表" : "党员";
      ballots.push([month, `${compact}-${k}`, "", role, ...members.map(([id]) => spec.monthlyMark(id, month))]);
    }
  }
  spec.annualMarks.forEach((m, k) => ballots.push([year, `${year}-${k + 1}`, "", "党员", ...marks(m)]));
  return new Map<string, Grid>([
    ["设置", settingsSheet()],
    ["人员名册", [header("roster"), ...members.map(([id, name, kind, joined]) => [id, name, kind, "", "", joined ?? "", "", ""])]],
    ["考核细则", criteriaSheet()],
    ["记实考核", records],
    ["加减分", [header("adjustments")]],
    ["民主评议", ballots],
    ["承诺记实", [header("commitments")]],
    ["点评记录", [header("comments")]],
    ["异议登记", [header("objections"), ...(spec.objections ?? [])]],
  ]);
}

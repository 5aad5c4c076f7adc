/**
 * Deterministic registers for the annual cycle's tests and golden fixtures (test/fixtures/golden-year):
 * the sample branch of src/sample/sample-branch.ts over a whole year, and small branches whose numbers can be
 * checked by hand. Each returns input sheet name → cell values, header row first.
 */
import type { CellValue, Grid } from "../../src/register/cells";
import { inputSheet, type InputSheetKey } from "../../src/register/schema";
import { SETTING_ROWS } from "../../src/register/setting-rows";

export type Register = Map<string, Grid>;

const header = (key: InputSheetKey): string[] => inputSheet(key).columns.map((c) => c.zh);
const CRITERIA_NAMES = ["学习提高", "争创佳绩", "服务群众", "遵纪守法", "弘扬正气"];

export function monthsOf(year: string): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, "0")}`);
}

/**
 * The sample branch over a whole year: moved to src/sample/sample-branch.ts so that the preview can offer it
 * (`?sample=year`); re-exported here for the golden fixtures and the tests.
 */
export { sampleYear } from "../../src/sample/sample-branch";

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

/**
 * Three 党员 (甲 90, 乙 80, 丙 70 every month, in five equal criteria) and a 党外 (丁 85); every monthly mark
 * 合格; year-end marks 优秀/合格/合格/优秀 on three ballots. Shared by the year's workflow, pane and roll-up tests.
 */
export function fourMemberBranch(year: string, objections: CellValue[][] = []): Register {
  const points: Record<string, number> = { P1: 90, P2: 80, P3: 70, N1: 85 };
  return smallBranch({
    year,
    members: [
      ["P1", "甲", "党员"],
      ["P2", "乙", "党员"],
      ["P3", "丙", "党员"],
      ["N1", "丁", "党外"],
    ],
    record: (id) => Array<number>(5).fill(points[id] / 5),
    monthlyMark: () => "合格",
    annualMarks: [0, 1, 2].map(() => ({ P1: "优秀", P2: "合格", P3: "合格", N1: "优秀" })),
    objections,
  });
}

import type { CellValue, Grid } from "../../../src/register/cells";
import type { SheetData } from "../../../src/register/port";
import { sampleRegister } from "../../../src/sample/sample-branch";

/** The sample branch's input sheets as a register read gives them. */
export function sampleSheets(lastMonth = "2026-11", edit?: (sheets: Map<string, Grid>) => void): Map<string, SheetData> {
  const grids = sampleRegister({ lastMonth });
  edit?.(grids);
  return new Map([...grids].map(([name, values]) => [name, { name, values: values.map((r) => [...r]), merges: [], ours: false }]));
}

/** A small register: roster and 民主评议 only. */
export function smallRegister(people: [string, string, string?][], ballots: Grid = [["评议期", "票号", "评议人", "身份"]]): Map<string, SheetData> {
  const roster: Grid = [
    ["编号", "姓名", "类别", "党小组", "岗位", "转入日期", "转出日期", "备注"],
    ...people.map(([id, name, kind]) => [id, name, kind ?? "党员"]),
  ];
  return new Map<string, SheetData>([
    ["人员名册", { name: "人员名册", values: roster, merges: [], ours: false }],
    ["民主评议", { name: "民主评议", values: ballots, merges: [], ours: false }],
  ]);
}

export const PEOPLE: [string, string][] = [
  ["D001", "王建国"],
  ["D002", "李秀英"],
  ["D003", "张伟"],
  ["D004", "刘芳"],
];

export const WJX_META = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"];

/** A 问卷星 export by option text: metadata, then the given questions, one row per respondent. */
export function wjxExport(questions: string[], answers: CellValue[][]): Grid {
  return [
    [...WJX_META, ...questions],
    ...answers.map((a, i) => [i + 1, `2026/11/2${i % 9} 10:0${i % 9}:00`, "85秒", "手机提交", "直接访问", `10.0.0.${i + 1}(北京-北京)`, ...a]),
  ];
}

export const FORMS_META = ["ID", "Start time", "Completion time", "Email", "Name"];

/** A Microsoft Forms export: ID, Start time, Completion time, Email, Name, then one column per question. */
export function formsExport(questions: string[], answers: { email?: string; name?: string; cells: CellValue[] }[]): Grid {
  return [
    [...FORMS_META, ...questions],
    ...answers.map((a, i) => [i + 1, "11/28/26 10:00:00", "11/28/26 10:02:11", a.email ?? "anonymous", a.name ?? "anonymous", ...a.cells]),
  ];
}

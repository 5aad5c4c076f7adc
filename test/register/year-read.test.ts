/**
 * Reading what the archive shows beside the scores: 承诺记实 and 点评记录 (and 异议登记 for the year).
 */
import type { Grid } from "../../src/register/cells";
import type { SheetData } from "../../src/register/port";
import { readRegister } from "../../src/register/read/read-register";
import { inputSheet } from "../../src/register/schema";
import { sampleYear } from "./year-sample";

const header = (key: Parameters<typeof inputSheet>[0]) => inputSheet(key).columns.map((c) => c.zh);
const periods = new Set([...Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`), "2026"]);

function read(edit: (sheets: Map<string, Grid>) => void = () => {}, optional = ["commitments", "comments"] as const) {
  const register = sampleYear("2026");
  edit(register);
  const sheets = new Map<string, SheetData>([...register].map(([name, values]) => [name, { name, values, merges: [], ours: false }]));
  return readRegister(sheets, { periods, require: ["settings", "roster", "criteria", "record", "adjustments", "ballots", "objections"], optional });
}

describe("承诺记实", () => {
  it("reads the year's commitments as written, with their cells", () => {
    const { data, problems } = read();
    expect(problems).toEqual([]);
    expect(data.commitments.find((c) => c.memberId === "D010")).toEqual({
      memberId: "D010",
      year: "2026",
      virtue: "家庭美德",
      area: "能力提升",
      content: "取得档案管理中级职称",
      plan: "参加培训和考试",
      due: "2026-10-31",
      status: "已兑现",
      evidence: "已取得证书",
      ref: "承诺记实!A5",
    });
  });

  it("leaves out other years' rows unchecked", () => {
    const { data, problems } = read((s) => s.get("承诺记实")!.push(["D001", "2025", "乱写", "", "", "", "not a date", "", ""]));
    expect(data.commitments.every((c) => c.year === "2026")).toBe(true);
    expect(problems).toEqual([]);
  });

  it.each([
    ["an unknown 编号", ["X99", "2026", "政治品德", "能力提升", "承诺", "", "", "进行中", ""], "register.member-unknown", "A", "error"],
    ["a 四德 not in the list", ["D001", "2026", "品德", "能力提升", "承诺", "", "", "进行中", ""], "register.choice-invalid", "C", "warning"],
    ["a 状态 not in the list", ["D001", "2026", "政治品德", "能力提升", "承诺", "", "", "完成", ""], "register.choice-invalid", "H", "warning"],
    ["a due date that cannot be read", ["D001", "2026", "政治品德", "能力提升", "承诺", "", "年底", "进行中", ""], "register.date-invalid", "G", "error"],
    ["no 承诺内容", ["D001", "2026", "政治品德", "能力提升", "", "", "", "进行中", ""], "register.text-missing", "E", "error"],
    ["a year that cannot be read", ["D001", "明年", "政治品德", "能力提升", "承诺", "", "", "进行中", ""], "register.year-invalid", "B", "error"],
  ])("reports %s at its cell", (_, row, code, column, severity) => {
    let at = 0;
    const { problems } = read((s) => {
      const grid = s.get("承诺记实")!;
      grid.push(row);
      at = grid.length;
    });
    expect(problems).toContainEqual(expect.objectContaining({ code, severity, place: { ref: `承诺记实!${column}${at}` } }));
  });
});

describe("点评记录", () => {
  it("reads the year's comments", () => {
    const { data } = read();
    expect(data.comments.filter((c) => c.memberId === "D013").map((c) => c.period)).toEqual(["2026-03", "2026-07", "2026-11"]);
    expect(data.comments.find((c) => c.memberId === "D023")).toMatchObject({
      by: "行政领导",
      shortcomings: "工作主动性不足",
      requirements: "熟悉岗位规范，按时完成交办任务",
    });
  });

  it("reports a comment without its 点评人", () => {
    let at = 0;
    const { problems } = read((s) => {
      const grid = s.get("点评记录")!;
      grid.push(["2026-05", "D002", "", "不足", "", ""]);
      at = grid.length;
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ code: "register.text-missing", place: { ref: `点评记录!C${at}` }, args: expect.objectContaining({ column: "点评人" }) }),
    );
  });

  it("warns, without blocking, when the sheet is missing", () => {
    const { data, problems } = read((s) => s.delete("点评记录"));
    expect(data.comments).toEqual([]);
    expect(problems).toEqual([expect.objectContaining({ code: "register.sheet-absent", severity: "warning", place: { ref: "点评记录" } })]);
  });

  it("is not read unless asked for", () => {
    const { data } = read(() => {}, [] as never);
    expect(data.comments).toEqual([]);
    expect(data.commitments).toEqual([]);
  });
});

describe("异议登记", () => {
  it("reads the year's objections, a blank 核查结果 as 待核查", () => {
    const { data } = read((s) =>
      s.set("异议登记", [header("objections"), ["2026", "D002", "2026-12-29", "有异议", "", "", ""], ["2025", "D002", "2025-12-29", "去年的", "属实", 3, ""]]),
    );
    expect(data.objections).toEqual([
      {
        year: "2026",
        memberId: "D002",
        received: "2026-12-29",
        content: "有异议",
        result: "待核查",
        adjustedStars: null,
        handler: undefined,
        ref: "异议登记!B2",
      },
    ]);
  });
});

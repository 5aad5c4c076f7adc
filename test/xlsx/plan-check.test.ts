import type { SheetPlan } from "../../src/register/sheet-plan";
import { checkPlan, checkSheetName } from "../../src/xlsx/plan-check";
import { formatRange, parseRange, parseTitleRows } from "../../src/xlsx/ranges";
import { ballotsPlan, monthPlan, publicityPlan } from "./plans";

const base = (): SheetPlan => ({ name: "2026-11 评星", values: [["a"]] });

describe("checkPlan", () => {
  it.each([monthPlan(), publicityPlan(), ballotsPlan()])("accepts the plan for $name", (plan) => {
    expect(() => checkPlan(plan)).not.toThrow();
  });

  it.each<[string, Partial<SheetPlan>]>([
    ["an empty name", { name: "" }],
    ["a name of 32 characters", { name: "a".repeat(32) }],
    ["a name with [", { name: "2026[11]" }],
    ["a name starting with an apostrophe", { name: "'2026" }],
    ["Excel's reserved name History", { name: "history" }],
    ["the registry's name", { name: "_积分评星" }],
    ["Infinity as a value", { values: [[Infinity]] }],
    ["text over 32,767 characters", { values: [["x".repeat(32768)]] }],
    ["an object as a value", { values: [[{} as unknown as string]] }],
    ["a format range outside the sheet", { formats: [{ range: "A1:A1048577" }] }],
    ["a colour that is not #RRGGBB", { formats: [{ range: "A1", fill: "red" }] }],
    ["a font colour without #", { formats: [{ range: "A1", font: { color: "FF0000" } }] }],
    ["an unknown border", { formats: [{ range: "A1", border: "thick" as "thin" }] }],
    ["overlapping merges", { merges: ["A1:B2", "B2:C3"] }],
    ["a merge that is not A1", { merges: ["A1-B2"] }],
    ["a negative column width", { columnWidths: [-1] }],
    ["a column width over 255", { columnWidths: [256] }],
    ["a row height over 409", { rowHeights: { 0: 410 } }],
    ["a row height for a fractional row", { rowHeights: { 1.5: 20 } as Record<number, number> }],
    ["a fractional freeze", { freeze: { rows: 1.5 } }],
    ["a paper other than A4", { print: { orientation: "portrait", paper: "A3" as "A4" } }],
    ["title rows that are not rows", { print: { orientation: "portrait", paper: "A4", titleRows: "A4:B5" } }],
    ["a negative margin", { print: { orientation: "portrait", paper: "A4", margins: { top: -1, bottom: 1, left: 1, right: 1 } } }],
    ["an empty list", { validations: [{ range: "A2:A9", list: [] }] }],
    ["a list item with a quote", { validations: [{ range: "A2:A9", list: ['a"b'] }] }],
    ["a list over 255 characters", { validations: [{ range: "A2:A9", list: Array.from({ length: 60 }, (_, i) => `选项${i}`) }] }],
    ["a tab colour that is not #RRGGBB", { tabColor: "#C00" }],
  ])("refuses %s with RangeError", (_what, change) => {
    expect(() => checkPlan({ ...base(), ...change })).toThrow(RangeError);
  });
});

describe("checkSheetName", () => {
  it.each(["2026-11 评星", "生成记录", "a".repeat(31), "it's"])("accepts %p", (name) => {
    expect(() => checkSheetName(name)).not.toThrow();
  });
});

describe("ranges", () => {
  it.each([
    ["A1", { top: 0, left: 0, bottom: 0, right: 0 }],
    ["$B$3:$C$3", { top: 2, left: 1, bottom: 2, right: 2 }],
    ["C3:B2", { top: 1, left: 1, bottom: 2, right: 2 }],
    ["XFD1048576", { top: 1048575, left: 16383, bottom: 1048575, right: 16383 }],
  ])("parses %s", (text, range) => {
    expect(parseRange(text)).toEqual(range);
  });

  it.each(["", "A0", "XFE1", "A1:B2:C3", "1A", "A1048577"])("refuses %p", (text) => {
    expect(() => parseRange(text)).toThrow(RangeError);
  });

  it.each([
    ["B3:C3", "B3:C3"],
    ["$E$2", "E2"],
  ])("formats %s as %s", (text, formatted) => {
    expect(formatRange(parseRange(text))).toBe(formatted);
  });

  it.each([
    ["$4:$5", "4:5"],
    ["4:5", "4:5"],
    ["$1", "1:1"],
  ])("reads print title rows %s as %s", (text, rows) => {
    expect(parseTitleRows(text)).toBe(rows);
  });

  it.each(["$0:$1", "$5:$4", "A:B", ""])("refuses print title rows %p", (text) => {
    expect(() => parseTitleRows(text)).toThrow(RangeError);
  });
});

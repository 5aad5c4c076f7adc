import { needsQuotePrefix, toExcelGrid, toExcelValue } from "../../src/excel/text-safety";

describe("toExcelValue: text stays text", () => {
  it.each([
    ["=1+1", "'=1+1"],
    ["+86 138 0000 0000", "'+86 138 0000 0000"],
    ["-5", "'-5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["'already quoted", "''already quoted"],
    ["#N/A", "'#N/A"],
    ["001", "'001"],
    ["95分", "'95分"],
    ["2026-11", "'2026-11"],
    ["2026年11月", "'2026年11月"],
    [" 42", "' 42"],
    ["30%", "'30%"],
    [".5", "'.5"],
    ["$100", "'$100"],
    ["(5)", "'(5)"],
    ["TRUE", "'TRUE"],
    ["false", "'false"],
    ["Nov 2026", "'Nov 2026"],
    ["９５", "'９５"],
    ["＝1+1", "'＝1+1"],
  ])("quotes %p", (text, written) => {
    expect(needsQuotePrefix(text)).toBe(true);
    expect(toExcelValue(text)).toBe(written);
  });

  it.each(["张三", "党员", "优秀", "第一党支部", "备注：请假", "Novak", "True love", "★★★★★", "— 无 —", ""])("leaves %p as it is", (text) => {
    expect(needsQuotePrefix(text)).toBe(false);
    expect(toExcelValue(text)).toBe(text);
  });

  it.each([
    [-5, -5],
    [0, 0],
    [95.5, 95.5],
    [true, true],
    [false, false],
    [null, ""],
  ])("writes %p as %p", (value, written) => {
    expect(toExcelValue(value)).toBe(written);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, "x".repeat(32_768)])("refuses %p, which no cell can hold", (value) => {
    expect(() => toExcelValue(value as never)).toThrow(RangeError);
  });

  it("pads ragged rows into a rectangle of empty cells", () => {
    expect(toExcelGrid([["a"], ["b", 1, null], []])).toEqual([
      ["a", "", ""],
      ["b", 1, ""],
      ["", "", ""],
    ]);
  });
});

import { looksLikeOptionNumbers, readAnswer, readRole } from "../../../src/register/import/answers";

describe("readAnswer", () => {
  it.each([
    ["优秀", "优秀"],
    [" 合格 ", "合格"],
    ["A. 优秀", "优秀"],
    ["B、合格", "合格"],
    ["C．基本合格", "基本合格"],
    ["(D)不合格", "不合格"],
    ["D)不合格", "不合格"],
    ["优秀（100分）", "优秀"],
    ["基 本 合 格", "基本合格"],
    [95, 95],
    [0, 0],
    [100, 100],
    ["85", 85],
    ["８５分", 85],
    ["92.5", 92.5],
  ])("reads %p as the mark %p", (cell, mark) => {
    expect(readAnswer(cell)).toEqual({ kind: "mark", mark });
  });

  it.each([null, "", "  ", "(跳过)", "（跳过）", "(空)"])("reads %p as no mark", (cell) => {
    expect(readAnswer(cell)).toEqual({ kind: "blank" });
  });

  it.each([["良好"], ["很好"], [101], [-1], ["120分"], ["A"], [true]])("refuses %p", (cell) => {
    expect(readAnswer(cell).kind).toBe("invalid");
  });
});

describe("looksLikeOptionNumbers", () => {
  it.each([
    [[1, 2, 3, 4, 1], true],
    [[1, 2, "优秀"], false],
    [[1, 2, 85], false],
    [[1.5, 2], false],
    [[], false],
  ])("%p → %p", (marks, expected) => {
    expect(looksLikeOptionNumbers(marks)).toBe(expected);
  });
});

describe("readRole", () => {
  it.each([
    ["党员", "党员"],
    ["B. 群众代表", "群众代表"],
    ["中共党员", "党员"],
    ["预备党员", "党员"],
    ["行政领导", "行政领导"],
    ["", undefined],
    ["路人", null],
  ])("%p → %p", (cell, role) => {
    expect(readRole(cell)).toBe(role);
  });
});

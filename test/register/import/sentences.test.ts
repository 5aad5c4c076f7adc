import { describeProblem, KNOWN_PROBLEM_CODES } from "../../../src/i18n/problems";
import { IMPORT_CODES } from "../../../src/register/import";
import { REGISTER_CODES } from "../../../src/register/read/problems";
import type { Problem } from "../../../src/scheme/problems";

const CODES = Object.keys(IMPORT_CODES) as (keyof typeof IMPORT_CODES)[];

describe("import problem codes", () => {
  it("are register codes with the same severity", () => {
    for (const code of CODES) expect(REGISTER_CODES[code]).toBe(IMPORT_CODES[code]);
  });

  it.each(CODES)("%s has a sentence in both languages that fills in its place", (code) => {
    expect(KNOWN_PROBLEM_CODES).toContain(code);
    const problem: Problem = {
      severity: IMPORT_CODES[code],
      code,
      place: { ref: "'[问卷.xlsx]Sheet1'!G5" },
      args: {
        sheet: "[问卷.xlsx]Sheet1",
        cell: "G5",
        file: "问卷.xlsx",
        header: "3、张伟",
        value: "良好",
        kind: "html",
        count: 2,
        total: 9,
        first: "问卷星-序号1",
        period: "2026-11",
      },
    };
    const zh = describeProblem(problem, "zh-CN");
    const en = describeProblem(problem, "en-US");
    expect(zh).toMatch(/^'\[问卷\.xlsx\]Sheet1'!G5：/);
    expect(en).toMatch(/^'\[问卷\.xlsx\]Sheet1'!G5: /);
    expect(zh).not.toContain("问题 import.");
    expect(en).not.toContain("Problem import.");
    expect(en).not.toContain("undefined");
  });
});

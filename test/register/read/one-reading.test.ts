/**
 * One reading of a cell: the register (its sheets and the 设置 sheet, read by the register's own reader) and
 * every kind of function argument read the same spellings the same way, except where docs/rules.md's table
 * of deliberate differences says otherwise; that table is read here and both readers are checked against it.
 */
import { readFileSync } from "fs";
import { join } from "path";
import {
  readAdjustments,
  readDays,
  readDecimals,
  readMarks,
  readPoints,
  readScore,
  readStartDate,
  readTrim,
  readWeight,
  SCHEME_ARGUMENT_DEFAULTS,
} from "../../../src/functions/arguments";
import type { CellValue } from "../../../src/register/cells";
import { readRegister } from "../../../src/register/read/read-register";
import { cellText, readDate, readNumber } from "../../../src/register/read/values";
import { DEFAULT_SETTINGS, GRADES, type Grade, type Settings } from "../../../src/scheme/settings";

/** What a reader made of a value: the value, blank, unreadable (register), or a formula error (function). */
type Reading = number | string | boolean | "blank" | "unreadable";

function functionReading(read: () => unknown): Reading {
  try {
    const value = read();
    return Array.isArray(value) ? (value.length === 0 ? "blank" : (value[0] as Reading)) : (value as Reading);
  } catch (e) {
    const error = e as { name?: string; code?: string };
    if (error?.name !== "FormulaError") throw e;
    return error.code as string;
  }
}

/** A 设置 sheet of one row, read by the register's reader: the setting's value (its default when blank), or "unreadable". */
function settingReading(name: string, value: CellValue, pick: (s: Settings) => unknown): Reading {
  const sheet = {
    name: "设置",
    values: [
      ["项目", "值"],
      [name, value],
    ],
    merges: [],
    ours: false,
  };
  const { data, problems } = readRegister(new Map([["设置", sheet]]), { periods: new Set(["2026-11"]), require: ["settings"] });
  if (problems.some((p) => p.code === "register.setting-invalid")) return "unreadable";
  return pick(data.settings) as Reading;
}

function registerNumber(value: CellValue, read: (v: CellValue) => number | null | undefined = readNumber): Reading {
  const n = read(value);
  return n === undefined ? "blank" : n === null ? "unreadable" : n;
}

/** How each function argument kind reads a value, and how the register reads the same cell. */
interface ArgumentKind {
  name: string;
  fn: (v: CellValue) => Reading;
  register: (v: CellValue) => Reading;
  /** What the function gives for a value the register reads as blank. */
  blank: Reading;
  /** The register's readings (of the value) the function refuses as out of range (#NUM!). */
  outOfRange: (r: Reading, value: CellValue) => boolean;
}

const outside = (lo: number, hi: number) => (r: Reading) => typeof r === "number" && (r < lo || r > hi);

const KINDS: ArgumentKind[] = [
  { name: "score", fn: (v) => functionReading(() => readScore(v)), register: (v) => registerNumber(v), blank: "#N/A", outOfRange: outside(0, 100) },
  {
    name: "mark",
    fn: (v) => functionReading(() => readMarks([[v]], DEFAULT_SETTINGS.gradePoints)),
    // The 民主评议 reader keeps a mark that is no number as its text; the scheme accepts only a grade.
    register: (v) => (GRADES.includes(cellText(v) as Grade) ? cellText(v) : registerNumber(v)),
    blank: "blank",
    outOfRange: outside(0, 100),
  },
  { name: "points", fn: (v) => functionReading(() => readPoints([[v]])), register: (v) => registerNumber(v), blank: "#N/A", outOfRange: outside(0, 100) },
  { name: "adjustment", fn: (v) => functionReading(() => readAdjustments([[v]])), register: (v) => registerNumber(v), blank: "blank", outOfRange: () => false },
  {
    name: "weight",
    fn: (v) => functionReading(() => readWeight(v)),
    register: (v) => settingReading("民主评议权重", v, (s) => s.appraisalWeight),
    blank: DEFAULT_SETTINGS.appraisalWeight,
    outOfRange: outside(0, 1),
  },
  {
    name: "yes/no",
    fn: (v) => functionReading(() => readTrim(v)),
    register: (v) => settingReading("去掉最高最低分", v, (s) => s.trimExtremes),
    blank: DEFAULT_SETTINGS.trimExtremes,
    outOfRange: () => false,
  },
  {
    name: "decimals",
    fn: (v) => functionReading(() => readDecimals(v, SCHEME_ARGUMENT_DEFAULTS)),
    register: (v) => settingReading("小数位数", v, (s) => s.decimals),
    blank: DEFAULT_SETTINGS.decimals,
    outOfRange: (r) => typeof r === "number" && ![0, 1, 2].includes(r),
  },
  {
    name: "days",
    fn: (v) => functionReading(() => readDays(v)),
    register: (v) => settingReading("年度公示天数", v, (s) => s.annualPublicityDays),
    blank: DEFAULT_SETTINGS.annualPublicityDays,
    outOfRange: (r) => typeof r === "number" && (!Number.isInteger(r) || r < 7),
  },
  {
    name: "date",
    fn: (v) => functionReading(() => readStartDate(v)),
    register: (v) => {
      const d = readDate(v);
      return d === undefined ? "blank" : d === null ? "unreadable" : d;
    },
    blank: "#N/A",
    // A serial Excel shows as no date (0, the phantom 1900-02-29) is out of range for the function.
    outOfRange: (r, v) => r === "unreadable" && typeof v === "number",
  },
];

/** The spellings secretaries type, one list for every reader. */
const SPELLINGS: CellValue[] = [
  95,
  "95",
  "９５",
  "９５．５",
  "95分",
  "95 分",
  " 95 ",
  "95.0",
  "+2",
  "－3",
  "\u22121.5",
  "\u22123",
  "1,000",
  "1,9",
  "1 000",
  "1e3",
  "2026-11-30",
  "2026/11/30",
  "2026.11.30",
  "2026年11月30日",
  "2026 年 11 月 30 日",
  "２０２６年１１月３０日",
  "2026-02-30",
  "✓",
  "✔",
  "☑",
  "有",
  "✗",
  "☐",
  "无",
  "是",
  "否",
  "Y",
  "n",
  "TRUE",
  "false",
  true,
  false,
  "",
  " ",
  "\u3000",
  null,
  "30%",
  "３０％",
  "30 %",
  "0.3",
  0.3,
  0,
  1,
  2,
  7,
  10,
  "10天",
  "1",
  "0",
  44899,
  46357,
  46357.5,
  60,
  "abc",
  "优秀",
];

/** A row of docs/rules.md's table of deliberate differences. */
interface Difference {
  difference: string;
  example: CellValue;
  kind: string;
  register: string;
  fn: string;
}

function readDifferences(): Difference[] {
  const text = readFileSync(join(__dirname, "../../../docs/rules.md"), "utf8");
  const section = text.slice(text.indexOf("## One reading of a cell"));
  const table = section.slice(section.indexOf("| difference |"));
  const lines = table.split("\n").slice(2);
  const rows = lines.slice(
    0,
    lines.findIndex((l) => !l.startsWith("|")),
  );
  return rows.map((line) => {
    const [difference, example, kind, register, fn] = line
      .split("|")
      .slice(1, 6)
      .map((c) => c.trim()) as [string, string, string, string, string];
    return { difference, example: JSON.parse(example.replace(/^`|`$/g, "")) as CellValue, kind, register, fn };
  });
}

const DIFFERENCES = readDifferences();

/**
 * Which values each documented difference covers (a row of the table gives one example). A difference
 * the table lists without a rule here, or a rule here the table does not list, fails the test.
 */
const COVERS: Record<string, { kind: string; covers: (value: CellValue) => boolean; date1904?: true }> = {
  "a number above 1 as a weight": {
    kind: "weight",
    covers: (v) => {
      const n = readNumber(v, []) ?? 0;
      return n > 1 && n <= 100;
    },
  },
  "a serial in a 1904 workbook": { kind: "date", covers: () => false, date1904: true },
};

describe("docs/rules.md's table of deliberate differences between the register and the functions", () => {
  it("lists exactly the differences the readers have", () => {
    expect(DIFFERENCES.map((d) => d.difference).sort()).toEqual(Object.keys(COVERS).sort());
  });

  it.each(DIFFERENCES.map((d) => [d.difference, d] as const))("%s: both readers give what the table says for its example", (_d, d) => {
    const rule = COVERS[d.difference];
    expect(rule?.kind).toBe(d.kind);
    if (rule?.date1904) {
      expect(readDate(d.example, true)).toBe(d.register);
      expect(functionReading(() => readStartDate(d.example))).toBe(d.fn);
      return;
    }
    const kind = KINDS.find((k) => k.name === d.kind) as ArgumentKind;
    expect(String(kind.register(d.example))).toBe(d.register);
    expect(String(kind.fn(d.example))).toBe(d.fn);
  });
});

/** True when the function's reading is the register's reading, for this argument kind. */
function agrees(kind: ArgumentKind, value: CellValue, register: Reading, fn: Reading): boolean {
  if (register === "blank") return fn === kind.blank;
  if (fn === "#NUM!") return kind.outOfRange(register, value);
  if (register === "unreadable") return fn === "#VALUE!";
  return fn === register && !kind.outOfRange(register, value);
}

describe.each(KINDS.map((k) => [k.name, k] as const))("the %s argument reads every spelling as the register does", (_name, kind) => {
  it.each(SPELLINGS.map((v) => [JSON.stringify(v), v] as const))("%s", (_label, value) => {
    const register = kind.register(value);
    const fn = kind.fn(value);
    const documented = Object.values(COVERS).some((rule) => !rule.date1904 && rule.kind === kind.name && rule.covers(value));
    expect({ value, register, fn, agrees: agrees(kind, value, register, fn) }).toEqual({ value, register, fn, agrees: !documented });
  });
});

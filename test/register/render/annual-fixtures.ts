/**
 * Years for the annual renderers' tests, computed by the engine from small registers read through the
 * register (so the renderers see exactly what the workflow gives them).
 */
import type { SheetData } from "../../../src/register/port";
import { readRegister, type RegisterData } from "../../../src/register/read/read-register";
import { finalStars, type FinalYear } from "../../../src/scheme/final";
import { resultsUsage, type ResultsUsage } from "../../../src/scheme/outcomes";
import type { Objection } from "../../../src/scheme/types";
import { computeYear, type YearResult } from "../../../src/scheme/year";
import { smallBranch, type Register } from "../year-sample";

export const Y = "2026";
export const AT = "2027-01-04T10:00:00+08:00";
const same = (points: number) => [points / 5, points / 5, points / 5, points / 5, points / 5];

/**
 * A branch covering what the annual sheets show: 党员 with five stars (P1 98), four (P2 joined in July),
 * none (P3 70 → admonished), exempt all year (P4, unrated), exempt half a year (P5); 党外 N1 without a
 * year-end mark (monthly mean) and N2.
 */
export function annualBranch(): Register {
  return smallBranch({
    year: Y,
    members: [
      ["P1", "张伟", "党员"],
      ["P2", "李娜", "党员", "2026-07-10"],
      ["P3", "杨磊", "党员"],
      ["P4", "黄强", "党员"],
      ["P5", "王芳", "党员"],
      ["N1", "郑红", "党外"],
      ["N2", "吴刚", "党外"],
    ],
    record: (id, month) => {
      if (id === "P1") return same(98);
      if (id === "P2") return month >= "2026-07" ? same(92) : null;
      if (id === "P3") return same(70);
      if (id === "P4") return "exempt";
      if (id === "P5") return month <= "2026-06" ? "exempt" : same(88);
      return same(id === "N1" ? 96 : 80);
    },
    monthlyMark: (id, month) => (id === "P2" && month < "2026-07" ? "" : id === "N1" ? "优秀" : "合格"),
    annualMarks: [0, 1, 2].map(() => ({ P1: "优秀", P2: "优秀", P3: "合格", P5: "合格", N2: "基本合格" })),
  });
}

/** The year of a register, with what was read. */
export function yearOf(register: Register = annualBranch()): { result: YearResult; data: RegisterData } {
  const sheets = new Map<string, SheetData>([...register].map(([name, values]) => [name, { name, values, merges: [], ours: false }]));
  const periods = new Set([...Array.from({ length: 12 }, (_, i) => `${Y}-${String(i + 1).padStart(2, "0")}`), Y]);
  const { data } = readRegister(sheets, {
    periods,
    require: ["settings", "roster", "criteria", "record", "adjustments", "ballots", "objections"],
    optional: ["commitments", "comments"],
  });
  return { result: computeYear({ year: Y, ...data }), data };
}

/** The final stars and their usage, fixed on 2027-01-04. */
export function finalOf(objections: Objection[] = []): { result: YearResult; data: RegisterData; final: FinalYear; usage: ResultsUsage } {
  const { result, data } = yearOf();
  const final = finalStars(result, objections);
  return { result, data, final, usage: resultsUsage(final, data.settings, "2027-01-04") };
}

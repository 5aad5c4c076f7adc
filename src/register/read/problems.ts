import type { Place, Problem, Severity } from "../../scheme/problems";
import { placeRef } from "../place-ref";
import { IMPORT_CODES } from "../import/codes";
import { pushAll } from "../../scheme/arrays";

/**
 * Problems found while reading the workbook, before the scheme sees the data. They use the scheme's
 * Problem shape; `place.ref` is the sheet-qualified cell (民主评议!F7) and `args.sheet`/`args.cell` name it.
 */
export const REGISTER_CODES = {
  "register.sheet-missing": "error",
  "register.settings-missing": "warning",
  "register.columns-missing": "error",
  "register.header-duplicate": "error",
  "register.merged-cells": "error",
  "register.cell-error": "error",
  "register.number-invalid": "error",
  "register.number-ambiguous": "error",
  "register.number-is-date": "error",
  "register.points-out-of-range": "error",
  "register.formula-no-result": "error",
  "register.sheet-duplicate": "error",
  "register.date-invalid": "error",
  "register.month-invalid": "error",
  "register.period-invalid": "error",
  "register.year-invalid": "error",
  "register.yes-no-invalid": "error",
  "register.kind-invalid": "error",
  "register.role-invalid": "warning",
  "register.text-missing": "error",
  "register.name-mismatch": "warning",
  "register.column-member-unknown": "error",
  "register.column-member-ambiguous": "error",
  "register.column-member-duplicate": "error",
  "register.column-criterion-missing": "error",
  "register.column-unknown": "warning",
  "register.voter-ambiguous": "warning",
  "register.setting-unknown": "warning",
  "register.setting-invalid": "error",
  "register.setting-duplicate": "error",
  "register.objection-result-invalid": "error",
  "register.more-problems": "warning",
  "register.sheet-not-ours": "error",
  "register.registry-taken": "error",
  "register.approval-stale": "warning",
  // where a period stands: the guards of approval, withdrawal and publicity
  "register.approval-not-generated": "error",
  "register.approval-inputs-changed": "error",
  "register.approval-in-future": "error",
  "register.approval-before-generation": "error",
  "register.approval-reopen": "error",
  "register.withdraw-not-approved": "error",
  "register.withdraw-reason-missing": "error",
  "register.publicity-before-notice": "error",
  // the annual cycle
  "register.sheet-absent": "warning",
  "register.member-unknown": "error",
  "register.choice-invalid": "warning",
  "register.publicity-missing": "error",
  "register.publicity-stale": "error",
  "register.archive-member-unknown": "error",
  // writing: Excel's 32,767 characters per cell (register/cell-text.ts)
  "register.text-too-long": "error",
  "register.text-cut": "warning",
  // importing ballots (register/import/codes.ts)
  ...IMPORT_CODES,
} as const satisfies Record<string, Severity>;

export type RegisterCode = keyof typeof REGISTER_CODES;

declare module "../../scheme/problems" {
  /** The register's codes (with the import's) are problem codes too: see LayerProblemCodes. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the codes are its supertype's keys
  interface LayerProblemCodes extends Record<RegisterCode, Severity> {}
}

/**
 * A register problem: at a cell of `sheet` (`address`), on the whole sheet (no address), or on the register
 * as a whole (no sheet). The one way a problem of this layer is made; its place is written by placeRef.
 */
export function registerProblem(code: RegisterCode, sheet: string, args: Record<string, string | number> = {}, place: Place = {}, address = ""): Problem {
  return {
    severity: REGISTER_CODES[code],
    code,
    place: { ...place, ...(sheet && { ref: placeRef(sheet, address) }) },
    args: { sheet, cell: address, ...args },
  };
}

/** Problems of one kind shown per sheet before the rest are summarised (a sheet of junk stays readable). */
const PER_SHEET_LIMIT = 20;

/** Collects problems, capping repeats of one code on one sheet and counting what was left out. */
export class ProblemCollector {
  readonly items: Problem[] = [];
  private counts = new Map<string, number>();

  /** Adds a register problem at a cell (address "" for the whole sheet). */
  at(code: RegisterCode, sheet: string, address: string, args: Record<string, string | number> = {}, place: Place = {}): void {
    const key = `${code}\u0000${sheet}`;
    const n = (this.counts.get(key) ?? 0) + 1;
    this.counts.set(key, n);
    if (n > PER_SHEET_LIMIT) return;
    this.items.push(registerProblem(code, sheet, args, place, address));
  }

  /** Adds problems from the scheme (they already carry their refs). */
  addAll(problems: readonly Problem[]): void {
    pushAll(this.items, problems);
  }

  /** The problems, with one summary per capped code and sheet. Errors first, in reading order otherwise. */
  finish(): Problem[] {
    const out = [...this.items];
    for (const [key, n] of this.counts) {
      if (n <= PER_SHEET_LIMIT) continue;
      const [code, sheet] = key.split("\u0000");
      out.push({ ...registerProblem("register.more-problems", sheet, { code, count: n - PER_SHEET_LIMIT }), severity: REGISTER_CODES[code as RegisterCode] });
    }
    return out.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  }
}

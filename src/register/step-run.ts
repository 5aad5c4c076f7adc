/**
 * What the month's, the year's and the notices' steps share: problems ordered errors first, a person's
 * sheet under one of the step's names as a problem, the register read well enough to compute, the log
 * row's counts and the write through the port.
 */
import type { Problem } from "../scheme/problems";
import type { Settings } from "../scheme/settings";
import { notOursProblem } from "./ownership";
import { SheetNotOursError, type SheetData, type WorkbookChange, type WorkbookPort } from "./port";
import { registerProblem } from "./read/problems";
import type { RegisterData } from "./read/read-register";
import type { LogEntry } from "./render";
import { LOG_SHEET } from "./schema";

/** What every step (month, year, notices) returns: its problems, and the change it writes unless blocked. */
export interface StepRun {
  settings: Settings;
  data: RegisterData;
  /** Reading, checking and refusal problems, with cells where known; errors first. */
  problems: Problem[];
  /** True when errors block writing; nothing is written then. */
  blocked: boolean;
  /** The change to write (absent when blocked). */
  change?: WorkbookChange;
  /** Names of the sheets the step writes (or would write), the log excepted, in the order written. */
  sheetNames: string[];
  /** Fingerprint of the input sheets the step was computed from, as logged. */
  fingerprint: string;
}

/** Errors before warnings, each in the order found (Array.prototype.sort is stable). */
export function bySeverity(a: Problem, b: Problem): number {
  return a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1;
}

/** A problem for each of the step's sheets (and the log) that a person's sheet already holds. */
export function foreignSheetProblems(sheets: ReadonlyMap<string, SheetData>, names: readonly string[]): Problem[] {
  return [...names, LOG_SHEET].filter((name) => sheets.get(name)?.ours === false).map((name) => registerProblem("register.sheet-not-ours", name, {}));
}

/** Without a roster or criteria nothing can be computed meaningfully; the reading errors say why. */
export function computable(data: RegisterData, readProblems: readonly Problem[]): boolean {
  return data.members.length > 0 && !readProblems.some((p) => p.code === "register.sheet-missing" || p.code === "register.columns-missing");
}

/** The errors and warnings a log row counts. */
export function problemCounts(problems: readonly Problem[]): Pick<LogEntry, "errors" | "warnings"> {
  return { errors: problems.filter((p) => p.severity === "error").length, warnings: problems.filter((p) => p.severity === "warning").length };
}

/** Writes a planned step; a port that refuses because a person's sheet took a name the step needs blocks it instead. */
export async function applyStep<R extends Pick<StepRun, "problems" | "blocked" | "change">>(port: WorkbookPort, run: R): Promise<R> {
  if (!run.change) return run;
  try {
    await port.write(run.change);
  } catch (error) {
    // The port refuses before writing anything: a person's sheet took a name it needs (the registry's too;
    // the member archive's name is known only after reading).
    if (!(error instanceof SheetNotOursError)) throw error;
    delete run.change;
    run.problems = [notOursProblem(error.sheet), ...run.problems];
    run.blocked = true;
  }
  return run;
}

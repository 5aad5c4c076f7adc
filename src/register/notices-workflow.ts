/**
 * The year's two notices of 四公开 (docs/rules.md, The four openness rules), host-neutral like the month and the
 * year: read the register in one batch, check it, render `YYYY 考核办法公示` (from the settings and criteria
 * the engine uses) and `YYYY 承诺公示` (the commitments of the year), and write both with a 生成记录 row in
 * one change — or, when errors remain, write nothing. They can be generated at any time of the year and
 * regenerated whenever the settings, the criteria or the commitments change.
 */
import { isIsoYear } from "../scheme/dates";
import { validateCriteria } from "../scheme/criteria";
import type { Problem } from "../scheme/problems";
import { validateSettings } from "../scheme/settings";
import { monthsOfYear } from "../scheme/dates";
import type { SheetData, WorkbookPort } from "./port";
import { attachRefs, readRegister } from "./read/read-register";
import {
  commitmentsNoticeSheetName,
  fingerprint,
  renderCommitmentsNotice,
  renderLogRow,
  renderLogSheet,
  renderRulesNotice,
  rulesNoticeSheetName,
} from "./render";
import { LOG_SHEET, type InputSheetKey } from "./schema";
import { inputSheetNames } from "./sheet-names";
import { bySeverity, foreignSheetProblems, type StepRun } from "./step-run";
import { inputGrids } from "./year-sheets";

export interface NoticesOptions {
  /** YYYY */
  year: string;
  /** ISO date-time with offset, from the composition root's clock: the notices' date. */
  generatedAt: string;
}

/**
 * sheetNames: the rules notice, then the commitments notice; the fingerprint is of the sheets the notices are
 * written from (settings, criteria, roster, commitments).
 */
export interface NoticesRun extends StepRun {
  year: string;
}

const REQUIRED: readonly InputSheetKey[] = ["settings", "roster", "criteria"];
const OPTIONAL: readonly InputSheetKey[] = ["commitments"];

/** The sheets the notices read: their inputs, their own sheets (ownership) and the log. */
export function noticesSheetsToRead(year: string): string[] {
  const keys = [...REQUIRED, ...OPTIONAL];
  return [...inputSheetNames(keys), rulesNoticeSheetName(year), commitmentsNoticeSheetName(year), LOG_SHEET];
}

/** Reads, checks and renders the year's two notices from sheets already read. Pure. */
export function planNotices(sheets: ReadonlyMap<string, SheetData>, options: NoticesOptions): NoticesRun {
  const { year } = options;
  if (!isIsoYear(year)) throw new RangeError(`year must be YYYY, got ${year}`);
  const names = [rulesNoticeSheetName(year), commitmentsNoticeSheetName(year)];
  const { data, problems: readProblems } = readRegister(sheets, { periods: new Set([year, ...monthsOfYear(year)]), require: REQUIRED, optional: OPTIONAL });
  const problems: Problem[] = [...readProblems, ...validateSettings(data.settings), ...validateCriteria(data.criteria), ...foreignSheetProblems(sheets, names)];
  const inputsFingerprint = fingerprint(inputGrids(sheets, [...REQUIRED, ...OPTIONAL]));
  const all = attachRefs(problems, sheets, data).sort(bySeverity);
  const blocked = all.some((p) => p.severity === "error") || data.members.length === 0;
  const run: NoticesRun = { year, settings: data.settings, data, problems: all, blocked, sheetNames: names, fingerprint: inputsFingerprint };
  if (blocked) return run;

  const ctx = { settings: data.settings, generatedAt: options.generatedAt };
  const log = sheets.get(LOG_SHEET)?.values ?? null;
  const row = renderLogRow({
    at: options.generatedAt,
    action: "notices",
    period: year,
    members: data.members.length,
    errors: 0,
    warnings: all.filter((p) => p.severity === "warning").length,
    fingerprint: inputsFingerprint,
  });
  run.change = {
    sheets: [
      renderRulesNotice({ year, criteria: data.criteria }, ctx),
      renderCommitmentsNotice({ year, members: data.members, commitments: data.commitments }, ctx),
      renderLogSheet(log, row),
    ],
  };
  return run;
}

/** Generates the year's notices through a register port: one read, one write (nothing written when blocked). */
export async function generateNotices(port: WorkbookPort, options: NoticesOptions): Promise<NoticesRun> {
  const run = planNotices(await port.readSheets(noticesSheetsToRead(options.year)), options);
  if (run.change) await port.write(run.change);
  return run;
}

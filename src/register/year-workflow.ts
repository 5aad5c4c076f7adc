import { isIsoDate, isIsoYear, monthsOfYear } from "../scheme/dates";
import { finalStars, type FinalYear } from "../scheme/final";
import { canFinalize, checkObjections, inYear } from "../scheme/objections";
import { resultsUsage, type ResultsUsage } from "../scheme/outcomes";
import type { Problem } from "../scheme/problems";
import { publicityPeriod } from "../scheme/publicity";
import type { Objection } from "../scheme/types";
import { computeYear, type YearResult } from "../scheme/year";
import type { Grid } from "./cells";
import type { SheetData, WorkbookPort } from "./port";
import { attachRefs, readRegister, type RegisterData } from "./read/read-register";
import { readLog, yearHistory } from "./read/log";
import {
  archiveSheetName,
  fingerprint,
  keptOutcomeEntries,
  labelsFor,
  renderArchiveSheet,
  renderFinalSheet,
  renderLogRow,
  renderLogSheet,
  renderOutcomesSheet,
  renderYearPublicitySheet,
  renderYearSheetWithLayout,
  YEAR_COLUMNS,
  type ArchiveInput,
  type LogAction,
  type LogEntry,
} from "./render";
import { carryPersonNotes } from "./person-notes";
import type { SheetPlan } from "./sheet-plan";
import { LOG_SHEET, type InputSheetKey } from "./schema";
import { pushAll } from "../scheme/arrays";
import { fitRunText } from "./cell-text";
import { applyStep, bySeverity, type StepRun, computable, foreignSheetProblems, problemCounts } from "./step-run";
import { registerProblem } from "./read/problems";
import { archiveSheets, FINAL_SHEETS, inputGrids, SCORE_SHEETS, yearSheetsToRead } from "./year-sheets";
import { knownPublicity, lastFinalization, lastPublicity, type KnownPublicity } from "./year-publicity";

export { yearFingerprints, yearSheetsToRead } from "./year-sheets";
export { lastFinalization, lastPublicity, type KnownPublicity } from "./year-publicity";

/**
 * The annual cycle (docs/rules.md, Annual assessment and Using the results), host-neutral, mirroring the
 * month: each step reads the register in one batch, checks it, computes the year, renders its sheets and
 * a 生成记录 row, and writes them in one change — or, when errors remain or the step is not allowed yet,
 * writes nothing and returns the problems that say why. The pure `planXxx` cores are what the tests, the
 * task pane and the command line share.
 *
 *   generateYear  `YYYY 年度评星`
 *   publishYear   `YYYY 年度评星` again and `YYYY 年度公示`; the period goes into the log's 公示开始 and
 *                 公示截止 (and its 说明 for people), where finalisation reads it back; a start before the
 *                 day the notice was first generated is refused
 *   finalizeYear  `YYYY 年度星级`, `YYYY 结果运用`, `YYYY 档案` — only after a full period of the results
 *                 as they are now and with no objection 待核查 (canFinalize, with today as a parameter);
 *                 the date goes into the log
 *   reviewYear    what finalizeYear would do today, writing nothing: the pane's view of the objections
 *   archiveMember `YYYY 档案-姓名`, one member's archive printed alone
 */

/** Every year step's options. */
export interface YearOptions {
  /** YYYY */
  year: string;
  /** ISO date-time with offset, from the composition root's clock. */
  generatedAt: string;
}

export interface PublishOptions extends YearOptions {
  /** First day of the publicity, chosen by the secretary (ISO date). */
  start: string;
}

export interface FinalizeOptions extends YearOptions {
  /** Today (ISO date): the engine never reads the clock. */
  today: string;
}

export interface ArchiveMemberOptions extends YearOptions {
  /** 编号 of the member whose archive is printed alone. */
  memberId: string;
}

/** What a year step did or would do; its fingerprint is of the score inputs (the monthly input sheets). */
export interface YearRun extends StepRun {
  year: string;
  action: LogAction;
  /** Null when the register could not be read well enough to compute (problems say why). */
  result: YearResult | null;
  /** Why finalisation is refused (period not ended, objections 待核查, no publicity); empty otherwise. */
  reasons: Problem[];
  /** The publicity period: the one published now, else the last one recorded for the year, else null. */
  publicity: KnownPublicity | null;
  /** The year's objections (read by finalisation, review and the archive; empty otherwise). */
  objections: Objection[];
  /** The objections still 待核查: what the pane lists as open. */
  openObjections: Objection[];
  /** The final stars (finalisation, or the archive once the year has been finalised). */
  final: FinalYear | null;
  /** The date the final stars were fixed (ISO): today, or kept from the log while the inputs are unchanged. */
  finalizedOn: string | null;
  /** Candidates, admonishments (with deadlines), unrated 党员 and 党外 results, once finalised. */
  usage: ResultsUsage | null;
}

/** Plans `YYYY 年度评星` from sheets already read. Pure. */
export function planYear(sheets: ReadonlyMap<string, SheetData>, options: YearOptions): YearRun {
  const base = prepare(sheets, options, "annual", SCORE_SHEETS, []);
  const publicity = knownPublicity(lastPublicity(base.log, options.year));
  const run = base.run([labelsFor().sheetNames.year(options.year)], publicity);
  if (run.blocked || !run.result) return run;
  run.change = { sheets: [yearPlan(run, run.result, sheets, options, publicity), base.logSheet({ action: "annual" })] };
  return fitRunText(run, sheets.values());
}

/** Plans `YYYY 年度评星` and `YYYY 年度公示` for a publicity starting on `start`. Pure. */
export function planPublish(sheets: ReadonlyMap<string, SheetData>, options: PublishOptions): YearRun {
  if (!isIsoDate(options.start)) throw new RangeError(`start must be an ISO date (YYYY-MM-DD), got ${options.start}`);
  const L = labelsFor();
  const base = prepare(sheets, options, "annualPublicity", SCORE_SHEETS, []);
  const days = base.data.settings.annualPublicityDays;
  const period = publicityPeriod(options.start, Number.isFinite(days) ? days : 0);
  // An invalid 年度公示天数 is already an error of the settings; say it once.
  if (!base.problems.some((p) => p.code === "settings.publicity-days")) pushAll(base.problems, period.problems);
  const publicity: KnownPublicity = { start: period.start, end: period.end, text: period.text };
  // The period cannot begin before its notice exists: the day the notice of these results was first
  // generated — today, unless the same results were publicised before (docs/rules.md, Annual assessment).
  const earlier = yearHistory(readLog(base.log), options.year);
  const today = options.generatedAt.slice(0, 10);
  const noticeOn =
    earlier.publicity && earlier.publicity.fingerprint === base.fingerprint && earlier.publicityNoticeOn && earlier.publicityNoticeOn < today
      ? earlier.publicityNoticeOn
      : today;
  if (options.start < noticeOn)
    base.problems.push(registerProblem("register.publicity-before-notice", LOG_SHEET, { start: options.start, noticeOn }, { period: options.year }));
  const run = base.run([L.sheetNames.year(options.year), L.sheetNames.yearPublicity(options.year)], publicity);
  if (run.blocked || !run.result) return run;
  const ctx = { settings: run.settings, generatedAt: options.generatedAt };
  run.change = {
    sheets: [
      yearPlan(run, run.result, sheets, options, publicity),
      renderYearPublicitySheet(run.result, { ...ctx, period: publicity }),
      base.logSheet({
        action: "annualPublicity",
        note: L.log.publicityPeriod(publicity.start, publicity.end),
        publicityStart: publicity.start,
        publicityEnd: publicity.end,
      }),
    ],
  };
  return fitRunText(run, sheets.values());
}

/**
 * Plans 确定年度星级 with its results usage and the archive. Refused — blocked, with the reasons — when
 * no publicity was generated, before the day after the period, or while an objection is 待核查; and, as
 * every step, when errors remain in the data. Pure.
 */
export function planFinalize(sheets: ReadonlyMap<string, SheetData>, options: FinalizeOptions): YearRun {
  if (!isIsoDate(options.today)) throw new RangeError(`today must be an ISO date (YYYY-MM-DD), got ${options.today}`);
  const L = labelsFor();
  const { year } = options;
  const names = [L.sheetNames.final(year), L.sheetNames.outcomes(year), L.sheetNames.archive(year)];
  const base = prepare(sheets, options, "finalStars", FINAL_SHEETS, archiveSheets(sheets));
  const recorded = lastPublicity(base.log, year);
  const publicity = knownPublicity(recorded);
  const objections = [...inYear(base.data.objections, year)];
  const reasons: Problem[] = [];
  if (!recorded || !publicity) {
    reasons.push(registerProblem("register.publicity-missing", LOG_SHEET, { year }, { period: year }));
  } else {
    const ids = base.result?.members.map((m) => m.id);
    pushAll(base.problems, checkObjections(objections, publicity, { year, ...(ids && { memberIds: ids }) }));
    // Final stars only from the results as they are now, public for the whole period (docs/rules.md).
    if (recorded.fingerprint !== base.fingerprint) {
      reasons.push(registerProblem("register.publicity-stale", LOG_SHEET, { start: recorded.start, end: recorded.end }, { period: year }));
    }
    if (recorded.noticeOn && recorded.start < recorded.noticeOn) {
      reasons.push(registerProblem("register.publicity-before-notice", LOG_SHEET, { start: recorded.start, noticeOn: recorded.noticeOn }, { period: year }));
    }
    const verdict = canFinalize({ end: publicity.end, today: options.today, objections, year });
    if (!verdict.ok) pushAll(reasons, verdict.reasons);
  }
  pushAll(base.problems, reasons);
  const run = base.run(names, publicity);
  run.reasons = attachRefs(reasons, sheets, base.data);
  run.objections = objections;
  run.openObjections = objections.filter((o) => o.result === "待核查");
  if (run.blocked || !run.result || !publicity) return run;

  // The stars are fixed today, unless they were fixed before from the same scores and objections.
  const finalFingerprint = fingerprint(inputGrids(sheets, FINAL_SHEETS));
  const earlier = lastFinalization(base.log, year);
  const finalizedOn = earlier && earlier.fingerprint === finalFingerprint ? earlier.finalizedOn : options.today;
  const final = finalStars(run.result, objections);
  const usage = resultsUsage(final, run.settings, finalizedOn);
  Object.assign(run, { final, finalizedOn, usage });

  const ctx = { settings: run.settings, generatedAt: options.generatedAt };
  const previousOutcomes = sheets.get(L.sheetNames.outcomes(year));
  run.change = {
    sheets: [
      renderFinalSheet(final, { ...ctx, publicity, finalizedOn, objections }),
      renderOutcomesSheet(usage, {
        ...ctx,
        year,
        finalizedOn,
        decimals: final.decimals,
        kept: keptOutcomeEntries(previousOutcomes?.ours ? previousOutcomes.values : null, undefined, previousOutcomes?.dateFormats),
      }),
      renderArchiveSheet(archiveInput(run, run.result, final, finalizedOn), ctx),
      base.logSheet({ action: "finalStars", note: L.log.finalizedOn(finalizedOn), fingerprint: finalFingerprint, on: finalizedOn }),
    ],
  };
  return fitRunText(run, sheets.values());
}

/** Plans one member's archive printed alone: `YYYY 档案-姓名`, with the final star once fixed. Pure. */
export function planArchiveMember(sheets: ReadonlyMap<string, SheetData>, options: ArchiveMemberOptions): YearRun {
  const L = labelsFor();
  const { year, memberId } = options;
  const base = prepare(sheets, options, "archive", FINAL_SHEETS, archiveSheets(sheets));
  const publicity = knownPublicity(lastPublicity(base.log, year));
  const member = base.result?.members.find((m) => m.id === memberId);
  if (base.result && !member)
    base.problems.push(registerProblem("register.archive-member-unknown", "", { id: memberId, year }, { member: memberId, period: year }));
  const name = base.result && member ? archiveSheetName({ result: base.result }, memberId) : L.sheetNames.memberArchive(year, memberId);
  const run = base.run([name], publicity);
  const objections = [...inYear(base.data.objections, year)];
  run.objections = objections;
  run.openObjections = objections.filter((o) => o.result === "待核查");
  if (run.blocked || !run.result || !member) return run;

  const finalized = lastFinalization(base.log, year);
  const final = finalized ? finalStars(run.result, objections) : null;
  Object.assign(run, { final, finalizedOn: finalized?.finalizedOn ?? null });
  const ctx = { settings: run.settings, generatedAt: options.generatedAt };
  run.change = {
    sheets: [
      renderArchiveSheet(archiveInput(run, run.result, final, finalized?.finalizedOn ?? null), ctx, { memberId }),
      base.logSheet({ action: "archive", note: L.log.archiveOf(member.id, member.name) }),
    ],
  };
  return fitRunText(run, sheets.values());
}

/** Generates `YYYY 年度评星` through a register port: one read, one write (nothing written when blocked). */
export async function generateYear(port: WorkbookPort, options: YearOptions): Promise<YearRun> {
  return applyStep(port, planYear(await port.readSheets(yearSheetsToRead(options.year)), options));
}

/** Generates the annual publicity (with `YYYY 年度评星`) and records its period in the log. */
export async function publishYear(port: WorkbookPort, options: PublishOptions): Promise<YearRun> {
  return applyStep(port, planPublish(await port.readSheets(yearSheetsToRead(options.year)), options));
}

/** Fixes the final annual stars and writes the results usage and the archive — or says why not, writing nothing. */
export async function finalizeYear(port: WorkbookPort, options: FinalizeOptions): Promise<YearRun> {
  return applyStep(port, planFinalize(await port.readSheets(yearSheetsToRead(options.year)), options));
}

/** What finalisation would do today, writing nothing: the publicity, the open objections and the reasons. */
export async function reviewYear(port: WorkbookPort, options: FinalizeOptions): Promise<YearRun> {
  const run = planFinalize(await port.readSheets(yearSheetsToRead(options.year)), options);
  delete run.change;
  return run;
}

/** Prints one member's archive alone. */
export async function archiveMember(port: WorkbookPort, options: ArchiveMemberOptions): Promise<YearRun> {
  return applyStep(port, planArchiveMember(await port.readSheets(yearSheetsToRead(options.year)), options));
}

// ---- shared steps ----

interface Prepared {
  data: RegisterData;
  result: YearResult | null;
  /** Problems so far; the step adds its own before {@link Prepared.run}. */
  problems: Problem[];
  /** Fingerprint of the score inputs. */
  fingerprint: string;
  log: Grid | null;
  /** The run, with ownership of `names` and the log checked and the problems sorted. */
  run(names: string[], publicity: KnownPublicity | null): YearRun;
  /** The log sheet with this step's row appended. */
  logSheet(entry: Pick<LogEntry, "action"> & Partial<Pick<LogEntry, "note" | "fingerprint" | "on" | "publicityStart" | "publicityEnd">>): SheetPlan;
}

/** Reads the register for the year, computes it, and gathers what every step needs. */
function prepare(
  sheets: ReadonlyMap<string, SheetData>,
  options: YearOptions,
  action: LogAction,
  require: readonly InputSheetKey[],
  optional: readonly InputSheetKey[],
): Prepared {
  const { year } = options;
  if (!isIsoYear(year)) throw new RangeError(`year must be YYYY, got ${year}`);
  const { data, problems: readProblems } = readRegister(sheets, { periods: new Set([...monthsOfYear(year), year]), require, optional });
  const result = computable(data, readProblems) ? computeYear({ year, ...data }) : null;
  const problems: Problem[] = [...readProblems, ...(result?.problems ?? [])];
  const scoreFingerprint = fingerprint(inputGrids(sheets, SCORE_SHEETS));
  const log = sheets.get(LOG_SHEET)?.values ?? null;
  const prepared: Prepared = {
    data,
    result,
    problems,
    fingerprint: scoreFingerprint,
    log,
    run(names, publicity) {
      pushAll(problems, foreignSheetProblems(sheets, names));
      const all = attachRefs(problems, sheets, data).sort(bySeverity);
      return {
        year,
        action,
        result,
        settings: data.settings,
        data,
        problems: all,
        reasons: [],
        blocked: result === null || all.some((p) => p.severity === "error"),
        sheetNames: names,
        fingerprint: scoreFingerprint,
        publicity,
        objections: [],
        openObjections: [],
        final: null,
        finalizedOn: null,
        usage: null,
      };
    },
    logSheet(entry) {
      const row: LogEntry = {
        at: options.generatedAt,
        period: year,
        members: result?.members.length ?? 0,
        ...problemCounts(problems),
        ...entry,
        fingerprint: entry.fingerprint ?? scoreFingerprint,
      };
      return renderLogSheet(log, renderLogRow(row));
    },
  };
  return prepared;
}

/** `YYYY 年度评星`, keeping what a person typed in 备注 on the previous sheet. */
function yearPlan(run: YearRun, result: YearResult, sheets: ReadonlyMap<string, SheetData>, options: YearOptions, publicity: KnownPublicity | null): SheetPlan {
  const { plan, layout } = renderYearSheetWithLayout(result, { settings: run.settings, generatedAt: options.generatedAt, publicity });
  const previous = sheets.get(plan.name);
  if (previous?.ours) carryPersonNotes(plan, [layout.members, layout.nonMembers], previous, YEAR_COLUMNS);
  return plan;
}

/** What the archive renderer needs from a run. */
function archiveInput(run: YearRun, result: YearResult, final: FinalYear | null, finalizedOn: string | null): ArchiveInput {
  return {
    result,
    final,
    finalizedOn,
    roster: run.data.members,
    commitments: run.data.commitments,
    comments: run.data.comments,
    meetings: run.data.meetings,
    objections: run.objections,
  };
}

import { existsSync } from "fs";
import path from "path";
import type { Lang } from "../i18n/catalogue";
import { describeProblem } from "../i18n/problems";
import { problemLines } from "../i18n/problem-groups";
import { monthStateLine, yearStateLine } from "../i18n/period-state";
import { approveMonth, generateMonth, type MonthRun } from "../register/month-workflow";
import { generateNotices } from "../register/notices-workflow";
import { periodState, stateSheetsToRead } from "../register/period-state";
import { readPlaceRef } from "../register/place-ref";
import { finalizeYear, generateYear, publishYear, type YearRun } from "../register/year-workflow";
import type { Problem } from "../scheme/problems";
import { sampleRegister } from "../register/sample";
import { inputSheetPlans } from "../register/template";
import { daysInclusive, isIsoDate, isIsoMonth, isIsoYear } from "../scheme/dates";
import { publicityPeriod } from "../scheme/publicity";
import { XlsxWorkbook } from "../xlsx/xlsx-workbook";
import { parseArgs, UsageError } from "./args";
import { checkOutputFolder, OutputError, readFailure, reasonText, saveOutput, systemCode } from "./files";
import { importBallotsCommand } from "./import-ballots";
import { announceLosses, cliMessages } from "./messages";

/**
 * star-register: the register over .xlsx files, for branches on WPS and for batch work. The composition
 * root of the command line: it reads the clock (or --today), the files and the arguments, and wires the
 * same register workflow the task pane uses to the ExcelJS adapter.
 */

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The current time; tests pass a fixed one. */
  now: () => Date;
}

const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  stderr: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  now: () => new Date(),
};

/**
 * Runs one command; resolves to the exit code: 0 written, 1 blocked by errors in the data or refused,
 * 2 wrong usage or a file that cannot be read or written. It never rejects: whatever goes wrong ends in
 * one of these codes with a message in the chosen language (issue 11).
 */
export async function main(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  let lang: Lang = "zh-CN";
  // --lang may come anywhere, even before the command, and chooses the language of every message.
  const langAt = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  const langValue = langAt < 0 ? undefined : argv[langAt].includes("=") ? argv[langAt].split("=")[1] : argv[langAt + 1];
  if (langValue === "zh-CN" || langValue === "en-US") lang = langValue;
  const width = langAt >= 0 && !argv[langAt].includes("=") ? 2 : 1;
  const [command, ...rest] = langAt === 0 ? [...argv.slice(width), ...argv.slice(0, width)] : argv;
  try {
    if (langAt >= 0 && lang !== langValue) throw new UsageError(cliMessages(lang).badLang(String(langValue)));
    switch (command) {
      case "monthly":
        return await monthly(rest, lang, io);
      case "annual":
        return await annual(rest, lang, io);
      case "status":
        return await status(rest, lang, io);
      case "approve":
        return await approve(rest, lang, io);
      case "notices":
        return await notices(rest, lang, io);
      case "import-ballots":
        return await importBallotsCommand(rest, lang, io);
      case "template":
        return await template(rest, lang, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(cliMessages(lang).usage);
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(cliMessages(lang).unknownCommand(command));
    }
  } catch (e) {
    const t = cliMessages(lang);
    if (e instanceof UsageError) {
      io.stderr(`${e.option ? t[e.option.kind](e.option.name) : e.message}\n\n${t.usage}`);
      return 2;
    }
    if (e instanceof OutputError) {
      io.stderr(t.cannotWrite(e.file, (e.code && t.systemReasons[e.code]) || reasonText(e.reason)));
      return 2;
    }
    io.stderr(t.unexpected(reasonText(e)));
    if (process.env.STAR_REGISTER_DEBUG) io.stderr(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return 2;
  }
}

/**
 * Runs the command line as a process. The exit code goes to process.exitCode and the process ends when
 * stdout and stderr have drained: process.exit() right after a write cuts piped output at 64 KiB
 * (issue 11, defect 14; https://nodejs.org/api/process.html#processexitcode — "process.exit() ... will
 * force the process to exit as quickly as possible even if there are still asynchronous operations pending
 * ... including I/O operations to process.stdout and process.stderr").
 */
export async function runProcess(argv: readonly string[]): Promise<void> {
  // A reader that stops early (`| head`) closes the pipe: the rest of the output has nowhere to go.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e) => {
      if (systemCode(e) !== "EPIPE") throw e;
    });
  }
  process.exitCode = await main(argv);
}

async function monthly(argv: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const t = cliMessages(lang);
  const { positional, options } = parseArgs(argv, ["month", "out", "lang", "today", "publicity-start"], ["json", "reopen"]);
  const input = positional[0];
  if (!input || positional.length > 1) throw new UsageError(t.missingFile);
  const month = String(options.get("month") ?? "");
  if (!isIsoMonth(month)) throw new UsageError(t.badMonth(month));
  const start = options.get("publicity-start");
  if (start !== undefined && !isIsoDate(String(start))) throw new UsageError(t.badStart(String(start)));
  const out = path.resolve(String(options.get("out") ?? defaultOutput(input, month)));
  if (out === path.resolve(input)) throw new UsageError(t.sameAsInput);
  if (existsSync(out)) throw new UsageError(t.fileExists(out));
  const now = clock(options.get("today"), io, t);
  await checkOutputFolder(out);

  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.fromFile(input);
  } catch (e) {
    io.stderr(t.cannotRead(input, readFailure(e, t, input)));
    return 2;
  }
  const run = await generateMonth(workbook, {
    period: month,
    generatedAt: localIso(now),
    reopen: options.has("reopen"),
    ...(start !== undefined && { publicityStart: String(start) }),
  });
  return monthOutcome(run, workbook, out, lang, io, options.has("json"));
}

/** Writes a month step's file, or says why not: the shared tail of `monthly` and `approve`. */
async function monthOutcome(run: MonthRun, workbook: XlsxWorkbook, out: string, lang: Lang, io: CliIo, json: boolean): Promise<number> {
  const t = cliMessages(lang);
  const names = new Map(run.data.members.map((m) => [m.id, m.name]));
  const describe = (p: Problem) => describeProblem(p, lang, (id) => names.get(id));
  const errors = run.problems.filter((p) => p.severity === "error");
  const warnings = run.problems.filter((p) => p.severity === "warning");

  if (run.blocked) {
    io.stderr([t.blocked(errors.length, warnings.length), ...problemLines(run.problems, describe, lang)].join("\n"));
  } else {
    announceLosses(workbook, io, t);
    await saveOutput(workbook, out);
    if (warnings.length > 0 && !json) io.stderr([t.warnings(warnings.length), ...problemLines(warnings, describe, lang)].join("\n"));
  }
  if (json) {
    io.stdout(JSON.stringify(monthJson(run, describe), null, 2));
  } else if (!run.blocked) {
    io.stdout(run.approvedOn ? t.wroteApproved(out, run.approvedOn) : t.wrote(out, run.result?.members.length ?? 0));
  }
  return run.blocked ? 1 : 0;
}

/** The --json document of `monthly`: numbers as numbers, absent values as null. */
export function monthJson(run: MonthRun, describe: (p: Problem) => string) {
  const status = run.blocked ? null : run.approvedOn ? "已通过" : "拟评";
  return {
    period: run.period,
    members: (run.result?.members ?? []).map((m) => ({
      id: m.id,
      name: m.name,
      kind: m.kind,
      record: m.record,
      appraisal: m.appraisal,
      validMarks: m.validMarks,
      composite: m.composite,
      stars: m.stars,
      label: m.label,
      rank: m.rank,
      status,
    })),
    distribution: run.result?.distribution ?? null,
    // 每票优秀上限: the period's ballots counted, those void for too many 优秀, and the cap (null: none).
    ballots: run.result?.ballots ?? null,
    voidBallots: run.result?.ballots.void ?? null,
    approvedOn: run.blocked ? null : run.approvedOn,
    problems: run.problems.map((p) => {
      const { sheet, cell } = splitRef(p.place.ref);
      return { severity: p.severity, code: p.code, sheet, cell, message: describe(p) };
    }),
  };
}

async function annual(argv: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const t = cliMessages(lang);
  const { positional, options } = parseArgs(argv, ["year", "publicity-start", "out", "lang", "today"], ["json", "finalize"]);
  const input = positional[0];
  if (!input || positional.length > 1) throw new UsageError(t.missingFile);
  const year = String(options.get("year") ?? "");
  if (!isIsoYear(year)) throw new UsageError(t.badYear(year));
  const start = options.get("publicity-start");
  if (start !== undefined && !isIsoDate(String(start))) throw new UsageError(t.badStart(String(start)));
  const finalize = options.has("finalize");
  const step = finalize ? "星级" : start !== undefined ? "公示" : "评星";
  const out = path.resolve(String(options.get("out") ?? defaultOutput(input, `${year}年度`, step)));
  if (out === path.resolve(input)) throw new UsageError(t.sameAsInput);
  if (existsSync(out)) throw new UsageError(t.fileExists(out));
  const now = clock(options.get("today"), io, t);
  const generatedAt = localIso(now);
  await checkOutputFolder(out);

  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.fromFile(input);
  } catch (e) {
    io.stderr(t.cannotRead(input, readFailure(e, t, input)));
    return 2;
  }
  // The steps run in order on the workbook in memory; the file is written once, only if every step could.
  const runs: YearRun[] = [];
  const base = { year, generatedAt };
  if (start !== undefined) runs.push(await publishYear(workbook, { ...base, start: String(start) }));
  else if (!finalize) runs.push(await generateYear(workbook, base));
  if (finalize && !runs.some((r) => r.blocked)) runs.push(await finalizeYear(workbook, { ...base, today: generatedAt.slice(0, 10) }));
  const run = runs[runs.length - 1];
  const names = new Map(run.data.members.map((m) => [m.id, m.name]));
  const describe = (p: Problem) => describeProblem(p, lang, (id) => names.get(id));
  const errors = run.problems.filter((p) => p.severity === "error");
  const warnings = run.problems.filter((p) => p.severity === "warning");

  if (run.blocked) {
    const header = run.reasons.length > 0 ? t.refused(run.reasons.length) : t.blocked(errors.length, warnings.length);
    io.stderr([header, ...problemLines(run.problems, describe, lang)].join("\n"));
  } else {
    announceLosses(workbook, io, t);
    await saveOutput(workbook, out);
    if (warnings.length > 0 && !options.has("json")) io.stderr([t.warnings(warnings.length), ...problemLines(warnings, describe, lang)].join("\n"));
  }
  if (options.has("json")) {
    io.stdout(JSON.stringify(yearJson(run, describe, lang), null, 2));
  } else if (!run.blocked) {
    io.stdout(t.wroteYear(out, run.result?.members.length ?? 0, runs.flatMap((r) => r.sheetNames)));
  }
  return run.blocked ? 1 : 0;
}

/** The --json document of `annual`: numbers as numbers, absent values as null. */
export function yearJson(run: YearRun, describe: (p: Problem) => string, lang: Lang = "zh-CN") {
  const finals = new Map((run.final?.members ?? []).map((m) => [m.id, m]));
  const period = run.publicity ? publicityPeriod(run.publicity.start, daysInclusive(run.publicity.start, run.publicity.end)) : null;
  const usage = run.blocked ? null : run.usage;
  return {
    year: run.year,
    members: (run.result?.members ?? []).map((m) => ({
      id: m.id,
      name: m.name,
      kind: m.kind,
      recordAverage: m.recordAverage,
      monthsAssessed: m.monthsAssessed,
      annualAppraisal: m.annualAppraisal,
      appraisalSource: m.appraisalSource,
      score: m.score,
      stars: m.stars,
      label: m.label,
      finalStars: run.blocked ? null : (finals.get(m.id)?.finalStars ?? null),
    })),
    // The year-end appraisal's ballots (period YYYY): counted, void under 每票优秀上限, and the cap.
    annualBallots: run.result?.annualBallots ?? null,
    publicity: period ? { start: period.start, end: period.end, text: lang === "en-US" ? period.textEn : period.text } : null,
    finalizedOn: run.blocked ? null : run.finalizedOn,
    candidates: usage ? usage.candidates.map((m) => ({ id: m.id, name: m.name, score: m.score, finalStars: m.finalStars })) : null,
    admonishments: usage ? usage.admonishments.map((a) => ({ id: a.member.id, name: a.member.name, score: a.member.score, deadline: a.deadline })) : null,
    problems: run.problems.map((p) => {
      const { sheet, cell } = splitRef(p.place.ref);
      return { severity: p.severity, code: p.code, sheet, cell, message: describe(p) };
    }),
  };
}

/** `status`: where the month and the year stand, read from the register (nothing written). */
async function status(argv: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const t = cliMessages(lang);
  const { positional, options } = parseArgs(argv, ["month", "year", "lang", "today"], ["json"]);
  const input = positional[0];
  if (!input || positional.length > 1) throw new UsageError(t.missingFile);
  const now = clock(options.get("today"), io, t);
  const today = localIso(now).slice(0, 10);
  const month = options.has("month") ? String(options.get("month")) : options.has("year") ? undefined : today.slice(0, 7);
  const year = options.has("year") ? String(options.get("year")) : options.has("month") ? undefined : today.slice(0, 4);
  if (month !== undefined && !isIsoMonth(month)) throw new UsageError(t.badMonth(month));
  if (year !== undefined && !isIsoYear(year)) throw new UsageError(t.badYear(year));
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.fromFile(input);
  } catch (e) {
    io.stderr(t.cannotRead(input, e instanceof Error ? e.message : String(e)));
    return 2;
  }
  const wanted = { ...(month && { month }), ...(year && { year }) };
  const state = periodState(await workbook.readSheets(stateSheetsToRead(wanted)), { ...wanted, today });
  const lines = [...(state.month ? [monthStateLine(state.month, lang)] : []), ...(state.year ? [yearStateLine(state.year, lang)] : [])];
  if (options.has("json")) io.stdout(JSON.stringify({ today, month: state.month, year: state.year, lines }, null, 2));
  else io.stdout(lines.join("\n"));
  return 0;
}

/** `approve`: records the 党员大会's approval of a generated month, with the pane's guards, into a new file. */
async function approve(argv: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const t = cliMessages(lang);
  const { positional, options } = parseArgs(argv, ["month", "date", "out", "lang", "today"], ["json"]);
  const input = positional[0];
  if (!input || positional.length > 1) throw new UsageError(t.missingFile);
  const month = String(options.get("month") ?? "");
  if (!isIsoMonth(month)) throw new UsageError(t.badMonth(month));
  const date = String(options.get("date") ?? "");
  if (!isIsoDate(date)) throw new UsageError(t.badDate(date));
  const out = path.resolve(String(options.get("out") ?? defaultOutput(input, month, "通过")));
  if (out === path.resolve(input)) throw new UsageError(t.sameAsInput);
  if (existsSync(out)) throw new UsageError(t.fileExists(out));
  const now = clock(options.get("today"), io, t);
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.fromFile(input);
  } catch (e) {
    io.stderr(t.cannotRead(input, e instanceof Error ? e.message : String(e)));
    return 2;
  }
  const run = await approveMonth(workbook, { period: month, generatedAt: localIso(now), approvedOn: date });
  return monthOutcome(run, workbook, out, lang, io, options.has("json"));
}

/** `notices`: the year's 考核办法公示 and 承诺公示 (四公开), at any time of the year. */
async function notices(argv: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const t = cliMessages(lang);
  const { positional, options } = parseArgs(argv, ["year", "out", "lang", "today"], []);
  const input = positional[0];
  if (!input || positional.length > 1) throw new UsageError(t.missingFile);
  const year = String(options.get("year") ?? "");
  if (!isIsoYear(year)) throw new UsageError(t.badYear(year));
  const out = path.resolve(String(options.get("out") ?? defaultOutput(input, `${year}年度`, "公示")));
  if (out === path.resolve(input)) throw new UsageError(t.sameAsInput);
  if (existsSync(out)) throw new UsageError(t.fileExists(out));
  const now = clock(options.get("today"), io, t);
  let workbook: XlsxWorkbook;
  try {
    workbook = await XlsxWorkbook.fromFile(input);
  } catch (e) {
    io.stderr(t.cannotRead(input, e instanceof Error ? e.message : String(e)));
    return 2;
  }
  const run = await generateNotices(workbook, { year, generatedAt: localIso(now) });
  const names = new Map(run.data.members.map((m) => [m.id, m.name]));
  const describe = (p: Problem) => describeProblem(p, lang, (id) => names.get(id));
  if (run.blocked) {
    const errors = run.problems.filter((p) => p.severity === "error").length;
    io.stderr([t.blocked(errors, run.problems.length - errors), ...run.problems.map((p) => `  [${p.severity === "error" ? "错误/error" : "提醒/warning"}] ${describe(p)}`)].join("\n"));
    return 1;
  }
  await workbook.saveAs(out);
  const warnings = run.problems.filter((p) => p.severity === "warning");
  if (warnings.length > 0) io.stderr([t.warnings(warnings.length), ...warnings.map((p) => `  ${describe(p)}`)].join("\n"));
  io.stdout(t.wroteYear(out, run.data.members.length, [run.sheetNames.rules, run.sheetNames.commitments]));
  return 0;
}

async function template(argv: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const t = cliMessages(lang);
  const { positional, options } = parseArgs(argv, ["lang", "today"], ["sample"]);
  const file = positional[0];
  if (!file || positional.length > 1) throw new UsageError(t.missingFile);
  if (existsSync(file)) throw new UsageError(t.fileExists(path.resolve(file)));
  const now = clock(options.get("today"), io, t);
  await checkOutputFolder(file);
  const sample = options.has("sample");
  const workbook = XlsxWorkbook.empty();
  await workbook.write({ inputSheets: inputSheetPlans(sample ? sampleRegister({ lastMonth: localIso(now).slice(0, 7) }) : undefined) });
  await saveOutput(workbook, file);
  io.stdout(t.templateWrote(path.resolve(file), sample));
  return 0;
}

/** "民主评议!F7" → { sheet: "民主评议", cell: "F7" }; "'2026-11 评星'!A1" unquoted; a bare sheet name → cell null. */
export function splitRef(ref: string | undefined): { sheet: string | null; cell: string | null } {
  if (!ref) return { sheet: null, cell: null };
  const place = readPlaceRef(ref);
  return place ? { sheet: place.sheet, cell: place.address ?? null } : { sheet: ref, cell: null };
}

function defaultOutput(input: string, period: string, step = "评星"): string {
  const parsed = path.parse(input);
  return path.join(parsed.dir, `${parsed.name}-${period}${step}${parsed.ext || ".xlsx"}`);
}

function clock(today: string | true | undefined, io: CliIo, t: ReturnType<typeof cliMessages>): Date {
  if (today === undefined) return io.now();
  const text = String(today);
  if (!isIsoDate(text)) throw new UsageError(t.badToday(text));
  // Noon local time on that day, so that the date never shifts with the time zone.
  const [y, m, d] = text.split("-").map(Number);
  return new Date(y, m - 1, d, 12, 0, 0);
}

/** Local ISO date-time with its offset: 2026-11-28T10:00:00+08:00. */
export function localIso(d: Date): string {
  const p = (n: number) => String(Math.abs(n)).padStart(2, "0");
  const offset = -d.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}${sign}${p(Math.trunc(offset / 60))}:${p(offset % 60)}`;
}

if (require.main === module) void runProcess(process.argv.slice(2));

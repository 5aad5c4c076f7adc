import { existsSync } from "fs";
import path from "path";
import type { Lang } from "../i18n/catalogue";
import { problemLines } from "../i18n/problem-groups";
import { describeProblem } from "../i18n/problems";
import type { Problem } from "../scheme/problems";
import { XlsxWorkbook } from "../xlsx/xlsx-workbook";
import { UsageError } from "./args";
import { debugReason, readFailure, saveOutput } from "./files";
import type { CliIo } from "./io";
import { announceLosses, cliMessages } from "./messages";

/**
 * The shape every writing step of the command line shares: the register named on the command line, a new
 * output file beside it, the register opened, the step planned on it in memory, then the file written —
 * or, when the step is blocked, nothing written and the reasons on stderr.
 */

type Messages = ReturnType<typeof cliMessages>;

/** The one register file named on the command line. */
export function inputFile(positional: readonly string[], t: Messages): string {
  const input = positional[0];
  if (!input || positional.length > 1) throw new UsageError(t.missingFile);
  return input;
}

/** --out, or `<name>-<period><step>.xlsx` beside the input; never the input itself nor a file that exists. */
export function outputFile(input: string, out: string | true | undefined, period: string, step: string, t: Messages): string {
  const file = path.resolve(String(out ?? defaultOutput(input, period, step)));
  if (file === path.resolve(input)) throw new UsageError(t.sameAsInput);
  if (existsSync(file)) throw new UsageError(t.fileExists(file));
  return file;
}

/**
 * `<name>-<period><step>.xlsx`; a name made by one of our own outputs (`reg-2026-11评星`) has our suffix
 * replaced, not another added: `reg-2026-11通过`, never `reg-2026-11评星-2026-11通过`.
 */
export function defaultOutput(input: string, period: string, step: string): string {
  const parsed = path.parse(input);
  const base = parsed.name.replace(OUR_SUFFIX, "");
  return path.join(parsed.dir, `${base || parsed.name}-${period}${step}${parsed.ext || ".xlsx"}`);
}

/** The suffixes our outputs end with: a month's or a year's period, then the step's word. */
const OUR_SUFFIX = /(-(\d{4}-\d{2}|\d{4}年度|\d{4})(评星|通过|公示|星级|考核办法和承诺公示|评议导入))+$/;

/** Opens the register; undefined (the reason on stderr) when it cannot be read. */
export async function openRegister(input: string, io: Pick<CliIo, "stderr" | "debug">, t: Messages): Promise<XlsxWorkbook | undefined> {
  try {
    return await XlsxWorkbook.fromFile(input);
  } catch (e) {
    io.stderr(t.cannotRead(input, readFailure(e, t, input)));
    if (io.debug) io.stderr(debugReason(e));
    return undefined;
  }
}

/** What a step planned: whether it is blocked, its problems and the members they may name. */
export interface StepRun {
  blocked: boolean;
  problems: readonly Problem[];
  data: { members: readonly { id: string; name: string }[] };
}

export interface StepOutput {
  workbook: XlsxWorkbook;
  out: string;
  lang: Lang;
  io: CliIo;
  /** The --json document, when --json was given. */
  json?: (describe: (p: Problem) => string) => unknown;
  /** The first line on stderr when the step is blocked; by default the count of errors and warnings. */
  refusal?: string;
  /** The line on stdout once the file is written. */
  wrote: (out: string) => string;
  /** --verbose: every problem on its own line, not one line per kind. */
  verbose?: boolean;
}

/** Writes a step's file, or says why not: 0 written, 1 blocked. */
export async function saveOrRefuse(run: StepRun, { workbook, out, lang, io, json, refusal, wrote, verbose = false }: StepOutput): Promise<number> {
  const t = cliMessages(lang);
  const names = new Map(run.data.members.map((m) => [m.id, m.name]));
  const describe = (p: Problem) => describeProblem(p, lang, (id) => names.get(id));
  const errors = run.problems.filter((p) => p.severity === "error");
  const warnings = run.problems.filter((p) => p.severity === "warning");

  if (run.blocked) {
    io.stderr([refusal ?? t.blocked(errors.length, warnings.length), ...problemLines(run.problems, describe, lang, verbose)].join("\n"));
  } else {
    announceLosses(workbook, io, t);
    await saveOutput(workbook, out);
    if (warnings.length > 0 && !json) io.stderr([t.warnings(warnings.length), ...problemLines(warnings, describe, lang, verbose)].join("\n"));
  }
  if (json) {
    io.stdout(JSON.stringify(json(describe), null, 2));
  } else if (!run.blocked) {
    io.stdout(wrote(out));
  }
  return run.blocked ? 1 : 0;
}

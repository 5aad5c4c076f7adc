import type { Lang } from "../i18n/catalogue";
import { approveMonth, generateMonth, type MonthRun } from "../register/month-workflow";
import { isIsoDate, isIsoMonth } from "../scheme/dates";
import { parseArgs, UsageError } from "./args";
import { clock, localIso } from "./clock";
import { checkOutputFolder } from "./files";
import type { CliIo } from "./io";
import { monthJson } from "./json";
import { cliMessages } from "./messages";
import { inputFile, openRegister, outputFile, saveOrRefuse } from "./step-files";

/** `monthly`: the month's 评星 (and 党员大会记录) into a new file. */
export async function monthly(argv: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const t = cliMessages(lang);
  const { positional, options } = parseArgs(argv, ["month", "out", "lang", "today", "publicity-start"], ["json", "reopen", "verbose"]);
  const input = inputFile(positional, t);
  const month = String(options.get("month") ?? "");
  if (!isIsoMonth(month)) throw new UsageError(t.badMonth(month));
  const start = options.get("publicity-start");
  if (start !== undefined && !isIsoDate(String(start))) throw new UsageError(t.badStart(String(start)));
  const out = outputFile(input, options.get("out"), month, "评星", t);
  const now = clock(options.get("today"), io, t);
  await checkOutputFolder(out);

  const workbook = await openRegister(input, io, t);
  if (!workbook) return 2;
  const run = await generateMonth(workbook, {
    period: month,
    generatedAt: localIso(now),
    reopen: options.has("reopen"),
    ...(start !== undefined && { publicityStart: String(start) }),
  });
  return saveOrRefuse(run, { workbook, out, lang, io, ...monthOutput(run, lang, options.has("json")), verbose: options.has("verbose") });
}

/** `approve`: records the 党员大会's approval of a generated month, with the pane's guards, into a new file. */
export async function approve(argv: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const t = cliMessages(lang);
  const { positional, options } = parseArgs(argv, ["month", "date", "out", "lang", "today"], ["json", "verbose"]);
  const input = inputFile(positional, t);
  const month = String(options.get("month") ?? "");
  if (!isIsoMonth(month)) throw new UsageError(t.badMonth(month));
  const date = String(options.get("date") ?? "");
  if (!isIsoDate(date)) throw new UsageError(t.badDate(date));
  const out = outputFile(input, options.get("out"), month, "通过", t);
  const now = clock(options.get("today"), io, t);

  const workbook = await openRegister(input, io, t);
  if (!workbook) return 2;
  const run = await approveMonth(workbook, { period: month, generatedAt: localIso(now), approvedOn: date });
  return saveOrRefuse(run, { workbook, out, lang, io, ...monthOutput(run, lang, options.has("json")), verbose: options.has("verbose") });
}

/** What a month step prints: its --json document, or the file written (and whether it was approved). */
function monthOutput(run: MonthRun, lang: Lang, json: boolean) {
  const t = cliMessages(lang);
  return {
    ...(json && { json: (describe: Parameters<typeof monthJson>[1]) => monthJson(run, describe) }),
    wrote: (out: string) => (run.approvedOn ? t.wroteApproved(out, run.approvedOn) : t.wrote(out, run.result?.members.length ?? 0)),
  };
}

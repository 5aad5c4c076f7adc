import type { Lang } from "../i18n/catalogue";
import { yearCoverage } from "../i18n/words";
import { generateNotices } from "../register/notices-workflow";
import { finalizeYear, generateYear, publishYear, type YearRun } from "../register/year-workflow";
import { isIsoDate, isIsoYear } from "../scheme/dates";
import { parseArgs, UsageError } from "./args";
import { clock, localIso } from "./clock";
import { checkOutputFolder } from "./files";
import type { CliIo } from "./io";
import { yearJson } from "./json";
import { cliMessages } from "./messages";
import { inputFile, openRegister, outputFile, saveOrRefuse } from "./step-files";

/** `annual`: the year's 评星, its 公示 (--publicity-start) or its final stars (--finalize), into a new file. */
export async function annual(argv: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const t = cliMessages(lang);
  const { positional, options } = parseArgs(argv, ["year", "publicity-start", "out", "lang", "today"], ["json", "finalize", "verbose"]);
  const input = inputFile(positional, t);
  const year = String(options.get("year") ?? "");
  if (!isIsoYear(year)) throw new UsageError(t.badYear(year));
  const start = options.get("publicity-start");
  if (start !== undefined && !isIsoDate(String(start))) throw new UsageError(t.badStart(String(start)));
  const finalize = options.has("finalize");
  const step = finalize ? "星级" : start !== undefined ? "公示" : "评星";
  const out = outputFile(input, options.get("out"), `${year}年度`, step, t);
  const now = clock(options.get("today"), io, t);
  const generatedAt = localIso(now);
  await checkOutputFolder(out);

  const workbook = await openRegister(input, io, t);
  if (!workbook) return 2;
  // The steps run in order on the workbook in memory; the file is written once, only if every step could.
  const runs: YearRun[] = [];
  const base = { year, generatedAt };
  if (start !== undefined) runs.push(await publishYear(workbook, { ...base, start: String(start) }));
  else if (!finalize) runs.push(await generateYear(workbook, base));
  if (finalize && !runs.some((r) => r.blocked)) runs.push(await finalizeYear(workbook, { ...base, today: generatedAt.slice(0, 10) }));
  const run = runs[runs.length - 1];
  return saveOrRefuse(run, {
    workbook,
    out,
    lang,
    io,
    verbose: options.has("verbose"),
    ...(options.has("json") && { json: (describe: Parameters<typeof yearJson>[1]) => yearJson(run, describe, lang) }),
    ...(run.reasons.length > 0 && { refusal: t.refused(run.reasons.length) }),
    wrote: (file) =>
      [
        t.wroteYear(
          file,
          run.result?.members.length ?? 0,
          runs.flatMap((r) => r.sheetNames),
        ),
        ...(run.result ? [yearCoverage(run.result.covers, lang)] : []),
      ].join("\n"),
  });
}

/** `notices`: the year's 考核办法公示 and 承诺公示 (四公开), at any time of the year. */
export async function notices(argv: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const t = cliMessages(lang);
  const { positional, options } = parseArgs(argv, ["year", "out", "lang", "today"], ["verbose"]);
  const input = inputFile(positional, t);
  const year = String(options.get("year") ?? "");
  if (!isIsoYear(year)) throw new UsageError(t.badYear(year));
  const out = outputFile(input, options.get("out"), `${year}年度`, "考核办法和承诺公示", t);
  const now = clock(options.get("today"), io, t);

  const workbook = await openRegister(input, io, t);
  if (!workbook) return 2;
  const run = await generateNotices(workbook, { year, generatedAt: localIso(now) });
  return saveOrRefuse(run, {
    workbook,
    out,
    lang,
    io,
    verbose: options.has("verbose"),
    wrote: (file) => t.wroteYear(file, run.data.members.length, run.sheetNames),
  });
}

import { existsSync, statSync } from "fs";
import { readdir, readFile } from "fs/promises";
import path from "path";
import type { Lang } from "../i18n/catalogue";
import { rollupMessages } from "../i18n/rollup";
import { rollup, type Rollup } from "../register/rollup/rollup";
import { renderRollupSheet, rollupSheetName } from "../register/rollup/render";
import { rollupSource } from "../register/rollup/source";
import { pushAll } from "../scheme/arrays";
import { isIsoMonth, isIsoYear } from "../scheme/dates";
import { XlsxWorkbook } from "../xlsx/xlsx-workbook";
import { parseArgs, UsageError } from "./args";
import { clock, localIso } from "./clock";
import { checkOutputFolder, readFailure, saveOutput } from "./files";
import type { CliIo } from "./io";
import { cliMessages } from "./messages";
import { rollupJson } from "./rollup-json";

/**
 * `rollup`: a party committee's roll-up (党委汇总) of its branches' registers for a month or a year, into a
 * new workbook. The branches' files are only read. Exit 0 when the roll-up was written (also when some
 * branches are behind: that is information), 1 when no file could be read as a register, 2 for usage or
 * I/O errors.
 */
export async function rollupCommand(argv: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const t = cliMessages(lang);
  const r = rollupMessages(lang);
  const { positional, options } = parseArgs(argv, ["month", "year", "out", "lang", "today"], ["json"]);
  const month = options.get("month");
  const year = options.get("year");
  if ((month === undefined) === (year === undefined)) throw new UsageError(r.needsPeriod);
  const period = String(month ?? year);
  if (month !== undefined && !isIsoMonth(period)) throw new UsageError(t.badMonth(period));
  if (year !== undefined && !isIsoYear(period)) throw new UsageError(t.badYear(period));
  const now = clock(options.get("today"), io, t);
  const files = await branchFiles(positional, r);
  const out = path.resolve(String(options.get("out") ?? `${rollupSheetName(period)}.xlsx`));
  if (files.some((f) => path.resolve(f) === out)) throw new UsageError(t.sameAsInput);
  if (existsSync(out)) throw new UsageError(t.fileExists(out));
  await checkOutputFolder(out);

  const sources = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(file);
    } catch (e) {
      sources.push({ file, failure: "unreadable" as const, detail: readFailure(e, t, file) });
      continue;
    }
    // One file at a time: a workbook's memory is let go before the next is opened.
    sources.push(await rollupSource(file, bytes, period, (b) => XlsxWorkbook.fromBuffer(b)));
  }
  const result = rollup(sources, period, localIso(now).slice(0, 10));
  if (result.branches.length > 0) {
    const workbook = XlsxWorkbook.empty();
    await workbook.write({ sheets: [renderRollupSheet(result, { generatedAt: localIso(now) })] });
    await saveOutput(workbook, out);
  }
  if (options.has("json")) io.stdout(JSON.stringify(rollupJson(result, lang), null, 2));
  else if (result.branches.length > 0) io.stdout(summary(result, out, lang));
  const notes = [...skippedLines(result, lang), ...(options.has("json") ? [] : warningLines(result, lang))];
  if (result.branches.length === 0) notes.unshift(r.noRegister);
  if (notes.length > 0) io.stderr(notes.join("\n"));
  return result.branches.length > 0 ? 0 : 1;
}

/** The files named: each file as given, each folder's .xlsx files by name (Office's ~$ lock files left out). */
async function branchFiles(positional: readonly string[], r: ReturnType<typeof rollupMessages>): Promise<string[]> {
  if (positional.length === 0) throw new UsageError(r.noFiles);
  const files: string[] = [];
  for (const given of positional) {
    if (!existsSync(given)) throw new UsageError(r.notFound(given));
    if (!statSync(given).isDirectory()) {
      files.push(given);
      continue;
    }
    const names = (await readdir(given)).filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$")).sort();
    if (names.length === 0) throw new UsageError(r.noXlsx(given));
    pushAll(
      files,
      names.map((n) => path.join(given, n)),
    );
  }
  return files;
}

function summary(result: Rollup, out: string, lang: Lang): string {
  const r = rollupMessages(lang);
  return [r.wrote(out, result.branches.length, result.total.published), ...result.branches.map((b) => r.branchLine(b, lang))].join("\n");
}

function skippedLines(result: Rollup, lang: Lang): string[] {
  const r = rollupMessages(lang);
  if (result.skipped.length === 0) return [];
  return [
    r.skipped(result.skipped.length),
    ...result.skipped.map((s) => r.skippedLine(s.file, s.reason === "unreadable" && s.detail ? s.detail : r.skip[s.reason])),
  ];
}

function warningLines(result: Rollup, lang: Lang): string[] {
  const r = rollupMessages(lang);
  if (result.warnings.length === 0) return [];
  return [r.warnings(result.warnings.length), ...result.warnings.map((w) => `  ${r.warning(w)}`)];
}

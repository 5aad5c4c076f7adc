import { existsSync } from "fs";
import path from "path";
import type { Lang } from "../i18n/catalogue";
import { problemLines } from "../i18n/problem-groups";
import { describeProblem } from "../i18n/problems";
import { committeeTemplate } from "../register/rollup/committee-settings";
import { inputSheetNames } from "../register/sheet-names";
import { sampleRegister } from "../sample/sample-branch";
import { inputSheetPlans } from "../register/template";
import { XlsxWorkbook } from "../xlsx/xlsx-workbook";
import { parseArgs, UsageError } from "./args";
import { clock, localIso } from "./clock";
import { checkOutputFolder, saveOutput } from "./files";
import type { CliIo } from "./io";
import { cliMessages } from "./messages";
import { inputFile, openRegister } from "./step-files";

/**
 * `template`: an empty register (or, with --sample, one filled with an example branch) in a new file; with
 * --settings-from, an empty register carrying a committee's 设置 (the committee's file is only read).
 */
export async function template(argv: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const t = cliMessages(lang);
  const { positional, options } = parseArgs(argv, ["lang", "today", "settings-from"], ["sample"]);
  const file = inputFile(positional, t);
  if (existsSync(file)) throw new UsageError(t.fileExists(path.resolve(file)));
  const from = options.get("settings-from");
  if (from !== undefined && options.has("sample")) throw new UsageError(t.sampleOrSettings);
  const now = clock(options.get("today"), io, t);
  await checkOutputFolder(file);
  const sample = options.has("sample");
  let content = sample ? sampleRegister({ lastMonth: localIso(now).slice(0, 7) }) : undefined;
  if (from !== undefined) {
    const committee = await openRegister(String(from), io, t);
    if (!committee) return 2;
    const { content: fromCommittee, problems } = committeeTemplate(await committee.readSheets(inputSheetNames(["settings"])));
    if (!fromCommittee) {
      io.stderr([t.settingsFromRefused(String(from)), ...problemLines(problems, (p) => describeProblem(p, lang), lang)].join("\n"));
      return 1;
    }
    content = fromCommittee;
  }
  const workbook = XlsxWorkbook.empty();
  await workbook.write({ inputSheets: inputSheetPlans(content) });
  await saveOutput(workbook, file);
  io.stdout(from !== undefined ? t.templateFromSettings(path.resolve(file), String(from)) : t.templateWrote(path.resolve(file), sample));
  return 0;
}

import { existsSync } from "fs";
import path from "path";
import type { Lang } from "../i18n/catalogue";
import { sampleRegister } from "../sample/sample-branch";
import { inputSheetPlans } from "../register/template";
import { XlsxWorkbook } from "../xlsx/xlsx-workbook";
import { parseArgs, UsageError } from "./args";
import { clock, localIso } from "./clock";
import { checkOutputFolder, saveOutput } from "./files";
import type { CliIo } from "./io";
import { cliMessages } from "./messages";
import { inputFile } from "./step-files";

/** `template`: an empty register (or, with --sample, one filled with an example branch) in a new file. */
export async function template(argv: readonly string[], lang: Lang, io: CliIo): Promise<number> {
  const t = cliMessages(lang);
  const { positional, options } = parseArgs(argv, ["lang", "today"], ["sample"]);
  const file = inputFile(positional, t);
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

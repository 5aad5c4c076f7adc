import type { Lang } from "../i18n/catalogue";
import type { XlsxWorkbook } from "../xlsx/xlsx-workbook";
import { unmodelledPartName } from "../i18n/unmodelled";
import { outputSheetShape } from "../register/output-sheets";
import { importMessages } from "./import-messages";

/** An output sheet's name as the help writes it ("YYYY-MM 评星"), from the output sheets' table. */
const sheet = outputSheetShape;

/** The command line's own sentences (problem sentences come from src/i18n/problems). */
const zh = {
  lang: "zh-CN" as Lang,
  usage: `用法 / usage:
  star-register monthly <登记簿.xlsx> --month YYYY-MM [--publicity-start YYYY-MM-DD] [--out <输出.xlsx>] [--json] [--lang zh-CN|en-US]
  star-register annual <登记簿.xlsx> --year YYYY [--publicity-start YYYY-MM-DD] [--finalize [--today YYYY-MM-DD]]
                [--out <输出.xlsx>] [--json] [--lang zh-CN|en-US]
  star-register notices <登记簿.xlsx> --year YYYY [--out <输出.xlsx>] [--today YYYY-MM-DD] [--lang zh-CN|en-US]
  star-register template <新文件.xlsx> [--sample | --settings-from <党委.xlsx>] [--lang zh-CN|en-US]
  star-register rollup <登记簿.xlsx或文件夹>… --month YYYY-MM | --year YYYY [--out <汇总.xlsx>] [--json] [--today YYYY-MM-DD]
  star-register status <登记簿.xlsx> [--month YYYY-MM] [--year YYYY] [--json] [--today YYYY-MM-DD]
  star-register approve <登记簿.xlsx> --month YYYY-MM --date YYYY-MM-DD [--out <输出.xlsx>] [--json]
${importMessages("zh-CN").usage}

  monthly   读取登记簿，检查数据，生成“${sheet("month")}”和“${sheet("publicity")}”（公示时间自 --publicity-start，默认今天），
            组织生活会工作表有当月记录时同时生成“${sheet("meetingRecord")}”，写入新文件（不改动原文件）；
            已经党员大会通过、之后数据又有改动的月份，须加 --reopen 才重新生成（通过随之撤销并记入生成记录）
  status    显示本月和本年度的进度（例如“2026年11月：已生成 · 待党员大会通过”），不写任何文件；不加 --month 时显示
            正在收尾的月份：上月和本月中较早的、有数据而尚未通过的一个
  approve   记录党员大会通过本月结果的日期：只限已生成、生成后数据未改动的月份，日期不晚于今天、不早于生成日期
  annual    生成“${sheet("year")}”；加 --publicity-start 同时生成“${sheet("yearPublicity")}”（公示天数见设置，不少于7天）；
            加 --finalize 在公示期满、异议核查完毕后确定年度星级，生成“${sheet("final")}”“${sheet("outcomes")}”“${sheet("archive")}”
            （--today 默认为今天）
  notices   生成“${sheet("rules")}”和“${sheet("commitments")}”（四公开），全年随时可生成，设置或承诺变化后重新生成
  template  写出一个空白登记簿（含全部输入工作表、表头和下拉选项）；--sample 写入示例支部；
            --settings-from 让新登记簿的设置与党委的登记簿相同（支部名称、书记和公示联系人除外）
  rollup    党委汇总：读取各支部的登记簿（或文件夹中全部 .xlsx，只读不改），写出“${sheet("rollupMonth")}”或“${sheet("rollupYear")}”；
            各支部的数字取自其已生成的结果，未生成、未通过或生成后有改动的支部如实标明；
            不是登记簿、已损坏或已加密的文件列出原因，其余照常汇总
${importMessages("zh-CN").usageNote}

  --verbose 逐条列出全部错误和提醒（默认同类问题合并为一行，注明处数和前几处单元格）

退出码：0 已写出（rollup：有支部未生成也是 0）；1 数据有错误、没有一个文件是登记簿、尚不能确定星级或不能记录通过（原因见提示），未写出；2 用法错误，或文件无法读取、写入。`,
  wrote: (file: string, members: number) => `已写出 ${file}（${members} 人）。`,
  wroteApproved: (file: string, date: string) => `已写出 ${file}：本月结果已于 ${date} 经党员大会通过。`,
  badDate: (value: string) => `--date 应为 YYYY-MM-DD，例如 2026-11-28，而不是“${value}”。`,
  blocked: (errors: number, warnings: number) => `有 ${errors} 个错误${warnings ? `、${warnings} 个提醒` : ""}，未写出结果。请改正后重试：`,
  warnings: (n: number) => `${n} 个提醒：`,
  templateWrote: (file: string, sample: boolean) => `已写出${sample ? "示例" : "空白"}登记簿 ${file}。`,
  templateFromSettings: (file: string, from: string) => `已写出空白登记簿 ${file}，设置取自 ${from}（支部名称、书记和公示联系人由支部填写）。`,
  settingsFromRefused: (from: string) => `${from} 的设置有错误，未写出登记簿。请改正后重试：`,
  sampleOrSettings: "--sample 和 --settings-from 不能同时使用。",
  fileExists: (file: string) => `文件已存在：${file}。为保护您的文件，不会覆盖；请换一个文件名。`,
  sameAsInput: "输出文件不能是输入文件本身：请用 --out 指定另一个文件。",
  cannotRead: (file: string, why: string) => `无法读取 ${file}：${why}`,
  cannotWrite: (file: string, why: string) => `无法写入 ${file}：${why}。未写出任何文件。`,
  systemReasons: {
    ENOENT: "所在文件夹不存在",
    ENOTDIR: "路径中有一项不是文件夹",
    EACCES: "没有在该文件夹写入的权限",
    EPERM: "没有在该文件夹写入的权限",
    EROFS: "该文件夹所在的磁盘只读",
    ENOSPC: "磁盘已满",
    EDQUOT: "磁盘配额已用完",
    EISDIR: "这是一个文件夹",
    ENAMETOOLONG: "文件名太长",
    EEXIST: "文件已存在",
  } as Record<string, string>,
  readReasons: { ENOENT: "文件不存在", EACCES: "没有读取权限", EPERM: "没有读取权限", EISDIR: "这是一个文件夹，不是文件" } as Record<string, string>,
  unexpected: (why: string) =>
    `处理失败（程序内部错误）：${why}。未写出任何文件。请把这条消息和所用的文件告诉维护人员；设置环境变量 STAR_REGISTER_DEBUG=1 可显示详细信息。`,
  unmodelled: (items: readonly string[]) => `注意：原文件中的以下内容本工具无法保留，输出文件中将没有它们（原文件不受影响）：${items.join("；")}。`,
  badMonth: (value: string) => `--month 应为 YYYY-MM，例如 2026-11，而不是“${value}”。`,
  badToday: (value: string) => `--today 应为 YYYY-MM-DD，而不是“${value}”。`,
  badYear: (value: string) => `--year 应为 YYYY，例如 2026，而不是“${value}”。`,
  badStart: (value: string) => `--publicity-start 应为 YYYY-MM-DD，例如 2026-12-01，而不是“${value}”。`,
  refused: (reasons: number) => `现在还不能确定年度星级（${reasons} 个原因），未写出结果：`,
  wroteYear: (file: string, members: number, sheets: readonly string[]) => `已写出 ${file}（${members} 人）：${sheets.join("、")}。`,
  badLang: (value: string) => `--lang 只能是 zh-CN 或 en-US，而不是“${value}”。`,
  missingFile: "缺少文件参数。",
  needsValue: (option: string) => `--${option} 后面需要一个值。`,
  unknownOption: (option: string) => `未知的选项 --${option}。`,
  unknownCommand: (c: string) => `未知的命令“${c}”。`,
};

export type CliMessages = typeof zh;

const en: CliMessages = {
  lang: "en-US",
  usage: `usage:
  star-register monthly <register.xlsx> --month YYYY-MM [--publicity-start YYYY-MM-DD] [--out <file.xlsx>] [--json] [--lang zh-CN|en-US]
  star-register annual <register.xlsx> --year YYYY [--publicity-start YYYY-MM-DD] [--finalize [--today YYYY-MM-DD]]
                [--out <file.xlsx>] [--json] [--lang zh-CN|en-US]
  star-register notices <register.xlsx> --year YYYY [--out <file.xlsx>] [--today YYYY-MM-DD] [--lang zh-CN|en-US]
  star-register template <file.xlsx> [--sample | --settings-from <committee.xlsx>] [--lang zh-CN|en-US]
  star-register rollup <register.xlsx or folder>… --month YYYY-MM | --year YYYY [--out <rollup.xlsx>] [--json] [--today YYYY-MM-DD]
  star-register status <register.xlsx> [--month YYYY-MM] [--year YYYY] [--json] [--today YYYY-MM-DD]
  star-register approve <register.xlsx> --month YYYY-MM --date YYYY-MM-DD [--out <file.xlsx>] [--json]
${importMessages("en-US").usage}

  monthly   reads the register, checks it, and writes "${sheet("month")}" and "${sheet("publicity")}" (publicity from
            --publicity-start, default today), with "${sheet("meetingRecord")}" when the 组织生活会 sheet has rows
            for the month, into a new file (the input file is never changed); a month approved before whose
            data changed since needs --reopen (the approval is then dropped, and the log says so)
  status    prints where the month and the year stand (e.g. "November 2026: generated · awaiting the members' meeting");
            without --month, the month being closed: the earlier of last month and this one with data, not yet approved
  approve   records the date the members' meeting passed the month: only a generated month whose data are
            unchanged since, with a date neither after today nor before the generation
  annual    writes "${sheet("year")}"; with --publicity-start also "${sheet("yearPublicity")}" (days from the settings, at least 7);
            with --finalize, once the period has ended and no objection is 待核查, fixes the final stars and writes
            "${sheet("final")}", "${sheet("outcomes")}" and "${sheet("archive")}" (--today defaults to today)
  notices   writes "${sheet("rules")}" and "${sheet("commitments")}" (四公开), any time of the year; regenerate after changes
  template  writes an empty register with every input sheet, headers and drop-down lists; --sample writes the sample branch;
            --settings-from gives it the settings of a committee's register (but the branch's name, secretary and contact)
  rollup    a committee's roll-up: reads the branches' registers (or every .xlsx of a folder; read only) and writes
            "${sheet("rollupMonth")}" or "${sheet("rollupYear")}" from what each branch generated, saying which branches are not
            generated, not approved or changed since; a file that is not a register, damaged or encrypted is
            listed with its reason and the rest roll up
${importMessages("en-US").usageNote}

  --verbose lists every error and warning on its own line (by default, problems of one kind are one line with
            their count and first cells)

exit codes: 0 written (rollup: also when some branches are behind); 1 errors in the data, no file is a register, or the stars cannot be fixed or the approval recorded yet (the reason is
printed), nothing written; 2 wrong usage, or a file that cannot be read or written.`,
  wrote: (file: string, members: number) => `Wrote ${file} (${members} people).`,
  wroteApproved: (file: string, date: string) => `Wrote ${file}: the month was approved by the members' meeting on ${date}.`,
  badDate: (value: string) => `--date must be YYYY-MM-DD, e.g. 2026-11-28, not "${value}".`,
  blocked: (errors: number, warnings: number) => `${errors} errors${warnings ? ` and ${warnings} warnings` : ""}: nothing written. Fix them and run again:`,
  warnings: (n: number) => `${n} warnings:`,
  templateWrote: (file: string, sample: boolean) => `Wrote the ${sample ? "sample" : "empty"} register ${file}.`,
  templateFromSettings: (file: string, from: string) =>
    `Wrote the empty register ${file} with the settings of ${from} (the branch fills in its name, secretary and publicity contact).`,
  settingsFromRefused: (from: string) => `The settings of ${from} have errors: nothing written. Fix them and run again:`,
  sampleOrSettings: "--sample and --settings-from cannot be used together.",
  fileExists: (file: string) => `${file} exists and is not overwritten; choose another file name.`,
  sameAsInput: "The output file cannot be the input file: name another with --out.",
  cannotRead: (file: string, why: string) => `Cannot read ${file}: ${why}`,
  cannotWrite: (file: string, why: string) => `Cannot write ${file}: ${why}. Nothing was written.`,
  systemReasons: {
    ENOENT: "its folder does not exist",
    ENOTDIR: "a part of the path is not a folder",
    EACCES: "no permission to write in that folder",
    EPERM: "no permission to write in that folder",
    EROFS: "the folder is on a read-only disk",
    ENOSPC: "the disk is full",
    EDQUOT: "the disk quota is used up",
    EISDIR: "it is a folder",
    ENAMETOOLONG: "the file name is too long",
    EEXIST: "the file exists",
  },
  readReasons: { ENOENT: "no such file", EACCES: "no permission to read it", EPERM: "no permission to read it", EISDIR: "it is a folder, not a file" },
  unexpected: (why: string) =>
    `Failed (an internal error): ${why}. Nothing was written. Please report this message and the file used; set STAR_REGISTER_DEBUG=1 for details.`,
  unmodelled: (items: readonly string[]) =>
    `Note: the output file will lack what this tool cannot carry over from the input (which is unchanged): ${items.join("; ")}.`,
  badMonth: (value: string) => `--month must be YYYY-MM, e.g. 2026-11, not "${value}".`,
  badToday: (value: string) => `--today must be YYYY-MM-DD, not "${value}".`,
  badYear: (value: string) => `--year must be YYYY, e.g. 2026, not "${value}".`,
  badStart: (value: string) => `--publicity-start must be YYYY-MM-DD, e.g. 2026-12-01, not "${value}".`,
  refused: (reasons: number) => `The final stars cannot be fixed yet (${reasons} ${reasons === 1 ? "reason" : "reasons"}); nothing written:`,
  wroteYear: (file: string, members: number, sheets: readonly string[]) => `Wrote ${file} (${members} people): ${sheets.join(", ")}.`,
  badLang: (value: string) => `--lang must be zh-CN or en-US, not "${value}".`,
  missingFile: "A file argument is missing.",
  needsValue: (option: string) => `--${option} needs a value.`,
  unknownOption: (option: string) => `Unknown option --${option}.`,
  unknownCommand: (c: string) => `Unknown command "${c}".`,
};

export function cliMessages(lang: Lang): CliMessages {
  return lang === "en-US" ? en : zh;
}

/** Names, before writing, what the input holds that the output copy will lack (xlsx/zip-parts.ts). */
export function announceLosses(workbook: Pick<XlsxWorkbook, "unmodelled">, io: { stderr: (text: string) => void }, t: CliMessages): void {
  const parts = workbook.unmodelled;
  if (parts.length > 0) io.stderr(t.unmodelled(parts.map((p) => unmodelledPartName(p, t.lang))));
}

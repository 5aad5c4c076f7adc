import type { Lang } from "../i18n/catalogue";
import type { ColumnRole, ExportShape } from "../register/import";

/** The sentences of `star-register import-ballots` (problem sentences come from src/i18n/problems). */
const zh = {
  usage: `  star-register import-ballots <登记簿.xlsx> <导出.xlsx|.csv> --period YYYY-MM|YYYY [--sheet <工作表>]
                [--map "列名=编号"]… [--skip "列名"]… [--prefix <票号前缀>] [--out <输出.xlsx>] [--json] [--lang zh-CN|en-US]`,
  usageNote: `  import-ballots  把问卷星、腾讯问卷、Microsoft Forms 导出的评议结果、按人一列的汇总表或逐条名单导入“民主评议”，
                  写入新文件（不改动原文件）；先列出每一列对应的人，对应不上的列用 --map 指定或 --skip 跳过；
                  同一期的第二份问卷（也从1编号）用 --prefix 给票号加前缀`,
  missingFiles: "import-ballots 需要两个文件：登记簿和导出的评议结果。",
  badPeriod: (value: string) => `--period 应为 YYYY-MM（月度评议）或 YYYY（年度评议），而不是“${value}”。`,
  badMap: (value: string) => `--map 应写成 "列名=编号"，例如 --map "4、张伟=D003"，而不是“${value}”。`,
  sameAsExport: "输出文件不能是导出文件本身：请用 --out 指定另一个文件。",
  source: (file: string, sheet: string | undefined, shape: string, headerRow: number | null, period: string) =>
    `导入 ${file}${sheet ? `（工作表 ${sheet}）` : ""}：${shape}${headerRow ? `，表头在第 ${headerRow} 行` : ""}；评议期 ${period}`,
  shapes: { wjx: "问卷星导出", tencent: "腾讯问卷导出", forms: "Microsoft Forms 导出", plain: "按人一列的评议表", long: "逐条评议名单" } satisfies Record<
    ExportShape,
    string
  >,
  unknownShape: "无法识别的格式",
  mappingTitle: (long: boolean): string => (long ? "被评议人的对应：" : "列的对应："),
  mapped: (member: string, via: string) => `→ ${member}${via}`,
  viaContains: "（按列名中的姓名，请核对）",
  viaOverride: "（按指定）",
  skipped: "→ 跳过",
  ambiguous: (candidates: string) => `→ ？可能是：${candidates}`,
  unknown: "→ ？对应不到人员名册中的人",
  near: (names: string) => `→ ？对应不到人员名册中的人；姓名相近的有：${names}（请核对后用 --map 指定，不会自动采用）`,
  counts: (auto: number, byHand: number, skipped: number) => `已自动对应 ${auto} 列，手动指定 ${byHand} 列，跳过 ${skipped} 列。`,
  fixHint: (header: string, skippable: boolean) => `    用 --map "${header}=编号" 指定${skippable ? `，或 --skip "${header}" 跳过` : ""}`,
  others: "其他列：",
  roles: {
    metadata: "已忽略",
    quiz: "测验列，已忽略",
    id: "票号来源",
    ballot: "票号",
    voter: "评议人",
    email: "评议人（邮箱）",
    role: "身份",
    period: "评议期",
    target: "被评议人",
    grade: "等次",
    score: "分数",
  } satisfies Record<Exclude<ColumnRole, "question">, string>,
  report: (ballots: number, voters: number, roster: number, rate: number | null) =>
    `评议票 ${ballots} 张；评议人 ${voters} 人，应参评 ${roster} 人${rate === null ? "" : `（${Math.round(rate * 100)}%）`}`,
  marksPerMember: "每人得票：",
  skippedRows: "跳过的行：",
  row: (row: number) => `第 ${row} 行`,
  wrote: (file: string, ballots: number) => `已写出 ${file}：民主评议新增 ${ballots} 张评议票。`,
  notRead: (errors: number) => `导出文件无法读取（${errors} 个问题），没有导入：`,
};

type ImportMessages = typeof zh;

const en: ImportMessages = {
  usage: `  star-register import-ballots <register.xlsx> <export.xlsx|.csv> --period YYYY-MM|YYYY [--sheet <sheet>]
                [--map "header=ID"]… [--skip "header"]… [--prefix <ballot prefix>] [--out <file.xlsx>] [--json] [--lang zh-CN|en-US]`,
  usageNote: `  import-ballots  imports appraisal results — 问卷星, 腾讯问卷 and Microsoft Forms exports, one-column-per-member sheets,
                  long lists — into 民主评议 and writes a new file (the input is never changed); it shows which
                  member each column is, and a column that matches no one is mapped with --map or skipped with --skip;
                  a second questionnaire of the same period (also numbered from 1) takes a --prefix for its ballot numbers`,
  missingFiles: "import-ballots needs two files: the register and the export.",
  badPeriod: (value: string) => `--period must be YYYY-MM (a month's appraisal) or YYYY (the year-end one), not "${value}".`,
  badMap: (value: string) => `--map must be "header=ID", e.g. --map "4、张伟=D003", not "${value}".`,
  sameAsExport: "The output file cannot be the export itself: name another with --out.",
  source: (file: string, sheet: string | undefined, shape: string, headerRow: number | null, period: string) =>
    `Importing ${file}${sheet ? ` (sheet ${sheet})` : ""}: ${shape}${headerRow ? `, header in row ${headerRow}` : ""}; period ${period}`,
  shapes: {
    wjx: "a 问卷星 export",
    tencent: "a 腾讯问卷 export",
    forms: "a Microsoft Forms export",
    plain: "a one-column-per-member sheet",
    long: "a long list of marks",
  },
  unknownShape: "not recognised",
  mappingTitle: (long: boolean) => (long ? "Members as written:" : "Columns:"),
  mapped: (member: string, via: string) => `→ ${member}${via}`,
  viaContains: " (a name found inside the header: please check)",
  viaOverride: " (as given)",
  skipped: "→ skipped",
  ambiguous: (candidates: string) => `→ ? could be: ${candidates}`,
  unknown: "→ ? no one on the roster",
  near: (names: string) => `→ ? no one on the roster; close names: ${names} (check, then --map it: never applied by itself)`,
  counts: (auto: number, byHand: number, skipped: number) => `${auto} matched automatically, ${byHand} mapped by you, ${skipped} skipped.`,
  fixHint: (header: string, skippable: boolean) => `    map it with --map "${header}=ID"${skippable ? `, or skip it with --skip "${header}"` : ""}`,
  others: "Other columns:",
  roles: {
    metadata: "ignored",
    quiz: "quiz column, ignored",
    id: "ballot number from it",
    ballot: "ballot number",
    voter: "voter",
    email: "voter (e-mail)",
    role: "role",
    period: "period",
    target: "member appraised",
    grade: "grade",
    score: "score",
  },
  report: (ballots: number, voters: number, roster: number, rate: number | null) =>
    `${ballots} ballots; ${voters} voters for ${roster} members assessed${rate === null ? "" : ` (${Math.round(rate * 100)}%)`}`,
  marksPerMember: "Marks per member: ",
  skippedRows: "Rows skipped:",
  row: (row: number) => `row ${row}`,
  wrote: (file: string, ballots: number) => `Wrote ${file}: ${ballots} ballots added to 民主评议.`,
  notRead: (errors: number) => `The export cannot be read (${errors} problems); nothing imported:`,
};

export function importMessages(lang: Lang): ImportMessages {
  return lang === "en-US" ? en : zh;
}

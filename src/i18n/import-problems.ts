import type { ImportCode } from "../register/import/codes";
import type { Lang } from "./catalogue";

/**
 * Sentences of the ballot-import problems (register/import/codes.ts), in zh-CN and en-US; spread into the
 * problem catalogue of ./problems. The place (the export's cell, e.g. '[问卷.xlsx]Sheet1'!G5, or 民主评议!B30)
 * is added by describeProblem. A code without a sentence in either language is a type error.
 */
type Args = Record<string, string | number>;
type Sentences = Record<ImportCode, (a: Args) => string>;

const v = (a: Args, k: string) => String(a[k] ?? "");

const NOT_SPREADSHEET_ZH: Record<string, string> = {
  html: "它是网页（HTML）格式，只是扩展名像 Excel 文件",
  zip: "它是压缩包，但不是 Excel 工作簿",
  binary: "它不是表格文件",
};
const NOT_SPREADSHEET_EN: Record<string, string> = {
  html: "it is a web page (HTML) with a spreadsheet's extension",
  zip: "it is a zip archive but not an Excel workbook",
  binary: "it is not a spreadsheet",
};

/** The sources of ballots already in 民主评议 (register/import/ballot-number.ts), in the order listed. */
const SOURCES_ZH: [string, string][] = [
  ["paper", "纸质票或手工录入"],
  ["wjx", "问卷星导入"],
  ["tencent", "腾讯问卷导入"],
  ["forms", "Microsoft Forms 导入"],
  ["imported", "其他名单导入"],
];
const SOURCES_EN: [string, string][] = [
  ["paper", "paper ballots or typed in"],
  ["wjx", "imported from 问卷星"],
  ["tencent", "imported from 腾讯问卷"],
  ["forms", "imported from Microsoft Forms"],
  ["imported", "imported from other lists"],
];

function sources(a: Args, words: [string, string][], separator: string, count: (word: string, n: number) => string): string {
  return words
    .filter(([key]) => Number(a[key] ?? 0) > 0)
    .map(([key, word]) => count(word, Number(a[key])))
    .join(separator);
}

const zh: Sentences = {
  "import.file-empty": (a) => `文件“${v(a, "file")}”是空的，没有可导入的评议结果。请重新导出后再试。`,
  "import.file-not-spreadsheet": (a) =>
    `无法读取“${v(a, "file")}”：${NOT_SPREADSHEET_ZH[v(a, "kind")] ?? NOT_SPREADSHEET_ZH.binary}。请用 Excel 或 WPS 打开，另存为 .xlsx 或 CSV 后再导入。`,
  "import.file-xls": (a) => `“${v(a, "file")}”是旧版 Excel 97-2003（.xls）文件，不能直接读取。请用 Excel 或 WPS 打开，另存为 .xlsx 后再导入。`,
  "import.file-encoding": (a) =>
    `“${v(a, "file")}”的文字编码无法识别（不是 UTF-8，也不是 GBK/GB18030）。请用 Excel 或 WPS 打开，另存为 .xlsx 或“CSV UTF-8”后再导入。`,
  "import.sheet-missing": (a) => `文件中没有名为“${v(a, "wanted")}”的工作表。文件中的工作表有：${v(a, "sheets")}。`,
  "import.sheet-chosen": (a) => `文件中有多张工作表（${v(a, "sheets")}），读取的是第一张有内容的“${v(a, "chosen")}”；如不对，请指定工作表。`,
  "import.shape-unknown": () =>
    `认不出这是哪种评议结果：前10行中找不到问卷星（序号、提交答卷时间……）、腾讯问卷（编号、开始答题时间……）、Microsoft Forms（ID、Start time、Completion time……）的表头，找不到以人员名册中的姓名或编号为列名的列，也找不到“被评议人”和“等次/分数”列。`,
  "import.roster-empty": () => `人员名册中没有人员，无法对应被评议人。请先填写人员名册。`,
  "import.column-member-unknown": (a) =>
    `列“${v(a, "header")}”对应不到人员名册中的任何人，但有 ${v(a, "answers")} 个回答。${a.suggestions ? `姓名相近的有：${v(a, "suggestions")}，是否写错了字？` : ""}请指定这一列评议的是谁（编号），或说明跳过这一列。`,
  "import.column-member-ambiguous": (a) => `列“${v(a, "header")}”可能是多个人：${v(a, "candidates")}。请指定这一列评议的是谁（编号）。`,
  "import.column-member-duplicate": (a) =>
    `列“${v(a, "header")}”和 ${v(a, "first")} 列都对应${v(a, "name")}，同一人只能有一列。请改正其中一列的对应，或跳过一列。`,
  "import.column-unused": (a) => `列“${v(a, "header")}”对应不到人员名册中的任何人，也没有回答，已忽略。`,
  "import.override-column-unknown": (a) => `指定的列“${v(a, "column")}”在导出文件中找不到（可写列名，或列字母如 G）。`,
  "import.override-member-unknown": (a) => `为列“${v(a, "column")}”指定的“${v(a, "value")}”不是人员名册中的编号或唯一的姓名；跳过这一列请写 skip。`,
  "import.answer-invalid": (a) => `回答“${v(a, "value")}”（列“${v(a, "header")}”）不是评议等次或分数：应为优秀、合格、基本合格、不合格，或0–100的分数。`,
  "import.answers-option-numbers": () =>
    `所有回答都是1–5的数字，像是按“选项序号”导出的（1、2、3、4 代表选项，不是分数）。请在问卷系统中按“选项文本”重新下载，再导入。`,
  "import.mark-twice": (a) => `同一张票对${v(a, "name")}评价了两次（第一次在 ${v(a, "first")}）。`,
  "import.ballot-number-twice": (a) => `票号“${v(a, "ballotNo")}”在导出文件中出现两次（第一次在第 ${v(a, "first")} 行），每张票的票号应唯一。`,
  "import.voter-twice": (a) => `评议人“${v(a, "voter")}”在导出文件中提交了两次（第一次在第 ${v(a, "first")} 行）。请删除多余的一份后再导入。`,
  "import.voter-not-on-roster": (a) => `${v(a, "count")} 位署名的评议人不在人员名册中（${v(a, "names")}），无法检查他们是否给自己打分。`,
  "import.already-imported": (a) =>
    `这份结果已经导入过：${v(a, "total")} 张票中有 ${v(a, "count")} 张的票号（如“${v(a, "first")}”）在民主评议中已有（评议期 ${v(a, "period")}）。为避免重复计票，没有导入。`,
  "import.ballot-number-taken": (a) =>
    `票号“${v(a, "ballotNo")}”在民主评议中已有（${v(a, "existing")}，评议期 ${v(a, "period")}），但那张票的内容不同：像是另一份问卷也从1开始编号。请给这份导出加一个票号前缀（例如“群众问卷”）后再导入。`,
  "import.voter-has-ballot": (a) => `评议人“${v(a, "voter")}”在评议期 ${v(a, "period")} 已有一张票（${v(a, "existing")}），同一人每期只能有一张票。`,
  "import.period-has-ballots": (a) =>
    `评议期 ${v(a, "period")} 在民主评议中已有 ${v(a, "count")} 张评议票（${sources(a, SOURCES_ZH, "，", (w, n) => `${w} ${n} 张`)}）。这次导入的 ${v(a, "adding")} 张将添加在后面，两者都计入评议；如果其中有同一批评议，请不要重复导入。`,
  "import.no-ballots": () => `导出文件中没有一份有评价的答卷，没有可导入的评议票。`,
  "import.row-empty": () => `这一行没有任何评价，跳过。`,
  "import.row-other-period": (a) => `这一行的评议期是 ${v(a, "value")}，不是要导入的 ${v(a, "period")}，跳过。`,
  "import.row-no-ballot": () => `这一行既没有票号也没有评议人，无法归入哪张票，跳过。`,
};

const en: Sentences = {
  "import.file-empty": (a) => `"${v(a, "file")}" is empty: there are no ballots to import. Export it again and retry.`,
  "import.file-not-spreadsheet": (a) =>
    `Cannot read "${v(a, "file")}": ${NOT_SPREADSHEET_EN[v(a, "kind")] ?? NOT_SPREADSHEET_EN.binary}. Open it in Excel or WPS, save it as .xlsx or CSV, and import that.`,
  "import.file-xls": (a) =>
    `"${v(a, "file")}" is an old Excel 97-2003 (.xls) file, which cannot be read directly. Open it in Excel or WPS and save it as .xlsx.`,
  "import.file-encoding": (a) =>
    `The text encoding of "${v(a, "file")}" is neither UTF-8 nor GBK/GB18030. Open it in Excel or WPS and save it as .xlsx or "CSV UTF-8".`,
  "import.sheet-missing": (a) => `The file has no sheet named "${v(a, "wanted")}". Its sheets are: ${v(a, "sheets")}.`,
  "import.sheet-chosen": (a) =>
    `The file has several sheets (${v(a, "sheets")}); the first with data, "${v(a, "chosen")}", was read. Name the sheet if that is wrong.`,
  "import.shape-unknown": () =>
    `The export is not recognised: the first 10 rows hold no 问卷星 header (序号, 提交答卷时间, …), no 腾讯问卷 header (编号, 开始答题时间, …), no Microsoft Forms header (ID, Start time, Completion time, …), no column headed by a roster name or ID, and no 被评议人 with 等次/分数 columns.`,
  "import.roster-empty": () => `The roster is empty, so no one can be matched. Fill in the roster first.`,
  "import.column-member-unknown": (a) =>
    `Column "${v(a, "header")}" matches no one on the roster but has ${v(a, "answers")} answers.${a.suggestions ? ` Close names on the roster: ${v(a, "suggestions")} — a misspelling?` : ""} Say whom it appraises (their ID), or skip it.`,
  "import.column-member-ambiguous": (a) => `Column "${v(a, "header")}" could be several people: ${v(a, "candidates")}. Say whom it appraises (their ID).`,
  "import.column-member-duplicate": (a) =>
    `Column "${v(a, "header")}" and column ${v(a, "first")} both match ${v(a, "name")}; one column per person. Map or skip one of them.`,
  "import.column-unused": (a) => `Column "${v(a, "header")}" matches no one on the roster and has no answers; ignored.`,
  "import.override-column-unknown": (a) => `The column "${v(a, "column")}" given is not in the export (give its header, or its letter such as G).`,
  "import.override-member-unknown": (a) =>
    `"${v(a, "value")}", given for column "${v(a, "column")}", is neither a roster ID nor a unique name; write skip to skip the column.`,
  "import.answer-invalid": (a) =>
    `Answer "${v(a, "value")}" (column "${v(a, "header")}") is not a grade or a score: use 优秀, 合格, 基本合格, 不合格 or a number 0–100.`,
  "import.answers-option-numbers": () =>
    `Every answer is a number 1–5: the export looks like one by option number (1, 2, 3, 4 stand for options, not scores). Download it again by option text (按选项文本) and import that.`,
  "import.mark-twice": (a) => `The same ballot marks ${v(a, "name")} twice (first at ${v(a, "first")}).`,
  "import.ballot-number-twice": (a) =>
    `Ballot number "${v(a, "ballotNo")}" appears twice in the export (first in row ${v(a, "first")}); ballot numbers must be unique.`,
  "import.voter-twice": (a) => `Voter "${v(a, "voter")}" answered twice (first in row ${v(a, "first")}). Delete the extra response and import again.`,
  "import.voter-not-on-roster": (a) => `${v(a, "count")} named voters are not on the roster (${v(a, "names")}): their marks for themselves cannot be caught.`,
  "import.already-imported": (a) =>
    `This export was imported before: ${v(a, "count")} of its ${v(a, "total")} ballot numbers (e.g. "${v(a, "first")}") are already in 民主评议 for ${v(a, "period")}. Nothing was imported, so no ballot counts twice.`,
  "import.ballot-number-taken": (a) =>
    `Ballot number "${v(a, "ballotNo")}" is already in 民主评议 (${v(a, "existing")}, period ${v(a, "period")}) with different marks: another questionnaire seems to number its responses the same way. Give this export a ballot-number prefix (e.g. "mass") and import it again.`,
  "import.voter-has-ballot": (a) =>
    `Voter "${v(a, "voter")}" already has a ballot for ${v(a, "period")} (${v(a, "existing")}); one ballot per person and period.`,
  "import.period-has-ballots": (a) =>
    `民主评议 already has ${v(a, "count")} ballots for ${v(a, "period")} (${sources(a, SOURCES_EN, ", ", (w, n) => `${n} ${w}`)}). The ${v(a, "adding")} imported now are added after them and both count; do not import the same appraisal twice.`,
  "import.no-ballots": () => `No response in the export has a mark: there are no ballots to import.`,
  "import.row-empty": () => `The row has no mark; skipped.`,
  "import.row-other-period": (a) => `The row's period is ${v(a, "value")}, not ${v(a, "period")}; skipped.`,
  "import.row-no-ballot": () => `The row has neither a ballot number nor a voter, so it belongs to no ballot; skipped.`,
};

/** The import sentences of each language. */
export const IMPORT_SENTENCES: Record<Lang, Sentences> = { "zh-CN": zh, "en-US": en };

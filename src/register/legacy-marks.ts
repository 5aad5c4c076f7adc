/**
 * The marks that the first release left on the sheets it wrote, so that a row of its registry (version 1:
 * a sheet's name, no reference formula) is taken as proof of ownership only when the sheet it names still
 * looks as that release wrote it. A version 1 row is a claim: since it was written, the person may have
 * deleted our sheet and made her own under the name, or renamed ours and made hers; her sheet lacks our
 * title row and layout, so it is refused like any person's sheet that reuses one of our names.
 *
 * The words are frozen as the first release wrote them (`src/register/render/labels.ts` of that release);
 * they must not follow later changes of the renderers, which never write a version 1 registry. The first
 * release wrote its sheets in Chinese only. One row per sheet kind: the name, the title in A1 (after the
 * branch's name and a space, as `joinTitle` wrote it) and a second mark of its layout within the first
 * {@link LEGACY_MARK_ROWS} rows. test/register/legacy-marks.test.ts checks every row against a register
 * that release wrote (test/fixtures/legacy/first-release.xlsx).
 */
import { chineseMonth, isIsoMonth } from "../scheme/dates";
import type { CellValue } from "./cells";

/** How much of a claimed sheet the marks need, from A1: what an adapter reads before it decides. */
export const LEGACY_MARK_ROWS = 12;
export const LEGACY_MARK_COLUMNS = 16;
/** The same block as an A1 range address. */
export const LEGACY_MARK_RANGE = "A1:P12";

type Top = readonly (readonly CellValue[])[];

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/** A1 holds the title: the words alone, or after the branch's name and a space. */
function titled(top: Top, words: string): boolean {
  const a1 = text(top[0]?.[0]);
  return a1 === words || a1.endsWith(` ${words}`);
}

/** Some row within the block begins with these cells (a table's header). */
function hasRow(top: Top, cells: readonly string[]): boolean {
  return top.slice(0, LEGACY_MARK_ROWS).some((row) => cells.every((c, i) => text(row[i]) === c));
}

/** Column A of the 1-based row begins with the words. */
function rowStarts(top: Top, row: number, words: string): boolean {
  return text(top[row - 1]?.[0]).startsWith(words);
}

interface LegacyKind {
  /** The sheet names of the kind; group 1 is the month (YYYY-MM) or the year (YYYY). */
  name: RegExp;
  marks: (top: Top, period: string) => boolean;
}

const ARCHIVE_TITLES = ["党员创先争优活动档案", "干部职工创先争优活动档案"];
const archiveMarks = (top: Top, year: string) =>
  ARCHIVE_TITLES.includes(text(top[0]?.[0])) && titled([[top[1]?.[0] ?? null]], `${year}年度`) && rowStarts(top, 3, "姓名：");

/** The first release's sheet kinds and their marks. */
const LEGACY_KINDS: readonly LegacyKind[] = [
  {
    name: /^(\d{4}-\d{2}) 评星$/,
    marks: (top, p) => titled(top, `${chineseMonth(p)}党员积分评星结果`) && hasRow(top, ["排名", "编号", "姓名", "党小组", "记实考核", "民主评议"]),
  },
  { name: /^(\d{4}-\d{2}) 公示$/, marks: (top, p) => titled(top, `${chineseMonth(p)}党员积分评星结果公示`) && hasRow(top, ["序号", "姓名", "党小组"]) },
  { name: /^(\d{4}-\d{2}) 组织生活会记录$/, marks: (top, p) => titled(top, `${chineseMonth(p)}组织生活会记录`) && hasRow(top, ["出席情况"]) },
  { name: /^(\d{4}) 年度评星$/, marks: (top, y) => titled(top, `${y}年度党员积分评星结果`) && hasRow(top, ["排名", "编号", "姓名", "党小组", "考核月数"]) },
  { name: /^(\d{4}) 年度公示$/, marks: (top, y) => titled(top, `${y}年度党员积分评星结果公示`) && hasRow(top, ["序号", "姓名", "党小组", "记实考核均分"]) },
  {
    name: /^(\d{4}) 年度星级$/,
    marks: (top, y) => titled(top, `${y}年度党员积分评星最终结果`) && hasRow(top, ["排名", "编号", "姓名", "党小组", "年度得分", "拟评等级"]),
  },
  {
    name: /^(\d{4}) 结果运用$/,
    marks: (top, y) => titled(top, `${y}年度党员积分评星结果运用`) && rowStarts(top, 2, "支部：") && rowStarts(top, 3, "生成时间："),
  },
  { name: /^(\d{4}) 档案$/, marks: archiveMarks },
  { name: /^(\d{4}) 档案-.+$/, marks: archiveMarks },
  {
    name: /^(\d{4}) 考核办法公示$/,
    marks: (top, y) => titled(top, `${y}年度党员积分评星考核办法公示`) && hasRow(top, ["序号", "类别（五带头）", "考核项目", "满分"]),
  },
  {
    name: /^(\d{4}) 承诺公示$/,
    marks: (top, y) => titled(top, `${y}年度党员承诺事项及兑现情况公示`) && hasRow(top, ["序号", "姓名", "四德", "方面", "承诺内容"]),
  },
  { name: /^()生成记录$/, marks: (top) => hasRow(top.slice(0, 1), ["时间", "操作", "期间", "人数", "错误", "警告", "指纹"]) },
];

/**
 * True when a sheet of this name carries the marks the first release left on a sheet of its kind: `top` is
 * the sheet's values from A1 (at least {@link LEGACY_MARK_RANGE}, more is ignored). A name of no kind the
 * first release wrote carries none.
 */
export function carriesFirstReleaseMarks(name: string, top: Top): boolean {
  for (const kind of LEGACY_KINDS) {
    const m = kind.name.exec(name.trim());
    if (!m) continue;
    // A name like "2026-13 评星" names no month: not a sheet the first release could have written.
    return (m[1].length !== 7 || isIsoMonth(m[1])) && kind.marks(top, m[1]);
  }
  return false;
}

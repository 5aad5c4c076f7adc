/**
 * The messages of the functions' formula errors: short, Chinese first, then English ("中文 / English"),
 * because a custom function cannot tell which language the person reading the cell speaks. Each says
 * what was expected and what was given.
 */

/** Names an argument in both languages. */
export interface Subject {
  readonly zh: string;
  readonly en: string;
}

/** The score arguments. */
export const SUBJECTS = {
  score: { zh: "得分", en: "score" },
  appraisal: { zh: "民主评议得分", en: "appraisal" },
  record: { zh: "记实考核得分", en: "record" },
} as const satisfies Record<string, Subject>;

const MAX_SHOWN = 20;

function both(zh: string, en: string): string {
  return `${zh} / ${en}`;
}

/** A given value as a message shows it: text quoted (and shortened), numbers and booleans as Excel writes them. */
function shown(value: unknown, lang: "zh" | "en"): string {
  if (typeof value === "string") {
    const text = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
    return lang === "zh" ? `“${text}”` : `"${text}"`;
  }
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return String(value);
  // An error value in an input cell, where Excel passes one (an object with its code, e.g. '#DIV/0!').
  const code = (value as { code?: unknown } | null)?.code;
  if (typeof code === "string") return code;
  return lang === "zh" ? "非数值" : "not a plain value";
}

/** Where in a range (1-based, relative to the range's top left cell). */
export interface CellPosition {
  row: number;
  column: number;
}

function atZh(p: CellPosition): string {
  return `区域第${p.row}行第${p.column}列`;
}

function atEn(p: CellPosition): string {
  return `row ${p.row}, column ${p.column} of the range`;
}

export const MESSAGES = {
  scoreBlank: (s: Subject) => both(`无${s.zh}（单元格为空）`, `no ${s.en} (blank cell)`),
  scoreNotNumber: (s: Subject, v: unknown) => both(`${s.zh}应为0–100的数，不是${shown(v, "zh")}`, `${s.en} must be a number 0–100, not ${shown(v, "en")}`),
  scoreOutOfRange: (s: Subject, v: unknown) => both(`${s.zh}应在0–100之间，不是${shown(v, "zh")}`, `${s.en} must be within 0–100, not ${shown(v, "en")}`),

  thresholdsCount: (n: number) => both(`星级下限应为五个数（五星到一星），不是${n}个`, `thresholds must be five numbers (five stars to one), not ${n}`),
  thresholdNotNumber: (p: CellPosition, v: unknown) =>
    both(`星级下限应为数，${atZh(p)}是${shown(v, "zh")}`, `thresholds must be numbers, ${atEn(p)} is ${shown(v, "en")}`),
  thresholdOutOfRange: (v: string) => both(`星级下限应在0–100之间，不是${v}`, `thresholds must be within 0–100, not ${v}`),
  thresholdsNotDescending: (higher: string, lower: string) =>
    both(`星级下限应从高到低排列：${lower}不低于${higher}`, `thresholds must be strictly descending: ${lower} is not below ${higher}`),

  weightNotNumber: (v: unknown) =>
    both(`民主评议权重应为0–1的数（如0.3或30%），不是${shown(v, "zh")}`, `appraisalWeight must be a number 0–1 (e.g. 0.3 or 30%), not ${shown(v, "en")}`),
  weightOutOfRange: (v: unknown) =>
    both(`民主评议权重应在0–1之间（如0.3或30%），不是${shown(v, "zh")}`, `appraisalWeight must be within 0–1 (e.g. 0.3 or 30%), not ${shown(v, "en")}`),

  trimInvalid: (v: unknown) => both(`去掉最高最低分应为TRUE或FALSE（是/否），不是${shown(v, "zh")}`, `trim must be TRUE or FALSE, not ${shown(v, "en")}`),

  gradePointsColumns: (n: number) => both(`等级分值应为两列：等级、分值（不是${n}列）`, `gradePoints must be two columns, grade and points (not ${n})`),
  gradeUnknown: (p: CellPosition, v: unknown) =>
    both(
      `${atZh(p)}的${shown(v, "zh")}不是等级：应为优秀、合格、基本合格或不合格`,
      `${shown(v, "en")} at ${atEn(p)} is not a grade: use 优秀, 合格, 基本合格 or 不合格`,
    ),
  gradeRepeated: (grade: string) => both(`等级“${grade}”出现了两次`, `grade "${grade}" is given twice`),
  gradePointsBlank: (grade: string) => both(`“${grade}”的分值为空`, `the points of "${grade}" are blank`),
  gradePointsNotNumber: (grade: string, v: unknown) =>
    both(`“${grade}”的分值应为0–100的数，不是${shown(v, "zh")}`, `the points of "${grade}" must be a number 0–100, not ${shown(v, "en")}`),
  gradePointsOutOfRange: (grade: string, v: unknown) =>
    both(`“${grade}”的分值应在0–100之间，不是${shown(v, "zh")}`, `the points of "${grade}" must be within 0–100, not ${shown(v, "en")}`),

  markInvalid: (p: CellPosition, v: unknown) =>
    both(
      `${atZh(p)}的评价${shown(v, "zh")}无效：应为优秀、合格、基本合格、不合格或0–100的数`,
      `the mark ${shown(v, "en")} at ${atEn(p)} must be a grade or a number 0–100`,
    ),
  markOutOfRange: (p: CellPosition, v: unknown) =>
    both(`${atZh(p)}的评分${shown(v, "zh")}应在0–100之间`, `the mark ${shown(v, "en")} at ${atEn(p)} must be within 0–100`),
  noMarks: () => both("未评议：没有有效评价", "not appraised: no valid mark"),

  pointsNotNumber: (p: CellPosition, v: unknown) =>
    both(`记实分应为0–100的数，${atZh(p)}是${shown(v, "zh")}`, `points must be numbers 0–100, ${atEn(p)} is ${shown(v, "en")}`),
  pointsOutOfRange: (p: CellPosition, v: unknown) =>
    both(`记实分应在0–100之间，${atZh(p)}是${shown(v, "zh")}`, `points must be within 0–100, ${atEn(p)} is ${shown(v, "en")}`),
  pointsOver100: (total: string) => both(`各项记实分合计${total}，超过了100`, `the points add up to ${total}, more than 100`),
  noPoints: () => both("未考核：没有记实分", "not assessed: no points"),
  adjustmentNotNumber: (p: CellPosition, v: unknown) =>
    both(`加减分应为数（如+2或-1），${atZh(p)}是${shown(v, "zh")}`, `adjustments must be numbers (e.g. +2 or -1), ${atEn(p)} is ${shown(v, "en")}`),

  startBlank: () => both("无公示开始日期（单元格为空）", "no start date (blank cell)"),
  startNotDate: (v: unknown) =>
    both(`公示开始日期应为日期（如2026-12-1），不是${shown(v, "zh")}`, `start must be a date (e.g. 2026-12-01), not ${shown(v, "en")}`),
  startOutOfRange: (v: unknown) => both(`公示开始日期超出Excel的日期范围：${shown(v, "zh")}`, `start is outside Excel's dates: ${shown(v, "en")}`),
  daysInvalid: (v: unknown) => both(`公示天数应为不少于7的整数，不是${shown(v, "zh")}`, `days must be a whole number of at least 7, not ${shown(v, "en")}`),
  decimalsInvalid: (v: unknown) => both(`小数位数应为0、1或2，不是${shown(v, "zh")}`, `decimals must be 0, 1 or 2, not ${shown(v, "en")}`),
  settingsInvalid: (cell: string) =>
    both(
      `设置表${cell}有误，请先改正（任务窗格的“检查”会列出全部问题）`,
      `the 设置 (settings) sheet has an error at ${cell}: correct it first (the task pane's check lists every problem)`,
    ),
  settingsUnreadable: () =>
    both("无法读取本登记簿的设置表，请重新计算（Ctrl+Alt+F9）", "could not read this register's 设置 (settings) sheet: recalculate (Ctrl+Alt+F9)"),
  blankOrZero: () =>
    both(
      "无法判断所引用的单元格是空白还是0：此版本Excel把空白单元格当作0传入，请在单元格中填写数值或删除该引用",
      "cannot tell whether a referenced cell is blank or 0 (this Excel passes blank cells as 0): fill in the cell or leave it out",
    ),
  blankOrZeroNoAddresses: () =>
    both(
      "无法判断传入的0是数值0还是空白单元格：此版本Excel不向函数提供参数所在的单元格（需要CustomFunctionsRuntime 1.3），又可能把空白单元格当作0传入；只有直接写在公式中的数字或单元格引用能判断，计算得出的参数不能。请直接引用单元格，或更新Excel，或在任务窗格中生成评星表",
      "cannot tell whether the 0 passed in is a 0 or a blank cell: this Excel gives functions no argument addresses (CustomFunctionsRuntime 1.3) and may pass blank cells as 0; only a number typed in the formula or a cell reference can be told, not a calculated argument. Refer to the cell directly, update Excel, or generate the results in the task pane",
    ),
  endOutOfRange: () => both("公示截止日超出Excel的日期范围", "the end date is beyond Excel's last date"),
} as const;

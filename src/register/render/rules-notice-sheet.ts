/**
 * The year's rules notice `YYYY 考核办法公示` (四公开 1, docs/rules.md The four openness rules), print-ready on
 * A4 portrait. Every number comes from the settings and criteria the engine uses — the weights, the
 * rounding, the grade points, trimming, the minimum of valid marks, the 优秀 cap where set, the thresholds,
 * the publicity days, 评优最低星级 and 整改期限 — never from fixed text: change a setting and the regenerated
 * notice changes with it.
 *
 * Layout (8 columns A–H):
 *   title 「{支部名称} 2026年度党员积分评星考核办法公示」, lead paragraph
 *   一、考核内容: a sentence, then the criteria table 序号 | 类别（五带头） | 考核项目 | 满分 | 考核要点 (E:H), 合计
 *   二、考核程序: the four stages 承诺记实 → 一讲二评三公示 → 计分评星 → 公示反馈, with the meeting timing
 *   三、考核方法: formula, record, appraisal (grade points, trimming, minimum, self-marks), the 优秀 cap,
 *       rounding, the star table 星级 | 标识 | 综合得分, the annual score
 *   四、结果运用: monthly 优秀, 评先评优, 戒勉谈话 with 整改期限, the 党外 use
 *   contact line, then the signature block (E:H): 支部名称 and the date.
 */
import type { Settings } from "../../scheme/settings";
import { GRADES } from "../../scheme/settings";
import { STAR_LABELS, starText } from "../../scheme/stars";
import type { Criterion } from "../../scheme/types";
import type { SheetPlan } from "../sheet-plan";
import { datePart, percentText } from "./format";
import { labelsFor } from "./labels";
import { noticeClosing, paragraphRow, printedSheet, type PrintBlock } from "./print-layout";
import { SheetBuilder } from "./sheet-builder";
import { FONTS, HEADER_FILL, STAR_STYLES, TOTAL_FILL } from "./styles";
import { formatHeader, sectionRow } from "./tables";
import { fittedHeight, spanWidth } from "./text-fit";
import type { RenderContext } from "./context";

const WIDTH = 8;
const COLUMN_WIDTHS = [6, 16, 12, 7, 12, 12, 12, 11];
const ROW_HEIGHT = 20;

/** The rules notice's inputs: the year and the criteria besides the settings. */
export interface RulesNoticeInput {
  year: string;
  criteria: readonly Criterion[];
}

/** "2026 考核办法公示" */
export function rulesNoticeSheetName(year: string, lang?: RenderContext["lang"]): string {
  return labelsFor(lang).sheetNames.rules(year);
}

/** The rules notice of a year. */
export function renderRulesNotice(input: RulesNoticeInput, ctx: RenderContext): SheetPlan {
  const L = labelsFor(ctx.lang);
  const R = L.rules;
  const s = ctx.settings;
  const b = new SheetBuilder(WIDTH);
  const blocks: PrintBlock[] = [];
  const paragraph = (text: string) => paragraphRow(b, COLUMN_WIDTHS, text);
  const section = (text: string, keepWith: number) => {
    const r = sectionRow(b, text, 26);
    blocks.push({ from: r, to: r + keepWith });
    return r;
  };

  b.mergedRow(R.title(s.branchName, input.year), { font: FONTS.publicityTitle, horizontal: "center", vertical: "center" }, { height: 40 });
  paragraph(R.lead(s.branchName.trim(), input.year));

  // 一、考核内容
  section(R.contentSection, 3);
  paragraph(R.contentLead);
  const header = b.row(R.criteriaColumns, ROW_HEIGHT + 2);
  b.merge(header, 4, header, WIDTH - 1);
  formatHeader(b, header, false);
  input.criteria.forEach((c, i) => {
    const description = c.description ?? "";
    const height = fittedHeight(
      [
        { text: description, width: spanWidth(COLUMN_WIDTHS, 4, WIDTH - 1) },
        { text: c.category, width: COLUMN_WIDTHS[1] },
      ],
      ROW_HEIGHT,
      16,
    );
    const r = b.row([i + 1, c.category, c.name, c.max, description], height);
    b.merge(r, 4, r, WIDTH - 1);
  });
  const total = input.criteria.reduce((sum, c) => sum + c.max, 0);
  const totalRow = b.row([R.criteriaTotal, "", "", total], ROW_HEIGHT);
  b.merge(totalRow, 0, totalRow, 2);
  b.merge(totalRow, 4, totalRow, WIDTH - 1);
  b.format(totalRow, 0, totalRow, WIDTH - 1, { fill: TOTAL_FILL, font: { bold: true } });
  if (input.criteria.length > 0) {
    b.format(header + 1, 0, totalRow - 1, WIDTH - 1, { vertical: "center", wrap: true });
    b.format(header + 1, 0, totalRow, 0, { horizontal: "center" });
    // "General" shows 20 as 20 and 7.5 as 7.5; "0.##" would print a whole number with its point ("20.").
    b.format(header + 1, 3, totalRow, 3, { horizontal: "center", numberFormat: "General" });
  }
  b.format(header, 0, totalRow, WIDTH - 1, { border: "thin" });

  // 二、考核程序
  section(R.procedureSection, 1);
  for (const line of R.procedure(s.recorder.trim(), s.monthlyPublicityDays, s.annualPublicityDays)) paragraph(line);

  // 三、考核方法
  section(R.methodSection, 1);
  const weights = [percentText(s.appraisalWeight), percentText(s.recordWeight)] as const;
  paragraph(R.formula(weights[0], weights[1]));
  paragraph(R.record);
  const points = GRADES.map((g) => `${g}${s.gradePoints[g] ?? ""}分`).join("、");
  paragraph(R.appraisal(points, s.trimExtremes, s.minValidMarks, s.allowSelfMark));
  let n = 4;
  const cap = excellentCapText(s);
  if (cap !== null) {
    paragraph(R.excellentCap(cap));
    n += 1;
  }
  paragraph(R.rounding(n, s.decimals));
  const starsLine = paragraph(R.stars(n + 1));
  const starHeader = b.row(R.starColumns, ROW_HEIGHT);
  b.merge(starHeader, 0, starHeader, 1);
  b.merge(starHeader, 2, starHeader, 3);
  b.merge(starHeader, 4, starHeader, WIDTH - 1);
  b.format(starHeader, 0, starHeader, WIDTH - 1, { font: FONTS.header, fill: HEADER_FILL, horizontal: "center" });
  const t = s.thresholds;
  for (let stars = 5; stars >= 0; stars--) {
    const range = stars === 0 ? R.noStar(t[4]) : R.starRange(t[5 - stars], stars === 5 ? null : t[4 - stars]);
    const r = b.row([STAR_LABELS[stars], "", starText(stars), "", range], ROW_HEIGHT);
    b.merge(r, 0, r, 1);
    b.merge(r, 2, r, 3);
    b.merge(r, 4, r, WIDTH - 1);
    b.format(r, 0, r, 3, STAR_STYLES[stars] ?? {});
  }
  b.format(starHeader, 0, b.nextRow - 1, WIDTH - 1, { border: "thin", horizontal: "center" });
  blocks.push({ from: starsLine, to: b.nextRow - 1 });
  paragraph(R.annual(n + 2, weights[0], weights[1], s.annualMinMonths));

  // 四、结果运用
  section(R.outcomesSection, 2);
  const monthly = `${STAR_LABELS[s.monthlyExcellentStars] ?? `${s.monthlyExcellentStars}星级`}${s.monthlyExcellentStars < 5 ? "及以上" : ""}`;
  const commendation = `${STAR_LABELS[s.commendationMinStars] ?? `${s.commendationMinStars}星级`}${s.commendationMinStars < 5 ? "及以上" : ""}`;
  for (const line of R.outcomes(monthly, commendation, s.rectificationMonths)) paragraph(line);

  blocks.push(
    noticeClosing(b, COLUMN_WIDTHS, {
      gaps: [10, 16],
      text: R.contact((s.publicityContact || s.secretary).trim(), s.contactPhone.trim()),
      branchName: s.branchName,
      date: R.date(datePart(ctx.generatedAt) ?? `${input.year}-01-01`),
      signatureHeight: 22,
    }),
  );

  return printedSheet(b, {
    name: L.sheetNames.rules(input.year),
    columnWidths: COLUMN_WIDTHS,
    font: FONTS.publicityBody,
    margins: { top: 0.7, bottom: 0.7, left: 0.6, right: 0.6 },
    pages: { blocks },
    lang: ctx.lang,
  });
}

/**
 * 每票优秀上限 as the notice prints it: a share written as a branch writes it (1/3; 33% for hundredths;
 * otherwise n/d), or null when no cap is set.
 */
export function excellentCapText(s: Settings): string | null {
  const cap = s.excellentCap;
  if (cap === null) return null;
  if (cap.denominator === 100) return `${cap.numerator}%`;
  return `${cap.numerator}/${cap.denominator}`;
}

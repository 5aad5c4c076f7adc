/**
 * Every sheet the add-in writes, one entry each (docs/workbook.md, Sheets the add-in writes): its name, the
 * renderer that draws it, the workflow and the 生成记录 action that own it, where its words are, and its print
 * setup. The sheet names of render/labels.ts, the renderers' page orientation (through `printedSheet`), the
 * print script's pages and the command line's help read this table; test/register/output-sheets.test.ts
 * checks it against what the workflows really write. Adding an output sheet starts here (docs/architecture.md,
 * Adding an output sheet). Data only: this module imports nothing that renders, so every part may read it.
 */
import { LOG_SHEET } from "./schema";

/** What an output sheet's name carries: a month (YYYY-MM), a year (YYYY), or nothing (the log). */
export type OutputPeriod = "month" | "year" | "none";

/** The modules whose plan functions write output sheets (src/register/…, or the roll-up's command and page). */
export type OutputWorkflow = "month-workflow" | "prepare-month" | "year-workflow" | "notices-workflow" | "rollup" | "every step";

export interface OutputSheet {
  /** The name for a period (YYYY-MM or YYYY; ignored for the log). Never longer than 31 characters. */
  name: (period: string, who?: string) => string;
  period: OutputPeriod;
  /** The exported function that draws it (src/register/render, ballot-paper.ts or rollup/render.ts). */
  renderer: string;
  /** Where it is planned: the module and its plan function. */
  workflow: OutputWorkflow;
  plan: string;
  /** The 生成记录 action its writing records (a LogAction of render/labels.ts); null when none is logged. */
  logAction: string | null;
  /** Where its words are: a section of render/labels.ts, or the module that holds them. */
  labels: string;
  /** Its print setup: A4 in this orientation, one page wide. */
  print: { orientation: "portrait" | "landscape" };
  /** The file name of its pages in docs/print (scripts/print/print-pages.ts); absent when not printed there. */
  printFile?: string;
  /** True when it is written into a committee's roll-up workbook, not into a branch's register. */
  committee?: true;
}

const MONTH = "month" as const;
const YEAR = "year" as const;
const PORTRAIT = { orientation: "portrait" } as const;
const LANDSCAPE = { orientation: "landscape" } as const;

/** The output sheets, keyed as render/labels.ts names them. */
export const OUTPUT_SHEETS = {
  month: {
    name: (p: string) => `${p} 评星`,
    period: MONTH,
    renderer: "renderMonthSheet",
    workflow: "month-workflow",
    plan: "planMonth",
    logAction: "monthly",
    labels: "month",
    print: LANDSCAPE,
    printFile: "month-sheet",
  },
  publicity: {
    name: (p: string) => `${p} 公示`,
    period: MONTH,
    renderer: "renderPublicitySheet",
    workflow: "month-workflow",
    plan: "planMonth",
    logAction: "monthly",
    labels: "publicity",
    print: PORTRAIT,
    printFile: "month-publicity",
  },
  meetingRecord: {
    name: (p: string) => `${p} 组织生活会记录`,
    period: MONTH,
    renderer: "renderMeetingRecord",
    workflow: "month-workflow",
    plan: "planMonth",
    logAction: "monthly",
    labels: "meetingRecord",
    print: PORTRAIT,
    printFile: "meeting-record",
  },
  ballotPaper: {
    name: (p: string) => `${p} 评议票`,
    period: MONTH,
    renderer: "renderBallotPaper",
    workflow: "prepare-month",
    plan: "planPrepareMonth",
    logAction: null,
    labels: "ballot-paper.ts",
    print: PORTRAIT,
  },
  year: {
    name: (y: string) => `${y} 年度评星`,
    period: YEAR,
    renderer: "renderYearSheet",
    workflow: "year-workflow",
    plan: "planYear",
    logAction: "annual",
    labels: "year",
    print: LANDSCAPE,
    printFile: "year-sheet",
  },
  yearPublicity: {
    name: (y: string) => `${y} 年度公示`,
    period: YEAR,
    renderer: "renderYearPublicitySheet",
    workflow: "year-workflow",
    plan: "planPublish",
    logAction: "annualPublicity",
    labels: "yearPublicity",
    print: PORTRAIT,
    printFile: "year-publicity",
  },
  final: {
    name: (y: string) => `${y} 年度星级`,
    period: YEAR,
    renderer: "renderFinalSheet",
    workflow: "year-workflow",
    plan: "planFinalize",
    logAction: "finalStars",
    labels: "final",
    print: LANDSCAPE,
  },
  outcomes: {
    name: (y: string) => `${y} 结果运用`,
    period: YEAR,
    renderer: "renderOutcomesSheet",
    workflow: "year-workflow",
    plan: "planFinalize",
    logAction: "finalStars",
    labels: "outcomes",
    print: PORTRAIT,
  },
  archive: {
    name: (y: string) => `${y} 档案`,
    period: YEAR,
    renderer: "renderArchiveSheet",
    workflow: "year-workflow",
    plan: "planFinalize",
    logAction: "finalStars",
    labels: "archive",
    print: PORTRAIT,
  },
  /** One member's archive printed alone; `who` is the name (with the 编号 when two share it). */
  memberArchive: {
    name: (y: string, who?: string) => `${y} 档案-${who ?? ""}`,
    period: YEAR,
    renderer: "renderArchiveSheet",
    workflow: "year-workflow",
    plan: "planArchiveMember",
    logAction: "archive",
    labels: "archive",
    print: PORTRAIT,
  },
  rules: {
    name: (y: string) => `${y} 考核办法公示`,
    period: YEAR,
    renderer: "renderRulesNotice",
    workflow: "notices-workflow",
    plan: "planNotices",
    logAction: "notices",
    labels: "rules",
    print: PORTRAIT,
    printFile: "rules-notice",
  },
  commitments: {
    name: (y: string) => `${y} 承诺公示`,
    period: YEAR,
    renderer: "renderCommitmentsNotice",
    workflow: "notices-workflow",
    plan: "planNotices",
    logAction: "notices",
    labels: "commitments",
    print: PORTRAIT,
    printFile: "commitments-notice",
  },
  log: {
    name: () => LOG_SHEET,
    period: "none",
    renderer: "renderLogSheet",
    workflow: "every step",
    plan: "logSheet",
    logAction: null,
    labels: "log",
    print: PORTRAIT,
  },
  rollupMonth: {
    name: (p: string) => `${p} 党委汇总`,
    period: MONTH,
    renderer: "renderRollupSheet",
    workflow: "rollup",
    plan: "rollup",
    logAction: null,
    labels: "rollup/render.ts",
    print: LANDSCAPE,
    committee: true,
  },
  rollupYear: {
    name: (y: string) => `${y} 党委汇总`,
    period: YEAR,
    renderer: "renderRollupSheet",
    workflow: "rollup",
    plan: "rollup",
    logAction: null,
    labels: "rollup/render.ts",
    print: LANDSCAPE,
    committee: true,
  },
} as const satisfies Record<string, OutputSheet>;

export type OutputSheetKey = keyof typeof OUTPUT_SHEETS;

const PERIOD_PATTERN: Record<OutputPeriod, string> = { month: "(\\d{4}-\\d{2})", year: "(\\d{4})", none: "()" };
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The pattern of an output sheet's names, built from its name function: group 1 is the period; a member's
 * archive takes any name after its dash.
 */
export function outputSheetPattern(key: OutputSheetKey): RegExp {
  const entry: OutputSheet = OUTPUT_SHEETS[key];
  const marker = "\u0000";
  const [before, after] = entry.name(marker, "\u0001").split(marker);
  const tail = after === undefined ? "" : escape(after).replace("\u0001", ".+");
  return new RegExp(`^${escape(before)}${after === undefined ? "" : PERIOD_PATTERN[entry.period]}${tail}$`);
}

/** The output sheet a name belongs to (the most specific entry when two patterns match), or undefined. */
export function outputSheetNamed(name: string): { key: OutputSheetKey; sheet: OutputSheet; period: string } | undefined {
  const keys = Object.keys(OUTPUT_SHEETS) as OutputSheetKey[];
  for (const key of keys) {
    const match = outputSheetPattern(key).exec(name);
    if (match) return { key, sheet: OUTPUT_SHEETS[key], period: match[1] ?? "" };
  }
  return undefined;
}

/** An output sheet's name as the help and the documents write it: "YYYY-MM 评星", "YYYY 年度星级". */
export function outputSheetShape(key: OutputSheetKey): string {
  const entry: OutputSheet = OUTPUT_SHEETS[key];
  return entry.name(entry.period === "month" ? "YYYY-MM" : "YYYY", "姓名");
}

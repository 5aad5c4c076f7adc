import { isIsoMonth, isIsoYear } from "../../scheme/dates";
import { columnLetters, type Grid } from "../cells";
import { fitRunText } from "../cell-text";
import type { SheetData } from "../port";
import { readRegister } from "../read/read-register";
import { ProblemCollector } from "../read/problems";
import { cellText } from "../read/values";
import { findInputSheet, inputSheetNames, isInputSheetName } from "../sheet-names";
import { longBallots, Overrides, questionBallots, type RowContext } from "./build-ballots";
import { changeFor } from "./append-ballots";
import { checkBallots, existingOf, report } from "./check-ballots";
import { rosterIndex } from "./match";
import type { ImportOptions, ImportPlan, ImportSource } from "./plan-types";
import { recognise } from "./shapes";

/**
 * Importing ballots, pure: an export's grid and the register's 人员名册 and 民主评议 in; the shape, the
 * column-to-member mapping, the ballots, a report, the problems and — only when no error remains — the
 * change that appends the ballots to 民主评议 out. The mapping is meant to be shown before anything is
 * written; a column that matched no one or several people is an error until `overrides` settles it.
 */

export type { ColumnMapping, ImportedBallot, ImportOptions, ImportPlan, ImportReport, ImportSource, OtherColumn, SkippedRow } from "./plan-types";

/** The sheets an import reads: the roster and 民主评议, by their Chinese and English names. */
export function importSheetsToRead(): string[] {
  return inputSheetNames(["roster", "ballots"]);
}

/** The export as a sheet name in problems: Excel's external-reference form `[file.xlsx]Sheet1`. */
export function exportSheetLabel(source: ImportSource): string {
  const base = source.fileName.split(/[\\/]/).pop() ?? source.fileName;
  return `[${base}]${source.sheet ?? ""}`;
}

/** Plans the import of an export's grid into the register's 民主评议 for one period. Pure. */
export function planImport(exportGrid: Grid, registerSheets: ReadonlyMap<string, SheetData>, options: ImportOptions): ImportPlan {
  const { period } = options;
  if (!isIsoMonth(period) && !isIsoYear(period)) throw new RangeError(`period must be YYYY-MM or YYYY: ${period}`);
  const problems = new ProblemCollector();
  const label = exportSheetLabel(options.source);
  const fileName = options.source.fileName.split(/[\\/]/).pop() ?? options.source.fileName;

  const sheets = new Map([...registerSheets].filter(([, s]) => isInputSheetName(s.name, "roster") || isInputSheetName(s.name, "ballots")));
  const { data, problems: readProblems } = readRegister(sheets, { periods: new Set([period]), require: ["roster", "ballots"] });
  problems.addAll(readProblems);
  const roster = rosterIndex(data.members);
  const plan: ImportPlan = {
    period,
    exportSheet: label,
    shape: null,
    headerRow: null,
    mapping: [],
    otherColumns: [],
    ballots: [],
    report: { ballots: 0, marksPerMember: [], turnout: { voters: 0, roster: 0, rate: null }, skippedRows: [], existing: existingOf(data.ballots) },
    problems: [],
    blocked: true,
    members: data.members,
  };
  const finish = (): ImportPlan => {
    plan.problems = problems.finish();
    plan.blocked = plan.problems.some((p) => p.severity === "error");
    if (plan.blocked) delete plan.change;
    return plan;
  };

  const rosterSheet = findInputSheet(sheets, "roster").sheet;
  if (rosterSheet && data.members.length === 0 && !readProblems.some((p) => p.severity === "error")) problems.at("import.roster-empty", rosterSheet.name, "");
  if (exportGrid.every((row) => !row || row.every((v) => cellText(v) === ""))) {
    problems.at("import.file-empty", label, "", { file: fileName });
    return finish();
  }
  if (data.members.length === 0) return finish();

  const layout = recognise(exportGrid, roster);
  if (!layout) {
    problems.at("import.shape-unknown", label, "");
    return finish();
  }
  plan.shape = layout.shape;
  plan.headerRow = layout.headerRow + 1;
  for (const c of layout.columns) {
    if (c.role !== "question") plan.otherColumns.push({ column: columnLetters(c.column), header: c.header, role: c.role });
  }

  const context: RowContext = {
    grid: exportGrid,
    layout,
    label,
    period,
    roster,
    problems,
    skipped: plan.report.skippedRows,
    date1904: options.source.date1904 === true,
  };
  const overrides = new Overrides(options.overrides ?? {});
  const built = layout.shape === "long" ? longBallots(context, overrides) : questionBallots(context, overrides);
  const prefix = options.ballotPrefix?.trim();
  if (prefix) for (const b of built.ballots) b.ballotNo = `${prefix}-${b.ballotNo}`;
  plan.mapping = built.mapping;
  plan.ballots = built.ballots;
  overrides.reportUnused(problems, label);

  checkBallots(context, built, data.ballots, fileName);
  plan.report = { ...report(plan.ballots, data.members, period, plan.report.skippedRows), existing: plan.report.existing };
  if (!problems.items.some((p) => p.severity === "error")) plan.change = changeFor(sheets, roster, plan.ballots, period);
  return fitRunText(finish(), [...sheets.values(), { name: label, values: exportGrid }]);
}

/**
 * The self-check (自检): each kind of operation the add-in uses, tried on a scratch sheet with the very
 * calls the writer makes (build-sheet.ts), each in its own request so that one refusal is told apart from
 * the others; then the scratch sheets are removed. Nothing leaves the workbook, and nothing the person made
 * is touched. A diagnostic run, not a write path: one round trip per operation is its point.
 *
 * Should removing the scratch sheets fail, their names (`~生成中-…`) make the next write remove them.
 */
import type { SheetPlan } from "../register/sheet-plan";
import { buildSheetOps } from "./build-sheet";
import type { ExcelRun } from "./excel-workbook";
import { API, type ApiSupport } from "./features";
import { toExcelGrid } from "./text-safety";
import { deleteOurSheet, SCRATCH_PREFIX } from "./change-check";

/** The operations checked, in order. */
export const SELF_CHECK_OPS = [
  "addSheet",
  "values",
  "textAsText",
  "formats",
  "columnWidths",
  "freezePanes",
  "printSetup",
  "pageBreaks",
  "dataValidation",
  "chart",
  "hideSheet",
  "mergedAreas",
  "functionBlank",
  "functionZero",
  "functionRecord",
  "removeSheets",
] as const;
export type SelfCheckOp = (typeof SELF_CHECK_OPS)[number];

/** What the host says of itself. */
export interface HostInfo {
  /** Office.context.platform: "PC", "Mac", "OfficeOnline", "iOS"… ("" outside Office). */
  platform: string;
  /** Office.context.diagnostics.version, e.g. "16.0.17928.20114". */
  version: string;
  /** The ExcelApi versions the host supports, ascending ("1.1" … ). */
  excelApi: string[];
  /** Whether the host has the shared runtime (custom functions and the ribbon button). */
  sharedRuntime: boolean;
}

export interface CheckOutcome {
  op: SelfCheckOp;
  status: "ok" | "failed" | "skipped";
  /** The Office.js error code of a failure ("InvalidArgument"), or the check's own ("TextChanged"). */
  code?: string;
  message?: string;
  /** For a skipped operation: the ExcelApi version it needs. */
  needs?: string;
}

export interface SelfCheckReport {
  host: HostInfo;
  outcomes: CheckOutcome[];
}

/** ExcelApi versions asked about (1.1 to 1.20). */
const VERSIONS = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);

/** The host's facts from Office (outside Office: empty). */
export function officeHostInfo(): HostInfo {
  if (typeof Office === "undefined" || !Office.context) return { platform: "", version: "", excelApi: [], sharedRuntime: false };
  const requirements = Office.context.requirements;
  return {
    platform: String(Office.context.platform ?? ""),
    version: Office.context.diagnostics?.version ?? "",
    excelApi: VERSIONS.filter((v) => requirements.isSetSupported("ExcelApi", v)),
    sharedRuntime: requirements.isSetSupported("SharedRuntime", "1.1"),
  };
}

/** A tiny sheet plan per operation: the writer's own calls for it. */
const PLANS: Partial<Record<SelfCheckOp, { plan: Omit<SheetPlan, "name">; needs?: string }>> = {
  values: { plan: { values: [[1, 2.5, true, "文字"]] } },
  formats: {
    plan: {
      values: [["标题", 1.25]],
      formats: [
        {
          range: "A1:B1",
          font: { name: "仿宋", size: 12, bold: true, color: "#C00000" },
          fill: "#FFF2CC",
          border: "thin",
          horizontal: "center",
          vertical: "center",
          wrap: true,
          numberFormat: "0.0",
        },
      ],
    },
  },
  columnWidths: { plan: { values: [], columnWidths: [8.43, 20], rowHeights: { 0: 24 } } },
  freezePanes: { plan: { values: [], freeze: { rows: 1, columns: 1 } } },
  printSetup: {
    plan: {
      values: [["a"], ["b"]],
      print: {
        orientation: "landscape",
        paper: "A4",
        titleRows: "$1:$1",
        fitToWidth: true,
        margins: { top: 0.75, bottom: 0.75, left: 0.5, right: 0.5 },
        footer: "第 &P 页 共 &N 页",
        horizontallyCentered: true,
      },
    },
    needs: API.pageLayout,
  },
  pageBreaks: { plan: { values: [["a"], ["b"], ["c"]], pageBreaks: [2] }, needs: API.pageLayout },
  dataValidation: { plan: { values: [], validations: [{ range: "C2:C5", list: ["优秀", "合格"], message: "请选择" }] }, needs: API.dataValidation },
  chart: {
    plan: {
      values: [
        ["星级", "人数"],
        ["五星", 3],
        ["四星", 5],
      ],
      chart: { type: "column", title: "自检", categories: "A2:A3", series: [{ name: "人数", values: "B2:B3" }], anchor: "D2", width: 240, height: 160 },
    },
  },
};

/**
 * The custom functions over cells, the one check of them only the user's Excel can make (whether it passes a
 * blank cell as 0, gives the arguments' addresses, and loads the functions at all): each formula, its inputs
 * and what it must show. Inputs on row 20 of the scratch sheet (A20 blank, B20 a 0, C20:E20 a row with a 0),
 * formulas in G20:G22, written in the invariant (English) form that Range.values takes.
 */
const FORMULA_CHECKS = [
  { op: "functionBlank", formula: "=PX.STAR(A20)", expected: "#N/A" },
  { op: "functionZero", formula: "=PX.STAR(B20)", expected: 0 },
  { op: "functionRecord", formula: "=PX.RECORD(C20:E20)", expected: 80 },
] as const;
const FORMULA_INPUTS: (number | string)[][] = [["", 0, 50, 0, 30]];
/** While a custom function is pending its cell shows #BUSY! (custom-functions-troubleshooting, "Ensure promises return"). */
const BUSY = "#BUSY!";
/** How long the check waits for the functions: up to 40 reads, 250 ms apart. */
const FORMULA_READS = 40;
const FORMULA_PAUSE_MS = 250;

/** Text a person types that Excel would otherwise read as a formula, a number or a date. */
const RISKY_TEXT = ["001", "=1+1", "2026-11", "TRUE"];

/** Runs the self-check (see the module comment). */
export async function runSelfCheck(run: ExcelRun, options: { supports: ApiSupport; host: HostInfo; now: () => Date }): Promise<SelfCheckReport> {
  const stamp = options.now().getTime().toString(36);
  const scratch = `${SCRATCH_PREFIX}${stamp}-90`;
  const hidden = `${SCRATCH_PREFIX}${stamp}-91`;
  const outcomes: CheckOutcome[] = [];
  await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const attempt = async (op: SelfCheckOp, queue: () => (() => CheckOutcome | void) | void, needs?: string): Promise<boolean> => {
      if (needs && !options.supports(needs)) {
        outcomes.push({ op, status: "skipped", needs: `ExcelApi ${needs}` });
        return false;
      }
      try {
        const after = queue();
        await context.sync();
        const verdict = after ? after() : undefined;
        outcomes.push(verdict ?? { op, status: "ok" });
        return !verdict || verdict.status === "ok";
      } catch (error) {
        outcomes.push({ op, status: "failed", ...errorOf(error) });
        return false;
      }
    };

    const added = await attempt("addSheet", () => void worksheets.add(scratch));
    const target = () => worksheets.getItem(scratch);
    for (const op of ["values", "textAsText", "formats", "columnWidths", "freezePanes", "printSetup", "pageBreaks", "dataValidation", "chart"] as const) {
      if (!added) {
        outcomes.push({ op, status: "skipped", code: "NoScratchSheet" });
        continue;
      }
      if (op === "textAsText") {
        await attempt(op, () => {
          const range = target().getRange("A3:D3");
          range.values = toExcelGrid([RISKY_TEXT]);
          range.load("values");
          return () => {
            // Read after attempt()'s context.sync(), which the lint rules cannot follow.
            // eslint-disable-next-line office-addins/call-sync-after-load, office-addins/call-sync-before-read
            const got = (range.values[0] ?? []).map((v) => String(v));
            return got.every((v, i) => v === RISKY_TEXT[i]) && got.length === RISKY_TEXT.length
              ? undefined
              : { op, status: "failed", code: "TextChanged", message: `${RISKY_TEXT.join(" | ")} → ${got.join(" | ")}` };
          };
        });
        continue;
      }
      const { plan, needs } = PLANS[op]!;
      await attempt(
        op,
        () => {
          const ops = buildSheetOps(target, { name: scratch, ...plan }, plan.values, options.supports);
          for (const o of ops) o.queue();
        },
        needs,
      );
    }

    // The registry sheet is kept very hidden; a very hidden sheet must be made visible-able again to delete.
    await attempt("hideSheet", () => {
      const sheet = worksheets.add(hidden);
      sheet.visibility = "VeryHidden";
    });

    if (added) {
      await attempt(
        "mergedAreas",
        () => {
          const range = target().getRange("F1:G1");
          range.merge(false);
          const areas = target().getRange("F1:H2").getMergedAreasOrNullObject();
          areas.load("address");
          return () =>
            !areas.isNullObject && /F1:G1/.test(areas.address)
              ? undefined
              : { op: "mergedAreas", status: "failed", code: "MergedAreasMissing", message: areas.isNullObject ? "none" : areas.address };
        },
        API.mergedAreas,
      );
    } else outcomes.push({ op: "mergedAreas", status: "skipped", code: "NoScratchSheet" });

    // The functions need the shared runtime (the pane's own runtime calculates them).
    if (!added || !options.host.sharedRuntime) {
      for (const { op } of FORMULA_CHECKS) outcomes.push({ op, status: "skipped", code: added ? "NoSharedRuntime" : "NoScratchSheet" });
    } else await checkFormulas(context, target, outcomes);

    // Remove whatever of the scratch sheets exists, whatever failed above (a very hidden sheet is made
    // hidden first: Excel does not delete a very hidden sheet).
    try {
      worksheets.load("items/name,items/visibility");
      await context.sync();
      const mine = worksheets.items.filter((ws) => ws.name === scratch || ws.name === hidden);
      for (const ws of mine) deleteOurSheet(ws, ws.visibility);
      if (mine.length > 0) await context.sync();
      outcomes.push({ op: "removeSheets", status: "ok" });
    } catch (error) {
      outcomes.push({ op: "removeSheets", status: "failed", ...errorOf(error) });
    }
  });
  return { host: options.host, outcomes };
}

/**
 * Writes the inputs and the formulas of {@link FORMULA_CHECKS}, reads what the cells show until no function
 * is pending (a few reads apart, a diagnostic, not a write path), and reports each result against what it
 * must be.
 */
async function checkFormulas(context: Excel.RequestContext, target: () => Excel.Worksheet, outcomes: CheckOutcome[]): Promise<void> {
  let shown: unknown[] = [];
  try {
    target().getRange("A20:E20").values = FORMULA_INPUTS;
    // A text starting with "=" written to values becomes a formula, as the writer's reference formulas do.
    target().getRange("G20:G22").values = FORMULA_CHECKS.map((c) => [c.formula]);
    for (let read = 0; read < FORMULA_READS; read++) {
      if (read > 0) await new Promise((resolve) => setTimeout(resolve, FORMULA_PAUSE_MS));
      const cells = target().getRange("G20:G22");
      cells.load("values");
      // One read per pause: the functions calculate in between.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      shown = cells.values.map((row) => row[0]);
      if (!shown.includes(BUSY)) break;
    }
  } catch (error) {
    for (const { op } of FORMULA_CHECKS) outcomes.push({ op, status: "failed", ...errorOf(error) });
    return;
  }
  FORMULA_CHECKS.forEach(({ op, formula, expected }, i) => {
    const value = shown[i];
    const message = `${formula} → ${String(value)}`;
    outcomes.push(
      value === expected ? { op, status: "ok", message } : { op, status: "failed", code: typeof value === "string" ? value : "WrongValue", message },
    );
  });
}

function errorOf(error: unknown): { code: string; message: string } {
  const e = error as { code?: unknown; message?: unknown };
  return { code: typeof e?.code === "string" ? e.code : "Error", message: typeof e?.message === "string" ? e.message : String(error) };
}

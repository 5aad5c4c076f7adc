/**
 * Branches for the roll-up's tests: the sample branch of src/register/sample.ts under another 支部名称, with
 * its 编号 and 党小组 made its own (so that two branches share no person unless a test says so), in an
 * in-memory workbook, generated and approved as a test needs.
 */
import { MemoryWorkbook } from "../../../src/preview/memory-workbook";
import type { CellValue, Grid } from "../../../src/register/cells";
import { approveMonth, generateMonth } from "../../../src/register/month-workflow";
import { rollupSheetsToRead } from "../../../src/register/rollup/rollup";
import { sampleRegister } from "../../../src/sample/sample-branch";
import { inputSheetPlans } from "../../../src/register/template";

export const MONTH = "2026-11";
export const AT = "2026-11-26T10:00:00+08:00";

export interface BranchSpec {
  name: string;
  /** Replaces the sample's 编号 prefix D (D001 → A001). */
  prefix: string;
  /** 设置 rows changed (项目 → 值). */
  settings?: Record<string, CellValue>;
  /** Changes to the input sheets before anything is generated. */
  edit?: (sheets: Map<string, Grid>) => void;
}

/** The sample branch's input sheets as the branch `spec`. */
export function branchSheets(spec: BranchSpec): Map<string, Grid> {
  const sample = sampleRegister({ lastMonth: MONTH });
  const out = new Map<string, Grid>();
  for (const [sheet, grid] of sample) {
    out.set(
      sheet,
      grid.map((row) =>
        row.map((v) => {
          if (typeof v !== "string") return v;
          if (/^D\d{3}$/.test(v)) return `${spec.prefix}${v.slice(1)}`;
          if (/^第.党小组$/.test(v)) return `${spec.prefix}${v}`;
          return v;
        }),
      ),
    );
  }
  const settings = out.get("设置")!;
  const rows = { 支部名称: spec.name, ...spec.settings };
  for (const [name, value] of Object.entries(rows)) {
    const row = settings.find((r) => r[0] === name);
    if (row) row[1] = value;
    else settings.push([name, value]);
  }
  spec.edit?.(out);
  return out;
}

/** The branch in a workbook, generated (and approved) as asked. */
export async function branchWorkbook(spec: BranchSpec, step: "none" | "generated" | "approved" = "generated"): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.write({ inputSheets: inputSheetPlans(branchSheets(spec)) });
  if (step !== "none") {
    const run = await generateMonth(wb, { period: MONTH, generatedAt: AT });
    if (run.blocked) throw new Error(`${spec.name} not generated: ${run.problems.map((p) => p.code).join(", ")}`);
  }
  if (step === "approved") {
    const run = await approveMonth(wb, { period: MONTH, generatedAt: "2026-11-28T10:00:00+08:00", approvedOn: "2026-11-27" });
    if (run.blocked) throw new Error(`${spec.name} not approved`);
  }
  return wb;
}

/** A roll-up source from a workbook. */
export async function source(file: string, wb: MemoryWorkbook, period = MONTH) {
  return { file, sheets: await wb.readSheets(rollupSheetsToRead(period)) };
}

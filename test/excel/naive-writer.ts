/**
 * The naive baseline for the benchmark: what an add-in written without batching does — one sync per
 * member row (values and that row's formats), then the sheet-wide settings. Test and bench code only.
 */
import type { SheetPlan } from "../../src/register/sheet-plan";
import { rangeAddress } from "../../src/register/cells";
import { toExcelGrid } from "../../src/excel/text-safety";

export async function naiveWrite(run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>, plan: SheetPlan): Promise<void> {
  await run(async (context) => {
    const existing = context.workbook.worksheets.getItemOrNullObject(plan.name);
    await context.sync();
    if (!existing.isNullObject) existing.delete();
    const sheet = context.workbook.worksheets.add(plan.name);
    await context.sync();
    const grid = toExcelGrid(plan.values);
    const width = Math.max(...grid.map((r) => r.length));
    for (let r = 0; r < grid.length; r++) {
      const row = sheet.getRange(rangeAddress(r, 0, r, width - 1));
      row.values = [grid[r]];
      row.format.font.name = "仿宋";
      row.format.borders.getItem("EdgeBottom").style = "Continuous";
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- the baseline's whole point
      await context.sync();
    }
    for (const m of plan.merges ?? []) sheet.getRange(m).merge(false);
    if (plan.freeze) sheet.freezePanes.freezeRows(plan.freeze.rows);
    await context.sync();
  });
}

import type { Grid } from "../cells";
import type { WorkbookPort } from "../port";
import { importSheetsToRead, planImport, type ImportOptions, type ImportPlan } from "./plan-import";

/**
 * Ballot import through a register port, as the task pane and the command line run it: one read of the
 * roster and 民主评议, the pure plan, and one write — nothing written while errors remain.
 */

/** Reads the register and plans the import without writing: the pane shows this mapping and report first. */
export async function previewImport(port: WorkbookPort, exportGrid: Grid, options: ImportOptions): Promise<ImportPlan> {
  const sheets = await port.readSheets(importSheetsToRead());
  return planImport(exportGrid, sheets, options);
}

/** Reads, plans and — when no error remains — appends the ballots to 民主评议 in one write. */
export async function importBallots(port: WorkbookPort, exportGrid: Grid, options: ImportOptions): Promise<ImportPlan> {
  const plan = await previewImport(port, exportGrid, options);
  if (plan.change) await port.write(plan.change);
  return plan;
}

/**
 * The register's 设置 sheet for the custom functions, in the shared runtime (functions may read the
 * workbook through Office.js there: https://learn.microsoft.com/office/dev/add-ins/excel/call-excel-apis-from-custom-function):
 * - read: the sheet's cells with the register adapter's reader (../excel/read-sheets.ts), in one round trip; the
 *   first read also registers the change events in the same batch;
 * - change events (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events):
 *   WorksheetCollection.onChanged (ExcelApi 1.9) for cells of the 设置 sheet, onAdded and onDeleted
 *   (ExcelApi 1.7) and onNameChanged (ExcelApi 1.17, where supported) for a 设置 sheet that appears or goes;
 * - recalculate: Application.calculate("Full") (ExcelApi 1.1,
 *   https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-calculate-member(1)),
 *   called from the event handler, never from a function (a function must not change Excel's state).
 */
import type { SheetData } from "../register/port";
import type { SettingsSheetHost } from "./register-defaults";
import { SETTINGS_SHEET_NAMES } from "./register-defaults";
import type { ExcelRun } from "../excel/excel-workbook";
import { officeApiSupport, type ApiSupport } from "../excel/features";
import { readSheets } from "../excel/read-sheets";

/** ExcelApi versions of the events used. */
const EVENTS = { changedAddedDeleted: "1.9", nameChanged: "1.17" } as const;

export class ExcelSettingsSheet implements SettingsSheetHost {
  private listener: (() => void) | undefined;
  private watching = false;
  /** Ids of the sheets named 设置 (or Settings) at the last read: only their cell changes matter. */
  private settingsIds = new Set<string>();

  constructor(
    private readonly run: ExcelRun,
    private readonly supports: ApiSupport = officeApiSupport(),
  ) {}

  onChange(listener: () => void): void {
    this.listener = listener;
  }

  async read(): Promise<{ sheets: ReadonlyMap<string, SheetData>; followsChanges: boolean }> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      const registering = !this.watching && this.listener !== undefined && this.supports(EVENTS.changedAddedDeleted);
      if (registering) {
        worksheets.onChanged.add(async (event) => this.cellsChanged(event.worksheetId));
        worksheets.onAdded.add(async () => this.notify());
        worksheets.onDeleted.add(async () => this.notify());
        if (this.supports(EVENTS.nameChanged)) worksheets.onNameChanged.add(async () => this.notify());
      }
      const items = idsOf(worksheets, SETTINGS_SHEET_NAMES);
      // One sync: the registration, the ids and the sheet's cells (a huge 设置 sheet is read in blocks; a
      // sheet found only by its folded name, `设置 `, by one more request: read-sheets.ts).
      const sheets = await readSheets(context, SETTINGS_SHEET_NAMES, this.supports);
      const read = [...sheets.keys()];
      this.settingsIds = read.every((name) => SETTINGS_SHEET_NAMES.includes(name))
        ? await sheetIds(context, items, SETTINGS_SHEET_NAMES)
        : await loadIds(context, read);
      if (registering) this.watching = true;
      return { sheets, followsChanges: this.watching };
    });
  }

  async recalculate(): Promise<void> {
    await this.run(async (context) => {
      context.workbook.application.calculate("Full");
      await context.sync();
    });
  }

  private async cellsChanged(worksheetId: string): Promise<void> {
    if (this.settingsIds.has(worksheetId)) this.notify();
  }

  private async notify(): Promise<void> {
    this.listener?.();
  }
}

/** The sheets of these names (null objects where there is none), their ids to load with the next sync. */
function idsOf(worksheets: Excel.WorksheetCollection, names: readonly string[]): Excel.Worksheet[] {
  return names.map((name) => {
    const item = worksheets.getItemOrNullObject(name);
    item.load("id");
    return item;
  });
}

/** The ids of the sheets of these names, in a request of their own. */
async function loadIds(context: Excel.RequestContext, names: readonly string[]): Promise<Set<string>> {
  const items = idsOf(context.workbook.worksheets, names);
  await context.sync();
  return new Set(items.filter((i) => !i.isNullObject).map((i) => i.id));
}

/** The ids of the sheets found, from loads the reader's sync delivered (or, if that sync failed, a new one). */
async function sheetIds(context: Excel.RequestContext, items: Excel.Worksheet[], names: readonly string[]): Promise<Set<string>> {
  try {
    // Loaded by the sync inside readSheets.
    return new Set(items.filter((i) => !i.isNullObject).map((i) => i.id));
  } catch {
    // The reader's first request failed and it read in blocks: these loads were never delivered.
    return loadIds(context, names);
  }
}

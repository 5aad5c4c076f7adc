import type { Workbook, WorkbookView, Worksheet, WorksheetView } from "exceljs";

/** Sheet-view flags ExcelJS reads and writes but leaves out of its typings. */
type SheetView = Partial<WorksheetView> & { tabSelected?: boolean };

/** The sheet the workbook opens on: the active tab, else the selected one. */
export function activeSheet(book: Workbook): Worksheet | undefined {
  const all = book.worksheets;
  const tab = book.views?.[0]?.activeTab;
  if (tab !== undefined && all[tab]) return all[tab];
  return all.find((ws) => (ws.views?.[0] as SheetView | undefined)?.tabSelected === true);
}

/**
 * Makes `sheet` (or, if it is hidden or absent, the first visible sheet) the one the workbook opens on,
 * the only selected tab, with `activeCell` selected on it. A hidden sheet keeps the cell for later.
 */
export function syncViews(book: Workbook, sheet: Worksheet | undefined, activeCell?: string): void {
  const all = book.worksheets;
  // A sheet read from a file without a <sheetViews> has `views` null.
  const firstView = (ws: Worksheet): SheetView => {
    if (!ws.views || ws.views.length === 0) ws.views = [{ state: "normal" }];
    return ws.views[0] as SheetView;
  };
  if (sheet && activeCell) firstView(sheet).activeCell = activeCell;
  const shown = sheet && sheet.state === "visible" && all.includes(sheet) ? sheet : all.find((ws) => ws.state === "visible");
  if (!shown) return;
  const index = all.indexOf(shown);
  const views: WorkbookView[] = book.views ?? [];
  const first: WorkbookView = views[0] ?? { x: 0, y: 0, width: 12000, height: 24000, firstSheet: 0, activeTab: 0, visibility: "visible" };
  first.activeTab = index;
  first.firstSheet = Math.min(first.firstSheet ?? 0, index);
  book.views = [first, ...views.slice(1)];
  for (const ws of all) {
    if (ws === shown) firstView(ws).tabSelected = true;
    else if (ws.views && ws.views.length > 0) (ws.views[0] as SheetView).tabSelected = false;
  }
}

/** Thrown when a file cannot be read as an .xlsx workbook (missing, unreadable, or not a workbook). */
export class WorkbookFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: unknown,
  ) {
    super(`cannot read ${path} as an .xlsx workbook: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = "WorkbookFileError";
  }
}

/** Thrown when saving a workbook with no visible sheet: Excel cannot open such a file. */
export class NoVisibleSheetError extends Error {
  constructor() {
    super("the workbook has no visible sheet; Excel cannot open it");
    this.name = "NoVisibleSheetError";
  }
}

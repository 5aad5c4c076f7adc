/** What kind of file a refused file is, where that is clear from its content. */
export type ForeignKind = "ods" | "docx" | "pptx" | "xls" | "zip" | "other";

/** Why a file is refused, in the person's terms; the i18n layer (i18n/file-refusals.ts) says it. */
export type RefusalKind = "damaged" | "encrypted" | "not-workbook" | "too-large" | "too-many-parts";

/** Where the refusal applies and what is known about it. */
export interface RefusalDetail {
  /** The package part (xl/sharedStrings.xml…), when no sheet is known. */
  part?: string;
  /** The sheet, by the name the person sees. */
  sheet?: string;
  /** The cell (A1) on that sheet. */
  cell?: string;
  /** Bytes declared or found (too-large). */
  size?: number;
  /** Entries in the package (too-many-parts). */
  count?: number;
  /** What the file is instead (not-workbook). */
  foreign?: ForeignKind;
  /** The technical reason, for --debug only; never shown to the person otherwise. */
  detail?: string;
}

/** A file refused for what it holds: damaged, encrypted, not a workbook, beyond a bound. */
export class FileRefusal extends Error {
  constructor(
    readonly kind: RefusalKind,
    readonly where: RefusalDetail,
  ) {
    super(
      `${kind}${where.sheet ? ` sheet ${where.sheet}` : ""}${where.part ? ` part ${where.part}` : ""}${where.cell ? ` cell ${where.cell}` : ""}${where.detail ? `: ${where.detail}` : ""}`,
    );
    this.name = "FileRefusal";
  }
}

/** Thrown when a file cannot be read as an .xlsx workbook (missing, unreadable, or not a workbook). */
export class WorkbookFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: unknown,
  ) {
    super(`cannot read ${path} as an .xlsx workbook: ${reason instanceof Error ? reason.message : String(reason)}`);
    this.name = "WorkbookFileError";
  }

  /** The refusal in the person's terms: the reason itself, or "damaged" for a library's own error. */
  get refusal(): FileRefusal {
    return this.reason instanceof FileRefusal
      ? this.reason
      : new FileRefusal("damaged", { detail: this.reason instanceof Error ? this.reason.message : String(this.reason) });
  }
}

/** Thrown when saving a workbook with no visible sheet: Excel cannot open such a file. */
export class NoVisibleSheetError extends Error {
  constructor() {
    super("the workbook has no visible sheet; Excel cannot open it");
    this.name = "NoVisibleSheetError";
  }
}

/** Ballot import: recognise an export, map its questions to the roster, append its ballots to 民主评议. */
export { IMPORT_CODES, type ImportCode, type SkipReason } from "./codes";
export { decodeText, parseCsv, sniff, type FileKind } from "./csv";
export { importBallots, previewImport } from "./import-workflow";
export {
  exportSheetLabel,
  importSheetsToRead,
  planImport,
  type ColumnMapping,
  type ImportedBallot,
  type ImportOptions,
  type ImportPlan,
  type ImportReport,
  type ImportSource,
  type OtherColumn,
  type SkippedRow,
} from "./plan-import";
export type { ColumnRole, ExportShape } from "./shapes";

/**
 * What ballot import needs beyond the step's inputs — the export reader (with ExcelJS), the import core and
 * the preview of the mapping —
 * in a chunk of its own: far too big for the task pane's first load (Office.js already loads slowly), it
 * is fetched from the add-in's own origin when a file is first chosen. Only ./import-loader imports this.
 */
export { readExport } from "../xlsx/read-export";
export { importBallots, previewImport } from "../register/import";
export { ImportPreview } from "./steps/ImportPreview";

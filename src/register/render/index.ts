/**
 * The renderer: a month's results in, sheet plans out (REGISTER.md, Output sheets). Pure — the adapters
 * in src/excel and src/xlsx apply the plans.
 */
export { renderMonthSheet, monthSheetName, renderMonthSheetWithLayout, MONTH_COLUMNS, type MonthSheetLayout } from "./month-sheet";
export { renderPublicitySheet, publicitySheetName, PUBLICITY_COLUMNS } from "./publicity-sheet";
export { renderLogRow, renderLogSheet, monthLogEntry, LOG_COLUMNS, type LogEntry } from "./log-sheet";
export { fingerprint, FINGERPRINT_LENGTH } from "./fingerprint";
export { labelsFor, type LogAction, type RenderLabels, type RenderLang } from "./labels";
export type { RenderContext } from "./context";
export { mergeNote, noteText } from "./note";

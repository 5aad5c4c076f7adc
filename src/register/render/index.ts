/**
 * The renderer: a month's results in, sheet plans out (docs/workbook.md, Output sheets). Pure — the adapters
 * in src/excel and src/xlsx apply the plans.
 */
export { renderMonthSheet, monthSheetName, renderMonthSheetWithLayout, MONTH_COLUMNS, type MonthSheetLayout } from "./month-sheet";
export { renderPublicitySheet, publicitySheetName, PUBLICITY_COLUMNS } from "./publicity-sheet";
export { renderLogRow, renderLogSheet, monthLogEntry, LOG_COLUMNS, type LogEntry } from "./log-sheet";
export { fingerprint, FINGERPRINT_LENGTH } from "./fingerprint";
export { labelsFor, type LogAction, type RenderLabels, type RenderLang } from "./labels";
export type { RenderContext } from "./context";
export { mergeNote, noteText } from "./note";
export {
  renderYearSheet,
  renderYearSheetWithLayout,
  yearSheetName,
  yearMemberCells,
  yearNoteText,
  YEAR_COLUMNS,
  type YearRenderContext,
  type YearSheetLayout,
} from "./year-sheet";
export {
  renderYearPublicitySheet,
  yearPublicitySheetName,
  yearPublicityCells,
  YEAR_PUBLICITY_COLUMNS,
  type YearPublicityContext,
} from "./year-publicity-sheet";
export { renderFinalSheet, finalSheetName, finalCells, FINAL_COLUMNS, type FinalRenderContext } from "./final-sheet";
export {
  renderOutcomesSheet,
  outcomesSheetName,
  keptOutcomeEntries,
  ADMONITION_COLUMNS,
  OUTCOME_TABLES,
  OUTCOME_PERSON_COLUMNS,
  type KeptOutcomes,
  type OutcomesRenderContext,
  type OutcomeTable,
} from "./outcomes-sheet";
export { renderArchiveSheet, archiveSheetName, type ArchiveInput } from "./archive-sheet";
export { distributionBlock } from "./distribution";
export { renderRulesNotice, rulesNoticeSheetName, excellentCapText, type RulesNoticeInput } from "./rules-notice-sheet";
export { renderCommitmentsNotice, commitmentsNoticeSheetName, commitmentPeople, type CommitmentsNoticeInput } from "./commitments-notice-sheet";
export { renderMeetingRecord, meetingRecordSheetName, ballotTurnout, type MeetingRecordInput } from "./meeting-record-sheet";
export { paginate, type PrintBlock } from "./print-layout";

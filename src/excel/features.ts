/**
 * Which Excel API requirement sets the host supports. The adapter writes what every Excel since 2019 has
 * (ExcelApi 1.9) and reads merged areas where ExcelApi 1.13 offers them; on an older host it leaves out
 * what it cannot set rather than failing the whole write.
 */

/** True when the host supports `ExcelApi` at this version ("1.9"). */
export type ApiSupport = (version: string) => boolean;

/** Asks Office; outside Office (tests, benchmark) everything counts as supported. */
export function officeApiSupport(): ApiSupport {
  return (version) => {
    if (typeof Office === "undefined" || !Office.context?.requirements) return true;
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  };
}

/** Requirement sets of the features the adapter uses beyond ExcelApi 1.1–1.4. */
export const API = {
  /** Workbook.functions (the date system is asked of DATE). */
  functions: "1.2",
  /** freezePanes, tabColor, chart series setValues/setXAxisValues. */
  freezeTabSeries: "1.7",
  /** Range.dataValidation. */
  dataValidation: "1.8",
  /** Worksheet.pageLayout, its headers and footers, and horizontalPageBreaks. */
  pageLayout: "1.9",
  /** Range.getMergedAreasOrNullObject. */
  mergedAreas: "1.13",
} as const;

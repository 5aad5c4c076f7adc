/**
 * Which Excel API requirement sets the host supports, and which the adapter needs.
 *
 * The manifest requires ExcelApi {@link MINIMUM_EXCEL_API} (Excel 2019 volume-licensed has 1.1–1.7, the
 * newest any perpetual Excel 2019 has): every host that loads the add-in has it, so what 1.7 and older
 * sets offer (getItemOrNullObject 1.4, sheet protection 1.2, workbook protection, freeze panes, tab colour
 * and chart series 1.7) is used without a check. Only what needs a newer set is checked at run time and
 * left out on an older host, and the pane says so (see {@link missingFeatures}).
 * https://learn.microsoft.com/en-us/javascript/api/requirement-sets/excel/excel-api-requirement-sets
 */

/** True when the host supports `ExcelApi` at this version ("1.9"). */
export type ApiSupport = (version: string) => boolean;

/** The manifest's base requirement (manifest.xml `<Requirements>`): ExcelApi 1.7, Excel 2019 and later. */
export const MINIMUM_EXCEL_API = "1.7";

/** Asks Office; outside Office (tests, benchmark) everything counts as supported. */
export function officeApiSupport(): ApiSupport {
  return (version) => {
    if (typeof Office === "undefined" || !Office.context?.requirements) return true;
    return Office.context.requirements.isSetSupported("ExcelApi", version);
  };
}

/** Requirement sets of the features the adapter uses beyond {@link MINIMUM_EXCEL_API}, checked at run time. */
export const API = {
  /** Range.dataValidation (drop-down lists). */
  dataValidation: "1.8",
  /** Worksheet.pageLayout, its headers and footers, and horizontalPageBreaks. */
  pageLayout: "1.9",
  /** Range.getMergedAreasOrNullObject. */
  mergedAreas: "1.13",
} as const;

export type Feature = keyof typeof API;

/** The features an older host lacks, in the order of {@link API}. */
export function missingFeatures(supports: ApiSupport): Feature[] {
  return (Object.keys(API) as Feature[]).filter((f) => !supports(API[f]));
}

import type { Grid } from "../register/cells";
import { decodeText, exportSheetLabel, parseCsv, sniff, type ImportSource } from "../register/import";
import { ProblemCollector } from "../register/read/problems";
import type { Problem } from "../scheme/problems";
import { XlsxWorkbook } from "./xlsx-workbook";

/**
 * An export file's bytes to the grid that ballot import reads: .xlsx through ExcelJS, CSV (or Excel's
 * tab-separated "Unicode text") through the CSV reader, in UTF-8 with or without BOM, UTF-16 with BOM, or
 * GBK/GB18030. The content decides, not the name. What cannot be read — an empty file, old .xls, a web
 * page saved as .xls, anything that is not a spreadsheet, text in another encoding — is a problem, not a throw.
 * Takes bytes (no file system), so the task pane can pass a dropped file's ArrayBuffer.
 */
export interface ExportFile {
  /** The values of the sheet read, from A1; null when the file could not be read (problems say why). */
  grid: Grid | null;
  /** The sheet read: a workbook's sheet, or for CSV the file's name without extension (as Excel names it). */
  sheet?: string;
  /** Every sheet of a workbook (one for CSV). */
  sheets: string[];
  /** The workbook counts dates from 1904: pass it on as ImportSource.date1904. */
  date1904?: boolean;
  problems: Problem[];
}

export async function readExport(bytes: Uint8Array, source: ImportSource): Promise<ExportFile> {
  const fileName = source.fileName.split(/[\\/]/).pop() ?? source.fileName;
  const problems = new ProblemCollector();
  const label = exportSheetLabel({ fileName });
  const fail = (code: "import.file-empty" | "import.file-xls" | "import.file-encoding" | "import.file-not-spreadsheet", kind?: string): ExportFile => {
    problems.at(code, label, "", kind ? { file: fileName, kind } : { file: fileName });
    return { grid: null, sheets: [], problems: problems.finish() };
  };

  const kind = sniff(bytes);
  switch (kind) {
    case "empty":
      return fail("import.file-empty");
    case "xls":
      return fail("import.file-xls");
    case "zip":
    case "html":
    case "binary":
      return fail("import.file-not-spreadsheet", kind);
    case "xlsx":
      return readWorkbook(bytes, source, fileName, problems, fail);
    case "text": {
      const text = decodeText(bytes);
      if (text === null) return fail("import.file-encoding");
      const grid = parseCsv(text);
      if (grid.every((row) => row.length === 0)) return fail("import.file-empty");
      const sheet = fileName.replace(/\.[^.]*$/, "") || fileName;
      return { grid, sheet, sheets: [sheet], problems: problems.finish() };
    }
  }
}

async function readWorkbook(
  bytes: Uint8Array,
  source: ImportSource,
  fileName: string,
  problems: ProblemCollector,
  fail: (code: "import.file-empty" | "import.file-not-spreadsheet", kind?: string) => ExportFile,
): Promise<ExportFile> {
  let book: XlsxWorkbook;
  try {
    book = await XlsxWorkbook.fromBuffer(bytes);
  } catch {
    return fail("import.file-not-spreadsheet", "zip");
  }
  const sheets = (await book.listSheets()).map((s) => s.name);
  const data = await book.readSheets(sheets);
  const grids = sheets.map((name) => ({ name, grid: data.get(name)?.values ?? [] }));
  const system = [...data.values()].some((s) => s.date1904) ? { date1904: true } : {};
  const filled = grids.filter(({ grid }) => grid.some((row) => row.some((v) => v !== null && String(v).trim() !== "")));
  if (source.sheet !== undefined) {
    const wanted = grids.find((g) => g.name.toLowerCase() === source.sheet!.toLowerCase());
    if (!wanted) {
      problems.at("import.sheet-missing", exportSheetLabel({ fileName }), "", { file: fileName, wanted: source.sheet, sheets: sheets.join("、") });
      return { grid: null, sheets, problems: problems.finish() };
    }
    if (!filled.includes(wanted)) return { ...fail("import.file-empty"), sheets };
    return { grid: wanted.grid, sheet: wanted.name, sheets, ...system, problems: problems.finish() };
  }
  if (filled.length === 0) return { ...fail("import.file-empty"), sheets };
  const chosen = filled[0];
  if (filled.length > 1) {
    problems.at("import.sheet-chosen", exportSheetLabel({ fileName, sheet: chosen.name }), "", {
      chosen: chosen.name,
      sheets: filled.map((g) => g.name).join("、"),
    });
  }
  return { grid: chosen.grid, sheet: chosen.name, sheets, ...system, problems: problems.finish() };
}

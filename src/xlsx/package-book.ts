import ExcelJS from "exceljs";
import type { Workbook } from "exceljs";
import type { SheetData, SheetInfo } from "../register/port";
import { isOurs, type RegistryContent } from "../register/ownership";
import { sheetKey } from "../register/sheet-names";
import { FileRefusal, WorkbookFileError } from "./errors";
import { PackageReader, type BookSheet, type ReadSheet } from "./fast-read";
import { identify } from "./identify";
import { isRegistryName, registryFromCells, type LegacyProof } from "./registry";
import { packageLosses, separate, type Separated, type UnmodelledPart } from "./zip-parts";

/**
 * A workbook file as read from its bytes, before (and unless) a write needs ExcelJS's model of it: the
 * package under its bounds (zip-read.ts), what a file that is not a workbook is (identify.ts), the sheet list,
 * the registry, and each sheet's cells read once, when a step asks for them (fast-read.ts).
 */
export class PackageBook {
  readonly reader: PackageReader;
  private losses: UnmodelledPart[] | null = null;
  /** Sheets already read, by part. */
  private readonly read = new Map<string, ReadSheet>();

  /** Opens the bytes; throws {@link WorkbookFileError} (with a {@link FileRefusal} as reason) when they are not a readable workbook. */
  static open(data: Uint8Array | ArrayBuffer, path: string): PackageBook {
    try {
      return new PackageBook(data instanceof Uint8Array ? data : new Uint8Array(data), path);
    } catch (error) {
      throw new WorkbookFileError(path, error);
    }
  }

  private constructor(
    readonly bytes: Uint8Array,
    readonly path: string,
  ) {
    const zip = identify(bytes);
    const reader = new PackageReader(zip);
    this.reader = reader;
    this.zipPaths = [...zip.entries.keys()];
  }

  private readonly zipPaths: string[];

  /**
   * What a saved copy will lack (zip-parts.ts), found when first asked (before a save): it reads every
   * worksheet's XML, which opening the file need not do.
   */
  get lost(): UnmodelledPart[] {
    const reader = this.reader;
    try {
      this.losses ??= packageLosses(this.zipPaths, (part) => reader.text(part, reader.sheets.find((s) => s.part === part)?.name), reader.sheets);
    } catch (error) {
      throw new WorkbookFileError(this.path, error);
    }
    return this.losses;
  }

  /**
   * ExcelJS's model of the workbook, built after zip-parts.ts took out what ExcelJS cannot model (charts,
   * pictures, comments, tables, drop-downs, chart sheets, huge ranges), so that no real workbook fails with a
   * TypeError and reading time does not depend on validation ranges; those parts go back untouched on save.
   * Reading alone never builds it.
   */
  async model(): Promise<{ book: Workbook; separated: Separated }> {
    const book = new ExcelJS.Workbook();
    try {
      const separated = await separate(this.bytes);
      // ExcelJS's typings name its own ArrayBuffer-like type; at run time it takes a Buffer or an ArrayBuffer.
      await book.xlsx.load(separated.bytes as unknown as ArrayBuffer);
      return { book, separated };
    } catch (error) {
      throw new WorkbookFileError(this.path, error);
    }
  }

  /** The person-visible sheets of a file not yet modelled, the registry's content and the sheets it names. */
  private packageSheets(): { sheets: BookSheet[]; owned: Set<string> } {
    const reader = this.reader;
    const registrySheet = reader.sheets.find((s) => isRegistryName(s.name));
    const registry = registrySheet ? this.readPart(registrySheet) : null;
    const others = reader.sheets.filter((s) => s !== registrySheet);
    const proof: LegacyProof = {
      names: others.map((s) => s.name),
      // More than the marks' block is ignored (carriesFirstReleaseMarks).
      top: (name) => this.readPart(others.find((s) => s.name === name) as BookSheet).values,
    };
    const content: RegistryContent =
      registrySheet && registry ? registryFromCells(registry.values, registry.formulas, registrySheet.state, proof) : { kind: "v2", rows: [] };
    const foreign = content.kind === "foreign";
    const sheets = reader.sheets.filter((s) => foreign || !isRegistryName(s.name));
    const owned = new Set<string>();
    if (!foreign) for (const s of reader.sheets) if (!isRegistryName(s.name) && isOurs({ name: s.name, id: "" }, content.rows)) owned.add(s.name.toLowerCase());
    return { sheets, owned };
  }

  listSheets(): SheetInfo[] {
    const { sheets, owned } = this.packageSheets();
    return sheets.map((s) => ({ name: s.name, ours: owned.has(s.name.toLowerCase()) }));
  }

  readSheets(names: readonly string[]): Map<string, SheetData> {
    const { sheets, owned } = this.packageSheets();
    const keys = new Set(names.map(sheetKey));
    const date1904 = this.reader.date1904;
    const out = new Map<string, SheetData>();
    for (const s of sheets) {
      if (!keys.has(sheetKey(s.name))) continue;
      const cells = this.readPart(s);
      out.set(s.name, {
        name: s.name,
        // A copy: the caller may change its grid, the next read must not see that.
        values: cells.values.map((row) => row.slice()),
        merges: [...cells.merges],
        ours: owned.has(s.name.toLowerCase()),
        ...(date1904 && { date1904: true }),
        ...(cells.dateFormats.size > 0 && { dateFormats: cells.dateFormats }),
        ...(cells.formulasWithoutResult.length > 0 && { formulasWithoutResult: cells.formulasWithoutResult }),
      });
    }
    return out;
  }

  /** One sheet read from the package (once); a refusal names the file. */
  private readPart(sheet: BookSheet): ReadSheet {
    const { read, reader, path } = this;
    let cells = read.get(sheet.part);
    if (!cells) {
      try {
        cells = reader.readSheet(sheet);
      } catch (error) {
        throw error instanceof FileRefusal ? new WorkbookFileError(path, error) : error;
      }
      read.set(sheet.part, cells);
    }
    return cells;
  }
}

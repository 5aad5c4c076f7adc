import { qualifiedAddress } from "./cells";

/**
 * A problem's place in the workbook, the one way in and out: {@link placeRef} writes `place.ref` from a sheet
 * and an address ("民主评议!F7", "'2026-11 评星'!A1" quoted with '' for a quote, a range "民主评议!B3:C3" for
 * merged cells, or a bare sheet name "人员名册" for a sheet-wide problem); {@link readPlaceRef} reads it back
 * as data for the command line's JSON, the import's register places and the task pane's "go to cell".
 */

/** A place as data: the sheet, and the cell or range as written (absent for the whole sheet). */
export interface SheetPlace {
  sheet: string;
  address?: string;
}

/** Where to go for a ref: the sheet and one cell (the first of a range, A1 for a whole sheet). */
export interface CellTarget {
  sheet: string;
  address: string;
}

/** The ref of a place: the sheet-qualified address, or the sheet's name alone when there is no address. */
export function placeRef(sheet: string, address?: string): string {
  return address ? qualifiedAddress(sheet, address) : sheet;
}

const CELL = /^\$?[A-Za-z]{1,3}\$?[1-9]\d*$/;

/** Reads a ref as data; null when it names no sheet (empty text, or a malformed cell or range). */
export function readPlaceRef(ref: string | undefined | null): SheetPlace | null {
  // Not trimmed: a sheet's name may end in a space (`设置 `, reported as a second 设置).
  const text = ref ?? "";
  if (!text.trim()) return null;
  let sheet: string;
  let rest: string;
  if (text.startsWith("'")) {
    // Quoted: the sheet name runs to the first quote that is not doubled.
    let i = 1;
    let name = "";
    for (; i < text.length; i++) {
      if (text[i] === "'") {
        if (text[i + 1] === "'") {
          name += "'";
          i++;
          continue;
        }
        break;
      }
      name += text[i];
    }
    if (i >= text.length) return null;
    sheet = name;
    rest = text.slice(i + 1);
    if (rest && !rest.startsWith("!")) return null;
    rest = rest.slice(1);
  } else {
    const bang = text.lastIndexOf("!");
    sheet = bang < 0 ? text : text.slice(0, bang);
    rest = bang < 0 ? "" : text.slice(bang + 1);
  }
  if (!sheet) return null;
  if (!rest) return { sheet };
  const corners = rest.split(":");
  return corners.length <= 2 && corners.every((c) => CELL.test(c)) ? { sheet, address: rest } : null;
}

/** The cell to select for a ref; null when it names no sheet. */
export function parsePlaceRef(ref: string | undefined | null): CellTarget | null {
  const place = readPlaceRef(ref);
  if (!place) return null;
  return { sheet: place.sheet, address: place.address ? place.address.split(":")[0].replace(/\$/g, "").toUpperCase() : "A1" };
}

/** The sheet a problem names (for a step that shows the problems of one sheet); undefined when none. */
export function problemSheet(problem: { place: { ref?: string } }): string | undefined {
  return readPlaceRef(problem.place.ref)?.sheet;
}

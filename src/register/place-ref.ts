/**
 * The inverse of {@link qualifiedAddress}: a problem's `place.ref` as the task pane needs it to select
 * the cell. Refs are what the reader writes: "民主评议!F7", "'2026-11 评星'!A1" (quoted, '' for a quote),
 * a range "民主评议!B3:C3" (merged cells), or a bare sheet name "人员名册" for a sheet-wide problem.
 */

/** Where to go for a ref: the sheet and one cell (the first of a range, A1 for a whole sheet). */
export interface CellTarget {
  sheet: string;
  address: string;
}

const CELL = /^\$?[A-Za-z]{1,3}\$?[1-9]\d*$/;

/** Parses a ref; null when it names no sheet (empty text, or a malformed cell). */
export function parsePlaceRef(ref: string | undefined | null): CellTarget | null {
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
  if (!rest) return { sheet, address: "A1" };
  const first = rest.split(":")[0].replace(/\$/g, "").toUpperCase();
  return CELL.test(first) ? { sheet, address: first } : null;
}

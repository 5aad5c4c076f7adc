/**
 * Builds a sheet plan row by row: a fixed number of columns, every row padded to it (the values stay
 * rectangular, as Excel's range.values requires), formats and merges by zero-based corners.
 */
import { rangeAddress, type CellValue } from "../cells";
import type { FormatRange } from "../sheet-plan";

/** A format without its range. */
export type Format = Omit<FormatRange, "range">;

export class SheetBuilder {
  readonly values: CellValue[][] = [];
  readonly formats: FormatRange[] = [];
  readonly merges: string[] = [];
  readonly rowHeights: Record<number, number> = {};

  constructor(readonly width: number) {}

  /** The zero-based index the next row will get. */
  get nextRow(): number {
    return this.values.length;
  }

  /** Adds a row (padded with "" to the width) and returns its index. */
  row(cells: readonly CellValue[] = [], height?: number): number {
    if (cells.length > this.width) throw new RangeError(`row of ${cells.length} cells in a sheet ${this.width} wide`);
    const r = this.values.length;
    this.values.push([...cells, ...Array<CellValue>(this.width - cells.length).fill("")]);
    if (height !== undefined) this.rowHeights[r] = height;
    return r;
  }

  /** Adds a row whose text spans columns `from`..`to` (merged) and returns its index. */
  mergedRow(text: string, format: Format, options: { from?: number; to?: number; height?: number } = {}): number {
    const from = options.from ?? 0;
    const to = options.to ?? this.width - 1;
    const cells = Array<CellValue>(from).fill("");
    cells.push(text);
    const r = this.row(cells, options.height);
    this.merge(r, from, r, to);
    this.format(r, from, r, to, format);
    return r;
  }

  /** Merges a block (ignored for a single cell). */
  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.check(top, left, bottom, right);
    this.merges.push(rangeAddress(top, left, bottom, right));
  }

  /** Formats a block; later formats override earlier ones. */
  format(top: number, left: number, bottom: number, right: number, format: Format): void {
    this.check(top, left, bottom, right);
    this.formats.push({ range: rangeAddress(top, left, bottom, right), ...format });
  }

  private check(top: number, left: number, bottom: number, right: number): void {
    if (top < 0 || left < 0 || bottom < top || right < left || right >= this.width || bottom >= this.values.length) {
      throw new RangeError(`block (${top},${left})–(${bottom},${right}) outside the sheet's ${this.values.length}×${this.width} values`);
    }
  }
}

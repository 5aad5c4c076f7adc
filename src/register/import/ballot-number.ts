import type { CellValue } from "../cells";
import { cellText, toHalfWidth } from "../read/values";
import type { ExportShape } from "./shapes";

/**
 * The 票号 of an imported ballot, derived from the export so that importing the same export twice gives
 * the same numbers and is refused rather than counted twice:
 * - 问卷星: `问卷星-序号12`; 腾讯问卷: `腾讯问卷-编号12`; Microsoft Forms: `Forms-ID7` (the respondent's number in
 *   the export);
 * - plain sheets and long lists with a 票号 column: that 票号 as written;
 * - otherwise `导入-` and a hash of the header and the row (its position and cells), stable for the same file.
 *   The position is part of it, so two identical anonymous ballots (everyone 优秀) stay two ballots.
 */
export function derivedBallotNo(shape: ExportShape, id: CellValue | undefined, header: readonly CellValue[], row: number, cells: readonly CellValue[]): string {
  const text = toHalfWidth(cellText(id)).trim();
  if (text && shape === "wjx") return `问卷星-序号${text}`;
  if (text && shape === "tencent") return `腾讯问卷-编号${text}`;
  if (text && shape === "forms") return `Forms-ID${text}`;
  if (text) return text;
  return `导入-${rowHash(header, row, cells)}`;
}

/** FNV-1a (32 bits) of the header, the row number and the row's cells, as 8 hex digits. */
export function rowHash(header: readonly CellValue[], row: number, cells: readonly CellValue[]): string {
  const text = [header.map((v) => cellText(v)).join("\u001f"), String(row), cells.map((v) => cellText(v)).join("\u001f")].join("\u001e");
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).toUpperCase().padStart(8, "0");
}

/** Where a ballot already in 民主评议 came from, read from its 票号 as {@link derivedBallotNo} makes them. */
export type BallotSource = "wjx" | "tencent" | "forms" | "imported" | "paper";

/** Every source, in the order messages list them. */
export const BALLOT_SOURCES: readonly BallotSource[] = ["paper", "wjx", "tencent", "forms", "imported"];

/**
 * The source of a 票号 (a prefix such as 群众问卷- may come first): 问卷星-序号…, 腾讯问卷-编号…, Forms-ID…,
 * 导入-<hash>; anything else was typed in from a paper ballot (or by hand).
 */
export function ballotSource(ballotNo: string): BallotSource {
  if (/(?:^|-)问卷星-序号[^-]+$/.test(ballotNo)) return "wjx";
  if (/(?:^|-)腾讯问卷-编号[^-]+$/.test(ballotNo)) return "tencent";
  if (/(?:^|-)Forms-ID[^-]+$/.test(ballotNo)) return "forms";
  if (/(?:^|-)导入-[0-9A-F]{8}$/.test(ballotNo)) return "imported";
  return "paper";
}

/**
 * What a branch published, read back from its own generated sheets (never recomputed): the member tables
 * of `YYYY-MM 评星`, `YYYY 年度评星` and `YYYY 年度星级`, their star distribution block, and the
 * 评先评优 and 戒勉谈话 tables of `YYYY 结果运用`. Tables are found by their header row's words
 * (render/labels.ts), so the reader follows the renderers; a person's columns beside them do not matter.
 */
import { emptyDistribution, type Distribution } from "../../scheme/results";
import { STAR_LABELS } from "../../scheme/stars";
import type { Kind } from "../../scheme/types";
import type { CellValue, Grid } from "../cells";
import { labelsFor } from "../render/labels";
import { cellText, readDate, readNumber } from "../read/values";

/** One member's row of a published results table. */
export interface PublishedMember {
  id: string;
  name: string;
  group: string;
  kind: Kind;
  /** 综合得分 (month), 年度得分 (year); null when the branch published none. */
  score: number | null;
  /** Stars from the published 等级 (五星级 … 未评星); null for 未考核, 不参评, 未评议. */
  stars: number | null;
  /** The published 等级 as written. */
  label: string;
}

/** One row of the 戒勉谈话 table of `YYYY 结果运用`. */
export interface PublishedAdmonition extends Omit<PublishedMember, "kind" | "stars"> {
  /** 整改期限 (ISO when readable, else as written). */
  deadline: string;
}

/** The columns a results table is found by, and the words its cells hold. */
interface TableSpec {
  score: string;
  label: string;
}

const STARS_BY_LABEL = new Map<string, number>(STAR_LABELS.map((label, stars) => [label, stars]));

/** The stars of a published 等级: 五星级 → 5 … 未评星 → 0; null for a label without a star. */
export function starsOfLabel(label: string): number | null {
  return STARS_BY_LABEL.get(label.trim()) ?? null;
}

/** A header row's columns by their text, or null when one of `needed` is missing. */
function headerColumns(row: readonly CellValue[], needed: readonly string[]): Map<string, number> | null {
  const at = new Map<string, number>();
  row.forEach((v, c) => {
    const text = cellText(v);
    if (text && !at.has(text)) at.set(text, c);
  });
  return needed.every((n) => at.has(n)) ? at : null;
}

/** Every table under a header row holding `needed`: its columns and its rows up to the first without an 编号. */
function tablesOf(grid: Grid, needed: readonly string[]): { columns: Map<string, number>; rows: CellValue[][] }[] {
  const out: { columns: Map<string, number>; rows: CellValue[][] }[] = [];
  for (let r = 0; r < grid.length; r++) {
    const columns = headerColumns(grid[r] ?? [], needed);
    if (!columns) continue;
    const id = columns.get(needed[0])!;
    const rows: CellValue[][] = [];
    let next = r + 1;
    for (; next < grid.length && cellText(grid[next]?.[id]) !== ""; next++) rows.push(grid[next]);
    out.push({ columns, rows });
    r = next - 1;
  }
  return out;
}

function memberOf(row: readonly CellValue[], at: Map<string, number>, kind: Kind, spec: TableSpec): PublishedMember {
  const text = (column: string) => (at.has(column) ? cellText(row[at.get(column)!]) : "");
  const score = at.has(spec.score) ? readNumber(row[at.get(spec.score)!]) : null;
  const label = text(spec.label);
  return {
    id: text("编号"),
    name: text("姓名"),
    group: text("党小组"),
    kind,
    score: typeof score === "number" ? score : null,
    stars: starsOfLabel(label),
    label,
  };
}

/** The two member tables of a results sheet, 党员 first, then 党外. */
function kindTables(grid: Grid, spec: TableSpec): PublishedMember[] {
  const tables = tablesOf(grid, ["编号", "姓名", spec.score, spec.label]);
  const kinds: Kind[] = ["党员", "党外"];
  return tables.slice(0, 2).flatMap((t, i) => t.rows.map((row) => memberOf(row, t.columns, kinds[i], spec)));
}

/** The members of a month's `YYYY-MM 评星`. */
export function monthMembers(grid: Grid): PublishedMember[] {
  const columns = labelsFor().month.columns;
  return kindTables(grid, { score: columns[7], label: columns[9] });
}

/** The members of a year's `YYYY 年度评星` (proposed stars). */
export function yearMembers(grid: Grid): PublishedMember[] {
  const columns = labelsFor().year.columns;
  return kindTables(grid, { score: columns[8], label: columns[10] });
}

/** The members of a year's `YYYY 年度星级` (final stars). */
export function finalMembers(grid: Grid): PublishedMember[] {
  const columns = labelsFor().final.columns;
  return kindTables(grid, { score: columns[4], label: columns[7] });
}

/**
 * The star distribution block of a month's or a year's results sheet (星级 | 党员 | 党外 | 合计, 五星级 …
 * 未评星, 无星级), as `monthly --json` gives it; null when the sheet has no such block.
 */
export function publishedDistribution(grid: Grid): Distribution | null {
  const L = labelsFor().month;
  const [label, member, nonMember] = L.distributionColumns;
  for (let r = 0; r < grid.length; r++) {
    const at = headerColumns(grid[r] ?? [], [label, member, nonMember]);
    if (!at) continue;
    const d = emptyDistribution();
    const count = (row: readonly CellValue[] | undefined, column: string) => {
      const n = readNumber(row?.[at.get(column)!]);
      return typeof n === "number" ? n : 0;
    };
    let found = 0;
    for (let k = r + 1; k <= r + 7 && k < grid.length; k++) {
      const row = grid[k];
      const rowLabel = cellText(row?.[at.get(label)!]);
      const stars = starsOfLabel(rowLabel);
      if (stars !== null) {
        d.党员[stars] = count(row, member);
        d.党外[stars] = count(row, nonMember);
        found++;
      } else if (rowLabel === L.unscoredRow) {
        d.unscored = { 党员: count(row, member), 党外: count(row, nonMember) };
        found++;
      }
    }
    if (found === 7) return d;
  }
  return null;
}

/** The 评先评优候选 of `YYYY 结果运用` (its first table of that header). */
export function publishedCandidates(grid: Grid): PublishedMember[] {
  const c = labelsFor().outcomes.candidateColumns;
  const table = tablesOf(grid, [c[1], c[2], c[4], c[6]])[0];
  return table ? table.rows.map((row) => memberOf(row, table.columns, "党员", { score: c[4], label: c[6] })) : [];
}

/** The 戒勉谈话 of `YYYY 结果运用`, with their 整改期限. */
export function publishedAdmonitions(grid: Grid): PublishedAdmonition[] {
  const c = labelsFor().outcomes.admonitionColumns;
  const table = tablesOf(grid, [c[1], c[2], c[4], c[5], c[8]])[0];
  if (!table) return [];
  return table.rows.map((row) => {
    const { kind: _kind, stars: _stars, ...member } = memberOf(row, table.columns, "党员", { score: c[4], label: c[5] });
    void _kind;
    void _stars;
    const written = row[table.columns.get(c[8])!];
    const iso = readDate(written);
    return { ...member, deadline: typeof iso === "string" ? iso : cellText(written) };
  });
}

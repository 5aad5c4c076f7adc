/**
 * 考核细则: the criteria of the record-based score, grouped under the five leads (五带头).
 */
import { addDecimal, compareDecimal, decimalOf, decimalToNumber, type ScaledDecimal } from "./decimal";
import { problem, type Problem } from "./problems";
import type { Criterion } from "./types";

/** The five leads (五带头), the categories of criteria, in the source's order. */
export const FIVE_LEADS = ["带头学习提高", "带头争创佳绩", "带头服务群众", "带头遵纪守法", "带头弘扬正气"] as const;

/** One of the five leads. */
export type Lead = (typeof FIVE_LEADS)[number];

/** The default criteria: one per lead, 20 points each, codes C1–C5. */
export const DEFAULT_CRITERIA: readonly Criterion[] = Object.freeze(
  FIVE_LEADS.map((lead, i) => Object.freeze({ code: `C${i + 1}`, category: lead, name: lead, max: 20 })),
);

/**
 * Checks the criteria: at least one, unique codes and names, known categories, maxima > 0 that add up
 * to exactly 100 (decimal-exact). A lead without any criterion is a warning: the source asks for
 * criteria under every lead, but a branch may deliberately merge two.
 */
export function validateCriteria(criteria: readonly Criterion[]): Problem[] {
  if (criteria.length === 0) return [problem("criteria.empty", {})];
  const problems: Problem[] = [];
  const codes = new Set<string>();
  const names = new Set<string>();
  const leads = new Set<string>(FIVE_LEADS);
  const used = new Set<string>();
  let sum: ScaledDecimal = { units: 0n, scale: 0 };
  let maximaValid = true;
  for (const c of criteria) {
    const place = { criterion: c.code, ref: c.ref };
    if (codes.has(c.code)) problems.push(problem("criteria.duplicate-code", place, { code: c.code }));
    codes.add(c.code);
    if (names.has(c.name)) problems.push(problem("criteria.duplicate-name", place, { name: c.name }));
    names.add(c.name);
    if (!leads.has(c.category)) problems.push(problem("criteria.unknown-category", place, { category: c.category }));
    used.add(c.category);
    if (!Number.isFinite(c.max) || c.max <= 0) {
      problems.push(problem("criteria.max-invalid", place, { max: String(c.max) }));
      maximaValid = false;
    } else {
      sum = addDecimal(sum, decimalOf(c.max));
    }
  }
  if (maximaValid && compareDecimal(sum, { units: 100n, scale: 0 }) !== 0) {
    problems.push(problem("criteria.max-sum", {}, { sum: String(decimalToNumber(sum)) }));
  }
  for (const lead of FIVE_LEADS) {
    if (!used.has(lead)) problems.push(problem("criteria.category-missing", {}, { category: lead }));
  }
  return problems;
}

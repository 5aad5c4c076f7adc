/**
 * The composite score (综合得分): appraisal × 30% + record × 70%, from the rounded components,
 * computed exactly and rounded the same way, so that anyone can re-derive a publicised number by hand.
 */
import { addDecimal, decimalOf, hundredthsOf, multiplyDecimal, roundDecimal, roundScaledInteger, subtractDecimal } from "./decimal";

/**
 * composite = appraisal × appraisalWeight + record × recordWeight, rounded half-up to `decimals`.
 * Pass the already rounded appraisal and record. `recordWeight` defaults to 1 − appraisalWeight
 * (exactly). Null when either component is missing (no score, no star).
 */
export function compositeScore(
  appraisal: number | null,
  record: number | null,
  appraisalWeight: number,
  decimals: number,
  recordWeight?: number,
): number | null {
  if (appraisal === null || record === null) return null;
  const fast = compositeFast(appraisal, record, appraisalWeight, decimals, recordWeight);
  if (fast !== undefined) return fast;
  const wa = decimalOf(appraisalWeight);
  const wr = recordWeight === undefined ? subtractDecimal({ units: 1n, scale: 0 }, wa) : decimalOf(recordWeight);
  const exact = addDecimal(multiplyDecimal(decimalOf(appraisal), wa), multiplyDecimal(decimalOf(record), wr));
  return roundDecimal(exact, decimals);
}

/**
 * The common case in integers: scores and weights with at most two decimals, so every product is an
 * exact integer in ten-thousandths. Undefined when an input has more decimals (the BigInt path takes it).
 */
function compositeFast(appraisal: number, record: number, appraisalWeight: number, decimals: number, recordWeight: number | undefined): number | undefined {
  const a = hundredthsOf(appraisal);
  const r = hundredthsOf(record);
  const wa = hundredthsOf(appraisalWeight);
  const wr = recordWeight === undefined ? (wa === undefined ? undefined : 100 - wa) : hundredthsOf(recordWeight);
  if (a === undefined || r === undefined || wa === undefined || wr === undefined) return undefined;
  const total = a * wa + r * wr;
  // Scores are 0–100 and weights 0–1 in practice; anything far larger takes the BigInt path.
  if (!(Math.abs(total) < 2 ** 40) || decimals > 4) return undefined;
  return roundScaledInteger(total, 4, decimals);
}

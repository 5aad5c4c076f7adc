/**
 * Benchmark of the custom functions: `npx tsx bench/functions.bench.ts`.
 *
 * 1. One million =PX.STAR calls on rounded composites (what a sheet holds), with the default thresholds:
 *    calls per second against the target of 5 million per second. Also shown, not targeted: STAR on
 *    unrounded scores (the exact-rounding path) and with a thresholds range.
 * 2. A recalculation-like pass over a 10,000-row sheet: per row APPRAISAL over 30 marks, RECORD over five
 *    criteria and an adjustment, COMPOSITE, STAR, STARS, STARLABEL and PUBLICITYEND, as Excel would call
 *    them cell by cell.
 * Inputs come from a seeded PRNG, so runs are comparable. Each measurement is the median of a few runs
 * after a warm-up.
 */
import { appraisal as appraisalOf, composite as compositeOf, publicityEnd as publicityEndOf, record as recordOf, star as starOf, starLabel as starLabelOf, stars as starsOf } from '../src/functions/functions';

/** The value of a call that must not wait (the settings are known and no 0 needs checking). */
function now<T>(value: T | Promise<T>): T {
  if (value instanceof Promise) throw new Error('a function call waited although nothing needed reading');
  return value;
}
const star = (...a: Parameters<typeof starOf>) => now(starOf(...a));
const stars = (...a: Parameters<typeof starsOf>) => now(starsOf(...a));
const starLabel = (...a: Parameters<typeof starLabelOf>) => now(starLabelOf(...a));
const composite = (...a: Parameters<typeof compositeOf>) => now(compositeOf(...a));
const appraisal = (...a: Parameters<typeof appraisalOf>) => now(appraisalOf(...a));
const record = (...a: Parameters<typeof recordOf>) => now(recordOf(...a));
const publicityEnd = (...a: Parameters<typeof publicityEndOf>) => now(publicityEndOf(...a));

const STAR_CALLS = 1_000_000;
const TARGET_PER_SECOND = 5_000_000;
const ROWS = 10_000;
const MARKS_PER_ROW = 30;
const RUNS = 7;

/** mulberry32: a small seeded PRNG, deterministic across runs. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Median wall time in ms of `fn` over RUNS runs, after one warm-up run; `sink` defeats dead-code elimination. */
let sink = 0;
function measure(fn: () => number): number {
  sink += fn();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    sink += fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] as number;
}

const random = prng(20261201);
const rounded = Float64Array.from({ length: STAR_CALLS }, () => Math.round(600 + random() * 400) / 10);
const unrounded = Float64Array.from({ length: STAR_CALLS }, () => 60 + random() * 40);
const thresholds = [[96], [91], [86], [81], [76]];

function starLoop(scores: Float64Array, range?: unknown[][]): () => number {
  return () => {
    let total = 0;
    for (let i = 0; i < scores.length; i++) total += star(scores[i], range);
    return total;
  };
}

const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

console.log('PX.STAR');
const starMs = measure(starLoop(rounded));
const perSecond = (STAR_CALLS / starMs) * 1000;
console.log(
  `  ${fmt(STAR_CALLS)} calls, rounded scores, default thresholds: ${starMs.toFixed(1)} ms → ${fmt(perSecond)} calls/s ` +
    `(target ${fmt(TARGET_PER_SECOND)}/s: ${perSecond >= TARGET_PER_SECOND ? 'met' : 'NOT met'})`,
);
const slowMs = measure(starLoop(unrounded));
console.log(`  ${fmt(STAR_CALLS)} calls, unrounded scores (any double): ${slowMs.toFixed(1)} ms → ${fmt((STAR_CALLS / slowMs) * 1000)} calls/s`);
const rangeMs = measure(starLoop(rounded, thresholds));
console.log(`  ${fmt(STAR_CALLS)} calls, rounded scores, a thresholds range: ${rangeMs.toFixed(1)} ms → ${fmt((STAR_CALLS / rangeMs) * 1000)} calls/s`);

// A 10,000-row sheet: marks (grades, some numbers, some blanks), five criterion points, an adjustment.
const GRADES = ['优秀', '优秀', '合格', '合格', '基本合格', '不合格'];
const sheet = Array.from({ length: ROWS }, () => ({
  marks: [
    Array.from({ length: MARKS_PER_ROW }, () => {
      const r = random();
      return r < 0.1 ? '' : r < 0.3 ? Math.round(60 + random() * 40) : (GRADES[Math.floor(random() * GRADES.length)] as string);
    }),
  ],
  points: [Array.from({ length: 5 }, () => Math.round(random() * 40) / 2)],
  adjustments: [[random() < 0.2 ? Math.round(random() * 6) - 3 : '']],
}));

console.log(`Recalculating a ${fmt(ROWS)}-row sheet (${MARKS_PER_ROW} marks, 5 criteria, 1 adjustment per row)`);
const per: Record<string, number> = {};
const columns: [string, () => number][] = [
  ['APPRAISAL', () => sheet.reduce((s, row) => s + appraisal(row.marks), 0)],
  ['RECORD', () => sheet.reduce((s, row) => s + record(row.points, row.adjustments), 0)],
  ['COMPOSITE', () => sheet.reduce((s, _row, i) => s + composite(70 + (i % 300) / 10, 60 + (i % 400) / 10), 0)],
  ['STAR', () => sheet.reduce((s, _row, i) => s + star(60 + (i % 400) / 10), 0)],
  ['STARS', () => sheet.reduce((s, _row, i) => s + stars(60 + (i % 400) / 10).length, 0)],
  ['STARLABEL', () => sheet.reduce((s, _row, i) => s + starLabel(60 + (i % 400) / 10).length, 0)],
  ['PUBLICITYEND', () => sheet.reduce((s, _row, i) => s + publicityEnd(46357 + (i % 365), 7 + (i % 5)), 0)],
];
for (const [name, fn] of columns) {
  per[name] = measure(fn);
  console.log(`  ${name.padEnd(12)} ${per[name].toFixed(2).padStart(8)} ms for ${fmt(ROWS)} cells`);
}
const whole = measure(() => {
  let s = 0;
  for (const row of sheet) {
    const a = appraisal(row.marks);
    const r = record(row.points, row.adjustments);
    const c = composite(a, r);
    s += star(c) + stars(c).length + starLabel(c).length + c;
  }
  return s;
});
console.log(`  one row's chain (APPRAISAL → RECORD → COMPOSITE → STAR, STARS, STARLABEL) for every row: ${whole.toFixed(1)} ms`);
if (sink === 0) console.log(''); // keeps the results alive

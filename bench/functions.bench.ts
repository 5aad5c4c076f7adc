/**
 * Benchmark of the custom functions: `npx tsx bench/functions.bench.ts`.
 *
 * 1. One million =PX.STAR calls on rounded composites (what a sheet holds), with the default thresholds:
 *    calls per second against the target of 5 million per second. Also shown, not targeted: STAR on
 *    unrounded scores (the exact-rounding path) and with a thresholds range.
 * 2. A recalculation-like pass over a 10,000-row sheet: per row APPRAISAL over 30 marks, RECORD over five
 *    criteria and an adjustment, COMPOSITE, STAR, STARS, STARLABEL and PUBLICITYEND, as Excel would call
 *    them cell by cell.
 * 3. The register's settings as defaults: the same STAR calls in a register (a 设置 sheet on the fake
 *    Excel, read through src/functions/excel-settings-sheet.ts): the reads of the 设置 sheet (round trips) for a
 *    million calls, and the time per call against the scheme's defaults.
 * 4. Blank cells passed as 0: a 10,000-row recalculation whose STAR arguments are all 0 (half of them
 *    blank cells): the round trips of the lookups (batched) and the time; and the cost of the check
 *    when no argument holds a 0 (the usual case): APPRAISAL with and without an invocation.
 * Inputs come from a seeded PRNG, so runs are comparable. Each measurement is the median of a few runs
 * after a warm-up. The fake Excel answers at once: on real Excel each round trip adds tens to hundreds
 * of milliseconds, which is why the round trips are what the figures count.
 */
import { ExcelBlankCells } from "../src/functions/excel-blank-cells";
import { ExcelSettingsSheet } from "../src/functions/excel-settings-sheet";
import { installBlankCellReader } from "../src/functions/blank-cells";
import { SCHEME_DEFAULTS_SOURCE, installDefaultsSource } from "../src/functions/defaults";
import { RegisterDefaults } from "../src/functions/register-defaults";
import { SETTING_ROWS } from "../src/register/setting-rows";
import { FakeExcel } from "../test/fakes/fake-excel";
import {
  appraisal as appraisalOf,
  composite as compositeOf,
  publicityEnd as publicityEndOf,
  record as recordOf,
  star as starOf,
  starLabel as starLabelOf,
  stars as starsOf,
} from "../src/functions/functions";
import { seededRandom } from "../src/sample/random";

/** The value of a call that must not wait (the settings are known and no 0 needs checking), out of its 1×1 result. */
function now<T>(value: T[][] | Promise<T[][]>): T {
  if (value instanceof Promise) throw new Error("a function call waited although nothing needed reading");
  return (value[0] as T[])[0] as T;
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

const random = seededRandom(20261201);
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

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

console.log("PX.STAR");
const starMs = measure(starLoop(rounded));
const perSecond = (STAR_CALLS / starMs) * 1000;
console.log(
  `  ${fmt(STAR_CALLS)} calls, rounded scores, default thresholds: ${starMs.toFixed(1)} ms → ${fmt(perSecond)} calls/s ` +
    `(target ${fmt(TARGET_PER_SECOND)}/s: ${perSecond >= TARGET_PER_SECOND ? "met" : "NOT met"})`,
);
const slowMs = measure(starLoop(unrounded));
console.log(`  ${fmt(STAR_CALLS)} calls, unrounded scores (any double): ${slowMs.toFixed(1)} ms → ${fmt((STAR_CALLS / slowMs) * 1000)} calls/s`);
const rangeMs = measure(starLoop(rounded, thresholds));
console.log(`  ${fmt(STAR_CALLS)} calls, rounded scores, a thresholds range: ${rangeMs.toFixed(1)} ms → ${fmt((STAR_CALLS / rangeMs) * 1000)} calls/s`);

// A 10,000-row sheet: marks (grades, some numbers, some blanks), five criterion points, an adjustment.
const GRADES = ["优秀", "优秀", "合格", "合格", "基本合格", "不合格"];
const sheet = Array.from({ length: ROWS }, () => ({
  marks: [
    Array.from({ length: MARKS_PER_ROW }, () => {
      const r = random();
      return r < 0.1 ? "" : r < 0.3 ? Math.round(60 + random() * 40) : (GRADES[Math.floor(random() * GRADES.length)] as string);
    }),
  ],
  points: [Array.from({ length: 5 }, () => Math.round(random() * 40) / 2)],
  adjustments: [[random() < 0.2 ? Math.round(random() * 6) - 3 : ""]],
}));

console.log(`Recalculating a ${fmt(ROWS)}-row sheet (${MARKS_PER_ROW} marks, 5 criteria, 1 adjustment per row)`);
const per: Record<string, number> = {};
const columns: [string, () => number][] = [
  ["APPRAISAL", () => sheet.reduce((s, row) => s + appraisal(row.marks), 0)],
  ["RECORD", () => sheet.reduce((s, row) => s + record(row.points, row.adjustments), 0)],
  ["COMPOSITE", () => sheet.reduce((s, _row, i) => s + composite(70 + (i % 300) / 10, 60 + (i % 400) / 10), 0)],
  ["STAR", () => sheet.reduce((s, _row, i) => s + star(60 + (i % 400) / 10), 0)],
  ["STARS", () => sheet.reduce((s, _row, i) => s + stars(60 + (i % 400) / 10).length, 0)],
  ["STARLABEL", () => sheet.reduce((s, _row, i) => s + starLabel(60 + (i % 400) / 10).length, 0)],
  ["PUBLICITYEND", () => sheet.reduce((s, _row, i) => s + publicityEnd(46357 + (i % 365), 7 + (i % 5)), 0)],
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
if (sink === 0) console.log(""); // keeps the results alive

async function registerFigures(): Promise<void> {
  console.log("The register's settings as defaults (a 设置 sheet with 小数位数 2 and thresholds 96 … 76)");
  const settings = [
    ["项目", "值", "说明"],
    ...SETTING_ROWS.map((r) => [
      r.name,
      ({ 小数位数: 2, 五星级下限: 96, 四星级下限: 91, 三星级下限: 86, 二星级下限: 81, 一星级下限: 76 } as Record<string, number>)[r.name] ?? r.value,
      r.note,
    ]),
  ];
  const fake = new FakeExcel({ sheets: { 设置: settings } });
  const source = new RegisterDefaults(
    new ExcelSettingsSheet(
      (batch) => fake.run(batch),
      () => true,
    ),
  );
  installDefaultsSource(source);
  await starOf(90); // the first call reads the settings
  const registerMs = measure(starLoop(rounded));
  console.log(
    `  ${fmt(STAR_CALLS * (RUNS + 1))} calls: ${source.reads} read of the 设置 sheet, ${fake.syncCount} round trip in all; ` +
      `${registerMs.toFixed(1)} ms per million calls (scheme defaults: ${starMs.toFixed(1)} ms) → ${fmt((STAR_CALLS / registerMs) * 1000)} calls/s`,
  );
  installDefaultsSource(SCHEME_DEFAULTS_SOURCE);
}

async function blankFigures(): Promise<void> {
  console.log(`Blank cells passed as 0: ${fmt(ROWS)} STAR cells whose arguments are all 0, half of them blank cells`);
  const fake = new FakeExcel({ sheets: { Sheet1: Array.from({ length: ROWS }, (_, i) => [i % 2 === 0 ? "" : 0]) } });
  const reader = new ExcelBlankCells((batch) => fake.run(batch));
  installBlankCellReader(reader);
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    fake.resetStats();
    const start = process.hrtime.bigint();
    const results = await Promise.allSettled(
      Array.from({ length: ROWS }, (_, i) => starOf(0, undefined, undefined, { parameterAddresses: [`Sheet1!A${i + 1}`] })),
    );
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    sink += results.filter((r) => r.status === "fulfilled").length;
  }
  times.sort((a, b) => a - b);
  console.log(
    `  ${fake.syncCount} round trip per recalculation (${reader.batches} lookups batches over 3 runs), largest request ${fmt(fake.largestRequest)} bytes; ${(times[1] as number).toFixed(1)} ms on the fake Excel`,
  );
  const invocation = { parameterAddresses: ["Sheet1!B1:AE1", null, null, null] };
  const plain = measure(() => sheet.reduce((s, row) => s + appraisal(row.marks), 0));
  const checked = measure(() => sheet.reduce((s, row) => s + appraisal(row.marks, undefined, undefined, undefined, invocation), 0));
  console.log(
    `  no 0 in the arguments: APPRAISAL over ${fmt(ROWS)} rows ${plain.toFixed(2)} ms without the check, ${checked.toFixed(2)} ms with it (no round trip)`,
  );
  installBlankCellReader(undefined);
}

void registerFigures()
  .then(blankFigures)
  .then(() => {
    if (sink === 0) console.log("");
  });

/**
 * Benchmark of the inputs' fingerprint (register/render/fingerprint.ts), which every generation and every
 * state check computes over the input sheets: `npx tsx bench/fingerprint.bench.ts`. Prints the median time
 * (after warm-up) of hashing a roster of 20,000 and of 100,000 rows.
 */
import { performance } from "node:perf_hooks";
import type { CellValue } from "../src/register/cells";
import { fingerprint } from "../src/register/render/fingerprint";

const SIZES = [20_000, 100_000];
const RUNS = 7;

function roster(rows: number): CellValue[][] {
  return Array.from({ length: rows }, (_, i) => [`D${i}`, `姓名${i}`, "党员", i % 100, i / 7, ""]);
}

for (const rows of SIZES) {
  const sheets = new Map([["人员名册", roster(rows)]]);
  fingerprint(sheets); // warm-up
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    fingerprint(sheets);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(`fingerprint of ${rows.toLocaleString("en-US")} rows × 6 columns: median ${times[Math.floor(RUNS / 2)]!.toFixed(1)} ms`);
}

/**
 * Benchmark of the scheme engine: `npx tsx bench/scheme.bench.ts`.
 *
 * Builds synthetic branches in memory (seeded PRNG, deterministic) and prints, per size, the median
 * time (after warm-up) of a monthly and an annual computation, the marks processed per second and the
 * memory: the heap grown by one computation, and the peak RSS of the process (which also holds the
 * synthetic input). Each size runs in its own child process so that peak RSS belongs to that size.
 */
import { fork } from "node:child_process";
import { DEFAULT_CRITERIA } from "../src/scheme/criteria";
import { computeMonth } from "../src/scheme/month";
import { DEFAULT_SETTINGS, GRADES } from "../src/scheme/settings";
import { computeYear } from "../src/scheme/year";
import type { Adjustment, Ballot, Member, RecordRow } from "../src/scheme/types";
import type { YearInput } from "../src/scheme/year";
import { seededRandom } from "../src/sample/random";

interface Size {
  label: string;
  members: number;
  /** Ballots per period; each ballot marks every member but its voter. */
  ballots: number;
  runs: number;
}

const SIZES: Size[] = [
  { label: "50 members, 50 ballots/month", members: 50, ballots: 50, runs: 25 },
  { label: "500 members, 500 ballots/month", members: 500, ballots: 500, runs: 5 },
  { label: "5,000 members, 50 ballots/month", members: 5000, ballots: 50, runs: 5 },
];

const YEAR = "2026";
const MONTH = "2026-11";
const MB = 1024 * 1024;

/** A synthetic branch: roster, a record row per member and month, some adjustments, full ballots. */
function buildBranch(size: Size): YearInput {
  const random = seededRandom(20261130 + size.members);
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const members: Member[] = Array.from({ length: size.members }, (_, i) => ({
    id: `M${String(i + 1).padStart(5, "0")}`,
    name: `成员${i + 1}`,
    kind: i % 10 === 9 ? "党外" : "党员",
    group: `第${(i % 5) + 1}党小组`,
    // a few transfers, so that roster dates are exercised
    ...(i % 97 === 5 && { joined: "2026-03-15" }),
    ...(i % 89 === 7 && { left: "2026-09-10" }),
  }));
  const periods = Array.from({ length: 12 }, (_, m) => `${YEAR}-${String(m + 1).padStart(2, "0")}`);
  const records: RecordRow[] = [];
  const adjustments: Adjustment[] = [];
  const ballots: Ballot[] = [];
  const grades = GRADES.slice(0, 3);
  for (const period of [...periods, YEAR]) {
    if (period !== YEAR) {
      for (const m of members) {
        const points: Record<string, number> = {};
        for (const c of DEFAULT_CRITERIA) points[c.code] = int(14, 20) - (random() < 0.1 ? 0.5 : 0);
        records.push({ period, memberId: m.id, points, ref: `记实考核!A${records.length + 2}` });
        if (random() < 0.1) adjustments.push({ period, memberId: m.id, points: int(-3, 3), reason: "事由", ref: `加减分!C${adjustments.length + 2}` });
      }
    }
    for (let b = 0; b < size.ballots; b++) {
      const voter = members[b % members.length] as Member;
      const marks: Ballot["marks"] = [];
      for (const m of members) {
        if (m === voter) continue;
        const r = random();
        const mark = r < 0.75 ? (grades[int(0, 2)] as string) : r < 0.98 ? int(60, 100) : int(120, 199) / 2;
        marks.push({ memberId: m.id, mark });
      }
      ballots.push({
        period,
        ballotNo: String(b + 1),
        voterId: voter.id,
        voterName: voter.name,
        role: b === 0 ? "群众代表" : "党员",
        marks,
        ref: `民主评议!A${b + 2}`,
      });
    }
  }
  return { year: YEAR, settings: DEFAULT_SETTINGS, members, criteria: DEFAULT_CRITERIA, records, adjustments, ballots };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/**
 * Times `fn` (median of `runs` after one warm-up; garbage collection during a run is part of its
 * cost, as in real use) and the heap it grows by in one run started right after a full collection.
 */
function measure(fn: () => unknown, runs: number): { ms: number; heapMb: number } {
  fn(); // warm-up
  gc();
  const before = process.memoryUsage().heapUsed;
  let keep: unknown = fn();
  const heapMb = (process.memoryUsage().heapUsed - before) / MB;
  keep = null;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    keep = fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    keep = null;
  }
  void keep;
  return { ms: median(times), heapMb };
}

interface Row {
  label: string;
  monthMarks: number;
  yearMarks: number;
  monthMs: number;
  monthHeapMb: number;
  yearMs: number;
  yearHeapMb: number;
  inputRssMb: number;
  peakRssMb: number;
  buildMs: number;
}

function runChild(index: number): Row {
  const size = SIZES[index] as Size;
  const t0 = Date.now(); // the bench may read the clock; the engine never does
  const input = buildBranch(size);
  const buildMs = Date.now() - t0;
  gc();
  const inputRssMb = process.memoryUsage().rss / MB;
  const monthBallots = input.ballots.filter((b) => b.period === MONTH);
  const monthMarks = monthBallots.reduce((n, b) => n + b.marks.length, 0);
  const yearMarks = input.ballots.reduce((n, b) => n + b.marks.length, 0);
  const year = measure(() => computeYear(input), size.runs);
  const month = measure(() => computeMonth({ ...input, period: MONTH }), Math.max(size.runs, 9));
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return {
    label: size.label,
    monthMarks,
    yearMarks,
    monthMs: month.ms,
    monthHeapMb: month.heapMb,
    yearMs: year.ms,
    yearHeapMb: year.heapMb,
    inputRssMb,
    peakRssMb,
    buildMs,
  };
}

function inChild(index: number): Promise<Row> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ["--child", String(index)], {
      execArgv: [...process.execArgv, "--expose-gc", "--max-old-space-size=4096"],
    });
    child.once("message", (row) => resolve(row as Row));
    child.once("error", reject);
    child.once("exit", (code) => {
      if (code !== 0) reject(new Error(`bench child ${index} exited with ${code}`));
    });
  });
}

const fmt = (n: number, d = 1) => n.toFixed(d);
const rate = (marks: number, ms: number) => `${fmt(marks / (ms / 1000) / 1e6, 2)} M/s`;

async function main(): Promise<void> {
  console.log("积分评星 scheme engine benchmark");
  console.log(`node ${process.version}, ${(await import("node:os")).cpus().length} CPUs, ${process.platform}/${process.arch}\n`);
  const rows: Row[] = [];
  for (let i = 0; i < SIZES.length; i++) rows.push(await inChild(i));

  const header = ["size", "computation", "marks", "median time", "marks/s", "heap grown", "target", "met"];
  const table: string[][] = [];
  rows.forEach((r, i) => {
    const monthTarget = i === 0 ? { text: "< 5 ms", met: r.monthMs < 5 } : undefined;
    const yearTarget = i === 1 ? { text: "< 2 s, < 500 MB peak RSS", met: r.yearMs < 2000 && r.peakRssMb < 500 } : undefined;
    table.push([
      r.label,
      "monthly",
      String(r.monthMarks),
      `${fmt(r.monthMs, 2)} ms`,
      rate(r.monthMarks, r.monthMs),
      `${fmt(r.monthHeapMb)} MB`,
      monthTarget?.text ?? "—",
      monthTarget ? (monthTarget.met ? "yes" : "NO") : "—",
    ]);
    table.push([
      "",
      "annual",
      String(r.yearMarks),
      `${fmt(r.yearMs, 1)} ms`,
      rate(r.yearMarks, r.yearMs),
      `${fmt(r.yearHeapMb)} MB`,
      yearTarget?.text ?? "—",
      yearTarget ? (yearTarget.met ? "yes" : "NO") : "—",
    ]);
    table.push(["", `RSS: input ${fmt(r.inputRssMb, 0)} MB, peak ${fmt(r.peakRssMb, 0)} MB (input built in ${r.buildMs} ms)`, "", "", "", "", "", ""]);
  });
  const widths = header.map((h, c) => Math.max(width(h), ...table.filter((row) => !row[1]?.startsWith("RSS")).map((row) => width(row[c] as string))));
  const line = (cells: string[]) => cells.map((cell, c) => pad(cell, widths[c] as number)).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const row of table) console.log(row[1]?.startsWith("RSS") ? `${" ".repeat((widths[0] as number) + 2)}${row[1]}` : line(row));
  const allMet = rows[0]!.monthMs < 5 && rows[1]!.yearMs < 2000 && rows[1]!.peakRssMb < 500;
  console.log(`\nTargets ${allMet ? "met" : "NOT met"}. Peak RSS includes the synthetic input held in memory.`);
}

/** Display width: CJK characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1;
  return w;
}

function pad(s: string, w: number): string {
  return s + " ".repeat(Math.max(0, w - width(s)));
}

if (process.argv[2] === "--child") {
  const row = runChild(Number(process.argv[3]));
  process.send?.(row, () => process.exit(0));
} else {
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}

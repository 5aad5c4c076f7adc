/**
 * Benchmark of the Excel adapter's round trips: `npx tsx bench/excel.bench.ts`.
 *
 * Writes a realistic monthly results sheet (13 columns per member, formats, print setup, chart) for 10,
 * 100 and 1,000 members through ExcelWorkbook and through a naive writer that syncs once per member, on
 * the fake Excel request context, and prints the round trips (context.sync calls), the largest request
 * and the ratio. A round trip to Excel on the web costs tens to hundreds of milliseconds, so round trips
 * dominate; the largest request must stay under Excel on the web's 5 MB limit. A last line shows a sheet
 * too large for one request (200,000 rows) going in blocks.
 */
import { ExcelWorkbook } from "../src/excel/excel-workbook";
import { PAYLOAD_LIMIT } from "../src/excel/payload";
import { FakeExcel } from "../test/fakes/fake-excel";
import { monthlyPlan } from "../test/excel/monthly-plan";
import { naiveWrite } from "../test/excel/naive-writer";

interface Figures {
  syncs: number;
  largest: number;
  total: number;
  ms: number;
}

function figures(fake: FakeExcel, started: number): Figures {
  return {
    syncs: fake.syncCount,
    largest: fake.largestRequest,
    total: fake.requests.reduce((a, r) => a + r.bytes, 0),
    ms: performance.now() - started,
  };
}

async function adapterWrite(members: number): Promise<Figures> {
  const fake = new FakeExcel({ sheets: { 设置: [["项目", "值"]] } });
  const workbook = new ExcelWorkbook((batch) => fake.run(batch));
  const started = performance.now();
  await workbook.write({ sheets: [monthlyPlan(members)] });
  return figures(fake, started);
}

async function adapterRegenerate(members: number): Promise<Figures> {
  const fake = new FakeExcel({ sheets: { 设置: [["项目", "值"]] } });
  const workbook = new ExcelWorkbook((batch) => fake.run(batch));
  await workbook.write({ sheets: [monthlyPlan(members)] });
  fake.resetStats();
  const started = performance.now();
  await workbook.write({ sheets: [monthlyPlan(members)] });
  return figures(fake, started);
}

/** A whole monthly generation as the task pane does it: read the register (and inspect), then write. */
async function monthlyGeneration(members: number, again: boolean): Promise<Figures> {
  const fake = new FakeExcel({ sheets: { 设置: [["项目", "值"]] } });
  const workbook = new ExcelWorkbook((batch) => fake.run(batch));
  const sheets = () => [monthlyPlan(members), { ...monthlyPlan(members), name: "2026-11 公示", chart: undefined }];
  if (again) await workbook.write({ sheets: sheets() });
  fake.resetStats();
  const started = performance.now();
  await workbook.readSheets(["设置", "人员名册", "记实考核", "加减分", "民主评议", "2026-11 评星", "2026-11 公示"]);
  await workbook.write({ sheets: sheets() });
  return figures(fake, started);
}

async function naive(members: number): Promise<Figures> {
  const fake = new FakeExcel({ sheets: { 设置: [["项目", "值"]] } });
  const started = performance.now();
  await naiveWrite((batch) => fake.run(batch), monthlyPlan(members));
  return figures(fake, started);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (s: string | number, n: number) => String(s).padStart(n);

async function main(): Promise<void> {
  console.log(`Excel adapter round trips (fake Excel; request limit ${PAYLOAD_LIMIT.toLocaleString("en")} bytes)\n`);
  console.log("monthly generation = read the register and inspect the workbook, then build and swap the sheets;");
  console.log("the first generation of a month takes the same two: new sheets are owned by their registry reference, not their id.\n");
  const head = ["members", "month: syncs", "first time", "largest req", "write only", "naive: syncs", "naive largest", "ratio"];
  const widths = [8, 12, 10, 11, 10, 12, 13, 6];
  console.log(head.map((h, i) => (i === 0 ? h.padEnd(widths[i]) : h.padStart(widths[i]))).join(" | "));
  console.log("-".repeat(widths.reduce((a, b) => a + b + 3, 0)));
  for (const members of [10, 100, 1000]) {
    const g = await monthlyGeneration(members, true);
    const f = await monthlyGeneration(members, false);
    const w = await adapterRegenerate(members);
    const n = await naive(members);
    const cells = [
      String(members).padEnd(8),
      pad(g.syncs, 12),
      pad(f.syncs, 10),
      pad(kb(g.largest), 11),
      pad(w.syncs, 10),
      pad(n.syncs, 12),
      pad(kb(n.largest), 13),
      pad(`${(n.syncs / g.syncs).toFixed(0)}×`, 6),
    ];
    console.log(cells.join(" | "));
  }
  const big = await adapterWrite(200_000);
  console.log(`\n200,000 rows (too large for one request): ${big.syncs} syncs, largest request ${kb(big.largest)}, ${(big.total / 1e6).toFixed(1)} MB in all`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

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
import { ExcelWorkbook } from '../src/excel/excel-workbook';
import { PAYLOAD_LIMIT } from '../src/excel/payload';
import { FakeExcel } from '../test/fakes/fake-excel';
import { monthlyPlan } from '../test/excel/monthly-plan';
import { naiveWrite } from '../test/excel/naive-writer';

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
  const fake = new FakeExcel({ sheets: { 设置: [['项目', '值']] } });
  const workbook = new ExcelWorkbook((batch) => fake.run(batch));
  const started = performance.now();
  await workbook.write({ sheets: [monthlyPlan(members)] });
  return figures(fake, started);
}

async function adapterRegenerate(members: number): Promise<Figures> {
  const fake = new FakeExcel({ sheets: { 设置: [['项目', '值']] } });
  const workbook = new ExcelWorkbook((batch) => fake.run(batch));
  await workbook.write({ sheets: [monthlyPlan(members)] });
  fake.resetStats();
  const started = performance.now();
  await workbook.write({ sheets: [monthlyPlan(members)] });
  return figures(fake, started);
}

async function adapterRead(members: number): Promise<Figures> {
  const fake = new FakeExcel({ sheets: { 设置: [['项目', '值']] } });
  const workbook = new ExcelWorkbook((batch) => fake.run(batch));
  await workbook.write({ sheets: [monthlyPlan(members)] });
  fake.resetStats();
  const started = performance.now();
  await workbook.readSheets(['设置', '2026-11 评星']);
  const f = figures(fake, started);
  return { ...f, largest: fake.largestResponse };
}

async function naive(members: number): Promise<Figures> {
  const fake = new FakeExcel({ sheets: { 设置: [['项目', '值']] } });
  const started = performance.now();
  await naiveWrite((batch) => fake.run(batch), monthlyPlan(members));
  return figures(fake, started);
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const pad = (s: string | number, n: number) => String(s).padStart(n);

async function main(): Promise<void> {
  console.log(`Excel adapter round trips (fake Excel; request limit ${PAYLOAD_LIMIT.toLocaleString('en')} bytes)\n`);
  console.log(`${'members'.padEnd(8)} | ${'write: syncs'.padStart(12)} | ${'largest req'.padStart(11)} | ${'regenerate'.padStart(10)} | ${'read: syncs'.padStart(11)} | ${'largest resp'.padStart(12)} | ${'naive: syncs'.padStart(12)} | ${'naive largest'.padStart(13)} | ${'ratio'.padStart(6)}`);
  console.log('-'.repeat(123));
  for (const members of [10, 100, 1000]) {
    const w = await adapterWrite(members);
    const g = await adapterRegenerate(members);
    const r = await adapterRead(members);
    const n = await naive(members);
    console.log(
      `${String(members).padEnd(8)} | ${pad(w.syncs, 12)} | ${pad(kb(w.largest), 11)} | ${pad(g.syncs, 10)} | ${pad(r.syncs, 11)} | ${pad(kb(r.largest), 12)} | ${pad(n.syncs, 12)} | ${pad(kb(n.largest), 13)} | ${pad(`${(n.syncs / w.syncs).toFixed(0)}×`, 6)}`
    );
  }
  const big = await adapterWrite(200_000);
  console.log(`\n200,000 rows (too large for one request): ${big.syncs} syncs, largest request ${kb(big.largest)}, ${(big.total / 1e6).toFixed(1)} MB in all`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

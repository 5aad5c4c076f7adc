/**
 * The command line on a year's register: `monthly` on 300 members × 12 months × 50 ballots a month (the web
 * bench's register, 617 KB), run in this process through main: read the file, generate November, write the
 * copy. The best of {@link RUNS} runs, with the spread of all.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main";
import { XlsxWorkbook } from "../src/xlsx/xlsx-workbook";
import { bigRegister } from "./big-register";

const MEMBERS = 300;
const BALLOTS = 50;
const RUNS = 3;

async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "cli-bench-"));
  try {
    const file = join(dir, "大支部登记簿.xlsx");
    const book = XlsxWorkbook.empty({ now: () => new Date("2026-11-23T04:00:00Z") });
    await book.write({ inputSheets: bigRegister(MEMBERS, "2026", BALLOTS) });
    await book.saveAs(file);
    const quiet = { stdout: () => undefined, stderr: () => undefined, now: () => new Date("2026-11-23T04:00:00Z") };
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const code = await main(["monthly", file, "--month", "2026-11", "--today", "2026-11-23", "--out", join(dir, `out-${i}.xlsx`)], quiet);
      times.push(performance.now() - t);
      if (code !== 0) throw new Error(`monthly exited with ${code}`);
    }
    const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(`register: ${MEMBERS} members, 12 months, ${BALLOTS} ballots a month`);
    console.log(`monthly --month 2026-11:    ${fmt(Math.min(...times))} best of ${RUNS} (${times.map(fmt).join(", ")})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});

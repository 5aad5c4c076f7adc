/**
 * 党委汇总 at a committee's size: 100 branch registers of 50 members each (a year of record rows, 30 ballots a
 * month, November generated), rolled up for November on the command line (in this process, through main) and
 * in the web page in Chromium (the files chosen at once, timed to the summary shown, then 保存汇总). Peak
 * memory: this process's resident set, sampled; the page's JS heap. The web part needs `npm run build`.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { main } from "../src/cli/main";
import { generateMonth } from "../src/register/month-workflow";
import type { SheetPlan } from "../src/register/sheet-plan";
import { XlsxWorkbook } from "../src/xlsx/xlsx-workbook";
import { bigRegister } from "./big-register";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDist, launchBrowser } = require("../test/e2e/harness") as {
  serveDist(): Promise<{ url: string; close(): Promise<void> }>;
  launchBrowser(): Promise<import("playwright-core").Browser>;
};

const BRANCHES = Number(process.env.ROLLUP_BRANCHES ?? 100);
const MEMBERS = 50;
const BALLOTS = 30;
const MONTH = "2026-11";
const AT = "2026-11-26T10:00:00+08:00";

/** Branch `n`'s register: its own 支部名称, 编号 and 党小组. */
function branchPlans(n: number): SheetPlan[] {
  return bigRegister(MEMBERS, "2026", BALLOTS).map((plan) => ({
    ...plan,
    values: plan.values.map((row) =>
      row.map((v) => {
        if (typeof v !== "string") return v;
        if (/^M\d{4}$/.test(v)) return `B${n}-${v}`;
        if (/^第\d党小组$/.test(v)) return `第${n}支部${v}`;
        if (v === "第一党支部") return `第${n}党支部`;
        return v;
      }),
    ),
  }));
}

async function makeBranches(dir: string): Promise<void> {
  for (let n = 1; n <= BRANCHES; n++) {
    const wb = XlsxWorkbook.empty({ now: () => new Date(AT) });
    await wb.write({ inputSheets: branchPlans(n) });
    const run = await generateMonth(wb, { period: MONTH, generatedAt: AT });
    if (run.blocked) throw new Error(`branch ${n} not generated`);
    await wb.saveAs(join(dir, `第${String(n).padStart(3, "0")}党支部.xlsx`));
  }
}

async function cli(dir: string): Promise<void> {
  const out: string[] = [];
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t = performance.now();
  const code = await main(["rollup", dir, "--month", MONTH, "--today", "2026-11-28", "--json", "--out", join(dir, "..", "cli-rollup.xlsx")], {
    stdout: (s) => out.push(s),
    stderr: () => undefined,
    now: () => new Date(),
  });
  const ms = performance.now() - t;
  clearInterval(timer);
  const doc = JSON.parse(out.join(""));
  console.log(
    `command line: ${BRANCHES} branches × ${MEMBERS} members rolled up in ${(ms / 1000).toFixed(2)} s (exit ${code}, ${doc.total.assessed} members; target < 10 s)`,
  );
  console.log(`command line: peak resident memory ${(peak / 1024 / 1024).toFixed(0)} MB (this process, incl. tsx; target < 1 GB)`);
}

async function web(dir: string): Promise<void> {
  if (!existsSync(resolve(__dirname, "..", "dist", "web", "rollup.html"))) {
    console.log("dist/web/rollup.html is missing: run `npm run build` first (web part skipped)");
    return;
  }
  const files = readdirSync(dir).map((f) => join(dir, f));
  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "zh-CN", acceptDownloads: true });
    await page.goto(`${server.url}web/rollup.html?today=2026-11-28`);
    await page.getByTestId("rollup-files").waitFor({ state: "attached" });
    let t = performance.now();
    await page.getByTestId("rollup-files").setInputFiles(files);
    await page.getByTestId("rollup-summary").waitFor({ timeout: 300_000 });
    const rollMs = performance.now() - t;
    const heap = await page.evaluate(() => (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
    t = performance.now();
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.getByTestId("save-rollup").click()]);
    await download.path();
    const saveMs = performance.now() - t;
    console.log(
      `web page: ${files.length} files chosen → roll-up shown in ${(rollMs / 1000).toFixed(2)} s (target < 15 s); 保存汇总 ${(saveMs / 1000).toFixed(2)} s`,
    );
    console.log(`web page: JS heap after the roll-up ${(heap / 1024 / 1024).toFixed(0)} MB (target < 1 GB)`);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function run(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), "rollup-bench-"));
  const dir = join(root, "branches");
  mkdirSync(dir);
  try {
    const t = performance.now();
    await makeBranches(dir);
    const size = readdirSync(dir).reduce((sum, f) => sum + readFileSync(join(dir, f)).length, 0);
    console.log(
      `${BRANCHES} branch registers made and November generated in ${((performance.now() - t) / 1000).toFixed(0)} s (${(size / 1024 / 1024).toFixed(1)} MB of .xlsx)`,
    );
    await cli(dir);
    await web(dir);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

run().catch((e) => {
  console.error(e);
  process.exit(1);
});

/**
 * The web app in Chromium (Debian's, through playwright-core): a 300-member register with a year of data
 * (12 months of record rows and 50 ballots a month) is opened from disk, its November generated and a copy
 * saved, each timed from the click to what the secretary sees; and the page's scripts loaded before a file
 * is chosen are weighed (gzipped). Each figure is measured in {@link RUNS} fresh pages and given as the best
 * run with the spread of all runs (the machine's load moves single runs a lot). Needs the built page
 * (dist/web: `npm run build`).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { XlsxWorkbook } from "../src/xlsx/xlsx-workbook";
import { bigRegister } from "./big-register";

// The e2e harness is plain JavaScript shared with the browser tests.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveDist, launchBrowser, settled } = require("../test/e2e/harness") as {
  serveDist(): Promise<{ url: string; close(): Promise<void> }>;
  launchBrowser(): Promise<import("playwright-core").Browser>;
  settled(page: import("playwright-core").Page): Promise<unknown>;
};

const MEMBERS = 300;
const BALLOTS = 50;
const DIST_WEB = resolve(__dirname, "..", "dist", "web");
const RUNS = 3;

interface Run {
  openMs: number;
  generateMs: number;
  saveMs: number;
}

/** One walk through the page: open the file, generate November, save a copy; each step timed. */
async function walk(page: import("playwright-core").Page, file: string): Promise<Run> {
  let t = performance.now();
  await page.getByTestId("open-file").setInputFiles(file);
  await page.getByTestId("file-name").waitFor();
  await page.getByRole("tab", { name: "记实考核", exact: true }).waitFor();
  const openMs = performance.now() - t;

  // The pane reads the month's state, then opens its next step itself: wait for both before choosing it.
  await page.getByTestId("month-state").filter({ hasText: "2026年11月：" }).waitFor();
  await settled(page);
  // The step's header is named "5. 生成本月评星"; its action button shares the words.
  const generate = page.getByRole("button", { name: /^\d+\. 生成本月评星$/ });
  if ((await generate.getAttribute("aria-expanded")) !== "true") await generate.click();
  await settled(page);
  t = performance.now();
  await page.getByTestId("taskpane").getByRole("button", { name: "生成本月评星", exact: true }).click();
  await page
    .getByTestId("taskpane")
    .getByText(/已生成“2026-11 评星”/)
    .waitFor({ timeout: 120_000 });
  const generateMs = performance.now() - t;

  t = performance.now();
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.getByTestId("save-copy").click()]);
  await download.path();
  const saveMs = performance.now() - t;
  return { openMs, generateMs, saveMs };
}

async function main(): Promise<void> {
  if (!existsSync(join(DIST_WEB, "index.html"))) {
    console.log("dist/web is missing: run `npm run build` first (skipped)");
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "web-bench-"));
  const file = join(dir, "大支部登记簿.xlsx");
  const book = XlsxWorkbook.empty({ now: () => new Date("2026-11-23T04:00:00Z") });
  await book.write({ inputSheets: bigRegister(MEMBERS, "2026", BALLOTS) });
  await book.saveAs(file);
  const size = readFileSync(file).length;

  const server = await serveDist();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "zh-CN", acceptDownloads: true });
    await page.goto(`${server.url}web/index.html?today=2026-11-23&month=2026-11`);
    await page.getByRole("button", { name: "打开登记簿…" }).waitFor();
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((e) => e.name)
        .filter((n) => n.endsWith(".js")),
    );
    const pageGz = scripts.reduce((sum, url) => sum + gzipSync(readFileSync(join(DIST_WEB, new URL(url).pathname.replace(/^\/web\//, "")))).length, 0);

    await page.close();
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const fresh = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "zh-CN", acceptDownloads: true });
      await fresh.goto(`${server.url}web/index.html?today=2026-11-23`);
      await fresh.getByRole("button", { name: "打开登记簿…" }).waitFor();
      runs.push(await walk(fresh, file));
      await fresh.close();
    }

    const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    // The best run, then the spread of all runs.
    const figure = (pick: (r: Run) => number) => {
      const all = runs.map(pick);
      return `${fmt(Math.min(...all))} best of ${RUNS} (${all.map(fmt).join(", ")})`;
    };
    console.log(`register: ${MEMBERS} members, 12 months, ${BALLOTS} ballots a month (${(size / 1024).toFixed(0)} KB .xlsx)`);
    console.log(`page scripts before a file is chosen: ${(pageGz / 1024).toFixed(1)} KB gzipped (${scripts.length} files; target 250 KB)`);
    console.log(`open the register:          ${figure((r) => r.openMs)} (target ≤ 1.5 s)`);
    console.log(`generate 2026-11:           ${figure((r) => r.generateMs)} (target ≤ 1.5 s)`);
    console.log(`save a copy (download):     ${figure((r) => r.saveMs)} (target ≤ 1.5 s)`);
  } finally {
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});

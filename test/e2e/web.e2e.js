// 积分评星网页版 in Chromium: a secretary without Excel opens the register that `star-register template
// --sample` made, generates the month in the browser, saves a copy, and the copy holds exactly what the
// command line writes for the same register. The page makes no request to another origin, leaving with
// unsaved work asks first, and the sheet view works as a person expects (Enter moves down, typing replaces,
// the drop-down lists of the input sheets are offered, a new tab is scrolled into sight).
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { serveDist, launchBrowser, settled, DOCS } = require("./harness");

const ROOT = path.resolve(__dirname, "..", "..");
const TODAY = "2026-11-23";
let server, browser, dir;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "web-e2e-"));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs the command line; returns its output, failing the test on a non-zero exit. */
function cli(...args) {
  const run = spawnSync(process.execPath, [path.join(ROOT, "bin", "star-register.js"), ...args], { cwd: ROOT, encoding: "utf8" });
  assert.equal(run.status, 0, `star-register ${args.join(" ")}: ${run.stderr}`);
  return run.stdout;
}

const cell = (page, address) => page.getByTestId("sheet-grid").locator(`[data-cell="${address}"]`);

test("a month in the web app: open the secretary's file, generate, save a copy equal to the command line's", async () => {
  const register = path.join(dir, "支部登记簿.xlsx");
  cli("template", register, "--sample", "--today", TODAY);
  const original = fs.readFileSync(register);

  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "zh-CN", acceptDownloads: true });
  const errors = [];
  const offsite = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !url.startsWith("blob:") && !url.startsWith("data:")) offsite.push(url);
  });
  await page.goto(`${server.url}web/index.html?today=${TODAY}&month=2026-11`);
  await page.getByRole("button", { name: "打开登记簿…" }).waitFor();
  const before = new Set(await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name)));
  assert.ok(![...before].some((u) => /exceljs|xlsx-book/.test(u)), "ExcelJS is loaded before a file is chosen");

  await page.getByTestId("open-file").setInputFiles(register);
  await page.getByTestId("file-name").filter({ hasText: "支部登记簿.xlsx" }).waitFor();
  const pane = page.getByTestId("taskpane");
  await pane.waitFor();
  await page.getByRole("tab", { name: "人员名册", exact: true }).click();
  assert.equal(await cell(page, "B2").textContent(), "王建国");

  // The sheet view as in Excel: the drop-down of 类别, typing over a cell, Enter moving down.
  await cell(page, "C2").click();
  assert.deepEqual(
    await page
      .getByTestId("cell-choices")
      .locator("option")
      .evaluateAll((os) => os.map((o) => o.value)),
    ["党员", "党外"],
  );
  await cell(page, "H3").click();
  await page.getByTestId("sheet-grid").press("q");
  assert.equal(await page.getByTestId("cell-value").inputValue(), "q");
  await page.keyboard.insertText("ing");
  await page.getByTestId("cell-value").press("Enter");
  await cell(page, "H3").filter({ hasText: "qing" }).waitFor();
  assert.equal(await page.getByTestId("cell-address").inputValue(), "H4");
  await page.getByTestId("sheet-grid").press("Delete");
  await page.getByTestId("sheet-grid").press("ArrowUp");
  await page.getByTestId("sheet-grid").press("Delete");
  await cell(page, "H3").filter({ hasText: /^$/ }).waitFor();
  await page.getByTestId("save-state").filter({ hasText: "有尚未保存的更改" }).waitFor();

  // Generate the month with the task pane, exactly as in Excel.
  const generate = page.getByRole("button", { name: "5. 生成本月评星" });
  if ((await generate.getAttribute("aria-expanded")) !== "true") await generate.click();
  await settled(page);
  await pane.getByRole("button", { name: "生成本月评星", exact: true }).click();
  await pane.getByText(/已生成“2026-11 评星”/).waitFor();
  await pane.getByTestId("generate-outcome").getByRole("button", { name: "打开评星表" }).click();
  await page.locator('[data-testid="sheet-grid"][data-sheet="2026-11 评星"]').waitFor();
  const strip = await page.getByTestId("sheet-tabs").boundingBox();
  const tab = await page.getByRole("tab", { name: "★ 2026-11 评星" }).boundingBox();
  assert.ok(tab.x >= strip.x - 1 && tab.x + tab.width <= strip.x + strip.width + 1, "the new sheet's tab is scrolled into sight");
  await page.screenshot({ path: path.join(DOCS, "web-app.png") });

  // 保存副本: a download named after her file and the month; her file is untouched.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("save-copy").click()]);
  assert.equal(download.suggestedFilename(), "支部登记簿-2026-11.xlsx");
  const saved = path.join(dir, "saved.xlsx");
  await download.saveAs(saved);
  await page.getByTestId("web-notice").filter({ hasText: "已下载副本" }).waitFor();
  await page.getByTestId("save-state").filter({ hasText: "更改已保存为副本" }).waitFor();
  assert.ok(fs.readFileSync(register).equals(original), "the original file is unchanged");

  // The command line writes the same month sheets for the same register.
  const byCli = path.join(dir, "cli.xlsx");
  cli("monthly", register, "--month", "2026-11", "--today", TODAY, "--out", byCli);
  const compare = spawnSync(
    process.execPath,
    [require.resolve("tsx/cli"), path.join(__dirname, "compare-xlsx.ts"), saved, byCli, "2026-11 评星", "2026-11 公示"],
    {
      cwd: ROOT,
      encoding: "utf8",
    },
  );
  assert.equal(compare.status, 0, compare.stdout + compare.stderr);

  // Leaving with unsaved work asks first.
  await page.getByRole("tab", { name: "人员名册", exact: true }).click();
  await cell(page, "H3").click();
  await page.getByTestId("sheet-grid").press("x");
  await page.getByTestId("cell-value").press("Enter");
  await page.getByTestId("save-state").filter({ hasText: "有尚未保存的更改" }).waitFor();
  const asked = new Promise((resolve) =>
    page.once("dialog", async (d) => {
      resolve(d.type());
      await d.dismiss();
    }),
  );
  // Chromium asks on a navigation away (page.close's runBeforeUnload shows no dialog headless).
  void page.evaluate(() => location.reload()).catch(() => undefined);
  assert.equal(await Promise.race([asked, new Promise((r) => setTimeout(() => r("no dialog"), 10_000))]), "beforeunload");
  await page.getByTestId("save-state").filter({ hasText: "有尚未保存的更改" }).waitFor();
  await page.close();

  assert.deepEqual(offsite, [], "no request leaves the page's origin");
  assert.deepEqual(errors, []);
});

test("a file that is not a workbook is refused with a message, and the page stays usable", async () => {
  const csv = path.join(dir, "名册.xlsx");
  fs.writeFileSync(csv, "编号,姓名\nD001,王建国\n");
  const page = await browser.newPage({ locale: "zh-CN" });
  await page.goto(`${server.url}web/index.html?today=${TODAY}&month=2026-11`);
  await page.getByTestId("open-file").setInputFiles(csv);
  await page.getByTestId("web-notice").filter({ hasText: "不是 .xlsx 工作簿" }).waitFor();
  await page.getByTestId("try-sample").click();
  await page.getByTestId("file-name").waitFor();
  await page.close();
});

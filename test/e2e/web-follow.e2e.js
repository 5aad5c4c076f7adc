// 积分评星网页版 follows the workbook as the preview does: an edit in the sheet view is a change of the
// workbook like any other, so after fixing an error and checking again the whole pane agrees (the state
// line, the steps' labels, the problem list); the badge says nothing was changed right after opening; the
// sheet view shows dates as Excel would from the cell's number format; after 保存副本 the notice is whole.
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { serveDist, launchBrowser, settled } = require("./harness");

const ROOT = path.resolve(__dirname, "..", "..");
const TODAY = "2026-11-23";
let server, browser, dir;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "web-follow-"));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const cell = (page, address) => page.getByTestId("sheet-grid").locator(`[data-cell="${address}"]`);

async function showSheet(page, name) {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.locator(`[data-testid="sheet-grid"][data-sheet="${name.replace(/^★ /, "")}"]`).waitFor();
}

/** Types into a cell through the sheet view's editor, as a person would. */
async function typeCell(page, sheet, address, value) {
  await showSheet(page, sheet);
  await page.getByTestId("cell-address").fill(address);
  await page.getByTestId("cell-address").press("Enter");
  await page.getByTestId("cell-value").fill(value);
  await page.getByTestId("cell-value").press("Enter");
  await cell(page, address).filter({ hasText: value }).waitFor();
}

async function openStep(page, heading) {
  const header = page.getByRole("button", { name: heading });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  await settled(page);
  return page.getByTestId("taskpane");
}

test("after fixing an error in the sheet view and checking again, the whole pane follows", async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${server.url}web/index.html?today=${TODAY}&month=2026-11`);
  await page.getByTestId("try-sample").click();
  await page.getByTestId("file-name").waitFor();
  // Nothing changed and nothing saved yet: the badge says so, not "saved as a copy".
  await page.getByTestId("save-state").filter({ hasText: "未修改" }).waitFor();

  const sheets = await page.evaluate(() => window.__webWorkbook.snapshot());
  const ballotRow = sheets.find((s) => s.name === "民主评议").values.findIndex((r) => r[0] === "2026-11") + 1;
  const before = await cell(page, `F${ballotRow}`)
    .textContent()
    .catch(() => "");
  await typeCell(page, "民主评议", `F${ballotRow}`, "很好");
  const pane = await openStep(page, "4. 检查数据");
  await pane.getByRole("button", { name: "检查数据", exact: true }).click();
  await pane.getByText(/发现 1 个错误/).waitFor();
  await page.getByTestId("month-state").filter({ hasText: "有错误（1个）" }).waitFor();
  // The steps' labels (step 4's "有 1 个错误", step 5's "尚不能：…") say so too.
  const labels = () => page.locator('[data-testid^="status-"]').allTextContents();
  await page.waitForFunction(() => [...document.querySelectorAll('[data-testid^="status-"]')].filter((e) => /错误/.test(e.textContent)).length >= 2);

  // The fix, typed in the sheet view: the old problem list goes at once, as in the preview.
  await typeCell(page, "民主评议", `F${ballotRow}`, before || "合格");
  await pane.getByTestId("check-outcome").waitFor({ state: "detached" });
  await pane.getByRole("button", { name: "检查数据", exact: true }).click();
  await pane.getByText(/发现 0 个错误|没有问题/).waitFor();
  await page.waitForFunction(() => !/错误/.test(document.querySelector('[data-testid="month-state"]')?.textContent ?? "错误"));
  // A label that reports errors ("有 1 个错误", "尚不能：有错误"), not one that says there are none ("数据无错误").
  await page.waitForFunction(() => ![...document.querySelectorAll('[data-testid^="status-"]')].some((e) => /有 ?\d* ?个?错误/.test(e.textContent)));
  assert.deepEqual(
    (await labels()).filter((l) => /有 ?\d* ?个?错误/.test(l)),
    [],
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test("a date in a 月份 cell shows as Excel shows it, and the notice after 保存副本 is whole", async () => {
  const register = path.join(dir, "登记簿.xlsx");
  const cli = spawnSync(process.execPath, [path.join(ROOT, "bin", "star-register.js"), "template", register, "--sample", "--today", TODAY], {
    cwd: ROOT,
    encoding: "utf8",
  });
  assert.equal(cli.status, 0, cli.stderr);
  // Excel turns a typed 2026-11 into a date: the serial of 2026-11-01 under a date format.
  const ExcelJS = require("exceljs");
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(register);
  const record = book.getWorksheet("记实考核");
  const a2 = record.getCell("A2");
  const month = String(a2.value);
  a2.value = new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1));
  a2.numFmt = "yyyy-mm";
  await book.xlsx.writeFile(register);

  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "zh-CN", acceptDownloads: true });
  await page.goto(`${server.url}web/index.html?today=${TODAY}&month=2026-11`);
  await page.getByTestId("open-file").setInputFiles(register);
  await page.getByTestId("file-name").waitFor();
  await page.getByTestId("save-state").filter({ hasText: "未修改" }).waitFor();
  await showSheet(page, "记实考核");
  assert.equal(await cell(page, "A2").textContent(), month);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("save-copy").click()]);
  assert.match(download.suggestedFilename(), /^登记簿-/);
  const notice = page.getByTestId("web-notice");
  await notice.filter({ hasText: "以后请打开这份副本继续工作" }).waitFor();
  // Whole: no line of it is cut off or hidden behind an ellipsis.
  const cut = await notice.evaluate((el) =>
    [el, ...el.querySelectorAll("*")].some((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflow !== "visible"),
  );
  assert.equal(cut, false, "the notice is cut");
  await page.close();
});

test("after generating the year, opening it brings its tab into sight, as for a month", async () => {
  // A register with October to December generated by the command line: many tabs before the year's.
  let register = path.join(dir, "年度.xlsx");
  const run = (...args) => {
    const r = spawnSync(process.execPath, [path.join(ROOT, "bin", "star-register.js"), ...args], { cwd: ROOT, encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr);
  };
  run("template", register, "--sample", "--today", "2026-12-20");
  for (const month of ["10", "11", "12"]) {
    const next = path.join(dir, `年度-${month}.xlsx`);
    run("monthly", register, "--month", `2026-${month}`, "--today", "2026-12-20", "--out", next);
    register = next;
  }
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "zh-CN" });
  await page.goto(`${server.url}web/index.html?today=2026-12-20`);
  await page.getByTestId("open-file").setInputFiles(register);
  await page.getByTestId("file-name").waitFor();
  const pane = await openStep(page, "8. 年度评星");
  await pane.getByRole("button", { name: "生成2026年度评星" }).click();
  await pane.getByText(/已生成“2026 年度评星”/).waitFor();
  await pane.getByRole("button", { name: "打开年度评星表" }).click();
  await page.locator('[data-testid="sheet-grid"][data-sheet="2026 年度评星"]').waitFor();
  const strip = page.getByTestId("sheet-tabs");
  const tab = page.getByRole("tab", { name: "★ 2026 年度评星" });
  await page.waitForFunction(
    ([s, t]) => {
      const a = s.getBoundingClientRect();
      const b = t.getBoundingClientRect();
      return b.left >= a.left - 1 && b.right <= a.right + 1;
    },
    [await strip.elementHandle(), await tab.elementHandle()],
    { timeout: 5_000 },
  );
  await page.close();
});

// A newcomer's month in the preview, as the issue describes it: from an empty workbook, set up the
// register with the sample branch, prepare the month (a member transferred in gets a row and a ballot
// column, and the paper ballot is made), check the data (a seeded wrong mark is found, its cell
// selected, and fixed), generate, and record the members' meeting's approval — asserting what the sheets
// show, and saving the README's screenshots.
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");
const { serveDist, launchBrowser, DOCS, settled } = require("./harness");

let server, browser;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  fs.mkdirSync(DOCS, { recursive: true });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** The grid's cell of the sheet on show. */
const cell = (page, address) => page.getByTestId("sheet-grid").locator(`[data-cell="${address}"]`);

/** Shows a sheet's tab. */
async function showSheet(page, name) {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.locator(`[data-testid="sheet-grid"][data-sheet="${name.replace(/^★ /, "")}"]`).waitFor();
}

/** Types into a cell through the preview's cell editor, as a person would in Excel. */
async function typeCell(page, sheet, address, value) {
  await showSheet(page, sheet);
  const where = page.getByTestId("cell-address");
  await where.fill(address);
  await where.press("Enter");
  const what = page.getByTestId("cell-value");
  await what.fill(value);
  await what.press("Enter");
  await cell(page, address).filter({ hasText: value }).waitFor();
}

/** Opens a step's section (a no-op when it is open) and returns the pane. */
async function openStep(page, heading) {
  const header = page.getByRole("button", { name: heading });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  await settled(page);
  return page.getByTestId("taskpane");
}

/** Waits until the pane's state line (month-state or year-state) reads `text`. */
async function stateLine(page, testId, text) {
  await page.getByTestId(testId).filter({ hasText: text }).waitFor();
  assert.equal(await page.getByTestId(testId).textContent(), text);
}

/** Closes every open section but the given one, so that a screenshot shows it. */
async function onlyStep(page, heading) {
  for (const h of await page.getByRole("button", { name: /^\d+\. / }).all()) {
    const name = await h.textContent();
    if ((await h.getAttribute("aria-expanded")) === "true" && name !== heading) await h.click();
  }
  await openStep(page, heading);
  await settled(page);
}

test("a newcomer's month: set up, prepare, check, fix, generate, approve", async () => {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${server.url}?start=empty&today=2026-11-23&month=2026-11`);
  const pane = page.getByTestId("taskpane");

  // 1. 建立登记簿, with the sample branch.
  await pane.getByRole("combobox", { name: "同时填入示例数据" }).selectOption("months");
  await pane.getByRole("button", { name: "建立登记簿", exact: true }).click();
  await pane.getByText(/已添加 10 张工作表/).waitFor();
  await showSheet(page, "人员名册");
  assert.equal(await cell(page, "B2").textContent(), "王建国");

  // A member transfers in this month: the secretary adds her to the roster.
  const row = 27;
  assert.equal(await cell(page, `A${row - 1}`).textContent(), "D025");
  for (const [column, value] of [
    ["A", "D026"],
    ["B", "周新"],
    ["C", "党员"],
    ["D", "第一党小组"],
    ["E", "科员"],
    ["F", "2026-11-05"],
  ]) {
    await typeCell(page, "人员名册", `${column}${row}`, value);
  }

  // 2. 准备本月, with the paper ballot.
  await openStep(page, "2. 准备本月");
  assert.equal(await pane.getByRole("combobox", { name: "月份" }).first().inputValue(), "2026-11");
  await pane.getByRole("checkbox", { name: /纸质评议票/ }).check();
  await pane.getByRole("button", { name: "准备本月", exact: true }).click();
  await pane.getByText(/已在“记实考核”中添加 1 行。25 人本月已有记录/).waitFor();
  await pane.getByText(/已在“民主评议”中添加 1 列：周新/).waitFor();
  await pane.getByText(/已生成“2026-11 评议票”/).waitFor();
  await pane.getByRole("button", { name: "打开记实考核" }).click();
  const recordGrid = page.locator('[data-testid="sheet-grid"][data-sheet="记实考核"]');
  await recordGrid.waitFor();
  const last = await page.evaluate(() => window.__previewWorkbook.snapshot().find((s) => s.name === "记实考核").values.length);
  assert.deepEqual(await Promise.all(["A", "B", "C"].map((c) => cell(page, `${c}${last}`).textContent())), ["2026-11", "D026", "周新"]);
  await showSheet(page, "民主评议");
  const ballotHeader = await page.getByTestId("sheet-grid").locator("tbody tr").first().locator("td").allTextContents();
  assert.equal(ballotHeader.filter(Boolean).pop(), "周新");
  await showSheet(page, "★ 2026-11 评议票");
  await cell(page, "A1").filter({ hasText: "市档案馆机关第一党支部 2026年11月民主评议票" }).waitFor();

  // The recorder fills in the newcomer's points.
  for (const column of ["D", "E", "F", "G", "H"]) await typeCell(page, "记实考核", `${column}${last}`, "18");

  // 3. 检查数据: only warnings (周新 has no ballot yet).
  await openStep(page, "4. 检查数据");
  await pane.getByRole("button", { name: "检查数据", exact: true }).click();
  await pane.getByText(/发现 0 个错误，1 个警告/).waitFor();
  await pane.getByText(/周新没有有效评议票，列为“未评议”/).waitFor();

  // A wrong mark slips in: typed 很好 instead of a grade.
  const ballotRow = await page.evaluate(
    () =>
      window.__previewWorkbook
        .snapshot()
        .find((s) => s.name === "民主评议")
        .values.findIndex((r) => r[0] === "2026-11") + 1,
  );
  const place = `民主评议!F${ballotRow}`;
  const before = await cell(page, `F${ballotRow}`)
    .textContent()
    .catch(() => "");
  await typeCell(page, "民主评议", `F${ballotRow}`, "很好");
  await showSheet(page, "人员名册");
  await pane.getByRole("button", { name: "检查数据", exact: true }).click();
  await pane.getByText(/发现 1 个错误，1 个警告/).waitFor();
  await pane.getByText(/评价“很好”无效：应为优秀、合格、基本合格、不合格/).waitFor();

  // Clicking the problem selects its cell: the grid shows 民主评议 with F{row} selected.
  await pane.getByRole("button", { name: place }).click();
  await page.locator('[data-testid="sheet-grid"][data-sheet="民主评议"]').waitFor();
  assert.equal(await page.getByTestId("cell-address").inputValue(), `F${ballotRow}`);
  assert.equal(await page.getByTestId("cell-value").inputValue(), "很好");
  assert.deepEqual(await page.evaluate(() => window.__previewWorkbook.selection), { sheet: "民主评议", address: `F${ballotRow}` });

  // Fixed in place, and checked again. The edit itself clears the old result (it no longer describes the
  // workbook), so the check runs only once the edit has landed: nothing to race with.
  await page.getByTestId("cell-value").fill(before || "合格");
  await page.getByTestId("cell-value").press("Enter");
  await pane.getByTestId("check-outcome").waitFor({ state: "detached" });
  await pane.getByRole("button", { name: "检查数据", exact: true }).click();
  await pane.getByText(/发现 0 个错误，1 个警告/).waitFor();

  // 4. 生成本月评星.
  await openStep(page, "5. 生成本月评星");
  await pane.getByRole("button", { name: "生成本月评星", exact: true }).click();
  await pane.getByText("已生成“2026-11 评星”，状态：拟评（待党员大会通过）。", { exact: false }).waitFor();
  await pane.getByText(/参加考核 26 人（党员 22 人，党外 4 人）/).waitFor();
  await pane.getByText("未评议：周新").waitFor();
  await stateLine(page, "month-state", "2026年11月：已生成 · 待党员大会通过 · 公示中（至11月27日）");
  const chart = await pane.getByTestId("star-chart").getAttribute("aria-label");
  assert.match(chart, /^星级分布：五星级 党员\d+人、党外\d+人/);
  await onlyStep(page, "5. 生成本月评星");
  await pane.screenshot({ path: path.join(DOCS, "taskpane.png") });

  await pane.getByTestId("generate-outcome").getByRole("button", { name: "打开评星表" }).click();
  await page.locator('[data-testid="sheet-grid"][data-sheet="2026-11 评星"]').waitFor();
  assert.equal(await cell(page, "A1").textContent(), "市档案馆机关第一党支部 2026年11月党员积分评星结果");
  await cell(page, "A5").filter({ hasText: "状态：拟评（待党员大会审议通过）" }).waitFor();
  const monthRows = await page.evaluate(() => window.__previewWorkbook.snapshot().find((s) => s.name === "2026-11 评星").values);
  const wang = monthRows.findIndex((r) => r[2] === "王建国") + 1;
  assert.equal(await cell(page, `K${wang}`).textContent(), "拟评");
  const zhou = monthRows.findIndex((r) => r[2] === "周新") + 1;
  assert.equal(await cell(page, `J${zhou}`).textContent(), "未评议");
  assert.match(await cell(page, `E${zhou}`).textContent(), /^90\.0$/);
  await page.getByTestId("sheet-chart").waitFor();

  // 5. 党员大会通过. The guards first: a meeting date in the future is refused, and so is October, a
  // month never generated; nothing changes. Then today's meeting.
  await openStep(page, "6. 党员大会通过");
  assert.equal(await pane.getByLabel(/党员大会日期/).inputValue(), "2026-11-23");
  const unapproved = await page.evaluate(() => JSON.stringify(window.__previewWorkbook.snapshot().map((s) => [s.name, s.values])));
  await pane.getByLabel(/党员大会日期/).fill("2026-11-30");
  await pane.getByRole("button", { name: "记录通过", exact: true }).click();
  await pane.getByText(/通过日期 2026-11-30 晚于今天（2026-11-23）/).waitFor();
  await pane.getByLabel(/党员大会日期/).fill("2026-11-23");
  await pane.getByRole("combobox", { name: "月份" }).selectOption("2026-10");
  await stateLine(page, "month-state", "2026年10月：可以生成");
  // Choosing October opened its next step, 5. 生成本月评星; the secretary opens 党员大会通过 herself.
  await page.getByRole("button", { name: "5. 生成本月评星", expanded: true }).waitFor();
  await openStep(page, "6. 党员大会通过");
  await pane.getByRole("button", { name: "记录通过", exact: true }).click();
  await pane.getByText(/2026年10月还没有生成评星结果，党员大会无从通过/).waitFor();
  assert.equal(await page.evaluate(() => JSON.stringify(window.__previewWorkbook.snapshot().map((s) => [s.name, s.values]))), unapproved);
  await pane.getByRole("combobox", { name: "月份" }).selectOption("2026-11");
  await stateLine(page, "month-state", "2026年11月：已生成 · 待党员大会通过 · 公示中（至11月27日）");
  await pane.getByRole("button", { name: "记录通过", exact: true }).click();
  await pane.getByText(/2026年11月的评星结果已通过（2026年11月23日党员大会）/).waitFor();
  await pane.getByText("状态：已通过", { exact: false }).waitFor();
  await stateLine(page, "month-state", "2026年11月：已通过（11月23日党员大会） · 公示中（至11月27日）");
  // The generate step's summary described the month before the approval: it is gone.
  assert.equal(await pane.getByTestId("generate-outcome").count(), 0);
  await showSheet(page, "★ 2026-11 评星");
  await cell(page, "A5").filter({ hasText: "状态：已通过（2026年11月23日党员大会通过）" }).waitFor();
  assert.equal(await cell(page, `K${wang}`).textContent(), "已通过");
  await page.getByTestId("sheet-grid").evaluate((el) => el.scrollTo(0, 0));
  await page.getByTestId("sheet-grid").screenshot({ path: path.join(DOCS, "month-sheet.png") });

  await pane.getByTestId("approve-outcome").getByRole("button", { name: "打开公示表" }).click();
  await page.locator('[data-testid="sheet-grid"][data-sheet="2026-11 公示"]').waitFor();
  assert.equal(await cell(page, "A1").textContent(), "市档案馆机关第一党支部 2026年11月党员积分评星结果公示");
  assert.match(await cell(page, "A2").textContent(), /2026年11月23日党员大会审议通过/);
  await page.getByTestId("sheet-grid").screenshot({ path: path.join(DOCS, "publicity-sheet.png") });

  // The pane, with every step open and every outcome shown, still fits its 320 px.
  for (let n = 1; n <= 12; n++) await openStep(page, new RegExp(`^${n}\\. `));
  await pane.getByRole("textbox", { name: "年度公示天数" }).waitFor();
  const { scrollWidth, clientWidth } = await pane.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  assert.ok(scrollWidth <= clientWidth, `pane scrolls horizontally: ${scrollWidth} > ${clientWidth}`);

  const log = await page.evaluate(() =>
    window.__previewWorkbook
      .snapshot()
      .find((s) => s.name === "生成记录")
      .values.map((r) => r[1]),
  );
  assert.deepEqual(log.slice(1), ["月度评星", "党员大会通过"]);
  assert.deepEqual(errors, []);
  await page.close();
});

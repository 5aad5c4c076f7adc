// The annual cycle in the preview, on the sample branch's whole year (?sample=year): generate the year,
// publicise it, register an objection and find it, try to fix the stars too early (refused, with the
// reasons), then — on a later day, after reloading with another ?today — publicise again, handle the
// objection and fix the final stars; print one member's archive. Saves docs/annual.png.
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

const cell = (page, address) => page.getByTestId("sheet-grid").locator(`[data-cell="${address}"]`);

async function showSheet(page, name) {
  await page.getByRole("tab", { name, exact: true }).click();
  await page.locator(`[data-testid="sheet-grid"][data-sheet="${name.replace(/^★ /, "")}"]`).waitFor();
}

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

/** Types a row of 异议登记 (row 2): 年度, 编号, 收到日期, 异议内容, 核查结果, 调整星级, 处理人. */
async function objection(page, values) {
  for (const [i, value] of values.entries()) if (value !== "") await typeCell(page, "异议登记", `${"ABCDEFG"[i]}2`, value);
}

async function openStep(page, heading) {
  const header = page.getByRole("button", { name: heading });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  await settled(page);
  return page.getByTestId("taskpane");
}

async function onlyStep(page, heading) {
  for (const h of await page.getByRole("button", { name: /^\d+\. / }).all()) {
    if ((await h.getAttribute("aria-expanded")) === "true" && (await h.textContent()) !== heading) await h.click();
  }
  await openStep(page, heading);
  await settled(page);
}

/**
 * Runs 确定年度星级 and returns what the step shows: its outcome, or its failure (so that an assertion on
 * the text says what was there instead).
 */
async function finalize(pane) {
  await pane.getByRole("button", { name: "确定2026年度星级" }).click();
  const shown = pane.getByTestId("finalize-outcome").or(pane.getByText(/^操作未完成/));
  await shown.waitFor();
  return shown.textContent();
}

/** Waits until the pane's state line (month-state or year-state) reads `text`. */
async function stateLine(page, testId, text) {
  await page.getByTestId(testId).filter({ hasText: text }).waitFor();
  assert.equal(await page.getByTestId(testId).textContent(), text);
}

/** The add-in's own sheets, as a copy of the workbook saved now would carry them. */
const ownSheets = (page) =>
  page.evaluate(() =>
    window.__previewWorkbook
      .snapshot()
      .filter((s) => s.ours)
      .map((s) => ({ name: s.name, values: s.values })),
  );

const sheetNames = (page) => page.evaluate(() => window.__previewWorkbook.snapshot().map((s) => s.name));

async function openPreview(query) {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(`${server.url}${query}`);
  await page.getByRole("heading", { level: 1, name: "积分评星" }).waitFor();
  return { page, errors, pane: page.getByTestId("taskpane") };
}

test("the year: generate, publicise, an objection, refused too early, then fixed after the period", async () => {
  // December 20th: the secretary starts the year's end.
  const first = await openPreview("?sample=year&today=2026-12-20");
  let { page, pane } = first;
  await pane
    .getByText("同时填入示例数据")
    .waitFor()
    .catch(() => undefined);
  assert.equal(await pane.getByRole("combobox", { name: "年度" }).inputValue(), "2026");
  const records = await page.evaluate(() =>
    window.__previewWorkbook
      .snapshot()
      .find((s) => s.name === "记实考核")
      .values.slice(1)
      .map((r) => r[0]),
  );
  assert.deepEqual(
    [...new Set(records)].sort(),
    Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
  );

  // 8. 年度评星
  await openStep(page, "8. 年度评星");
  await pane.getByRole("button", { name: "生成2026年度评星" }).click();
  await pane.getByText(/已生成“2026 年度评星”，状态：拟评（尚未公示）。参加年度考核 25 人（党员 21 人，党外 4 人）。/).waitFor();
  await pane.getByText("按月度评议均值（没有年度评议票）：韩磊").waitFor();
  assert.match(await pane.getByTestId("year-generate-outcome").getByTestId("star-chart").getAttribute("aria-label"), /^星级分布：五星级/);
  await pane.getByRole("button", { name: "打开年度评星表" }).click();
  await page.locator('[data-testid="sheet-grid"][data-sheet="2026 年度评星"]').waitFor();
  await stateLine(page, "year-state", "2026年度：已生成 · 待年度公示");

  // 9. 年度公示, from today (7 days by the settings).
  await openStep(page, "9. 年度公示");
  assert.equal(await pane.getByLabel(/^公示开始日期/).inputValue(), "2026-12-20");
  await pane.getByText("公示时间：2026年12月20日至2026年12月26日（共 7 天，按“设置”中的“年度公示天数”）").waitFor();
  await pane.getByRole("button", { name: "生成2026年度公示" }).click();
  await pane.getByText(/公示到2026年12月26日结束，2026年12月27日起可以确定年度星级。/).waitFor();
  await pane.getByRole("button", { name: "打开年度公示表" }).click();
  await page.locator('[data-testid="sheet-grid"][data-sheet="2026 年度公示"]').waitFor();
  const publicity = await page.evaluate(() =>
    window.__previewWorkbook
      .snapshot()
      .find((s) => s.name === "2026 年度公示")
      .values.flat(),
  );
  assert.ok(publicity.includes("公示时间：2026年12月20日至2026年12月26日"));
  await stateLine(page, "year-state", "2026年度：公示中（至12月26日）");

  // An objection arrives during the publicity: 马超 (D013) disputes his result.
  await objection(page, ["2026", "D013", "2026-12-22", "认为加减分记录有误", "待核查"]);
  await stateLine(page, "year-state", "2026年度：公示中（至12月26日） · 1条异议待核查");
  // What the workbook holds now, as the secretary saves it tonight.
  const saved = await ownSheets(page);

  // 10. 异议: the open objection, and its row one click away.
  await openStep(page, "10. 异议");
  await pane.getByRole("button", { name: "查看异议", exact: true }).click();
  await pane.getByText("本年度共登记 1 条异议，其中 1 条尚待核查：核查完毕后才能确定年度星级。").waitFor();
  const item = pane.getByTestId("open-objection");
  assert.equal(await item.textContent(), "异议登记!B2马超（D013），2026年12月22日收到：认为加减分记录有误");
  await showSheet(page, "人员名册");
  await item.getByRole("button", { name: "异议登记!B2" }).click();
  await page.locator('[data-testid="sheet-grid"][data-sheet="异议登记"]').waitFor();
  assert.deepEqual(await page.evaluate(() => window.__previewWorkbook.selection), { sheet: "异议登记", address: "B2" });

  // 11. 确定年度星级, too early and with the objection open: refused, saying both, changing nothing.
  const before = await page.evaluate(() => JSON.stringify(window.__previewWorkbook.snapshot().map((s) => [s.name, s.values])));
  await openStep(page, "11. 确定年度星级");
  await pane.getByText("按今天（2026年12月20日）判断公示期是否已满。").waitFor();
  const refusal = await finalize(pane);
  for (const sentence of [
    "现在还不能确定2026年度星级，工作簿没有改动：",
    "公示期到 2026-12-26 才结束，2026-12-27 起才能确定年度星级（今天是 2026-12-20）。",
    "马超的异议（2026-12-22 收到）尚待核查，核查后才能确定年度星级。",
  ]) {
    assert.ok(refusal.includes(sentence), `${sentence} is not in: ${refusal}`);
  }
  assert.equal(await page.evaluate(() => JSON.stringify(window.__previewWorkbook.snapshot().map((s) => [s.name, s.values]))), before);
  assert.ok(!(await sheetNames(page)).includes("2026 年度星级"));
  assert.deepEqual(first.errors, []);
  await page.close();

  // January 10th (the preview's workbook lives in memory: reloading starts from the sample again). The
  // year defaults to the one just ended. A publicity claimed to have started on December 20th, but
  // generated only today, is refused: the notice did not exist then.
  const later = await openPreview("?sample=year&today=2027-01-10");
  ({ page, pane } = later);
  assert.equal(await pane.getByRole("combobox", { name: "年度" }).inputValue(), "2026");
  await stateLine(page, "year-state", "2026年度：未生成");
  await openStep(page, "9. 年度公示");
  await pane.getByLabel(/^公示开始日期/).fill("2026-12-20");
  await pane.getByRole("button", { name: "生成2026年度公示" }).click();
  await pane.getByText(/公示开始日期 2026-12-20 早于公示表生成的日期（2027-01-10）/).waitFor();
  assert.ok(!(await sheetNames(page)).includes("2026 年度公示"));

  // The workbook saved on December 20th, opened again: the state comes from its sheets and its log.
  await page.evaluate((sheets) => window.__previewWorkbook.write({ sheets }), saved);
  await stateLine(page, "year-state", "2026年度：公示期满 · 可确定年度星级");
  await objection(page, ["2026", "D013", "2026-12-22", "认为加减分记录有误", "待核查"]);
  await stateLine(page, "year-state", "2026年度：公示期满 · 1条异议待核查，核查后才能确定年度星级");
  await objection(page, ["2026", "D013", "2026-12-22", "认为加减分记录有误", "属实", "1", "王建国"]);
  await stateLine(page, "year-state", "2026年度：公示期满 · 可确定年度星级");

  await openStep(page, "10. 异议");
  await pane.getByRole("button", { name: "查看异议", exact: true }).click();
  await pane.getByText("本年度共登记 1 条异议，均已核查。").waitFor();

  await onlyStep(page, "11. 确定年度星级");
  assert.match(
    await finalize(pane),
    /已确定2026年度星级（确定日期：2027年1月10日）。已写入“2026 年度星级”“2026 结果运用”“2026 档案”。其中 1 人的星级经异议核查调整。/,
  );
  await stateLine(page, "year-state", "2026年度：已确定（1月10日）· 结果运用已写出");
  const names = await sheetNames(page);
  for (const sheet of ["2026 年度评星", "2026 年度公示", "2026 年度星级", "2026 结果运用", "2026 档案"])
    assert.ok(names.includes(sheet), `${sheet} is missing`);
  await pane.getByTestId("candidates").waitFor();
  // The whole pane in the picture: the page as tall as the pane's content (once the section has finished
  // opening), for the screenshot only.
  await settled(page);
  const tall = await pane.evaluate((el) => el.scrollHeight);
  await page.setViewportSize({ width: 1366, height: tall });
  await pane.screenshot({ path: path.join(DOCS, "annual.png") });
  await page.setViewportSize({ width: 1366, height: 900 });

  // The final stars: 马超 raised to 一星级 by the upheld objection, with his feedback line.
  await pane.getByRole("button", { name: "打开年度星级表" }).click();
  await page.locator('[data-testid="sheet-grid"][data-sheet="2026 年度星级"]').waitFor();
  const final = await page.evaluate(() => window.__previewWorkbook.snapshot().find((s) => s.name === "2026 年度星级").values);
  const ma = final.find((r) => r.includes("D013"));
  assert.ok(ma.includes("一星级") && ma.includes("经核查调整"), JSON.stringify(ma));
  await pane.getByRole("button", { name: "打开结果运用表" }).click();
  await page.locator('[data-testid="sheet-grid"][data-sheet="2026 结果运用"]').waitFor();

  // 12. 打印个人档案: 马超's archive alone, with his final star.
  await openStep(page, "12. 打印个人档案");
  await pane.getByRole("combobox", { name: "人员" }).selectOption("D013");
  await pane.getByRole("button", { name: "生成个人档案" }).click();
  await pane.getByText("已生成“2026 档案-马超”，可以单独打印。最终星级：一星级。").waitFor();
  await pane.getByRole("button", { name: "打开个人档案" }).click();
  await page.locator('[data-testid="sheet-grid"][data-sheet="2026 档案-马超"]').waitFor();

  // Every step open, every outcome shown: the pane still fits its 320 px.
  for (let n = 1; n <= 12; n++) await openStep(page, new RegExp(`^${n}\\. `));
  const { scrollWidth, clientWidth } = await pane.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  assert.ok(scrollWidth <= clientWidth, `pane scrolls horizontally: ${scrollWidth} > ${clientWidth}`);

  const log = await page.evaluate(() =>
    window.__previewWorkbook
      .snapshot()
      .find((s) => s.name === "生成记录")
      .values.map((r) => r[1]),
  );
  assert.deepEqual(log.slice(1), ["年度评星", "年度公示", "确定年度星级", "档案"]);
  assert.deepEqual(later.errors, []);
  await page.close();
});

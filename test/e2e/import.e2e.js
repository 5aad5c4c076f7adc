// 导入评议结果 in the preview: a Microsoft Forms CSV and a 问卷星 .xlsx are chosen as a person would,
// the export reader (with ExcelJS) loads from the preview's own origin only then, the unmatched column is
// settled with its drop-down, the ballots land at the end of 民主评议, and the same export is refused again.
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const ExcelJS = require("exceljs");
const { serveDist, launchBrowser, settled } = require("./harness");

let server, browser;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const cell = (page, address) => page.getByTestId("sheet-grid").locator(`[data-cell="${address}"]`);

async function openStep(page, heading) {
  const header = page.getByRole("button", { name: heading });
  if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  await settled(page);
  return page.getByTestId("taskpane");
}

const FORMS_CSV = [
  "ID,Start time,Completion time,Email,Name,1. 王建国,2. 李秀英,3. 张伟,4. 王小明",
  "1,2026/12/20 9:00,2026/12/20 9:05,chen@example.cn,陈明,优秀,合格,合格,优秀",
  "2,2026/12/20 9:01,2026/12/20 9:06,zhao@example.cn,赵磊,优秀,优秀,基本合格,合格",
  "3,2026/12/20 9:02,2026/12/20 9:07,huang@example.cn,黄静,合格,合格,合格,合格",
].join("\r\n");

const ballotRows = (page) => page.evaluate(() => window.__previewWorkbook.snapshot().find((s) => s.name === "民主评议").values);

async function openPreview() {
  const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "zh-CN" });
  const errors = [];
  const requests = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${server.url}?today=2026-11-23&month=2026-11`);
  await page.getByRole("heading", { level: 1, name: "积分评星" }).waitFor();
  return { page, errors, requests, pane: page.getByTestId("taskpane") };
}

test("a Forms export: mapped, settled, imported into 民主评议, refused the second time", async () => {
  const { page, errors, requests, pane } = await openPreview();
  // The export reader and ExcelJS (read-export.js and exceljs.js, named in webpack.config.js) wait for a file.
  const readerChunk = (url) => /\/(read-export|exceljs)\.js$/.test(url);
  await page.getByRole("button", { name: "8. 年度评星" }).waitFor();
  assert.deepEqual(requests.filter(readerChunk), [], "the export reader loaded before a file was chosen");

  await openStep(page, "3. 导入评议结果");
  await pane.getByRole("combobox", { name: "评议期" }).selectOption("2026-12");
  const rowsBefore = (await ballotRows(page)).length;
  await pane.getByTestId("import-file").setInputFiles({ name: "评议问卷.csv", mimeType: "text/csv", buffer: Buffer.from(FORMS_CSV, "utf8") });
  await pane.getByText("识别为Microsoft Forms 导出，表头在第 1 行。").waitFor();
  // ExcelJS came in its own chunks, from the preview's origin, only now.
  assert.equal(requests.filter(readerChunk).length, 2, "the export reader and ExcelJS were loaded");
  assert.deepEqual(
    requests.filter((u) => !u.startsWith(server.url)),
    [],
    "nothing is loaded from outside",
  );

  await pane.getByText("有 1 列需要指定对应的人员：请选择人员，或选“跳过这一列”。").waitFor();
  // The mapping, with its columns open, still fits the 320 px pane.
  await pane.getByText("已自动对应 3 列（点击查看或修改）").click();
  await pane.getByRole("combobox", { name: "F 列：1. 王建国" }).waitFor();
  const { scrollWidth, clientWidth } = await pane.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  assert.ok(scrollWidth <= clientWidth, `pane scrolls horizontally: ${scrollWidth} > ${clientWidth}`);
  const importButton = pane.getByRole("button", { name: /^导入 3 张评议票$/ });
  assert.equal(await importButton.isDisabled(), true);
  await pane.getByRole("combobox", { name: "I 列：4. 王小明" }).selectOption("D006");
  await pane.getByText("可以导入：3 张评议票将添加到“民主评议”末尾。").waitFor();
  await importButton.click();
  await pane.getByText("已把 3 张评议票导入“民主评议”（2026年12月）。同一份结果不能重复导入。").waitFor();
  await pane.getByText("下一步：检查数据，然后生成本月评星。").waitFor();

  // The rows at the end of 民主评议, as the grid shows them.
  await pane.getByRole("button", { name: "打开民主评议" }).click();
  await page.locator('[data-testid="sheet-grid"][data-sheet="民主评议"]').waitFor();
  const rows = await ballotRows(page);
  assert.equal(rows.length, rowsBefore + 3);
  const yang = rows[0].indexOf("杨丽");
  for (const [i, [number, voter, mark]] of [
    ["Forms-ID1", "陈明", "优秀"],
    ["Forms-ID2", "赵磊", "合格"],
    ["Forms-ID3", "黄静", "合格"],
  ].entries()) {
    const r = rowsBefore + i + 1;
    assert.equal(await cell(page, `A${r}`).textContent(), "2026-12");
    assert.equal(await cell(page, `B${r}`).textContent(), number);
    assert.equal(await cell(page, `C${r}`).textContent(), voter);
    assert.equal(rows[r - 1][yang], mark);
  }

  // The same export again: refused, 民主评议 unchanged.
  await pane.getByTestId("import-file").setInputFiles({ name: "评议问卷.csv", mimeType: "text/csv", buffer: Buffer.from(FORMS_CSV, "utf8") });
  await pane.getByText(/这份结果已经导入过：3 张票中有 3 张的票号（如“Forms-ID1”）在民主评议中已有/).waitFor();
  assert.equal(await pane.getByRole("button", { name: /^导入 3 张评议票$/ }).isDisabled(), true);
  assert.equal((await ballotRows(page)).length, rowsBefore + 3);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a 问卷星 .xlsx export is read in the browser and imported", async () => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Sheet1");
  sheet.addRow(["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、王建国", "2、李秀英", "3、张伟"]);
  sheet.addRow([1, "2026/12/20 9:00:00", "60秒", "微信", "N/A", "10.0.0.1", "优秀", "合格", "合格"]);
  sheet.addRow([2, "2026/12/20 9:01:00", "75秒", "微信", "N/A", "10.0.0.2", "合格", "合格", "基本合格"]);
  const buffer = Buffer.from(await book.xlsx.writeBuffer());

  const { page, errors, pane } = await openPreview();
  await openStep(page, "3. 导入评议结果");
  await pane.getByRole("combobox", { name: "评议期" }).selectOption("2026-12");
  const rowsBefore = (await ballotRows(page)).length;
  await pane
    .getByTestId("import-file")
    .setInputFiles({ name: "问卷星.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  await pane.getByText("识别为问卷星导出，表头在第 1 行。").waitFor();
  await pane.getByRole("button", { name: "导入 2 张评议票" }).click();
  await pane.getByText(/已把 2 张评议票导入“民主评议”/).waitFor();
  const rows = await ballotRows(page);
  assert.deepEqual(
    rows.slice(rowsBefore).map((r) => [r[0], r[1]]),
    [
      ["2026-12", "问卷星-序号1"],
      ["2026-12", "问卷星-序号2"],
    ],
  );
  assert.deepEqual(errors, []);
  await page.close();
});

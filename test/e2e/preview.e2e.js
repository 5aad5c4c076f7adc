// The preview as a newcomer meets it: the pane renders fast, in Chinese, fits 320 px, and 建立登记簿 works.
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");
const { serveDist, launchBrowser, DOCS } = require("./harness");

let server, browser;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(query = "") {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(server.url + query);
  return { page, errors };
}

test("the preview opens on the sample branch with the task pane in Chinese, and reports its first render", async () => {
  const started = Date.now();
  const { page, errors } = await open("?today=2026-11-23");
  await page.getByRole("heading", { name: "积分评星" }).waitFor();
  const firstRender = Date.now() - started;
  console.log(`first render of the task pane in the preview: ${firstRender} ms`);
  const tabs = await page.getByRole("tab").allTextContents();
  for (const name of ["设置", "人员名册", "考核细则", "记实考核", "民主评议"]) assert.ok(tabs.includes(name), `tab ${name} in ${tabs}`);
  await page.getByRole("tab", { name: "人员名册" }).click();
  await page.getByText("王建国").first().waitFor();
  fs.mkdirSync(DOCS, { recursive: true });
  await page.screenshot({ path: path.join(DOCS, "preview.png") });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the task pane fits 320 px without horizontal scrolling", async () => {
  const { page } = await open("?today=2026-11-23");
  await page.getByRole("heading", { name: "积分评星" }).waitFor();
  const pane = page.getByTestId("taskpane");
  const { scrollWidth, clientWidth } = await pane.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  assert.ok(scrollWidth <= clientWidth, `pane scrolls horizontally: ${scrollWidth} > ${clientWidth}`);
  await page.close();
});

test("建立登记簿 on an empty workbook adds every input sheet, and a second run changes nothing", async () => {
  const { page, errors } = await open("?start=empty&today=2026-11-23");
  await page.getByRole("button", { name: "建立登记簿" }).click();
  await page.getByText("已添加 9 张工作表").waitFor();
  const tabs = await page.getByRole("tab").allTextContents();
  assert.deepEqual(tabs, ["设置", "人员名册", "考核细则", "记实考核", "加减分", "民主评议", "承诺记实", "点评记录", "异议登记"]);
  await page.getByRole("button", { name: "建立登记簿" }).click();
  await page.getByText("输入工作表已齐全").waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("the pane switches to English", async () => {
  const { page } = await open("?today=2026-11-23");
  await page.getByRole("button", { name: /English/ }).click();
  await page.getByRole("heading", { name: "Party Star Register" }).waitFor();
  await page.close();
});

// 积分评星网页版 on a phone (375 × 667 and 390 × 844): the steps stand above the sheet, the sheet view
// scrolls, choosing a file works, the state line is readable, and every button and problem link is at least
// 44 px tall. A secretary walks open → generate → save at that size.
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { serveDist, launchBrowser, settled } = require("./harness");

const ROOT = path.resolve(__dirname, "..", "..");
const TODAY = "2026-11-23";
/** WCAG 2.5.5's target size, and the platforms' guides: a finger needs 44 CSS px. */
const FINGER = 44;
let server, browser, dir;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "web-phone-"));
});
after(async () => {
  await browser?.close();
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** The visible buttons, tabs and links inside `root` shorter than a finger, as "text (height)". */
function tooSmall(root) {
  return root.evaluate((el, finger) => {
    const targets = el.querySelectorAll('button, [role="tab"], a[href], .fui-Link, input:not([type="hidden"]):not([type="file"]), select');
    return [...targets]
      .filter((t) => t.getClientRects().length > 0 && getComputedStyle(t).visibility !== "hidden")
      .map((t) => ({ text: (t.textContent || t.getAttribute("aria-label") || t.tagName).trim().slice(0, 30), height: t.getBoundingClientRect().height }))
      .filter((t) => t.height < finger - 0.5)
      .map((t) => `${t.text} (${t.height.toFixed(0)} px)`);
  }, FINGER);
}

for (const [width, height] of [
  [375, 667],
  [390, 844],
]) {
  test(`on a ${width} × ${height} phone: open, check, generate and save, every target finger-sized`, { timeout: 600_000 }, async () => {
    const register = path.join(dir, `登记簿-${width}.xlsx`);
    const made = spawnSync(process.execPath, [path.join(ROOT, "bin", "star-register.js"), "template", register, "--sample", "--today", TODAY], {
      cwd: ROOT,
      encoding: "utf8",
    });
    assert.equal(made.status, 0, made.stderr);
    const context = await browser.newContext({
      viewport: { width, height },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
      locale: "zh-CN",
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${server.url}web/index.html?today=${TODAY}&month=2026-11`);
    const landing = page.locator("main");
    await page.getByRole("button", { name: "打开登记簿…" }).waitFor();
    assert.deepEqual(await tooSmall(landing), []);

    // File choice: the button opens the system's file chooser.
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: "打开登记簿…" }).tap()]);
    await chooser.setFiles(register);
    await page.getByTestId("file-name").waitFor();
    const pane = page.getByTestId("taskpane");
    const grid = page.getByTestId("sheet-grid");
    await grid.waitFor();

    // The steps above the sheet, both as wide as the phone; nothing wider than the screen.
    const paneBox = await pane.boundingBox();
    const gridBox = await grid.boundingBox();
    assert.ok(paneBox.y + paneBox.height <= gridBox.y + 1, "the steps stand above the sheet");
    assert.ok(paneBox.width >= width - 2, `the steps use the phone's width (${paneBox.width} px)`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), "the page does not scroll sideways");

    // The state line: on screen, whole, in a readable size.
    const state = page.getByTestId("month-state");
    await state.waitFor();
    const line = await state.evaluate((el) => ({
      cut: el.scrollWidth > el.clientWidth + 1,
      size: parseFloat(getComputedStyle(el).fontSize),
      width: el.getBoundingClientRect().width,
    }));
    assert.equal(line.cut, false, "the state line is cut");
    assert.ok(line.size >= 12, `the state line's text is ${line.size} px`);

    // The sheet view scrolls within itself.
    await page.getByRole("tab", { name: "民主评议", exact: true }).tap();
    await page.locator('[data-testid="sheet-grid"][data-sheet="民主评议"]').waitFor();
    const scrolled = await grid.evaluate((el) => {
      el.scrollTo(200, 200);
      return { left: el.scrollLeft, top: el.scrollTop };
    });
    assert.ok(scrolled.left > 0 && scrolled.top > 0, `the sheet view does not scroll: ${JSON.stringify(scrolled)}`);

    // Check the data with a wrong mark: the problem links are finger-sized too.
    const sheets = await page.evaluate(() => window.__webWorkbook.snapshot());
    const row = sheets.find((s) => s.name === "民主评议").values.findIndex((r) => r[0] === "2026-11") + 1;
    await page.getByTestId("cell-address").fill(`F${row}`);
    await page.getByTestId("cell-address").press("Enter");
    const before = await page.getByTestId("cell-value").inputValue();
    await page.getByTestId("cell-value").fill("很好");
    await page.getByTestId("cell-value").press("Enter");
    // The edit is a change of the workbook: let the pane's state follow it before checking.
    await page.getByTestId("month-state").filter({ hasText: "有错误" }).waitFor();
    const check = page.getByRole("button", { name: "4. 检查数据" });
    if ((await check.getAttribute("aria-expanded")) !== "true") await check.tap();
    await settled(page);
    await pane.getByRole("button", { name: "检查数据", exact: true }).tap();
    await pane.getByText(/发现 1 个错误/).waitFor();
    await pane.getByRole("button", { name: `民主评议!F${row}` }).waitFor();
    assert.deepEqual(await tooSmall(pane), []);
    assert.deepEqual(await tooSmall(page.locator("header", { has: page.getByTestId("save-copy") })), []);
    await page.getByTestId("cell-address").fill(`F${row}`);
    await page.getByTestId("cell-address").press("Enter");
    await page.getByTestId("cell-value").fill(before || "合格");
    await page.getByTestId("cell-value").press("Enter");
    await pane.getByTestId("check-outcome").waitFor({ state: "detached" });

    // Generate and save.
    const generate = page.getByRole("button", { name: /^5\. 生成本月评星/ });
    if ((await generate.getAttribute("aria-expanded")) !== "true") await generate.tap();
    await settled(page);
    await pane.getByRole("button", { name: "生成本月评星", exact: true }).tap();
    await pane.getByText(/已生成“2026-11 评星”/).waitFor();
    assert.deepEqual(await tooSmall(pane), []);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("save-copy").tap()]);
    assert.equal(download.suggestedFilename(), `登记簿-${width}-2026-11.xlsx`);
    const notice = page.getByTestId("web-notice");
    await notice.filter({ hasText: "以后请打开这份副本继续工作" }).waitFor();
    const cut = await notice.evaluate((el) =>
      [el, ...el.querySelectorAll("*")].some(
        (e) => (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1) && getComputedStyle(e).overflow !== "visible",
      ),
    );
    assert.equal(cut, false, "the notice after 保存副本 is cut");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

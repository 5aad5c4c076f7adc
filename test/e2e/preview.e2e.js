// The preview as anyone meets it: the pane renders fast, in Chinese, fits 320 px, follows the theme and
// the language switch, and works from the keyboard.
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
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

async function openPreview(query = "", viewport = { width: 1280, height: 800 }) {
  const page = await browser.newPage({ viewport, locale: "zh-CN" });
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(server.url + query);
  return { page, errors };
}

test("the scripts the task pane's page loads are at most 210 KB gzipped together, and the figures are printed", () => {
  const dist = path.resolve(__dirname, "..", "..", "dist");
  // Every script taskpane.html loads from the add-in's own origin (office.js comes from Microsoft's CDN).
  const html = fs.readFileSync(path.join(dist, "taskpane.html"), "utf8");
  // The bundles are loaded by the page's own ES5 loader, which lists them in its data-bundles attribute.
  const tags = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"' >]+)/g)].map((m) => m[1]);
  const listed = (/data-bundles=["']?([^"'>]+)/.exec(html)?.[1] ?? "").split(" ").filter(Boolean);
  const scripts = [...tags, ...listed].filter((src) => !/^https?:/.test(src));
  assert.ok(scripts.includes("taskpane.js") && scripts.includes("functions.js"), `scripts: ${scripts.join(", ")}`);
  let total = 0;
  for (const name of scripts) {
    const bytes = fs.readFileSync(path.join(dist, name));
    const gzipped = zlib.gzipSync(bytes, { level: 9 }).length;
    total += gzipped;
    console.log(`${name}: ${(bytes.length / 1024).toFixed(1)} KB minified, ${(gzipped / 1024).toFixed(1)} KB gzipped`);
  }
  // 210 KB: the one reader of typed values, the functions' matrix results and the old-webview loader took the
  // pane past 200 KB; the English catalogue and the problem sentences are the next to load on first use.
  console.log(`the task pane's page: ${(total / 1024).toFixed(1)} KB gzipped in all (limit 210 KB)`);
  assert.ok(total <= 210 * 1024, `the pane's scripts are ${total} bytes gzipped`);
});

/** The pane's first render: median of a few fresh loads, in ms since navigation began. */
// Measured, not asserted: a time limit here would fail on a loaded machine (speed is the benchmarks' job).
test("the task pane renders, and the time of its first render is printed", async () => {
  const runs = [];
  for (let i = 0; i < 3; i++) {
    const started = Date.now();
    const { page, errors } = await openPreview("?today=2026-11-23&month=2026-11");
    await page.getByRole("heading", { level: 1, name: "积分评星" }).waitFor();
    const firstRender = await page.evaluate(() => window.__firstRender);
    runs.push({ firstRender, wall: Date.now() - started });
    assert.deepEqual(errors, []);
    await page.close();
  }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const render = Math.round(median(runs.map((r) => r.firstRender)));
  const wall = median(runs.map((r) => r.wall));
  console.log(
    `first render of the task pane in the preview: ${render} ms after navigation start (median of 3; ${wall} ms from opening the page until the title is visible)`,
  );
  assert.ok(Number.isFinite(render) && render > 0, `no first render was recorded (${render})`);
});

test("the preview opens on the sample branch with the task pane in Chinese", async () => {
  const { page, errors } = await openPreview("?today=2026-11-23&month=2026-11");
  await page.getByRole("heading", { level: 1, name: "积分评星" }).waitFor();
  for (const name of ["设置", "人员名册", "考核细则", "记实考核", "民主评议"]) await page.getByRole("tab", { name, exact: true }).waitFor();
  await page.getByRole("tab", { name: "人员名册", exact: true }).click();
  await page.getByTestId("sheet-grid").locator('[data-cell="B2"]', { hasText: "王建国" }).waitFor();
  fs.mkdirSync(DOCS, { recursive: true });
  await page.screenshot({ path: path.join(DOCS, "preview.png") });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the task pane fits 320 px without horizontal scrolling, with every step open", async () => {
  const { page } = await openPreview("?today=2026-11-23&month=2026-11");
  // The pane opens at the next step once it has read where the month stands; then open every other one.
  await page.getByTestId("month-state").waitFor();
  await page.getByRole("button", { name: "5. 生成本月评星", expanded: true }).waitFor();
  for (let n = 1; n <= 12; n++) {
    const header = page.getByRole("button", { name: new RegExp(`^${n}\\. `) });
    if ((await header.getAttribute("aria-expanded")) !== "true") await header.click();
  }
  await page
    .getByText("正在读取设置…")
    .waitFor({ state: "detached" })
    .catch(() => undefined);
  await page.getByRole("textbox", { name: "年度公示天数" }).waitFor();
  await page.getByRole("combobox", { name: "人员" }).waitFor();
  const pane = page.getByTestId("taskpane");
  const { scrollWidth, clientWidth } = await pane.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  assert.ok(clientWidth <= 320, `the pane is ${clientWidth} px wide`);
  assert.ok(scrollWidth <= clientWidth, `pane scrolls horizontally: ${scrollWidth} > ${clientWidth}`);
  await page.close();
});

test("every step is reachable and runs from the keyboard", async () => {
  const { page, errors } = await openPreview("?today=2026-11-23&month=2026-11");
  // The sample month is prepared, its data clean and not yet generated: the pane opens at 5. 生成本月评星 by itself.
  await page.getByTestId("month-state").filter({ hasText: "2026年11月：可以生成" }).waitFor();
  await page.getByRole("button", { name: "5. 生成本月评星", expanded: true }).waitFor();
  const header = page.getByRole("button", { name: "4. 检查数据" });
  assert.equal(await header.getAttribute("aria-expanded"), "false");
  // From the keyboard: opened, closed and opened again, then Tab from the header reaches the step's button.
  await header.focus();
  await page.keyboard.press("Enter");
  assert.equal(await header.getAttribute("aria-expanded"), "true");
  await page.keyboard.press("Enter");
  assert.equal(await header.getAttribute("aria-expanded"), "false");
  await page.keyboard.press("Enter");
  assert.equal(await header.getAttribute("aria-expanded"), "true");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), "检查数据");
  await page.keyboard.press("Enter");
  await page.getByText("没有问题，可以生成本月评星。").waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("the pane switches to English, and opens in English for an English Office", async () => {
  const { page } = await openPreview("?today=2026-11-23&month=2026-11");
  await page.getByRole("button", { name: /English/ }).click();
  await page.getByRole("heading", { level: 1, name: "Party Star Register" }).waitFor();
  await page.getByRole("button", { name: "5. Generate the month" }).waitFor();
  await page.getByRole("button", { name: "8. Annual results" }).waitFor();
  await page.close();
  const english = await openPreview("?today=2026-11-23&month=2026-11&lang=en");
  await english.page.getByRole("heading", { level: 1, name: "Party Star Register" }).waitFor();
  await english.page.close();
});

test("the pane follows a dark and a high-contrast theme", async () => {
  for (const theme of ["dark", "contrast"]) {
    const { page, errors } = await openPreview(`?today=2026-11-23&month=2026-11&theme=${theme}`);
    await page.getByRole("heading", { level: 1, name: "积分评星" }).waitFor();
    const colours = await page
      .getByTestId("taskpane")
      .locator("main")
      .evaluate((el) => {
        const s = getComputedStyle(el);
        return { bg: s.backgroundColor, fg: s.color };
      });
    const luminance = (rgb) => {
      const [r, g, b] = rgb.match(/\d+/g).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    assert.ok(luminance(colours.bg) < 60, `${theme} background ${colours.bg}`);
    assert.ok(luminance(colours.fg) > 180, `${theme} text ${colours.fg}`);
    if (theme === "dark") await page.getByTestId("taskpane").screenshot({ path: path.join(DOCS, "taskpane-dark.png") });
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test("the pane's on-demand parts load from its own origin, and a failed load says so and can be retried", async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: "zh-CN" });
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  // The annual steps' chunk cannot be fetched (the network dropped).
  await page.route("**/year.js", (route) => route.abort());
  await page.goto(`${server.url}?today=2026-11-23&month=2026-11`);
  await page.getByText(/这部分没有加载成功：无法从加载项的服务器读取这部分程序/).waitFor();
  // The month's steps still work (the pane opened the next one, 5. 生成本月评星, by itself).
  await page.getByRole("button", { name: "5. 生成本月评星", expanded: true }).waitFor();
  await page.getByTestId("month-state").filter({ hasText: "可以生成" }).waitFor();
  await page.getByRole("button", { name: "4. 检查数据" }).click();
  await page.getByRole("button", { name: "检查数据", exact: true }).click();
  await page.getByText("没有问题，可以生成本月评星。").waitFor();
  // The network is back: retry loads the year.
  await page.unroute("**/year.js");
  await page.getByRole("button", { name: "重试" }).click();
  await page.getByRole("button", { name: "8. 年度评星" }).waitFor();
  assert.deepEqual(
    requests.filter((u) => !u.startsWith(server.url)),
    [],
    "nothing is loaded from outside",
  );
  await page.close();
});

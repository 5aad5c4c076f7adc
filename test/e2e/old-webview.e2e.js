// The built taskpane.html in an old webview: under a Trident+ (Internet Explorer 11) and an EdgeHTML (Microsoft
// Edge Legacy) user agent the page fetches no bundle and shows, in Chinese and English, that this Excel's browser
// is too old and what works instead (the web app beside the pane, or WebView2). Under Chromium's own user agent
// the same page loads its bundles. office.js is answered by a stub with no host (Microsoft's CDN is not reachable
// here). The built page's inline scripts are also parsed as ES5 (the minifier must not make them newer).
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("fs");
const path = require("path");
const { parse } = require("acorn");
const { serveDist, launchBrowser } = require("./harness");

const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";
const EDGE_HTML = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const OFFICE_STUB = "window.Office = { HostType: { Excel: 'Excel' }, onReady: function (cb) { setTimeout(function () { cb({ host: null }); }, 0); } };";

let server, browser;
before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPane(userAgent) {
  const context = await browser.newContext(userAgent ? { userAgent } : {});
  const page = await context.newPage();
  await page.route(/appsforoffice/, (route) => route.fulfill({ contentType: "text/javascript", body: OFFICE_STUB }));
  const requested = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${server.url}taskpane.html`);
  return { context, page, requested };
}

test("the built page's inline scripts are ES5", () => {
  const html = fs.readFileSync(path.resolve(__dirname, "..", "..", "dist", "taskpane.html"), "utf8");
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]).filter((code) => code.trim() !== "");
  assert.ok(inline.length >= 1);
  for (const code of inline) parse(code, { ecmaVersion: 5 });
});

for (const [name, ua] of [
  ["Trident+", TRIDENT],
  ["EdgeHTML", EDGE_HTML],
]) {
  test(`under a ${name} user agent the pane says the browser is too old and loads no bundle`, async () => {
    const { context, page, requested } = await openPane(ua);
    const box = page.locator('[data-reason="old-webview"]');
    await box.waitFor({ state: "visible" });
    const text = await box.innerText();
    assert.match(text, /内置浏览器过旧/);
    assert.match(text, /积分评星网页版/);
    assert.match(text, /too old for Star Register/);
    assert.equal(await page.locator("[data-web-app]").first().getAttribute("href"), `${server.url}web/`);
    await page.waitForTimeout(300);
    assert.deepEqual(
      requested.filter((p) => p.endsWith(".js") && !p.includes("office")),
      [],
    );
    await context.close();
  });
}

test("under Chromium's own user agent the same page loads its bundles", async () => {
  const { context, page, requested } = await openPane(undefined);
  await page.waitForFunction(() => document.querySelectorAll("script[src$='functions.js']").length === 1);
  await page.waitForResponse((r) => r.url().endsWith("/functions.js")).catch(() => undefined);
  assert.ok(requested.includes("/taskpane.js"), requested.join(", "));
  assert.equal(await page.locator('[data-reason="old-webview"]').isVisible(), false);
  await context.close();
});

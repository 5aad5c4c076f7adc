// The built pages carry a Content-Security-Policy that allows only their own files (the task pane also
// office.js from Microsoft's CDN) and still work under it; the web app served over http installs (a web app
// manifest with its icons) and opens offline after the first visit, a new build replacing the old; opened
// from a folder (file://) it works as before, without a service worker. Its scripts before a file is chosen
// are measured (at most 250 KB gzipped).
const { test, before, after } = require("node:test");
const assert = require("node:assert/strict");
const http = require("http");
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { pathToFileURL } = require("url");
const { serveDist, launchBrowser } = require("./harness");

const DIST = path.resolve(__dirname, "..", "..", "dist");
const WEB = path.join(DIST, "web");
let browser;
before(async () => {
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
});

/** The policy a built page carries in its <meta>, as directive → sources. */
function policyOf(file) {
  const html = fs.readFileSync(file, "utf8");
  const meta = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html);
  assert.ok(meta, `${path.basename(file)} carries no Content-Security-Policy`);
  assert.ok(html.indexOf(meta[0]) < html.indexOf("<script"), `${path.basename(file)}: the policy comes after a script`);
  return new Map(
    meta[1].split(";").map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

/** Records the page's policy violations (and errors) from its first script on. */
async function watch(page) {
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return { errors, violations: () => page.evaluate(() => window.__violations) };
}

test("every built page allows only its own files; the task pane also office.js's CDN", () => {
  for (const file of [path.join(WEB, "index.html"), path.join(DIST, "preview.html"), path.join(DIST, "taskpane.html")]) {
    const policy = policyOf(file);
    const office = file.endsWith("taskpane.html") ? ["https://appsforoffice.microsoft.com"] : [];
    assert.deepEqual(policy.get("default-src"), ["'self'"]);
    assert.deepEqual(
      policy.get("script-src").filter((s) => !s.startsWith("'sha256-") && s !== "'unsafe-hashes'"),
      ["'self'", ...office],
    );
    assert.deepEqual(policy.get("connect-src"), ["'self'", ...office]);
    assert.deepEqual(policy.get("object-src"), ["'none'"]);
    for (const [name, sources] of policy) {
      for (const s of sources) assert.ok(!/^https?:/.test(s) || office.includes(s), `${path.basename(file)} ${name} allows ${s}`);
      assert.ok(!sources.includes("'unsafe-eval'") && !(name === "script-src" && sources.includes("'unsafe-inline'")), `${name}: ${sources}`);
    }
  }
});

test("the task pane's page runs its own check under its policy (office.js unreachable here: it says so)", async () => {
  const server = await serveDist();
  const page = await browser.newPage();
  const { violations } = await watch(page);
  await page.route("https://appsforoffice.microsoft.com/**", (route) => route.abort());
  await page.goto(`${server.url}taskpane.html`);
  await page.locator('#outside[data-shown="no-office-js"]').waitFor();
  assert.deepEqual(await violations(), []);
  await page.close();
  await server.close();
});

test("the web app from a folder (file://): opens a register under its policy, with no service worker", async () => {
  const page = await browser.newPage({ locale: "zh-CN" });
  const { errors, violations } = await watch(page);
  await page.goto(`${pathToFileURL(path.join(WEB, "index.html")).href}?today=2026-11-23&month=2026-11`);
  await page.getByTestId("try-sample").click();
  await page.getByTestId("file-name").waitFor();
  await page.getByRole("tab", { name: "人员名册", exact: true }).waitFor();
  assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null);
  assert.deepEqual(await violations(), []);
  assert.deepEqual(errors, []);
  await page.close();
});

/**
 * Serves dist/web at http://127.0.0.1:<port>/ (a free port unless given) with `sw.js` rewritten by `worker`
 * (standing for a new build's worker). Resolves to { url, port, close }.
 */
function serveWeb(port = 0, worker = (text) => text) {
  const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".webmanifest": "application/manifest+json" };
  const server = http.createServer((req, res) => {
    const name = decodeURIComponent(new URL(req.url, "http://localhost").pathname).slice(1) || "index.html";
    const file = path.join(WEB, name);
    if (!file.startsWith(WEB) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) return res.writeHead(404).end();
    const body = fs.readFileSync(file);
    res.writeHead(200, { "Content-Type": types[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-cache" });
    res.end(name === "sw.js" ? worker(body.toString("utf8")) : body);
  });
  return new Promise((resolve) =>
    server.listen(port, "127.0.0.1", () => {
      const at = server.address().port;
      resolve({
        url: `http://127.0.0.1:${at}/`,
        port: at,
        close: () => new Promise((r) => (server.close(r), server.closeAllConnections())),
      });
    }),
  );
}

test("served over http: installable, offline after the first visit, a new build replacing the old", async () => {
  // The manifest names the page and its icons from assets/ (192 and 512 px, which installing needs).
  const manifest = JSON.parse(fs.readFileSync(path.join(WEB, "manifest.webmanifest"), "utf8"));
  assert.equal(manifest.start_url, "./index.html");
  assert.deepEqual(
    manifest.icons.map((i) => i.sizes),
    ["192x192", "512x512"],
  );
  for (const icon of manifest.icons) assert.ok(fs.existsSync(path.join(WEB, icon.src)), icon.src);

  const server = await serveWeb();
  const url = server.url;
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  const { errors, violations } = await watch(page);
  await page.goto(`${url}index.html?today=2026-11-23&month=2026-11`);
  await page.getByRole("button", { name: "打开登记簿…" }).waitFor();
  assert.equal(await page.evaluate(() => document.querySelector('link[rel="manifest"]')?.getAttribute("href")), "manifest.webmanifest");

  // Measured: the scripts the page loads before a file is chosen.
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name).pathname.slice(1))
      .filter((n) => n.endsWith(".js")),
  );
  const gzipped = ["web.js", ...scripts.filter((n) => n !== "web.js")].reduce(
    (sum, n) => sum + zlib.gzipSync(fs.readFileSync(path.join(WEB, n)), { level: 9 }).length,
    0,
  );
  console.log(`the web app before a file is chosen: ${(gzipped / 1024).toFixed(1)} KB of scripts gzipped (limit 250 KB)`);
  assert.ok(gzipped <= 250 * 1024, `${gzipped} bytes`);

  // The worker keeps the page's own files, and nothing else.
  await page
    .waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 30_000 })
    .catch(async () => {
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    });
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const out = {};
    for (const n of names) out[n] = (await (await caches.open(n)).keys()).map((r) => new URL(r.url).pathname.slice(1)).sort();
    return out;
  });
  const [first] = Object.keys(cached);
  assert.equal(Object.keys(cached).length, 1);
  const built = fs
    .readdirSync(WEB, { recursive: true })
    .map((f) => f.split(path.sep).join("/"))
    .filter((f) => fs.statSync(path.join(WEB, f)).isFile() && f !== "sw.js" && !f.endsWith(".map") && !f.endsWith(".LICENSE.txt"))
    .sort();
  assert.deepEqual(cached[first], built);

  // Offline: the server is gone, and the page opens and works.
  await server.close();
  await page.reload();
  await page.getByTestId("try-sample").click();
  await page.getByTestId("file-name").waitFor();
  await page.getByRole("tab", { name: "人员名册", exact: true }).waitFor();

  // A new build (a new worker) on the same address replaces the old one and its cache.
  const next = await serveWeb(server.port, (text) => text.replace(/const VERSION = "([^"]+)"/, 'const VERSION = "$1-next"'));
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForFunction(async () => {
    const names = await caches.keys();
    return names.length === 1 && names[0].endsWith("-next");
  });
  assert.deepEqual(await violations(), []);
  assert.deepEqual(errors, []);
  await context.close();
  await next.close();
});

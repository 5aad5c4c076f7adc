// Shared set-up of the browser tests: a static server over dist/ on a loopback port, and Debian's
// Chromium driven by playwright-core (a test tool's own browser download does not work here).
const http = require("http");
const fs = require("fs");
const path = require("path");
const { chromium } = require("playwright-core");

const DIST = path.resolve(__dirname, "..", "..", "dist");
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
  ".map": "application/json",
};

/** Serves dist/ on 127.0.0.1 (a free port); "/" is the preview page. Resolves to { url, close }. */
function serveDist() {
  if (!fs.existsSync(path.join(DIST, "preview.html"))) {
    throw new Error("dist/preview.html is missing: run `npm run build` first");
  }
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, "http://localhost").pathname);
    const file = path.join(DIST, pathname === "/" ? "preview.html" : pathname);
    if (!file.startsWith(DIST) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}/`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}

/** Launches headless Chromium with the flags this closed network needs. */
function launchBrowser() {
  const executablePath = process.env.CHROMIUM_PATH || ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
  if (!executablePath) throw new Error("Chromium not found: install it with `apt-get install -y chromium`");
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/**
 * Waits until the sections have finished opening and closing, as a person would before clicking in one:
 * on a loaded machine a click sent while a section's height is still animating can land beside its target.
 */
function settled(page) {
  return page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity));
}

/** Where screenshots for the README go. */
const DOCS = path.resolve(__dirname, "..", "..", "docs");

module.exports = { serveDist, launchBrowser, settled, DOCS };

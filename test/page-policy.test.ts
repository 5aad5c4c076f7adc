import { createHash } from "crypto";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { withPolicy, inlineScriptHashes, contentSecurityPolicy } = require("../scripts/csp");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { cachedFiles, webManifest } = require("../scripts/web-offline");

const sha = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

describe("the built pages' Content-Security-Policy", () => {
  it("allows a page's inline scripts and handlers by their hashes only, never by 'unsafe-inline'", () => {
    const html = `<html><head><meta charset=UTF-8><script src=https://cdn.example/office.js onerror="window.failed = true"></script></head><body><script>check()</script><script src="app.js"></script></body></html>`;
    expect(inlineScriptHashes(html)).toEqual([sha("check()"), "'unsafe-hashes'", sha("window.failed = true")]);
    const out: string = withPolicy(html, ["https://cdn.example"]);
    const policy = /<meta charset=UTF-8><meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(out)![1];
    expect(policy).toContain(`script-src 'self' https://cdn.example ${sha("check()")} 'unsafe-hashes' ${sha("window.failed = true")};`);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("connect-src 'self' https://cdn.example;");
  });

  it("comes first, right after <meta charset> (a policy governs only what follows it), and refuses a page without one", () => {
    expect(withPolicy(`<head><meta charset="utf-8" /><script src=a.js></script>`).indexOf("Content-Security-Policy")).toBeLessThan(50);
    expect(() => withPolicy("<head><script src=a.js></script>")).toThrow(/meta charset/);
  });

  it("lets a page without other origins load its own files only", () => {
    const policy: string = contentSecurityPolicy();
    for (const directive of ["default-src 'self'", "script-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'"])
      expect(policy).toContain(directive);
    expect(policy).not.toMatch(/https?:|\*/);
  });
});

describe("the web app's offline files", () => {
  it("keep every file of the build but the worker itself and source maps", () => {
    expect(cachedFiles(["web.js", "sw.js", "index.html", "web.js.map", "web.js.LICENSE.txt", "assets/icon-192.png"])).toEqual([
      "assets/icon-192.png",
      "index.html",
      "web.js",
    ]);
  });

  it("name the page and its install icons in the manifest", () => {
    const manifest = webManifest(["assets/icon-192.png", "assets/icon-512.png"]);
    expect(manifest.start_url).toBe("./index.html");
    expect(manifest.icons).toEqual([
      { src: "assets/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "assets/icon-512.png", sizes: "512x512", type: "image/png" },
    ]);
  });
});

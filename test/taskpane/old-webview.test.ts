/**
 * @jest-environment node
 *
 * taskpane.html on an old webview (Trident+ or EdgeHTML: the webview table of "Browsers and webview controls
 * used by Office Add-ins"): its inline scripts are ES5 (parsed here by an ES5-only parser), and under such a
 * user agent the page loads no bundle, says in Chinese and English what works instead, and answers every
 * =PX function with #N/A saying why. Elsewhere it loads the bundles in order. Run in jsdom; nothing is fetched.
 */
import { readFileSync } from "fs";
import path from "path";
import { parse } from "acorn";
import { JSDOM } from "jsdom";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const IDS = Object.keys(JSON.parse(readFileSync(path.resolve(__dirname, "../../src/functions/functions.zh-CN.json"), "utf8")) as object);
const source = readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8");
/** The page as the build writes it: the template's parameters filled in as webpack.config.js fills them. */
const page = source
  .replace("<%= officeJs %>", OFFICE_JS)
  .replace("<%= htmlWebpackPlugin.files.js.join(' ') %>", "taskpane.js functions.js")
  .replace("<%= functionIds.join(' ') %>", IDS.join(" "));

const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko";
const EDGE_HTML = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";
const WEBVIEW2 = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0";

interface Associated {
  id: string;
  fn: () => unknown;
}

async function open(userAgent: string) {
  const associated: Associated[] = [];
  class CfError extends Error {
    constructor(
      readonly code: string,
      message: string,
    ) {
      super(message);
    }
  }
  const dom = new JSDOM(page, {
    url: "https://addins.example.org/star/taskpane.html",
    runScripts: "dangerously",
    beforeParse: (window) => {
      Object.defineProperty(window.navigator, "userAgent", { value: userAgent });
      const w = window as unknown as Record<string, unknown>;
      w.Office = { HostType: { Excel: "Excel" }, onReady: () => new Promise(() => undefined) };
      w.CustomFunctions = { associate: (id: string, fn: () => unknown) => associated.push({ id, fn }), Error: CfError, ErrorCode: { notAvailable: "#N/A" } };
    },
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  const document = dom.window.document;
  const box = document.getElementById("outside")!;
  const shown = [...box.querySelectorAll<HTMLElement>("[data-reason]")].filter((el) => !el.hidden);
  const bundles = [...document.querySelectorAll("script[src]")].map((s) => s.getAttribute("src")).filter((src) => src !== OFFICE_JS);
  const links = [...box.querySelectorAll("[data-web-app]")].map((a) => a.getAttribute("href"));
  return { box, text: shown.map((el) => el.textContent ?? "").join(" "), reasons: shown.map((el) => el.dataset.reason), bundles, links, associated };
}

describe("taskpane.html on an old webview", () => {
  it("keeps every inline script within ES5 (what Trident+ runs)", () => {
    const scripts = [...page.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] as string).filter((code) => code.trim() !== "");
    expect(scripts.length).toBeGreaterThanOrEqual(1);
    for (const code of scripts) expect(() => parse(code, { ecmaVersion: 5 })).not.toThrow();
    // The check itself: an ES2020 line is refused by the same parser.
    expect(() => parse("var a = {}; a?.b;", { ecmaVersion: 5 })).toThrow();
  });

  it.each([
    ["Trident+ (Internet Explorer 11)", TRIDENT],
    ["EdgeHTML (Microsoft Edge Legacy)", EDGE_HTML],
  ])("under %s loads no bundle and says what works instead, in Chinese and English", async (_, ua) => {
    const { box, text, reasons, bundles, links } = await open(ua);
    expect(box.hidden).toBe(false);
    expect(reasons).toEqual(["old-webview"]);
    expect(bundles).toEqual([]);
    expect(text).toContain("内置浏览器过旧");
    expect(text).toContain("积分评星网页版");
    expect(text).toContain("WebView2");
    expect(text).toContain("too old");
    expect(links).toEqual(["https://addins.example.org/star/web/", "https://addins.example.org/star/web/"]);
  });

  it("answers every =PX function with #N/A saying why, where the bundles cannot load", async () => {
    const { associated } = await open(TRIDENT);
    expect(associated.map((a) => a.id)).toEqual(IDS);
    for (const { fn } of associated) expect(fn).toThrow(expect.objectContaining({ code: "#N/A", message: expect.stringContaining("网页版") }));
  });

  it("loads the bundles in order on WebView2, and associates nothing itself", async () => {
    const { box, bundles, associated } = await open(WEBVIEW2);
    expect(bundles).toEqual(["taskpane.js", "functions.js"]);
    expect(box.hidden).toBe(true);
    expect(associated).toEqual([]);
  });
});

/**
 * The README's table of supported hosts stays true to the code and to Microsoft's tables: its feature columns
 * are exactly the requirement sets the adapter checks at run time (src/excel/features.ts), and each row's
 * marks follow from the host's ExcelApi, SharedRuntime, CustomFunctionsRuntime and webview and the manifest's
 * base requirement (MINIMUM_EXCEL_API): the pane and the formulas need a webview that runs ES2020 (not
 * Trident+ or EdgeHTML, where taskpane.html shows its message instead), the ribbon the shared runtime.
 * The webview column follows "Browsers and webview controls used by Office Add-ins"
 * (https://learn.microsoft.com/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins).
 */
import { readFileSync } from "fs";
import path from "path";
import { API, MINIMUM_EXCEL_API } from "../src/excel/features";

const readme = readFileSync(path.resolve(__dirname, "../README.md"), "utf8");
const section = readme.slice(readme.indexOf("### 支持的 Excel"));
const lines = section.split("\n");
const first = lines.findIndex((l) => l.startsWith("|"));
const end = lines.findIndex((l, i) => i > first && !l.startsWith("|"));
const rows = lines.slice(first, end).map((l) =>
  l
    .split("|")
    .slice(1, -1)
    .map((c) => c.trim()),
);
const [header, , ...hosts] = rows;
const FIXED = 9;
const manifest = readFileSync(path.resolve(__dirname, "../manifest.xml"), "utf8");

/** Webviews that run the bundles (ES2020), and the old ones that get the message. */
const MODERN = ["WebView2", "Safari WKWebView", "the browser"];
const OLD = ["Trident+", "EdgeHTML"];

/** "1.13" → 13; "1.13+" → 13; "latest" → ∞. */
function minor(text: string): number {
  if (text === "latest") return Number.POSITIVE_INFINITY;
  const m = /^1\.(\d+)\+?$/.exec(text);
  if (!m) throw new Error(`not an ExcelApi version: ${text}`);
  return Number(m[1]);
}
const mark = (cell: string) => {
  if (cell !== "✓" && cell !== "✗") throw new Error(`not a mark: ${cell}`);
  return cell === "✓";
};

describe("README: supported hosts", () => {
  it("has one feature column per requirement set the code checks, and no other", () => {
    expect(header.slice(0, FIXED).map((h) => h.split(" ")[0])).toEqual([
      "Excel",
      "ExcelApi",
      "SharedRuntime",
      "CustomFunctionsRuntime",
      "浏览器控件",
      "任务窗格",
      "功能区按钮",
      "=PX",
      "旧浏览器提示",
    ]);
    const columns = header.slice(FIXED).map((h) => /\((1\.\d+)\)$/.exec(h)?.[1]);
    expect(columns.sort()).toEqual(Object.values(API).sort());
  });

  it("marks each host as its ExcelApi, SharedRuntime, CustomFunctionsRuntime, webview and the manifest's minimum imply", () => {
    expect(hosts.length).toBeGreaterThanOrEqual(6);
    for (const [name, api, shared, functionsRuntime, webview, pane, ribbon, functions, message, ...features] of hosts) {
      expect([...MODERN, ...OLD]).toContain(webview);
      const offered = minor(api) >= minor(MINIMUM_EXCEL_API);
      const runs = offered && MODERN.includes(webview);
      const expected = [
        runs,
        offered && mark(shared),
        runs && mark(shared) && mark(functionsRuntime),
        offered && !runs,
        ...header.slice(FIXED).map((h) => runs && minor(api) >= minor(/\((1\.\d+)\)$/.exec(h)![1])),
      ];
      expect({ name, marks: [pane, ribbon, functions, message, ...features].map(mark) }).toEqual({ name, marks: expected });
    }
  });

  it("follows Microsoft's webview table: Trident+ for volume-licensed 2016/2019 and wherever WebView2 is missing", () => {
    // A manifest with <Runtimes> never gets EdgeHTML: without WebView2 it gets Trident+.
    expect(manifest).toContain("<Runtimes>");
    for (const [name, , , , webview] of hosts) {
      const trident = /volume-licensed/.test(name) && /2016|2019/.test(name) ? true : /without WebView2/.test(name);
      expect({ name, webview: webview === "Trident+" }).toEqual({ name, webview: trident });
    }
  });

  it("gives retail perpetual Office the formulas from Version 2311 (Build 17029.20126), as the CustomFunctionsRuntime table says", () => {
    for (const [name, , , functionsRuntime] of hosts.filter(([n]) => /^Retail/.test(n as string))) {
      const from2311 = /Version 2311 \(Build 17029\.20126\)\+|Version 2311\+/.test(name as string);
      expect({ name, functionsRuntime: mark(functionsRuntime as string) }).toEqual({ name, functionsRuntime: from2311 });
    }
  });

  it("names the versions the issue asks about: Windows, Mac, web, iPad; Microsoft 365 and perpetual", () => {
    const names = hosts.map(([n]) => n).join(" ");
    for (const word of ["Windows", "Mac", "web", "iPad", "Microsoft 365", "2016", "2019", "2021"]) expect(names).toContain(word);
  });
});

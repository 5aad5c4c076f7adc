/**
 * The README's table of supported hosts stays true to the code: its feature columns are exactly the
 * requirement sets the adapter checks at run time (src/excel/features.ts), and each row's marks follow from
 * the host's ExcelApi and SharedRuntime and the manifest's base requirement (MINIMUM_EXCEL_API).
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
    expect(header.slice(0, 5).map((h) => h.split(" ")[0])).toEqual(["Excel", "ExcelApi", "SharedRuntime", "任务窗格", "=PX"]);
    const columns = header.slice(5).map((h) => /\((1\.\d+)\)$/.exec(h)?.[1]);
    expect(columns.sort()).toEqual(Object.values(API).sort());
  });

  it("marks each host as its ExcelApi, its SharedRuntime and the manifest's minimum imply", () => {
    expect(hosts.length).toBeGreaterThanOrEqual(6);
    for (const [name, api, shared, pane, functions, ...features] of hosts) {
      const offered = minor(api) >= minor(MINIMUM_EXCEL_API);
      const expected = [offered, offered && mark(shared), ...header.slice(5).map((h) => offered && minor(api) >= minor(/\((1\.\d+)\)$/.exec(h)![1]))];
      expect({ name, marks: [pane, functions, ...features].map(mark) }).toEqual({ name, marks: expected });
    }
  });

  it("names the versions the issue asks about: Windows, Mac, web, iPad; Microsoft 365 and perpetual", () => {
    const names = hosts.map(([n]) => n).join(" ");
    for (const word of ["Windows", "Mac", "web", "iPad", "Microsoft 365", "2016", "2019", "2021"]) expect(names).toContain(word);
  });
});

/**
 * The first release's marks (src/register/legacy-marks.ts) against a register that release wrote:
 * test/fixtures/legacy/first-release.xlsx, the sample branch through its command line (template, monthly
 * 2026-11 and 2026-12, annual, the annual publicity and finalisation, notices), as test/fixtures/README.md
 * says. Every sheet its registry names carries them; no input sheet and no person's sheet does.
 */
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/register/cells";
import { carriesFirstReleaseMarks, LEGACY_MARK_COLUMNS, LEGACY_MARK_ROWS } from "../../src/register/legacy-marks";
import { REGISTRY_SHEET } from "../../src/register/ownership";
import { readGrid } from "../../src/xlsx/cell-values";

const FIXTURE = join(__dirname, "..", "fixtures", "legacy", "first-release.xlsx");

let tops: Map<string, CellValue[][]>;
let registered: string[];

beforeAll(async () => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync(FIXTURE) as unknown as ArrayBuffer);
  tops = new Map(
    book.worksheets.map((ws) => [
      ws.name,
      readGrid(ws)
        .slice(0, LEGACY_MARK_ROWS)
        .map((r) => r.slice(0, LEGACY_MARK_COLUMNS)),
    ]),
  );
  registered = readGrid(book.getWorksheet(REGISTRY_SHEET)!)
    .slice(1)
    .map((row) => String(row[0]));
});

describe("the first release's marks", () => {
  it("are on every sheet its registry names, one of each kind it wrote", () => {
    expect(registered).toHaveLength(14);
    for (const name of registered) expect([name, carriesFirstReleaseMarks(name, tops.get(name)!)]).toEqual([name, true]);
  });

  it("are on no input sheet of the register", () => {
    const inputs = [...tops.keys()].filter((name) => name !== REGISTRY_SHEET && !registered.includes(name));
    expect(inputs).toEqual(expect.arrayContaining(["设置", "人员名册", "记实考核", "民主评议"]));
    for (const name of inputs) expect(carriesFirstReleaseMarks(name, tops.get(name)!)).toBe(false);
  });

  it.each([
    ["a person's sheet under our name", "2026-11 评星", [["我自己的表，不要覆盖"]]],
    ["our title without our table", "2026-11 评星", [["第一党支部 2026年11月党员积分评星结果"], ["会议纪要"]]],
    ["another month's sheet under this month's name", "2026-10 评星", "2026-11 评星"],
    ["another year's archive under this year's name", "2025 档案", "2026 档案"],
    ["our month sheet under a name of no kind", "评星备份", "2026-11 评星"],
    ["a month that does not exist", "2026-13 评星", "2026-11 评星"],
    ["the log's header one row down", "生成记录", [[], ["时间", "操作", "期间", "人数", "错误", "警告", "指纹"]]],
  ])("are missing from %s", (_case, name, top) => {
    const grid = typeof top === "string" ? tops.get(top)! : (top as CellValue[][]);
    expect(carriesFirstReleaseMarks(name, grid)).toBe(false);
  });

  it("accept a title without the branch's name, as that release wrote it for an unnamed branch", () => {
    const month = tops.get("2026-11 评星")!.map((row) => [...row]);
    month[0][0] = "2026年11月党员积分评星结果";
    expect(carriesFirstReleaseMarks("2026-11 评星", month)).toBe(true);
    month[0][0] = "我的2026年11月党员积分评星结果";
    expect(carriesFirstReleaseMarks("2026-11 评星", month)).toBe(false);
  });
});

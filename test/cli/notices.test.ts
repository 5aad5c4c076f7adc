/**
 * `star-register notices` and the meeting record with `monthly`, over .xlsx files through main(argv, io).
 */
import { existsSync } from "fs";
import path from "path";
import { main } from "../../src/cli/main";
import type { Grid } from "../../src/register/cells";
import { sampleRegister, sampleYear } from "../../src/sample/sample-branch";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { captureIo, ourSheets, registerFile, tempFolder } from "./harness";

const folder = tempFolder("star-register-notices-");

const file = (name: string, sheets: Map<string, Grid>) => registerFile(folder.path, name, sheets);
const io = () => captureIo(new Date(2026, 2, 2, 9, 30, 0));
const ours = ourSheets;

describe("star-register notices", () => {
  it("writes the year's 考核办法公示 and 承诺公示 into a new file beside the register", async () => {
    const at = await file("登记簿.xlsx", sampleYear("2026"));
    const out = io();
    expect(await main(["notices", at, "--year", "2026"], out)).toBe(0);
    const written = path.join(folder.path, "登记簿-2026年度考核办法和承诺公示.xlsx");
    expect(out.out.join("")).toContain("2026 考核办法公示、2026 承诺公示");
    expect(await ours(written)).toEqual(["2026 考核办法公示", "2026 承诺公示", "生成记录"]);
    const rules = (await (await XlsxWorkbook.fromFile(written)).readSheets(["2026 考核办法公示"])).get("2026 考核办法公示")!;
    expect(rules.values.flat()).toContain("1. 综合得分 = 民主评议得分×30% + 记实考核得分×70%。");
  });

  it("refuses a year that is not YYYY (exit 2) and writes nothing when the settings are in error (exit 1)", async () => {
    const at = await file("a.xlsx", sampleYear("2026"));
    const bad = io();
    expect(await main(["notices", at, "--year", "26"], bad)).toBe(2);
    const register = sampleYear("2026");
    register.get("设置")!.find((r) => r[0] === "民主评议权重")![1] = "50%";
    const wrong = await file("b.xlsx", register);
    const blocked = io();
    expect(await main(["notices", wrong, "--year", "2026", "--lang", "en-US"], blocked)).toBe(1);
    expect(blocked.err.join("")).toMatch(/设置!B\d+: The appraisal and record weights must add up to 100%/);
    expect(existsSync(path.join(folder.path, "b-2026年度考核办法和承诺公示.xlsx"))).toBe(false);
  });
});

describe("star-register monthly and the meeting record", () => {
  it("writes `YYYY-MM 组织生活会记录` with the month, and the publicity from --publicity-start", async () => {
    const at = await file("r.xlsx", sampleRegister({ lastMonth: "2026-11" }));
    const out = io();
    expect(await main(["monthly", at, "--month", "2026-11", "--publicity-start", "2026-12-01", "--out", path.join(folder.path, "o.xlsx")], out)).toBe(0);
    expect(await ours(path.join(folder.path, "o.xlsx"))).toEqual(["2026-11 评星", "2026-11 公示", "2026-11 组织生活会记录", "生成记录"]);
    const publicity = (await (await XlsxWorkbook.fromFile(path.join(folder.path, "o.xlsx"))).readSheets(["2026-11 公示"])).get("2026-11 公示")!;
    expect(publicity.values.flat()).toContain("公示时间：2026年12月1日至2026年12月5日");
  });

  it("refuses a month with a blank criterion cell (exit 1), naming the cell, and writes nothing", async () => {
    const register = sampleRegister({ lastMonth: "2026-11" });
    const record = register.get("记实考核")!;
    const r = record.findIndex((row) => row[0] === "2026-11" && row[1] === "D003");
    record[r][5] = null;
    const at = await file("blank.xlsx", register);
    const out = io();
    expect(await main(["monthly", at, "--month", "2026-11", "--out", path.join(folder.path, "o.xlsx")], out)).toBe(1);
    expect(out.err.join("")).toContain(`记实考核!F${r + 1}`);
    expect(out.err.join("")).toContain("未填写：请填写得分，如确实没有得分请填0。");
    expect(existsSync(path.join(folder.path, "o.xlsx"))).toBe(false);
  });

  it("refuses a --publicity-start that is not a date", async () => {
    const at = await file("r.xlsx", sampleRegister({ lastMonth: "2026-11" }));
    expect(await main(["monthly", at, "--month", "2026-11", "--publicity-start", "下周一"], io())).toBe(2);
  });
});

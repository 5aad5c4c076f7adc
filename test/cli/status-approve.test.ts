/**
 * `star-register status`, `approve` and `monthly --reopen`: where a period stands, and the approval's
 * guards, over .xlsx files through main(argv, io).
 */
import { existsSync } from "fs";
import path from "path";
import { main } from "../../src/cli/main";
import { sampleRegister } from "../../src/sample/sample-branch";
import { inputSheetPlans } from "../../src/register/template";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { defaultOutput } from "../../src/cli/step-files";
import { captureIo, tempFolder } from "./harness";

const folder = tempFolder("star-register-status-");

async function sample(name = "register.xlsx"): Promise<string> {
  const wb = XlsxWorkbook.empty();
  await wb.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth: "2026-11" })) });
  const at = path.join(folder.path, name);
  await wb.saveAs(at);
  return at;
}

const io = () => captureIo(new Date(2026, 10, 28, 9, 30, 0));

const at = (name: string) => path.join(folder.path, name);

/** Generates November into generated.xlsx on 2026-11-26. */
async function generated(): Promise<string> {
  expect(await main(["monthly", await sample(), "--month", "2026-11", "--today", "2026-11-26", "--out", at("generated.xlsx")], io())).toBe(0);
  return at("generated.xlsx");
}

async function changeRecord(file: string, out: string): Promise<string> {
  const wb = await XlsxWorkbook.fromFile(file);
  const grid = (await wb.readSheets(["记实考核"])).get("记实考核")!.values;
  const r = grid.findIndex((row) => row[0] === "2026-11" && row[1] === "D003");
  await wb.write({ cells: [{ sheet: "记实考核", address: `D${r + 1}`, value: 10 }] });
  await wb.saveAs(out);
  return out;
}

describe("output names", () => {
  it("replaces our own suffix instead of adding one: generate, approve, generate again", async () => {
    const register = await sample("reg.xlsx");
    expect(await main(["monthly", register, "--month", "2026-11", "--today", "2026-11-26"], io())).toBe(0);
    expect(existsSync(at("reg-2026-11评星.xlsx"))).toBe(true);
    expect(await main(["approve", at("reg-2026-11评星.xlsx"), "--month", "2026-11", "--date", "2026-11-27"], io())).toBe(0);
    expect(existsSync(at("reg-2026-11通过.xlsx"))).toBe(true);
    expect(await main(["annual", at("reg-2026-11通过.xlsx"), "--year", "2026"], io())).toBe(0);
    expect(existsSync(at("reg-2026年度评星.xlsx"))).toBe(true);
    expect(await main(["notices", at("reg-2026年度评星.xlsx"), "--year", "2026"], io())).toBe(0);
    expect(existsSync(at("reg-2026年度考核办法和承诺公示.xlsx"))).toBe(true);
  });

  it("keeps a person's own name that merely ends like ours", () => {
    expect(path.basename(defaultOutput("/x/支部2026年度.xlsx", "2026-11", "评星"))).toBe("支部2026年度-2026-11评星.xlsx");
    expect(path.basename(defaultOutput("/x/2026-11评星.xlsx", "2026-11", "通过"))).toBe("2026-11评星-2026-11通过.xlsx");
  });
});

describe("star-register status", () => {
  it("prints the month's and the year's state, defaulting to the month being closed and today's year", async () => {
    // On 28 November October holds inputs and is not approved: it is the month being closed.
    const t = io();
    expect(await main(["status", await sample()], t)).toBe(0);
    expect(t.out.join("\n")).toBe("2026年10月：可以生成\n2026年度：未生成");
  });

  it("opens at the earlier of the previous and the current month not yet approved, skipping a month without inputs", async () => {
    const file = await generated();
    // 4 December: November generated, not approved; December has no input yet.
    const december = io();
    expect(await main(["status", file, "--today", "2026-12-04"], december)).toBe(0);
    expect(december.out.join("\n")).toBe("2026年11月：已生成 · 待党员大会通过\n2026年度：未生成");
    // Once November is approved, and December still has no input, the current month it is.
    expect(await main(["approve", file, "--month", "2026-11", "--date", "2026-11-27", "--out", at("approved.xlsx"), "--today", "2026-12-04"], io())).toBe(0);
    const after = io();
    expect(await main(["status", at("approved.xlsx"), "--today", "2026-12-04"], after)).toBe(0);
    expect(after.out.join("\n")).toBe("2026年12月：未准备 · 请先准备本月\n2026年度：未生成");
  });

  it("follows the month through generation and approval, in JSON and in English", async () => {
    const file = await generated();
    const t = io();
    expect(await main(["status", file, "--month", "2026-11"], t)).toBe(0);
    // Generated on 11-26: the publicity runs 5 days (the default 月度公示天数), to 11-30.
    expect(t.out.join("")).toBe("2026年11月：已生成 · 待党员大会通过 · 公示中（至11月30日）");
    expect(await main(["approve", file, "--month", "2026-11", "--date", "2026-11-27", "--out", at("approved.xlsx")], io())).toBe(0);
    const json = io();
    expect(await main(["status", at("approved.xlsx"), "--month", "2026-11", "--json", "--lang", "en-US"], json)).toBe(0);
    const doc = JSON.parse(json.out.join(""));
    expect(doc.month).toMatchObject({ period: "2026-11", state: "已通过", approvedOn: "2026-11-27", generatedOn: "2026-11-26" });
    expect(doc.year).toBeNull();
    expect(doc.lines).toEqual(["November 2026: approved (members' meeting of November 27) · in publicity (until November 30)"]);
  });

  it("exits 2 on a bad month", async () => {
    const t = io();
    expect(await main(["status", "x.xlsx", "--month", "11"], t)).toBe(2);
    expect(t.err.join("")).toContain("--month 应为 YYYY-MM");
  });
});

describe("star-register approve", () => {
  it("records the approval into a new file: 已通过 in the sheets, the date in the log's own column", async () => {
    const file = await generated();
    const t = io();
    expect(await main(["approve", file, "--month", "2026-11", "--date", "2026-11-28", "--json"], t)).toBe(0);
    expect(JSON.parse(t.out.join("")).approvedOn).toBe("2026-11-28");
    const out = await XlsxWorkbook.fromFile(at("generated-2026-11通过.xlsx"));
    const log = (await out.readSheets(["生成记录"])).get("生成记录")!.values;
    expect(log[log.length - 1].slice(8, 10)).toEqual(["approval", "2026-11-28"]);
  });

  it.each([
    ["a month never generated", "2026-10", "2026-11-28", "2026年10月还没有生成评星结果"],
    ["a meeting in the future", "2026-11", "2026-11-30", "通过日期 2026-11-30 晚于今天（2026-11-28）"],
    ["a meeting before the generation", "2026-11", "2026-11-25", "通过日期 2026-11-25 早于结果生成的日期（2026-11-26）"],
  ])("refuses %s: exit 1 with the reason, nothing written", async (_, month, date, reason) => {
    const file = await generated();
    const t = io();
    expect(await main(["approve", file, "--month", month, "--date", date, "--out", at("out.xlsx")], t)).toBe(1);
    expect(t.err.join("\n")).toContain(reason);
    expect(existsSync(at("out.xlsx"))).toBe(false);
  });

  it("refuses when the data changed since the generation", async () => {
    const file = await changeRecord(await generated(), at("changed.xlsx"));
    const t = io();
    expect(await main(["approve", file, "--month", "2026-11", "--date", "2026-11-28", "--out", at("out.xlsx")], t)).toBe(1);
    expect(t.err.join("\n")).toContain("生成后数据有改动");
  });

  it("exits 2 without a valid --date", async () => {
    const t = io();
    expect(await main(["approve", "x.xlsx", "--month", "2026-11", "--date", "28.11."], t)).toBe(2);
    expect(t.err.join("")).toContain("--date 应为 YYYY-MM-DD");
  });
});

describe("star-register monthly --reopen", () => {
  it("refuses to regenerate an approved month whose data changed, unless --reopen is given", async () => {
    expect(await main(["approve", await generated(), "--month", "2026-11", "--date", "2026-11-27", "--out", at("approved.xlsx")], io())).toBe(0);
    const changed = await changeRecord(at("approved.xlsx"), at("changed.xlsx"));
    const refused = io();
    expect(await main(["monthly", changed, "--month", "2026-11", "--out", at("again.xlsx")], refused)).toBe(1);
    expect(refused.err.join("\n")).toContain("已于 2026-11-27 经党员大会通过，之后数据有改动");
    expect(existsSync(at("again.xlsx"))).toBe(false);

    const t = io();
    expect(await main(["monthly", changed, "--month", "2026-11", "--reopen", "--out", at("again.xlsx")], t)).toBe(0);
    const status = io();
    expect(await main(["status", at("again.xlsx"), "--month", "2026-11"], status)).toBe(0);
    expect(status.out.join("")).toBe("2026年11月：需重新通过 · 已重新生成，待党员大会通过 · 公示中（至12月2日）");
  });
});

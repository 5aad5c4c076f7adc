/**
 * `star-register rollup`: a committee's roll-up over the branches' .xlsx files, through main(argv, io).
 */
import { createHash } from "crypto";
import { mkdirSync, readFileSync, writeFileSync } from "fs";
import path from "path";
import { main } from "../../src/cli/main";
import { inputSheetPlans } from "../../src/register/template";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { branchSheets, type BranchSpec } from "../register/rollup/branches";
import { captureIo, ourSheets, registerFile, tempFolder } from "./harness";

const folder = tempFolder("star-register-rollup-");
const io = () => captureIo(new Date(2026, 10, 28, 9, 30, 0));
const at = (...names: string[]) => path.join(folder.path, ...names);

async function branchFile(spec: BranchSpec, file: string): Promise<string> {
  const wb = XlsxWorkbook.empty();
  await wb.write({ inputSheets: inputSheetPlans(branchSheets(spec)) });
  await wb.saveAs(file);
  return file;
}

/** Generates November of `input` into `out` with `monthly --json`; the document printed. */
async function monthly(input: string, out: string) {
  const t = io();
  expect(await main(["monthly", input, "--month", "2026-11", "--today", "2026-11-26", "--out", out, "--json"], t)).toBe(0);
  return JSON.parse(t.out.join(""));
}

const digest = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

describe("star-register rollup", () => {
  it("rolls up each branch's own monthly --json distribution and their sum, reading the files only", async () => {
    mkdirSync(at("branches"));
    const a = await monthly(await branchFile({ name: "一支部", prefix: "A" }, at("a-in.xlsx")), at("branches", "a.xlsx"));
    const b = await monthly(await branchFile({ name: "二支部", prefix: "B" }, at("b-in.xlsx")), at("branches", "b.xlsx"));
    await branchFile({ name: "三支部", prefix: "C" }, at("branches", "c.xlsx"));
    const files = ["a.xlsx", "b.xlsx", "c.xlsx"].map((f) => at("branches", f));
    const before = files.map(digest);

    const t = io();
    expect(await main(["rollup", at("branches"), "--month", "2026-11", "--json", "--out", at("rollup.xlsx")], t)).toBe(0);
    const doc = JSON.parse(t.out.join(""));
    expect(doc.period).toBe("2026-11");
    expect(doc.branches.map((x: { branch: string; state: string }) => [x.branch, x.state])).toEqual([
      ["一支部", "已生成·拟评"],
      ["二支部", "已生成·拟评"],
      ["三支部", "可以生成"],
    ]);
    expect(doc.branches[0].distribution).toEqual(a.distribution);
    expect(doc.branches[1].distribution).toEqual(b.distribution);
    expect("distribution" in doc.branches[2]).toBe(false);
    const sum = (kind: "党员" | "党外") => a.distribution[kind].map((n: number, s: number) => n + b.distribution[kind][s]);
    expect(doc.total.distribution).toEqual({
      党员: sum("党员"),
      党外: sum("党外"),
      unscored: { 党员: a.distribution.unscored.党员 + b.distribution.unscored.党员, 党外: a.distribution.unscored.党外 + b.distribution.unscored.党外 },
    });
    expect(files.map(digest)).toEqual(before);
    expect(await ourSheets(at("rollup.xlsx"))).toEqual(["2026-11 党委汇总"]);
  });

  it("lists a damaged, an encrypted and a non-register file with their reasons and rolls up the rest", async () => {
    mkdirSync(at("in"));
    await monthly(await branchFile({ name: "一支部", prefix: "A" }, at("a-in.xlsx")), at("in", "a.xlsx"));
    writeFileSync(at("in", "damaged.xlsx"), "not a zip");
    // An encrypted package: an OLE compound file whose directory names the EncryptionInfo stream.
    const cfb = Buffer.alloc(1024);
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(cfb);
    Buffer.from("EncryptionInfo", "utf16le").copy(cfb, 512);
    writeFileSync(at("in", "encrypted.xlsx"), cfb);
    await registerFile(at("in"), "other.xlsx", [["Sheet1", [["a", "b"]]]]);

    const t = io();
    expect(await main(["rollup", at("in"), "--month", "2026-11", "--out", at("out.xlsx")], t)).toBe(0);
    const err = t.err.join("\n");
    expect(err).toContain(`${at("in", "damaged.xlsx")}：文件已损坏或不是 .xlsx 工作簿`);
    expect(err).toContain(`${at("in", "encrypted.xlsx")}：文件已加密`);
    expect(err).toContain(`${at("in", "other.xlsx")}：不是积分评星登记簿`);
    expect(t.out.join("\n")).toContain("汇总1个支部");

    const json = io();
    expect(await main(["rollup", at("in"), "--month", "2026-11", "--out", at("out2.xlsx"), "--json", "--lang", "en-US"], json)).toBe(0);
    expect(JSON.parse(json.out.join("")).skipped.map((s: { reason: string }) => s.reason)).toEqual(["damaged", "encrypted", "not-register"]);
  });

  it("exits 1 and writes nothing when no file is a register", async () => {
    const other = await registerFile(folder.path, "other.xlsx", [["Sheet1", [["a"]]]]);
    const t = io();
    expect(await main(["rollup", other, "--month", "2026-11", "--out", at("out.xlsx")], t)).toBe(1);
    expect(t.err.join("\n")).toContain("没有一个文件能作为登记簿读取");
    expect(() => readFileSync(at("out.xlsx"))).toThrow();
  });

  it.each([
    [["--month", "2026-11", "--year", "2026"], "二者选一"],
    [[], "二者选一"],
    [["--month", "2026-13"], "--month 应为 YYYY-MM"],
  ])("exits 2 for usage: %j", async (options, words) => {
    const file = await branchFile({ name: "一支部", prefix: "A" }, at("a.xlsx"));
    const t = io();
    expect(await main(["rollup", file, ...options, "--out", at("out.xlsx")], t)).toBe(2);
    expect(t.err.join("\n")).toContain(words);
  });

  it("exits 2 for a file or folder that does not exist", async () => {
    const t = io();
    expect(await main(["rollup", at("missing.xlsx"), "--month", "2026-11", "--out", at("out.xlsx")], t)).toBe(2);
    expect(t.err.join("\n")).toContain("找不到文件或文件夹");
  });
});

describe("star-register template --settings-from", () => {
  const committeeSettings = (over: Record<string, string | number>) =>
    branchSheets({ name: "某某党委", prefix: "A", settings: { 支部书记: "钱书记", 公示联系人: "孙委员", ...over } }).get("设置")!;

  it("writes a blank register carrying the committee's rules but not its name, secretary or contact", async () => {
    const committee = await registerFile(folder.path, "committee.xlsx", [
      ["设置", committeeSettings({ 民主评议权重: "40%", 记实考核权重: "60%", 五星级下限: 96, 每票优秀上限: "1/3" })],
    ]);
    const before = digest(committee);
    const t = io();
    expect(await main(["template", at("branch.xlsx"), "--settings-from", committee], t)).toBe(0);
    expect(t.out.join("")).toContain("设置取自");
    const settings = (await (await XlsxWorkbook.fromFile(at("branch.xlsx"))).readSheets(["设置"])).get("设置")!.values;
    const value = (name: string) => settings.find((row) => row[0] === name)?.[1] ?? "";
    expect([value("民主评议权重"), value("记实考核权重"), value("五星级下限"), value("四星级下限"), value("每票优秀上限")]).toEqual([
      "40%",
      "60%",
      96,
      90,
      "1/3",
    ]);
    expect([value("支部名称"), value("支部书记"), value("公示联系人")]).toEqual(["", "", ""]);
    expect(digest(committee)).toBe(before);
  });

  it("writes nothing and names the cell when the committee's settings have an error", async () => {
    const committee = await registerFile(folder.path, "committee.xlsx", [["设置", committeeSettings({ 民主评议权重: "40%", 记实考核权重: "70%" })]]);
    const t = io();
    expect(await main(["template", at("branch.xlsx"), "--settings-from", committee], t)).toBe(1);
    expect(t.err.join("\n")).toContain("设置!");
    expect(() => readFileSync(at("branch.xlsx"))).toThrow();
  });
});

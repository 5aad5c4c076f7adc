/**
 * ExcelWorkbook against the fake Excel request context: reading, writing plans, ownership, 备注 kept,
 * failures leaving the previous results intact, and the workbook's look (formats, print, chart).
 */
import { ExcelWorkbook } from "../../src/excel/excel-workbook";
import { REGISTRY_HEADER_V2, REGISTRY_SHEET } from "../../src/register/ownership";
import { REGISTRY_HEADER } from "../../src/register/ownership";
import { ProtectedError, SheetNotOursError } from "../../src/register/port";
import type { SheetPlan } from "../../src/register/sheet-plan";
import { FakeExcel, type Scalar } from "../fakes/fake-excel";
import { HEADER_ROW, monthlyPlan, NOTE_COLUMN } from "./monthly-plan";

const NOW = new Date("2026-12-01T01:30:00Z");

function setup(options: ConstructorParameters<typeof FakeExcel>[0] = {}) {
  const fake = new FakeExcel(options);
  const workbook = new ExcelWorkbook((batch) => fake.run(batch), { now: () => NOW });
  return { fake, workbook };
}

/** A copy of every sheet's values, visibility and merges, to show nothing changed. */
function snapshot(fake: FakeExcel) {
  return fake.sheets.map((s) => ({
    name: s.name,
    id: s.id,
    visibility: s.visibility,
    values: fake.values(s.name),
    merges: [...s.merges],
    formats: s.formats.length,
  }));
}

const simple = (name: string, values: Scalar[][] = [["标题"]]): SheetPlan => ({ name, values });

describe("ExcelWorkbook.listSheets", () => {
  it("lists the sheets in tab order with ownership, hiding the registry, in one round trip", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目", "值"]], 人员名册: [["编号"]] } });
    await workbook.write({ sheets: [simple("2026-11 评星")] });
    fake.resetStats();
    expect(await workbook.listSheets()).toEqual([
      { name: "设置", ours: false },
      { name: "人员名册", ours: false },
      { name: "2026-11 评星", ours: true },
    ]);
    expect(fake.syncCount).toBe(1);
  });
});

describe("ExcelWorkbook.readSheets", () => {
  it("reads the named sheets' values from A1 in one round trip, leaving out missing ones", async () => {
    const { fake, workbook } = setup({
      sheets: {
        人员名册: [
          ["编号", "姓名"],
          ["M001", "张三"],
        ],
        设置: [
          ["项目", "值"],
          ["民主评议权重", "30%"],
        ],
      },
    });
    const read = await workbook.readSheets(["人员名册", "设置", "不存在"]);
    expect(fake.syncCount).toBe(1);
    expect([...read.keys()]).toEqual(["人员名册", "设置"]);
    expect(read.get("人员名册")).toEqual({
      name: "人员名册",
      values: [
        ["编号", "姓名"],
        ["M001", "张三"],
      ],
      merges: [],
      ours: false,
    });
    expect(read.get("设置")!.values[1]).toEqual(["民主评议权重", 0.3]);
  });

  it("places a used range that starts below and right of A1 from A1", async () => {
    const { fake, workbook } = setup();
    const sheet = fake.addSheet("记实考核");
    sheet.setCell(2, 1, { value: "月份" });
    sheet.setCell(3, 2, { value: 95 });
    const read = await workbook.readSheets(["记实考核"]);
    expect(read.get("记实考核")!.values).toEqual([
      ["", "", ""],
      ["", "", ""],
      ["", "月份", ""],
      ["", "", 95],
    ]);
  });

  it("reports merged areas without the sheet name, and an empty sheet as no values", async () => {
    const { fake, workbook } = setup({
      sheets: {
        民主评议: [
          ["评议期", "票号", "张三"],
          ["2026-11", 1, "优秀"],
          ["2026-11", 2, ""],
        ],
      },
    });
    fake.sheet("民主评议")!.merges.push({ top: 1, left: 1, bottom: 2, right: 1 }, { top: 0, left: 2, bottom: 0, right: 3 });
    fake.addSheet("空表");
    const read = await workbook.readSheets(["民主评议", "空表"]);
    expect(read.get("民主评议")!.merges).toEqual(["B2:B3", "C1:D1"]);
    expect(read.get("空表")).toEqual({ name: "空表", values: [], merges: [], ours: false });
  });

  it("reports a sheet with more merged areas than Excel lists (512) as merged over its used range", async () => {
    const junk: Scalar[][] = Array.from({ length: 1200 }, (_, i) => [i, "x", "y"]);
    const { fake, workbook } = setup({
      sheets: {
        民主评议: junk,
        人员名册: [
          ["编号", "姓名"],
          ["M1", "张三"],
        ],
      },
    });
    for (let r = 0; r < 1200; r += 2) fake.sheet("民主评议")!.merges.push({ top: r, left: 1, bottom: r + 1, right: 1 });
    fake.sheet("人员名册")!.merges.push({ top: 0, left: 0, bottom: 0, right: 1 });
    const read = await workbook.readSheets(["民主评议", "人员名册"]);
    expect(read.get("民主评议")!.merges).toEqual(["A1:C1200"]);
    expect(read.get("民主评议")!.values).toHaveLength(1200);
    expect(read.get("人员名册")!.merges).toEqual(["A1:B1"]);
  });

  it("finds sheets whatever the case of the name asked, once each", async () => {
    const { workbook } = setup({ sheets: { Roster: [["ID"]] } });
    const read = await workbook.readSheets(["roster", "ROSTER"]);
    expect([...read.keys()]).toEqual(["Roster"]);
  });

  it("never reads the registry sheet", async () => {
    const { workbook } = setup({ sheets: { S: [["x"]] } });
    await workbook.write({ sheets: [simple("结果")] });
    expect((await workbook.readSheets([REGISTRY_SHEET])).size).toBe(0);
  });

  it("reads merged areas only where the host supports ExcelApi 1.13", async () => {
    const fake = new FakeExcel({ sheets: { S: [["a", "b"]] } });
    fake.sheet("S")!.merges.push({ top: 0, left: 0, bottom: 0, right: 1 });
    const old = new ExcelWorkbook((batch) => fake.run(batch), { supports: (v) => Number(v.split(".")[1]) < 13 });
    expect((await old.readSheets(["S"])).get("S")!.merges).toEqual([]);
  });
});

describe("ExcelWorkbook.write: ownership", () => {
  it("refuses a plan whose sheet a person made, before writing anything", async () => {
    const { fake, workbook } = setup({ sheets: { "2026-11 评星": [["我自己的表"], ["不要动"]] } });
    const before = snapshot(fake);
    await expect(workbook.write({ sheets: [simple("生成记录"), monthlyPlan(10)] })).rejects.toThrow(SheetNotOursError);
    expect(snapshot(fake)).toEqual(before);
    // Only the inspection ran: one request, no writes.
    expect(fake.syncCount).toBe(1);
  });

  it("names the person's sheet in the error, as Excel spells it", async () => {
    const { workbook } = setup({ sheets: { "2026-11 评星": [["x"]] } });
    await expect(workbook.write({ sheets: [simple("2026-11 评星".toUpperCase())] })).rejects.toMatchObject({ sheet: "2026-11 评星" });
  });

  it("replaces a sheet of its own", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [simple("结果", [["第一次"]])] });
    await workbook.write({ sheets: [simple("结果", [["第二次"]])] });
    expect(fake.values("结果")).toEqual([["第二次"]]);
    expect(fake.sheetNames().filter((n) => n === "结果")).toHaveLength(1);
  });

  it("marks its sheets in a very hidden registry sheet: name, reference formula, created time; the worksheet id at the next write", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [simple("结果")] });
    const registry = fake.sheet(REGISTRY_SHEET)!;
    expect(registry.visibility).toBe("VeryHidden");
    // The id is known only once Excel has made the sheet: the formula makes it ours meanwhile.
    expect(fake.values(REGISTRY_SHEET).map((r) => r.slice(0, 3))).toEqual([REGISTRY_HEADER_V2.slice(0, 3), ["结果", "", NOW.toISOString()]]);
    expect(fake.values(REGISTRY_SHEET)[0]).toEqual([...REGISTRY_HEADER_V2]);
    expect(fake.cell(REGISTRY_SHEET, "C2").quotePrefix).toBe(true);
    // The reference that makes the sheet ours, carried from the scratch name to the final one.
    expect(fake.cell(REGISTRY_SHEET, "D2").formula).toBe("=结果!A1");
    await workbook.write({ sheets: [simple("结果", [["第二次"]])] });
    expect(fake.values(REGISTRY_SHEET).map((r) => r.slice(0, 2))).toEqual([REGISTRY_HEADER_V2.slice(0, 2), ["结果", fake.sheet("结果")!.id]]);
  });

  it("does not own a person's sheet that reuses the name of a deleted sheet of ours", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [simple("结果")] });
    fake.deleteSheet("结果");
    fake.addSheet("结果", [["我的"]]);
    expect((await workbook.listSheets()).find((s) => s.name === "结果")).toEqual({ name: "结果", ours: false });
    await expect(workbook.write({ sheets: [simple("结果")] })).rejects.toThrow(SheetNotOursError);
    expect(fake.values("结果")).toEqual([["我的"]]);
  });

  it("does not own a person's sheet that reuses the name of a sheet of ours renamed, even with the same worksheet id", async () => {
    // Worksheet ids change between sessions on desktop Excel and may be reused on the Mac
    // (https://learn.microsoft.com/en-us/office/dev/add-ins/excel/excel-add-ins-worksheets), so the registry's
    // reference formula decides, not the id: here the new sheet even gets the deleted sheet's id.
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [simple("结果")] });
    const id = fake.sheet("结果")!.id;
    fake.deleteSheet("结果");
    const mine = fake.addSheet("结果", [["我的"]]);
    (mine as { id: string }).id = id;
    expect((await workbook.listSheets()).find((s) => s.name === "结果")).toEqual({ name: "结果", ours: false });
    await expect(workbook.write({ sheets: [simple("结果")] })).rejects.toThrow(SheetNotOursError);
    expect(fake.values("结果")).toEqual([["我的"]]);
  });

  it("keeps owning its sheet when a person renames it, and never writes a person's sheet that took the old name", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [simple("结果")] });
    fake.renameSheet("结果", "结果（备份）");
    fake.addSheet("结果", [["我的"]]);
    const listed = await workbook.listSheets();
    expect(listed.find((s) => s.name === "结果（备份）")!.ours).toBe(true);
    expect(listed.find((s) => s.name === "结果")!.ours).toBe(false);
    await expect(workbook.write({ sheets: [simple("结果")] })).rejects.toThrow(SheetNotOursError);
    expect(fake.values("结果")).toEqual([["我的"]]);
    await workbook.write({ sheets: [simple("公示")] });
    expect(fake.values(REGISTRY_SHEET).map((r) => r[0])).toEqual([REGISTRY_HEADER_V2[0], "结果（备份）", "公示"]);
  });

  it("never takes over a person's own sheet named _积分评星", async () => {
    const { fake, workbook } = setup({
      sheets: {
        设置: [["项目"]],
        [REGISTRY_SHEET]: [
          ["工作表", "备注"],
          ["我的表", "别动"],
        ],
      },
    });
    expect(await workbook.listSheets()).toEqual([
      { name: "设置", ours: false },
      { name: REGISTRY_SHEET, ours: false },
    ]);
    await expect(workbook.write({ sheets: [simple("结果")] })).rejects.toMatchObject({ sheet: REGISTRY_SHEET });
    expect(fake.values(REGISTRY_SHEET)).toEqual([
      ["工作表", "备注"],
      ["我的表", "别动"],
    ]);
    expect(fake.sheet(REGISTRY_SHEET)!.visibility).toBe("Visible");
    expect(fake.sheet("结果")).toBeUndefined();
  });

  it("owns a sheet a version 1 .xlsx registry row names without an id, while it carries the first release's marks, and rewrites the registry in version 2", async () => {
    // The first release's title and table header (register/legacy-marks.ts).
    const { fake, workbook } = setup({
      sheets: { "2026-11 评星": [["第一党支部 2026年11月党员积分评星结果"], ["排名", "编号", "姓名", "党小组", "记实考核", "民主评议"]] },
    });
    fake.addSheet(
      REGISTRY_SHEET,
      [[...REGISTRY_HEADER], ["2026-11 评星", "", "2026-11-30T08:00:00Z"], ["已删除的表", "", "2026-10-31T08:00:00Z"]],
      "VeryHidden",
    );
    expect(await workbook.listSheets()).toEqual([{ name: "2026-11 评星", ours: true }]);
    await workbook.write({ sheets: [simple("2026-11 公示")] });
    expect(
      fake
        .values(REGISTRY_SHEET)
        .slice(1)
        .map((r) => r.slice(0, 3)),
    ).toEqual([
      ["2026-11 评星", fake.sheet("2026-11 评星")!.id, "2026-11-30T08:00:00Z"],
      // A new sheet's id follows at the next write; its reference formula makes it ours meanwhile.
      ["2026-11 公示", "", NOW.toISOString()],
    ]);
    expect(fake.values(REGISTRY_SHEET)[0]).toEqual([...REGISTRY_HEADER_V2]);
    expect([fake.cell(REGISTRY_SHEET, "D2").formula, fake.cell(REGISTRY_SHEET, "D3").formula]).toEqual(["='2026-11 评星'!A1", "='2026-11 公示'!A1"]);
  });

  it("creates input sheets for the person, unregistered, and never replaces an existing one", async () => {
    const { fake, workbook } = setup({
      sheets: {
        设置: [
          ["项目", "值"],
          ["支部名称", "第一党支部"],
        ],
      },
    });
    await workbook.write({
      inputSheets: [
        simple("设置", [["项目", "值"]]),
        { name: "人员名册", values: [["编号", "姓名", "类别"]], validations: [{ range: "C2:C2001", list: ["党员", "党外"] }] },
      ],
    });
    expect(fake.values("设置")).toEqual([
      ["项目", "值"],
      ["支部名称", "第一党支部"],
    ]);
    expect(fake.values("人员名册")).toEqual([["编号", "姓名", "类别"]]);
    expect(fake.sheet("人员名册")!.validations[0].rule).toEqual({ list: { inCellDropDown: true, source: "党员,党外" } });
    expect(await workbook.listSheets()).toEqual([
      { name: "设置", ours: false },
      { name: "人员名册", ours: false },
    ]);
  });

  it("refuses bad names and ranges before any round trip", async () => {
    const { fake, workbook } = setup({ sheets: { S: [] } });
    await expect(workbook.write({ sheets: [simple("a/b")] })).rejects.toThrow(RangeError);
    await expect(workbook.write({ sheets: [simple("x".repeat(32))] })).rejects.toThrow(RangeError);
    await expect(workbook.write({ sheets: [simple(REGISTRY_SHEET)] })).rejects.toThrow(RangeError);
    await expect(workbook.write({ sheets: [simple("结果"), simple("结果")] })).rejects.toThrow(RangeError);
    await expect(workbook.write({ sheets: [{ ...simple("结果"), merges: ["A1-B2"] }] })).rejects.toThrow(RangeError);
    await expect(workbook.write({ cells: [{ sheet: "S", address: "A1:B2", value: 1 }] })).rejects.toThrow(RangeError);
    await expect(workbook.write({ sheets: [simple("结果", [[Number.NaN]])] })).rejects.toThrow(RangeError);
    expect(fake.syncCount).toBe(0);
  });
});

describe("ExcelWorkbook.write: regeneration rewrites our sheet in place", () => {
  it("keeps formulas, defined names and charts elsewhere that point into our sheet working", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [monthlyPlan(20)] });
    const id = fake.sheet("2026-11 评星")!.id;
    // A person's own summary points into the results: a formula, a defined name.
    const mine = fake.addSheet("我的汇总", [["=PX.STAR('2026-11 评星'!I8)"]]);
    fake.defineName("本月结果", "2026-11 评星", "A4:M24");
    await workbook.write({ sheets: [monthlyPlan(25)] });
    expect(fake.sheet("2026-11 评星")!.id).toBe(id);
    expect(mine.cell(0, 0)).toMatchObject({ formula: "=PX.STAR('2026-11 评星'!I8)", value: "#VALUE!" });
    expect(fake.nameRef("本月结果")).toBe("'2026-11 评星'!A4:M24");
    expect(fake.values("2026-11 评星")[HEADER_ROW + 25][1]).toBe("M0025");
  });

  it("leaves nothing of the previous content behind: cells, merges, charts, freeze, page breaks", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [{ ...monthlyPlan(30), pageBreaks: [20] }] });
    await workbook.write({ sheets: [monthlyPlan(3)] });
    const sheet = fake.sheet("2026-11 评星")!;
    expect(fake.values("2026-11 评星")).toHaveLength(fake.values("2026-11 评星").length);
    const fresh = new FakeExcel({ sheets: { 设置: [["项目"]] } });
    await new ExcelWorkbook((batch) => fresh.run(batch), { now: () => NOW }).write({ sheets: [monthlyPlan(3)] });
    const clean = fresh.sheet("2026-11 评星")!;
    expect(fake.values("2026-11 评星")).toEqual(fresh.values("2026-11 评星"));
    expect(sheet.merges).toEqual(clean.merges);
    expect(sheet.charts).toEqual(clean.charts);
    expect(sheet.pageBreaks).toEqual([]);
    expect(sheet.freeze).toEqual(clean.freeze);
    expect([...sheet.columnWidths]).toEqual([...clean.columnWidths]);
    expect(fake.sheetNames().some((n) => n.startsWith("~"))).toBe(false);
  });

  it("keeps the sheet's place in the tabs, its visibility and the focus on it", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [simple("A"), simple("B"), simple("C")] });
    fake.activeId = fake.sheet("B")!.id;
    fake.sheet("C")!.visibility = "Hidden";
    await workbook.write({ sheets: [simple("B", [["新"]]), simple("C", [["新"]])] });
    expect(fake.sheetNames().filter((n) => n !== REGISTRY_SHEET)).toEqual(["设置", "A", "B", "C"]);
    expect(fake.activeId).toBe(fake.sheet("B")!.id);
    expect(fake.sheet("C")!.visibility).toBe("Hidden");
  });
});

describe("ExcelWorkbook.write: failures leave the previous results intact", () => {
  it("never reaches the swap when building fails: previous results intact, scratch sheets removed", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [monthlyPlan(20)] });
    const before = snapshot(fake);
    fake.failWhen((op) => op.path === "Range.merge" && /^~/.test(op.sheet ?? ""), "InvalidArgument");
    await expect(workbook.write({ sheets: [monthlyPlan(30), simple("生成记录")] })).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(snapshot(fake)).toEqual(before);
    expect(fake.sheetNames().some((n) => n.startsWith("~"))).toBe(false);
  });

  it("removes scratch sheets a failed write could not remove at the next write", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [simple("结果", [["旧"]])] });
    fake.failWhen((op) => op.path === "Range.values" && /^~/.test(op.sheet ?? ""), "InvalidArgument");
    fake.failWhen((op) => op.path === "Worksheet.delete", "InvalidArgument");
    await expect(workbook.write({ sheets: [simple("结果", [["新"]])] })).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(fake.values("结果")).toEqual([["旧"]]);
    expect(fake.sheetNames().filter((n) => n.startsWith("~"))).toHaveLength(1);
    await workbook.write({ sheets: [simple("结果", [["新"]])] });
    expect(fake.values("结果")).toEqual([["新"]]);
    expect(fake.sheetNames().filter((n) => n.startsWith("~"))).toEqual([]);
  });

  it("never takes a person's sheet for a scratch sheet", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]], "~生成中的草稿": [["我的"]] } });
    await workbook.write({ sheets: [simple("结果")] });
    expect(fake.values("~生成中的草稿")).toEqual([["我的"]]);
    await expect(workbook.write({ sheets: [simple("~生成中-abc-1")] })).rejects.toThrow(RangeError);
  });
});

describe("ExcelWorkbook.write: protection", () => {
  it("refuses a protected workbook structure before writing anything, in Chinese terms the pane explains", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    fake.structureProtected = true;
    const before = snapshot(fake);
    const error = await workbook.write({ sheets: [monthlyPlan(5)] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProtectedError);
    expect(error).toMatchObject({ structure: true, sheets: [] });
    expect(snapshot(fake)).toEqual(before);
    expect(fake.syncCount).toBe(1);
  });

  it("refuses to rewrite a protected sheet of ours, naming it, with nothing written", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [monthlyPlan(5), simple("生成记录")] });
    fake.sheet("2026-11 评星")!.protected = true;
    const before = snapshot(fake);
    await expect(workbook.write({ sheets: [monthlyPlan(6), simple("生成记录", [["新"]])] })).rejects.toMatchObject({
      structure: false,
      sheets: ["2026-11 评星"],
    });
    expect(snapshot(fake)).toEqual(before);
  });

  it("refuses rows or cells for a protected input sheet, with nothing written", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目", "值"]], 记实考核: [["编号"]] } });
    fake.sheet("记实考核")!.protected = true;
    const before = snapshot(fake);
    await expect(
      workbook.write({ appendRows: [{ sheet: "记实考核", rows: [["M001"]] }], cells: [{ sheet: "设置", address: "B2", value: 1 }] }),
    ).rejects.toMatchObject({ sheets: ["记实考核"] });
    expect(snapshot(fake)).toEqual(before);
  });

  it("deletes a very hidden scratch sheet a failed 自检 left behind, and generates", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目", "值"]] } });
    fake.addSheet("~生成中-abc-90", [["残留"]], "VeryHidden");
    await workbook.write({ sheets: [simple("2026-11 评星")] });
    expect(fake.sheetNames()).not.toContain("~生成中-abc-90");
    expect(fake.values("2026-11 评星")).toEqual([["标题"]]);
  });

  it("is what Excel refuses too: a very hidden sheet is not deleted (InvalidOperation)", async () => {
    const fake = new FakeExcel({ sheets: { 设置: [["项目"]] } });
    fake.addSheet("~生成中-abc-90", [["残留"]], "VeryHidden");
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("~生成中-abc-90").delete();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("still sets cells under a protected structure, leaving old scratch sheets for later", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目", "值"]], "~生成中-abc-1": [["残留"]] } });
    fake.structureProtected = true;
    await workbook.write({ cells: [{ sheet: "设置", address: "B1", value: "新" }] });
    expect(fake.values("设置")).toEqual([["项目", "新"]]);
    expect(fake.sheetNames()).toContain("~生成中-abc-1");
  });

  it("is what the fake's Excel refuses too: writing into a protected sheet fails with AccessDenied", async () => {
    const fake = new FakeExcel({ sheets: { 设置: [["项目"]] } });
    fake.sheet("设置")!.protected = true;
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("设置").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("ExcelWorkbook.write: large writes on the web", () => {
  it("sends a request refused for its size again in halves (RequestPayloadSizeLimitExceeded)", async () => {
    const { fake, workbook } = setup({ payloadLimit: 150_000, sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [monthlyPlan(1000)] });
    expect(fake.values("2026-11 评星")[HEADER_ROW + 1000][1]).toBe("M1000");
    expect(fake.sheetNames().some((n) => n.startsWith("~"))).toBe(false);
    await workbook.write({ sheets: [monthlyPlan(1000, { names: ["新名字"] })] });
    expect(fake.values("2026-11 评星")[HEADER_ROW + 1][2]).toBe("新名字");
  });

  it("does the same for the GeneralException Excel on the web gives large writes well below 5 MB", async () => {
    const { fake, workbook } = setup({ generalExceptionAbove: 100_000, sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [monthlyPlan(1000)] });
    await workbook.write({ sheets: [monthlyPlan(1000)] });
    expect(fake.values("2026-11 评星")[HEADER_ROW + 1000][1]).toBe("M1000");
    expect(fake.requests.filter((r) => r.bytes > 100_000).length).toBeGreaterThan(0);
    expect(fake.sheetNames().some((n) => n.startsWith("~"))).toBe(false);
    expect((await workbook.listSheets()).find((s) => s.name === "2026-11 评星")!.ours).toBe(true);
  });

  it("lets a GeneralException of a small request through: it is a real failure", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    fake.failWhen((op) => op.path === "Range.values" && /^~/.test(op.sheet ?? ""));
    await expect(workbook.write({ sheets: [simple("结果")] })).rejects.toMatchObject({ code: "GeneralException" });
  });
});

describe("ExcelWorkbook.write: a write split over several requests that fails after the swap began", () => {
  /** A sheet of ours rewritten by a write too large for one request (the host refuses over 150 kB). */
  async function splitRewrite(pauses: number[]) {
    const fake = new FakeExcel({ payloadLimit: 150_000, sheets: { 设置: [["项目"]] } });
    const workbook = new ExcelWorkbook((batch) => fake.run(batch), { now: () => NOW, pause: async (ms) => void pauses.push(ms) });
    await workbook.write({ sheets: [monthlyPlan(1000)] });
    const id = fake.sheet("2026-11 评星")!.id;
    return { fake, workbook, id };
  }
  const clearsResults = (op: { path: string; sheet?: string }) => op.path === "Range.clear" && op.sheet === "2026-11 评星";

  it("completes the sheet when the request after its in-place clear is lost, keeping the worksheet", async () => {
    const pauses: number[] = [];
    const { fake, workbook, id } = await splitRewrite(pauses);
    const requests = fake.requests.length;
    fake.failRequestsAfter(clearsResults, "RequestAborted");
    await workbook.write({ sheets: [monthlyPlan(1000, { names: ["新名字"] })] });
    expect(fake.requestFailures[0].times).toBe(0);
    const fresh = new FakeExcel({ payloadLimit: 150_000, sheets: { 设置: [["项目"]] } });
    await new ExcelWorkbook((batch) => fresh.run(batch), { now: () => NOW }).write({ sheets: [monthlyPlan(1000, { names: ["新名字"] })] });
    expect(fake.values("2026-11 评星")).toEqual(fresh.values("2026-11 评星"));
    expect(fake.sheet("2026-11 评星")!.merges).toEqual(fresh.sheet("2026-11 评星")!.merges);
    expect(fake.sheet("2026-11 评星")!.charts).toEqual(fresh.sheet("2026-11 评星")!.charts);
    expect(fake.sheet("2026-11 评星")!.id).toBe(id);
    expect(fake.sheetNames().some((n) => n.startsWith("~"))).toBe(false);
    expect((await workbook.listSheets()).find((s) => s.name === "2026-11 评星")!.ours).toBe(true);
    expect(pauses).toEqual([1_000]);
    expect(fake.requests.length).toBeGreaterThan(requests);
  });

  it("gives the failure to the caller when every attempt is lost, and the next write rebuilds the sheet whole", async () => {
    const pauses: number[] = [];
    const { fake, workbook } = await splitRewrite(pauses);
    fake.failRequestsAfter(clearsResults, "ServiceNotAvailable", 1_000);
    await expect(workbook.write({ sheets: [monthlyPlan(1000, { names: ["新名字"] })] })).rejects.toMatchObject({ code: "ServiceNotAvailable" });
    expect(pauses).toEqual([1_000, 2_000]);
    fake.requestFailures.length = 0;
    await workbook.write({ sheets: [monthlyPlan(1000, { names: ["新名字"] })] });
    expect(fake.values("2026-11 评星")[HEADER_ROW + 1][2]).toBe("新名字");
    expect(fake.values("2026-11 评星")[HEADER_ROW + 1000][1]).toBe("M1000");
  });

  it("leaves the workbook as it was, with no second attempt, when a request fails before the swap began", async () => {
    const pauses: number[] = [];
    const { fake, workbook } = await splitRewrite(pauses);
    const before = snapshot(fake);
    // The scratch copy's build fills the first of the write's requests; the swap starts in the next one.
    fake.failWhen((op) => op.path === "Range.values" && /^~/.test(op.sheet ?? ""), "RequestAborted");
    await expect(workbook.write({ sheets: [monthlyPlan(1000, { names: ["新名字"] })] })).rejects.toMatchObject({ code: "RequestAborted" });
    expect(snapshot(fake)).toEqual(before);
    expect(pauses).toEqual([]);
  });
});

describe("ExcelWorkbook.write: text stays text", () => {
  const risky = ["=1+1", "+86 138 0000 0000", "-5", "@SUM(A1)", "001", "2026-11", "TRUE", "#N/A", "'引号", "Nov 2026", "１２３"];

  it("writes every person-entered string exactly, as text, never as a formula; numbers stay numbers", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [simple("结果", [risky, [-5, 0, 95.5, true, "张三"]])] });
    const sheet = fake.sheet("结果")!;
    expect(sheet.formulaCells()).toEqual([]);
    expect(fake.values("结果")[0]).toEqual(risky);
    expect(fake.values("结果")[1]).toEqual([-5, 0, 95.5, true, "张三", "", "", "", "", "", ""]);
    expect(risky.map((_, c) => sheet.cell(0, c).quotePrefix)).toEqual(risky.map(() => true));
    expect(sheet.cell(1, 4).quotePrefix).toBe(false);
  });

  it("keeps names like =1+1 text through the whole monthly sheet, appended rows and single cells", async () => {
    const { fake, workbook } = setup({
      sheets: {
        设置: [
          ["项目", "值"],
          ["支部名称", "x"],
        ],
        加减分: [["月份", "编号", "分值", "事由"]],
      },
    });
    await workbook.write({
      sheets: [monthlyPlan(4, { names: ["=1+1", "+86 138", "-5", "@SUM(A1)"] })],
      appendRows: [{ sheet: "加减分", rows: [["2026-11", "M0001", -5, '=HYPERLINK("x")']] }],
      cells: [{ sheet: "设置", address: "B2", value: "+第一党支部" }],
    });
    for (const name of ["2026-11 评星", "加减分", "设置"]) expect(fake.sheet(name)!.formulaCells()).toEqual([]);
    expect(
      fake
        .values("2026-11 评星")
        .slice(HEADER_ROW + 1, HEADER_ROW + 5)
        .map((r) => r[2]),
    ).toEqual(["=1+1", "+86 138", "-5", "@SUM(A1)"]);
    expect(fake.values("加减分")[1]).toEqual(["2026-11", "M0001", -5, '=HYPERLINK("x")']);
    expect(fake.cell("设置", "B2").value).toBe("+第一党支部");
  });
});

describe("ExcelWorkbook.write: rows and cells on existing sheets", () => {
  it("appends rows below the last value, one append after another, and sets single cells", async () => {
    const { fake, workbook } = setup({
      sheets: {
        记实考核: [
          ["月份", "编号"],
          ["'2026-10", "M0001"],
        ],
        设置: [
          ["项目", "值"],
          ["支部名称", ""],
        ],
      },
    });
    await workbook.write({
      appendRows: [
        {
          sheet: "记实考核",
          rows: [
            ["2026-11", "M0001"],
            ["2026-11", "M0002"],
          ],
        },
        { sheet: "记实考核", rows: [["2026-11", "M0003"]] },
      ],
      cells: [{ sheet: "设置", address: "B2", value: "第一党支部" }],
    });
    expect(fake.values("记实考核")).toEqual([
      ["月份", "编号"],
      ["2026-10", "M0001"],
      ["2026-11", "M0001"],
      ["2026-11", "M0002"],
      ["2026-11", "M0003"],
    ]);
    expect(fake.values("设置")[1]).toEqual(["支部名称", "第一党支部"]);
    expect(fake.sheetNames()).toEqual(["记实考核", "设置"]);
  });

  it("refuses rows or cells for a missing sheet before writing anything", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await expect(workbook.write({ sheets: [simple("结果")], appendRows: [{ sheet: "无", rows: [["x"]] }] })).rejects.toThrow(RangeError);
    expect(fake.sheetNames()).toEqual(["设置"]);
  });
});

describe("ExcelWorkbook.write: the sheet's look", () => {
  async function written() {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [monthlyPlan(12)] });
    return { fake, sheet: fake.sheet("2026-11 评星")! };
  }

  it("sets fonts, fills, borders on every edge, alignment and wrap", async () => {
    const { fake } = await written();
    const at = (cell: string, key: string) => fake.formatAt("2026-11 评星", cell, key);
    expect([at("A1", "font.name"), at("A1", "font.size"), at("A1", "font.bold"), at("A1", "horizontalAlignment")]).toEqual(["黑体", 18, true, "Center"]);
    expect([at("C4", "fill.color"), at("C4", "font.color"), at("C4", "wrapText")]).toEqual(["#C00000", "#FFFFFF", true]);
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"]) {
      expect([at("B6", `border.${edge}.style`), at("B6", `border.${edge}.weight`)]).toEqual(["Continuous", "Thin"]);
    }
    expect(at("B6", "font.name")).toBe("仿宋");
    expect(at("J5", "fill.color")).toBe("#FFD966");
  });

  it("sets number formats cell by cell over the range", async () => {
    const { fake } = await written();
    expect(fake.cell("2026-11 评星", "F5").numberFormat).toBe("0.0");
    expect(fake.cell("2026-11 评星", "I16").numberFormat).toBe("0.0");
    expect(fake.cell("2026-11 评星", "H5").numberFormat).toBe("General");
  });

  it("converts column widths from characters to points (8.43 characters = 48 points) and sets row heights", async () => {
    const { sheet } = await written();
    expect(sheet.columnWidths.get(0)).toBe(35.25);
    expect(sheet.columnWidths.get(12)).toBe(129.75);
    expect([sheet.rowHeights.get(0), sheet.rowHeights.get(HEADER_ROW), sheet.rowHeights.get(1)]).toEqual([32, 30, undefined]);
  });

  it("merges, freezes the header and the first columns, and sets the tab colour", async () => {
    const { sheet } = await written();
    expect(sheet.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 12 },
      { top: 1, left: 5, bottom: 1, right: 12 },
    ]);
    expect(sheet.freeze).toEqual({ rows: HEADER_ROW + 1, columns: 3 });
    expect(sheet.tabColor).toBe("#C00000");
  });

  it("sets up A4 printing: orientation, print titles, one page wide, margins, centred, footer", async () => {
    const { sheet } = await written();
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape",
      paperSize: "A4",
      printTitleRows: "$4:$4",
      // One page wide; as many pages tall as rows, a documented value that never shrinks for the height.
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 24 },
      margins: { unit: "Inches", top: 0.75, bottom: 0.75, left: 0.5, right: 0.5, header: 0.3, footer: 0.3 },
      centerHorizontally: true,
    });
    expect(sheet.footers).toEqual({ center: "第 &P 页 共 &N 页" });
  });

  it("breaks printed pages before the rows the plan names", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({ sheets: [{ name: "2026 档案", values: Array.from({ length: 30 }, (_, i) => [`第${i + 1}行`]), pageBreaks: [10, 20] }] });
    expect(fake.sheet("2026 档案")!.pageBreaks).toEqual([10, 20]);
    await expect(workbook.write({ sheets: [{ name: "2026 档案", values: [["x"]], pageBreaks: [0] }] })).rejects.toThrow(RangeError);
  });

  it("adds a clustered column chart of the distribution, titled and placed at its anchor", async () => {
    const { sheet } = await written();
    expect(sheet.charts).toEqual([
      {
        name: "Chart 1",
        type: "ColumnClustered",
        title: "2026-11 星级分布",
        series: [{ name: "人数", values: "'2026-11 评星'!B19:B24", xValues: "'2026-11 评星'!A19:A24" }],
        position: { start: "D18", end: undefined },
        width: 420,
        height: 240,
        legendVisible: false,
      },
    ]);
  });

  it("adds drop-down lists with their error message", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({
      inputSheets: [
        {
          name: "民主评议",
          values: [["评议期", "票号", "张三"]],
          validations: [{ range: "C2:C2001", list: ["优秀", "合格", "基本合格", "不合格"], message: "请选择等次" }],
        },
      ],
    });
    expect(fake.sheet("民主评议")!.validations).toEqual([
      {
        rect: { top: 1, left: 2, bottom: 2000, right: 2 },
        rule: { list: { inCellDropDown: true, source: "优秀,合格,基本合格,不合格" } },
        errorAlert: { showAlert: true, style: "Stop", title: "", message: "请选择等次" },
      },
    ]);
  });

  it("lets a suggestion list (strict: false) accept other entries after an information message", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await workbook.write({
      inputSheets: [
        {
          name: "民主评议",
          values: [["评议期", "票号", "张三"]],
          validations: [{ range: "C2:C2001", list: ["优秀", "合格"], message: "或输入0–100的分数", strict: false }],
        },
      ],
    });
    expect(fake.sheet("民主评议")!.validations[0].errorAlert).toEqual({ showAlert: true, style: "Information", title: "", message: "或输入0–100的分数" });
  });

  it("leaves out what an older host cannot set instead of failing", async () => {
    const fake = new FakeExcel({ sheets: { 设置: [["项目"]] } });
    const old = new ExcelWorkbook((batch) => fake.run(batch), { supports: (v) => v === "1.7" || v === "1.8" });
    await old.write({ sheets: [monthlyPlan(3)] });
    expect(fake.sheet("2026-11 评星")!.pageLayout).toEqual({});
    expect(fake.sheet("2026-11 评星")!.charts).toHaveLength(1);
  });
});

describe("ExcelWorkbook.select", () => {
  it("activates the sheet and selects the cell in one round trip", async () => {
    const { fake, workbook } = setup({ sheets: { 设置: [["项目"]], 民主评议: [["评议期"]] } });
    await workbook.select("民主评议", "F7");
    expect(fake.selection).toEqual({ sheet: "民主评议", address: "F7" });
    expect(fake.activeId).toBe(fake.sheet("民主评议")!.id);
    expect(fake.syncCount).toBe(1);
  });

  it("throws RangeError for a missing sheet or a bad address, as the in-memory workbook", async () => {
    const { workbook } = setup({ sheets: { 设置: [["项目"]] } });
    await expect(workbook.select("无", "A1")).rejects.toThrow(RangeError);
    await expect(workbook.select("设置", "A1:B2")).rejects.toThrow(RangeError);
  });
});

describe("ExcelWorkbook on a host that refuses calls on null objects", () => {
  it("still lists, reads and writes correctly, and learns to inspect in two round trips", async () => {
    const { fake, workbook } = setup({ nullChaining: "throw", sheets: { 设置: [["项目", "值"]] } });
    await workbook.write({ sheets: [monthlyPlan(3)] });
    // The refused one-trip inspection, the listing (nothing more to ask: no registry yet), build and swap.
    expect(fake.syncCount).toBe(3);
    fake.sheet("2026-11 评星")!.setCell(HEADER_ROW + 1, NOTE_COLUMN, { value: "备注文字" });
    fake.resetStats();
    await workbook.write({ sheets: [monthlyPlan(3), simple("生成记录")] });
    // Learnt: listing, then registry, then build and swap — no refused request any more.
    expect(fake.syncCount).toBe(3);
    expect(await workbook.listSheets()).toEqual([
      { name: "设置", ours: false },
      { name: "2026-11 评星", ours: true },
      { name: "生成记录", ours: true },
    ]);
    fake.resetStats();
    const read = await workbook.readSheets(["设置", "无"]);
    expect([...read.keys()]).toEqual(["设置"]);
    expect(read.get("设置")!.values).toEqual([["项目", "值"]]);
    // Listing, used ranges with values, merged areas.
    expect(fake.syncCount).toBe(3);
  });
});

import { ballotPaperName, renderBallotPaper } from "../../src/register/ballot-paper";
import { planMonth, monthSheetsToRead } from "../../src/register/month-workflow";
import { planPrepareMonth, prepareMonth, prepareSheetsToRead } from "../../src/register/prepare-month";
import { readRegister } from "../../src/register/read/read-register";
import { sampleRegister } from "../../src/sample/sample-branch";
import { inputSheetPlans } from "../../src/register/template";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";

const AT = "2026-11-28T10:00:00+08:00";

async function workbook(lastMonth: string): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth })) });
  return wb;
}

function values(wb: MemoryWorkbook, name: string) {
  const s = wb.snapshot().find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s.values;
}

/** Adds a person to the roster below the last row, as a secretary would type them. */
function addPerson(wb: MemoryWorkbook, cells: (string | null)[]) {
  const row = values(wb, "人员名册").length + 1;
  cells.forEach((v, c) => wb.setCell("人员名册", `${String.fromCharCode(65 + c)}${row}`, v));
}

describe("prepareMonth", () => {
  it("appends one 记实考核 row per assessed member with 月份, 编号 and 姓名, in roster order, leaving every existing row as it was", async () => {
    const wb = await workbook("2026-10");
    const before = values(wb, "记实考核");
    const plan = await prepareMonth(wb, { period: "2026-11", ballotPaper: false });
    expect(plan.blocked).toBe(false);
    expect(plan.assessed).toBe(25);
    expect(plan.appended).toHaveLength(25);
    expect(plan.alreadyThere).toBe(0);
    const after = values(wb, "记实考核");
    expect(after.slice(0, before.length)).toEqual(before);
    const added = after.slice(before.length);
    expect(added).toHaveLength(25);
    expect(added[0].slice(0, 3)).toEqual(["2026-11", "D001", "王建国"]);
    expect(added[24].slice(0, 3)).toEqual(["2026-11", "D025", "韩磊"]);
    // The points, 不参评 and 说明 are left for the recorder.
    expect(added[0].slice(3).every((v) => v === null)).toBe(true);
    expect(added[0]).toHaveLength(before[0].length);
    expect(plan.firstNewRow).toEqual({ sheet: "记实考核", address: `A${before.length + 1}` });
  });

  it("makes rows the register reads as the month's records, whose blank points are errors until the recorder fills them", async () => {
    const wb = await workbook("2026-10");
    await prepareMonth(wb, { period: "2026-11", ballotPaper: false });
    const run = planMonth(await wb.readSheets(monthSheetsToRead("2026-11")), { period: "2026-11", generatedAt: AT });
    const errors = run.problems.filter((p) => p.severity === "error");
    expect(new Set(errors.map((p) => p.code))).toEqual(new Set(["record.points-blank"]));
    expect(errors).toHaveLength(25 * 5);
    expect(run.data.records).toHaveLength(25);
  });

  it("skips members who already have a row that month, so preparing twice adds nothing", async () => {
    const wb = await workbook("2026-11");
    const before = wb.snapshot();
    const plan = await prepareMonth(wb, { period: "2026-11", ballotPaper: false });
    expect(plan.appended).toEqual([]);
    expect(plan.alreadyThere).toBe(25);
    expect(plan.columnsAdded).toEqual([]);
    expect(plan.change).toBeUndefined();
    expect(wb.snapshot()).toEqual(before);
  });

  it("counts a row with the member's name but no 编号 as the member's row", async () => {
    const wb = await workbook("2026-10");
    const row = values(wb, "记实考核").length + 1;
    wb.setCell("记实考核", `A${row}`, "2026年11月");
    wb.setCell("记实考核", `C${row}`, "张伟");
    const plan = await prepareMonth(wb, { period: "2026-11", ballotPaper: false });
    expect(plan.appended.map((m) => m.name)).not.toContain("张伟");
    expect(plan.appended).toHaveLength(24);
  });

  it("gives a newly transferred-in member a row and a 民主评议 column headed with the name, right of the last column", async () => {
    const wb = await workbook("2026-11");
    addPerson(wb, ["D026", "周新", "党员", "第一党小组", "科员", "2026-11-05"]);
    const header = values(wb, "民主评议")[0];
    const plan = await prepareMonth(wb, { period: "2026-11", ballotPaper: false });
    expect(plan.appended).toEqual([{ id: "D026", name: "周新" }]);
    expect(plan.columnsAdded).toEqual(["周新"]);
    const after = values(wb, "民主评议");
    expect(after[0]).toEqual([...header, "周新"]);
    // Existing ballot rows keep their cells.
    expect(after.slice(1).every((r) => r.length <= header.length)).toBe(true);
    const read = readRegister(await wb.readSheets(prepareSheetsToRead("2026-11")), { periods: new Set(["2026-11"]), require: ["ballots"] });
    expect(read.problems.filter((p) => p.code.startsWith("register.column-member"))).toEqual([]);
  });

  it("leaves out members not on the roster on the month's last day (transferred out, or in next month)", async () => {
    const wb = await workbook("2026-11");
    addPerson(wb, ["D026", "周新", "党员", "", "", "2026-12-02"]);
    const roster = values(wb, "人员名册");
    const r = roster.findIndex((row) => row[0] === "D005") + 1;
    wb.setCell("人员名册", `G${r}`, "2026-10-15");
    const plan = planPrepareMonth(await wb.readSheets(prepareSheetsToRead("2026-12")), { period: "2026-12", ballotPaper: false });
    expect(plan.assessed).toBe(25);
    expect(plan.appended.map((m) => m.id)).toContain("D026");
    const nov = planPrepareMonth(await wb.readSheets(prepareSheetsToRead("2026-11")), { period: "2026-11", ballotPaper: false });
    expect(nov.appended.map((m) => m.id)).toEqual([]);
    expect(nov.columnsAdded).toEqual([]);
  });

  it("heads the column 姓名(编号) when two people share the name, and the reader matches it", async () => {
    const wb = await workbook("2026-11");
    // The existing column of 张伟 (D003) is headed with the 编号, as the check step asks when names repeat.
    const header = values(wb, "民主评议")[0];
    const column = String.fromCharCode(65 + header.indexOf("张伟"));
    wb.setCell("民主评议", `${column}1`, "张伟(D003)");
    addPerson(wb, ["D026", "张伟", "党员", "第二党小组", "科员", "2026-11-01"]);
    const plan = await prepareMonth(wb, { period: "2026-11", ballotPaper: false });
    expect(plan.columnsAdded).toEqual(["张伟(D026)"]);
    const read = readRegister(await wb.readSheets(prepareSheetsToRead("2026-11")), { periods: new Set(["2026-11"]), require: ["ballots"] });
    expect(read.problems.filter((p) => p.code.startsWith("register.column-member"))).toEqual([]);
  });

  it("adds no column for a name an existing column shares between two people (the check step asks for the 编号)", async () => {
    const wb = await workbook("2026-11");
    addPerson(wb, ["D026", "张伟", "党员", "第二党小组", "科员", "2026-11-01"]);
    const plan = await prepareMonth(wb, { period: "2026-11", ballotPaper: false });
    expect(plan.columnsAdded).toEqual([]);
    expect(plan.appended).toEqual([{ id: "D026", name: "张伟" }]);
  });

  it("refuses, writing nothing, when the 记实考核 sheet is missing", async () => {
    const sheets = new Map(
      [...sampleRegister({ lastMonth: "2026-10" })]
        .filter(([name]) => name !== "记实考核")
        .map(([name, v]) => [name, { name, values: v, merges: [], ours: false }]),
    );
    const plan = planPrepareMonth(sheets, { period: "2026-11", ballotPaper: true });
    expect(plan.blocked).toBe(true);
    expect(plan.change).toBeUndefined();
    expect(plan.problems).toEqual([expect.objectContaining({ code: "register.sheet-missing", place: { ref: "记实考核" } })]);
  });

  it("is not blocked by data problems of the month, which the check step reports", async () => {
    const wb = await workbook("2026-11");
    const r = values(wb, "民主评议").findIndex((row) => row[0] === "2026-11") + 1;
    wb.setCell("民主评议", `F${r}`, "很好");
    const plan = await prepareMonth(wb, { period: "2026-11", ballotPaper: true });
    expect(plan.blocked).toBe(false);
  });
});

describe("the paper ballot 评议票", () => {
  it("is written on request as the add-in's own sheet named YYYY-MM 评议票", async () => {
    const wb = await workbook("2026-11");
    const plan = await prepareMonth(wb, { period: "2026-11", ballotPaper: true });
    expect(plan.ballotSheet).toBe("2026-11 评议票");
    expect((await wb.listSheets()).find((s) => s.name === "2026-11 评议票")).toEqual({ name: "2026-11 评议票", ours: true });
    const v = values(wb, "2026-11 评议票");
    expect(v[0][0]).toBe("市档案馆机关第一党支部 2026年11月民主评议票");
    const header = v.findIndex((row) => row[0] === "序号");
    expect(v[header]).toEqual(["序号", "姓名", "党小组", "优秀", "合格", "基本合格", "不合格"]);
    const names = v.filter((row) => typeof row[0] === "number").map((row) => row[1]);
    expect(names).toHaveLength(25);
    expect(names[0]).toBe("王建国");
    expect(v.find((row) => row[1] === "王建国")!.slice(3)).toEqual(["□", "□", "□", "□"]);
  });

  it("replaces its own earlier sheet but leaves a person's sheet of that name alone, saying so", async () => {
    const wb = await workbook("2026-11");
    await prepareMonth(wb, { period: "2026-11", ballotPaper: true });
    await expect(prepareMonth(wb, { period: "2026-11", ballotPaper: true })).resolves.toMatchObject({ blocked: false });

    const other = await workbook("2026-11");
    await other.write({ inputSheets: [{ name: "2026-11 评议票", values: [["我的评议票"]] }] });
    const plan = await prepareMonth(other, { period: "2026-11", ballotPaper: true });
    expect(plan.blocked).toBe(true);
    expect(plan.problems.map((p) => p.code)).toEqual(["register.sheet-not-ours"]);
    expect(values(other, "2026-11 评议票")).toEqual([["我的评议票"]]);
  });

  it("is print-ready: A4 portrait, one page wide, the header row repeated, 党员 and 党外 in their own sections", () => {
    const members = [
      { id: "D1", name: "甲", kind: "党员" as const, group: "一组" },
      { id: "D2", name: "乙", kind: "党外" as const },
    ];
    const plan = renderBallotPaper("2026-11", members, "");
    expect(plan.name).toBe(ballotPaperName("2026-11"));
    expect(plan.values[0][0]).toBe("2026年11月民主评议票");
    const header = plan.values.findIndex((row) => row[0] === "序号");
    expect(plan.print).toMatchObject({ orientation: "portrait", paper: "A4", fitToWidth: true, titleRows: `$${header + 1}:$${header + 1}` });
    const captions = plan.values.map((row) => row[0]).filter((v) => typeof v === "string" && /^[一二]、/.test(v));
    expect(captions).toEqual(["一、党员", "二、党外干部职工"]);
    expect(plan.values.every((row) => row.length === 7)).toBe(true);
  });
});

describe("prepareMonth and the 组织生活会 and paper ballots", () => {
  it("appends a 组织生活会 row per assessed member, with the month written and 身份 from the roster", async () => {
    const wb = await workbook("2026-10");
    const before = values(wb, "组织生活会").length;
    const plan = await prepareMonth(wb, { period: "2026-11", ballotPaper: false });
    expect(plan.meetingRowsAdded).toBe(25);
    const added = values(wb, "组织生活会").slice(before);
    expect(added[0]).toEqual(["2026-11", "组织生活会", "D001", "王建国", "党员", null, null, null]);
    expect(added[24].slice(0, 5)).toEqual(["2026-11", "组织生活会", "D025", "韩磊", "党外"]);
    // Prepared twice: nothing more.
    expect((await prepareMonth(wb, { period: "2026-11", ballotPaper: false })).meetingRowsAdded).toBe(0);
  });

  it("adds the 支部生活会 rows of the 党员 in a month after a quarter", async () => {
    const wb = await workbook("2026-12");
    const before = values(wb, "组织生活会").length;
    const plan = await prepareMonth(wb, { period: "2027-01", ballotPaper: false });
    const added = values(wb, "组织生活会").slice(before);
    expect(added.filter((r) => r[1] === "支部生活会")).toHaveLength(21);
    expect(plan.meetingRowsAdded).toBe(25 + 21);
  });

  it("fills 评议期 and 票号 on a 民主评议 row per paper ballot printed, and prints the numbers' range", async () => {
    const wb = await workbook("2026-10");
    const before = values(wb, "民主评议").length;
    const plan = await prepareMonth(wb, { period: "2026-11", ballotPaper: true });
    expect(plan.ballotNumbersAdded).toHaveLength(25);
    expect(plan.ballotNumbersAdded[0]).toBe("202611-01");
    const added = values(wb, "民主评议").slice(before);
    expect(added.map((r) => [r[0], r[1]])).toEqual(plan.ballotNumbersAdded.map((n) => ["2026-11", n]));
    expect(added.every((r) => r.slice(2).every((v) => v === null))).toBe(true);
    expect(values(wb, "2026-11 评议票")[1][0]).toContain("（202611-01至202611-25）");
    // The rows are read as ballots without marks: warnings, not errors; printing again adds none.
    const again = await prepareMonth(wb, { period: "2026-11", ballotPaper: true });
    expect(again.ballotNumbersAdded).toEqual([]);
    const sheets = await wb.readSheets(monthSheetsToRead("2026-11"));
    expect(
      planMonth(sheets, { period: "2026-11", generatedAt: AT }).problems.filter((p) => p.severity === "error" && p.place.ref?.startsWith("民主评议")),
    ).toEqual([]);
  });
});

describe("prepareMonth in a month already under way", () => {
  it("gives a newcomer's 组织生活会 row the date of the month's meeting, and leaves the typed ballots' numbering alone", async () => {
    const wb = await workbook("2026-11");
    const row = values(wb, "人员名册").length + 1;
    ["D026", "周新", "党员", "第一党小组", "科员", "2026-11-05"].forEach((v, c) => wb.setCell("人员名册", `${String.fromCharCode(65 + c)}${row}`, v));
    const ballotsBefore = values(wb, "民主评议").length;
    const plan = await prepareMonth(wb, { period: "2026-11", ballotPaper: true });
    expect(plan.meetingRowsAdded).toBe(1);
    expect(values(wb, "组织生活会").pop()!.slice(0, 5)).toEqual(["2026-11-27", "组织生活会", "D026", "周新", "党员"]);
    expect(plan.ballotNumbersAdded).toEqual([]);
    expect(values(wb, "民主评议")).toHaveLength(ballotsBefore);
  });
});

import { approveMonth, generateMonth, planMonth } from "../../src/register/month-workflow";
import { sampleRegister } from "../../src/register/sample";
import { inputSheetPlans } from "../../src/register/template";
import { MONTH_COLUMNS } from "../../src/register/render";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { columnLetters } from "../../src/register/cells";

const AT = "2026-11-28T10:00:00+08:00";

async function sampleWorkbook(): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth: "2026-11" })) });
  return wb;
}

function sheet(wb: MemoryWorkbook, name: string) {
  const s = wb.snapshot().find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

describe("generateMonth", () => {
  it("writes the 评星, 公示 and 生成记录 sheets for the sample month, marked as the add-in's own", async () => {
    const wb = await sampleWorkbook();
    const run = await generateMonth(wb, { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(false);
    expect(run.result?.members).toHaveLength(25);
    const names = (await wb.listSheets()).filter((s) => s.ours).map((s) => s.name);
    expect(names).toEqual(["2026-11 评星", "2026-11 公示", "2026-11 组织生活会记录", "生成记录"]);
    const month = sheet(wb, "2026-11 评星");
    const row = month.values.find((r) => r[MONTH_COLUMNS.name] === "王建国")!;
    const member = run.result!.members.find((m) => m.name === "王建国")!;
    expect(row[MONTH_COLUMNS.composite]).toBe(member.composite);
    expect(row[MONTH_COLUMNS.label]).toBe(member.label);
  });

  it("writes nothing and lists the error with its cell when a mark is not a grade", async () => {
    const wb = await sampleWorkbook();
    const ballots = sheet(wb, "民主评议");
    const r = ballots.values.findIndex((row) => row[0] === "2026-11");
    wb.setCell("民主评议", `F${r + 1}`, "很好");
    const before = wb.snapshot().map((s) => s.name);
    const run = await generateMonth(wb, { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.problems[0]).toMatchObject({ severity: "error", code: "ballot.invalid-mark", place: { ref: `民主评议!F${r + 1}` } });
    expect(wb.snapshot().map((s) => s.name)).toEqual(before);
  });

  it("leaves a person's sheet of the same name alone and says so", async () => {
    const wb = await sampleWorkbook();
    await wb.write({ inputSheets: [{ name: "2026-11 公示", values: [["我自己的公示"]] }] });
    const run = await generateMonth(wb, { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.problems.map((p) => p.code)).toContain("register.sheet-not-ours");
    expect(sheet(wb, "2026-11 公示").values).toEqual([["我自己的公示"]]);
    expect((await wb.listSheets()).some((s) => s.name === "2026-11 评星")).toBe(false);
  });

  it("keeps what a person typed in 备注 when the month is regenerated, and appends to the log", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: "2026-11", generatedAt: AT });
    const month = sheet(wb, "2026-11 评星");
    const r = month.values.findIndex((row) => row[MONTH_COLUMNS.name] === "张伟");
    const note = `${columnLetters(MONTH_COLUMNS.note)}${r + 1}`;
    wb.setCell("2026-11 评星", note, "已谈心谈话");
    await generateMonth(wb, { period: "2026-11", generatedAt: "2026-11-29T10:00:00+08:00" });
    const again = sheet(wb, "2026-11 评星");
    const row = again.values.find((x) => x[MONTH_COLUMNS.name] === "张伟")!;
    expect(String(row[MONTH_COLUMNS.note])).toContain("已谈心谈话");
    expect(sheet(wb, "生成记录").values.filter((x) => x[2] === "2026-11")).toHaveLength(2);
  });
});

describe("planMonth", () => {
  it("blocks with a clear problem when the roster sheet is missing", () => {
    const sheets = new Map(
      [...sampleRegister({ lastMonth: "2026-11" })]
        .filter(([name]) => name !== "人员名册")
        .map(([name, values]) => [name, { name, values, merges: [], ours: false }])
    );
    const run = planMonth(sheets, { period: "2026-11", generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.result).toBeNull();
    expect(run.problems[0]).toMatchObject({ code: "register.sheet-missing", place: { ref: "人员名册" } });
  });
});

describe("approval", () => {
  it("records the 党员大会's approval: the sheets say 已通过 with the date and the log keeps it", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: "2026-11", generatedAt: AT });
    const run = await approveMonth(wb, { period: "2026-11", generatedAt: "2026-11-30T16:00:00+08:00", approvedOn: "2026-11-30" });
    expect(run.approvedOn).toBe("2026-11-30");
    const month = sheet(wb, "2026-11 评星");
    const statuses = month.values.filter((r) => r[MONTH_COLUMNS.id] === "D001").map((r) => r[MONTH_COLUMNS.status]);
    expect(statuses).toEqual(["已通过"]);
    const log = sheet(wb, "生成记录").values;
    expect(log[log.length - 1]).toEqual(expect.arrayContaining(["党员大会通过", "2026-11", "通过日期 2026-11-30"]));
  });

  it("keeps the approval when the month is regenerated from unchanged inputs", async () => {
    const wb = await sampleWorkbook();
    await approveMonth(wb, { period: "2026-11", generatedAt: AT, approvedOn: "2026-11-28" });
    const run = await generateMonth(wb, { period: "2026-11", generatedAt: "2026-12-01T09:00:00+08:00" });
    expect(run.approvedOn).toBe("2026-11-28");
    expect(run.problems.map((p) => p.code)).not.toContain("register.approval-stale");
  });

  it("drops the approval, with a warning, when the inputs changed after it", async () => {
    const wb = await sampleWorkbook();
    await approveMonth(wb, { period: "2026-11", generatedAt: AT, approvedOn: "2026-11-28" });
    const record = sheet(wb, "记实考核");
    const r = record.values.findIndex((row) => row[0] === "2026-11" && row[1] === "D003");
    wb.setCell("记实考核", `D${r + 1}`, 10);
    const run = await generateMonth(wb, { period: "2026-11", generatedAt: "2026-12-01T09:00:00+08:00" });
    expect(run.approvedOn).toBeNull();
    expect(run.problems).toContainEqual(expect.objectContaining({ code: "register.approval-stale", severity: "warning" }));
    const month = sheet(wb, "2026-11 评星");
    expect(month.values.find((x) => x[MONTH_COLUMNS.id] === "D001")![MONTH_COLUMNS.status]).toBe("拟评");
  });

  it("warns about an approval date after today", async () => {
    const wb = await sampleWorkbook();
    const run = await approveMonth(wb, { period: "2026-11", generatedAt: AT, approvedOn: "2026-12-05" });
    expect(run.problems.map((p) => p.code)).toContain("approval.in-future");
  });
});

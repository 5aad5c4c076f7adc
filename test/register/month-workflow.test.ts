import { approveMonth, generateMonth, planMonth, withdrawApproval } from "../../src/register/month-workflow";
import { sampleRegister } from "../../src/sample/sample-branch";
import { inputSheetPlans } from "../../src/register/template";
import { LOG_COLUMNS, MONTH_COLUMNS } from "../../src/register/render";
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
        .map(([name, values]) => [name, { name, values, merges: [], ours: false }]),
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
    await generateMonth(wb, { period: "2026-11", generatedAt: AT });
    await approveMonth(wb, { period: "2026-11", generatedAt: AT, approvedOn: "2026-11-28" });
    const run = await generateMonth(wb, { period: "2026-11", generatedAt: "2026-12-01T09:00:00+08:00" });
    expect(run.approvedOn).toBe("2026-11-28");
    expect(run.problems.map((p) => p.code)).not.toContain("register.approval-stale");
  });

  it("refuses to regenerate an approved month whose inputs changed unless reopened; reopening drops the approval and logs it", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: "2026-11", generatedAt: AT });
    await approveMonth(wb, { period: "2026-11", generatedAt: AT, approvedOn: "2026-11-28" });
    const record = sheet(wb, "记实考核");
    const r = record.values.findIndex((row) => row[0] === "2026-11" && row[1] === "D003");
    wb.setCell("记实考核", `D${r + 1}`, 10);
    const before = JSON.stringify(wb.snapshot());
    const refused = await generateMonth(wb, { period: "2026-11", generatedAt: "2026-12-01T09:00:00+08:00" });
    expect(refused.blocked).toBe(true);
    expect(refused.reopenNeeded).toBe("2026-11-28");
    expect(refused.problems[0]).toMatchObject({
      code: "register.approval-reopen",
      severity: "error",
      args: expect.objectContaining({ approvedOn: "2026-11-28" }),
    });
    expect(JSON.stringify(wb.snapshot())).toBe(before);

    const run = await generateMonth(wb, { period: "2026-11", generatedAt: "2026-12-01T09:00:00+08:00", reopen: true });
    expect(run.blocked).toBe(false);
    expect(run.approvedOn).toBeNull();
    expect(run.problems).toContainEqual(expect.objectContaining({ code: "register.approval-stale", severity: "warning" }));
    const month = sheet(wb, "2026-11 评星");
    expect(month.values.find((x) => x[MONTH_COLUMNS.id] === "D001")![MONTH_COLUMNS.status]).toBe("拟评");
    const log = sheet(wb, "生成记录").values;
    expect(log.slice(-2).map((row) => row[LOG_COLUMNS.code])).toEqual(["approvalDropped", "monthly"]);
    expect(log[log.length - 2][LOG_COLUMNS.note]).toBe("2026-11-28 通过后数据有改动，重新生成为拟评");
  });

  it("refuses to approve a month never generated, writing nothing", async () => {
    const wb = await sampleWorkbook();
    const before = JSON.stringify(wb.snapshot());
    const run = await approveMonth(wb, { period: "2026-10", generatedAt: AT, approvedOn: "2026-11-28" });
    expect(run.blocked).toBe(true);
    expect(run.problems[0]).toMatchObject({ code: "register.approval-not-generated", severity: "error" });
    expect(JSON.stringify(wb.snapshot())).toBe(before);
  });

  it("refuses a meeting date after today or before the results were generated", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: "2026-11", generatedAt: "2026-11-26T10:00:00+08:00" });
    await generateMonth(wb, { period: "2026-11", generatedAt: AT });
    const before = JSON.stringify(wb.snapshot());
    const future = await approveMonth(wb, { period: "2026-11", generatedAt: AT, approvedOn: "2026-12-05" });
    expect(future.blocked).toBe(true);
    expect(future.problems[0]).toMatchObject({ code: "register.approval-in-future", args: expect.objectContaining({ today: "2026-11-28" }) });
    // Generated unchanged on 11-26 and again on 11-28: the meeting may have seen the first print.
    const early = await approveMonth(wb, { period: "2026-11", generatedAt: AT, approvedOn: "2026-11-25" });
    expect(early.problems[0]).toMatchObject({ code: "register.approval-before-generation", args: expect.objectContaining({ generatedOn: "2026-11-26" }) });
    expect(JSON.stringify(wb.snapshot())).toBe(before);
    const ok = await approveMonth(wb, { period: "2026-11", generatedAt: AT, approvedOn: "2026-11-26" });
    expect(ok.blocked).toBe(false);
    const log = sheet(wb, "生成记录").values;
    expect(log[log.length - 1].slice(LOG_COLUMNS.code, LOG_COLUMNS.on + 1)).toEqual(["approval", "2026-11-26"]);
  });

  it("refuses to approve when the inputs changed since the month was generated", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: "2026-11", generatedAt: AT });
    const record = sheet(wb, "记实考核");
    wb.setCell("记实考核", `D${record.values.findIndex((row) => row[0] === "2026-11" && row[1] === "D003") + 1}`, 10);
    const run = await approveMonth(wb, { period: "2026-11", generatedAt: AT, approvedOn: "2026-11-28" });
    expect(run.blocked).toBe(true);
    expect(run.problems[0].code).toBe("register.approval-inputs-changed");
  });

  it("withdraws an approval with a reason (logged): the sheets go back to 拟评", async () => {
    const wb = await sampleWorkbook();
    await generateMonth(wb, { period: "2026-11", generatedAt: AT });
    expect((await withdrawApproval(wb, { period: "2026-11", generatedAt: AT, reason: "误录" })).problems[0].code).toBe("register.withdraw-not-approved");
    await approveMonth(wb, { period: "2026-11", generatedAt: AT, approvedOn: "2026-11-28" });
    expect((await withdrawApproval(wb, { period: "2026-11", generatedAt: AT, reason: "  " })).problems[0].code).toBe("register.withdraw-reason-missing");
    const run = await withdrawApproval(wb, { period: "2026-11", generatedAt: "2026-11-29T10:00:00+08:00", reason: "会议日期记错" });
    expect(run.blocked).toBe(false);
    expect(run.approvedOn).toBeNull();
    expect(sheet(wb, "2026-11 评星").values.find((x) => x[MONTH_COLUMNS.id] === "D001")![MONTH_COLUMNS.status]).toBe("拟评");
    const last = sheet(wb, "生成记录").values.slice(-1)[0];
    expect([last[1], last[LOG_COLUMNS.note], last[LOG_COLUMNS.code], last[LOG_COLUMNS.on]]).toEqual([
      "撤销通过",
      "撤销 2026-11-28 的通过：会议日期记错",
      "withdrawal",
      "2026-11-29",
    ]);
    // Regenerating no longer carries the withdrawn approval.
    expect((await generateMonth(wb, { period: "2026-11", generatedAt: AT })).approvedOn).toBeNull();
  });
});

import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import type { CellValue, Grid } from "../../src/register/cells";
import { cellAddress } from "../../src/register/cells";
import { ADMONITION_COLUMNS, LOG_COLUMNS, YEAR_COLUMNS } from "../../src/register/render";
import {
  archiveMember,
  finalizeYear,
  generateYear,
  lastFinalization,
  lastPublicity,
  planFinalize,
  planPublish,
  planYear,
  publishYear,
  reviewYear,
  yearSheetsToRead,
} from "../../src/register/year-workflow";
import { fourMemberBranch, settingsSheet, type Register } from "./year-sample";

const Y = "2026";
const AT = "2026-12-28T09:00:00+08:00";

/** Three 党员 (甲 90, 乙 80, 丙 70 every month) and a 党外 (丁 85); year-end marks 优秀/合格/合格/优秀. */
function branch(objections: CellValue[][] = []): Register {
  return fourMemberBranch(Y, objections);
}

async function workbook(register: Register = branch()): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.write({ inputSheets: [...register].map(([name, values]) => ({ name, values })) });
  return wb;
}

function sheet(wb: MemoryWorkbook, name: string) {
  const s = wb.snapshot().find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

const names = (wb: MemoryWorkbook) => wb.snapshot().map((s) => s.name);
const state = (wb: MemoryWorkbook) => JSON.stringify(wb.snapshot().map((s) => [s.name, s.values]));
const rowOf = (grid: Grid, id: string, column = 1) => grid.find((r) => r[column] === id)!;

/** Publicity from 2026-12-28 (ends 2027-01-03). */
async function published(register?: Register): Promise<MemoryWorkbook> {
  const wb = await workbook(register);
  const run = await publishYear(wb, { year: Y, start: "2026-12-28", generatedAt: AT });
  expect(run.blocked).toBe(false);
  return wb;
}

describe("generateYear", () => {
  it("writes `2026 年度评星` and a log row, marked as the add-in's own", async () => {
    const wb = await workbook();
    const run = await generateYear(wb, { year: Y, generatedAt: AT });
    expect(run.blocked).toBe(false);
    expect((await wb.listSheets()).filter((s) => s.ours).map((s) => s.name)).toEqual(["2026 年度评星", "生成记录"]);
    const row = rowOf(sheet(wb, "2026 年度评星").values, "P1");
    // 90 × 0.7 + 100 × 0.3 = 93.0
    expect([row[YEAR_COLUMNS.recordAverage], row[YEAR_COLUMNS.annualAppraisal], row[YEAR_COLUMNS.score], row[YEAR_COLUMNS.label]]).toEqual([
      90,
      100,
      93,
      "四星级",
    ]);
    const log = sheet(wb, "生成记录").values;
    expect(log[log.length - 1].slice(1, 4)).toEqual(["年度评星", "2026", 4]);
  });

  it("keeps what a person typed in 备注 when regenerated", async () => {
    const wb = await workbook();
    await generateYear(wb, { year: Y, generatedAt: AT });
    const r = sheet(wb, "2026 年度评星").values.findIndex((x) => x[YEAR_COLUMNS.id] === "P2");
    wb.setCell("2026 年度评星", cellAddress(r, YEAR_COLUMNS.note), "已谈心谈话");
    await generateYear(wb, { year: Y, generatedAt: "2026-12-29T09:00:00+08:00" });
    expect(rowOf(sheet(wb, "2026 年度评星").values, "P2")[YEAR_COLUMNS.note]).toBe("已谈心谈话");
  });

  it("keeps a person's date a date and their 不参评（本人申请） in 备注, the flags in 说明", async () => {
    const wb = await workbook();
    await generateYear(wb, { year: Y, generatedAt: AT });
    const values = sheet(wb, "2026 年度评星").values;
    const r = values.findIndex((x) => x[YEAR_COLUMNS.id] === "P2");
    const s = values.findIndex((x) => x[YEAR_COLUMNS.id] === "P1");
    const dateCell = cellAddress(r, YEAR_COLUMNS.note);
    wb.setCell("2026 年度评星", dateCell, 46357, 'yyyy"年"m"月"d"日"');
    wb.setCell("2026 年度评星", cellAddress(s, YEAR_COLUMNS.note), "不参评（本人申请）");
    await generateYear(wb, { year: Y, generatedAt: "2026-12-29T09:00:00+08:00" });
    const read = (await wb.readSheets(["2026 年度评星"])).get("2026 年度评星")!;
    expect(rowOf(read.values, "P2")[YEAR_COLUMNS.note]).toBe(46357);
    expect(read.dateFormats?.get(dateCell)).toBe('yyyy"年"m"月"d"日"');
    expect(rowOf(read.values, "P1")[YEAR_COLUMNS.note]).toBe("不参评（本人申请）");
    expect(rowOf(read.values, "P2")[YEAR_COLUMNS.flags]).toBe(values[r][YEAR_COLUMNS.flags]);
  });

  it("writes nothing and names the cell when a month's record is not a number", async () => {
    const register = branch();
    const record = register.get("记实考核")!;
    const r = record.findIndex((row) => row[0] === "2026-03" && row[1] === "P2");
    record[r][3] = "十八";
    const wb = await workbook(register);
    const before = state(wb);
    const run = await generateYear(wb, { year: Y, generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.problems[0]).toMatchObject({ code: "register.number-invalid", place: { ref: `记实考核!D${r + 1}` } });
    expect(state(wb)).toBe(before);
  });

  it("refuses to replace a person's sheet of the same name", async () => {
    const wb = await workbook();
    await wb.write({ inputSheets: [{ name: "2026 年度评星", values: [["我自己的表"]] }] });
    const run = await generateYear(wb, { year: Y, generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.problems).toContainEqual(expect.objectContaining({ code: "register.sheet-not-ours", place: { ref: "2026 年度评星" } }));
    expect(sheet(wb, "2026 年度评星").values).toEqual([["我自己的表"]]);
  });

  it("reads only the year's rows: junk in another year's month never blocks", async () => {
    const register = branch();
    register.get("记实考核")!.push(["2025-12", "P1", "甲", "x", "", "", "", "", "", ""]);
    const run = planYear(new Map([...register].map(([name, values]) => [name, { name, values, merges: [], ours: false }])), { year: Y, generatedAt: AT });
    expect(run.blocked).toBe(false);
  });

  it("throws for a year that is not YYYY (a programmer mistake)", () => {
    expect(() => planYear(new Map(), { year: "26", generatedAt: AT })).toThrow(RangeError);
  });

  it("reads the input sheets, the year's output sheets and the log in one batch", () => {
    expect(yearSheetsToRead(Y)).toEqual(expect.arrayContaining(["人员名册", "异议登记", "承诺记实", "点评记录", "2026 年度公示", "2026 档案", "生成记录"]));
  });
});

describe("publishYear", () => {
  it("writes 年度评星 and 年度公示 and records the period in the log's 说明", async () => {
    const wb = await workbook();
    const run = await publishYear(wb, { year: Y, start: "2026-12-01", generatedAt: "2026-12-01T09:00:00+08:00" });
    expect(run.publicity).toEqual({ start: "2026-12-01", end: "2026-12-07", text: "公示时间：2026年12月1日至2026年12月7日" });
    expect(names(wb)).toEqual(expect.arrayContaining(["2026 年度评星", "2026 年度公示"]));
    expect(sheet(wb, "2026 年度公示").values.flat()).toContain("公示时间：2026年12月1日至2026年12月7日");
    const log = sheet(wb, "生成记录").values;
    expect(log[log.length - 1].slice(1, 3)).toEqual(["年度公示", "2026"]);
    expect(log[log.length - 1][LOG_COLUMNS.note]).toBe("公示 2026-12-01 至 2026-12-07");
    // The same as data, in columns of their own.
    expect(log[log.length - 1].slice(LOG_COLUMNS.code)).toEqual(["annualPublicity", "", "2026-12-01", "2026-12-07"]);
    expect(lastPublicity(log, Y)).toEqual({ start: "2026-12-01", end: "2026-12-07", fingerprint: run.fingerprint, noticeOn: "2026-12-01" });
  });

  it("refuses a start before the day the notice is first generated, writing nothing", async () => {
    const wb = await workbook();
    const before = state(wb);
    const run = await publishYear(wb, { year: Y, start: "2026-11-20", generatedAt: "2026-11-30T09:00:00+08:00" });
    expect(run.blocked).toBe(true);
    expect(run.problems[0]).toMatchObject({
      code: "register.publicity-before-notice",
      severity: "error",
      args: expect.objectContaining({ start: "2026-11-20", noticeOn: "2026-11-30" }),
    });
    expect(state(wb)).toBe(before);
  });

  it("lets the notice of unchanged results be generated again with the start it had", async () => {
    const wb = await workbook();
    await publishYear(wb, { year: Y, start: "2026-12-01", generatedAt: "2026-12-01T09:00:00+08:00" });
    const again = await publishYear(wb, { year: Y, start: "2026-12-01", generatedAt: "2026-12-03T09:00:00+08:00" });
    expect(again.blocked).toBe(false);
    const record = sheet(wb, "记实考核").values;
    wb.setCell("记实考核", `D${record.findIndex((row) => row[0] === "2026-05" && row[1] === "P1") + 1}`, 17);
    const changed = await publishYear(wb, { year: Y, start: "2026-12-01", generatedAt: "2026-12-04T09:00:00+08:00" });
    expect(changed.problems.map((p) => p.code)).toContain("register.publicity-before-notice");
  });

  it("counts the days from the settings (10 days here)", async () => {
    const register = branch();
    register.set("设置", settingsSheet({ 年度公示天数: 10 }));
    const run = await publishYear(await workbook(register), { year: Y, start: "2026-12-01", generatedAt: AT });
    expect(run.publicity?.end).toBe("2026-12-10");
  });

  it("refuses a publicity shorter than 7 days and writes nothing", async () => {
    const register = branch();
    register.set("设置", settingsSheet({ 年度公示天数: 5 }));
    const wb = await workbook(register);
    const before = state(wb);
    const run = await publishYear(wb, { year: Y, start: "2026-12-28", generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.problems.filter((p) => p.severity === "error").map((p) => p.code)).toEqual(["settings.publicity-days"]);
    expect(state(wb)).toBe(before);
  });

  it("shows the period in 年度评星's status line once published", async () => {
    const wb = await published();
    expect(sheet(wb, "2026 年度评星").values.flat()).toContain("状态：拟评（公示时间：2026年12月28日至2027年1月3日）");
    await generateYear(wb, { year: Y, generatedAt: "2026-12-29T09:00:00+08:00" });
    expect(sheet(wb, "2026 年度评星").values.flat()).toContain("状态：拟评（公示时间：2026年12月28日至2027年1月3日）");
  });

  it("throws for a start that is not an ISO date (a programmer mistake)", () => {
    expect(() => planPublish(new Map(), { year: Y, start: "12/1", generatedAt: AT })).toThrow(RangeError);
  });
});

describe("finalizeYear", () => {
  it("is refused without a publicity, saying so, and writes nothing", async () => {
    const wb = await workbook();
    await generateYear(wb, { year: Y, generatedAt: AT });
    const before = state(wb);
    const run = await finalizeYear(wb, { year: Y, today: "2027-01-10", generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.reasons.map((p) => p.code)).toEqual(["register.publicity-missing"]);
    expect(run.reasons[0]).toMatchObject({ severity: "error", place: { ref: "生成记录" }, args: { year: "2026" } });
    expect(state(wb)).toBe(before);
  });

  it("is refused on the last day of the period, and allowed the day after", async () => {
    const wb = await published();
    const early = await finalizeYear(wb, { year: Y, today: "2027-01-03", generatedAt: AT });
    expect(early.blocked).toBe(true);
    expect(early.reasons).toEqual([
      expect.objectContaining({ code: "final.period-not-ended", args: { end: "2027-01-03", earliest: "2027-01-04", today: "2027-01-03" } }),
    ]);
    expect(names(wb)).not.toContain("2026 年度星级");
    const run = await finalizeYear(wb, { year: Y, today: "2027-01-04", generatedAt: AT });
    expect(run.blocked).toBe(false);
    expect(names(wb)).toEqual(expect.arrayContaining(["2026 年度星级", "2026 结果运用", "2026 档案"]));
  });

  it("is refused while an objection is 待核查, listing the open ones", async () => {
    const wb = await published(branch([[2026, "P2", "2026-12-30", "得分偏低", "待核查", "", ""]]));
    const run = await finalizeYear(wb, { year: Y, today: "2027-01-04", generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.reasons).toEqual([
      expect.objectContaining({ code: "final.objection-pending", place: expect.objectContaining({ member: "P2", ref: "异议登记!B2" }) }),
    ]);
    expect(run.openObjections).toEqual([expect.objectContaining({ memberId: "P2", received: "2026-12-30", content: "得分偏低" })]);
    expect(names(wb)).not.toContain("2026 年度星级");
  });

  it("gives both reasons at once", async () => {
    const wb = await published(branch([[2026, "P2", "2026-12-30", "得分偏低", "", "", ""]]));
    const run = await finalizeYear(wb, { year: Y, today: "2026-12-31", generatedAt: AT });
    expect(run.reasons.map((p) => p.code)).toEqual(["final.period-not-ended", "final.objection-pending"]);
  });

  it("writes the final stars with feedback lines, the results usage and the archive", async () => {
    const wb = await published(branch([[2026, "P3", "2026-12-29", "漏记加分", "属实", 1, "赵书记"]]));
    const run = await finalizeYear(wb, { year: Y, today: "2027-01-05", generatedAt: "2027-01-05T10:00:00+08:00" });
    expect(run.blocked).toBe(false);
    expect(run.finalizedOn).toBe("2027-01-05");
    const final = sheet(wb, "2026 年度星级").values;
    // 丙: 70 × 0.7 + 80 × 0.3 = 73.0 → 未评星, raised to 一星级 by the upheld objection.
    expect(rowOf(final, "P3")).toEqual(
      expect.arrayContaining(["未评星", "★☆☆☆☆", "一星级", "经核查调整", "丙同志：您2026年度综合得分73.0分，经异议核查，评定为一星级。"]),
    );
    expect(run.usage?.candidates.map((m) => m.id)).toEqual(["P1"]);
    expect(run.usage?.admonishments).toEqual([]);
    expect(run.usage?.nonParty.map((m) => m.id)).toEqual(["N1"]);
    const log = sheet(wb, "生成记录").values;
    expect(log[log.length - 1].slice(1, 3)).toEqual(["确定年度星级", "2026"]);
    expect(log[log.length - 1][LOG_COLUMNS.note]).toBe("确定日期 2027-01-05");
    expect(lastFinalization(log, Y)?.finalizedOn).toBe("2027-01-05");
  });

  it("lists a 党员 without a star for an admonishment talk, with the deadline", async () => {
    const wb = await published();
    const run = await finalizeYear(wb, { year: Y, today: "2027-01-31", generatedAt: AT });
    // 丙 73.0: no star. 2027-01-31 + 3 months, clamped to the month's end.
    expect(run.usage?.admonishments.map((a) => [a.member.id, a.deadline])).toEqual([["P3", "2027-04-30"]]);
    const outcomes = sheet(wb, "2026 结果运用").values;
    expect(rowOf(outcomes, "P3")[ADMONITION_COLUMNS.deadline]).toBe("2027年4月30日");
  });

  it("keeps the talk date and requirements typed in 结果运用 when finalised again", async () => {
    const wb = await published();
    await finalizeYear(wb, { year: Y, today: "2027-01-04", generatedAt: AT });
    const r = sheet(wb, "2026 结果运用").values.findIndex((x) => x[ADMONITION_COLUMNS.id] === "P3");
    wb.setCell("2026 结果运用", cellAddress(r, ADMONITION_COLUMNS.talkDate), 46400);
    wb.setCell("2026 结果运用", cellAddress(r, ADMONITION_COLUMNS.requirements), "每月汇报学习情况");
    await finalizeYear(wb, { year: Y, today: "2027-01-06", generatedAt: AT });
    const row = rowOf(sheet(wb, "2026 结果运用").values, "P3");
    expect([row[ADMONITION_COLUMNS.talkDate], row[ADMONITION_COLUMNS.requirements]]).toEqual([46400, "每月汇报学习情况"]);
  });

  it("keeps a date typed in the requirements column a date, with its own format", async () => {
    const wb = await published();
    await finalizeYear(wb, { year: Y, today: "2027-01-04", generatedAt: AT });
    const r = sheet(wb, "2026 结果运用").values.findIndex((x) => x[ADMONITION_COLUMNS.id] === "P3");
    const cell = cellAddress(r, ADMONITION_COLUMNS.requirements);
    wb.setCell("2026 结果运用", cell, 46400, "m/d/yy");
    await finalizeYear(wb, { year: Y, today: "2027-01-06", generatedAt: AT });
    const read = (await wb.readSheets(["2026 结果运用"])).get("2026 结果运用")!;
    expect(rowOf(read.values, "P3")[ADMONITION_COLUMNS.requirements]).toBe(46400);
    expect(read.dateFormats?.get(cell)).toBe("m/d/yy");
  });

  it("keeps the date the stars were fixed while the scores and objections are unchanged", async () => {
    const wb = await published();
    await finalizeYear(wb, { year: Y, today: "2027-01-04", generatedAt: AT });
    const again = await finalizeYear(wb, { year: Y, today: "2027-01-20", generatedAt: AT });
    expect(again.finalizedOn).toBe("2027-01-04");
    expect(again.usage?.admonishments[0].deadline).toBe("2027-04-04");
    wb.setCell("异议登记", "A2", 2026);
    for (const [col, value] of [
      ["B", "P1"],
      ["C", "2026-12-30"],
      ["D", "意见"],
      ["E", "不属实"],
    ] as const)
      wb.setCell("异议登记", `${col}2`, value);
    const changed = await finalizeYear(wb, { year: Y, today: "2027-01-21", generatedAt: AT });
    expect(changed.finalizedOn).toBe("2027-01-21");
  });

  it("refuses when the scores changed after the publicity: the year must be publicised again", async () => {
    const wb = await published();
    const record = sheet(wb, "记实考核").values;
    const r = record.findIndex((row) => row[0] === "2026-05" && row[1] === "P1");
    wb.setCell("记实考核", `D${r + 1}`, 17);
    const before = state(wb);
    const run = await finalizeYear(wb, { year: Y, today: "2027-01-04", generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.reasons).toContainEqual(
      expect.objectContaining({
        code: "register.publicity-stale",
        severity: "error",
        args: expect.objectContaining({ start: "2026-12-28", end: "2027-01-03" }),
      }),
    );
    expect(state(wb)).toBe(before);
  });

  it("refuses a publicity logged (by an earlier version) with a start before its notice existed", async () => {
    const wb = await workbook();
    const run = await publishYear(wb, { year: Y, start: "2026-12-28", generatedAt: AT });
    // As the earlier version wrote it: eight columns, the period only in 说明, a start before the day.
    const log = sheet(wb, "生成记录").values.map((row) => row.slice(0, 8));
    log[1][LOG_COLUMNS.note] = "公示 2026-12-20 至 2026-12-26";
    await wb.write({ sheets: [{ name: "生成记录", values: log }] });
    expect(run.blocked).toBe(false);
    const refused = await finalizeYear(wb, { year: Y, today: "2027-01-04", generatedAt: AT });
    expect(refused.blocked).toBe(true);
    expect(refused.reasons).toContainEqual(
      expect.objectContaining({ code: "register.publicity-before-notice", args: expect.objectContaining({ start: "2026-12-20", noticeOn: "2026-12-28" }) }),
    );
  });

  it("is blocked by an objection's error (a star adjusted without 属实) and warns about one received outside the period", async () => {
    const wb = await published(
      branch([
        [2026, "P2", "2026-12-30", "得分偏低", "不属实", 3, "赵书记"],
        [2026, "P1", "2027-01-10", "补充意见", "不属实", "", "赵书记"],
      ]),
    );
    const run = await finalizeYear(wb, { year: Y, today: "2027-01-11", generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.reasons).toEqual([]);
    expect(run.problems).toContainEqual(
      expect.objectContaining({ code: "objection.adjusted-without-upheld", severity: "error", place: expect.objectContaining({ ref: "异议登记!B2" }) }),
    );
    expect(run.problems).toContainEqual(expect.objectContaining({ code: "objection.outside-period", severity: "warning" }));
  });

  it("is blocked when the 异议登记 sheet is missing", async () => {
    const register = branch();
    register.delete("异议登记");
    const wb = await published(register);
    const run = await finalizeYear(wb, { year: Y, today: "2027-01-04", generatedAt: AT });
    expect(run.problems[0]).toMatchObject({ code: "register.sheet-missing", place: { ref: "异议登记" } });
  });

  it("throws for a today that is not an ISO date (a programmer mistake)", () => {
    expect(() => planFinalize(new Map(), { year: Y, today: "today", generatedAt: AT })).toThrow(RangeError);
  });
});

describe("reviewYear", () => {
  it("says what finalisation would do today without writing", async () => {
    const wb = await published(branch([[2026, "P2", "2026-12-30", "得分偏低", "待核查", "", ""]]));
    const before = state(wb);
    const run = await reviewYear(wb, { year: Y, today: "2027-01-04", generatedAt: AT });
    expect(run.change).toBeUndefined();
    expect(run.openObjections.map((o) => o.memberId)).toEqual(["P2"]);
    expect(run.publicity?.end).toBe("2027-01-03");
    expect(state(wb)).toBe(before);
  });
});

describe("archiveMember", () => {
  it("prints one member's archive as `2026 档案-姓名` with the final star once fixed", async () => {
    const wb = await published();
    await finalizeYear(wb, { year: Y, today: "2027-01-04", generatedAt: AT });
    const run = await archiveMember(wb, { year: Y, memberId: "P3", generatedAt: AT });
    expect(run.blocked).toBe(false);
    expect(run.sheetNames).toEqual(["2026 档案-丙"]);
    const text = sheet(wb, "2026 档案-丙").values.flat();
    expect(text).toContain("最终星级：未评星");
    expect(text).toContain("确定日期：2027年1月4日");
    expect(text.filter((v) => v === "党员创先争优活动档案")).toHaveLength(1);
    const log = sheet(wb, "生成记录").values;
    expect(log[log.length - 1].slice(1, 3)).toEqual(["档案", "2026"]);
    expect(log[log.length - 1][LOG_COLUMNS.note]).toBe("丙（P3）");
  });

  it("says the final star is not fixed yet before finalisation", async () => {
    const wb = await workbook();
    const run = await archiveMember(wb, { year: Y, memberId: "N1", generatedAt: AT });
    expect(run.final).toBeNull();
    expect(sheet(wb, "2026 档案-丁").values.flat()).toContain("最终星级：尚未确定（公示期满、异议核查完毕后确定）");
  });

  it("refuses a member without an assessment in the year", async () => {
    const wb = await workbook();
    const run = await archiveMember(wb, { year: Y, memberId: "X9", generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.problems[0]).toMatchObject({ code: "register.archive-member-unknown", args: { id: "X9", year: "2026" } });
  });

  it("refuses to replace a person's sheet of the member archive's name, writing nothing", async () => {
    const wb = await workbook();
    await wb.write({ inputSheets: [{ name: "2026 档案-甲", values: [["手写档案"]] }] });
    const before = state(wb);
    const run = await archiveMember(wb, { year: Y, memberId: "P1", generatedAt: AT });
    expect(run.blocked).toBe(true);
    expect(run.problems[0]).toMatchObject({ code: "register.sheet-not-ours", place: { ref: "2026 档案-甲" } });
    expect(state(wb)).toBe(before);
  });
});

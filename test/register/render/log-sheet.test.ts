import { monthLogEntry, renderLogRow, renderLogSheet, type LogEntry } from "../../../src/register/render/log-sheet";
import { problem } from "../../../src/scheme/problems";
import { assertWithinBounds, monthResult, sampleMembers } from "./fixtures";

const LEGACY_HEADER = ["时间", "操作", "期间", "人数", "错误", "警告", "指纹", "说明"];
const HEADER = [...LEGACY_HEADER, "代码", "日期", "公示开始", "公示截止"];
const entry: LogEntry = {
  at: "2026-12-01T09:30:15+08:00",
  action: "monthly",
  period: "2026-11",
  members: 12,
  errors: 0,
  warnings: 3,
  fingerprint: "0123456789abcdef",
};

describe("renderLogRow", () => {
  it("writes time, action, period, members, errors, warnings, fingerprint and note, then the action's code and dates", () => {
    expect(renderLogRow(entry)).toEqual(["2026-12-01 09:30:15", "月度评星", "2026-11", 12, 0, 3, "0123456789abcdef", "", "monthly", "", "", ""]);
    const publicity = renderLogRow({ ...entry, action: "annualPublicity", period: "2026", publicityStart: "2026-12-01", publicityEnd: "2026-12-07" });
    expect(publicity.slice(8)).toEqual(["annualPublicity", "", "2026-12-01", "2026-12-07"]);
    expect(renderLogRow({ ...entry, action: "approval", on: "2026-11-28" }).slice(8, 10)).toEqual(["approval", "2026-11-28"]);
  });

  it("keeps a period and a fingerprint of digits as text", () => {
    const row = renderLogRow({ ...entry, period: "2026", fingerprint: "1234567890123456" });
    expect(row[2]).toBe("2026");
    expect(row[6]).toBe("1234567890123456");
  });

  it("marks a UTC time as such", () => {
    expect(renderLogRow({ ...entry, at: "2026-12-01T01:30:15.000Z" })[0]).toBe("2026-12-01 01:30:15 UTC");
  });
});

describe("monthLogEntry", () => {
  it("counts the month's members and its problems by severity", () => {
    const result = {
      ...monthResult(sampleMembers()),
      problems: [problem("record.missing", { member: "D007", period: "2026-11" }), problem("settings.weights-sum", {}, {})],
    };
    const e = monthLogEntry(result, entry.at, "abc");
    expect(e).toEqual({ ...entry, fingerprint: "abc", errors: 1, warnings: 1 });
  });
});

describe("renderLogSheet", () => {
  it("starts the log with its header and the first row", () => {
    const plan = renderLogSheet(null, renderLogRow(entry));
    expect(plan.name).toBe("生成记录");
    expect(plan.values).toEqual([HEADER, renderLogRow(entry)]);
    expect(plan.freeze).toEqual({ rows: 1 });
    expect(plan.print).toMatchObject({ paper: "A4", titleRows: "$1:$1" });
    assertWithinBounds(plan);
  });

  it("keeps the previous rows, oldest first, and appends the new one", () => {
    const first = renderLogSheet(null, renderLogRow(entry));
    const second = renderLogSheet(first.values, renderLogRow({ ...entry, at: "2026-12-02T10:00:00+08:00", warnings: 1 }));
    const third = renderLogSheet(second.values, renderLogRow({ ...entry, action: "annual", period: "2026" }));
    expect(third.values.map((r) => r[0])).toEqual(["时间", "2026-12-01 09:30:15", "2026-12-02 10:00:00", "2026-12-01 09:30:15"]);
    expect(third.values[3][1]).toBe("年度评星");
    expect(third.values[1]).toEqual(first.values[1]);
    assertWithinBounds(third);
  });

  it("keeps rows read back without a header, drops blank rows, and treats null as empty", () => {
    const previous = [["2026-11-01 08:00:00", "月度评星", "2026-10", 10, 0, 0, "aa", ""], ["", null, ""], [null]];
    const plan = renderLogSheet(previous, renderLogRow(entry));
    expect(plan.values).toHaveLength(3);
    expect(plan.values[1]).toEqual([...previous[0], "", "", "", ""]);
  });

  it("keeps a column a person added, padding the other rows", () => {
    const previous = [
      [...HEADER, "审核人"],
      ["2026-11-01 08:00:00", "月度评星", "2026-10", 10, 0, 0, "aa", "", "monthly", "", "", "", "试运行"],
    ];
    const plan = renderLogSheet(previous, renderLogRow(entry));
    expect(plan.values[0]).toEqual([...HEADER, "审核人"]);
    expect(plan.values[1][12]).toBe("试运行");
    expect(plan.values[2]).toHaveLength(13);
    expect(plan.columnWidths).toHaveLength(13);
    assertWithinBounds(plan);
  });

  it("moves a log of the earlier eight-column layout into the new one, a person's column shifting right", () => {
    const previous = [
      [...LEGACY_HEADER, "审核人"],
      ["2026-11-01 08:00:00", "党员大会通过", "2026-10", 10, 0, 0, "aa", "通过日期 2026-10-30", "李"],
    ];
    const plan = renderLogSheet(previous, renderLogRow(entry));
    expect(plan.values[0]).toEqual([...HEADER, "审核人"]);
    expect(plan.values[1]).toEqual([...previous[1].slice(0, 8), "", "", "", "", "李"]);
    expect(plan.values[2].slice(0, 12)).toEqual(renderLogRow(entry));
  });

  it("appends several rows written by one action, in order", () => {
    const rows = [renderLogRow({ ...entry, action: "approvalDropped" }), renderLogRow(entry)];
    const plan = renderLogSheet(null, rows);
    expect(plan.values.slice(1).map((r) => r[8])).toEqual(["approvalDropped", "monthly"]);
  });
});

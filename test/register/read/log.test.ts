import { monthHistory, readLog, yearHistory } from "../../../src/register/read/log";
import { isoToSerial } from "../../../src/register/read/values";

const LEGACY = ["时间", "操作", "期间", "人数", "错误", "警告", "指纹", "说明"];
const HEADER = [...LEGACY, "代码", "日期", "公示开始", "公示截止"];

describe("readLog", () => {
  it("reads today's layout from its data columns, not from 说明", () => {
    const log = readLog([
      HEADER,
      ["2026-11-28 10:00:00", "党员大会通过", "2026-11", 25, 0, 1, "aa", "（说明已被改写）", "approval", "2026-11-28", "", ""],
      ["2026-12-01 09:00:00", "年度公示", "2026", 25, 0, 0, "bb", "", "annualPublicity", "", "2026-12-01", "2026-12-07"],
    ]);
    expect(log).toEqual([
      {
        action: "approval",
        period: "2026-11",
        day: "2026-11-28",
        fingerprint: "aa",
        on: "2026-11-28",
        publicityStart: null,
        publicityEnd: null,
        note: "（说明已被改写）",
      },
      {
        action: "annualPublicity",
        period: "2026",
        day: "2026-12-01",
        fingerprint: "bb",
        on: null,
        publicityStart: "2026-12-01",
        publicityEnd: "2026-12-07",
        note: "",
      },
    ]);
  });

  it("reads a log of the earlier eight-column layout from its labels and 说明", () => {
    const log = readLog([
      [...LEGACY, "审核人"],
      ["2026-11-28 10:00:00", "党员大会通过", "2026-11", 25, 0, 1, "aa", "通过日期 2026-11-28", "2027-01-01"],
      ["2026-12-01 09:00:00", "年度公示", "2026", 25, 0, 0, "bb", "公示 2026-12-01 至 2026-12-07", ""],
      ["2027-01-05 09:00:00", "确定年度星级", 2026, 25, 0, 0, "cc", "确定日期 2027-01-05", ""],
      ["2027-01-05 09:00:00", "（手写的一行）", "", "", "", "", "", "", ""],
    ]);
    expect(log.map((r) => [r.action, r.period, r.on, r.publicityStart, r.publicityEnd])).toEqual([
      ["approval", "2026-11", "2026-11-28", null, null],
      ["annualPublicity", "2026", null, "2026-12-01", "2026-12-07"],
      ["finalStars", "2026", "2027-01-05", null, null],
      [null, "", null, null, null],
    ]);
  });

  it("finds the data columns by their header, and reads dates Excel made into serials", () => {
    const log = readLog([
      ["时间", "操作", ...HEADER.slice(2)],
      [(isoToSerial("2026-11-28") as number) + 0.5, "党员大会通过", "2026-11", 1, 0, 0, "aa", "", "approval", isoToSerial("2026-11-27") as number, "", ""],
    ]);
    expect(log[0]).toMatchObject({ day: "2026-11-28", on: "2026-11-27" });
    const moved = [...LEGACY, "审核人", "代码", "日期"];
    expect(readLog([moved, ["2026-11-28 10:00:00", "", "2026-11", 1, 0, 0, "aa", "", "李", "approval", "2026-11-27"]])[0]).toMatchObject({
      action: "approval",
      on: "2026-11-27",
    });
  });

  it("reads rows without a header by position", () => {
    expect(readLog([["2026-11-28 10:00:00", "月度评星", "2026-11", 1, 0, 0, "aa", ""]])[0]).toMatchObject({ action: "monthly", day: "2026-11-28" });
    expect(readLog(null)).toEqual([]);
  });
});

describe("monthHistory and yearHistory", () => {
  const row = (day: string, code: string, period: string, print: string, on = "", start = "", end = "") => [
    `${day} 09:00:00`,
    "",
    period,
    1,
    0,
    0,
    print,
    "",
    code,
    on,
    start,
    end,
  ];

  it("dates the results by their first generation, and an approval holds until withdrawn or dropped", () => {
    const log = readLog([
      HEADER,
      row("2026-11-20", "monthly", "2026-11", "a"),
      row("2026-11-25", "monthly", "2026-11", "b"),
      row("2026-11-26", "monthly", "2026-11", "b"),
      row("2026-11-27", "approval", "2026-11", "b", "2026-11-27"),
      row("2026-11-28", "monthly", "2026-10", "z"),
    ]);
    const h = monthHistory(log, "2026-11");
    expect(h.generatedOn).toBe("2026-11-25");
    expect(h.approval?.on).toBe("2026-11-27");
    const withdrawn = monthHistory([...log, ...readLog([HEADER, row("2026-11-29", "withdrawal", "2026-11", "b", "2026-11-29")])], "2026-11");
    expect(withdrawn.approval).toBeNull();
    expect(withdrawn.lastApprovalEvent?.action).toBe("withdrawal");
  });

  it("dates a year's notice by the first publicity of the same results", () => {
    const log = readLog([
      HEADER,
      row("2026-11-30", "annualPublicity", "2026", "a", "", "2026-12-01", "2026-12-07"),
      row("2026-12-02", "annualPublicity", "2026", "b", "", "2026-12-03", "2026-12-09"),
      row("2026-12-04", "annualPublicity", "2026", "b", "", "2026-12-03", "2026-12-09"),
      row("2026-12-10", "finalStars", "2026", "c", "2026-12-10"),
    ]);
    const h = yearHistory(log, "2026");
    expect(h.publicity?.publicityStart).toBe("2026-12-03");
    expect(h.publicityNoticeOn).toBe("2026-12-02");
    expect(h.finalization?.on).toBe("2026-12-10");
  });
});

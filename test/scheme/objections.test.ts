import { InvalidDateError } from "../../src/scheme/errors";
import { canFinalize, checkObjections } from "../../src/scheme/objections";
import { type Objection } from "../../src/scheme/types";
import { codes } from "./helpers";

const period = { start: "2026-12-01", end: "2026-12-07" };
const objection = (over: Partial<Objection> = {}): Objection => ({
  year: "2026",
  memberId: "1",
  received: "2026-12-03",
  content: "异议内容",
  result: "不属实",
  ref: "异议登记!A2",
  ...over,
});

describe("checkObjections", () => {
  it("accepts a handled objection within the period", () => {
    expect(checkObjections([objection(), objection({ result: "属实", adjustedStars: 3 }), objection({ result: "待核查" })], period)).toEqual([]);
  });

  it.each([
    ["2026-11-30", ["objection.outside-period"]],
    ["2026-12-01", []],
    ["2026-12-07", []],
    ["2026-12-08", ["objection.outside-period"]],
  ])("received %p → %p", (received, expected) => {
    expect(codes(checkObjections([objection({ received })], period))).toEqual(expected);
  });

  it("warns about a late objection with its place and dates", () => {
    expect(checkObjections([objection({ received: "2026-12-09" })], period)).toEqual([
      {
        severity: "warning",
        code: "objection.outside-period",
        place: { member: "1", period: "2026", ref: "异议登记!A2" },
        args: { received: "2026-12-09", start: "2026-12-01", end: "2026-12-07" },
      },
    ]);
  });

  it.each<[Partial<Objection>, string[]]>([
    [{ result: "不属实", adjustedStars: 4 }, ["objection.adjusted-without-upheld"]],
    [{ result: "待核查", adjustedStars: 4 }, ["objection.adjusted-without-upheld"]],
    [{ result: "属实", adjustedStars: 6 }, ["objection.adjusted-invalid"]],
    [{ result: "属实", adjustedStars: 2.5 }, ["objection.adjusted-invalid"]],
    [{ result: "属实", adjustedStars: 0 }, []],
    [{ result: "属实", adjustedStars: null }, ["objection.upheld-without-adjustment"]],
    [{ result: "属实" }, ["objection.upheld-without-adjustment"]],
  ])("%p → %p", (over, expected) => {
    expect(codes(checkObjections([objection(over)], period))).toEqual(expected);
  });

  it("reports conflicting adjusted stars for one member", () => {
    const list = [
      objection({ result: "属实", adjustedStars: 3 }),
      objection({ result: "属实", adjustedStars: 3 }),
      objection({ result: "属实", adjustedStars: 4 }),
    ];
    expect(codes(checkObjections(list, period))).toEqual(["objection.conflicting-adjustments"]);
  });

  it("reports a member not among the given ids", () => {
    expect(codes(checkObjections([objection({ memberId: "X" })], period, { memberIds: ["1", "2"] }))).toEqual(["objection.unknown-member"]);
  });

  it("checks only the given year", () => {
    expect(checkObjections([objection({ year: "2025", received: "2025-12-30" })], period, { year: "2026" })).toEqual([]);
  });

  it("throws for a malformed received date", () => {
    expect(() => checkObjections([objection({ received: "12月3日" })], period)).toThrow(InvalidDateError);
  });
});

describe("canFinalize", () => {
  it.each([
    ["2026-12-07", false],
    ["2026-12-08", true],
    ["2027-01-10", true],
    ["2026-11-30", false],
  ])("today %p after a period ending 2026-12-07 → %p", (today, ok) => {
    expect(canFinalize({ end: "2026-12-07", today, objections: [] }).ok).toBe(ok);
  });

  it("says why the period has not ended", () => {
    expect(canFinalize({ end: "2026-12-07", today: "2026-12-07", objections: [] })).toEqual({
      ok: false,
      reasons: [{ severity: "error", code: "final.period-not-ended", place: {}, args: { end: "2026-12-07", earliest: "2026-12-08", today: "2026-12-07" } }],
    });
  });

  it("refuses while an objection is 待核查", () => {
    const r = canFinalize({ end: "2026-12-07", today: "2026-12-20", objections: [objection({ result: "待核查" }), objection()] });
    expect(r).toEqual({
      ok: false,
      reasons: [
        { severity: "error", code: "final.objection-pending", place: { member: "1", period: "2026", ref: "异议登记!A2" }, args: { received: "2026-12-03" } },
      ],
    });
  });

  it("gives every reason at once", () => {
    const r = canFinalize({ end: "2026-12-07", today: "2026-12-05", objections: [objection({ result: "待核查" })] });
    expect(r.ok === false && codes(r.reasons)).toEqual(["final.period-not-ended", "final.objection-pending"]);
  });

  it("ignores pending objections of other years when a year is given", () => {
    expect(canFinalize({ end: "2026-12-07", today: "2026-12-20", objections: [objection({ year: "2025", result: "待核查" })], year: "2026" })).toEqual({
      ok: true,
    });
  });

  it("throws for a malformed today", () => {
    expect(() => canFinalize({ end: "2026-12-07", today: "now", objections: [] })).toThrow(InvalidDateError);
  });
});

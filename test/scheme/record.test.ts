import { DEFAULT_CRITERIA } from "../../src/scheme/criteria";
import { memberRecord, recordScore } from "../../src/scheme/record";
import { type Adjustment, type RecordRow } from "../../src/scheme/types";
import { adjustment, codes } from "./helpers";

const place = { member: "1", period: "2026-11" };
const row = (points: Record<string, number | null>, over: Partial<RecordRow> = {}): RecordRow => ({
  period: "2026-11",
  memberId: "1",
  points,
  ref: "记实考核!A2",
  ...over,
});
const full = (c5: number | null) => ({ C1: 20, C2: 20, C3: 20, C4: 20, C5: c5 });

describe("recordScore", () => {
  it.each([
    [[20, 20, 20, 20, 12.85], [], 1, 92.9],
    [[20, 20, 20, 20, 20], [], 1, 100],
    [[20, 20, 20, 20, 20], [5], 1, 100],
    [[0, 0, 0, 0, 0], [], 1, 0],
    [[0, 0, 0, 0, 1], [-5], 1, 0],
    [[18, 18, 18, 18, 18], [2, -1.5], 1, 90.5],
    [[18, 18, 18, 18, 17.95], [], 1, 90],
    [[18, 18, 18, 18, 17.95], [], 2, 89.95],
    [[18, 18, 18, 18, 17.95], [], 0, 90],
    [[16.99], [0.005], 2, 17],
    [[19.1, 19.2, 19.3, 19.4, 19.5], [], 1, 96.5],
  ])("points %p with adjustments %p to %p places → %p (clamped 0–100, rounded half-up)", (points, adjustments, decimals, expected) => {
    expect(recordScore(points, adjustments, decimals)).toBe(expected);
  });

  it.each([
    [[100.001], [], 100],
    [[-0.001], [], 0],
    [[20.125, 20], [-0.125], 40],
    [[33.333], [33.334], 66.7],
  ])("clamps and rounds %p + %p exactly on the BigInt path → %p", (points, adjustments, expected) => {
    expect(recordScore(points, adjustments, 1)).toBe(expected);
  });

  it("sums exactly where binary addition drifts", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(recordScore([0.1, 0.2], [], 2)).toBe(0.3);
    expect(recordScore([84.945], [0.005], 1)).toBe(85); // 84.95 exactly → 85.0
  });
});

describe("memberRecord", () => {
  it("scores a complete row", () => {
    const r = memberRecord(row(full(12.85)), [], DEFAULT_CRITERIA, 1, place);
    expect(r).toEqual({ record: 92.9, status: "scored", adjustmentTotal: 0, problems: [] });
  });

  it("adds the adjustments ledger", () => {
    const adjs: Adjustment[] = [adjustment("2026-11", "1", 3), adjustment("2026-11", "1", -1.5)];
    const r = memberRecord(row(full(10)), adjs, DEFAULT_CRITERIA, 1, place);
    expect(r.record).toBe(91.5);
    expect(r.adjustmentTotal).toBe(1.5);
  });

  it("is 未考核 without a row, with a warning", () => {
    const r = memberRecord(undefined, [], DEFAULT_CRITERIA, 1, place);
    expect(r).toMatchObject({ record: null, status: "未考核" });
    expect(r.problems).toEqual([{ severity: "warning", code: "record.missing", place, args: {} }]);
  });

  it("is 不参评 with its reason and no warning", () => {
    const r = memberRecord(row({}, { exempt: true, exemptReason: " 长期病假 " }), [], DEFAULT_CRITERIA, 1, place);
    expect(r).toEqual({ record: null, status: "不参评", exemptReason: "长期病假", adjustmentTotal: 0, problems: [] });
  });

  it("warns about 不参评 without a reason", () => {
    const r = memberRecord(row({}, { exempt: true }), [], DEFAULT_CRITERIA, 1, place);
    expect(r.status).toBe("不参评");
    expect(r.exemptReason).toBeUndefined();
    expect(codes(r.problems)).toEqual(["record.exempt-without-reason"]);
  });

  it.each([
    ["未考核", undefined],
    ["不参评", row({}, { exempt: true, exemptReason: "流动党员" })],
  ])("ignores adjustments when %s, with a warning", (status, r) => {
    const out = memberRecord(r, [adjustment("2026-11", "1", 2, { ref: "加减分!C2" })], DEFAULT_CRITERIA, 1, place);
    const p = out.problems.find((x) => x.code === "adjustment.without-record");
    expect(p).toMatchObject({ place: { ...place, ref: "加减分!C2" }, args: { status } });
    expect(out.record).toBeNull();
  });

  it.each([
    [21, "record.points-out-of-range"],
    [-1, "record.points-out-of-range"],
    [NaN, "record.points-invalid"],
  ])("reports %p points as %p on that cell, never clamped silently", (value, code) => {
    const r = memberRecord(row(full(value), { pointRefs: { C5: "记实考核!H2" } }), [], DEFAULT_CRITERIA, 1, place);
    expect(r.problems).toEqual([expect.objectContaining({ severity: "error", code, place: { ...place, criterion: "C5", ref: "记实考核!H2" } })]);
  });

  it("accepts the boundaries 0 and max", () => {
    expect(memberRecord(row({ C1: 0, C2: 20, C3: 20, C4: 20, C5: 20 }), [], DEFAULT_CRITERIA, 1, place).problems).toEqual([]);
  });

  it("reports a blank criterion as an error on its cell: a forgotten cell is never published as 0", () => {
    const r = memberRecord(row(full(null), { pointRefs: { C5: "记实考核!H2" } }), [], DEFAULT_CRITERIA, 1, place);
    expect(r.problems).toEqual([expect.objectContaining({ severity: "error", code: "record.points-blank" })]);
    expect(r.problems[0]?.place).toEqual({ ...place, criterion: "C5", ref: "记实考核!H2" });
  });

  it("counts a missing criterion key as blank", () => {
    const r = memberRecord(row({ C1: 20, C2: 20, C3: 20, C4: 20 }), [], DEFAULT_CRITERIA, 1, place);
    expect(codes(r.problems)).toEqual(["record.points-blank"]);
  });

  it("reports points under an unknown criterion code and does not count them", () => {
    const r = memberRecord(row({ ...full(10), C9: 5 }), [], DEFAULT_CRITERIA, 1, place);
    expect(r.record).toBe(90);
    expect(r.problems).toEqual([expect.objectContaining({ code: "record.unknown-criterion", place: { ...place, criterion: "C9", ref: "记实考核!A2" } })]);
  });

  it("reports an adjustment with invalid points and leaves it out", () => {
    const r = memberRecord(row(full(10)), [adjustment("2026-11", "1", NaN, { ref: "加减分!C3" })], DEFAULT_CRITERIA, 1, place);
    expect(r.record).toBe(90);
    expect(r.problems).toEqual([expect.objectContaining({ code: "adjustment.points-invalid", place: { ...place, ref: "加减分!C3" } })]);
  });

  it("warns about an adjustment without a reason but counts it", () => {
    const r = memberRecord(row(full(10)), [adjustment("2026-11", "1", 2, { reason: "  " })], DEFAULT_CRITERIA, 1, place);
    expect(r.record).toBe(92);
    expect(codes(r.problems)).toEqual(["adjustment.reason-missing"]);
  });
});

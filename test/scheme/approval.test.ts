import { approvalStatus, checkApproval } from "../../src/scheme/approval";
import { InvalidDateError } from "../../src/scheme/errors";
import { codes } from "./helpers";

describe("approval", () => {
  it.each([
    [undefined, "拟评"],
    [null, "拟评"],
    ["", "拟评"],
    ["2026-11-28", "已通过"],
  ])("approval date %p → %s", (date, status) => {
    expect(approvalStatus(date)).toBe(status);
  });

  it("accepts an approval in or after the period", () => {
    expect(checkApproval("2026-11", "2026-11-28", "2026-12-01")).toEqual({ status: "已通过", problems: [] });
    expect(checkApproval("2026-11", "2026-12-03")).toEqual({ status: "已通过", problems: [] });
    expect(checkApproval("2026", "2027-01-05")).toEqual({ status: "已通过", problems: [] });
  });

  it("has nothing to check without a date", () => {
    expect(checkApproval("2026-11", null)).toEqual({ status: "拟评", problems: [] });
  });

  it("warns about an approval before the period began", () => {
    expect(codes(checkApproval("2026-11", "2026-10-31").problems)).toEqual(["approval.before-period"]);
    expect(codes(checkApproval("2026", "2025-12-31").problems)).toEqual(["approval.before-period"]);
  });

  it("warns about an approval after today", () => {
    const { problems } = checkApproval("2026-11", "2026-12-02", "2026-12-01");
    expect(problems).toEqual([
      { severity: "warning", code: "approval.in-future", place: { period: "2026-11" }, args: { approvedOn: "2026-12-02", today: "2026-12-01" } },
    ]);
  });

  it("throws for malformed dates or periods", () => {
    expect(() => checkApproval("2026-11", "28/11/2026")).toThrow(InvalidDateError);
    expect(() => checkApproval("2026-11", "2026-11-28", "today")).toThrow(InvalidDateError);
    expect(() => checkApproval("26", "2026-11-28")).toThrow(InvalidDateError);
  });
});

import { assessedIn, assessedOnDay, monthsAssessedIn, validateRoster } from "../../src/scheme/roster";
import { type Kind } from "../../src/scheme/types";
import { codes, member } from "./helpers";

describe("assessedIn", () => {
  it.each([
    ["no dates", {}, true],
    ["joined before the month", { joined: "2026-10-15" }, true],
    ["joined on the month’s last day", { joined: "2026-11-30" }, true],
    ["joined on the first day of the next month", { joined: "2026-12-01" }, false],
    ["left on the first day of the next month", { left: "2026-12-01" }, true],
    ["left on the month’s last day", { left: "2026-11-30" }, false],
    ["left on the day before the last day", { left: "2026-11-29" }, false],
    ["left earlier in the year", { left: "2026-03-10" }, false],
    ["joined and left in the month", { joined: "2026-11-02", left: "2026-11-20" }, false],
  ])("%s → %p in 2026-11", (_, dates, expected) => {
    expect(assessedIn(member("1", dates), "2026-11")).toBe(expected);
  });

  it("uses the real last day of February", () => {
    expect(assessedIn(member("1", { left: "2026-02-28" }), "2026-02")).toBe(false);
    expect(assessedIn(member("1", { left: "2024-02-29" }), "2024-02")).toBe(false);
    expect(assessedIn(member("1", { left: "2024-03-01" }), "2024-02")).toBe(true);
  });

  it("treats empty date strings as no date", () => {
    expect(assessedOnDay(member("1", { joined: "", left: "" }), "2026-01-31")).toBe(true);
  });

  it("lists the months of a year in which a member is assessed", () => {
    expect(monthsAssessedIn(member("1", { joined: "2026-10-05" }), "2026")).toEqual(["2026-10", "2026-11", "2026-12"]);
    expect(monthsAssessedIn(member("1", { left: "2026-02-28" }), "2026")).toEqual(["2026-01"]);
  });
});

describe("validateRoster", () => {
  it("accepts a clean roster", () => {
    expect(validateRoster([member("1"), member("2", { joined: "2026-01-01", left: "2026-06-30" })])).toEqual([]);
  });

  it.each([
    ["a missing id", [member("")], ["roster.missing-id"]],
    ["a duplicate id", [member("1"), member("1")], ["roster.duplicate-id"]],
    ["an invalid date", [member("1", { joined: "2026-02-30" })], ["roster.invalid-date"]],
    ["left before joined", [member("1", { joined: "2026-05-01", left: "2026-04-01" })], ["roster.left-before-joined"]],
    ["an unknown kind", [member("1", { kind: "群众" as Kind })], ["roster.invalid-kind"]],
  ])("reports %s", (_, members, expected) => {
    expect(codes(validateRoster(members))).toEqual(expected);
  });

  it("carries the member and ref", () => {
    const [p] = validateRoster([member("1"), member("1", { ref: "人员名册!A3" })]);
    expect(p?.place).toEqual({ member: "1", ref: "人员名册!A3" });
    expect(p?.severity).toBe("error");
  });
});

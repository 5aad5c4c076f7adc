/**
 * 每票优秀上限 (docs/rules.md "Cap on 优秀 per ballot"): the cap's exact arithmetic, and void ballots in the
 * monthly and annual computations.
 */
import { excellentCap, isValidShare, shareFromNumber, shareOf, shareText, type Share } from "../../src/scheme/excellent-cap";
import { computeMonth } from "../../src/scheme/month";
import { validateSettings } from "../../src/scheme/settings";
import { type Mark } from "../../src/scheme/types";
import { computeYear } from "../../src/scheme/year";
import { ballot, codes, member, monthInput, record, settings, withCode, yearInput } from "./helpers";

const P = "2026-11";
const THIRD: Share = { numerator: 1, denominator: 3 };
const PCT33: Share = { numerator: 33, denominator: 100 };

describe("excellentCap", () => {
  it.each([
    ["1/3 of 25", THIRD, 25, 8],
    ["1/3 of 24 (exactly 8, never 7.999…)", THIRD, 24, 8],
    ["1/3 of 3", THIRD, 3, 1],
    ["1/3 of 2", THIRD, 2, 0],
    ["33% of 25 (⌊8.25⌋)", PCT33, 25, 8],
    ["0.33 of 3 (⌊0.99⌋)", PCT33, 3, 0],
    ["33% of 100", PCT33, 100, 33],
    ["0 of 25", { numerator: 0, denominator: 1 }, 25, 0],
    ["1 of 25", { numerator: 1, denominator: 1 }, 25, 25],
    ["1/3 of 3,000,000,000,000,000 (no overflow)", THIRD, 3e15, 1e15],
  ])("%s", (_, share, assessed, cap) => {
    expect(excellentCap(share, assessed)).toBe(cap);
  });

  it("is null without a share (no cap)", () => {
    expect(excellentCap(null, 25)).toBeNull();
  });
});

describe("shares", () => {
  it("reads a cell number exactly, and =1/3 as one third", () => {
    expect(shareFromNumber(0.33)).toEqual(PCT33);
    expect(shareFromNumber(0.25)).toEqual({ numerator: 1, denominator: 4 });
    expect(shareFromNumber(1 / 3)).toEqual(THIRD);
    expect(shareFromNumber(2 / 7)).toEqual({ numerator: 2, denominator: 7 });
    expect(shareFromNumber(0.333)).toEqual({ numerator: 333, denominator: 1000 });
    expect(shareFromNumber(Number.NaN)).toBeNull();
  });

  it("reduces fractions and keeps the sign on the numerator", () => {
    expect(shareOf(2, 6)).toEqual(THIRD);
    expect(shareOf(1, -3)).toEqual({ numerator: -1, denominator: 3 });
    expect(shareOf(1, 0)).toBeNull();
  });

  it("prints a share as a percentage when it is one, else as a fraction", () => {
    expect(shareText(PCT33)).toBe("33%");
    expect(shareText(THIRD)).toBe("1/3");
    expect(shareText({ numerator: 333, denominator: 1000 })).toBe("33.3%");
  });

  it.each([
    [THIRD, true],
    [{ numerator: 0, denominator: 1 }, true],
    [{ numerator: 1, denominator: 1 }, true],
    [{ numerator: -1, denominator: 3 }, false],
    [{ numerator: 4, denominator: 3 }, false],
    [{ numerator: 1, denominator: 0 }, false],
    [{ numerator: 0.5, denominator: 1 }, false],
  ])("accepts only 0 ≤ share ≤ 1: %o → %s", (share, valid) => {
    expect(isValidShare(share)).toBe(valid);
    expect(codes(validateSettings(settings({ excellentCap: share }))).includes("settings.excellent-cap")).toBe(!valid);
  });

  it("names the setting in the error", () => {
    const [p] = withCode(validateSettings(settings({ excellentCap: { numerator: 3, denominator: 2 } })), "settings.excellent-cap");
    expect(p).toMatchObject({ severity: "error", place: { setting: "每票优秀上限" }, args: { value: "150%" } });
  });
});

/** `n` 党员 with records, ids 01..n. */
function branch(n: number) {
  const members = Array.from({ length: n }, (_, i) => member(String(i + 1).padStart(2, "0")));
  return { members, records: members.map((m) => record(P, m.id, 90)) };
}

/** A ballot marking the first `excellent` members 优秀 and the rest 合格. */
function marking(members: { id: string }[], excellent: number, over: Record<string, Mark> = {}) {
  const marks: Record<string, Mark> = {};
  members.forEach((m, i) => (marks[m.id] = i < excellent ? "优秀" : "合格"));
  return ballot(P, { ...marks, ...over }, { ref: `民主评议!A${excellent + 2}` });
}

describe("void ballots in a month", () => {
  it.each([
    // assessed, share, 优秀 written on the tested ballot, void?
    ["cap exactly reached: 8 of 25 under 1/3", 25, THIRD, 8, false],
    ["one over: 9 of 25 under 1/3", 25, THIRD, 9, true],
    ["1/3 of 24 is 8: 8 counts", 24, THIRD, 8, false],
    ["1/3 of 24 is 8: 9 is void", 24, THIRD, 9, true],
    ["1/3 of 3 is 1: 1 counts", 3, THIRD, 1, false],
    ["1/3 of 3 is 1: 2 is void", 3, THIRD, 2, true],
    ["33% of 25 is 8: 8 counts", 25, PCT33, 8, false],
    ["33% of 25 is 8: 9 is void", 25, PCT33, 9, true],
    ["0.33 of 3 is 0: one 优秀 is void", 3, PCT33, 1, true],
    ["0.33 of 3 is 0: no 优秀 counts", 3, PCT33, 0, false],
    ["no cap: 25 of 25 counts", 25, null, 25, false],
  ])("%s", (_, n, share, excellent, isVoid) => {
    const { members, records } = branch(n);
    const tested = marking(members, excellent);
    const others = [marking(members, 0), marking(members, 0), marking(members, 0)];
    const r = computeMonth(monthInput(P, { members, records, ballots: [tested, ...others], settings: settings({ excellentCap: share }) }));
    const first = r.members.find((m) => m.id === "01")!;
    expect(first.validMarks).toBe(isVoid ? 3 : 4);
    expect(r.ballots).toEqual({
      counted: isVoid ? 3 : 4,
      void: isVoid ? 1 : 0,
      excellentCap: share === null ? null : Math.floor((share.numerator * n) / share.denominator),
    });
    const warnings = withCode(r.problems, "ballot.excellent-cap");
    if (isVoid) {
      expect(warnings).toEqual([
        {
          severity: "warning",
          code: "ballot.excellent-cap",
          place: { period: P, ballot: tested.ballotNo, ref: tested.ref },
          args: { ballotNo: tested.ballotNo, excellent, cap: r.ballots.excellentCap! },
        },
      ]);
      // Nothing of the void ballot counts: every member's score comes from the other three (合格 = 80).
      expect(r.members.every((m) => m.appraisal === 80 && m.validMarks === 3)).toBe(true);
    } else {
      expect(warnings).toEqual([]);
    }
  });

  it("never counts numeric marks, even 100, towards the cap", () => {
    const { members, records } = branch(3);
    const b = ballot(P, { "01": 100, "02": 100, "03": "优秀" });
    const r = computeMonth(monthInput(P, { members, records, ballots: [b], settings: settings({ excellentCap: THIRD }) }));
    expect(r.ballots.void).toBe(0);
    expect(r.members.map((m) => m.appraisal)).toEqual([100, 100, 100]);
  });

  it("reads 优秀 as markPoints does (surrounding spaces), and no other grade", () => {
    const { members, records } = branch(3);
    const b = ballot(P, { "01": " 优秀 ", "02": "优秀", "03": "合格" });
    const r = computeMonth(monthInput(P, { members, records, ballots: [b], settings: settings({ excellentCap: THIRD }) }));
    expect(r.ballots.void).toBe(1);
  });

  it("makes a member whose only mark was on a void ballot 未评议, and one left with too few 票数不足", () => {
    const { members, records } = branch(3);
    const voidBallot = ballot(P, { "01": "优秀", "02": "优秀" });
    const other = ballot(P, { "02": "合格" });
    const r = computeMonth(monthInput(P, { members, records, ballots: [voidBallot, other], settings: settings({ excellentCap: THIRD }) }));
    const [a, b] = r.members.filter((m) => m.id !== "03").sort((x, y) => x.id.localeCompare(y.id));
    expect(a).toMatchObject({ id: "01", appraisal: null, validMarks: 0, appraisalStatus: "未评议" });
    expect(b).toMatchObject({ id: "02", appraisal: 80, validMarks: 1, appraisalStatus: "票数不足" });
    expect(withCode(r.problems, "appraisal.none").map((p) => p.place.member)).toEqual(["01", "03"]);
  });

  it("leaves a void ballot out of trimming", () => {
    const { members, records } = branch(3);
    // Five ballots with trimming: 100, 80, 80, 80, 60 → drop 100 and 60 → 80. Void the 100 and four remain: no trim.
    const marks: Mark[] = ["合格", "合格", "基本合格", "合格"];
    const counted = marks.map((m) => ballot(P, { "01": m }));
    const voidBallot = ballot(P, { "01": "优秀", "02": "优秀" });
    const r = computeMonth(
      monthInput(P, { members, records, ballots: [voidBallot, ...counted], settings: settings({ excellentCap: THIRD, trimExtremes: true }) }),
    );
    expect(r.members.find((m) => m.id === "01")).toMatchObject({ validMarks: 4, appraisal: 75 });
  });

  it("counts every mark written 优秀 as written: for a member not assessed, and for oneself", () => {
    // 01 and 02 assessed; 03 left the roster before the month ends. With 1/2 the cap is ⌊2/2⌋ = 1.
    const members = [member("01"), member("02"), member("03", { left: "2026-10-15" })];
    const records = [record(P, "01", 90), record(P, "02", 90)];
    const half: Share = { numerator: 1, denominator: 2 };
    const notAssessed = ballot(P, { "01": "优秀", "03": "优秀" });
    const self = ballot(P, { "01": "优秀", "02": "优秀" }, { voterId: "02", voterName: "姓名02" });
    const fine = ballot(P, { "01": "优秀", "02": "合格" });
    const r = computeMonth(monthInput(P, { members, records, ballots: [notAssessed, self, fine], settings: settings({ excellentCap: half }) }));
    expect(r.ballots).toEqual({ counted: 1, void: 2, excellentCap: 1 });
    expect(withCode(r.problems, "ballot.excellent-cap").map((p) => p.args.ballotNo)).toEqual([notAssessed.ballotNo, self.ballotNo]);
    // The void ballots' marks are left out without the warnings about marks left out.
    expect(codes(r.problems)).not.toContain("ballot.member-not-assessed");
    expect(codes(r.problems)).not.toContain("ballot.self-mark");
  });

  it("still reports errors in what a void ballot says", () => {
    const { members, records } = branch(3);
    const b = ballot(P, { "01": "优秀", "02": "优秀", "03": "很好" });
    const r = computeMonth(monthInput(P, { members, records, ballots: [b], settings: settings({ excellentCap: THIRD }) }));
    expect(r.ballots.void).toBe(1);
    expect(codes(r.problems)).toContain("ballot.invalid-mark");
  });

  it("counts the cap over 党员 and 党外 together", () => {
    const members = [member("01"), member("02"), member("03", { kind: "党外" })];
    const records = members.map((m) => record(P, m.id, 90));
    const r = computeMonth(monthInput(P, { members, records, ballots: [ballot(P, { "01": "优秀" })], settings: settings({ excellentCap: THIRD }) }));
    expect(r.ballots).toEqual({ counted: 1, void: 0, excellentCap: 1 });
  });

  it("does not examine a duplicate ballot, and counts it apart", () => {
    const { members, records } = branch(3);
    const a = ballot(P, { "01": "合格" }, { ballotNo: "X" });
    const b = ballot(P, { "01": "优秀", "02": "优秀" }, { ballotNo: "X" });
    const r = computeMonth(monthInput(P, { members, records, ballots: [a, b], settings: settings({ excellentCap: THIRD }) }));
    expect(r.ballots).toEqual({ counted: 1, void: 0, excellentCap: 1 });
    expect(codes(r.problems)).toContain("ballot.duplicate-number");
  });

  it("uses the default (no cap) for an invalid share, reporting the error", () => {
    const { members, records } = branch(3);
    const r = computeMonth(
      monthInput(P, { members, records, ballots: [marking(members, 3)], settings: settings({ excellentCap: { numerator: 4, denominator: 3 } }) }),
    );
    expect(r.ballots).toEqual({ counted: 1, void: 0, excellentCap: null });
    expect(codes(r.problems)).toContain("settings.excellent-cap");
  });
});

describe("void ballots in the annual appraisal", () => {
  it("caps the year-end ballots by those assessed in December", () => {
    // Four members; 04 leaves in October: three are assessed in December, so 1/2 gives ⌊3/2⌋ = 1, where all
    // four (those listed in the year) would give 2 and let the first ballot count.
    const Y = "2026";
    const members = [member("01"), member("02"), member("03"), member("04", { left: "2026-10-15" })];
    const records = members.flatMap((m) => ["2026-01", "2026-02"].map((p) => record(p, m.id, 90)));
    const half: Share = { numerator: 1, denominator: 2 };
    const two = ballot(Y, { "01": "优秀", "02": "优秀", "03": "合格" });
    const one = ballot(Y, { "01": "优秀", "02": "合格", "03": "合格" });
    const r = computeYear(yearInput(Y, { members, records, ballots: [two, one], settings: settings({ excellentCap: half }) }));
    expect(r.annualBallots).toEqual({ counted: 1, void: 1, excellentCap: 1 });
    expect(withCode(r.problems, "ballot.excellent-cap")).toHaveLength(1);
    expect(r.members.find((m) => m.id === "01")).toMatchObject({ annualAppraisal: 100, annualValidMarks: 1 });
    expect(r.members.find((m) => m.id === "02")).toMatchObject({ annualAppraisal: 80, annualValidMarks: 1 });
  });

  it("reports no cap and no void ballot by default", () => {
    const r = computeYear(yearInput("2026", { members: [member("01")], records: [record("2026-01", "01", 90)], ballots: [ballot("2026", { "01": "优秀" })] }));
    expect(r.annualBallots).toEqual({ counted: 1, void: 0, excellentCap: null });
  });
});

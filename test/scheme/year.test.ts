import { monthsOfYear } from "../../src/scheme/dates";
import { InvalidDateError } from "../../src/scheme/errors";
import { computeYear, type MemberYear, type YearResult } from "../../src/scheme/year";
import { ballot, ballots, codes, member, record, settings, withCode, yearInput } from "./helpers";

const Y = "2026";
const MONTHS = monthsOfYear(Y);
const byId = (r: YearResult, id: string): MemberYear => {
  const m = r.members.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id}`);
  return m;
};
/** Records for a member: one score per month, null = no row. */
const records = (id: string, scores: (number | null)[]) => scores.flatMap((s, i) => (s === null ? [] : [record(MONTHS[i] as string, id, s)]));
/** Monthly ballots giving each member the same mark every month (3 anonymous ballots a month, one from a 群众代表). */
const monthly = (marks: Record<string, string | number>) => MONTHS.flatMap((p) => [...ballots(p, 2, marks), ballot(p, marks, { role: "群众代表" })]);

describe("computeYear", () => {
  it("throws for a year that is not YYYY", () => {
    expect(() => computeYear(yearInput("26"))).toThrow(InvalidDateError);
  });

  describe("a full year", () => {
    const input = yearInput(Y, {
      members: [member("1", { name: "张三", group: "一组" }), member("2"), member("9", { kind: "党外" })],
      records: [
        ...records("1", new Array(12).fill(90)),
        ...records("2", [80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91.5]),
        ...records("9", new Array(12).fill(95)),
      ],
      ballots: [
        ...monthly({ "1": "合格", "2": "优秀", "9": "优秀" }),
        ...ballots(Y, 3, { "1": "优秀", "2": "合格", "9": "优秀" }),
        ballot(Y, { "1": "基本合格", "9": "合格" }),
      ],
    });
    const r = computeYear(input);

    it("averages the monthly records, rounded first", () => {
      expect(byId(r, "2").recordAverage).toBe(85.5); // 1026.5 / 12 = 85.541… → 85.5
      expect(byId(r, "1").recordAverage).toBe(90);
    });

    it("takes the annual appraisal from the YYYY ballots", () => {
      expect(byId(r, "1")).toMatchObject({ annualAppraisal: 90, annualValidMarks: 4, appraisalSource: "annual" });
      expect(byId(r, "2")).toMatchObject({ annualAppraisal: 80, annualValidMarks: 3 });
    });

    it("scores record_avg × 70% + annual appraisal × 30%, rounded", () => {
      expect(byId(r, "1")).toMatchObject({ score: 90, stars: 4, label: "四星级", starText: "★★★★☆" });
      expect(byId(r, "2")).toMatchObject({ score: 83.9, stars: 2, label: "二星级" }); // 59.85 + 24 = 83.85 → 83.9
      expect(byId(r, "9")).toMatchObject({ annualAppraisal: 95, score: 95, stars: 5 }); // (100 × 3 + 80) / 4 = 95
    });

    it("ranks 党员 and 党外 apart", () => {
      expect(r.members.map((m) => [m.id, m.rank])).toEqual([
        ["1", 1],
        ["2", 2],
        ["9", 1],
      ]);
    });

    it("keeps the twelve months of every member", () => {
      const m = byId(r, "1");
      expect(m.months).toHaveLength(12);
      expect(m.months.every((x) => x !== null && x.record === 90 && x.appraisal === 80)).toBe(true);
      expect(r.months.map((x) => x.period)).toEqual(MONTHS);
      expect(m).toMatchObject({ monthsOnRoster: 12, monthsAssessed: 12, group: "一组", flags: [] });
    });

    it("counts the distribution and has no problems", () => {
      expect(r.distribution).toEqual({ 党员: [0, 0, 1, 0, 1, 0], 党外: [0, 0, 0, 0, 0, 1], unscored: { 党员: 0, 党外: 0 } });
      expect(r.problems).toEqual([]);
      expect(r.decimals).toBe(1);
      expect(r.year).toBe(Y);
    });
  });

  it("falls back to the mean of monthly appraisals, flagged 按月度评议均值", () => {
    const marks = MONTHS.flatMap((p, i) => [
      ...ballots(p, 2, { "1": i < 6 ? "优秀" : "合格" }),
      ballot(p, { "1": i < 6 ? "优秀" : "合格" }, { role: "群众代表" }),
    ]);
    const r = computeYear(yearInput(Y, { members: [member("1")], records: records("1", new Array(12).fill(90)), ballots: marks }));
    expect(byId(r, "1")).toMatchObject({ annualAppraisal: 90, appraisalSource: "monthly-mean", flags: ["按月度评议均值"], score: 90 });
    expect(r.problems).toEqual([{ severity: "warning", code: "annual.appraisal-monthly-mean", place: { member: "1", period: Y }, args: { months: 12 } }]);
  });

  it("means the rounded monthly appraisals exactly", () => {
    // months alternate 86.7 (优秀, 优秀, 基本合格) and 80 (合格 ×3): mean 83.35 → 83.4
    const marks = MONTHS.flatMap((p, i) =>
      i % 2 === 0
        ? [ballot(p, { "1": "优秀" }, { role: "群众代表" }), ballot(p, { "1": "优秀" }), ballot(p, { "1": "基本合格" })]
        : [...ballots(p, 2, { "1": "合格" }), ballot(p, { "1": "合格" }, { role: "群众代表" })],
    );
    const r = computeYear(yearInput(Y, { members: [member("1")], records: records("1", new Array(12).fill(90)), ballots: marks }));
    expect(byId(r, "1").annualAppraisal).toBe(83.4);
  });

  it("rounds record_avg first: 85.55 → 85.6, then 85.6 × 70% + 77.1 × 30% = 83.05 → 83.1", () => {
    const r = computeYear(
      yearInput(Y, {
        settings: settings({ annualMinMonths: 2 }),
        members: [member("1")],
        records: records("1", [85.5, 85.6]),
        ballots: ballots(Y, 3, { "1": 77.1 }),
      }),
    );
    expect(byId(r, "1")).toMatchObject({ recordAverage: 85.6, annualAppraisal: 77.1, score: 83.1 });
    // from the unrounded average the score would be 59.885 + 23.13 = 83.015 → 83.0
  });

  it("gives no score without any appraisal", () => {
    const r = computeYear(yearInput(Y, { members: [member("1")], records: records("1", new Array(12).fill(90)) }));
    expect(byId(r, "1")).toMatchObject({
      annualAppraisal: null,
      appraisalSource: null,
      score: null,
      stars: null,
      status: "unappraised",
      label: "未评议",
      flags: ["未评议"],
    });
    expect(withCode(r.problems, "annual.no-appraisal")).toHaveLength(1);
  });

  it("warns with fewer assessed months than the minimum (6), and still scores", () => {
    const r = computeYear(
      yearInput(Y, {
        members: [member("1")],
        records: records("1", [90, 90, 90, 90, 90, null, null, null, null, null, null, null]),
        ballots: ballots(Y, 3, { "1": "优秀" }),
      }),
    );
    expect(byId(r, "1")).toMatchObject({ monthsAssessed: 5, monthsOnRoster: 12, score: 93, flags: ["考核月数不足"] });
    expect(withCode(r.problems, "annual.few-months")).toEqual([
      { severity: "warning", code: "annual.few-months", place: { member: "1", period: Y }, args: { months: 5, minMonths: 6 } },
    ]);
  });

  it("does not warn with exactly the minimum", () => {
    const r = computeYear(yearInput(Y, { members: [member("1")], records: records("1", [90, 90, 90, 90, 90, 90]), ballots: ballots(Y, 3, { "1": "优秀" }) }));
    expect(withCode(r.problems, "annual.few-months")).toEqual([]);
  });

  it("leaves 未考核 and 不参评 months out of the record average", () => {
    const recs = [...records("1", [80, 100, null]), record("2026-04", "1", 0, { exempt: true, exemptReason: "病假" })];
    const r = computeYear(
      yearInput(Y, { members: [member("1")], settings: settings({ annualMinMonths: 2 }), records: recs, ballots: ballots(Y, 3, { "1": "优秀" }) }),
    );
    expect(byId(r, "1")).toMatchObject({ recordAverage: 90, monthsAssessed: 2 });
  });

  it("gives no annual score without an assessed month", () => {
    const r = computeYear(yearInput(Y, { members: [member("1")], ballots: ballots(Y, 3, { "1": "优秀" }) }));
    expect(byId(r, "1")).toMatchObject({ monthsAssessed: 0, recordAverage: null, score: null, status: "unassessed", label: "未考核", flags: ["未考核"] });
    expect(codes(r.problems)).toContain("annual.no-months");
  });

  it("shows 不参评 for a year of exempt months, without annual warnings", () => {
    const recs = MONTHS.map((p) => record(p, "1", 0, { exempt: true, exemptReason: "长期病假" }));
    const r = computeYear(yearInput(Y, { members: [member("1")], records: recs, ballots: MONTHS.map((p) => ballot(p, {}, { role: "群众代表" })) }));
    expect(byId(r, "1")).toMatchObject({ score: null, status: "exempt", label: "不参评", flags: ["不参评"] });
    expect(r.problems.filter((p) => p.code.startsWith("annual."))).toEqual([]);
  });

  it("excludes 不参评 months from the monthly-mean fallback", () => {
    const recs = [record("2026-01", "1", 90), record("2026-02", "1", 0, { exempt: true, exemptReason: "病假" })];
    const marks = [...ballots("2026-01", 3, { "1": "合格" }), ...ballots("2026-02", 3, { "1": "不合格" })];
    const r = computeYear(yearInput(Y, { members: [member("1")], records: recs, ballots: marks }));
    expect(byId(r, "1").annualAppraisal).toBe(80);
  });

  it("lists members assessed in at least one month, with null for the other months", () => {
    const members = [
      member("joined", { joined: "2026-10-15" }),
      member("left", { left: "2026-02-28" }),
      member("never", { joined: "2027-01-01" }),
      member("gone", { left: "2025-12-31" }),
    ];
    const r = computeYear(yearInput(Y, { members, ballots: [ballot(Y, { never: "优秀", joined: "优秀" })] }));
    expect(r.members.map((m) => m.id).sort()).toEqual(["joined", "left"]);
    expect(byId(r, "joined").months.map((m) => m !== null)).toEqual([...new Array(9).fill(false), true, true, true]);
    expect(byId(r, "left")).toMatchObject({ monthsOnRoster: 1 });
    expect(withCode(r.problems, "ballot.member-not-assessed")).toEqual([
      expect.objectContaining({ place: expect.objectContaining({ member: "never", period: Y }) }),
    ]);
  });

  it("applies the annual quorum and flags 票数不足", () => {
    const r = computeYear(yearInput(Y, { members: [member("1")], records: records("1", new Array(12).fill(90)), ballots: [ballot(Y, { "1": "优秀" })] }));
    expect(byId(r, "1")).toMatchObject({ annualAppraisal: 100, annualValidMarks: 1, flags: ["票数不足"] });
    expect(withCode(r.problems, "appraisal.quorum")[0]?.place).toEqual({ member: "1", period: Y });
  });

  it("checks the annual ballots like monthly ones", () => {
    const r = computeYear(
      yearInput(Y, {
        members: [member("1")],
        records: records("1", new Array(12).fill(90)),
        ballots: [ballot(Y, { "1": "优秀" }, { ballotNo: "A" }), ballot(Y, { "1": "优秀" }, { ballotNo: "A" }), ballot(Y, { "1": "x" })],
      }),
    );
    expect(codes(r.problems)).toEqual(expect.arrayContaining(["ballot.duplicate-number", "ballot.invalid-mark"]));
  });

  it("reports settings problems once and month problems of every month from the first with input", () => {
    const r = computeYear(yearInput(Y, { settings: settings({ annualPublicityDays: 5 }), members: [member("1")], records: records("1", [90]) }));
    expect(withCode(r.problems, "settings.publicity-days")).toHaveLength(1);
    expect(withCode(r.problems, "record.missing")).toHaveLength(11);
    expect(withCode(r.problems, "ballot.no-mass-representative")).toHaveLength(4);
  });

  describe("the register's year: it starts at the first month with any input", () => {
    const none = new Array<null>(9).fill(null);
    const input = yearInput(Y, {
      members: [member("1"), member("2")],
      records: [...records("1", [...none, 90, 90, 90]), ...records("2", [...none, null, 80, 80])],
      ballots: MONTHS.slice(9).flatMap((p) => ballots(p, 3, { "1": "合格", "2": "合格" })),
    });
    const r = computeYear(input);

    it("raises no problem for the months before it (未考核, 未评议, 群众代表)", () => {
      expect(r.problems.filter((p) => (p.place.period ?? "") < "2026-10" && p.place.period !== Y)).toEqual([]);
      expect(withCode(r.problems, "ballot.no-mass-representative").map((p) => p.place.period)).toEqual(["2026-10"]);
    });

    it("still warns of a missing row in a month it covers, naming that month", () => {
      expect(withCode(r.problems, "record.missing")).toEqual([
        expect.objectContaining({ place: { member: "2", period: "2026-10" }, args: { month: "2026-10" } }),
      ]);
    });

    it("says which months it covers", () => {
      expect(r.covers).toEqual({ first: "2026-10", last: "2026-12", months: 3 });
    });

    it("covers no month when the register holds nothing for the year, and warns of no month", () => {
      const empty = computeYear(yearInput(Y, { members: [member("1")] }));
      expect(empty.covers).toBeNull();
      expect(empty.problems.map((p) => p.code)).toEqual(["annual.no-months", "annual.no-appraisal"]);
    });

    it("counts a ballot as input too", () => {
      const only = computeYear(yearInput(Y, { members: [member("1")], ballots: ballots("2026-05", 3, { "1": "合格" }) }));
      expect(only.covers).toEqual({ first: "2026-05", last: "2026-05", months: 1 });
    });
  });

  it("ignores rows of other years", () => {
    const r = computeYear(
      yearInput(Y, {
        members: [member("1")],
        records: [...records("1", new Array(12).fill(90)), record("2025-12", "1", 0)],
        ballots: [...ballots(Y, 3, { "1": "优秀" }), ...ballots("2025", 3, { "1": "不合格" }), ...ballots("2027-01", 3, { "1": "不合格" })],
      }),
    );
    expect(byId(r, "1")).toMatchObject({ recordAverage: 90, annualAppraisal: 100, score: 93 });
  });

  it("uses the annual appraisal thresholds boundary: 74.9 vs 75.0", () => {
    const at = (avg: number) =>
      computeYear(yearInput(Y, { members: [member("1")], records: records("1", new Array(12).fill(avg)), ballots: ballots(Y, 3, { "1": avg }) })).members[0];
    expect(at(74.9)).toMatchObject({ score: 74.9, label: "未评星" });
    expect(at(75)).toMatchObject({ score: 75, label: "一星级" });
  });
});

import { InvalidDateError } from "../../src/scheme/errors";
import { computeMonth } from "../../src/scheme/month";
import { type MemberMonth, type MonthResult } from "../../src/scheme/results";
import { adjustment, ballot, ballots, codes, member, monthInput, record, settings, withCode } from "./helpers";

const P = "2026-11";
const byId = (r: MonthResult, id: string): MemberMonth => {
  const m = r.members.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id}`);
  return m;
};

describe("computeMonth", () => {
  describe("a small branch", () => {
    const members = [
      member("1", { name: "张三", group: "一组" }),
      member("2", { name: "李四" }),
      member("3", { name: "王五" }),
      member("9", { name: "赵六", kind: "党外" }),
    ];
    const input = monthInput(P, {
      members,
      records: [record(P, "1", 90), record(P, "2", 92.85), record(P, "3", 70), record(P, "9", 100)],
      ballots: [
        ...ballots(P, 2, { "1": "优秀", "2": "优秀", "3": "合格", "9": "不合格" }),
        ballot(P, { "1": "基本合格", "2": "优秀", "3": "合格", "9": "不合格" }),
      ],
    });
    const r = computeMonth(input);

    it("computes the worked example 86.7 / 90.0 → 89.0 三星级", () => {
      expect(byId(r, "1")).toMatchObject({
        record: 90,
        appraisal: 86.7,
        validMarks: 3,
        composite: 89,
        stars: 3,
        label: "三星级",
        starText: "★★★☆☆",
        group: "一组",
        recordStatus: "scored",
        appraisalStatus: "scored",
        flags: [],
        assessed: true,
      });
    });

    it("computes the worked example 100 / 92.9 → 95.0 五星级", () => {
      expect(byId(r, "2")).toMatchObject({ record: 92.9, appraisal: 100, composite: 95, stars: 5, label: "五星级", rank: 1 });
    });

    it("computes the worked example 0 / 100 → 70.0 未评星", () => {
      expect(byId(r, "9")).toMatchObject({ record: 100, appraisal: 0, composite: 70, stars: 0, label: "未评星", starText: "☆☆☆☆☆", rank: 1 });
    });

    it("ranks 党员 then 党外, by composite", () => {
      expect(r.members.map((m) => [m.id, m.rank])).toEqual([
        ["2", 1],
        ["1", 2],
        ["3", 3],
        ["9", 1],
      ]);
    });

    it("counts the distribution", () => {
      expect(r.distribution).toEqual({
        党员: [1, 0, 0, 1, 0, 1],
        党外: [1, 0, 0, 0, 0, 0],
        unscored: { 党员: 0, 党外: 0 },
      });
    });

    it("lists 评为优秀: stars ≥ 月度优秀星级", () => {
      expect(r.excellent.map((m) => m.id)).toEqual(["2"]);
      const r3 = computeMonth({ ...input, settings: settings({ monthlyExcellentStars: 3 }) });
      expect(r3.excellent.map((m) => m.id)).toEqual(["2", "1"]);
    });

    it("has no problems", () => {
      expect(r.problems).toEqual([]);
      expect(r.period).toBe(P);
    });
  });

  it("throws for a period that is not YYYY-MM", () => {
    expect(() => computeMonth(monthInput("2026-13"))).toThrow(InvalidDateError);
  });

  it("ignores rows of other periods", () => {
    const r = computeMonth(
      monthInput(P, {
        members: [member("1")],
        records: [record("2026-10", "1", 10), record(P, "1", 90), record("2026", "1", 0)],
        adjustments: [adjustment("2026-10", "1", -50)],
        ballots: [...ballots(P, 3, { "1": "优秀" }), ...ballots("2026-10", 3, { "1": "不合格" }), ...ballots("2026", 3, { "1": "不合格" })],
      }),
    );
    expect(byId(r, "1")).toMatchObject({ record: 90, appraisal: 100, composite: 93 });
    expect(r.problems).toEqual([]);
  });

  it("includes the problems of settings, criteria and roster", () => {
    const r = computeMonth(
      monthInput(P, {
        settings: settings({ appraisalWeight: 0.4 }),
        criteria: [],
        members: [member("1"), member("1")],
      }),
    );
    expect(codes(r.problems)).toEqual(expect.arrayContaining(["settings.weights-sum", "criteria.empty", "roster.duplicate-id"]));
  });

  it("falls back to 1 decimal when the decimals setting is invalid (and reports it)", () => {
    const r = computeMonth(
      monthInput(P, { settings: settings({ decimals: 7 }), members: [member("1")], records: [record(P, "1", 92.85)], ballots: ballots(P, 3, { "1": 99.99 }) }),
    );
    expect(codes(r.problems)).toContain("settings.decimals");
    expect(byId(r, "1")).toMatchObject({ record: 92.9, appraisal: 100 });
  });

  it("computes with defaults, never throws, when settings are invalid (errors reported)", () => {
    const r = computeMonth(
      monthInput(P, {
        settings: settings({ appraisalWeight: NaN, recordWeight: NaN, gradePoints: { 优秀: NaN }, thresholds: [95, 90] as never }),
        members: [member("1")],
        records: [record(P, "1", 90)],
        ballots: ballots(P, 3, { "1": "优秀" }),
      }),
    );
    expect(byId(r, "1")).toMatchObject({ appraisal: 100, composite: 93, stars: 4 });
    expect(codes(r.problems)).toEqual(
      expect.arrayContaining(["settings.weight-range", "settings.thresholds-count", "settings.grade-points-range", "settings.grade-missing"]),
    );
  });

  it("leaves out members of an unknown kind (reported by the roster check)", () => {
    const r = computeMonth(monthInput(P, { members: [member("1"), member("2", { kind: "群众" as never })], records: [record(P, "2", 90)] }));
    expect(r.members.map((m) => m.id)).toEqual(["1"]);
    expect(codes(r.problems)).toEqual(expect.arrayContaining(["roster.invalid-kind", "record.unknown-member"]));
  });

  describe("an empty month", () => {
    it("has no members, a zero distribution and a warning", () => {
      const r = computeMonth(monthInput(P));
      expect(r.members).toEqual([]);
      expect(r.excellent).toEqual([]);
      expect(r.distribution).toEqual({ 党员: [0, 0, 0, 0, 0, 0], 党外: [0, 0, 0, 0, 0, 0], unscored: { 党员: 0, 党外: 0 } });
      expect(codes(r.problems)).toEqual(["month.no-members"]);
    });

    it("skips the mass-representative check when nobody is assessed", () => {
      expect(codes(computeMonth(monthInput("2026-01")).problems)).toEqual(["month.no-members"]);
    });

    it("gives 未考核 and 未评议 to members with no rows and no marks", () => {
      const r = computeMonth(monthInput(P, { members: [member("1")] }));
      expect(byId(r, "1")).toMatchObject({
        record: null,
        recordStatus: "未考核",
        appraisal: null,
        appraisalStatus: "未评议",
        composite: null,
        stars: null,
        status: "unassessed",
        label: "未考核",
        starText: "",
        rank: null,
        flags: ["未考核", "未评议"],
      });
      expect(codes(r.problems)).toEqual(["record.missing", "appraisal.none"]);
      expect(r.distribution.unscored).toEqual({ 党员: 1, 党外: 0 });
    });
  });

  describe("roster dates", () => {
    const members = [
      member("out-last", { left: "2026-11-30" }),
      member("out-before", { left: "2026-11-29" }),
      member("out-next", { left: "2026-12-01" }),
      member("in-last", { joined: "2026-11-30" }),
      member("in-next", { joined: "2026-12-01" }),
    ];
    const r = computeMonth(monthInput(P, { members }));

    it("lists only members on the roster on the month’s last day", () => {
      expect(r.members.map((m) => m.id).sort()).toEqual(["in-last", "out-next"]);
    });

    it("warns about rows and marks for members on the roster but not assessed, and leaves them out", () => {
      const r2 = computeMonth(
        monthInput(P, {
          members,
          records: [record(P, "out-last", 90, { ref: "记实考核!A5" })],
          adjustments: [adjustment(P, "out-before", 1, { ref: "加减分!A3" })],
          ballots: [ballot(P, { "in-next": "优秀", "out-next": "优秀" }), ballot(P, { "in-next": "合格" })],
        }),
      );
      expect(withCode(r2.problems, "record.member-not-assessed")).toEqual([
        { severity: "warning", code: "record.member-not-assessed", place: { member: "out-last", period: P, ref: "记实考核!A5" }, args: { id: "out-last" } },
      ]);
      expect(withCode(r2.problems, "adjustment.member-not-assessed")[0]?.place).toEqual({ member: "out-before", period: P, ref: "加减分!A3" });
      expect(withCode(r2.problems, "ballot.member-not-assessed")).toEqual([
        { severity: "warning", code: "ballot.member-not-assessed", place: { member: "in-next", period: P, ref: "民主评议!in-next" }, args: { count: 2 } },
      ]);
      expect(byId(r2, "out-next").validMarks).toBe(1);
    });
  });

  describe("records and adjustments", () => {
    it("reports a row for an id not on the roster", () => {
      const r = computeMonth(monthInput(P, { members: [member("1")], records: [record(P, "1", 90), record(P, "X", 90, { ref: "记实考核!A9" })] }));
      expect(withCode(r.problems, "record.unknown-member")).toEqual([
        { severity: "error", code: "record.unknown-member", place: { member: "X", period: P, ref: "记实考核!A9" }, args: { id: "X" } },
      ]);
    });

    it("reports a second row for the same member and uses the first", () => {
      const r = computeMonth(
        monthInput(P, { members: [member("1")], records: [record(P, "1", 90), record(P, "1", 50)], ballots: ballots(P, 3, { "1": "优秀" }) }),
      );
      expect(codes(r.problems)).toEqual(["record.duplicate-row"]);
      expect(byId(r, "1").record).toBe(90);
    });

    it("adds adjustments and reports those for unknown members", () => {
      const r = computeMonth(
        monthInput(P, {
          members: [member("1")],
          records: [record(P, "1", 90)],
          adjustments: [adjustment(P, "1", 2), adjustment(P, "1", 1.5), adjustment(P, "X", 1)],
          ballots: ballots(P, 3, { "1": "优秀" }),
        }),
      );
      expect(byId(r, "1")).toMatchObject({ record: 93.5, adjustmentTotal: 3.5 });
      expect(codes(r.problems)).toEqual(["adjustment.unknown-member"]);
    });

    it("clamps the record at 100 and 0", () => {
      const r = computeMonth(
        monthInput(P, {
          members: [member("1"), member("2")],
          records: [record(P, "1", 99), record(P, "2", 3)],
          adjustments: [adjustment(P, "1", 5), adjustment(P, "2", -10)],
          ballots: ballots(P, 3, { "1": "优秀", "2": "优秀" }),
        }),
      );
      expect(byId(r, "1").record).toBe(100);
      expect(byId(r, "2").record).toBe(0);
    });

    it("shows 不参评 with its reason and no warning", () => {
      const r = computeMonth(monthInput(P, { members: [member("1")], records: [record(P, "1", 0, { exempt: true, exemptReason: "长期病假" })] }));
      expect(byId(r, "1")).toMatchObject({
        recordStatus: "不参评",
        exemptReason: "长期病假",
        status: "exempt",
        label: "不参评",
        composite: null,
        flags: ["不参评", "未评议"],
      });
      expect(r.problems).toEqual([]);
    });

    it("shows 未评议 for a recorded member without marks", () => {
      const r = computeMonth(monthInput(P, { members: [member("1")], records: [record(P, "1", 90)] }));
      expect(byId(r, "1")).toMatchObject({ record: 90, appraisal: null, label: "未评议", stars: null });
      expect(codes(r.problems)).toEqual(["appraisal.none"]);
    });
  });

  describe("ballots", () => {
    const members = [member("1"), member("2"), member("3")];
    const recs = [record(P, "1", 90), record(P, "2", 90), record(P, "3", 90)];

    it("counts one voter as one mark, flagged 票数不足", () => {
      const r = computeMonth(monthInput(P, { members, records: recs, ballots: [ballot(P, { "1": "合格", "2": "优秀", "3": 75 })] }));
      expect(byId(r, "1")).toMatchObject({ appraisal: 80, validMarks: 1, appraisalStatus: "票数不足", flags: ["票数不足"], composite: 87 });
      expect(withCode(r.problems, "appraisal.quorum")).toHaveLength(3);
    });

    it("excludes self-marks of named voters with a warning", () => {
      const r = computeMonth(
        monthInput(P, {
          members,
          records: recs,
          ballots: [
            ballot(P, { "1": "优秀", "2": "合格", "3": "合格" }, { voterId: "1", voterName: "姓名1", ref: "民主评议!A2" }),
            ballot(P, { "1": "合格", "2": "合格", "3": "合格" }, { voterId: "2" }),
            ballot(P, { "1": "合格", "2": "合格", "3": "合格" }, { voterId: "3" }),
            ballot(P, { "1": "合格", "2": "合格", "3": "合格" }),
          ],
        }),
      );
      expect(byId(r, "1")).toMatchObject({ appraisal: 80, validMarks: 3 });
      expect(withCode(r.problems, "ballot.self-mark").map((p) => p.place)).toEqual([
        { member: "1", period: P, ballot: expect.any(String), ref: "民主评议!1" },
        { member: "2", period: P, ballot: expect.any(String), ref: "民主评议!2" },
        { member: "3", period: P, ballot: expect.any(String), ref: "民主评议!3" },
      ]);
    });

    it("counts self-marks when 允许自评", () => {
      const r = computeMonth(
        monthInput(P, {
          settings: settings({ allowSelfMark: true }),
          members,
          records: recs,
          ballots: [ballot(P, { "1": "优秀" }, { voterId: "1" }), ...ballots(P, 2, { "1": "合格" })],
        }),
      );
      expect(byId(r, "1")).toMatchObject({ appraisal: 86.7, validMarks: 3 });
      expect(withCode(r.problems, "ballot.self-mark")).toEqual([]);
    });

    it("gives 未评议 to everyone when every voter marks only themselves", () => {
      const r = computeMonth(
        monthInput(P, {
          members,
          records: recs,
          ballots: members.map((m) => ballot(P, { [m.id]: "优秀" }, { voterId: m.id })),
        }),
      );
      expect(r.members.every((m) => m.appraisalStatus === "未评议" && m.label === "未评议")).toBe(true);
      expect(codes(r.problems)).toEqual([...new Array(3).fill("ballot.self-mark"), ...new Array(3).fill("appraisal.none")]);
    });

    it("reports a duplicate 票号 and leaves the later ballot out", () => {
      const r = computeMonth(
        monthInput(P, {
          members,
          records: recs,
          ballots: [
            ballot(P, { "1": "优秀" }, { ballotNo: "7" }),
            ballot(P, { "1": "不合格" }, { ballotNo: "7", ref: "民主评议!A9" }),
            ...ballots(P, 2, { "1": "优秀" }),
          ],
        }),
      );
      expect(withCode(r.problems, "ballot.duplicate-number")).toEqual([
        { severity: "error", code: "ballot.duplicate-number", place: { period: P, ballot: "7", ref: "民主评议!A9" }, args: { ballotNo: "7" } },
      ]);
      expect(byId(r, "1")).toMatchObject({ appraisal: 100, validMarks: 3 });
    });

    it.each([
      ["voterId", { voterId: "2" }, { voterId: "2" }],
      ["voterName", { voterName: "群众甲" }, { voterName: " 群众甲 " }],
    ])("reports the same named voter (%s) twice in the period", (_, first, second) => {
      const r = computeMonth(monthInput(P, { members, records: recs, ballots: [ballot(P, { "1": "优秀" }, first), ballot(P, { "1": "优秀" }, second)] }));
      expect(codes(r.problems)).toContain("ballot.duplicate-voter");
      expect(byId(r, "1").validMarks).toBe(1);
    });

    it("does not confuse a voter id with a voter name", () => {
      const r = computeMonth(
        monthInput(P, { members, records: recs, ballots: [ballot(P, { "1": "优秀" }, { voterId: "2" }), ballot(P, { "1": "优秀" }, { voterName: "2" })] }),
      );
      expect(codes(r.problems)).not.toContain("ballot.duplicate-voter");
    });

    it("reports a missing 票号 but counts the ballot", () => {
      const r = computeMonth(
        monthInput(P, {
          members: [member("1")],
          records: [record(P, "1", 90)],
          ballots: [ballot(P, { "1": "优秀" }, { ballotNo: "" }), ballot(P, { "1": "优秀" }, { ballotNo: "" }), ballot(P, { "1": "优秀" })],
        }),
      );
      expect(withCode(r.problems, "ballot.number-missing")).toHaveLength(2);
      expect(byId(r, "1").validMarks).toBe(3);
    });

    it("warns about an empty ballot", () => {
      const r = computeMonth(
        monthInput(P, { members: [member("1")], records: [record(P, "1", 90)], ballots: [ballot(P, {}), ...ballots(P, 3, { "1": "优秀" })] }),
      );
      expect(codes(r.problems)).toEqual(["ballot.empty"]);
    });

    it("reports a mark for someone not on the roster once per member, with the count", () => {
      const r = computeMonth(monthInput(P, { members, records: recs, ballots: ballots(P, 3, { "1": "优秀", "2": "优秀", "3": "优秀", 钱七: "优秀" }) }));
      expect(withCode(r.problems, "ballot.unknown-member")).toEqual([
        { severity: "error", code: "ballot.unknown-member", place: { member: "钱七", period: P, ref: "民主评议!钱七" }, args: { count: 3 } },
      ]);
    });

    it("uses the ballot’s ref when a mark has none", () => {
      const b = ballot(P, { 钱七: "优秀" }, { ref: "民主评议!A4" });
      delete b.marks[0]!.ref;
      const r = computeMonth(monthInput(P, { members, records: recs, ballots: [b] }));
      expect(withCode(r.problems, "ballot.unknown-member")[0]?.place.ref).toBe("民主评议!A4");
    });

    it("reports an invalid mark on its cell and leaves it out", () => {
      const r = computeMonth(
        monthInput(P, {
          members: [member("1")],
          records: [record(P, "1", 90)],
          ballots: [ballot(P, { "1": "良" }, { ballotNo: "Z" }), ...ballots(P, 3, { "1": "优秀" })],
        }),
      );
      expect(withCode(r.problems, "ballot.invalid-mark")).toEqual([
        { severity: "error", code: "ballot.invalid-mark", place: { period: P, ballot: "Z", member: "1", ref: "民主评议!1" }, args: { mark: "良" } },
      ]);
      expect(byId(r, "1").validMarks).toBe(3);
    });

    it("reports two marks for one member on one ballot and keeps the first", () => {
      const b = ballot(P, { "1": "优秀" });
      b.marks.push({ memberId: "1", mark: "不合格" });
      const r = computeMonth(monthInput(P, { members: [member("1")], records: [record(P, "1", 90)], ballots: [b, ...ballots(P, 2, { "1": "优秀" })] }));
      expect(codes(r.problems)).toEqual(["ballot.duplicate-mark"]);
      expect(byId(r, "1")).toMatchObject({ appraisal: 100, validMarks: 3 });
    });

    it("trims extremes when set", () => {
      const marks = ["优秀", "优秀", "合格", "基本合格", "不合格"].map((m) => ballot(P, { "1": m }));
      const r = computeMonth(
        monthInput(P, { settings: settings({ trimExtremes: true }), members: [member("1")], records: [record(P, "1", 90)], ballots: marks }),
      );
      expect(byId(r, "1")).toMatchObject({ appraisal: 80, validMarks: 5 });
    });
  });

  describe("mass representatives (群众代表)", () => {
    const base = { members: [member("1")], records: [record("2026-01", "1", 90), record("2026-04", "1", 90), record("2026-02", "1", 90)] };

    it.each(["2026-01", "2026-04", "2026-07", "2026-10"])("warns in %s when no ballot came from one", (period) => {
      const r = computeMonth(
        monthInput(period, { ...base, records: [record(period, "1", 90)], ballots: ballots(period, 3, { "1": "优秀" }, { role: "党员" }) }),
      );
      expect(r.problems).toEqual([{ severity: "warning", code: "ballot.no-mass-representative", place: { period }, args: {} }]);
    });

    it("is satisfied by one 群众代表 ballot", () => {
      const r = computeMonth(
        monthInput("2026-01", {
          ...base,
          ballots: [...ballots("2026-01", 2, { "1": "优秀" }), ballot("2026-01", { "1": "优秀" }, { role: "群众代表", voterName: "群众甲" })],
        }),
      );
      expect(r.problems).toEqual([]);
    });

    it.each(["2026-02", "2026-03", "2026-12"])("does not check in %s", (period) => {
      const r = computeMonth(monthInput(period, { ...base, records: [record(period, "1", 90)], ballots: ballots(period, 3, { "1": "优秀" }) }));
      expect(r.problems).toEqual([]);
    });
  });

  describe("boundaries of stars in a month", () => {
    it.each([
      [74.9, "未评星"],
      [75.0, "一星级"],
      [94.9, "四星级"],
      [95.0, "五星级"],
    ])("record and appraisal both %p → %s", (score, label) => {
      const r = computeMonth(monthInput(P, { members: [member("1")], records: [record(P, "1", score)], ballots: ballots(P, 3, { "1": score }) }));
      expect(byId(r, "1")).toMatchObject({ composite: score, label });
    });

    it("scores 0 and 100", () => {
      const r = computeMonth(
        monthInput(P, {
          members: [member("0"), member("100")],
          records: [record(P, "0", 0), record(P, "100", 100)],
          ballots: ballots(P, 3, { "0": 0, "100": 100 }),
        }),
      );
      expect(byId(r, "0")).toMatchObject({ composite: 0, stars: 0 });
      expect(byId(r, "100")).toMatchObject({ composite: 100, stars: 5 });
    });
  });

  it("sorts ties by id and keeps unranked after ranked", () => {
    const members = ["10", "2", "1", "3"].map((id) => member(id));
    const r = computeMonth(
      monthInput(P, {
        members,
        records: [record(P, "10", 90), record(P, "2", 90), record(P, "1", 80)],
        ballots: ballots(P, 3, { "10": "优秀", "2": "优秀", "1": "优秀", "3": "优秀" }),
      }),
    );
    expect(r.members.map((m) => [m.id, m.rank])).toEqual([
      ["2", 1],
      ["10", 1],
      ["1", 3],
      ["3", null],
    ]);
  });
});

import { feedbackLine, finalStars } from "../../src/scheme/final";
import { resultsUsage } from "../../src/scheme/outcomes";
import { type Objection } from "../../src/scheme/types";
import { computeYear, type YearResult } from "../../src/scheme/year";
import { ballots, member, record, settings, yearInput } from "./helpers";

const Y = "2026";
const months = Array.from({ length: 12 }, (_, i) => `${Y}-${String(i + 1).padStart(2, "0")}`);
/** A year in which each member's record is `score` every month and the annual appraisal is `score`. */
const yearOf = (scores: Record<string, number | null>, kinds: Record<string, "党外"> = {}, over = {}): YearResult => {
  const ids = Object.keys(scores);
  return computeYear(
    yearInput(Y, {
      members: ids.map((id) => member(id, { name: `名${id}`, kind: kinds[id] ?? "党员", group: "一组" })),
      records: ids.flatMap((id) => (scores[id] === null ? [] : months.map((p) => record(p, id, scores[id] as number)))),
      ballots: ballots(Y, 3, Object.fromEntries(ids.filter((id) => scores[id] !== null).map((id) => [id, scores[id] as number]))),
      ...over,
    }),
  );
};
const objection = (memberId: string, over: Partial<Objection> = {}): Objection => ({
  year: Y,
  memberId,
  received: "2026-12-03",
  content: "异议",
  result: "属实",
  ...over,
});

describe("finalStars", () => {
  const result = yearOf({ a: 92.3, b: 72, c: null, d: 95 });

  it("keeps the proposed stars without objections", () => {
    const f = finalStars(result, []);
    expect(f.members.map((m) => [m.id, m.proposedStars, m.finalStars, m.adjusted])).toEqual([
      ["d", 5, 5, false],
      ["a", 4, 4, false],
      ["b", 0, 0, false],
      ["c", null, null, false],
    ]);
    expect(f.year).toBe(Y);
    expect(f.decimals).toBe(1);
  });

  it("takes the adjusted star of an upheld objection", () => {
    const f = finalStars(result, [objection("a", { adjustedStars: 5 })]);
    expect(f.members.find((m) => m.id === "a")).toMatchObject({
      score: 92.3,
      proposedStars: 4,
      finalStars: 5,
      adjusted: true,
      label: "五星级",
      starText: "★★★★★",
      group: "一组",
      feedback: "名a同志：您2026年度综合得分92.3分，经异议核查，评定为五星级。",
    });
  });

  it.each<[string, Partial<Objection>]>([
    ["不属实", { result: "不属实", adjustedStars: 5 }],
    ["待核查", { result: "待核查", adjustedStars: 5 }],
    ["属实 without a star", { result: "属实" }],
    ["属实 with an invalid star", { result: "属实", adjustedStars: 7 }],
    ["another year", { year: "2025", adjustedStars: 5 }],
  ])("ignores an objection that is %s", (_, over) => {
    const f = finalStars(result, [objection("a", over)]);
    expect(f.members.find((m) => m.id === "a")).toMatchObject({ finalStars: 4, adjusted: false });
  });

  it("lets the latest received upheld objection win", () => {
    const f = finalStars(result, [
      objection("a", { received: "2026-12-05", adjustedStars: 3 }),
      objection("a", { received: "2026-12-02", adjustedStars: 5 }),
      objection("a", { received: "2026-12-05", adjustedStars: 2 }),
    ]);
    expect(f.members.find((m) => m.id === "a")?.finalStars).toBe(2);
  });

  it("writes a feedback line for every member", () => {
    const f = finalStars(result, [objection("c", { adjustedStars: 1 })]);
    expect(f.members.map((m) => m.feedback)).toEqual([
      "名d同志：您2026年度综合得分95.0分，评定为五星级。",
      "名a同志：您2026年度综合得分92.3分，评定为四星级。",
      "名b同志：您2026年度综合得分72.0分，未评定星级。",
      "名c同志：您2026年度未考核，无综合得分，经异议核查，评定为一星级。",
    ]);
  });

  it("writes the status of a member without a score", () => {
    const f = finalStars(result, []);
    expect(f.members.find((m) => m.id === "c")).toMatchObject({
      status: "unassessed",
      label: "未考核",
      starText: "",
      feedback: "名c同志：您2026年度未考核，无综合得分，未评定星级。",
    });
  });

  it("formats the score with the decimals setting", () => {
    expect(feedbackLine({ name: "张三", year: Y, score: 92.3, stars: 4, adjusted: false, decimals: 2 })).toBe(
      "张三同志：您2026年度综合得分92.30分，评定为四星级。",
    );
    expect(feedbackLine({ name: "张三", year: Y, score: 92, stars: 4, adjusted: false, decimals: 0 })).toBe("张三同志：您2026年度综合得分92分，评定为四星级。");
  });

  it("writes a neutral reason when no status is given for a missing score", () => {
    expect(feedbackLine({ name: "张三", year: Y, score: null, stars: null, adjusted: false, decimals: 1 })).toBe(
      "张三同志：您2026年度无考核结果，无综合得分，未评定星级。",
    );
  });
});

describe("resultsUsage", () => {
  const result = yearOf({ a: 92.3, b: 72, c10: null, c: null, d: 95, e: 85, f: 84.9, g: 74.9, x: 99, y: 60, z: null }, { x: "党外", y: "党外", z: "党外" });
  const finalized = finalStars(result, []);
  const usage = resultsUsage(finalized, settings(), "2026-11-30");

  it("lists 党员 with ≥ 3 final stars as candidates, by annual score", () => {
    expect(usage.candidates.map((m) => [m.id, m.score])).toEqual([
      ["d", 95],
      ["a", 92.3],
      ["e", 85],
    ]);
  });

  it("uses the 评优最低星级 setting", () => {
    expect(resultsUsage(finalized, settings({ commendationMinStars: 5 }), "2026-11-30").candidates.map((m) => m.id)).toEqual(["d"]);
  });

  it("lists 党员 with no star for admonishment, with the deadline 3 months on, end-of-month clamped", () => {
    expect(usage.admonishments.map((a) => [a.member.id, a.deadline])).toEqual([
      ["g", "2027-02-28"],
      ["b", "2027-02-28"],
    ]);
  });

  it("uses the 整改期限 setting", () => {
    expect(resultsUsage(finalized, settings({ rectificationMonths: 1 }), "2026-12-15").admonishments[0]?.deadline).toBe("2027-01-15");
  });

  it("lists 党员 without an annual score apart, not admonished", () => {
    expect(usage.unrated.map((m) => m.id)).toEqual(["c", "c10"]);
  });

  it("lists 党外 results by score, unscored last", () => {
    expect(usage.nonParty.map((m) => m.id)).toEqual(["x", "y", "z"]);
  });

  it("follows the final stars, not the proposed ones", () => {
    const adjusted = finalStars(result, [objection("b", { adjustedStars: 3 }), objection("a", { adjustedStars: 0 }), objection("c", { adjustedStars: 4 })]);
    const u = resultsUsage(adjusted, settings(), "2026-12-20");
    expect(u.candidates.map((m) => m.id)).toEqual(["d", "e", "b", "c"]);
    expect(u.admonishments.map((a) => a.member.id)).toEqual(["a", "g"]);
    expect(u.unrated.map((m) => m.id)).toEqual(["c10"]);
  });

  it("puts members without a score last wherever they start", () => {
    const m = (id: string, score: number | null) => ({
      id,
      name: id,
      kind: "党外" as const,
      score,
      rank: null,
      proposedStars: null,
      finalStars: null,
      adjusted: false,
      status: score === null ? ("unassessed" as const) : null,
      label: "",
      starText: "",
      feedback: "",
    });
    const u = resultsUsage(
      { year: Y, decimals: 1, members: [m("n1", null), m("s1", 80), m("n2", null), m("s2", 90), m("n0", null)] },
      settings(),
      "2026-12-20",
    );
    expect(u.nonParty.map((x) => x.id)).toEqual(["s2", "s1", "n0", "n1", "n2"]);
  });

  it("orders equal scores by id", () => {
    const same = finalStars(yearOf({ m10: 90, m9: 90 }), []);
    expect(resultsUsage(same, settings(), "2026-12-20").candidates.map((m) => m.id)).toEqual(["m9", "m10"]);
  });
});

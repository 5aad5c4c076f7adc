import { DEFAULT_CRITERIA, FIVE_LEADS, validateCriteria } from "../../src/scheme/criteria";
import { type Criterion } from "../../src/scheme/types";
import { codes } from "./helpers";

const c = (code: string, max: number, over: Partial<Criterion> = {}): Criterion => ({
  code,
  category: FIVE_LEADS[(Number(code.slice(1)) - 1) % 5] as string,
  name: `名称${code}`,
  max,
  ...over,
});

describe("criteria", () => {
  it("defaults to one criterion per lead, 20 points each", () => {
    expect(DEFAULT_CRITERIA.map((x) => [x.category, x.max])).toEqual(FIVE_LEADS.map((lead) => [lead, 20]));
    expect(validateCriteria(DEFAULT_CRITERIA)).toEqual([]);
  });

  it("accepts maxima with decimals adding up to exactly 100", () => {
    const list = [c("C1", 20.1), c("C2", 19.9), c("C3", 20.3), c("C4", 19.7), c("C5", 20)];
    expect(validateCriteria(list)).toEqual([]);
  });

  it.each<[string, Criterion[], string[]]>([
    ["no criteria", [], ["criteria.empty"]],
    ["maxima adding up to 99", [c("C1", 20), c("C2", 20), c("C3", 20), c("C4", 20), c("C5", 19)], ["criteria.max-sum"]],
    ["maxima adding up to 101", [c("C1", 20), c("C2", 20), c("C3", 20), c("C4", 20), c("C5", 21)], ["criteria.max-sum"]],
    ["a zero maximum", [c("C1", 40), c("C2", 20), c("C3", 20), c("C4", 20), c("C5", 0)], ["criteria.max-invalid"]],
    ["a NaN maximum", [c("C1", 20), c("C2", 20), c("C3", 20), c("C4", 20), c("C5", NaN)], ["criteria.max-invalid"]],
    ["a duplicate code", [c("C1", 20), c("C2", 20), c("C3", 20), c("C4", 20), c("C5", 20, { code: "C1" })], ["criteria.duplicate-code"]],
    ["a duplicate name", [c("C1", 20), c("C2", 20), c("C3", 20), c("C4", 20), c("C5", 20, { name: "名称C1" })], ["criteria.duplicate-name"]],
    [
      "an unknown category",
      [c("C1", 20), c("C2", 20), c("C3", 20), c("C4", 20), c("C5", 20, { category: "带头唱歌" })],
      ["criteria.unknown-category", "criteria.category-missing"],
    ],
    ["a lead without a criterion", [c("C1", 40), c("C2", 20), c("C3", 20), c("C4", 20)], ["criteria.category-missing"]],
  ])("reports %s", (_, list, expected) => {
    expect(codes(validateCriteria(list))).toEqual(expected);
  });

  it("carries the criterion and its ref", () => {
    const list = [c("C1", 20), c("C2", 20), c("C3", 20), c("C4", 20), c("C5", -1, { ref: "考核细则!D6" })];
    expect(validateCriteria(list)[0]?.place).toEqual({ criterion: "C5", ref: "考核细则!D6" });
  });

  it("reports the sum it found", () => {
    const list = [c("C1", 20), c("C2", 20), c("C3", 20), c("C4", 20), c("C5", 19.5)];
    expect(validateCriteria(list)[0]?.args).toEqual({ sum: "99.5" });
  });
});

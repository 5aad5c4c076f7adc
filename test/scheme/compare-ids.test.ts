import fc from "fast-check";
import { compareIds } from "../../src/scheme/compare-ids";

describe("compareIds", () => {
  it.each([
    ["D2", "D10", -1],
    ["9", "10", -1],
    ["D10", "D2", 1],
    ["A", "B", -1],
    ["D02", "D2", -1],
    ["D2", "D02", 1],
    ["D2", "D2a", -1],
    ["D2a", "D2", 1],
    ["D2x", "D2y", -1],
    ["19", "18", 1],
    ["M001", "M001", 0],
    ["张三", "李四", -1], // code-unit order: 张 U+5F20 < 李 U+674E
    ["a1b", "a01b", 1],
  ])("%p vs %p → %p", (a, b, sign) => {
    expect(Math.sign(compareIds(a, b))).toBe(sign);
  });

  it("is a total order (antisymmetric and transitive)", () => {
    const id = fc.stringMatching(/^[A-C0-2]{0,4}$/);
    fc.assert(
      fc.property(id, id, id, (a, b, c) => {
        expect(Math.sign(compareIds(a, b))).toBe(-Math.sign(compareIds(b, a)) || 0);
        if (compareIds(a, b) <= 0 && compareIds(b, c) <= 0) expect(compareIds(a, c)).toBeLessThanOrEqual(0);
        expect(compareIds(a, b) === 0).toBe(a === b);
      }),
      { numRuns: 2000 },
    );
  });
});

import fc from "fast-check";
import { compareIds } from "../../src/scheme/compare-ids";
import { rankByComposite } from "../../src/scheme/ranks";
import { type Kind } from "../../src/scheme/types";

interface Item {
  id: string;
  kind: Kind;
  score: number | null;
}
const item = (id: string, score: number | null, kind: Kind = "党员"): Item => ({ id, kind, score });
const rank = (items: Item[]) => rankByComposite(items, (i) => i.score).map(({ item: i, rank: r }) => [i.id, r]);

describe("rankByComposite", () => {
  it("ranks ties 1, 2, 2, 4", () => {
    expect(rank([item("a", 90), item("b", 95), item("c", 90), item("d", 80)])).toEqual([
      ["b", 1],
      ["a", 2],
      ["c", 2],
      ["d", 4],
    ]);
  });

  it("ranks 党员 and 党外 apart, 党员 first", () => {
    expect(rank([item("x", 99, "党外"), item("a", 80), item("y", 70, "党外"), item("b", 90)])).toEqual([
      ["b", 1],
      ["a", 2],
      ["x", 1],
      ["y", 2],
    ]);
  });

  it("lists members without a score after the ranked ones of their kind, unranked, by id", () => {
    expect(rank([item("3", null), item("x", null, "党外"), item("2", 70), item("10", null), item("y", 60, "党外")])).toEqual([
      ["2", 1],
      ["3", null],
      ["10", null],
      ["y", 1],
      ["x", null],
    ]);
  });

  it("orders equal scores by id naturally", () => {
    expect(rank([item("M10", 90), item("M9", 90), item("M1", 90)]).map(([id]) => id)).toEqual(["M1", "M9", "M10"]);
  });

  it("handles an empty list", () => {
    expect(rankByComposite([], () => 1)).toEqual([]);
  });

  it("is a permutation consistent with the order of composites", () => {
    const items = fc.uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[A-Z][0-9]{1,3}$/),
        kind: fc.constantFrom<Kind>("党员", "党外"),
        score: fc.option(
          fc.integer({ min: 0, max: 1000 }).map((n) => n / 10),
          { nil: null },
        ),
      }),
      { selector: (i) => i.id, maxLength: 60 },
    );
    fc.assert(
      fc.property(items, (list) => {
        const ranked = rankByComposite(list, (i) => i.score);
        // a permutation
        expect(ranked.map((r) => r.item).sort((a, b) => compareIds(a.id, b.id))).toEqual([...list].sort((a, b) => compareIds(a.id, b.id)));
        for (const kind of ["党员", "党外"] as const) {
          const mine = ranked.filter((r) => r.item.kind === kind);
          mine.forEach((r, i) => {
            // ranked iff scored; rank = 1 + number of strictly higher scores of the same kind
            if (r.item.score === null) expect(r.rank).toBeNull();
            else expect(r.rank).toBe(1 + mine.filter((o) => o.item.score !== null && o.item.score > (r.item.score as number)).length);
            const next = mine[i + 1];
            if (next && r.item.score !== null && next.item.score !== null) expect(r.item.score).toBeGreaterThanOrEqual(next.item.score);
            if (next && r.item.score === null) expect(next.item.score).toBeNull();
          });
        }
        // 党员 before 党外
        const firstNonParty = ranked.findIndex((r) => r.item.kind === "党外");
        if (firstNonParty >= 0) expect(ranked.slice(firstNonParty).every((r) => r.item.kind === "党外")).toBe(true);
      }),
    );
  });
});

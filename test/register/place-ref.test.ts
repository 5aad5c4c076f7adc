import { qualifiedAddress } from "../../src/register/cells";
import { parsePlaceRef } from "../../src/register/place-ref";

describe("parsePlaceRef", () => {
  it.each([
    ["民主评议!F7", { sheet: "民主评议", address: "F7" }],
    ["'2026-11 评星'!A1", { sheet: "2026-11 评星", address: "A1" }],
    ["'it''s'!$B$3", { sheet: "it's", address: "B3" }],
    ["民主评议!B3:C3", { sheet: "民主评议", address: "B3" }],
    ["人员名册", { sheet: "人员名册", address: "A1" }],
    ["'a b'", { sheet: "a b", address: "A1" }],
    // A second 设置 named with a trailing space is reported as that sheet, not as 设置.
    ["设置 ", { sheet: "设置 ", address: "A1" }],
    ["'设置 '!B5", { sheet: "设置 ", address: "B5" }],
  ])("reads %s", (ref, target) => {
    expect(parsePlaceRef(ref)).toEqual(target);
  });

  it.each([[""], ["  "], [undefined], ["'unclosed!A1"], ["民主评议!7F"], ["!A1"]])("gives null for %p", (ref) => {
    expect(parsePlaceRef(ref)).toBeNull();
  });

  it("inverts qualifiedAddress", () => {
    for (const sheet of ["民主评议", "2026-11 评星", "O'Brien's", "a!b"]) {
      expect(parsePlaceRef(qualifiedAddress(sheet, "C9"))).toEqual({ sheet, address: "C9" });
    }
  });
});

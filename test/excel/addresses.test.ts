import { areaAddresses, columnWidthPoints, parseRange, rectAddress, withoutSheet } from "../../src/excel/addresses";
import { footerSections } from "../../src/excel/build-sheet";

describe("addresses", () => {
  it.each([
    ["A1", { top: 0, left: 0, bottom: 0, right: 0 }],
    ["$B$3:$C$4", { top: 2, left: 1, bottom: 3, right: 2 }],
    ["C4:A1", { top: 0, left: 0, bottom: 3, right: 2 }],
    ["E:E", { top: 0, left: 4, bottom: 1_048_575, right: 4 }],
    ["$4:$5", { top: 3, left: 0, bottom: 4, right: 16_383 }],
  ])("parses %s", (address, rect) => {
    expect(parseRange(address)).toEqual(rect);
    expect(parseRange(rectAddress(rect))).toEqual(rect);
  });

  it.each(["", "A", "A1:B2:C3", "1A", "Sheet1!A1", "XFE1", "A1048577"])("refuses %p", (address) => {
    expect(() => parseRange(address)).toThrow(RangeError);
  });

  it.each([
    ["'2026-11 评星'!$A$1:$L$40", "A1:L40"],
    ["民主评议!F7", "F7"],
    ["A1", "A1"],
  ])("drops the sheet from %s", (address, bare) => {
    expect(withoutSheet(address)).toBe(bare);
  });

  it("lists the areas of a RangeAreas address, even when the sheet name holds a comma", () => {
    expect(areaAddresses("Sheet1!A1:B4, Sheet1!D1:D4")).toEqual(["A1:B4", "D1:D4"]);
    expect(areaAddresses("'a, b'!$A$1:$B$1, 'a, b'!C3")).toEqual(["A1:B1", "C3"]);
  });

  it.each([
    [8.43, 48],
    [10, 56.25],
    [24, 129.75],
    [0, 0],
  ])("converts a width of %p characters to %p points", (chars, points) => {
    expect(columnWidthPoints(chars)).toBe(points);
  });

  it.each([
    ["第 &P 页 共 &N 页", { center: "第 &P 页 共 &N 页" }],
    ["&L第一党支部&C第 &P 页&R2026年12月", { left: "第一党支部", center: "第 &P 页", right: "2026年12月" }],
  ])("splits the footer %p into sections", (text, sections) => {
    expect(footerSections(text)).toEqual(sections);
  });
});

import { mergesInWindow, offsetsOf, uniformWindow, windowOf } from "../../src/preview/grid-window";

describe("the grid's window: only the cells in sight are drawn", () => {
  it("finds the columns in sight from their widths, with a margin", () => {
    const offsets = offsetsOf([64, 64, 200, 64, 64, 64]);
    expect(offsets).toEqual([0, 64, 128, 328, 392, 456, 520]);
    expect(windowOf(offsets, 0, 100, 0)).toEqual([0, 2]);
    expect(windowOf(offsets, 130, 10, 0)).toEqual([2, 3]);
    expect(windowOf(offsets, 130, 10, 1)).toEqual([1, 4]);
    expect(windowOf(offsets, 10_000, 100, 0)).toEqual([5, 6]);
  });

  it("finds the rows in sight for rows of one height, never past the sheet", () => {
    expect(uniformWindow(1_048_576, 22, 22 * 1_048_000, 440, 2)).toEqual([1_047_998, 1_048_022]);
    expect(uniformWindow(10, 22, 0, 900, 40)).toEqual([0, 10]);
  });

  it("cuts a merge to the window before expanding it: one to XFD1048576 costs one block", () => {
    expect(mergesInWindow(["A40:XFD1048576", "B2:C2", "Z1:Z3"], { top: 30, left: 0, bottom: 60, right: 5 })).toEqual(["A40:F61"]);
    // A block cut down to one cell is no merge at all.
    expect(mergesInWindow(["F10:Z20"], { top: 0, left: 0, bottom: 9, right: 5 })).toEqual([]);
    expect(mergesInWindow(["not a range"], { top: 0, left: 0, bottom: 10, right: 5 })).toEqual([]);
  });
});

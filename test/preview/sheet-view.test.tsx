/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { SheetView } from "../../src/preview/SheetView";
import type { MemorySheet } from "../../src/preview/memory-workbook";
import { renderInTheme, zh } from "../taskpane/helpers";

const roster: MemorySheet = {
  name: "人员名册",
  ours: false,
  values: [
    ["编号", "姓名", "类别"],
    ["D001", "王建国", "党员"],
    ["D002", "李红", "党外"],
  ],
};
const ours: MemorySheet = { name: "2026-11 评星", ours: true, values: [["标题"]] };

function show(sheets: MemorySheet[] = [roster, ours]) {
  const onEdit = jest.fn();
  renderInTheme(<SheetView sheets={sheets} t={zh} selection={null} onEdit={onEdit} />);
  const grid = screen.getByTestId("sheet-grid");
  const value = screen.getByTestId("cell-value") as HTMLInputElement;
  const address = screen.getByTestId("cell-address") as HTMLInputElement;
  return { onEdit, grid, value, address };
}

describe("the sheet view, as a person uses a spreadsheet", () => {
  it("moves with the arrows and Enter, and Enter in the editor confirms and moves down", () => {
    const { onEdit, grid, value, address } = show();
    fireEvent.click(grid.querySelector('[data-cell="B2"]')!);
    expect(address.value).toBe("B2");
    expect(value.value).toBe("王建国");
    fireEvent.keyDown(grid, { key: "ArrowRight" });
    expect(address.value).toBe("C2");
    fireEvent.keyDown(grid, { key: "Enter" });
    expect(address.value).toBe("C3");
    fireEvent.keyDown(grid, { key: "ArrowUp" });
    fireEvent.change(value, { target: { value: "党外" } });
    fireEvent.keyDown(value, { key: "Enter" });
    expect(onEdit).toHaveBeenCalledWith("人员名册", "C2", "党外");
    expect(address.value).toBe("C3");
  });

  it("typing over a selected cell replaces its content, and Delete clears it", () => {
    const { onEdit, grid, value } = show();
    fireEvent.click(grid.querySelector('[data-cell="B3"]')!);
    fireEvent.keyDown(grid, { key: "x" });
    expect(value.value).toBe("x");
    expect(document.activeElement).toBe(value);
    fireEvent.click(grid.querySelector('[data-cell="B2"]')!);
    fireEvent.keyDown(grid, { key: "Delete" });
    expect(onEdit).toHaveBeenCalledWith("人员名册", "B2", null);
  });

  it("offers the input sheet's drop-down list for the cell (类别: 党员, 党外), none in the header row", () => {
    const { grid } = show();
    fireEvent.click(grid.querySelector('[data-cell="C3"]')!);
    const options = [...screen.getByTestId("cell-choices").querySelectorAll("option")].map((o) => o.value);
    expect(options).toEqual(["党员", "党外"]);
    fireEvent.click(grid.querySelector('[data-cell="C1"]')!);
    expect(screen.queryByTestId("cell-choices")).toBeNull();
    fireEvent.click(grid.querySelector('[data-cell="B2"]')!);
    expect(screen.queryByTestId("cell-choices")).toBeNull();
  });

  it("never edits the add-in's own sheets from the keyboard", () => {
    const { onEdit, grid } = show([ours, roster]);
    fireEvent.click(grid.querySelector('[data-cell="A1"]')!);
    fireEvent.keyDown(grid, { key: "Delete" });
    fireEvent.keyDown(grid, { key: "x" });
    expect(onEdit).not.toHaveBeenCalled();
  });
});

describe("the sheet view on a sheet of any size", () => {
  it("draws only the cells in sight of a sheet holding one value at XFD1048576 and a merge to its end", () => {
    const values: (string | null)[][] = [["编号", "姓名"]];
    values[1_048_575] = [];
    values[1_048_575][16_383] = "far";
    const huge: MemorySheet = { name: "人员名册", ours: false, values, plan: { name: "人员名册", values: [], merges: ["A40:XFD1048576"] } as never };
    const { grid } = show([huge]);
    expect(grid.querySelectorAll("td[data-cell]").length).toBeLessThan(5_000);
    expect(grid.querySelector('[data-cell="A1"]')!.textContent).toBe("编号");
  });
});

describe("the sheet view over sheets not read yet", () => {
  it("asks its host to read a sheet when its tab is opened, and only then", () => {
    const onShow = jest.fn();
    const unread: MemorySheet = { name: "2026-11 评星", ours: true, values: [], unread: true };
    renderInTheme(<SheetView sheets={[roster, unread]} t={zh} selection={null} onEdit={jest.fn()} onShow={onShow} />);
    expect(onShow).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole("tab", { name: /2026-11 评星/ }));
    expect(onShow).toHaveBeenCalledWith("2026-11 评星");
  });
});

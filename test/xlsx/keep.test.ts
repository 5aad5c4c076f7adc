import type { Grid } from "../../src/register/cells";
import type { SheetPlan } from "../../src/register/sheet-plan";
import { carryKept } from "../../src/xlsx/keep";

/** Header at row 0; members from row 1: 编号 in column 0, 备注 in column 2. */
function plan(rows: Grid): SheetPlan {
  return { name: "2026-11 评星", values: [["编号", "姓名", "备注"], ...rows], keep: { column: 2, keyColumn: 0, fromRow: 1 } };
}

describe("carryKept", () => {
  it.each<[string, Grid, Grid, Grid]>([
    ["carries a note to the same 编号", [["D1", "甲"], ["D2", "乙"]], [["D2", "乙", "请假"]], [["D1", "甲"], ["D2", "乙", "请假"]]],
    ["matches 编号 typed as a number and as text", [[7, "甲"]], [["7", "甲", "出差"]], [[7, "甲", "出差"]]],
    ["matches 编号 with stray spaces", [["D1 ", "甲"]], [[" D1", "甲", "出差"]], [["D1 ", "甲", "出差"]]],
    ["lets the person's text win over the plan's", [["D1", "甲", "票数不足"]], [["D1", "甲", "已补票"]], [["D1", "甲", "已补票"]]],
    ["keeps the plan's text where the person wrote none", [["D1", "甲", "票数不足"]], [["D1", "甲", " "]], [["D1", "甲", "票数不足"]]],
    ["drops notes of members no longer listed", [["D1", "甲"]], [["D9", "壬", "调出"]], [["D1", "甲"]]],
    ["ignores rows without a 编号", [[null, "合计"]], [[null, "合计", "手写"]], [[null, "合计"]]],
    ["keeps a number typed as a note", [["D1", "甲"]], [["D1", "甲", 5]], [["D1", "甲", 5]]],
    ["takes the first of two old rows with one 编号", [["D1", "甲"]], [["D1", "甲", "一"], ["D1", "甲", "二"]], [["D1", "甲", "一"]]],
  ])("%s", (_what, rows, oldRows, expected) => {
    const old: Grid = [["编号", "姓名", "备注"], ...oldRows];
    expect(carryKept(plan(rows), old)).toEqual([["编号", "姓名", "备注"], ...expected]);
  });

  it("leaves rows above fromRow alone", () => {
    const old: Grid = [["编号", "姓名", "手改的表头"]];
    expect(carryKept(plan([]), old)).toEqual([["编号", "姓名", "备注"]]);
  });

  it("returns the plan's values untouched without a keep column", () => {
    const p: SheetPlan = { name: "x", values: [["D1", "甲"]] };
    expect(carryKept(p, [["D1", "甲", "备注"]])).toBe(p.values);
  });

  it("does not change the plan", () => {
    const p = plan([["D1", "甲"]]);
    carryKept(p, [["编号"], ["D1", "甲", "请假"]]);
    expect(p.values[1]).toEqual(["D1", "甲"]);
  });
});

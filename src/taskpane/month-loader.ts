/**
 * Loads the month's workflows on first use (准备本月, 检查数据, 生成本月评星, 党员大会通过): they would push
 * taskpane.js over its 200 KB budget, and a secretary opens the pane before she runs a step. A chunk that
 * cannot be fetched fails the step like any other error, with the step's retry.
 */
export function loadMonthActions(): Promise<typeof import("./month-actions")> {
  return import(/* webpackChunkName: "month" */ "./month-actions");
}

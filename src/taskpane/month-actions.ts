/**
 * The month's workflows as the pane's steps run them, in a chunk of their own (see {@link loadMonthActions}), with the template 建立登记簿 writes:
 * reading, scoring and rendering a month is most of the add-in's own code, and the pane shows its state
 * and steps before any of it is needed.
 */
export { approveMonth, checkMonth, generateMonth, monthSheetsToRead, withdrawApproval } from "../register/month-workflow";
export { prepareMonth } from "../register/prepare-month";
export { inputSheetPlans } from "../register/template";

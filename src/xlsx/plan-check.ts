/** The .xlsx adapter's checks of plans and sheet names: the one check every host shares (register/plan-check.ts). */
export { checkPlan, checkSheetName, checkValue } from "../register/plan-check";

/**
 * Where the branch stands, as the pane shows it: the period state and its sentences, each step's status
 * and the step that comes next. Loaded after the first render, in a chunk of its own (webpackChunkName
 * "state"): the state line appears once the register has been read anyway, and the pane's first script
 * stays within its budget.
 */
export { closingSheetsToRead, monthBeingClosed, periodState, stateSheetsToRead } from "../register/period-state";
export { monthStateLine, yearStateLine } from "../i18n/period-state";
export { monthStepStatus, nextMonthStep, nextYearStep, yearStepStatus } from "./step-status";

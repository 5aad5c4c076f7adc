/**
 * What each collapsed step says about the chosen period (done, with its date; next; not yet possible,
 * with the reason), and the step the pane opens at — both from the period's state, read from the register.
 */
import type { Messages } from "../i18n/catalogue";
import type { MonthState, YearState } from "../register/period-state";

export type MonthStepKey = "setup" | "prepare" | "import" | "check" | "generate" | "approve" | "settings";
export type YearStepKey = "yearGenerate" | "yearPublish" | "objections" | "finalize" | "archive";

export interface StepStatus {
  kind: "done" | "next" | "notYet" | "info";
  text: string;
}

const done = (t: Messages, what: string): StepStatus => ({ kind: "done", text: t.period.done(what) });
const next = (t: Messages, why?: string): StepStatus => ({ kind: "next", text: why ? `${t.period.next} · ${why}` : t.period.next });
const notYet = (t: Messages, why: string): StepStatus => ({ kind: "notYet", text: t.period.notYet(why) });

/** The month step that comes next for the month's state. */
export function nextMonthStep(s: MonthState): MonthStepKey | null {
  if (s.sheetsMissing) return "setup";
  switch (s.state) {
    case "未准备":
      return "prepare";
    case "待检查":
    case "有错误":
      return "check";
    case "已生成·拟评":
      return s.changedSinceGeneration ? "generate" : "approve";
    case "需重新通过":
      return s.needsGeneration ? "generate" : "approve";
    case "已通过":
      return null;
  }
}

/** The year step that comes next, once the year has begun (a year not generated waits for its time). */
export function nextYearStep(s: YearState): YearStepKey | null {
  switch (s.state) {
    case "未生成":
      return null;
    case "已生成":
    case "需重新公示":
      return "yearPublish";
    case "公示中":
      return "objections";
    case "公示期满":
      return s.openObjections > 0 ? "objections" : "finalize";
    case "已确定":
    case "结果运用已写出":
      return "archive";
  }
}

/** Each month step's status line (absent for steps the state says nothing about). */
export function monthStepStatus(s: MonthState, t: Messages): Partial<Record<MonthStepKey, StepStatus>> {
  const P = t.period;
  const generated = s.generatedOn !== null;
  const out: Partial<Record<MonthStepKey, StepStatus>> = {};
  const nextKey = nextMonthStep(s);
  if (s.sheetsMissing) {
    out.setup = next(t);
    return out;
  }
  out.prepare = s.state === "未准备" ? next(t) : done(t, P.prepared);
  if (s.state === "未准备") out.check = notYet(t, P.firstPrepare);
  else if (s.errors > 0) out.check = { kind: nextKey === "check" ? "next" : "info", text: P.errors(s.errors) };
  else out.check = nextKey === "check" ? next(t) : done(t, P.checkedClean);
  if (nextKey === "generate") out.generate = next(t, generated ? P.regenerate : undefined);
  else if (s.state === "未准备") out.generate = notYet(t, P.firstPrepare);
  else if (s.errors > 0 && !generated) out.generate = notYet(t, P.errors(s.errors));
  else if (generated) out.generate = done(t, P.generatedOn(s.generatedOn!));
  if (s.state === "已通过") out.approve = done(t, P.approvedOn(s.approvedOn!));
  else if (nextKey === "approve") out.approve = next(t);
  else out.approve = notYet(t, generated ? P.regenerate : P.firstGenerate);
  return out;
}

/** Each year step's status line. */
export function yearStepStatus(s: YearState, t: Messages): Partial<Record<YearStepKey, StepStatus>> {
  const P = t.period;
  const out: Partial<Record<YearStepKey, StepStatus>> = {};
  const nextKey = nextYearStep(s);
  out.yearGenerate = s.generatedOn ? done(t, P.generatedOn(s.generatedOn)) : { kind: s.state === "未生成" ? "next" : "info", text: s.state === "未生成" ? t.period.next : "" };
  if (s.state === "需重新公示") out.yearPublish = next(t, P.publishAgain);
  else if (s.publicity) out.yearPublish = done(t, P.publicUntil(s.publicity.end));
  else if (nextKey === "yearPublish") out.yearPublish = next(t);
  out.objections = s.openObjections > 0 ? { kind: nextKey === "objections" ? "next" : "info", text: P.open(s.openObjections) } : { kind: "info", text: P.noObjections };
  if (s.finalizedOn) out.finalize = done(t, P.finalizedOn(s.finalizedOn));
  else if (nextKey === "finalize") out.finalize = next(t);
  else if (s.state === "公示中") out.finalize = notYet(t, P.publicUntil(s.publicity!.end));
  else if (s.state === "公示期满") out.finalize = notYet(t, P.open(s.openObjections));
  else if (s.state === "需重新公示") out.finalize = notYet(t, P.publishAgain);
  else out.finalize = notYet(t, P.firstPublish);
  if (nextKey === "archive") out.archive = next(t);
  return out;
}

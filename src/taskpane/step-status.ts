/**
 * What each collapsed step says about the chosen period (done, with its date; next; not yet possible,
 * with the reason), and the step the pane opens at — both from the period's state, read from the register.
 */
import type { Lang } from "../i18n/catalogue";
import type { MonthState, YearState } from "../register/period-state";
import { enDate, zhDate } from "../i18n/words";

export type MonthStepKey = "setup" | "prepare" | "import" | "check" | "generate" | "approve" | "settings";
export type YearStepKey = "yearGenerate" | "yearPublish" | "objections" | "finalize" | "archive" | "notices";

export interface StepStatus {
  kind: "done" | "next" | "notYet" | "info";
  text: string;
}

/** The steps' status sentences (here rather than in the catalogue: they load with the state, on demand). */
const TEXT = {
  "zh-CN": {
    next: "下一步",
    done: (what: string) => `已完成：${what}`,
    notYet: (why: string) => `尚不能：${why}`,
    generatedOn: (date: string) => `已生成（${zhDate(date)}）`,
    approvedOn: (date: string) => `已通过（${zhDate(date)}）`,
    publicUntil: (date: string) => `公示至${zhDate(date)}`,
    finalizedOn: (date: string) => `已确定（${zhDate(date)}）`,
    prepared: "已准备",
    checkedClean: "数据无错误",
    errors: (n: number) => `有 ${n} 个错误`,
    firstPrepare: "请先准备本月",
    firstGenerate: "请先生成本月评星",
    regenerate: "数据已改动，请重新生成",
    firstPublish: "请先生成年度公示",
    publishAgain: "需重新公示",
    open: (n: number) => `${n} 条异议待核查`,
    noObjections: "没有待核查的异议",
  },
  "en-US": {
    next: "Next",
    done: (what: string) => `Done: ${what}`,
    notYet: (why: string) => `Not yet: ${why}`,
    generatedOn: (date: string) => `generated (${enDate(date)})`,
    approvedOn: (date: string) => `approved (${enDate(date)})`,
    publicUntil: (date: string) => `public until ${enDate(date)}`,
    finalizedOn: (date: string) => `fixed (${enDate(date)})`,
    prepared: "prepared",
    checkedClean: "no errors in the data",
    errors: (n: number) => `${n} ${n === 1 ? "error" : "errors"}`,
    firstPrepare: "prepare the month first",
    firstGenerate: "generate the month first",
    regenerate: "the data changed: generate again",
    firstPublish: "generate the annual publicity first",
    publishAgain: "publicise again",
    open: (n: number) => `${n} ${n === 1 ? "objection" : "objections"} to be checked`,
    noObjections: "no objection to be checked",
  },
};
type Sentences = (typeof TEXT)["zh-CN"];

const done = (P: Sentences, what: string): StepStatus => ({ kind: "done", text: P.done(what) });
const next = (P: Sentences, why?: string): StepStatus => ({ kind: "next", text: why ? `${P.next} · ${why}` : P.next });
const notYet = (P: Sentences, why: string): StepStatus => ({ kind: "notYet", text: P.notYet(why) });

/** The month step that comes next for the month's state. */
export function nextMonthStep(s: MonthState): MonthStepKey | null {
  if (s.sheetsMissing) return "setup";
  switch (s.state) {
    case "未准备":
      return "prepare";
    case "有错误":
      return "check";
    case "可以生成":
      return "generate";
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
export function monthStepStatus(s: MonthState, lang: Lang): Partial<Record<MonthStepKey, StepStatus>> {
  const P = TEXT[lang];
  const generated = s.generatedOn !== null;
  const out: Partial<Record<MonthStepKey, StepStatus>> = {};
  const nextKey = nextMonthStep(s);
  if (s.sheetsMissing) {
    out.setup = next(P);
    return out;
  }
  out.prepare = s.state === "未准备" ? next(P) : done(P, P.prepared);
  if (s.state === "未准备") out.check = notYet(P, P.firstPrepare);
  else if (s.errors > 0) out.check = { kind: nextKey === "check" ? "next" : "info", text: P.errors(s.errors) };
  else out.check = nextKey === "check" ? next(P) : done(P, P.checkedClean);
  if (nextKey === "generate") out.generate = next(P, generated ? P.regenerate : undefined);
  else if (s.state === "未准备") out.generate = notYet(P, P.firstPrepare);
  else if (s.errors > 0 && !generated) out.generate = notYet(P, P.errors(s.errors));
  else if (generated) out.generate = done(P, P.generatedOn(s.generatedOn!));
  if (s.state === "已通过") out.approve = done(P, P.approvedOn(s.approvedOn!));
  else if (nextKey === "approve") out.approve = next(P);
  else out.approve = notYet(P, generated ? P.regenerate : P.firstGenerate);
  return out;
}

/** Each year step's status line. */
export function yearStepStatus(s: YearState, lang: Lang): Partial<Record<YearStepKey, StepStatus>> {
  const P = TEXT[lang];
  const out: Partial<Record<YearStepKey, StepStatus>> = {};
  const nextKey = nextYearStep(s);
  out.yearGenerate = s.generatedOn
    ? done(P, P.generatedOn(s.generatedOn))
    : { kind: s.state === "未生成" ? "next" : "info", text: s.state === "未生成" ? P.next : "" };
  if (s.state === "需重新公示") out.yearPublish = next(P, P.publishAgain);
  else if (s.publicity) out.yearPublish = done(P, P.publicUntil(s.publicity.end));
  else if (nextKey === "yearPublish") out.yearPublish = next(P);
  out.objections =
    s.openObjections > 0 ? { kind: nextKey === "objections" ? "next" : "info", text: P.open(s.openObjections) } : { kind: "info", text: P.noObjections };
  if (s.finalizedOn) out.finalize = done(P, P.finalizedOn(s.finalizedOn));
  else if (nextKey === "finalize") out.finalize = next(P);
  else if (s.state === "公示中") out.finalize = notYet(P, P.publicUntil(s.publicity!.end));
  else if (s.state === "公示期满") out.finalize = notYet(P, P.open(s.openObjections));
  else if (s.state === "需重新公示") out.finalize = notYet(P, P.publishAgain);
  else out.finalize = notYet(P, P.firstPublish);
  if (nextKey === "archive") out.archive = next(P);
  return out;
}

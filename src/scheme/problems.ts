/**
 * Problems: data issues returned as values, never thrown. The UI turns `code` + `args` into a sentence
 * in the user's language; `place` says where (the register layer fills `ref` with a cell address).
 */

import { SETTING_TABLE, settingProblemCodes } from "./setting-table";

/** An error blocks writing results; a warning informs. */
export type Severity = "error" | "warning";

/** Where a problem lies. Every field is optional; `ref` is the opaque reference of the input row or cell. */
export interface Place {
  member?: string;
  period?: string;
  ballot?: string;
  criterion?: string;
  setting?: string;
  ref?: string;
}

/** One data problem. `code` is stable and documented in {@link PROBLEM_CODES} (or a layer's own catalogue). */
export interface Problem {
  severity: Severity;
  code: AnyProblemCode;
  place: Place;
  args: Record<string, string | number>;
}

/**
 * Every problem code the engine emits, with its severity. Stable: the i18n catalogue keys on these.
 */
export const PROBLEM_CODES = {
  // settings
  "settings.weights-sum": "error",
  "settings.weight-range": "error",
  "settings.thresholds-count": "error",
  "settings.thresholds-order": "error",
  "settings.threshold-range": "error",
  "settings.grade-unknown": "error",
  "settings.grade-missing": "error",
  "settings.grade-points-range": "error",
  // each setting's own check (scheme/setting-table.ts)
  ...settingProblemCodes(SETTING_TABLE),
  // criteria
  "criteria.empty": "error",
  "criteria.duplicate-code": "error",
  "criteria.duplicate-name": "error",
  "criteria.unknown-category": "error",
  "criteria.max-invalid": "error",
  "criteria.max-sum": "error",
  "criteria.category-missing": "warning",
  // roster
  "roster.missing-id": "error",
  "roster.duplicate-id": "error",
  "roster.invalid-date": "error",
  "roster.invalid-kind": "error",
  "roster.left-before-joined": "warning",
  // month
  "month.no-members": "warning",
  // record
  "record.unknown-member": "error",
  "record.member-not-assessed": "warning",
  "record.duplicate-row": "error",
  "record.unknown-criterion": "error",
  "record.points-invalid": "error",
  "record.points-out-of-range": "error",
  "record.points-blank": "error",
  "record.exempt-without-reason": "warning",
  "record.missing": "warning",
  // adjustments
  "adjustment.unknown-member": "error",
  "adjustment.member-not-assessed": "warning",
  "adjustment.points-invalid": "error",
  "adjustment.reason-missing": "warning",
  "adjustment.without-record": "warning",
  // ballots
  "ballot.number-missing": "error",
  "ballot.duplicate-number": "error",
  "ballot.duplicate-voter": "error",
  "ballot.empty": "warning",
  "ballot.unknown-member": "error",
  "ballot.member-not-assessed": "warning",
  "ballot.invalid-mark": "error",
  "ballot.duplicate-mark": "error",
  "ballot.self-mark": "warning",
  "ballot.excellent-cap": "warning",
  "ballot.no-mass-representative": "warning",
  // appraisal
  "appraisal.quorum": "warning",
  "appraisal.none": "warning",
  // annual
  "annual.few-months": "warning",
  "annual.no-months": "warning",
  "annual.appraisal-monthly-mean": "warning",
  "annual.no-appraisal": "warning",
  // approval
  "approval.before-period": "warning",
  "approval.in-future": "warning",
  // publicity
  "publicity.days-below-minimum": "error",
  // objections
  "objection.outside-period": "warning",
  "objection.adjusted-without-upheld": "error",
  "objection.adjusted-invalid": "error",
  "objection.upheld-without-adjustment": "warning",
  "objection.conflicting-adjustments": "error",
  "objection.unknown-member": "error",
  // the organisational life meeting (docs/rules.md): all warnings, the branch may have had reasons
  "meeting.date-missing": "warning",
  "meeting.monthly-not-last-week": "warning",
  "meeting.branch-not-first-week": "warning",
  "meeting.branch-no-mass-rep": "warning",
  "meeting.no-non-party": "warning",
  "meeting.low-attendance": "warning",
  // finalisation
  "final.period-not-ended": "error",
  "final.objection-pending": "error",
} as const satisfies Record<string, Severity>;

/** A code from {@link PROBLEM_CODES}. */
export type ProblemCode = keyof typeof PROBLEM_CODES;

/**
 * The codes of the layers above the scheme: each layer declares its catalogue here by declaration merging
 * (register/read/problems.ts adds REGISTER_CODES, the import's codes among them), so that the scheme stays
 * free of them and still every code is one closed union.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface LayerProblemCodes {}

/** Every problem code there is: a typo in a code does not compile. */
export type AnyProblemCode = ProblemCode | keyof LayerProblemCodes;

/** The part of a code before its dot: "criteria" of "criteria.empty". */
export type ProblemArea = AnyProblemCode extends infer C ? (C extends `${infer A}.${string}` ? A : never) : never;

/** True when a code is of an area ("criteria.empty" is of "criteria"). */
export function isArea(code: AnyProblemCode, area: ProblemArea): boolean {
  return code.startsWith(`${area}.`);
}

/** Makes a problem; its severity comes from the catalogue so that a code always has one severity. */
export function problem(code: ProblemCode, place: Place, args: Record<string, string | number> = {}): Problem {
  return { severity: PROBLEM_CODES[code], code, place: compactPlace(place), args };
}

/** True when any problem is an error (which blocks writing results). */
export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}

/** Drops undefined fields so that places compare and serialise cleanly. */
function compactPlace(place: Place): Place {
  const out: Place = {};
  for (const key of Object.keys(place) as (keyof Place)[]) {
    const value = place[key];
    if (value !== undefined) out[key] = value;
  }
  return out;
}

import type { Severity } from "../../scheme/problems";

/**
 * Problems of importing ballots from an export (问卷星, Microsoft Forms, plain sheets, long lists): the file,
 * its columns, its answers, and the register it goes into. Part of REGISTER_CODES; each has a sentence in
 * src/i18n/import-problems.ts. Kept apart from register/read/problems so that this file imports nothing.
 */
export const IMPORT_CODES = {
  "import.file-empty": "error",
  "import.file-not-spreadsheet": "error",
  "import.file-xls": "error",
  "import.file-encoding": "error",
  "import.sheet-missing": "error",
  "import.sheet-chosen": "warning",
  "import.shape-unknown": "error",
  "import.roster-empty": "error",
  "import.column-member-unknown": "error",
  "import.column-member-ambiguous": "error",
  "import.column-member-duplicate": "error",
  "import.column-unused": "warning",
  "import.override-column-unknown": "error",
  "import.override-member-unknown": "error",
  "import.answer-invalid": "error",
  "import.answers-option-numbers": "error",
  "import.mark-twice": "error",
  "import.ballot-number-twice": "error",
  "import.voter-twice": "error",
  "import.voter-not-on-roster": "warning",
  "import.already-imported": "error",
  "import.ballot-number-taken": "error",
  "import.voter-has-ballot": "error",
  "import.period-has-ballots": "warning",
  "import.no-ballots": "error",
  "import.row-empty": "warning",
  "import.row-other-period": "warning",
  "import.row-no-ballot": "warning",
} as const satisfies Record<string, Severity>;

export type ImportCode = keyof typeof IMPORT_CODES;

/** Why a row of the export became no ballot (the report lists these rows; they are not problems). */
export type SkipReason = "import.row-empty" | "import.row-other-period" | "import.row-no-ballot";

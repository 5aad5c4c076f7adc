/**
 * The formula errors the custom functions give (#VALUE!, #NUM!, #N/A), as `CustomFunctions.Error` in
 * Excel and as a local class of the same shape elsewhere (node, the tests, the benchmark), so that the
 * functions run unchanged outside Excel and the tests can assert the code and the message.
 */

/** The error values the functions give, as Excel shows them (the values of `CustomFunctions.ErrorCode`). */
export type FormulaErrorCode = "#VALUE!" | "#NUM!" | "#N/A";

/** The shape of `CustomFunctions.Error`: an error code and an optional message. */
export interface FormulaError {
  readonly code: FormulaErrorCode;
  readonly message?: string;
}

/** Stands in for `CustomFunctions.Error` where Excel's runtime is absent. */
export class LocalFormulaError extends Error implements FormulaError {
  override readonly name = "FormulaError";
  constructor(
    readonly code: FormulaErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The part of Excel's `CustomFunctions` global used here. */
interface CustomFunctionsRuntime {
  Error: new (code: FormulaErrorCode, message?: string) => FormulaError;
}

/**
 * Excel shows a custom message only with #VALUE! and #N/A, so #NUM! goes to Excel without its message;
 * the message still documents the rule in the source and is checked by the tests.
 */
function excelShowsMessage(code: FormulaErrorCode): boolean {
  return code !== "#NUM!";
}

function customFunctionsRuntime(): CustomFunctionsRuntime | undefined {
  const runtime = (globalThis as { CustomFunctions?: Partial<CustomFunctionsRuntime> }).CustomFunctions;
  return typeof runtime?.Error === "function" ? (runtime as CustomFunctionsRuntime) : undefined;
}

/** A formula error: `CustomFunctions.Error` when Excel's runtime is present, else a {@link LocalFormulaError}. */
export function formulaError(code: FormulaErrorCode, message: string): FormulaError {
  const runtime = customFunctionsRuntime();
  if (runtime) return excelShowsMessage(code) ? new runtime.Error(code, message) : new runtime.Error(code);
  return new LocalFormulaError(code, message);
}

/** Throws a formula error (a bad argument, or no value to give). */
export function fail(code: FormulaErrorCode, message: string): never {
  throw formulaError(code, message);
}

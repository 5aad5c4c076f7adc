/**
 * Programmer mistakes. Data problems are never thrown: they are returned as {@link Problem} values.
 * These errors mean that a caller broke the engine's contract (a malformed ISO date, a non-finite
 * number where the types promise one, an out-of-range argument).
 */

/** An argument violates the documented contract of a scheme function. */
export class SchemeArgumentError extends Error {
  override name = "SchemeArgumentError";
}

/** A date, month or year string is not in the ISO form the engine requires. */
export class InvalidDateError extends SchemeArgumentError {
  override name = "InvalidDateError";
  constructor(
    readonly value: string,
    readonly expected: "YYYY-MM-DD" | "YYYY-MM" | "YYYY",
  ) {
    super(`Expected ${expected}, got ${JSON.stringify(value)}`);
  }
}

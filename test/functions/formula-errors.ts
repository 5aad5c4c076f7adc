/** Test helpers: catch the formula error a function throws. */
import type { FormulaError, FormulaErrorCode } from "../../src/functions/formula-error";

/** The formula error `fn` throws; fails the test when it returns or throws anything else. */
export function formulaErrorOf(fn: () => unknown): { code: FormulaErrorCode; message: string } {
  let result: unknown;
  try {
    result = fn();
  } catch (e) {
    const error = e as Partial<FormulaError> & { name?: string };
    if (error?.name !== "FormulaError") throw e;
    return { code: error.code as FormulaErrorCode, message: error.message ?? "" };
  }
  throw new Error(`expected a formula error, got ${JSON.stringify(result)}`);
}

/** Expects `fn` to throw the formula error `code` with a message containing every given fragment. */
export function expectFormulaError(fn: () => unknown, code: FormulaErrorCode, ...fragments: string[]): void {
  const error = formulaErrorOf(fn);
  expect(error.code).toBe(code);
  // Every message is bilingual: Chinese, then " / ", then English.
  const split = error.message.indexOf(" / ");
  expect(split).toBeGreaterThan(0);
  expect(error.message.slice(0, split)).toMatch(/[\u4e00-\u9fff]/);
  expect(error.message.slice(split + 3)).toMatch(/[A-Za-z]{3}/);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
}

/** What a call gives once it settles: its value, or the formula error it throws or rejects with. */
export async function settle(fn: () => unknown): Promise<{ value: unknown } | { error: { code: FormulaErrorCode; message: string } }> {
  try {
    return { value: await fn() };
  } catch (e) {
    const error = e as Partial<FormulaError> & { name?: string };
    if (error?.name !== "FormulaError") throw e;
    return { error: { code: error.code as FormulaErrorCode, message: error.message ?? "" } };
  }
}

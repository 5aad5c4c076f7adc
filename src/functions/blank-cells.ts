/**
 * Blank cells that arrive as 0. Some Excel desktop builds pass a blank cell to a custom function as 0,
 * where newer builds and Excel on the web pass null, and no requirement set tells the two apart
 * (https://github.com/OfficeDev/office-js/issues/4702; ranges too:
 * https://github.com/OfficeDev/office-js/issues/1951, https://github.com/OfficeDev/office-js/issues/5262).
 * A blank mark, score or setting must never become a 0, so a 0 is checked against the cell it came from:
 * - the functions ask for their arguments' addresses (@requiresParameterAddresses, CustomFunctionsRuntime
 *   1.3: https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options#detect-the-address-of-a-parameter);
 * - only an argument holding a 0 that came from a reference is looked up: the type of each such cell
 *   (Range.valueTypes, "Empty" for a blank cell: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-valuetypes-member)
 *   is read by a {@link BlankCellReader}, which gathers every lookup of a recalculation into one request;
 * - a 0 in a blank cell is turned back into the blank it was (null); a 0 typed in a cell stays 0;
 * - where the host gives no addresses at all (no CustomFunctionsRuntime 1.3), a 0 stays a 0 where a
 *   blank would give the same result (the argument's {@link ZeroNeutral} rule: RECORD adds a blank and a 0
 *   alike); elsewhere the formula of the calling cell (its address: @requiresAddress, CustomFunctionsRuntime
 *   1.1) says where the argument comes from (./formula-arguments.ts): a number typed in the formula is that
 *   number, a reference is looked up as above; only an argument that is neither (a calculation) is refused,
 *   #N/A saying that this Excel cannot tell;
 * - where an address cannot be read (another workbook, a sheet gone, a failed request) the function
 *   refuses to guess: #N/A with a message saying why.
 * Arguments without a 0 (nearly all) cost nothing: no lookup, no promise.
 */
import { argumentSource, callArguments } from "./formula-arguments";
import { fail } from "./formula-error";
import { MESSAGES } from "./messages";

/** A rectangle within an argument, zero-based and inclusive, relative to its top-left cell. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Reads whether cells are empty; implementations gather the calls of one recalculation into one request. */
export interface BlankCellReader {
  /**
   * For each cell of `box` within the argument at `address` ("Sheet!B5:B34"), whether it is empty, in
   * rows of the box. Rejects when the address cannot be read.
   */
  emptyCells(address: string, box: CellBox): Promise<boolean[][]>;
  /** The formula of the cell at `address` ("Sheet!B5") as Range.formulas gives it. Rejects when it cannot be read. */
  formulaOf(address: string): Promise<string>;
}

/** The functions' namespace (manifest.xml, Functions.Namespace). */
const NAMESPACE = "PX";

/**
 * Whether the zeros of an argument give the same result as blanks would (so that a host without addresses
 * need not tell them apart); per argument of a function, undefined where a 0 and a blank differ.
 */
export type ZeroNeutral = (value: unknown) => boolean;

let reader: BlankCellReader | undefined;

/** Installs the reader (the composition root in Excel, and tests). Returns the previous one. */
export function installBlankCellReader(next: BlankCellReader | undefined): BlankCellReader | undefined {
  const previous = reader;
  reader = next;
  return previous;
}

/** The box around every 0 of an argument (a value, or rows of values), or undefined when it holds none. */
export function zeroBox(value: unknown): CellBox | undefined {
  if (value === 0) return { top: 0, left: 0, bottom: 0, right: 0 };
  if (!Array.isArray(value)) return undefined;
  let box: CellBox | undefined;
  for (let r = 0; r < value.length; r++) {
    const row = value[r];
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length; c++) {
      if (row[c] !== 0) continue;
      if (!box) box = { top: r, left: c, bottom: r, right: c };
      else {
        box.bottom = r;
        if (c < box.left) box.left = c;
        if (c > box.right) box.right = c;
      }
    }
  }
  return box;
}

/** The argument with every 0 in an empty cell of the box replaced by null. */
function withBlanks(value: unknown, box: CellBox, empty: boolean[][]): unknown {
  if (!Array.isArray(value)) return empty[0]?.[0] === true ? null : value;
  return value.map((row: unknown, r) => {
    if (!Array.isArray(row) || r < box.top || r > box.bottom) return row;
    const flags = empty[r - box.top];
    return row.map((cell: unknown, c) => (cell === 0 && c >= box.left && c <= box.right && flags?.[c - box.left] === true ? null : cell));
  });
}

/**
 * The arguments as the cells hold them: a 0 that Excel passed for a blank cell becomes null. Returns the
 * arguments unchanged, synchronously, when none holds a 0 that came from a cell, or when the function was
 * called from code (no invocation); a promise when cells must be looked up. Refuses (#N/A) when a 0 came
 * from a cell whose type cannot be read.
 */
export function resolveBlanks(
  args: readonly unknown[],
  invocation: CustomFunctions.Invocation | undefined,
  neutral: readonly (ZeroNeutral | undefined)[] = [],
): unknown[] | Promise<unknown[]> {
  if (!invocation) return args as unknown[];
  let lookups: Promise<void>[] | undefined;
  let out: unknown[] | undefined;
  const undecided: { index: number; box: CellBox }[] = [];
  for (let i = 0; i < args.length; i++) {
    const box = zeroBox(args[i]);
    if (!box) continue;
    const addresses = invocation.parameterAddresses;
    // No addresses at all: this host cannot say where a 0 came from, so a blank and a 0 look the same;
    // that matters only where they would give different results.
    if (!addresses) {
      if (!neutral[i]?.(args[i])) undecided.push({ index: i, box });
      continue;
    }
    if (!reader) return fail("#N/A", MESSAGES.blankOrZero());
    const address = addresses[i];
    if (!address) continue; // not a reference (a typed 0 or a computed one): a real 0
    out ??= [...args];
    const index = i;
    (lookups ??= []).push(
      reader.emptyCells(address, box).then((empty) => {
        (out as unknown[])[index] = withBlanks(args[index], box, empty);
      }),
    );
  }
  if (undecided.length > 0) return fromFormula(args, invocation.address, undecided);
  if (!lookups) return args as unknown[];
  return Promise.all(lookups).then(
    () => out as unknown[],
    () => fail("#N/A", MESSAGES.blankOrZero()),
  );
}

/** A 0 this host cannot place, for {@link fromFormula}. */
class Undecided extends Error {}

/**
 * The arguments with the zeros of `undecided` placed through the calling cell's formula: a number typed in
 * it stays, cells are looked up. Refuses (#N/A, saying this Excel cannot tell) what the formula cannot
 * place, and where the calling cell is unknown.
 */
function fromFormula(args: readonly unknown[], caller: string | undefined, undecided: readonly { index: number; box: CellBox }[]): Promise<unknown[]> {
  const current = reader;
  if (!caller || !current) return fail("#N/A", MESSAGES.blankOrZeroNoAddresses());
  return current.formulaOf(caller).then(
    async (formula) => {
      const texts = callArguments(formula, NAMESPACE);
      const out = [...args];
      await Promise.all(
        undecided.map(async ({ index, box }) => {
          const text = texts?.[index];
          const source = text === undefined ? undefined : argumentSource(text, caller);
          if (!source) throw new Undecided();
          if (source.kind === "cells") out[index] = withBlanks(args[index], box, await current.emptyCells(source.address, box));
        }),
      ).catch((error: unknown) => fail("#N/A", error instanceof Undecided ? MESSAGES.blankOrZeroNoAddresses() : MESSAGES.blankOrZero()));
      return out;
    },
    () => fail("#N/A", MESSAGES.blankOrZero()),
  );
}

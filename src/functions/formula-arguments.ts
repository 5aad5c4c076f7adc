/**
 * Where a function's arguments come from, read from the formula of the cell that calls it: for hosts that
 * give no parameter addresses (no CustomFunctionsRuntime 1.3) but do give the calling cell's address
 * (`invocation.address`, @requiresAddress, CustomFunctionsRuntime 1.1:
 * https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.invocation#custom-functions-runtime-customfunctions-invocation-address-member).
 * The formula is read as Range.formulas gives it, in English A1 notation with commas between arguments
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-formulas-member).
 * Only the two plain kinds are told apart: a number typed in the formula, and a reference to cells of this
 * workbook. Anything else (a calculation, a name, another function) is undecided.
 */

/** Where one argument comes from: a number typed in the formula, or cells ("Sheet!A1:B2"). */
export type ArgumentSource = { kind: "number" } | { kind: "cells"; address: string };

/**
 * The texts of the arguments of the one call to a function of `namespace` in `formula` ("=PX.STAR(A1, 0)"
 * → ["A1", "0"]); undefined when the formula holds no such call or more than one (which one Excel is
 * evaluating cannot be told).
 */
export function callArguments(formula: string, namespace: string): string[] | undefined {
  const head = new RegExp(`(^|[^\\w.])${namespace.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\.[^\\s(),"']+\\(`, "iy");
  const starts: number[] = [];
  let inText = false;
  let inName = false;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"' && !inName) inText = !inText;
    else if (ch === "'" && !inText) inName = !inName;
    else if (!inText && !inName) {
      head.lastIndex = i;
      const m = head.exec(formula);
      if (m) {
        starts.push(i + m[0].length);
        i += m[0].length - 1;
      }
    }
  }
  if (starts.length !== 1) return undefined;
  return splitArguments(formula, starts[0]);
}

/** The top-level arguments from just after an opening parenthesis to its closing one. */
function splitArguments(formula: string, from: number): string[] | undefined {
  const args: string[] = [];
  let depth = 0;
  let inText = false;
  let inName = false;
  let start = from;
  for (let i = from; i < formula.length; i++) {
    const ch = formula[i];
    if (inText) {
      if (ch === '"') inText = false;
    } else if (inName) {
      if (ch === "'") inName = false;
    } else if (ch === '"') inText = true;
    else if (ch === "'") inName = true;
    else if (ch === "(" || ch === "{") depth++;
    else if ((ch === ")" || ch === "}") && depth > 0) depth--;
    else if (ch === ")") {
      args.push(formula.slice(start, i).trim());
      return args.length === 1 && args[0] === "" ? [] : args;
    } else if (ch === "," && depth === 0) {
      args.push(formula.slice(start, i).trim());
      start = i + 1;
    }
  }
  return undefined;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(E[+-]?\d+)?%?$/i;
const CELLS = /^(?:('(?:[^']|'')+'|[^'!:\s()[\],"]+)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/i;

/**
 * Where an argument's text comes from; cells without a sheet are on the calling cell's sheet
 * (`callerAddress`, "Sheet1!B2" or "'My sheet'!B2"). Undefined for anything else.
 */
export function argumentSource(text: string, callerAddress: string): ArgumentSource | undefined {
  if (NUMBER.test(text)) return { kind: "number" };
  const m = CELLS.exec(text);
  if (!m) return undefined;
  if (m[1]) return { kind: "cells", address: `${m[1]}!${m[2]}` };
  const bang = callerAddress.lastIndexOf("!");
  return bang > 0 ? { kind: "cells", address: `${callerAddress.slice(0, bang)}!${m[2]}` } : undefined;
}

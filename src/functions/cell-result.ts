/**
 * A function's value as the 1×1 matrix its metadata declares (dimensionality "matrix", required with
 * requiresParameterAddresses: https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#options).
 * Excel writes the single element into the formula's own cell. A thrown formula error stays thrown, a
 * rejected promise stays rejected: Excel shows either for the whole cell.
 */
export function asCell<T>(value: T | Promise<T>): T[][] | Promise<T[][]> {
  return value instanceof Promise ? value.then((v) => [[v]]) : [[value]];
}

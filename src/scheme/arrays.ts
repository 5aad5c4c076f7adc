/**
 * Array helpers that hold for any length. Spreading an array into a call's arguments (`a.push(...b)`,
 * `Math.max(...b)`, `a.splice(i, 0, ...b)`) puts every element on the stack and throws "Maximum call
 * stack size exceeded" somewhere above ~100,000 elements (the limit depends on the engine and the frame),
 * and a register can have that many problems, rows or marks. Lint forbids the spread (eslint.config.js);
 * these loops take its place.
 */

/** Appends every item of `items` to `target` (in place) and returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values`, and never below `floor` (−Infinity by default, as Math.max() of nothing). */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) {
    if (v > max || Number.isNaN(v)) max = v;
    if (Number.isNaN(max)) return NaN;
  }
  return max;
}

/** Replaces `deleteCount` items of `target` from `start` by `items` (in place), like splice without the spread. */
export function spliceAll<T>(target: T[], start: number, deleteCount: number, items: readonly T[]): void {
  const tail = target.slice(start + deleteCount);
  target.length = Math.min(target.length, start);
  pushAll(target, items);
  pushAll(target, tail);
}

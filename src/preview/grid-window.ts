import { cellAddress, parseAddress } from "../register/cells";

/*
 * The part of a sheet the grid draws: only the rows and columns in sight (with a margin), so that a sheet
 * of any size — a value at XFD1048576, a merge over the whole sheet — costs the page what a screenful
 * costs. Pure, for the grid and its tests.
 */

/** A block of cells, 0-based and inclusive. */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B3:D5" (or "B3") as a box. */
export function box(range: string): Box {
  const [a, b = a] = range.split(":");
  const p = parseAddress(a);
  const q = parseAddress(b);
  return { top: Math.min(p.row, q.row), left: Math.min(p.column, q.column), bottom: Math.max(p.row, q.row), right: Math.max(p.column, q.column) };
}

/** Running sums of sizes: `offsets[i]` is where item i starts, `offsets[n]` the total. */
export function offsetsOf(sizes: readonly number[]): number[] {
  const out = [0];
  for (const s of sizes) out.push(out[out.length - 1] + s);
  return out;
}

/** The first item whose end is past `position` (binary search over the offsets). */
function indexAt(offsets: readonly number[], position: number): number {
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid + 1] <= position) lo = mid + 1;
    else hi = mid;
  }
  return Math.min(lo, offsets.length - 2);
}

/** The items [first, last) that a view from `start` of `size` pixels shows, with `margin` items either side. */
export function windowOf(offsets: readonly number[], start: number, size: number, margin: number): [number, number] {
  const count = offsets.length - 1;
  if (count <= 0) return [0, 0];
  const first = Math.max(0, indexAt(offsets, Math.max(0, start)) - margin);
  const last = Math.min(count, indexAt(offsets, Math.max(0, start + size)) + 1 + margin);
  return [first, last];
}

/** The items [first, last) in sight for items of one size. */
export function uniformWindow(count: number, itemSize: number, start: number, size: number, margin: number): [number, number] {
  const first = Math.max(0, Math.floor(start / itemSize) - margin);
  const last = Math.min(count, Math.ceil((start + size) / itemSize) + margin);
  return [Math.min(first, last), last];
}

/**
 * Merged blocks cut to the drawn window: a block partly in sight is drawn as its part in sight, a block out
 * of sight not at all. Nothing is expanded before it is cut, so a merge to XFD1048576 costs one box.
 */
export function mergesInWindow(merges: readonly string[], window: Box): string[] {
  const out: string[] = [];
  for (const m of merges) {
    let b: Box;
    try {
      b = box(m);
    } catch {
      continue;
    }
    const top = Math.max(b.top, window.top);
    const left = Math.max(b.left, window.left);
    const bottom = Math.min(b.bottom, window.bottom);
    const right = Math.min(b.right, window.right);
    if (top > bottom || left > right || (top === bottom && left === right)) continue;
    out.push(`${cellAddress(top, left)}:${cellAddress(bottom, right)}`);
  }
  return out;
}

/**
 * Request sizes. Excel on the web refuses a request or response over 5 MB, so the adapter estimates each
 * queued operation's payload (the JSON of the values it writes, plus a fixed allowance for the call) and
 * syncs before a request would pass the budget. Small workbooks never notice: everything fits one request.
 */
import type { ExcelScalar } from "./text-safety";

/** Excel on the web's limit on one request or response (5 MB). */
export const PAYLOAD_LIMIT = 5_000_000;
/** What the adapter lets one request carry, leaving room for what the estimate does not count. */
export const REQUEST_BUDGET = 4_000_000;
/** The largest block of cell values or number formats one operation writes. */
export const BLOCK_BYTES = 1_000_000;
/** Allowance per queued call for its object path, method name and ids. */
export const CALL_BYTES = 256;

/** UTF-8 bytes of the JSON text of one value, as a request carries it. */
export function valueBytes(value: ExcelScalar | null): number {
  if (typeof value === "number") return String(value).length;
  if (typeof value === "boolean") return value ? 4 : 5;
  if (value === null) return 4;
  let bytes = 2;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 0x22 || code === 0x5c) bytes += 2;
    else if (code < 0x20) bytes += 6;
    else if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes of one row's JSON array. */
export function rowBytes(row: readonly (ExcelScalar | null)[]): number {
  let bytes = 2 + Math.max(0, row.length - 1);
  for (const v of row) bytes += valueBytes(v);
  return bytes;
}

/** A run of rows [start, end) and its estimated bytes. */
export interface RowBlock {
  start: number;
  end: number;
  bytes: number;
}

/** Splits rows into consecutive blocks of at most `maxBytes` each (a single larger row stands alone). */
export function rowBlocks(rows: readonly (readonly (ExcelScalar | null)[])[], maxBytes = BLOCK_BYTES): RowBlock[] {
  const blocks: RowBlock[] = [];
  let start = 0;
  let bytes = 2;
  for (let r = 0; r < rows.length; r++) {
    const size = rowBytes(rows[r]) + 1;
    if (r > start && bytes + size > maxBytes) {
      blocks.push({ start, end: r, bytes });
      start = r;
      bytes = 2;
    }
    bytes += size;
  }
  if (rows.length > start) blocks.push({ start, end: rows.length, bytes });
  return blocks;
}

/** One call (or a few) to queue on the request context, with its estimated payload. */
export interface QueuedOp {
  bytes: number;
  queue: () => void;
}

/**
 * Queues the operations in order and syncs whenever the next one would take the request past the budget,
 * then once at the end. Returns the number of syncs. Operations are queued only once a sync has made
 * room, so a request never carries more than the budget unless one operation alone does.
 */
export async function queueInRequests(context: Excel.RequestContext, ops: readonly QueuedOp[], budget = REQUEST_BUDGET): Promise<number> {
  let syncs = 0;
  let bytes = 0;
  let queued = 0;
  for (const op of ops) {
    if (queued > 0 && bytes + op.bytes > budget) {
      // Only a write larger than one request gets here: its blocks go in consecutive requests.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
      syncs++;
      bytes = 0;
      queued = 0;
    }
    op.queue();
    bytes += op.bytes;
    queued++;
  }
  if (queued > 0) {
    await context.sync();
    syncs++;
  }
  return syncs;
}

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

/** The smallest request budget halving goes down to before giving up. */
export const MIN_BUDGET = 16_000;
/**
 * A GeneralException from a request at least this large is taken for a payload refusal and retried in
 * halves: Excel on the web has answered large writes well below 5 MB with "An internal error has
 * occurred" (GeneralException) instead of RequestPayloadSizeLimitExceeded —
 * https://github.com/OfficeDev/office-js/issues/1012, https://github.com/OfficeDev/office-js/issues/1314,
 * https://github.com/OfficeDev/office-js-docs-reference/issues/354 (2,000 × 10 values refused, 500 rows fine).
 * A smaller request failing that way is a real failure and reaches the caller.
 */
export const GENERAL_EXCEPTION_RETRY_BYTES = 32_000;

/**
 * True for a refusal of the whole request because of its size: RequestPayloadSizeLimitExceeded (the
 * documented 5 MB limit of Excel on the web), or a GeneralException from a large request (see above).
 * https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 */
export function isPayloadRefusal(error: unknown, requestBytes: number): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || (code === "GeneralException" && requestBytes >= GENERAL_EXCEPTION_RETRY_BYTES);
}

/** How requests are sized: the budget, and the size of the last request sent (to judge a refusal). */
export interface Budget {
  bytes: number;
  lastRequest?: number;
  /** How many of the operations had been sent (the request that failed included) when the queue stopped. */
  sent?: number;
  /** How many of the operations had been sent in requests that completed. */
  done?: number;
}

/**
 * Queues the operations in order and syncs whenever the next one would take the request past the budget,
 * then once at the end. Returns the number of syncs. Operations are queued only once a sync has made
 * room, so a request never carries more than the budget unless one operation alone does. A failure stops
 * there: Excel runs a request's operations in order and none after the one that failed, so what follows
 * (the swap after a build) never runs. `budget.lastRequest` tells the caller how large the failed request
 * was, for {@link isPayloadRefusal}, and `budget.sent` how far the queue got.
 */
export async function queueInRequests(context: Excel.RequestContext, ops: readonly QueuedOp[], budget: Budget | number = REQUEST_BUDGET): Promise<number> {
  const limit: Budget = typeof budget === "number" ? { bytes: budget } : budget;
  let syncs = 0;
  let start = 0;
  while (start < ops.length) {
    let bytes = 0;
    let end = start;
    while (end < ops.length && (end === start || bytes + ops[end].bytes <= limit.bytes)) {
      ops[end].queue();
      bytes += ops[end].bytes;
      end++;
    }
    limit.lastRequest = bytes;
    limit.sent = end;
    limit.done = start;
    // Only a write larger than one request gets here more than once.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    start = end;
  }
  return syncs;
}

/** The next budget after a request of `bytes` was refused for its size, or null when it cannot shrink. */
export function halved(budget: Budget): number | null {
  if (budget.bytes <= MIN_BUDGET) return null;
  return Math.max(MIN_BUDGET, Math.floor(Math.min(budget.bytes, budget.lastRequest ?? budget.bytes) / 2));
}

/**
 * The Excel adapter's own error: a write that failed midway and whose clean-up failed too, so the
 * workbook holds unfinished sheets the person should delete. The previous results are still in place.
 */
export class UnfinishedWriteError extends Error {
  constructor(
    /** Names of the unfinished (temporary) sheets that may remain. */
    readonly sheets: readonly string[],
    /** Why the write failed. */
    readonly cause: unknown,
    /** Why removing the unfinished sheets failed. */
    readonly cleanupError: unknown
  ) {
    super(
      `writing the sheets failed (${messageOf(cause)}) and the unfinished sheets ${sheets.join(", ")} could not be removed ` +
        `(${messageOf(cleanupError)}); the previous results are unchanged, delete the unfinished sheets by hand`
    );
    this.name = "UnfinishedWriteError";
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

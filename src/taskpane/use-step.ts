import { useCallback, useRef, useState } from "react";
import type { Messages } from "../i18n/catalogue";
import { ProtectedError, SheetNotOursError } from "../register/port";

/** The state of one step the user runs: idle, running, finished with a result, or failed. */
export type StepState<T> =
  | { status: "idle" }
  | { status: "running" }
  | { status: "done"; result: T }
  | { status: "failed"; error: unknown };

/**
 * Runs one step's action at a time: a second click while it runs does nothing, and a failure becomes a
 * state to show instead of an unhandled rejection.
 */
export function useStep<T>(action: () => Promise<T>): [StepState<T>, () => Promise<void>] {
  const [state, setState] = useState<StepState<T>>({ status: "idle" });
  const running = useRef(false);
  const run = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setState({ status: "running" });
    try {
      const result = await action();
      setState({ status: "done", result });
    } catch (e) {
      setState({ status: "failed", error: e });
    } finally {
      running.current = false;
    }
  }, [action]);
  return [state, run];
}

/** What went wrong, in the user's language where the error is one the add-in knows. */
export function errorText(error: unknown, t: Messages): string {
  if (error instanceof SheetNotOursError) return t.errors.sheetNotOurs(error.sheet);
  if (error instanceof ProtectedError) {
    const parts = [error.structure ? t.errors.protectedStructure : "", error.sheets.length ? t.errors.protectedSheets(error.sheets) : ""];
    return t.errors.joinErrors(parts.filter(Boolean));
  }
  // webpack's failure to fetch a part of the pane loaded on demand (the network dropped).
  if (error instanceof Error && error.name === "ChunkLoadError") return t.errors.chunk;
  if (error instanceof Error && error.message) return error.message;
  return typeof error === "string" && error ? error : t.errors.unknown;
}

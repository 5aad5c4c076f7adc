import { useCallback, useRef, useState } from "react";

/** The state of one step the user runs: idle, running, finished with a message, or failed. */
export type StepState<T> =
  | { status: "idle" }
  | { status: "running" }
  | { status: "done"; result: T }
  | { status: "failed"; error: string };

/**
 * Runs one step's action at a time: a second click while it runs does nothing, and a failure becomes a
 * message instead of an unhandled rejection.
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
      setState({ status: "failed", error: e instanceof Error ? e.message : String(e) });
    } finally {
      running.current = false;
    }
  }, [action]);
  return [state, run];
}

import { useCallback, useRef, useState } from "react";
import type { Messages } from "../i18n/catalogue";
import { refusalText } from "../i18n/file-refusals";
import { ProtectedError, SheetNotOursError, type WorkbookPort } from "../register/port";
import { withPhases, type Phase } from "./phased-port";
import { useOptionalPane } from "./pane-context";

/** The state of one step the user runs: idle, running, finished with a result, or failed. */
export type StepState<T> = { status: "idle" } | { status: "running" } | { status: "done"; result: T } | { status: "failed"; error: unknown };

export interface StepOptions<T> {
  /** True when the finished action changed the workbook: the pane re-reads the period's state and clears other steps' messages. */
  wrote?: (result: T) => boolean;
}

/**
 * Runs one step's action at a time: a second click while it runs does nothing, and a failure becomes a
 * state to show instead of an unhandled rejection. Inside the pane, an outcome never outlives what it
 * describes: once the workbook or the chosen period changes after it, the step is idle again.
 */
export function useStep<T>(action: () => Promise<T>, options: StepOptions<T> = {}): [StepState<T>, () => Promise<void>] {
  const pane = useOptionalPane();
  const [state, setState] = useState<{ step: StepState<T>; epoch: number }>({ step: { status: "idle" }, epoch: 0 });
  const running = useRef(false);
  const { wrote } = options;
  const run = useCallback(async () => {
    if (running.current) return;
    running.current = true;
    setState({ step: { status: "running" }, epoch: 0 });
    try {
      const result = await action();
      if (wrote?.(result)) pane?.changed();
      // Recorded after the step's own change, so that only later changes make the outcome stale.
      setState({ step: { status: "done", result }, epoch: pane?.currentEpoch() ?? 0 });
    } catch (e) {
      setState({ step: { status: "failed", error: e }, epoch: pane?.currentEpoch() ?? 0 });
    } finally {
      running.current = false;
    }
  }, [action, pane, wrote]);
  const stale = pane !== null && (state.step.status === "done" || state.step.status === "failed") && state.epoch !== pane.epoch;
  return [stale ? { status: "idle" } : state.step, run];
}

/** What went wrong, in the user's language where the error is one the add-in knows. */
export function errorText(error: unknown, t: Messages): string {
  if (error instanceof SheetNotOursError) return t.errors.sheetNotOurs(error.sheet);
  if (error instanceof ProtectedError) {
    const parts = [error.structure ? t.errors.protectedStructure : "", error.sheets.length ? t.errors.protectedSheets(error.sheets) : ""];
    return t.errors.joinErrors(parts.filter(Boolean));
  }
  const refused = refusalText(error, t.lang);
  if (refused !== null) return refused;
  // webpack's failure to fetch a part of the pane loaded on demand (the network dropped).
  if (error instanceof Error && error.name === "ChunkLoadError") return t.errors.chunk;
  if (error instanceof Error && error.message) return error.message;
  return typeof error === "string" && error ? error : t.errors.unknown;
}

/** A step whose action reads and writes through a port that reports its phases, and the sheets it found. */
export interface PhasedStep<T> {
  state: StepState<T>;
  run: () => Promise<void>;
  /** The phase the running action is in (read, compute, write). */
  phase: Phase;
  /** The sheets the last run read, lower-cased: a problem's link is offered only to a sheet that exists. */
  present: { readonly current: ReadonlySet<string> };
}

/**
 * {@link useStep} for an action that works through {@link withPhases}: the step shows the phase while it
 * runs and knows which sheets the run found. `work` must be memoised (useCallback) by the caller.
 */
export function usePhasedStep<T>(port: WorkbookPort, work: (phased: WorkbookPort) => Promise<T>, options: StepOptions<T> = {}): PhasedStep<T> {
  const [phase, setPhase] = useState<Phase>("read");
  const present = useRef<ReadonlySet<string>>(new Set());
  const action = useCallback(() => work(withPhases(port, setPhase, (names) => (present.current = new Set(names.map((n) => n.toLowerCase()))))), [port, work]);
  const [state, run] = useStep(action, options);
  return { state, run, phase, present };
}

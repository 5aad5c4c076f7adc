import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { messages, type Lang, type Messages } from "../i18n/catalogue";
import type { MonthState, YearState } from "../register/period-state";
import type { WorkbookPort } from "../register/port";
import { monthOf } from "./month-options";
import { defaultYear } from "./year-options";

/** The pane's view of the period state (loaded on demand: state-view.ts). */
export type StateView = typeof import("./state-view");

const loadStateView = () => import(/* webpackChunkName: "state" */ "./state-view");

/**
 * What every step shares, given once by the pane instead of five props to each step: the register port,
 * the language, the clock, the month and the year the secretary works on (chosen once, at the top), and
 * where they stand (read from the register: docs/workbook.md, Where a period stands).
 */
export interface Pane {
  port: WorkbookPort;
  t: Messages;
  lang: Lang;
  /** Today, YYYY-MM-DD (the composition root's clock). */
  today: string;
  /** The time now, ISO with offset. */
  now: () => string;
  /** The month every monthly step works on, YYYY-MM. */
  month: string;
  /** The year every annual step works on, YYYY. */
  year: string;
  setMonth: (month: string) => void;
  setYear: (year: string) => void;
  /** The state of the month and the year; null until first read (or when the register cannot be read). */
  state: { month: MonthState | null; year: YearState | null } | null;
  /** The functions that describe the state (null until their chunk has loaded). */
  view: StateView | null;
  /**
   * Bumped whenever the workbook or the chosen period changes. A step's message from an earlier epoch
   * describes something that no longer is, and is cleared (use-step.ts).
   */
  epoch: number;
  /** The current epoch, read synchronously (a step records it when it finishes). */
  currentEpoch: () => number;
  /** Tells the pane that a step changed the workbook: the state is read again and other messages cleared. */
  changed: () => void;
}

const PaneContext = createContext<Pane | null>(null);

/** The pane's shared context; steps are always rendered inside a {@link PaneProvider}. */
export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("a step is rendered outside PaneProvider");
  return pane;
}

/** The context when there is one (a hook tested alone has none). */
export function useOptionalPane(): Pane | null {
  return useContext(PaneContext);
}

export interface PaneProviderProps {
  port: WorkbookPort;
  lang: Lang;
  today: string;
  now: () => string;
  /**
   * The month and year to start with (default: the month being closed — the earlier of the previous and the
   * current month that has inputs and is not yet approved, read with the first state — and the year being
   * assessed).
   */
  month?: string;
  year?: string;
  children: ReactNode;
}

/** Holds the chosen period and its state; re-reads the state after every change of the workbook or period. */
export function PaneProvider({ port, lang, today, now, month: initialMonth, year: initialYear, children }: PaneProviderProps) {
  const [month, setMonthValue] = useState(initialMonth ?? monthOf(today));
  // Until the first state read has chosen the month being closed (or the secretary chose one), the month is today's.
  const settled = useRef(initialMonth !== undefined);
  const [year, setYearValue] = useState(initialYear ?? defaultYear(today));
  const [epoch, setEpoch] = useState(0);
  const epochRef = useRef(0);
  const [state, setState] = useState<Pane["state"]>(null);
  const [view, setView] = useState<StateView | null>(null);
  const changed = useCallback(() => {
    epochRef.current += 1;
    setEpoch(epochRef.current);
  }, []);
  const setMonth = useCallback(
    (m: string) => {
      settled.current = true;
      setMonthValue(m);
      changed();
    },
    [changed],
  );
  const setYear = useCallback(
    (y: string) => {
      setYearValue(y);
      changed();
    },
    [changed],
  );
  // A host that reports changes made outside the pane (the preview's workbook) clears stale messages too.
  useEffect(() => port.onChange?.(changed), [port, changed]);
  useEffect(() => {
    let live = true;
    // A chunk that cannot be fetched leaves the pane without its state line; every step still works.
    loadStateView().then(
      (module) => live && setView(module),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  useEffect(() => {
    if (!view) return;
    let live = true;
    const options = { month, year, today };
    const choosing = !settled.current;
    // Choosing the month being closed reads its two candidates' sheets with the year's: one batch still.
    const names = choosing ? [...new Set([...view.closingSheetsToRead(today), ...view.stateSheetsToRead({ year })])] : view.stateSheetsToRead(options);
    port.readSheets(names).then(
      (sheets) => {
        if (!live) return;
        if (!choosing || settled.current) return setState(view.periodState(sheets, options));
        settled.current = true;
        const closing = view.monthBeingClosed(sheets, today);
        setState(view.periodState(sheets, { ...options, month: closing }));
        if (closing !== month) {
          setMonthValue(closing);
          changed();
        }
      },
      () => live && setState(null),
    );
    return () => {
      live = false;
    };
  }, [port, month, year, today, epoch, view, changed]);
  const value = useMemo<Pane>(
    () => ({ port, t: messages(lang), lang, today, now, month, year, setMonth, setYear, state, view, epoch, currentEpoch: () => epochRef.current, changed }),
    [port, lang, today, now, month, year, setMonth, setYear, state, view, epoch, changed],
  );
  return <PaneContext.Provider value={value}>{children}</PaneContext.Provider>;
}

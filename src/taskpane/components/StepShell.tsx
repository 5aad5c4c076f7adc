import { Button, Spinner, Text } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { Messages } from "../../i18n/catalogue";
import type { StepState } from "../use-step";
import { useStepStyles } from "../steps/step-styles";
import { StepFailure } from "./StepFailure";

export interface StepShellProps<T> {
  t: Messages;
  /** What the step does, in a sentence or two, above everything else. */
  hint: ReactNode;
  /** The step's state from {@link useStep}. */
  state: StepState<T>;
  /** The step's action buttons (usually one {@link RunButton}). */
  actions: ReactNode;
  /** Shown while the step runs; a small spinner unless the step reports its phases. */
  progress?: ReactNode;
  /** The step's inputs, between the hint and the actions. */
  children?: ReactNode;
  /** What a finished run shows. */
  outcome: (result: T) => ReactNode;
}

/**
 * The frame every step of the pane shares: its hint, its inputs, its action, the progress while it runs,
 * what went wrong when it failed, and its outcome when it is done.
 */
export function StepShell<T>({ t, hint, state, actions, progress, children, outcome }: StepShellProps<T>) {
  const styles = useStepStyles();
  return (
    <div className={styles.body}>
      <Text className={styles.hint}>{hint}</Text>
      {children}
      <div className={styles.actions}>{actions}</div>
      {state.status === "running" && (progress ?? <Spinner size="tiny" label={t.working} />)}
      {state.status === "failed" && <StepFailure error={state.error} t={t} />}
      {state.status === "done" && outcome(state.result)}
    </div>
  );
}

/** A step's primary action: it stays focusable while the step runs, so the keyboard does not lose its place. */
export function RunButton({ onClick, running, children }: { onClick: () => void; running: boolean; children: ReactNode }) {
  return (
    <Button appearance="primary" onClick={onClick} disabledFocusable={running}>
      {children}
    </Button>
  );
}

import { Button, Spinner, Text } from "@fluentui/react-components";
import { useState, type ReactNode } from "react";
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
  /**
   * The step's action: its primary button, which stays focusable while the step runs or while `disabled`
   * (an input still to choose).
   */
  action: { label: ReactNode; onClick: () => void; disabled?: boolean };
  /**
   * Why the step cannot act yet (no roster to choose from): shown after the hint instead of the inputs and
   * the action, until it is gone.
   */
  blocker?: ReactNode;
  /** More buttons beside the action (a link to the step's sheet). */
  moreActions?: ReactNode;
  /** True while this step or another action of it runs (by default: while `state` runs). */
  busy?: boolean;
  /** Shown while the step runs; a small spinner unless the step reports its phases. */
  progress?: ReactNode;
  /** The step's inputs, between the hint and the actions. */
  children?: ReactNode;
  /** What a finished run shows. */
  outcome: (result: T) => ReactNode;
  /** Shown last, whatever the state (a second, rarer action such as 撤销通过). */
  footer?: ReactNode;
}

/**
 * The frame every step of the pane shares: its hint, its inputs, its action (or why it cannot act yet), the
 * progress while it runs, what went wrong when it failed, and its outcome when it is done.
 */
export function StepShell<T>({ t, hint, state, action, blocker, moreActions, busy, progress, children, outcome, footer }: StepShellProps<T>) {
  const styles = useStepStyles();
  return (
    <div className={styles.body}>
      <Text className={styles.hint}>{hint}</Text>
      {blocker ?? (
        <>
          {children}
          <div className={styles.actions}>
            <Button appearance="primary" onClick={action.onClick} disabledFocusable={(busy ?? state.status === "running") || action.disabled === true}>
              {action.label}
            </Button>
            {moreActions}
          </div>
        </>
      )}
      {state.status === "running" && (progress ?? <Spinner size="tiny" label={t.working} />)}
      {state.status === "failed" && <StepFailure error={state.error} t={t} />}
      {state.status === "done" && outcome(state.result)}
      {footer}
    </div>
  );
}

/**
 * A step whose action needs a valid input first: the action runs only when `valid`, and `tried` says
 * whether to show the input's validation message (only once the secretary has tried).
 */
export function useSubmit(valid: boolean, run: () => Promise<void>): { tried: boolean; submit: () => void } {
  const [tried, setTried] = useState(false);
  const submit = () => {
    setTried(true);
    if (valid) void run();
  };
  return { tried, submit };
}

import { useEffect, useRef, type ReactNode } from "react";
import { useStepStyles } from "../steps/step-styles";

export interface OutcomeProps {
  children: ReactNode;
  testId?: string;
}

/**
 * A step's outcome, scrolled into view when it appears: on a 1366×768 screen the result of a step low in
 * the pane would otherwise sit below the fold, and nothing would seem to happen.
 */
export function Outcome({ children, testId }: OutcomeProps) {
  const styles = useStepStyles();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // jsdom has no scrollIntoView; browsers do.
    ref.current?.scrollIntoView?.({ block: "nearest", behavior: "smooth" });
  }, []);
  return (
    <div ref={ref} className={styles.outcome} data-testid={testId}>
      {children}
    </div>
  );
}

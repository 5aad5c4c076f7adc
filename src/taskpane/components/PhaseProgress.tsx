import { Field, ProgressBar } from "@fluentui/react-components";
import type { Messages } from "../../i18n/catalogue";
import type { Phase } from "../phased-port";

export interface PhaseProgressProps {
  t: Messages;
  phase: Phase;
  /** What each phase is called in this step (the month's by default). */
  labels?: Record<Phase, string>;
}

/** An indeterminate bar labelled with what the workflow is doing (读取 / 检查与计算 / 写入). */
export function PhaseProgress({ t, phase, labels = t.generate.phases }: PhaseProgressProps) {
  return (
    <Field label={labels[phase]} aria-live="polite">
      <ProgressBar thickness="large" aria-label={t.generate.progress} />
    </Field>
  );
}

import { Field, ProgressBar } from "@fluentui/react-components";
import type { Messages } from "../../i18n/catalogue";
import type { Phase } from "../phased-port";

export interface PhaseProgressProps {
  t: Messages;
  phase: Phase;
}

/** An indeterminate bar labelled with what the workflow is doing (读取 / 检查与计算 / 写入). */
export function PhaseProgress({ t, phase }: PhaseProgressProps) {
  return (
    <Field label={t.generate.phases[phase]} aria-live="polite">
      <ProgressBar thickness="large" aria-label={t.generate.progress} />
    </Field>
  );
}

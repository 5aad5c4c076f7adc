import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Messages } from "../../i18n/catalogue";
import { errorText } from "../use-step";

export interface StepFailureProps {
  error: unknown;
  t: Messages;
}

/** A step that failed: what happened and what to do, in the user's language. */
export function StepFailure({ error, t }: StepFailureProps) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{t.failed(errorText(error, t))}</MessageBarBody>
    </MessageBar>
  );
}

import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { Messages } from "../../i18n/catalogue";

export interface GoToButtonProps {
  t: Messages;
  /** The sheet to open (shown in the failure message). */
  sheet: string;
  label: string;
  onGo: () => Promise<void>;
}

/** Opens a sheet (port.select); says so when the sheet cannot be selected instead of failing silently. */
export function GoToButton({ t, sheet, label, onGo }: GoToButtonProps) {
  const [failed, setFailed] = useState(false);
  return (
    <>
      <Button
        size="small"
        onClick={() => {
          setFailed(false);
          onGo().catch(() => setFailed(true));
        }}
      >
        {label}
      </Button>
      {failed && <SelectFailed t={t} place={sheet} />}
    </>
  );
}

/** Says that a place (a sheet, or a sheet's cell) could not be selected. */
export function SelectFailed({ t, place }: { t: Messages; place: string }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{t.problems.selectFailed(place)}</MessageBarBody>
    </MessageBar>
  );
}

import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useCallback } from "react";
import type { Lang, Messages } from "../../i18n/catalogue";
import type { MonthCheck } from "../../register/month-workflow";
import { loadMonthActions } from "../month-loader";
import type { WorkbookPort } from "../../register/port";
import { ProblemList, problemCounts } from "../components/ProblemList";
import { memberNames } from "../components/RunProblems";
import { StepShell } from "../components/StepShell";
import { Outcome } from "../components/Outcome";
import { usePane } from "../pane-context";
import { useStep } from "../use-step";

/** 检查数据: reads the pane's month and lists every problem; writes nothing. A problem's place selects its cell. */
export function CheckStep() {
  const { port, t, lang, month } = usePane();
  const action = useCallback(async () => {
    const { checkMonth, monthSheetsToRead } = await loadMonthActions();
    const sheets = await port.readSheets(monthSheetsToRead(month));
    return { run: checkMonth(sheets, month), present: new Set([...sheets.keys()].map((n) => n.toLowerCase())) };
  }, [port, month]);
  const [state, run] = useStep(action);

  return (
    <StepShell
      t={t}
      hint={t.check.hint}
      state={state}
      action={{ label: t.check.run, onClick: run }}
      outcome={(result) => <CheckOutcome {...result} t={t} lang={lang} port={port} />}
    />
  );
}

function CheckOutcome({ run, present, t, lang, port }: { run: MonthCheck; present: Set<string>; t: Messages; lang: Lang; port: WorkbookPort }) {
  const { errors, warnings } = problemCounts(run.problems);
  const clean = run.problems.length === 0;
  return (
    <Outcome testId="check-outcome">
      <MessageBar intent={clean ? "success" : errors > 0 ? "error" : "warning"} layout="multiline">
        <MessageBarBody>
          {clean ? t.check.clean : t.sentences([t.check.found(errors, warnings), errors > 0 ? t.check.hasErrors : t.check.onlyWarnings])}
        </MessageBarBody>
      </MessageBar>
      {!clean && (
        <ProblemList
          problems={run.problems}
          t={t}
          lang={lang}
          memberName={memberNames(run)}
          onSelect={({ sheet, address }) => port.select(sheet, address)}
          canSelect={(sheet) => present.has(sheet.toLowerCase())}
        />
      )}
    </Outcome>
  );
}

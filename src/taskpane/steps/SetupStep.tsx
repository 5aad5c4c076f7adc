import { Field, MessageBar, MessageBarBody, Select } from "@fluentui/react-components";
import { useCallback, useState } from "react";
import { INPUT_SHEETS } from "../../register/schema";
import { loadMonthActions } from "../month-loader";
import { StepShell } from "../components/StepShell";
import { usePane } from "../pane-context";
import { defaultYear } from "../year-options";
import { useStep } from "../use-step";

type Sample = "none" | "months" | "year";

/**
 * 建立登记簿: adds the missing input sheets, optionally with the sample branch; never touches an existing
 * sheet. The sample goes only into an empty register (sample rows beside a branch's own would mix two
 * branches); asked for one in a register with sheets, it says plainly that none was added.
 */
export function SetupStep() {
  const { port, t, today } = usePane();
  // The sample's three months end with the current month; the whole-year sample is the year being assessed.
  const month = today.slice(0, 7);
  const year = defaultYear(today);
  const [sample, setSample] = useState<Sample>("none");
  const action = useCallback(async () => {
    const existing = new Set((await port.listSheets()).map((s) => s.name.toLowerCase()));
    const empty = INPUT_SHEETS.every((def) => !existing.has(def.name.toLowerCase()) && !existing.has(def.en.toLowerCase()));
    const withSample = sample !== "none" && empty;
    // The sample branch is wanted once, if ever: it loads on demand rather than with the pane.
    const samples = withSample ? await import(/* webpackChunkName: "sample" */ "../../sample/sample-branch") : null;
    const content = !samples ? undefined : sample === "months" ? samples.sampleRegister({ lastMonth: month }) : samples.sampleYear(year);
    const plans = (await loadMonthActions()).inputSheetPlans(content);
    const missing = plans.filter((p) => !existing.has(p.name.toLowerCase()));
    if (missing.length > 0) await port.write({ inputSheets: missing });
    return { added: missing.length, kept: INPUT_SHEETS.length - missing.length, sampleRefused: sample !== "none" && !empty };
  }, [port, sample, month, year]);
  const [state, run] = useStep(action, { wrote: (r) => r.added > 0 });

  return (
    <StepShell
      t={t}
      hint={t.steps.setupHint}
      state={state}
      action={{ label: t.steps.setupRun, onClick: run }}
      outcome={(result) => (
        <MessageBar intent={result.sampleRefused ? "warning" : "success"} layout="multiline">
          <MessageBarBody>
            {t.sentences([t.steps.setupDone(result.added, result.kept), result.sampleRefused && t.period.noSample, t.steps.setupNext])}
          </MessageBarBody>
        </MessageBar>
      )}
    >
      <Field label={t.steps.setupSample}>
        {/* Never wider than the pane (320 px): the native select shrinks with it instead of being clipped. */}
        <Select value={sample} onChange={(_, d) => setSample(d.value as Sample)} style={{ minWidth: 0, maxWidth: "100%" }}>
          <option value="none">{t.steps.setupNoSample}</option>
          <option value="months">{t.steps.setupWithSample}</option>
          <option value="year">{t.steps.setupWithYear(year)}</option>
        </Select>
      </Field>
    </StepShell>
  );
}

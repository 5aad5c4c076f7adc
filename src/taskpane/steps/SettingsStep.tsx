import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import { Suspense, lazy, useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Lang, Messages } from "../../i18n/catalogue";
import { problemSentence } from "../../i18n/problems";
import type { WorkbookPort } from "../../register/port";
import { readYesNo } from "../../register/read/values";
import {
  SETTING_GROUPS,
  loadSettingsForm,
  planSettingsEdit,
  saveSettings,
  validateSettingTexts,
  type SettingField,
  type SettingTexts,
  type SettingsForm,
} from "../../register/settings-edit";
import type { Problem } from "../../scheme/problems";
import { StepFailure } from "../components/StepFailure";
import { useStep } from "../use-step";
import { useStepStyles } from "./step-styles";

// 自检, loaded on demand; should its part of the pane fail to load, the settings work without it.
const SelfCheck = lazy(() => import(/* webpackChunkName: "self-check-pane" */ "../components/SelfCheck").catch(() => ({ default: () => null })));

export interface SettingsStepProps {
  port: WorkbookPort;
  t: Messages;
  lang: Lang;
  /** True once the section is open: the sheet is read the first time it is. */
  open: boolean;
}

const useStyles = makeStyles({
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, border: "none", margin: 0, padding: 0, minWidth: 0 },
  legend: { padding: 0, marginBottom: tokens.spacingVerticalXS },
});

type Loaded = { form: SettingsForm | null; problems: Problem[] };

/** 设置: the 设置 sheet as a form, with each default; saving writes only what changed, and only when valid. */
export function SettingsStep({ port, t, lang, open }: SettingsStepProps) {
  const styles = useStepStyles();
  const own = useStyles();
  const [texts, setTexts] = useState<SettingTexts>({});
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [tried, setTried] = useState(false);
  const load = useCallback(async () => {
    const result = await loadSettingsForm(port);
    setLoaded(result);
    setTexts(result.form ? Object.fromEntries(result.form.fields.map((f) => [f.name, f.text])) : {});
    setTried(false);
    return result;
  }, [port]);
  const [loadState, runLoad] = useStep(load);
  const started = useRef(false);
  useEffect(() => {
    if (open && !started.current) {
      started.current = true;
      void runLoad();
    }
  }, [open, runLoad]);

  const form = loaded?.form ?? null;
  const problems = useMemo(() => validateSettingTexts(texts), [texts]);
  const pending = useMemo(() => (form ? planSettingsEdit(form, texts).changed.length : 0), [form, texts]);

  const save = useCallback(async () => {
    setTried(true);
    if (validateSettingTexts(texts).size > 0) return { saved: false as const };
    const result = await saveSettings(port, texts);
    if (result.problems.size > 0 || !result.form) return { saved: false as const, result };
    setLoaded({ form: result.form, problems: result.sheetProblems });
    setTexts(Object.fromEntries(result.form.fields.map((f) => [f.name, f.text])));
    setTried(false);
    return { saved: true as const, count: result.changed.length };
  }, [port, texts]);
  const [saveState, runSave] = useStep(save);
  const busy = loadState.status === "running" || saveState.status === "running";

  if (!loaded) {
    return (
      <div className={styles.body}>
        {loadState.status === "failed" ? <StepFailure error={loadState.error} t={t} /> : <Spinner size="tiny" label={t.settings.loading} />}
        <Suspense key="self-check" fallback={null}>
          <SelfCheck t={t} />
        </Suspense>
      </div>
    );
  }
  return (
    <div className={styles.body}>
      <Text className={styles.hint}>{t.settings.hint}</Text>
      {!form ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t.settings.missing}</MessageBarBody>
        </MessageBar>
      ) : (
        SETTING_GROUPS.map((group) => (
          <fieldset key={group} className={own.group}>
            <legend className={own.legend}>
              <Text weight="semibold">{t.settings.groups[group]}</Text>
            </legend>
            {form.fields
              .filter((f) => f.group === group)
              .map((f) => (
                <SettingInput
                  key={f.name}
                  field={f}
                  text={texts[f.name] ?? ""}
                  problems={problems.get(f.name) ?? []}
                  onChange={(value) => setTexts((old) => ({ ...old, [f.name]: value }))}
                  t={t}
                  lang={lang}
                />
              ))}
          </fieldset>
        ))
      )}
      {form && pending > 0 && <Text size={200}>{t.settings.pending(pending)}</Text>}
      <div className={styles.actions}>
        {form && (
          <Button appearance="primary" onClick={runSave} disabledFocusable={busy}>
            {t.settings.save}
          </Button>
        )}
        <Button onClick={runLoad} disabledFocusable={busy}>
          {t.settings.reload}
        </Button>
      </div>
      {busy && <Spinner size="tiny" label={t.working} />}
      {saveState.status === "failed" && <StepFailure error={saveState.error} t={t} />}
      {loadState.status === "failed" && <StepFailure error={loadState.error} t={t} />}
      {saveState.status === "done" && !saveState.result.saved && tried && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.settings.invalid(saveState.result.result ? saveState.result.result.problems.size : problems.size)}</MessageBarBody>
        </MessageBar>
      )}
      {saveState.status === "done" && saveState.result.saved && pending === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{saveState.result.count > 0 ? t.settings.saved(saveState.result.count) : t.settings.unchanged}</MessageBarBody>
        </MessageBar>
      )}
      <Suspense key="self-check" fallback={null}>
        <SelfCheck t={t} />
      </Suspense>
    </div>
  );
}

interface SettingInputProps {
  field: SettingField;
  text: string;
  problems: readonly Problem[];
  onChange: (text: string) => void;
  t: Messages;
  lang: Lang;
}

/** One setting: its label, default and note, and why its value is refused. */
function SettingInput({ field, text, problems, onChange, t, lang }: SettingInputProps) {
  const label = t.settings.fieldLabel(field.name, field.en);
  const defaultText = field.kind === "yesno" ? yesNoText(field.defaultText, t) : field.defaultText;
  const hint = lang === "zh-CN" && field.note ? `${t.settings.defaultHint(defaultText)}。${field.note}` : t.settings.defaultHint(defaultText);
  const message = problems.length > 0 ? problems.map((p) => problemSentence(p, lang)).join(" ") : undefined;
  if (field.kind === "yesno") {
    const checked = readYesNo(text || field.defaultText) === true;
    return (
      <Field hint={hint} validationMessage={message}>
        <Checkbox label={label} checked={checked} onChange={(_, d) => onChange(d.checked ? "是" : "否")} />
      </Field>
    );
  }
  return (
    <Field label={label} hint={hint} validationMessage={message}>
      <Input
        value={text}
        placeholder={field.defaultText}
        inputMode={field.kind === "text" || field.kind === "share" ? "text" : "decimal"}
        onChange={(_, d) => onChange(d.value)}
        data-setting={field.name}
      />
    </Field>
  );
}

function yesNoText(value: string, t: Messages): string {
  const v = readYesNo(value);
  return v === true ? t.settings.yes : v === false ? t.settings.no : value;
}

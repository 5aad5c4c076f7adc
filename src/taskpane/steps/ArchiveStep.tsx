import { Field, MessageBar, MessageBarBody, Select, Spinner } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { Lang, Messages } from "../../i18n/catalogue";
import { statusName } from "../../i18n/status";
import type { WorkbookPort } from "../../register/port";
import { readRegister } from "../../register/read/read-register";
import { inputSheet } from "../../register/schema";
import { archiveMember } from "../../register/year-workflow";
import type { MemberFinal } from "../../scheme/final";
import type { Member } from "../../scheme/types";
import { GoToButton } from "../components/GoToButton";
import { RunProblems } from "../components/RunProblems";
import { StepFailure } from "../components/StepFailure";
import { StepShell } from "../components/StepShell";
import { usePane } from "../pane-context";
import { useStep } from "../use-step";
import { useStepStyles } from "./step-styles";

export interface ArchiveStepProps {
  /** True while the section is open: the roster is read each time it opens. */
  open: boolean;
}

/** The roster's members, for the picker. */
async function rosterMembers(port: WorkbookPort): Promise<Member[]> {
  const def = inputSheet("roster");
  const sheets = await port.readSheets([def.name, def.en]);
  return readRegister(sheets, { periods: new Set(), require: [] }).data.members;
}

/** 打印个人档案: one member's archive alone (`YYYY 档案-姓名`), with the final star once it is fixed. */
export function ArchiveStep({ open }: ArchiveStepProps) {
  const { port, t, lang, year, now } = usePane();
  const styles = useStepStyles();
  const [members, setMembers] = useState<Member[] | null>(null);
  const [memberId, setMemberId] = useState("");
  const [loadFailed, setLoadFailed] = useState<unknown>(null);
  const present = useRef<Set<string>>(new Set());

  useEffect(() => {
    if (!open) return;
    let current = true;
    rosterMembers(port).then(
      (list) => {
        if (!current) return;
        setLoadFailed(null);
        setMembers(list);
        setMemberId((id) => (list.some((m) => m.id === id) ? id : (list[0]?.id ?? "")));
      },
      (error) => current && setLoadFailed(error ?? new Error()),
    );
    return () => {
      current = false;
    };
  }, [open, port]);

  const action = useCallback(async () => {
    const run = await archiveMember(port, { year, memberId, generatedAt: now() });
    present.current = new Set((await port.listSheets()).map((s) => s.name.toLowerCase()));
    return { run, final: run.final?.members.find((m) => m.id === memberId) ?? null };
  }, [port, year, memberId, now]);
  const [state, run] = useStep(action, { wrote: (r) => r.run.change !== undefined });
  const select = (sheet: string, address: string) => port.select(sheet, address);

  if (loadFailed) return <StepFailure error={loadFailed} t={t} />;
  if (!members) return <Spinner size="tiny" label={t.archive.loading} />;
  const blocker =
    members.length === 0 ? (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{t.archive.noRoster}</MessageBarBody>
      </MessageBar>
    ) : undefined;
  return (
    <StepShell
      t={t}
      hint={t.archive.hint}
      state={state}
      blocker={blocker}
      action={{ label: t.archive.run, onClick: run, disabled: !memberId }}
      outcome={({ run: done, final }) => (
        <div className={styles.outcome} data-testid="archive-outcome">
          {done.blocked ? (
            <RunProblems run={done} t={t} lang={lang} onSelect={({ sheet, address }) => select(sheet, address)} present={present.current} />
          ) : (
            <>
              <MessageBar intent="success" layout="multiline">
                <MessageBarBody>
                  {t.sentences([t.archive.done(done.sheetNames[0]), final ? t.archive.finalKnown(finalLabel(final, t, lang)) : t.archive.finalPending])}
                </MessageBarBody>
              </MessageBar>
              <div className={styles.actions}>
                <GoToButton t={t} sheet={done.sheetNames[0]} label={t.archive.open} onGo={() => select(done.sheetNames[0], "A1")} />
              </div>
            </>
          )}
        </div>
      )}
    >
      <Field label={t.archive.member}>
        <Select value={memberId} onChange={(_, d) => setMemberId(d.value)}>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {t.archive.memberOption(m.name, m.id)}
            </option>
          ))}
        </Select>
      </Field>
    </StepShell>
  );
}

/** A final star as the pane names it; a member without one keeps the status the sheet shows (未考核, 不参评, 未评议). */
function finalLabel(final: MemberFinal, t: Messages, lang: Lang): string {
  if (final.finalStars !== null) return t.starNames[final.finalStars];
  return final.status === null ? t.starNames[0] : statusName(final.status, lang);
}

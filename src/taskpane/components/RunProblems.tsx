import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { Lang, Messages } from "../../i18n/catalogue";
import type { CellTarget } from "../../register/place-ref";
import type { Problem } from "../../scheme/problems";
import { ProblemList } from "./ProblemList";

/** What a blocked run has to show: its problems and the members it read (a month's or a year's run). */
export interface BlockedRun {
  problems: readonly Problem[];
  data: { members: readonly { id: string; name: string }[] };
}

export interface RunProblemsProps {
  run: BlockedRun;
  t: Messages;
  lang: Lang;
  onSelect: (target: CellTarget) => Promise<void>;
  /** Sheets that exist, lower case. */
  present: ReadonlySet<string>;
}

/** A run blocked by errors: nothing was written, and here is every problem, errors first. */
export function RunProblems({ run, t, lang, onSelect, present }: RunProblemsProps) {
  const errors = run.problems.filter((p) => p.severity === "error").length;
  return (
    <>
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t.generate.blocked(errors)}</MessageBarBody>
      </MessageBar>
      <ProblemList
        problems={run.problems}
        t={t}
        lang={lang}
        memberName={memberNames(run)}
        onSelect={onSelect}
        canSelect={(sheet) => present.has(sheet.toLowerCase())}
      />
    </>
  );
}

/** Member names by 编号, from what the run read. */
export function memberNames(run: Pick<BlockedRun, "data">): (id: string) => string | undefined {
  const names = new Map(run.data.members.map((m) => [m.id, m.name]));
  return (id) => names.get(id);
}

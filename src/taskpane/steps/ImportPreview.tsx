import { Button, Field, MessageBar, MessageBarBody, Select, Spinner, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Lang, Messages } from "../../i18n/catalogue";
import { describeProblem } from "../../i18n/problems";
import type { ColumnMapping, ImportPlan } from "../../register/import";
import { inputSheet } from "../../register/schema";
import type { Problem } from "../../scheme/problems";
import { GoToButton } from "../components/GoToButton";
import { ProblemList } from "../components/ProblemList";
import { useStepStyles } from "./step-styles";
import { importWords } from "../../i18n/pane-parts";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  details: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  summary: { cursor: "pointer", paddingBottom: tokens.spacingVerticalXS },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, marginTop: tokens.spacingVerticalS },
  text: { overflowWrap: "anywhere" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
});

/** Problems the mapping shows beside its columns rather than in the list. */
const MAPPING_CODES = new Set(["import.column-member-unknown", "import.column-member-ambiguous", "import.column-member-duplicate", "import.column-unused"]);

export interface ImportPreviewProps {
  /** The plan on show: the preview, or the import's outcome. */
  plan: ImportPlan;
  /** True once the import wrote the ballots. */
  imported: boolean;
  /** Problems of reading the file (a sheet chosen among several). */
  fileProblems: readonly Problem[];
  overrides: Record<string, string>;
  onOverride: (overrides: Record<string, string>) => void;
  onImport: () => void;
  importing: boolean;
  /** Sheets of the workbook, lower case (a problem's cell there is a link). */
  present: ReadonlySet<string>;
  t: Messages;
  lang: Lang;
  select: (sheet: string, address: string) => Promise<void>;
}

/**
 * What an import would do, shown before anything is written — the mapping of each column to a member (a
 * column that matched no one or two people is settled here), the report and the problems — and the 导入
 * button, enabled only when nothing blocks it; after the import, what it wrote.
 */
export function ImportPreview({ plan, imported, fileProblems, overrides, onOverride, onImport, importing, present, t, lang, select }: ImportPreviewProps) {
  const styles = useStepStyles();
  if (imported) return <Imported plan={plan} t={t} select={select} />;
  return (
    <>
      {plan.shape && <Mapping plan={plan} overrides={overrides} onOverride={onOverride} t={t} disabled={importing} />}
      {plan.shape && <Report plan={plan} t={t} lang={lang} />}
      <Problems plan={plan} fileProblems={fileProblems} t={t} lang={lang} select={select} present={present} />
      <div className={styles.actions}>
        <Button appearance="primary" onClick={onImport} disabled={plan.blocked} disabledFocusable={importing}>
          {importWords(t).run(plan.ballots.length)}
        </Button>
      </div>
      {importing && <Spinner size="tiny" label={t.working} />}
    </>
  );
}

interface MappingProps {
  plan: ImportPlan;
  overrides: Record<string, string>;
  onOverride: (overrides: Record<string, string>) => void;
  t: Messages;
  disabled: boolean;
}

/** Every question column (or, in a long list, every 被评议人 as written) with the member it maps to. */
function Mapping({ plan, overrides, onOverride, t, disabled }: MappingProps) {
  const styles = useStepStyles();
  const own = useStyles();
  const duplicates = new Set(plan.problems.filter((p) => p.code === "import.column-member-duplicate").map((p) => String(p.args.header)));
  const needsFix = (m: ColumnMapping) => (!m.memberId && m.via !== "skip" && m.answers > 0) || duplicates.has(m.header);
  const fix = plan.mapping.filter(needsFix);
  const rest = plan.mapping.filter((m) => !needsFix(m));
  // Columns matched automatically are counted apart from those the secretary mapped or skipped by hand.
  const automatic = rest.filter((m) => m.via !== "override" && m.via !== "skip");
  const byHand = rest.filter((m) => m.via === "override" || m.via === "skip");
  // Overrides are keyed as the import reads them: by column letter, or in a long list by the name as written.
  const keyOf = (m: ColumnMapping) => (plan.shape === "long" ? m.header : m.column);
  const change = (m: ColumnMapping, value: string) => {
    const next = { ...overrides };
    if (value) next[keyOf(m)] = value;
    else delete next[keyOf(m)];
    onOverride(next);
  };
  const field = (m: ColumnMapping) => (
    <MappingField
      key={`${m.column}:${m.header}`}
      m={m}
      plan={plan}
      duplicate={duplicates.has(m.header)}
      onChange={(v) => change(m, v)}
      t={t}
      disabled={disabled}
    />
  );
  return (
    <section className={own.section} data-testid="import-mapping">
      <Text as="h4" weight="semibold" className={styles.heading}>
        {importWords(t).mapping}
      </Text>
      {plan.shape && plan.headerRow !== null && <Text size={200}>{importWords(t).recognised(importWords(t).shapes[plan.shape], plan.headerRow)}</Text>}
      {fix.length > 0 && (
        <>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{importWords(t).fix(fix.length)}</MessageBarBody>
          </MessageBar>
          <div className={own.fields}>{fix.map(field)}</div>
        </>
      )}
      {byHand.length > 0 && (
        <details className={own.details} data-testid="import-by-hand">
          <summary className={own.summary}>
            <Text size={200}>{importWords(t).settled(byHand.filter((m) => m.via === "override").length, byHand.filter((m) => m.via === "skip").length)}</Text>
          </summary>
          <div className={own.fields}>{byHand.map(field)}</div>
        </details>
      )}
      {automatic.length > 0 && (
        <details className={own.details} data-testid="import-automatic">
          <summary className={own.summary}>
            <Text size={200}>{importWords(t).matched(automatic.length)}</Text>
          </summary>
          <div className={own.fields}>{automatic.map(field)}</div>
        </details>
      )}
    </section>
  );
}

interface MappingFieldProps {
  m: ColumnMapping;
  plan: ImportPlan;
  duplicate: boolean;
  onChange: (value: string) => void;
  t: Messages;
  disabled: boolean;
}

function MappingField({ m, plan, duplicate, onChange, t, disabled }: MappingFieldProps) {
  const names = new Map(plan.members.map((member) => [member.id, member.name]));
  const suggested = plan.members.filter((member) => m.suggestions.includes(member.id));
  const value = m.via === "skip" ? "skip" : (m.memberId ?? "");
  const label = plan.shape === "long" ? importWords(t).target(m.header) : importWords(t).column(m.column, m.header);
  let state: "error" | "warning" | "none" = "none";
  let message: string | undefined;
  if (duplicate) {
    state = "error";
    message = importWords(t).duplicate(names.get(m.memberId ?? "") ?? m.memberId ?? "");
  } else if (!m.memberId && m.via !== "skip") {
    if (m.candidates.length > 1) {
      state = "error";
      message = importWords(t).ambiguous(t.list(m.candidates.map((id) => t.archive.memberOption(names.get(id) ?? id, id))));
    } else if (m.answers > 0) {
      state = "error";
      message = importWords(t).unknown(m.answers);
      if (m.suggestions.length > 0)
        message += ` ${importWords(t).suggestion(t.list(m.suggestions.map((id) => t.archive.memberOption(names.get(id) ?? id, id))))}`;
    } else {
      state = "warning";
      message = importWords(t).noAnswers;
    }
  }
  return (
    <Field label={label} validationState={state} validationMessage={message} hint={m.via && !message ? importWords(t).via[m.via] : undefined}>
      <Select value={value} onChange={(_, d) => onChange(d.value)} disabled={disabled} data-column={m.column}>
        {value === "" && <option value="">{importWords(t).choose}</option>}
        {/* Close names first (梁晓东 for a column headed 梁晓冬): offered, never chosen for the secretary. */}
        {suggested.length > 0 && (
          <optgroup label={importWords(t).suggested}>
            {suggested.map((member) => (
              <option key={`near:${member.id}`} value={member.id}>
                {t.archive.memberOption(member.name, member.id)}
              </option>
            ))}
          </optgroup>
        )}
        <option value="skip">{importWords(t).skip}</option>
        {plan.members
          .filter((member) => !m.suggestions.includes(member.id))
          .map((member) => (
            <option key={member.id} value={member.id}>
              {t.archive.memberOption(member.name, member.id)}
            </option>
          ))}
      </Select>
    </Field>
  );
}

/** What the import would do: ballots, turnout, marks per member, the rows skipped and why. */
function Report({ plan, t, lang }: { plan: ImportPlan; t: Messages; lang: Lang }) {
  const styles = useStepStyles();
  const own = useStyles();
  const { report } = plan;
  const unmarked = report.marksPerMember.filter((m) => m.marks === 0).map((m) => m.name);
  return (
    <section className={own.section} data-testid="import-report">
      <Text as="h4" weight="semibold" className={styles.heading}>
        {importWords(t).report}
      </Text>
      <Text size={200} className={own.text}>
        {t.sentences([
          importWords(t).ballots(report.ballots, plan.period.length === 4 ? importWords(t).yearPeriod(plan.period) : t.monthName(plan.period)),
          importWords(t).turnout(report.turnout.voters, report.turnout.roster, report.turnout.rate === null ? null : Math.round(report.turnout.rate * 100)),
        ])}
      </Text>
      {report.marksPerMember.length > 0 && (
        <details className={own.details}>
          <summary className={own.summary}>
            <Text size={200}>{importWords(t).marks(report.marksPerMember.length)}</Text>
          </summary>
          <Text size={200} className={own.text}>
            {t.list(report.marksPerMember.map((m) => importWords(t).marksOf(m.name, m.marks)))}
          </Text>
        </details>
      )}
      {unmarked.length > 0 && (
        <Text size={200} className={own.text}>
          {importWords(t).unmarked(unmarked)}
        </Text>
      )}
      {report.skippedRows.length > 0 && (
        <>
          <Text size={200}>{importWords(t).skipped(report.skippedRows.length)}</Text>
          <ul className={own.list} data-testid="skipped-rows">
            {report.skippedRows.map((s) => (
              <li key={s.row}>
                <Text size={200} className={own.text}>
                  {describeProblem({ severity: "warning", code: s.reason, place: { ref: s.ref }, args: s.args }, lang)}
                </Text>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

interface ProblemsProps {
  plan: ImportPlan;
  fileProblems: readonly Problem[];
  t: Messages;
  lang: Lang;
  select: (sheet: string, address: string) => Promise<void>;
  present: ReadonlySet<string>;
}

/** The import's problems (the mapping's are shown beside their columns); errors block 导入. */
function Problems({ plan, fileProblems, t, lang, select, present }: ProblemsProps) {
  const problems = [...fileProblems, ...plan.problems.filter((p) => !MAPPING_CODES.has(p.code))].sort(
    (a, b) => Number(a.severity !== "error") - Number(b.severity !== "error"),
  );
  const errors = plan.problems.filter((p) => p.severity === "error").length;
  const names = new Map(plan.members.map((m) => [m.id, m.name]));
  return (
    <>
      <MessageBar intent={plan.blocked ? "error" : "success"} layout="multiline">
        <MessageBarBody>{plan.blocked ? importWords(t).blocked(errors) : importWords(t).ready(plan.ballots.length)}</MessageBarBody>
      </MessageBar>
      {problems.length > 0 && (
        <ProblemList
          problems={problems}
          t={t}
          lang={lang}
          memberName={(id) => names.get(id)}
          onSelect={({ sheet, address }) => select(sheet, address)}
          canSelect={(sheet) => present.has(sheet.toLowerCase())}
        />
      )}
    </>
  );
}

/** What the import wrote, and what to do next. */
function Imported({ plan, t, select }: { plan: ImportPlan; t: Messages; select: (sheet: string, address: string) => Promise<void> }) {
  const styles = useStepStyles();
  const sheet = plan.change?.appendRows?.[0]?.sheet ?? inputSheet("ballots").name;
  const yearly = plan.period.length === 4;
  return (
    <>
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          {t.sentences([
            importWords(t).done(plan.ballots.length, sheet, yearly ? importWords(t).yearPeriod(plan.period) : t.monthName(plan.period)),
            importWords(t).again,
          ])}
        </MessageBarBody>
      </MessageBar>
      <div className={styles.actions}>
        <GoToButton t={t} sheet={sheet} label={importWords(t).openBallots} onGo={() => select(sheet, "A1")} />
      </div>
      <Text size={200}>{yearly ? importWords(t).nextYear : importWords(t).nextMonth}</Text>
    </>
  );
}

import type { Problem } from "../../scheme/problems";
import { assessedIn, monthsAssessedIn } from "../../scheme/roster";
import type { Ballot, Mark, Member } from "../../scheme/types";
import { readPlaceRef } from "../place-ref";
import { registerProblem, type RegisterCode } from "../read/problems";
import { looksLikeOptionNumbers } from "./answers";
import { BALLOT_SOURCES, ballotSource, type BallotSource } from "./ballot-number";
import type { Built, RowContext } from "./build-ballots";
import { matchHeader, memberLabel, nameKey } from "./match";
import type { ImportedBallot, ImportReport, SkippedRow } from "./plan-types";

/** The checks of built ballots (across them, and against 民主评议) and the report of what an import adds. */

/** Checks across ballots and against the register: repeated numbers and voters, earlier imports, option numbers. */
export function checkBallots(ctx: RowContext, built: Built, existing: readonly Ballot[], fileName: string): void {
  const { problems, label, roster, period } = ctx;
  const hadErrors = problems.items.some((p) => p.severity === "error");
  if (built.ballots.length === 0) {
    if (!hadErrors) problems.at("import.no-ballots", label, "", { file: fileName });
    return;
  }
  const allMarks = built.ballots.flatMap((b) => b.marks);
  if (looksLikeOptionNumbers(allMarks.map((m) => m.mark))) problems.at("import.answers-option-numbers", label, allMarks[0].cell);

  // Voters: matched to the roster (so that the engine's self-mark rule applies), once each.
  const outsiders = new Set<string>();
  const numbers = new Map<string, number>();
  const voters = new Map<string, number>();
  built.ballots.forEach((b, i) => {
    const cells = built.cells[i];
    if (b.voterName) {
      const m = matchHeader(b.voterName, roster);
      if (m.member) b.voterId = m.member.id;
      else if (m.candidates.length > 1)
        problems.at("register.voter-ambiguous", label, cells.voter ?? cells.number, { name: b.voterName, members: m.candidates.map(memberLabel).join("、") });
      else outsiders.add(b.voterName);
    }
    const first = numbers.get(b.ballotNo);
    if (first !== undefined) problems.at("import.ballot-number-twice", label, cells.number, { ballotNo: b.ballotNo, first });
    else numbers.set(b.ballotNo, b.row);
    const key = voterKey(b);
    if (key) {
      const firstVoter = voters.get(key);
      if (firstVoter !== undefined) problems.at("import.voter-twice", label, cells.voter ?? cells.number, { voter: b.voterName ?? "", first: firstVoter });
      else voters.set(key, b.row);
    }
  });
  if (outsiders.size > 0) {
    const names = [...outsiders];
    problems.at("import.voter-not-on-roster", label, "", { count: names.length, names: names.slice(0, 5).join("、") + (names.length > 5 ? "…" : "") });
  }

  // The register: the same 票号 with the same marks means this export (or part of it) was imported before;
  // the same 票号 with other marks is another export numbered the same way.
  const existingNumbers = new Map(existing.filter((b) => b.ballotNo).map((b) => [b.ballotNo, b]));
  const again = built.ballots.filter((b) => existingNumbers.has(b.ballotNo));
  const taken = again.filter((b) => !sameBallot(existingNumbers.get(b.ballotNo)!, b));
  for (const b of taken) {
    const i = built.ballots.indexOf(b);
    problems.at("import.ballot-number-taken", label, built.cells[i].number, {
      ballotNo: b.ballotNo,
      existing: existingNumbers.get(b.ballotNo)!.ref ?? "",
      period,
    });
  }
  if (again.length > 0 && taken.length === 0) {
    const first = existingNumbers.get(again[0].ballotNo)!;
    problems.items.push(
      problemAtRef("import.already-imported", first.ref, { count: again.length, total: built.ballots.length, first: again[0].ballotNo, period }),
    );
  }
  if (existing.length > 0 && again.length === 0) {
    // Ballots of the period are there already (paper ballots typed in, another questionnaire): say how many,
    // from where, and that the imported ones are added to them — both count.
    const { ballots, sources } = existingOf(existing);
    const args: Record<string, string | number> = { count: ballots, adding: built.ballots.length, period };
    for (const source of BALLOT_SOURCES) if (sources[source]) args[source] = sources[source]!;
    problems.items.push(problemAtRef("import.period-has-ballots", existing[0].ref, args));
  }
  const existingVoters = new Map<string, string>();
  for (const b of existing) {
    const key = voterKey(b);
    if (key) existingVoters.set(key, b.ref ?? "");
    if (b.voterName) existingVoters.set(`name:${nameKey(b.voterName)}`, b.ref ?? "");
  }
  built.ballots.forEach((b, i) => {
    if (existingNumbers.has(b.ballotNo) || !b.voterName) return;
    const found = (b.voterId && existingVoters.get(`id:${b.voterId}`)) || existingVoters.get(`name:${nameKey(b.voterName)}`);
    if (found !== undefined)
      problems.at("import.voter-has-ballot", label, built.cells[i].voter ?? built.cells[i].number, { voter: b.voterName, existing: found, period });
  });
}

/** The same voter (or none) and the same marks: a ballot already in 民主评议 that this one repeats. */
function sameBallot(existing: Ballot, imported: ImportedBallot): boolean {
  if (nameKey(existing.voterName ?? "") !== nameKey(imported.voterName ?? "")) return false;
  const text = (marks: readonly { memberId: string; mark: Mark }[]) =>
    marks
      .map((m) => `${m.memberId}\u0000${String(m.mark).trim()}`)
      .sort()
      .join("\u0001");
  return text(existing.marks) === text(imported.marks);
}

function voterKey(b: { voterId?: string; voterName?: string }): string | undefined {
  if (b.voterId) return `id:${b.voterId}`;
  const name = b.voterName?.trim();
  return name ? `name:${nameKey(name)}` : undefined;
}

/** A problem placed at a register cell whose ref is already written (民主评议!B30). */
function problemAtRef(code: RegisterCode, ref: string | undefined, args: Record<string, string | number>): Problem {
  const { sheet, address = "" } = readPlaceRef(ref) ?? { sheet: ref ?? "" };
  return registerProblem(code, sheet, args, { period: String(args.period ?? "") }, address);
}

/** The ballots 民主评议 has for the period, counted by source. */
export function existingOf(ballots: readonly Ballot[]): ImportReport["existing"] {
  const sources: Partial<Record<BallotSource, number>> = {};
  for (const b of ballots) {
    const source = ballotSource(b.ballotNo);
    sources[source] = (sources[source] ?? 0) + 1;
  }
  return { ballots: ballots.length, sources };
}

export function report(
  ballots: readonly ImportedBallot[],
  members: readonly Member[],
  period: string,
  skippedRows: SkippedRow[],
): Omit<ImportReport, "existing"> {
  const assessed = members.filter((m) => (period.length === 4 ? monthsAssessedIn(m, period).length > 0 : assessedIn(m, period)));
  const counts = new Map<string, number>();
  for (const b of ballots) for (const m of b.marks) counts.set(m.memberId, (counts.get(m.memberId) ?? 0) + 1);
  const shown = new Set(assessed.map((m) => m.id));
  const marksPerMember = members
    .filter((m) => shown.has(m.id) || counts.has(m.id))
    .map((m) => ({ memberId: m.id, name: m.name, marks: counts.get(m.id) ?? 0 }));
  const named = new Set<string>();
  let anonymous = 0;
  for (const b of ballots) {
    const key = voterKey(b);
    if (key) named.add(key);
    else anonymous += 1;
  }
  const voters = named.size + anonymous;
  return {
    ballots: ballots.length,
    marksPerMember,
    turnout: { voters, roster: assessed.length, rate: assessed.length > 0 ? voters / assessed.length : null },
    skippedRows,
  };
}

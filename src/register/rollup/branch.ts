/**
 * One branch of a committee's roll-up (党委汇总), read from its own register: where the period stands (the
 * period states of docs/workbook.md, from 生成记录 and the sheets) and what the branch published for it —
 * the member tables and the star distribution of its generated sheets, never a recomputation. A branch
 * that has not generated the period has no numbers here, only its state. Pure: sheets in, data out.
 */
import { isIsoDate, isIsoMonth, isIsoYear } from "../../scheme/dates";
import type { Distribution } from "../../scheme/results";
import type { Settings } from "../../scheme/settings";
import { assessedIn } from "../../scheme/roster";
import type { Kind } from "../../scheme/types";
import type { SheetData } from "../port";
import { checkMonth } from "../month-workflow";
import { monthStateOf, stateSheetsToRead, yearStateOf, type MonthState, type YearState } from "../period-state";
import type { RegisterData } from "../read/types";
import { readRegister } from "../read/read-register";
import { labelsFor } from "../render/labels";
import { LOG_SHEET } from "../schema";
import { findInputSheet } from "../sheet-names";
import { distributionOf } from "../../scheme/results";
import {
  finalMembers,
  monthMembers,
  publishedAdmonitions,
  publishedCandidates,
  publishedDistribution,
  yearMembers,
  type PublishedAdmonition,
  type PublishedMember,
} from "./published";

/** A person the branch assessed in the period (its published rows, else its roster). */
export interface BranchPerson {
  id: string;
  name: string;
  group: string;
  kind: Kind;
}

/** One branch's part of the roll-up. */
export interface BranchRollup {
  /** The file (or the name the person chose it by). */
  file: string;
  /** 支部名称 and 支部书记 of its 设置. */
  branch: string;
  secretary: string;
  /** The period's state code (docs/workbook.md, Where a period stands). */
  state: MonthState["state"] | YearState["state"];
  /** The state as read, for the edges' words. */
  month: MonthState | null;
  year: YearState | null;
  /** True when the branch's inputs changed since it generated the period (its sheets are not its data's results). */
  changed: boolean;
  /**
   * What the distribution and the lists are: the month's 评星, the year's proposed 年度评星 or its final
   * 年度星级; null when the branch published nothing for the period.
   */
  stage: "month" | "proposed" | "final" | null;
  /** Members assessed (rows of the published tables); null without published results. */
  assessed: number | null;
  /** The published star distribution, as `monthly --json` gives it; null without published results. */
  distribution: Distribution | null;
  /** Members with stars ≥ 月度优秀星级 (评为优秀); null without published results. */
  excellent: number | null;
  /**
   * The appraisal's turnout: ballots of the period and members assessed; null unless the results are
   * published and the inputs unchanged since (the ballots are then those the results came from).
   */
  turnout: { ballots: number; expected: number } | null;
  /** The published rows, 党员 then 党外. */
  members: PublishedMember[];
  /** Who the branch assessed in the period: the published rows, else the roster on the month's last day. */
  people: BranchPerson[];
  /** A year's 评先评优候选 and 戒勉谈话 as `YYYY 结果运用` published them. */
  candidates: PublishedMember[];
  admonitions: PublishedAdmonition[];
  settings: Settings;
}

/** Every sheet the roll-up reads from a branch for the period (YYYY-MM or YYYY): one batch. */
export function rollupSheetsToRead(period: string): string[] {
  return isIsoMonth(period) ? stateSheetsToRead({ month: period }) : stateSheetsToRead({ year: period });
}

/** True when the sheets read are a register's: its 人员名册, 设置 or 生成记录 is there. */
export function isRegister(sheets: ReadonlyMap<string, SheetData>): boolean {
  return sheets.has(LOG_SHEET) || findInputSheet(sheets, "roster").sheet !== undefined || findInputSheet(sheets, "settings").sheet !== undefined;
}

/** One branch's roll-up for the period, from the sheets {@link rollupSheetsToRead} named. */
export function readBranch(file: string, sheets: ReadonlyMap<string, SheetData>, period: string, today: string): BranchRollup {
  if (!isIsoMonth(period) && !isIsoYear(period)) throw new RangeError(`period must be YYYY-MM or YYYY, got ${period}`);
  if (!isIsoDate(today)) throw new RangeError(`today must be an ISO date (YYYY-MM-DD), got ${today}`);
  const monthly = isIsoMonth(period);
  // The register is read once: the month's check (or the year's read) gives both the state and the data.
  let state: { month: MonthState | null; year: YearState | null };
  let data: RegisterData;
  if (monthly) {
    const check = checkMonth(sheets, period);
    data = check.data;
    state = { month: monthStateOf(sheets, check, today), year: null };
  } else {
    data = readRegister(sheets, { periods: new Set([period]), require: [], optional: ["settings", "roster", "ballots", "objections"] }).data;
    state = { month: null, year: yearStateOf(sheets, period, today, data) };
  }
  const settings = data.settings;
  const L = labelsFor().sheetNames;
  const grid = (name: string) => (sheets.get(name)?.ours ? sheets.get(name)!.values : null);

  let stage: BranchRollup["stage"] = null;
  let members: PublishedMember[] = [];
  let distribution: Distribution | null = null;
  let candidates: PublishedMember[] = [];
  let admonitions: PublishedAdmonition[] = [];
  let changed: boolean;
  if (state.month) {
    const m = state.month;
    changed = m.changedSinceGeneration;
    const sheet = m.generatedOn ? grid(L.month(period)) : null;
    if (sheet) {
      stage = "month";
      members = monthMembers(sheet);
      distribution = publishedDistribution(sheet);
    }
  } else {
    const y = state.year!;
    changed = y.changedSinceGeneration || y.state === "需重新公示";
    const final = y.finalizedOn ? grid(L.final(period)) : null;
    const proposed = y.generatedOn ? grid(L.year(period)) : null;
    if (final) {
      stage = "final";
      members = finalMembers(final);
      distribution = distributionOf(members);
    } else if (proposed) {
      stage = "proposed";
      members = yearMembers(proposed);
      distribution = publishedDistribution(proposed);
    }
    const outcomes = y.state === "结果运用已写出" ? grid(L.outcomes(period)) : null;
    if (outcomes) {
      candidates = publishedCandidates(outcomes);
      admonitions = publishedAdmonitions(outcomes);
    }
  }
  const published = stage !== null;
  const ballots = data.ballots.filter((b) => b.period === period).length;
  const roster = monthly ? data.members.filter((m) => assessedIn(m, period)) : data.members;
  return {
    file,
    branch: settings.branchName.trim(),
    secretary: settings.secretary.trim(),
    state: (state.month ?? state.year)!.state,
    month: state.month,
    year: state.year,
    changed,
    stage,
    assessed: published ? members.length : null,
    distribution,
    excellent: published ? members.filter((m) => m.stars !== null && m.stars >= settings.monthlyExcellentStars).length : null,
    turnout: published && !changed ? { ballots, expected: members.length } : null,
    members,
    people: published ? members : roster.map((m) => ({ id: m.id, name: m.name, group: m.group ?? "", kind: m.kind })),
    candidates,
    admonitions,
    settings,
  };
}

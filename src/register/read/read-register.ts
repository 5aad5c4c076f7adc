import type { Problem } from "../../scheme/problems";
import type { SheetData } from "../port";
import { inputSheet, type InputSheetKey } from "../schema";
import { findInputSheet } from "../sheet-names";
import { readAdjustments } from "./adjustments";
import { readBallots } from "./ballots";
import { readComments } from "./comments";
import { readCommitments } from "./commitments";
import { readCriteria } from "./criteria";
import { readMeetings } from "./meetings";
import { readObjections } from "./objections";
import { ProblemCollector } from "./problems";
import { readRecords } from "./record";
import { readMembers } from "./roster";
import { rosterIndex } from "./names";
import { defaultSettings, readSettings } from "./settings";
import { findTable, type Table } from "./table";
import type { ReadOptions, RegisterData } from "./types";

/**
 * Reading the register: finds each input sheet and its table, and hands it to the reader of that sheet
 * (read/settings.ts, read/roster.ts, …). The data types are in read/types.ts; giving the scheme's problems
 * their cells is read/attach-refs.ts.
 */

export type { CommentRow, CommitmentRow, ReadOptions, RegisterData } from "./types";
export { attachRefs } from "./attach-refs";

/** The sheets a monthly generation reads. */
export const MONTH_SHEETS: readonly InputSheetKey[] = ["settings", "roster", "criteria", "record", "adjustments", "ballots"];

/**
 * Reads and checks the register. Every problem names its sheet and cell; all are returned at once.
 * Values that cannot be read are left out of the data (with an error), never guessed.
 */
export function readRegister(sheets: ReadonlyMap<string, SheetData>, options: ReadOptions): { data: RegisterData; problems: Problem[] } {
  const problems = new ProblemCollector();
  const get = (key: InputSheetKey): SheetData | undefined => {
    const need = options.require.includes(key) ? "required" : options.optional?.includes(key) ? "optional" : undefined;
    return findInputSheet(sheets, key, { problems, need }).sheet;
  };
  const wanted = (key: InputSheetKey) => options.require.includes(key) || (options.optional?.includes(key) ?? false);
  const table = (key: InputSheetKey): Table | null => {
    const data = get(key);
    return data ? findTable(data, inputSheet(key), problems) : null;
  };

  const settingsTable = table("settings");
  const settings = settingsTable ? readSettings(settingsTable, problems) : defaultSettings();
  const members = readMembers(table("roster"), problems);
  const criteria = readCriteria(table("criteria"), problems);
  const roster = rosterIndex(members);
  const data: RegisterData = {
    settings,
    members,
    criteria,
    records: readRecords(table("record"), criteria, roster, options.periods, problems),
    adjustments: readAdjustments(table("adjustments"), roster, options.periods, problems),
    ballots: readBallots(table("ballots"), roster, options.periods, problems),
    objections: wanted("objections") ? readObjections(table("objections"), roster, options.periods, problems) : [],
    commitments: wanted("commitments") ? readCommitments(table("commitments"), roster, options.periods, problems) : [],
    comments: wanted("comments") ? readComments(table("comments"), roster, options.periods, problems) : [],
    meetings: wanted("meetings") ? readMeetings(table("meetings"), roster, options.periods, problems) : [],
  };
  return { data, problems: problems.finish() };
}

import { existsSync } from "fs";
import { readFile } from "fs/promises";
import path from "path";
import type { Lang } from "../i18n/catalogue";
import { problemTag } from "../i18n/problem-groups";
import { describeProblem } from "../i18n/problems";
import { importBallots, type ColumnMapping, type ImportPlan } from "../register/import";
import { isIsoMonth, isIsoYear } from "../scheme/dates";
import type { Problem } from "../scheme/problems";
import { readExport, type ExportFile } from "../xlsx/read-export";
import { parseArgs, UsageError } from "./args";
import { importMessages } from "./import-messages";
import { checkOutputFolder, readFailure, saveOutput } from "./files";
import { announceLosses, cliMessages } from "./messages";
import { defaultOutput, openRegister } from "./step-files";
import { maxOf } from "../scheme/arrays";

/**
 * `star-register import-ballots <register.xlsx> <export.xlsx|.csv> --period YYYY-MM|YYYY`: reads the export,
 * prints the column-to-member mapping and the report, and — when no error remains — writes the register
 * with the ballots appended to 民主评议 into a new file. Exit 0 written, 1 blocked (problems on stderr),
 * 2 usage. The input files are never written.
 */
export interface ImportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export async function importBallotsCommand(argv: readonly string[], lang: Lang, io: ImportIo): Promise<number> {
  const t = importMessages(lang);
  const c = cliMessages(lang);
  const { positional, options, lists } = parseArgs(argv, ["period", "out", "lang", "sheet", "prefix"], ["json"], ["map", "skip"]);
  if (positional.length !== 2) throw new UsageError(t.missingFiles);
  const [registerFile, exportFile] = positional;
  const period = String(options.get("period") ?? "");
  if (!isIsoMonth(period) && !isIsoYear(period)) throw new UsageError(t.badPeriod(period));
  const overrides: Record<string, string> = {};
  for (const entry of lists.get("map") ?? []) {
    const at = entry.lastIndexOf("=");
    if (at <= 0 || at === entry.length - 1) throw new UsageError(t.badMap(entry));
    overrides[entry.slice(0, at).trim()] = entry.slice(at + 1).trim();
  }
  for (const column of lists.get("skip") ?? []) overrides[column.trim()] = "skip";
  const out = path.resolve(String(options.get("out") ?? defaultOutput(registerFile, period, "评议导入")));
  if (out === path.resolve(registerFile)) throw new UsageError(c.sameAsInput);
  if (out === path.resolve(exportFile)) throw new UsageError(t.sameAsExport);
  if (existsSync(out)) throw new UsageError(c.fileExists(out));
  const json = options.has("json");
  await checkOutputFolder(out);

  const workbook = await openRegister(registerFile, io, c);
  if (!workbook) return 2;
  let bytes: Uint8Array;
  try {
    bytes = await readFile(exportFile);
  } catch (e) {
    io.stderr(c.cannotRead(exportFile, readFailure(e, c, exportFile)));
    return 2;
  }
  const fileName = path.basename(exportFile);
  const sheet = options.get("sheet");
  const file = await readExport(bytes, { fileName, sheet: sheet === undefined ? undefined : String(sheet) });
  const describe = (p: Problem, plan?: ImportPlan) => describeProblem(p, lang, (id) => plan?.members.find((m) => m.id === id)?.name);

  if (!file.grid) {
    io.stderr([t.notRead(file.problems.length), ...file.problems.map((p) => line(p, describe(p), lang))].join("\n"));
    if (json) io.stdout(JSON.stringify(importJson(period, fileName, file, null, null, describe), null, 2));
    return 1;
  }
  const prefix = options.get("prefix");
  const plan = await importBallots(workbook, file.grid, {
    period,
    source: { fileName, sheet: file.sheet, ...(file.date1904 && { date1904: true }) },
    overrides,
    ballotPrefix: prefix === undefined ? undefined : String(prefix),
  });
  const problems = [...file.problems, ...plan.problems].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  if (!plan.blocked) {
    announceLosses(workbook, io, c);
    await saveOutput(workbook, out);
  }

  if (json) {
    io.stdout(
      JSON.stringify(
        importJson(period, fileName, file, { ...plan, problems }, plan.blocked ? null : out, (p) => describe(p, plan)),
        null,
        2,
      ),
    );
  } else {
    io.stdout(summary(plan, fileName, file.sheet, lang).join("\n"));
  }
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.filter((p) => p.severity === "warning");
  if (plan.blocked) {
    io.stderr([c.blocked(errors.length, warnings.length), ...problems.map((p) => line(p, describe(p, plan), lang))].join("\n"));
    return 1;
  }
  if (warnings.length > 0 && !json) io.stderr([c.warnings(warnings.length), ...warnings.map((p) => `  ${describe(p, plan)}`)].join("\n"));
  if (!json) io.stdout(t.wrote(out, plan.ballots.length));
  return 0;
}

function line(p: Problem, text: string, lang: Lang): string {
  return `${problemTag(p.severity, lang)}${text}`;
}

/** The mapping and the report, as the secretary checks them before (and after) anything is written. */
function summary(plan: ImportPlan, fileName: string, sheet: string | undefined, lang: Lang): string[] {
  const t = importMessages(lang);
  const name = (id: string) => plan.members.find((m) => m.id === id)?.name ?? "";
  const label = (id: string) => (lang === "zh-CN" ? `${name(id)}（${id}）` : `${name(id)} (${id})`);
  const out = [t.source(fileName, sheet, plan.shape ? t.shapes[plan.shape] : t.unknownShape, plan.headerRow, plan.period)];
  if (plan.mapping.length > 0) {
    out.push(t.mappingTitle(plan.shape === "long"));
    const width = maxOf(plan.mapping.map((m) => m.header.length));
    for (const m of plan.mapping) {
      out.push(`  ${plan.shape === "long" ? "" : `${m.column.padEnd(3)} `}${m.header.padEnd(width)} ${mappingText(m, label, t)}`);
      if (!m.memberId && m.via !== "skip" && (m.candidates.length > 0 || m.answers > 0)) out.push(t.fixHint(m.header, plan.shape !== "long"));
    }
    // Columns mapped by the secretary (--map) are counted apart from those matched automatically.
    const byHand = plan.mapping.filter((m) => m.via === "override").length;
    const skipped = plan.mapping.filter((m) => m.via === "skip").length;
    const auto = plan.mapping.filter((m) => m.memberId && m.via !== "override").length;
    out.push(t.counts(auto, byHand, skipped));
  }
  if (plan.otherColumns.length > 0) {
    out.push(t.others);
    const roles = [...new Set(plan.otherColumns.map((o) => o.role))];
    for (const role of roles) {
      const columns = plan.otherColumns.filter((o) => o.role === role).map((o) => `${o.column} ${o.header || "—"}`);
      out.push(`  ${t.roles[role]}${lang === "zh-CN" ? "：" : ": "}${columns.join(lang === "zh-CN" ? "、" : ", ")}`);
    }
  }
  if (!plan.shape) return out;
  const { turnout } = plan.report;
  out.push(t.report(plan.report.ballots, turnout.voters, turnout.roster, turnout.rate));
  out.push(`${t.marksPerMember}${plan.report.marksPerMember.map((m) => `${m.name} ${m.marks}`).join(lang === "zh-CN" ? "，" : ", ")}`);
  if (plan.report.skippedRows.length > 0) {
    out.push(t.skippedRows);
    for (const s of plan.report.skippedRows) {
      const sentence = describeProblem({ severity: "warning", code: s.reason, place: {}, args: s.args }, lang);
      out.push(`  ${t.row(s.row)}${lang === "zh-CN" ? "：" : ": "}${sentence}`);
    }
  }
  return out;
}

function mappingText(m: ColumnMapping, label: (id: string) => string, t: ReturnType<typeof importMessages>): string {
  if (m.via === "skip") return t.skipped;
  if (m.memberId) return t.mapped(label(m.memberId), m.via === "contains" ? t.viaContains : m.via === "override" ? t.viaOverride : "");
  if (m.candidates.length > 1) return t.ambiguous(m.candidates.map(label).join("、"));
  if (m.suggestions.length > 0) return t.near(m.suggestions.map(label).join("、"));
  return t.unknown;
}

/** The --json document: the mapping, the report, the problems with their sheet and cell, and the file written. */
export function importJson(
  period: string,
  fileName: string,
  file: ExportFile,
  plan: ImportPlan | null,
  written: string | null,
  describe: (p: Problem) => string,
) {
  const name = (id: string | null) => (id ? (plan?.members.find((m) => m.id === id)?.name ?? null) : null);
  const problems = plan?.problems ?? file.problems;
  return {
    period,
    source: { file: fileName, sheet: file.sheet ?? null, sheets: file.sheets },
    shape: plan?.shape ?? null,
    headerRow: plan?.headerRow ?? null,
    mapping: (plan?.mapping ?? []).map((m) => ({ ...m, name: name(m.memberId) })),
    otherColumns: plan?.otherColumns ?? [],
    report: plan
      ? {
          ...plan.report,
          skippedRows: plan.report.skippedRows.map((s) => ({
            row: s.row,
            reason: s.reason,
            message: describe({ severity: "warning", code: s.reason, place: {}, args: s.args }),
          })),
        }
      : null,
    problems: problems.map((p) => ({
      severity: p.severity,
      code: p.code,
      sheet: p.args.sheet === undefined ? null : String(p.args.sheet),
      cell: p.args.cell ? String(p.args.cell) : null,
      message: describe(p),
    })),
    written,
  };
}

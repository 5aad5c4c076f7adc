/**
 * Random registers and random mutations of the sample — wrong types, long and odd
 * text, odd sheet names, moved headers, merged cells, huge numbers, formulas, whole-column validations —
 * through reading, checking and planning (pure), the in-memory host and the .xlsx adapter. Whatever the
 * input: no exception escapes (the workflows document none for valid options); every problem names a
 * sheet that exists and a cell inside Excel's grid; the input is unchanged; every person's sheet and cell
 * survives; text never becomes a formula.
 *
 * Seeded (FUZZ_SEED, default below) and bounded (FUZZ_RUNS scales the counts) so that it adds well under a
 * minute to CI on two cores. A failure prints the seed and the shrunk counterexample: add it to
 * test/fixtures/bad or a unit test when fixing it.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import fc from "fast-check";
import { splitRef } from "../../src/cli/json";
import { columnIndex, columnLetters, parseAddress, type CellValue } from "../../src/register/cells";
import { planMonth, monthSheetsToRead } from "../../src/register/month-workflow";
import type { SheetData, WorkbookChange } from "../../src/register/port";
import { sampleRegister } from "../../src/sample/sample-branch";
import { planYear } from "../../src/register/year-workflow";
import type { Problem } from "../../src/scheme/problems";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { criteriaSheet, settingsSheet } from "../register/year-sample";
import { inputSheet } from "../../src/register/schema";

const SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const SCALE = Number(process.env.FUZZ_RUNS ?? 1);
const PERIOD = "2026-11";
const AT = "2026-11-28T10:00:00+08:00";
const EXCEL_ROWS = 1_048_576;
const EXCEL_COLUMNS = 16_384;

jest.setTimeout(180_000);

// ---------------------------------------------------------------- generators

/** Texts that have broken spreadsheet tools: formulas, signs, quotes, errors, unicode oddities, lengths. */
const oddText = fc.oneof(
  fc.constantFrom(
    "=1+1",
    '=HYPERLINK("http://x","y")',
    "+86 138 0000 0000",
    "-5",
    "@SUM(A1)",
    "'quoted",
    "#N/A",
    "#REF!",
    "TRUE",
    "001",
    "2026-11",
    "12:30",
    "1,9",
    "1 9",
    "１００",
    "\u3000优秀\u3000",
    " 合格 ",
    "优秀\n合格",
    "\u200b",
    "\u202e倒序",
    "😀👨‍👩‍👧",
    "\ud800",
    "a\u0000b",
    "<script>",
    "不参评（本人申请）",
    "含加减分+1",
    "",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.integer({ min: 30_000, max: 40_000 }).map((n) => "长".repeat(n)),
);

const hugeNumber = fc.oneof(
  fc.constantFrom(1e308, -1e308, 1e20, -1e20, Number.MAX_SAFE_INTEGER, 5e-324, -0, 46_356, 202_611, 0.1 + 0.2),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any value a cell can hold (a formula exists only in the .xlsx file: read as its cached result). */
type FuzzValue = CellValue | { formula: string; result?: string | number };
const anyValue: fc.Arbitrary<FuzzValue> = fc.oneof(
  { weight: 3, arbitrary: oddText },
  { weight: 2, arbitrary: hugeNumber },
  { weight: 1, arbitrary: fc.integer({ min: -10, max: 130 }) },
  { weight: 1, arbitrary: fc.constantFrom("优秀", "合格", "基本合格", "不合格", "是", "否", "党员", "党外", "D001", "d001") },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  {
    weight: 1,
    arbitrary: fc.record(
      { formula: fc.constantFrom("1+1", "SUM(D2:H2)", 'A1&"x"', "1/0", "NOW()"), result: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant("优秀")) },
      { requiredKeys: ["formula"] },
    ),
  },
);

const oddSheetName = fc.constantFrom(
  "民主评议 ",
  " 人员名册",
  "ＳＨＥＥＴ",
  "Sheet'1",
  "O'Neil 的表",
  "😀",
  "x".repeat(31),
  "2026-11 评星",
  "2026-11 公示",
  "生成记录",
  "History1",
  "_积分评星",
);

type Mutation =
  | { kind: "set"; sheet: number; row: number; col: number; value: FuzzValue }
  | { kind: "rename"; sheet: number; name: string }
  | { kind: "moveHeader"; sheet: number; rows: number; cols: number }
  | { kind: "merge"; sheet: number; row: number; col: number; height: number; width: number }
  | { kind: "addSheet"; name: string; values: FuzzValue[][] }
  | { kind: "wholeColumnValidation"; sheet: number }
  | { kind: "text"; field: number; row: number; value: string };

/** Cells whose text the month's sheets quote: 支部名称, a name, a 不参评 说明 (with 是), a roster 备注. */
const TEXT_FIELDS: { sheet: string; column: number; row?: number; also?: [number, CellValue] }[] = [
  { sheet: "设置", column: 1, row: 1 },
  { sheet: "人员名册", column: 1 },
  { sheet: "记实考核", column: 9, also: [8, "是"] },
  { sheet: "人员名册", column: 7 },
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    // Mostly where the data is (headers, the first rows and columns), sometimes anywhere nearby.
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      sheet: fc.nat(20),
      row: fc.oneof(fc.nat(4), fc.nat(30), fc.nat(60)),
      col: fc.oneof(fc.nat(3), fc.nat(10), fc.nat(30)),
      value: anyValue,
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("rename" as const), sheet: fc.nat(20), name: oddSheetName }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("moveHeader" as const), sheet: fc.nat(20), rows: fc.nat(12), cols: fc.nat(3) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("merge" as const),
      sheet: fc.nat(20),
      row: fc.nat(30),
      col: fc.nat(15),
      height: fc.integer({ min: 1, max: 3 }),
      width: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("addSheet" as const),
      name: oddSheetName,
      values: fc.array(fc.array(anyValue, { maxLength: 5 }), { maxLength: 4 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("wholeColumnValidation" as const), sheet: fc.nat(20) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("text" as const), field: fc.nat(TEXT_FIELDS.length - 1), row: fc.nat(80), value: oddText }) },
);

/** A random small register: roster, criteria, the month's records and ballots, from odd and plain values. */
const randomRegister: fc.Arbitrary<Map<string, FuzzValue[][]>> = fc
  .record({
    members: fc.array(
      fc.record({
        id: fc.oneof(fc.constantFrom("D001", "D002", "d001", "D 3", ""), fc.string({ maxLength: 6 })),
        name: fc.oneof(fc.constantFrom("王建国", "李秀英"), fc.string({ maxLength: 8 })),
        kind: fc.constantFrom("党员", "党外", "群众", ""),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    points: fc.array(fc.oneof(fc.integer({ min: -2, max: 22 }), anyValue), { minLength: 40, maxLength: 40 }),
    marks: fc.array(fc.oneof(fc.constantFrom("优秀", "合格", "基本合格", "不合格", "", 95), anyValue), { minLength: 48, maxLength: 48 }),
    ballots: fc.nat(6),
  })
  .map(({ members, points, marks, ballots }) => {
    const header = (key: Parameters<typeof inputSheet>[0]) => inputSheet(key).columns.map((c) => c.zh);
    const criteria = criteriaSheet();
    const names = criteria.slice(1).map((r) => r[2]);
    const sheets = new Map<string, FuzzValue[][]>();
    sheets.set("设置", settingsSheet());
    sheets.set("人员名册", [header("roster"), ...members.map((m) => [m.id, m.name, m.kind, "", "", "", "", ""])]);
    sheets.set("考核细则", criteria);
    sheets.set("记实考核", [
      ["月份", "编号", "姓名", ...names, "不参评", "说明"],
      ...members.map((m, i) => [PERIOD, m.id, m.name, ...points.slice(i * 5, i * 5 + 5), "", ""]),
    ]);
    sheets.set("加减分", [header("adjustments")]);
    sheets.set("民主评议", [
      [...header("ballots"), ...members.map((m) => m.name)],
      ...Array.from({ length: ballots }, (_, b) => [PERIOD, `B-${b}`, "", "党员", ...members.map((_, i) => marks[(b * 8 + i) % marks.length])]),
    ]);
    return sheets;
  });

const sampleGrids = (): Map<string, FuzzValue[][]> => sampleRegister({ lastMonth: PERIOD }) as Map<string, FuzzValue[][]>;

const fuzzCase = fc.record({
  base: fc.oneof({ weight: 2, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: randomRegister }),
  // Few mutations, so that many cases still generate (a register with errors writes nothing).
  mutations: fc.oneof(fc.array(mutation, { maxLength: 2 }), fc.array(mutation, { maxLength: 6 })),
});

// ---------------------------------------------------------------- the register a case describes

interface Built {
  /** Sheet name → values as the person sees them (formulas as their cached result). */
  sheets: Map<string, { values: FuzzValue[][]; merges: string[]; validations: string[] }>;
}

function build(base: Map<string, FuzzValue[][]> | null, mutations: readonly Mutation[]): Built {
  const sheets = new Map<string, { values: FuzzValue[][]; merges: string[]; validations: string[] }>();
  for (const [name, values] of base ?? sampleGrids()) sheets.set(name, { values: values.map((r) => [...r]), merges: [], validations: [] });
  const nth = (i: number) => [...sheets.keys()][i % sheets.size];
  for (const m of mutations) {
    if (sheets.size === 0) break;
    if (m.kind === "set") {
      const s = sheets.get(nth(m.sheet))!;
      while (s.values.length <= m.row) s.values.push([]);
      const row = s.values[m.row];
      while (row.length <= m.col) row.push(null);
      row[m.col] = m.value;
    } else if (m.kind === "rename") {
      const old = nth(m.sheet);
      if (sheets.has(m.name) || [...sheets.keys()].some((k) => k.toLowerCase() === m.name.toLowerCase())) continue;
      const entries = [...sheets].map(([k, v]) => [k === old ? m.name : k, v] as const);
      sheets.clear();
      for (const [k, v] of entries) sheets.set(k, v);
    } else if (m.kind === "moveHeader") {
      const s = sheets.get(nth(m.sheet))!;
      if (s.merges.length > 0) continue;
      s.values = [...Array.from({ length: m.rows }, () => []), ...s.values.map((r) => [...Array.from({ length: m.cols }, () => null), ...r])];
    } else if (m.kind === "merge") {
      const s = sheets.get(nth(m.sheet))!;
      const range = { top: m.row, left: m.col, bottom: m.row + m.height - 1, right: m.col + m.width - 1 };
      const overlaps = s.merges.some((text) => {
        const [a, b] = text.split(":").map(parseAddress);
        return !(range.bottom < a.row || range.top > b.row || range.right < a.column || range.left > b.column);
      });
      if (overlaps || (m.height === 1 && m.width === 1)) continue;
      s.merges.push(`${columnLetters(range.left)}${range.top + 1}:${columnLetters(range.right)}${range.bottom + 1}`);
      // Excel keeps only the top-left value of a merged range.
      for (let r = range.top; r <= range.bottom; r++) {
        for (let c = range.left; c <= range.right; c++) if ((r !== range.top || c !== range.left) && s.values[r]?.[c] !== undefined) s.values[r][c] = null;
      }
    } else if (m.kind === "addSheet") {
      if ([...sheets.keys()].some((k) => k.toLowerCase() === m.name.toLowerCase())) continue;
      sheets.set(m.name, { values: m.values.map((r) => [...r]), merges: [], validations: [] });
    } else if (m.kind === "text") {
      const field = TEXT_FIELDS[m.field];
      const s = sheets.get(field.sheet);
      if (!s || s.values.length < 2) continue;
      // The settings row of 支部名称, or a row of the month (records) or of the roster.
      const rows = s.values.map((_, r) => r).filter((r) => r > 0 && (field.sheet !== "记实考核" || s.values[r][0] === PERIOD));
      const r = field.row ?? rows[m.row % Math.max(1, rows.length)];
      if (r === undefined || !s.values[r]) continue;
      const row = s.values[r];
      while (row.length <= field.column) row.push(null);
      row[field.column] = m.value;
      if (field.also) row[field.also[0]] = field.also[1];
    } else {
      sheets.get(nth(m.sheet))!.validations.push("E2:AC1048576");
    }
  }
  return { sheets };
}

/** A cell as the reader gives it: a formula's cached result (none: blank), empty text as blank. */
function plain(v: FuzzValue): CellValue {
  if (v !== null && typeof v === "object") return v.result ?? null;
  return v === "" ? null : v;
}

function sheetData(built: Built): Map<string, SheetData> {
  const out = new Map<string, SheetData>();
  for (const [name, s] of built.sheets) out.set(name, { name, values: s.values.map((r) => r.map(plain)), merges: [...s.merges], ours: false });
  return out;
}

// ---------------------------------------------------------------- the assertions

/**
 * True when the host's month of this case has something to write (a property over only blocked registers
 * would prove little): the self-check counts these over the same cases the properties draw.
 */
async function writesMonth(built: Built, host: "memory" | "xlsx"): Promise<boolean> {
  const wb =
    host === "memory"
      ? new MemoryWorkbook(new Map([...sheetData(built)].map(([name, s]) => [name, s.values])))
      : await XlsxWorkbook.fromBuffer(Buffer.from(await excelBook(built).xlsx.writeBuffer()));
  const sheets = await wb.readSheets(monthSheetsToRead(PERIOD));
  if (host === "memory") for (const [name, s] of sheets) s.merges = [...built.sheets.get(name)!.merges];
  return planMonth(sheets, { period: PERIOD, generatedAt: AT }).change !== undefined;
}

/** How many of the `numRuns` cases drawn with `seed` the host writes. */
async function writtenCases(host: "memory" | "xlsx", seed: number, numRuns: number): Promise<number> {
  let written = 0;
  for (const { base, mutations } of fc.sample(fuzzCase, { seed, numRuns })) if (await writesMonth(build(base, mutations), host)) written++;
  return written;
}

/** fast-check's report with long runs of one character shortened ("长×40000"), so that a failure stays readable. */
function report<T>(details: fc.RunDetails<T>): void {
  if (!details.failed) return;
  const error = details.errorInstance instanceof Error ? (details.errorInstance.stack ?? details.errorInstance.message) : String(details.errorInstance);
  const message = `${fc.defaultReportMessage(details) ?? ""}\nGot error: ${error}`;
  throw new Error(message.replace(/(.)\1{199,}/gsu, (run, ch: string) => `${ch}×${[...run].length}`));
}

/** Every problem names an existing sheet (or a missing input sheet, by name) and a cell inside Excel's grid. */
function expectProblemsNameCells(problems: readonly Problem[], sheetNames: readonly string[], change?: WorkbookChange): void {
  const known = new Set([...sheetNames, ...(change?.sheets ?? []).map((s) => s.name)]);
  for (const p of problems) {
    const ref = p.place.ref;
    if (!ref) continue;
    const { sheet, cell } = splitRef(ref);
    const missingSheet = /sheet-missing|settings-missing|sheet-absent/.test(p.code);
    if (!missingSheet && !(sheet !== null && known.has(sheet))) throw new Error(`problem ${p.code} names sheet "${sheet}" (ref ${ref}), not in the workbook`);
    if (cell) {
      for (const corner of cell.replace(/\$/g, "").split(":")) {
        const { row, column } = parseAddress(corner);
        if (!(row >= 0 && row < EXCEL_ROWS && column >= 0 && column < EXCEL_COLUMNS)) throw new Error(`problem ${p.code} names ${ref}, outside Excel's grid`);
      }
    }
  }
}

function deepCopy<T>(x: T): T {
  return structuredClone(x);
}

/** The pure path: read, check and plan the month and the year; the input is not touched. */
function checkPure(built: Built): void {
  const sheets = sheetData(built);
  const before = deepCopy([...sheets]);
  const month = planMonth(sheets, { period: PERIOD, generatedAt: AT });
  expectProblemsNameCells(month.problems, [...sheets.keys()], month.change);
  expect(month.blocked).toBe(month.problems.some((p) => p.severity === "error") || month.result === null);
  expect(month.change === undefined).toBe(month.blocked);
  const year = planYear(sheets, { year: "2026", generatedAt: AT });
  expectProblemsNameCells(year.problems, [...sheets.keys()], year.change);
  expect([...sheets]).toEqual(before);
}

/** The in-memory host: the month written, every person's sheet unchanged. */
async function checkMemory(built: Built): Promise<void> {
  const wb = new MemoryWorkbook(new Map([...sheetData(built)].map(([name, s]) => [name, s.values])));
  const before = wb.snapshot().map((s) => ({ name: s.name, values: s.values }));
  const sheets = await wb.readSheets(monthSheetsToRead(PERIOD));
  for (const [name, s] of sheets) s.merges = [...built.sheets.get(name)!.merges];
  const run = planMonth(sheets, { period: PERIOD, generatedAt: AT });
  if (run.change) await wb.write(run.change);
  const after = new Map(wb.snapshot().map((s) => [s.name, s]));
  for (const { name, values } of before) {
    expect(after.get(name)?.ours).toBe(false);
    expect(after.get(name)?.values).toEqual(values);
  }
}

function excelBook(built: Built): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  for (const [name, s] of built.sheets) {
    const ws = book.addWorksheet(name);
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null) return;
        ws.getCell(r + 1, c + 1).value = typeof v === "object" ? (v as ExcelJS.CellFormulaValue) : v;
      }),
    );
    for (const range of s.merges) ws.mergeCells(range);
    for (const range of s.validations) {
      (ws as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(range, {
        type: "list",
        allowBlank: true,
        formulae: ['"优秀,合格,基本合格,不合格"'],
      });
    }
  }
  if (built.sheets.size === 0) book.addWorksheet("Sheet1");
  return book;
}

/** How many drop-down rules the file's worksheets hold, counted in their XML. */
async function countValidations(bytes: Buffer): Promise<number> {
  const zip = await JSZip.loadAsync(bytes);
  let count = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    count += ((await zip.file(name)!.async("string")).match(/<dataValidation[\s>]/g) ?? []).length;
  }
  return count;
}

const isFormula = (v: unknown) => v !== null && typeof v === "object" && ("formula" in (v as object) || "sharedFormula" in (v as object));

/** The .xlsx adapter: bytes in, the month generated, bytes out; people's cells kept, no formula of ours. */
async function checkXlsx(built: Built): Promise<void> {
  // With the mutations' whole-column drop-downs: the adapter's zip layer keeps them away from ExcelJS (which
  // would expand them cell by cell) and puts them back untouched on save.
  const input = Buffer.from(await excelBook(built).xlsx.writeBuffer());
  const copy = Buffer.from(input);
  const wb = await XlsxWorkbook.fromBuffer(input);
  const sheets = await wb.readSheets(monthSheetsToRead(PERIOD));
  const run = planMonth(sheets, { period: PERIOD, generatedAt: AT });
  expectProblemsNameCells(
    run.problems,
    (await wb.listSheets()).map((s) => s.name),
    run.change,
  );
  if (run.change) await wb.write(run.change);
  expect(Buffer.compare(input, copy)).toBe(0);
  const output = await wb.toBuffer();

  // Read back through the adapter, whose zip layer takes the drop-downs out first: raw ExcelJS would hang
  // expanding a whole-column one. The drop-downs themselves are counted in the files' XML.
  const original = await (await XlsxWorkbook.fromBuffer(copy)).model();
  const reread = await XlsxWorkbook.fromBuffer(output);
  const written = await reread.model();
  const ours = new Set((await reread.listSheets()).filter((s) => s.ours).map((s) => s.name));
  expect(await countValidations(output)).toBeGreaterThanOrEqual(await countValidations(copy));
  for (const ws of original.worksheets) {
    const after = written.getWorksheet(ws.name);
    if (!after) throw new Error(`the person's sheet "${ws.name}" is gone`);
    expect(ours.has(ws.name)).toBe(false);
    ws.eachRow({ includeEmpty: false }, (row, r) =>
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        const now = after.getCell(r, c);
        if (JSON.stringify(now.value) !== JSON.stringify(cell.value))
          throw new Error(`${ws.name}!${columnLetters(c - 1)}${r} changed: ${JSON.stringify(cell.value)} → ${JSON.stringify(now.value)}`);
      }),
    );
    expect((after.model.merges ?? []).slice().sort()).toEqual((ws.model.merges ?? []).slice().sort());
  }
  for (const name of ours) {
    written.getWorksheet(name)!.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (isFormula(cell.value)) throw new Error(`${name}!${cell.address} holds a formula: ${JSON.stringify(cell.value)}`);
      }),
    );
  }
  // Text written by us stays text: every string of the plans is a string in the file.
  for (const plan of run.change?.sheets ?? []) {
    const ws = written.getWorksheet(plan.name)!;
    plan.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v === "string" && v !== "") expect(typeof ws.getCell(r + 1, c + 1).value).toBe("string");
      }),
    );
  }
}

// ---------------------------------------------------------------- the properties

describe("fuzz: random registers and mutations of the sample", () => {
  it("read, check and plan (month and year) never throw, name real cells and leave the input alone", () => {
    fc.assert(
      fc.property(fuzzCase, ({ base, mutations }) => checkPure(build(base, mutations))),
      { seed: SEED, numRuns: Math.round(80 * SCALE), endOnFailure: true, reporter: report },
    );
  });

  it("the in-memory host writes the month and keeps every person's sheet and cell", async () => {
    await fc.assert(
      fc.asyncProperty(fuzzCase, async ({ base, mutations }) => checkMemory(build(base, mutations))),
      { seed: SEED + 1, numRuns: Math.round(60 * SCALE), endOnFailure: true, reporter: report },
    );
  });

  it("the .xlsx adapter: nothing escapes, people's cells and merges survive, text never becomes a formula", async () => {
    await fc.assert(
      fc.asyncProperty(fuzzCase, async ({ base, mutations }) => checkXlsx(build(base, mutations))),
      { seed: SEED + 2, numRuns: Math.round(25 * SCALE), endOnFailure: true, reporter: report },
    );
  });

  it("generates every kind of mutation, and cases that write (the properties are not vacuous)", async () => {
    // Counted here over the cases the properties above draw (same seeds, same runs), so this passes alone.
    expect(await writtenCases("memory", SEED + 1, Math.round(60 * SCALE))).toBeGreaterThan(10 * SCALE);
    // Stricter reading blocks a few more random registers than a lenient one would.
    expect(await writtenCases("xlsx", SEED + 2, Math.round(25 * SCALE))).toBeGreaterThanOrEqual(4 * SCALE);
    const kinds = new Set(fc.sample(mutation, { seed: SEED, numRuns: 300 }).map((m) => m.kind));
    expect([...kinds].sort()).toEqual(["addSheet", "merge", "moveHeader", "rename", "set", "text", "wholeColumnValidation"]);
    const values = fc.sample(anyValue, { seed: SEED, numRuns: 500 });
    expect(values.some((v) => typeof v === "string" && v.length > 32_767)).toBe(true);
    expect(values.some((v) => v !== null && typeof v === "object")).toBe(true);
    expect(columnIndex("XFD")).toBe(EXCEL_COLUMNS - 1);
  });
});

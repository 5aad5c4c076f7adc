/**
 * The metadata Excel reads: functions.json as custom-functions-metadata generates it from the JSDoc of
 * src/functions/functions.ts (what the webpack build emits), and functions.zh-CN.json as
 * scripts/localized-functions-metadata.js derives it with the translation table. Both must list every
 * function with its id, name, parameters and result type.
 */
import { createHash } from "crypto";
import { readFileSync } from "fs";
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { EXCEL4_MACRO_COMMANDS, EXCEL_FUNCTIONS } from "./excel-reserved-names";
import { METADATA_VERSION } from "../../src/functions/functions-cache";
import { metadataProblems } from "./metadata-rules";

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: { requiresAddress?: boolean; requiresParameterAddresses?: boolean };
}
interface Metadata {
  functions: FunctionMetadata[];
}
type Table = Record<string, { name: string; description: string; parameters?: Record<string, string> }>;

const root = path.resolve(__dirname, "..", "..");
// A CommonJS build script without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require(path.join(root, "scripts", "localized-functions-metadata.js")) as {
  localizeMetadata: (metadata: Metadata, table: Table) => { metadata: Metadata; errors: string[] };
};
const table = JSON.parse(readFileSync(path.join(root, "src", "functions", "functions.zh-CN.json"), "utf8")) as Table;

const scalar = (name: string, optional = false): Parameter => ({ name, type: "any", ...(optional && { optional }) });
const matrix = (name: string, optional = false): Parameter => ({ name, type: "any", dimensionality: "matrix", ...(optional && { optional }) });

/** id, Chinese name, parameters (name, type, dimensionality, optional) and result type of every function. */
const EXPECTED = [
  { id: "STAR", zh: "星级数", parameters: [scalar("score"), matrix("thresholds", true), scalar("decimals", true)], result: "number" },
  { id: "STARS", zh: "星级符号", parameters: [scalar("score"), matrix("thresholds", true), scalar("decimals", true)], result: "string" },
  { id: "STARLABEL", zh: "星级名称", parameters: [scalar("score"), matrix("thresholds", true), scalar("decimals", true)], result: "string" },
  {
    id: "COMPOSITE",
    zh: "综合得分",
    parameters: [scalar("appraisal"), scalar("record"), scalar("appraisalWeight", true), scalar("decimals", true)],
    result: "number",
  },
  {
    id: "APPRAISAL",
    zh: "评议得分",
    parameters: [matrix("marks"), scalar("trim", true), matrix("gradePoints", true), scalar("decimals", true)],
    result: "number",
  },
  { id: "RECORD", zh: "记实得分", parameters: [matrix("points"), matrix("adjustments", true), scalar("decimals", true)], result: "number" },
  { id: "PUBLICITYEND", zh: "公示截止日", parameters: [scalar("start"), scalar("days", true)], result: "number" },
];

const CJK = /[\u4e00-\u9fff]/;

/*
 * The naming rules of https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-naming:
 * - name and id start with a letter and are at least three characters;
 * - id: only A–Z, 0–9, underscore and period; name: Unicode letters, underscore and period (digits after
 *   the first letter are allowed in Excel's own names, e.g. LOG10, and kept allowed here);
 * - avoid names that read as a cell reference (A1 to XFD1048576, R1C1 to R1048576C16384) or match an
 *   Excel 4.0 macro function, or a built-in Excel function.
 */
const ID_CHARACTERS = /^[A-Z][A-Z0-9._]*$/;
const NAME_CHARACTERS = /^\p{L}[\p{L}\p{Nd}._]*$/u;
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

/** The column number of letters A…XFD, or Infinity past the last column. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** True when Excel could read the name as a cell (A1 or R1C1 form, either case). */
function readsAsCellReference(name: string): boolean {
  const a1 = /^([A-Za-z]{1,3})([1-9]\d*)$/.exec(name);
  if (a1 && columnNumber(a1[1] as string) <= MAX_COLUMN && Number(a1[2]) <= MAX_ROW) return true;
  // R1C1 cells, and the row, column and relative forms R1C1 notation also reads (R5, C3, RC, R[1]C).
  const r1c1 = /^[Rr](\d*)[Cc](\d*)$/.exec(name) ?? /^[Rr](\d+)()$/.exec(name) ?? /^()[Cc](\d+)$/.exec(name);
  if (!r1c1) return false;
  const row = r1c1[1] === "" ? 1 : Number(r1c1[1]);
  const column = r1c1[2] === "" ? 1 : Number(r1c1[2]);
  return row >= 1 && row <= MAX_ROW && column >= 1 && column <= MAX_COLUMN;
}

const RESERVED = new Set([...EXCEL4_MACRO_COMMANDS, ...EXCEL_FUNCTIONS].map((n) => n.toUpperCase()));

/** Every documented naming rule a function's name (or id, when `id` is set) breaks; none → []. */
function namingProblems(name: string, id = false): string[] {
  const problems: string[] = [];
  if ([...name].length < 3) problems.push("shorter than three characters");
  if (!(id ? ID_CHARACTERS : NAME_CHARACTERS).test(name)) problems.push(id ? "not a letter then A–Z, 0–9, _ and ." : "not a letter then letters, _ and .");
  if (readsAsCellReference(name)) problems.push("reads as a cell reference");
  if (RESERVED.has(name.toUpperCase())) problems.push("an Excel 4.0 macro or built-in function name");
  return problems;
}

const shape = (p: Parameter) => ({ name: p.name, type: p.type, dimensionality: p.dimensionality, optional: p.optional });

describe("custom functions metadata", () => {
  let english: Metadata;
  let chinese: Metadata;
  let localizeErrors: string[];

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(path.join(root, "src", "functions", "functions.ts"), false);
    expect(generated.errors).toEqual([]);
    english = JSON.parse(generated.metadataJson) as Metadata;
    const localized = localizeMetadata(english, table);
    chinese = localized.metadata;
    localizeErrors = localized.errors;
  }, 60_000);

  it("lists exactly the seven functions, in order, in both languages", () => {
    expect(english.functions.map((f) => f.id)).toEqual(EXPECTED.map((e) => e.id));
    expect(chinese.functions.map((f) => f.id)).toEqual(EXPECTED.map((e) => e.id));
  });

  it("translates every function and parameter, and nothing else", () => {
    expect(localizeErrors).toEqual([]);
    expect(Object.keys(table).sort()).toEqual(EXPECTED.map((e) => e.id).sort());
  });

  describe.each(EXPECTED)("$id", (expected) => {
    const en = () => english.functions.find((f) => f.id === expected.id) as FunctionMetadata;
    const zh = () => chinese.functions.find((f) => f.id === expected.id) as FunctionMetadata;

    it("has its ASCII id as its English name and the Chinese name in zh-CN", () => {
      expect(en().name).toBe(expected.id);
      expect(zh().name).toBe(expected.zh);
    });

    it("keeps every documented naming rule in both files", () => {
      expect(namingProblems(en().id, true)).toEqual([]);
      expect(namingProblems(en().name)).toEqual([]);
      expect(namingProblems(zh().id, true)).toEqual([]);
      expect(namingProblems(zh().name)).toEqual([]);
    });

    it("has the expected parameters and result type in both files", () => {
      for (const f of [en(), zh()]) {
        expect(f.parameters.map(shape)).toEqual(expected.parameters.map(shape));
        // A 1×1 matrix: the documented pairing of requiresParameterAddresses (custom-functions-json#options).
        expect(f.result).toEqual({ type: expected.result, dimensionality: "matrix" });
      }
    });

    it("asks Excel for its arguments' addresses and, for hosts without them, its own cell's, to tell a blank cell from 0 (office-js #4702)", () => {
      for (const f of [en(), zh()]) expect(f.options).toEqual({ requiresAddress: true, requiresParameterAddresses: true });
    });

    it("describes the function and each parameter in English, and in Chinese in zh-CN", () => {
      expect(en().description).toMatch(/[A-Za-z]{3}/);
      expect(zh().description).toMatch(CJK);
      for (const p of en().parameters) expect(p.description).toMatch(/[A-Za-z]{3}/);
      for (const p of zh().parameters) expect(p.description).toMatch(CJK);
    });
  });

  it("keeps every documented rule of the metadata reference in both files", () => {
    expect(metadataProblems(english)).toEqual([]);
    expect(metadataProblems(chinese)).toEqual([]);
  });

  it("is the version the functions cache refresh compares (update METADATA_VERSION with the metadata)", () => {
    const hash = createHash("sha256").update(JSON.stringify(english)).update(JSON.stringify(chinese)).digest("hex").slice(0, 12);
    expect(METADATA_VERSION).toBe(hash);
  });

  it("gives every function a distinct Chinese name", () => {
    const names = chinese.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("the metadata rules themselves", () => {
  const fn = (extra: Record<string, unknown>) => ({ id: "F", name: "FUN", parameters: [], result: { type: "number" }, ...extra });
  it.each([
    [fn({ options: { requiresParameterAddresses: true } }), "F: requiresParameterAddresses needs the result's dimensionality to be matrix"],
    [fn({ options: { stream: true, cancelable: true } }), "F: stream and cancelable together"],
    [fn({ options: { stream: true, requiresAddress: true } }), "F: stream and requiresAddress together"],
    [fn({ options: { stream: true, volatile: true } }), "F: stream and volatile together"],
    [fn({ options: { requiresStreamAddress: true } }), "F: requiresStreamAddress without stream"],
    [fn({ options: { requiresStreamParameterAddresses: true } }), "F: requiresStreamParameterAddresses without stream"],
    [fn({ options: { excludeFromAutoComplete: true, linkedEntityLoadService: true } }), "F: excludeFromAutoComplete and linkedEntityLoadService together"],
    [fn({ options: { requiresAdress: true } }), "F: unknown option requiresAdress"],
    [fn({ result: { type: "date" } }), "F result: type date is not one of boolean, number, string, any"],
    [fn({ result: { dimensionality: "vector" } }), "F result: dimensionality vector is not scalar or matrix"],
    [fn({ parameters: [{ name: "x", type: "number", cellValueType: "cellvalue" }] }), "F parameter x: cellValueType needs type any"],
    [fn({ parameters: [{ name: "x", customEnumId: "PLANETS" }] }), "F parameter x: customEnumId names no enum"],
    [fn({ parameters: [{ name: "x", repeating: true }] }), "F parameter x: a repeating parameter needs dimensionality matrix"],
    [fn({ result: undefined }), "F: no result object"],
  ])("%j breaks a rule", (f, problem) => {
    expect(metadataProblems({ functions: [f] })).toEqual([problem]);
  });

  it("finds the repeated id and the enum value without its typed value", () => {
    const enums = [{ id: "E", type: "number", values: [{ name: "one", stringValue: "1" }] }];
    expect(metadataProblems({ functions: [fn({}), fn({})], enums })).toEqual(["enum E: one has no numberValue", "F: id repeated"]);
  });

  it("accepts the documented pairings", () => {
    const f = fn({ options: { requiresParameterAddresses: true, stream: false }, result: { type: "number", dimensionality: "matrix" } });
    expect(metadataProblems({ functions: [f] })).toEqual([]);
  });
});

describe("the naming rules themselves", () => {
  it.each([
    ["星级", ["shorter than three characters"]],
    ["PX", ["shorter than three characters"]],
    ["3星级", ["not a letter then letters, _ and ."]],
    ["星级-数", ["not a letter then letters, _ and ."]],
    ["ABC1", ["reads as a cell reference"]],
    ["xfd1048576", ["reads as a cell reference"]],
    ["R1C1", ["reads as a cell reference"]],
    ["R1048576C16384", ["reads as a cell reference"]],
    ["RUN", ["an Excel 4.0 macro or built-in function name"]],
    ["echo", ["an Excel 4.0 macro or built-in function name"]],
    ["GET.CELL", ["an Excel 4.0 macro or built-in function name"]],
    ["SUM", ["an Excel 4.0 macro or built-in function name"]],
  ])("%s breaks %j", (name, problems) => {
    expect(namingProblems(name)).toEqual(problems);
  });

  it.each(["星级数", "STAR", "XFE1", "XFD1048577", "R1048577C1", "R1C16385", "STARLABEL", "LOG.X"])("%s is a valid name", (name) => {
    expect(namingProblems(name)).toEqual([]);
  });

  it("reads the R1C1 row, column and relative forms as references", () => {
    for (const name of ["R5", "C3", "RC", "r2c", "RC7"]) expect(readsAsCellReference(name)).toBe(true);
  });

  it("checks ids against A–Z, 0–9, _ and . only", () => {
    expect(namingProblems("星级数", true)).toEqual(["not a letter then A–Z, 0–9, _ and ."]);
    expect(namingProblems("Star", true)).toEqual(["not a letter then A–Z, 0–9, _ and ."]);
  });
});

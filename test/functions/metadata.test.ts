/**
 * The metadata Excel reads: functions.json as custom-functions-metadata generates it from the JSDoc of
 * src/functions/functions.ts (what the webpack build emits), and functions.zh-CN.json as
 * scripts/localized-functions-metadata.js derives it with the translation table. Both must list every
 * function with its id, name, parameters and result type.
 */
import { readFileSync } from 'fs';
import path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

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
}
interface Metadata {
  functions: FunctionMetadata[];
}
type Table = Record<string, { name: string; description: string; parameters?: Record<string, string> }>;

const root = path.resolve(__dirname, '..', '..');
// A CommonJS build script without type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { localizeMetadata } = require(path.join(root, 'scripts', 'localized-functions-metadata.js')) as {
  localizeMetadata: (metadata: Metadata, table: Table) => { metadata: Metadata; errors: string[] };
};
const table = JSON.parse(readFileSync(path.join(root, 'src', 'functions', 'functions.zh-CN.json'), 'utf8')) as Table;

const scalar = (name: string, optional = false): Parameter => ({ name, type: 'any', ...(optional && { optional }) });
const matrix = (name: string, optional = false): Parameter => ({ name, type: 'any', dimensionality: 'matrix', ...(optional && { optional }) });

/** id, Chinese name, parameters (name, type, dimensionality, optional) and result type of every function. */
const EXPECTED = [
  { id: 'STAR', zh: '星级', parameters: [scalar('score'), matrix('thresholds', true)], result: 'number' },
  { id: 'STARS', zh: '星级符号', parameters: [scalar('score'), matrix('thresholds', true)], result: 'string' },
  { id: 'STARLABEL', zh: '星级名称', parameters: [scalar('score'), matrix('thresholds', true)], result: 'string' },
  { id: 'COMPOSITE', zh: '综合得分', parameters: [scalar('appraisal'), scalar('record'), scalar('appraisalWeight', true)], result: 'number' },
  { id: 'APPRAISAL', zh: '评议得分', parameters: [matrix('marks'), scalar('trim', true), matrix('gradePoints', true)], result: 'number' },
  { id: 'RECORD', zh: '记实得分', parameters: [matrix('points'), matrix('adjustments', true)], result: 'number' },
  { id: 'PUBLICITYEND', zh: '公示截止日', parameters: [scalar('start'), scalar('days', true)], result: 'number' },
];

const CJK = /[\u4e00-\u9fff]/;
/** Excel's rule for function names: a letter first, then letters, digits, periods and underscores. */
const EXCEL_NAME = /^\p{L}[\p{L}0-9._]*$/u;

const shape = (p: Parameter) => ({ name: p.name, type: p.type, dimensionality: p.dimensionality, optional: p.optional });

describe('custom functions metadata', () => {
  let english: Metadata;
  let chinese: Metadata;
  let localizeErrors: string[];

  beforeAll(async () => {
    const generated = await generateCustomFunctionsMetadata(path.join(root, 'src', 'functions', 'functions.ts'), false);
    expect(generated.errors).toEqual([]);
    english = JSON.parse(generated.metadataJson) as Metadata;
    const localized = localizeMetadata(english, table);
    chinese = localized.metadata;
    localizeErrors = localized.errors;
  }, 60_000);

  it('lists exactly the seven functions, in order, in both languages', () => {
    expect(english.functions.map((f) => f.id)).toEqual(EXPECTED.map((e) => e.id));
    expect(chinese.functions.map((f) => f.id)).toEqual(EXPECTED.map((e) => e.id));
  });

  it('translates every function and parameter, and nothing else', () => {
    expect(localizeErrors).toEqual([]);
    expect(Object.keys(table).sort()).toEqual(EXPECTED.map((e) => e.id).sort());
  });

  describe.each(EXPECTED)('$id', (expected) => {
    const en = () => english.functions.find((f) => f.id === expected.id) as FunctionMetadata;
    const zh = () => chinese.functions.find((f) => f.id === expected.id) as FunctionMetadata;

    it('has its ASCII id as its English name and the Chinese name in zh-CN', () => {
      expect(en().name).toBe(expected.id);
      expect(zh().name).toBe(expected.zh);
      expect(zh().name).toMatch(EXCEL_NAME);
    });

    it('has the expected parameters and result type in both files', () => {
      for (const f of [en(), zh()]) {
        expect(f.parameters.map(shape)).toEqual(expected.parameters.map(shape));
        expect(f.result).toEqual({ type: expected.result });
      }
    });

    it('describes the function and each parameter in English, and in Chinese in zh-CN', () => {
      expect(en().description).toMatch(/[A-Za-z]{3}/);
      expect(zh().description).toMatch(CJK);
      for (const p of en().parameters) expect(p.description).toMatch(/[A-Za-z]{3}/);
      for (const p of zh().parameters) expect(p.description).toMatch(CJK);
    });
  });

  it('gives every function a distinct Chinese name', () => {
    const names = chinese.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });
});

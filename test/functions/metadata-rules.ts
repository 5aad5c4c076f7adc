/**
 * The documented rules of custom-functions metadata, each as a check over a parsed functions.json:
 * - the metadata reference (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-json#metadata-reference):
 *   required properties, the allowed values of type and dimensionality, and every pairing of options it
 *   states ("requiresParameterAddresses ... must be used in combination with the dimensionality property of
 *   the result object, and dimensionality must be set to matrix"; stream excludes cancelable, requiresAddress
 *   and volatile; requiresStreamAddress and requiresStreamParameterAddresses need stream;
 *   excludeFromAutoComplete excludes linkedEntityLoadService; cellValueType needs type any; an enum of type
 *   number needs numberValue, of type string stringValue; a customEnumId names an enum; ids are unique);
 * - the parameter options page (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-parameter-options#repeating-parameters):
 *   a repeating parameter is also "dimensionality": "matrix".
 * The naming rules (custom-functions-naming) are checked in metadata.test.ts.
 */
type Json = Record<string, unknown>;

const TYPES = ["boolean", "number", "string", "any"];
const DIMENSIONALITIES = ["scalar", "matrix"];
const CELL_VALUE_TYPES = [
  "cellvalue",
  "booleancellvalue",
  "doublecellvalue",
  "entitycellvalue",
  "errorcellvalue",
  "linkedentitycellvalue",
  "localimagecellvalue",
  "stringcellvalue",
  "webimagecellvalue",
];
const OPTIONS = [
  "cancelable",
  "capturesCallingObject",
  "excludeFromAutoComplete",
  "linkedEntityLoadService",
  "requiresAddress",
  "requiresParameterAddresses",
  "requiresStreamAddress",
  "requiresStreamParameterAddresses",
  "stream",
  "volatile",
];

const isObject = (v: unknown): v is Json => typeof v === "object" && v !== null && !Array.isArray(v);

function typeAndDimensionality(where: string, o: Json, problems: string[]): void {
  if (o.type !== undefined && !TYPES.includes(o.type as string)) problems.push(`${where}: type ${String(o.type)} is not one of ${TYPES.join(", ")}`);
  if (o.dimensionality !== undefined && !DIMENSIONALITIES.includes(o.dimensionality as string))
    problems.push(`${where}: dimensionality ${String(o.dimensionality)} is not scalar or matrix`);
}

/** Every documented rule the metadata breaks, as sentences naming the function; none → []. */
export function metadataProblems(metadata: unknown): string[] {
  const problems: string[] = [];
  if (!isObject(metadata) || !Array.isArray(metadata.functions)) return ["no functions array"];
  for (const key of ["allowCustomDataForDataTypeAny", "allowErrorForDataTypeAny"])
    if (metadata[key] !== undefined && typeof metadata[key] !== "boolean") problems.push(`${key} is not a Boolean`);
  const enums = Array.isArray(metadata.enums) ? (metadata.enums as Json[]) : [];
  const enumIds = new Set<string>();
  for (const e of enums) {
    const id = String(e.id);
    if (enumIds.has(id.toLowerCase())) problems.push(`enum ${id}: id repeated`);
    enumIds.add(id.toLowerCase());
    if (e.type !== "string" && e.type !== "number") problems.push(`enum ${id}: type is not string or number`);
    for (const v of Array.isArray(e.values) ? (e.values as Json[]) : []) {
      if (typeof v.name !== "string") problems.push(`enum ${id}: a value has no name`);
      if (e.type === "number" && typeof v.numberValue !== "number") problems.push(`enum ${id}: ${String(v.name)} has no numberValue`);
      if (e.type === "string" && typeof v.stringValue !== "string") problems.push(`enum ${id}: ${String(v.name)} has no stringValue`);
    }
  }
  const ids = new Set<string>();
  for (const f of metadata.functions as unknown[]) {
    if (!isObject(f)) {
      problems.push("a function is not an object");
      continue;
    }
    const id = String(f.id);
    for (const key of ["id", "name"]) if (typeof f[key] !== "string" || f[key] === "") problems.push(`${id}: no ${key}`);
    if (ids.has(id)) problems.push(`${id}: id repeated`);
    ids.add(id);
    if (!Array.isArray(f.parameters)) problems.push(`${id}: no parameters array`);
    if (!isObject(f.result)) problems.push(`${id}: no result object`);
    const result = isObject(f.result) ? f.result : {};
    typeAndDimensionality(`${id} result`, result, problems);
    const options = isObject(f.options) ? f.options : {};
    for (const [key, value] of Object.entries(options)) {
      if (!OPTIONS.includes(key)) problems.push(`${id}: unknown option ${key}`);
      else if (typeof value !== "boolean") problems.push(`${id}: option ${key} is not a Boolean`);
    }
    const on = (key: string) => options[key] === true;
    if (on("requiresParameterAddresses") && result.dimensionality !== "matrix")
      problems.push(`${id}: requiresParameterAddresses needs the result's dimensionality to be matrix`);
    if (on("stream") && on("cancelable")) problems.push(`${id}: stream and cancelable together`);
    if (on("stream") && on("requiresAddress")) problems.push(`${id}: stream and requiresAddress together`);
    if (on("stream") && on("volatile")) problems.push(`${id}: stream and volatile together`);
    if (on("requiresStreamAddress") && !on("stream")) problems.push(`${id}: requiresStreamAddress without stream`);
    if (on("requiresStreamParameterAddresses") && !on("stream")) problems.push(`${id}: requiresStreamParameterAddresses without stream`);
    if (on("excludeFromAutoComplete") && on("linkedEntityLoadService")) problems.push(`${id}: excludeFromAutoComplete and linkedEntityLoadService together`);
    for (const p of Array.isArray(f.parameters) ? (f.parameters as unknown[]) : []) {
      if (!isObject(p) || typeof p.name !== "string" || p.name === "") {
        problems.push(`${id}: a parameter has no name`);
        continue;
      }
      const where = `${id} parameter ${p.name}`;
      typeAndDimensionality(where, p, problems);
      if (p.cellValueType !== undefined) {
        if (p.type !== "any") problems.push(`${where}: cellValueType needs type any`);
        if (!CELL_VALUE_TYPES.includes(String(p.cellValueType).toLowerCase())) problems.push(`${where}: unknown cellValueType ${String(p.cellValueType)}`);
      }
      if (p.customEnumId !== undefined && !enumIds.has(String(p.customEnumId).toLowerCase())) problems.push(`${where}: customEnumId names no enum`);
      if (p.repeating === true && p.dimensionality !== "matrix") problems.push(`${where}: a repeating parameter needs dimensionality matrix`);
      for (const key of ["optional", "repeating"]) if (p[key] !== undefined && typeof p[key] !== "boolean") problems.push(`${where}: ${key} is not a Boolean`);
    }
  }
  return problems;
}

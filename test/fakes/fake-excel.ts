/**
 * A fake Excel request context for the Office.js adapter's tests and benchmark.
 *
 * office-addin-mock does not model collections, batching or failures, so this fake models the part of
 * Office.js the adapter uses, and behaves like Office.js where it matters:
 * - proxies queue operations; nothing happens until `context.sync()`, which applies the queue in order;
 *   an operation that fails throws from `sync()` with the operations before it applied (Office.js is
 *   not transactional) and no load results delivered;
 * - a property read before `load` + `sync` throws PropertyNotLoaded; `isNullObject` needs a sync too;
 * - a values or numberFormat array whose shape differs from the range's fails with InvalidArgument;
 * - sheet names over 31 characters, with : \ / ? * [ ], starting or ending with ', or "History" fail;
 *   a duplicate name (case-insensitive) fails with ItemAlreadyExists; a very hidden or the last visible
 *   sheet cannot be deleted;
 * - strings written to `values` are interpreted as Excel interprets typing: "=…", "+…", "@…" become
 *   formulas, numeric, percent, date and TRUE/FALSE text becomes numbers and booleans, and a leading
 *   apostrophe makes the rest text (quote prefix) — so a test can tell text that stayed text;
 * - every request is measured (JSON of the queued operations, written values included) and refused
 *   over 5,000,000 bytes (Excel on the web refuses requests and responses over 5 MB); responses too;
 * - anything not modelled throws "FakeExcel: not modelled: X" instead of silently succeeding;
 * - references between sheets: formulas naming another sheet ('2026-11 评星'!H8), chart series and
 *   defined names (defineName) follow a renamed sheet and become #REF! when their sheet is deleted, as in
 *   Excel — so a test can tell a sheet rewritten in place from one deleted and replaced;
 * - protection: a protected sheet refuses every change to it, a protected workbook structure refuses adding,
 *   deleting, renaming, moving and hiding sheets (both readable through `protection.protected`);
 * - page zoom takes only the documented values (scale 10–400, fit-to-pages a positive whole number);
 * - a values read over 5 million cells returns null (optionally an error), as the performance guide warns;
 * - `generalExceptionAbove`: requests larger than this fail whole with GeneralException, as Excel on the
 *   web has done well below 5 MB (see write-change.ts for the threads);
 * - `failWhen` fails one chosen operation (those before it in its request applied); `failRequestsAfter`
 *   fails whole the requests that follow the one running a chosen operation (a request lost for a passing
 *   reason in the middle of a write split over several requests);
 * - events: handlers added with `worksheets.onChanged/onAdded/onDeleted/onNameChanged.add` run after the
 *   sync that caused them (values written, sheets added, deleted or renamed), asynchronously as in Excel
 *   (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events); `editCells` is a
 *   person typing; `application.calculate` is recorded; `Range.valueTypes` says "Empty" for a blank cell.
 *
 * Calling methods on a null object (from an *OrNullObject method) is configurable: "propagate" (the
 * result is a null object too, and loads on it leave only isNullObject) or "throw" (ItemNotFound);
 * loading a null object itself is always allowed, as Office.js documents.
 * The workbook state stays inspectable by tests.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */

export type Scalar = string | number | boolean;

/** Zero-based, inclusive rectangle. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const PAYLOAD_LIMIT = 5_000_000;

/** A failure raised by `sync()`, with an Office.js error code. */
export class FakeExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
    /** The queued operation that failed ("Range.values"). */
    readonly statement?: string,
  ) {
    super(`${code}: ${message}${statement ? ` (at ${statement})` : ""}`);
    this.name = "RichApi.Error";
  }
  /** The `context.trace` messages that ran in the failed request before the failure (OfficeExtension.Error). */
  traceMessages: string[] = [];
}

/** A chart series; its ranges follow their sheet's renames, as Excel's references do. */
export interface FakeChartSeries {
  name: string;
  readonly values: string;
  readonly xValues?: string;
}

export interface FakeChart {
  name: string;
  type: string;
  title: string;
  series: FakeChartSeries[];
  position?: { start: string; end?: string };
  width?: number;
  height?: number;
  legendVisible: boolean;
}

export interface FakeValidation {
  rect: Rect;
  rule?: any;
  errorAlert?: any;
}

export interface FakeCell {
  value: Scalar;
  formula?: string;
  quotePrefix: boolean;
  numberFormat: string;
}

const FLAG_QUOTE = 1;
const FLAG_FORMULA = 2;

/** One worksheet's state. */
export class FakeSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  /** Cell values by row; undefined or "" is empty. */
  readonly values: (Scalar | undefined)[][] = [];
  readonly flags: (number | undefined)[][] = [];
  readonly formulas = new Map<string, string>();
  readonly numberFormats: (string | undefined)[][] = [];
  /** Format properties set on ranges, in order ("font.bold", "fill.color", "border.EdgeTop.weight"…). */
  readonly formats: { rect: Rect; key: string; value: unknown }[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly merges: Rect[] = [];
  freeze: { rows: number; columns: number } | null = null;
  readonly pageLayout: Record<string, unknown> = {};
  readonly footers: { left?: string; center?: string; right?: string } = {};
  readonly validations: FakeValidation[] = [];
  readonly charts: FakeChart[] = [];
  /** Zero-based rows before which a manual page break sits. */
  readonly pageBreaks: number[] = [];
  /** Sheet protection (Review → Protect Sheet): every change to the sheet is refused. */
  protected = false;
  /** Set once the sheet is deleted: references to it read #REF!. */
  deleted = false;
  /** What calculated formula cells show ("r,c" → value), from the custom functions. */
  readonly results = new Map<string, Scalar>();
  /** Called for each formula written (the workbook's custom-function calculation). */
  onFormula: ((r: number, c: number, formula: string) => void) | undefined;

  constructor(
    readonly id: string,
    name: string,
    /** The workbook's date system (FakeExcelOptions.date1904). */
    readonly date1904 = false,
  ) {
    this.name = name;
  }

  /** The bounding box of non-empty cells, or null. */
  usedRect(): Rect | null {
    let top = -1;
    let bottom = -1;
    let left = Number.POSITIVE_INFINITY;
    let right = -1;
    this.values.forEach((row, r) => {
      if (!row) return;
      row.forEach((v, c) => {
        if (v === undefined || v === "") return;
        if (top < 0) top = r;
        bottom = r;
        if (c < left) left = c;
        if (c > right) right = c;
      });
    });
    return top < 0 ? null : { top, left, bottom, right };
  }

  cellValue(r: number, c: number): Scalar {
    const v = this.values[r]?.[c];
    if (v === undefined) return "";
    if (!((this.flags[r]?.[c] ?? 0) & FLAG_FORMULA)) return v;
    // The fake calculates only custom functions it was given: another formula shows #VALUE!, or #REF! once a
    // sheet it points into is gone.
    const result = this.results.get(`${r},${c}`);
    if (result !== undefined) return result;
    return this.formulas.get(`${r},${c}`)?.includes("#REF!") ? "#REF!" : "#VALUE!";
  }

  setCell(r: number, c: number, cell: { value: Scalar; formula?: string; quote?: boolean }): void {
    (this.values[r] ??= [])[c] = cell.value;
    (this.flags[r] ??= [])[c] = (cell.quote ? FLAG_QUOTE : 0) | (cell.formula ? FLAG_FORMULA : 0);
    this.results.delete(`${r},${c}`);
    if (cell.formula) this.formulas.set(`${r},${c}`, cell.formula);
    else this.formulas.delete(`${r},${c}`);
    if (cell.formula) this.onFormula?.(r, c, cell.formula);
  }

  cell(r: number, c: number): FakeCell {
    const flags = this.flags[r]?.[c] ?? 0;
    return {
      value: this.cellValue(r, c),
      formula: flags & FLAG_FORMULA ? this.formulas.get(`${r},${c}`) : undefined,
      quotePrefix: (flags & FLAG_QUOTE) !== 0,
      numberFormat: this.numberFormats[r]?.[c] ?? "General",
    };
  }

  /** Every cell holding a formula, as "A1" addresses. */
  formulaCells(): string[] {
    return [...this.formulas.keys()].map((k) => {
      const [r, c] = k.split(",").map(Number);
      return a1(r, c);
    });
  }
}

/** What a test sees of one sync. */
export interface RequestStat {
  bytes: number;
  responseBytes: number;
  operations: number;
}

export interface FakeExcelOptions {
  /** Calls on a null object: propagate (default) or fail with ItemNotFound. */
  nullChaining?: "propagate" | "throw";
  /** Request and response limit in bytes (Excel on the web: 5 MB). */
  payloadLimit?: number;
  /** Worksheet name → values from A1, created as a person would. */
  sheets?: Record<string, Scalar[][]>;
  /** The workbook counts dates from 1904-01-01 (Mac Excel's option): typed dates become 1904 serials. */
  date1904?: boolean;
  /** Requests over this many bytes fail whole with GeneralException (Excel on the web; default: never). */
  generalExceptionAbove?: number;
  /** A values read over 5 million cells: null (default, as the performance guide warns) or an error. */
  hugeRead?: "null" | "error";
  /**
   * Custom functions the workbook can calculate (none by default: a formula shows #VALUE!). A formula
   * `=NS.NAME(arg, …)` whose name is here is evaluated as Excel does: each argument a cell or range of this
   * workbook or a number typed in the formula; the cell shows #BUSY! while a returned promise is pending
   * ("When Excel is waiting for a custom function to complete, it displays #BUSY! in the cell":
   * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-troubleshooting#ensure-promises-return),
   * then the value, the top-left of a matrix result, or the error's code.
   */
  customFunctions?: CustomFunctionHost;
}

/** How the fake hands arguments to custom functions, as a particular Excel build does. */
export interface CustomFunctionHost {
  /** Full names ("PX.STAR") → the function Excel calls: arguments, then the invocation. */
  functions: Record<string, (...args: unknown[]) => unknown>;
  /** Blank cells arrive as 0 (Excel desktop builds, office-js #4702), else as null (Excel on the web). */
  blankAsZero: boolean;
  /** Whether the invocation carries parameterAddresses (CustomFunctionsRuntime 1.3). */
  parameterAddresses: boolean;
}

interface Op {
  path: string;
  args: unknown[];
  apply: () => void;
  sheet?: () => string | undefined;
  /** Whether the operation changes the workbook: a sheet's content, or its structure (sheets themselves). */
  changes?: "content" | "structure";
  sheetEntity?: () => FakeSheet | undefined;
}

/** Operations that change the workbook's structure (refused while it is protected). */
const STRUCTURE = new Set(["WorksheetCollection.add", "Worksheet.delete", "Worksheet.name", "Worksheet.position", "Worksheet.visibility"]);

const NULL = Symbol("null object");
const INTERNAL = Symbol("fake internals");

type Resolver = () => any;

interface ProxyInternals {
  type: string;
  resolve: Resolver;
  loaded: Map<string, unknown> | null;
  items: any[] | null;
  describe: string;
  /** Set once a sync has bound the object (or its parent chain). */
  synced: () => boolean;
  /** For a navigation object: what its parent loaded as "nav/prop". */
  parentLoaded?: () => Map<string, unknown> | null;
}

/**
 * The fake: holds the workbook state, counts syncs and measures requests. `run` mimics `Excel.run`.
 */
export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  activeId: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** One entry per `sync()`, in order. */
  readonly requests: RequestStat[] = [];
  readonly nullChaining: "propagate" | "throw";
  readonly payloadLimit: number;
  /** The workbook's date system: what DATE() gives and what a typed date becomes. */
  readonly date1904: boolean;
  readonly generalExceptionAbove: number;
  readonly hugeRead: "null" | "error";
  /** Workbook structure protection (Review → Protect Workbook). */
  structureProtected = false;
  /** Defined names: name → its reference, following renames; #REF! once its sheet is deleted. */
  private readonly names = new Map<string, RangeEntity>();
  /** Event handlers by event name ("onChanged" …), as added through the worksheet collection. */
  readonly eventHandlers = new Map<string, ((args: any) => Promise<unknown>)[]>();
  /** Each `application.calculate` call's type, in order. */
  readonly recalculations: string[] = [];
  /** Events raised by the current sync, dispatched once it completes. */
  pendingEvents: { event: string; args: Record<string, unknown> }[] = [];
  private dispatching: Promise<void> = Promise.resolve();
  private nextId = 1;
  private failures: { when: (op: { path: string; args: unknown[]; sheet?: string }) => boolean; code: string }[] = [];

  constructor(options: FakeExcelOptions = {}) {
    this.nullChaining = options.nullChaining ?? "propagate";
    this.payloadLimit = options.payloadLimit ?? PAYLOAD_LIMIT;
    this.date1904 = options.date1904 === true;
    this.generalExceptionAbove = options.generalExceptionAbove ?? Number.POSITIVE_INFINITY;
    this.hugeRead = options.hugeRead ?? "null";
    this.customFunctions = options.customFunctions;
    for (const [name, values] of Object.entries(options.sheets ?? {})) this.addSheet(name, values);
  }

  readonly customFunctions: CustomFunctionHost | undefined;
  /** Custom-function calls still pending (their cells show #BUSY!). */
  readonly calculating = new Set<Promise<void>>();

  /** A new sheet of this workbook, its formulas calculated with the custom functions. */
  newSheet(name: string): FakeSheet {
    const sheet = new FakeSheet(this.newId(), name, this.date1904);
    if (this.customFunctions) sheet.onFormula = (r, c, formula) => calculateCustom(this, this.customFunctions!, sheet, r, c, formula);
    return sheet;
  }

  /** Adds a sheet directly (as a person would), values from A1 interpreted as typed. */
  addSheet(name: string, values: Scalar[][] = [], visibility: FakeSheet["visibility"] = "Visible"): FakeSheet {
    checkSheetName(this, name, null);
    const sheet = this.newSheet(name);
    sheet.visibility = visibility;
    values.forEach((row, r) => row.forEach((v, c) => writeValue(sheet, r, c, v)));
    this.sheets.push(sheet);
    if (!this.activeId && visibility === "Visible") this.activeId = sheet.id;
    return sheet;
  }

  /** Renames a sheet as a person does in Excel's UI: formulas that refer to it follow the new name. */
  renameSheet(name: string, to: string): void {
    const sheet = this.mustSheet(name);
    checkSheetName(this, to, sheet);
    this.applyRename(sheet, to);
  }

  /** Deletes a sheet as a person does in Excel's UI: formulas that referred to it become #REF!. */
  deleteSheet(name: string): void {
    this.applyDelete(this.mustSheet(name));
  }

  /** The sheet with this name (case-insensitive), or undefined. */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Sheet names in tab order, hidden ones included. */
  sheetNames(): string[] {
    return this.sheets.map((s) => s.name);
  }

  /** Values of a sheet from A1 to the bottom-right used cell, "" for empty cells (as Excel reads them). */
  values(name: string): Scalar[][] {
    const sheet = this.mustSheet(name);
    const used = sheet.usedRect();
    if (!used) return [];
    const out: Scalar[][] = [];
    for (let r = 0; r <= used.bottom; r++) {
      const row: Scalar[] = [];
      for (let c = 0; c <= used.right; c++) row.push(sheet.cellValue(r, c));
      out.push(row);
    }
    return out;
  }

  /** One cell's value, formula, quote prefix and number format. */
  cell(name: string, address: string): FakeCell {
    const { top, left } = parseRect(address);
    return this.mustSheet(name).cell(top, left);
  }

  /** The last value a format property was set to on a range covering the cell, or undefined. */
  formatAt(name: string, address: string, key: string): unknown {
    const { top, left } = parseRect(address);
    const formats = this.mustSheet(name).formats;
    for (let i = formats.length - 1; i >= 0; i--) {
      const f = formats[i];
      if (f.key === key && inside(f.rect, top, left)) return f.value;
    }
    return undefined;
  }

  /** A workbook-level defined name referring to a range of a sheet (as a person makes one). */
  defineName(name: string, sheet: string, address: string): void {
    this.names.set(name, { sheet: this.mustSheet(sheet), rect: parseRect(address) });
  }

  /** What a defined name refers to now: "'Sheet'!A1:B2", or "#REF!" once its sheet was deleted. */
  nameRef(name: string): string {
    const ref = this.names.get(name);
    if (!ref) throw new Error(`FakeExcel: no name ${name}`);
    return rangeAddressOf(ref);
  }

  /** Deletes a sheet as Excel does: formulas elsewhere that point into it become #REF!. */
  applyDelete(sheet: FakeSheet): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    sheet.deleted = true;
    if (this.activeId === sheet.id) this.activeId = visible(this)[0]?.id ?? null;
    const pattern = sheetRefPattern(sheet.name, true);
    for (const other of this.sheets) {
      for (const [key, formula] of other.formulas) other.formulas.set(key, formula.replace(pattern, "#REF!"));
    }
  }

  /** Renames a sheet as Excel does: formulas elsewhere that point into it follow the new name. */
  applyRename(sheet: FakeSheet, name: string): void {
    const pattern = sheetRefPattern(sheet.name, false);
    sheet.name = name;
    for (const other of this.sheets) {
      for (const [key, formula] of other.formulas) other.formulas.set(key, formula.replace(pattern, `${sheetRef(name)}!`));
    }
  }

  /**
   * The next `count` syncs never settle: `context.sync()` can hang on large workbooks in Excel on the web
   * (https://github.com/OfficeDev/office-js/issues/6150, https://github.com/OfficeDev/office-js/issues/6678).
   */
  hangSyncs(count = 1): void {
    this.hanging += count;
  }
  hanging = 0;

  /**
   * The next `count` syncs are refused whole with `code`: Office.js calls from a custom function can be
   * refused while a cell is being edited (https://github.com/OfficeDev/office-js/issues/1395).
   */
  refuseSyncs(count = 1, code = "InvalidOperation"): void {
    this.refusing = { count: this.refusing.count + count, code };
  }
  refusing = { count: 0, code: "InvalidOperation" };

  /**
   * Makes the `times` requests that follow a request in which an operation matching `when` ran fail whole
   * with `code`, none of their operations applied: a request lost for a passing reason (the connection, the
   * service) after the requests before it ran — Excel keeps what those requests did, as it keeps what ran
   * before a failure within one request. Office.js names such failures by error code, for example
   * "RequestAborted" and "ServiceNotAvailable"
   * (https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
   */
  failRequestsAfter(when: (op: { path: string; args: unknown[]; sheet?: string }) => boolean, code = "RequestAborted", times = 1): void {
    this.requestFailures.push({ when, code, times, armed: false });
  }
  requestFailures: { when: (op: { path: string; args: unknown[]; sheet?: string }) => boolean; code: string; times: number; armed: boolean }[] = [];

  /** Makes the next operation matching `when` fail at sync with `code`, once. */
  failWhen(when: (op: { path: string; args: unknown[]; sheet?: string }) => boolean, code = "GeneralException"): void {
    this.failures.push({ when, code });
  }

  /** Raises an event as Excel does after a change: every handler of it runs, asynchronously. */
  fire(event: string, args: Record<string, unknown>): Promise<void> {
    const handlers = [...(this.eventHandlers.get(event) ?? [])];
    this.dispatching = this.dispatching.then(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      for (const handler of handlers) await handler({ ...args, source: "Local" });
    });
    return this.dispatching;
  }

  /** A person typing values into a sheet's cells from `address` down and right; raises onChanged. */
  editCells(name: string, address: string, values: Scalar[][]): Promise<void> {
    const sheet = this.mustSheet(name);
    const { top, left } = parseRect(address);
    values.forEach((row, r) => row.forEach((v, c) => writeValue(sheet, top + r, left + c, v)));
    const rect = { top, left, bottom: top + values.length - 1, right: left + Math.max(1, ...values.map((r) => r.length)) - 1 };
    return this.fire("onChanged", { type: "WorksheetChanged", changeType: "RangeEdited", worksheetId: sheet.id, address: rectAddress(rect) });
  }

  /** Resolves once every event raised so far has been handled (and what its handlers awaited). */
  async idle(): Promise<void> {
    let before: Promise<void>;
    do {
      before = this.dispatching;
      await before;
    } while (before !== this.dispatching);
  }

  get syncCount(): number {
    return this.requests.length;
  }

  get largestRequest(): number {
    return Math.max(0, ...this.requests.map((r) => r.bytes));
  }

  get largestResponse(): number {
    return Math.max(0, ...this.requests.map((r) => r.responseBytes));
  }

  resetStats(): void {
    this.requests.length = 0;
  }

  /** Mimics `Excel.run`: a fresh request context; pending operations are synced when the batch ends. */
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const context = new FakeContext(this);
    const guarded = new Proxy(context, {
      get(target, key) {
        if (key === "workbook" || key === "sync") return key === "sync" ? () => target.sync() : target.workbook;
        if (key === "trace") return (message: string) => target.trace(message);
        if (typeof key === "symbol" || HARMLESS.has(key)) return undefined;
        throw new Error(`FakeExcel: not modelled: RequestContext.${String(key)}`);
      },
      set(_target, key) {
        throw new Error(`FakeExcel: not modelled: set RequestContext.${String(key)}`);
      },
    });
    const result = await batch(guarded as unknown as Excel.RequestContext);
    if (context.pending()) await context.sync();
    return result;
  }

  newId(): string {
    const n = this.nextId++;
    return `{00000000-0001-0000-${String(n).padStart(4, "0")}-000000000000}`;
  }

  takeFailure(op: Op): string | undefined {
    const view = { path: op.path, args: op.args, sheet: op.sheet?.() };
    const i = this.failures.findIndex((f) => f.when(view));
    if (i < 0) return undefined;
    const [f] = this.failures.splice(i, 1);
    return f.code;
  }

  mustSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`FakeExcel: no sheet named ${name}`);
    return sheet;
  }
}

/** The request context handed to the batch. */
class FakeContext {
  private queue: Op[] = [];
  private loads: { internals: ProxyInternals; snapshot: () => unknown }[] = [];
  private syncs = 0;
  readonly workbook: any;

  constructor(readonly fake: FakeExcel) {
    this.workbook = makeProxy(
      this,
      "Workbook",
      () => fake,
      "workbook",
      () => true,
    );
  }

  pending(): boolean {
    return this.queue.length > 0 || this.loads.length > 0;
  }

  syncCount(): number {
    return this.syncs;
  }

  enqueue(op: Op): void {
    this.queue.push(op);
  }

  enqueueLoad(internals: ProxyInternals, path: string, props: string[], snapshot: () => unknown): void {
    const holder: { value?: unknown } = {};
    this.queue.push({ path: `${path}.load`, args: [props.join(",")], apply: () => (holder.value = snapshot()) });
    this.loads.push({ internals, snapshot: () => holder.value });
  }

  /**
   * Queues a trace message. "If there was an error, [traceMessages] contains all trace messages that were
   * executed before the error occurred" (https://learn.microsoft.com/en-us/javascript/api/office/officeextension.error).
   */
  trace(message: string): void {
    if (typeof message !== "string") throw new Error("FakeExcel: a trace message must be text");
    this.queue.push({ path: "RequestContext.trace", args: [message], apply: () => this.traced.push(message) });
  }
  private traced: string[] = [];

  async sync(): Promise<void> {
    this.traced = [];
    try {
      await this.request();
    } catch (e) {
      if (e instanceof FakeExcelError) e.traceMessages = [...this.traced];
      throw e;
    }
  }

  private async request(): Promise<void> {
    await Promise.resolve();
    if (this.fake.hanging > 0) {
      this.fake.hanging--;
      return new Promise<void>(() => undefined);
    }
    if (this.fake.refusing.count > 0) {
      this.fake.refusing.count--;
      throw new FakeExcelError(this.fake.refusing.code, "This operation is not allowed in cell-editing mode.");
    }
    const ops = this.queue;
    const loads = this.loads;
    this.queue = [];
    this.loads = [];
    this.syncs++;
    const stat: RequestStat = { bytes: measure(ops), responseBytes: 0, operations: ops.length };
    this.fake.requests.push(stat);
    if (stat.bytes > this.fake.payloadLimit) {
      throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `the request payload (${stat.bytes} bytes) exceeds the limit`);
    }
    if (stat.bytes > this.fake.generalExceptionAbove) throw new FakeExcelError("GeneralException", "An internal error has occurred.");
    const lost = this.fake.requestFailures.find((f) => f.armed && f.times > 0);
    if (lost) {
      lost.times--;
      throw new FakeExcelError(lost.code, "the request was lost");
    }
    for (const op of ops) {
      for (const f of this.fake.requestFailures) {
        if (!f.armed && f.when({ path: op.path, args: op.args, sheet: op.sheet?.() })) f.armed = true;
      }
      const failure = this.fake.takeFailure(op);
      if (failure) throw new FakeExcelError(failure, "injected failure", op.path);
      if (op.changes === "content" && op.sheetEntity?.()?.protected)
        throw new FakeExcelError("AccessDenied", `the sheet ${op.sheetEntity()!.name} is protected`, op.path);
      if (op.changes === "structure" && this.fake.structureProtected) throw new FakeExcelError("AccessDenied", "the workbook structure is protected", op.path);
      try {
        op.apply();
      } catch (e) {
        if (e instanceof FakeExcelError && !e.statement) throw new FakeExcelError(e.code, e.message.replace(`${e.code}: `, ""), op.path);
        throw e;
      }
    }
    const results = loads.map((l) => l.snapshot());
    stat.responseBytes = Buffer.byteLength(JSON.stringify(results) ?? "", "utf8");
    if (stat.responseBytes > this.fake.payloadLimit) {
      throw new FakeExcelError("ResponsePayloadSizeLimitExceeded", `the response payload (${stat.responseBytes} bytes) exceeds the limit`);
    }
    const raised = this.fake.pendingEvents;
    this.fake.pendingEvents = [];
    for (const e of raised) void this.fake.fire(e.event, e.args);
    loads.forEach((l, i) => {
      const value = results[i] as { props?: Record<string, unknown>; items?: any[] } | typeof NULL;
      if (value === NULL) {
        l.internals.loaded = new Map();
        return;
      }
      if (value && typeof value === "object" && "items" in value) l.internals.items = value.items ?? [];
      else l.internals.loaded = new Map(Object.entries((value as { props: Record<string, unknown> }).props));
    });
  }
}

function measure(ops: Op[]): number {
  const json = JSON.stringify(
    ops.map((o) => [o.path, ...o.args]),
    (_key, value) => {
      if (value && typeof value === "object" && (value as any)[INTERNAL]) return `#${(value as any)[INTERNAL].describe}`;
      return value;
    },
  );
  return Buffer.byteLength(json, "utf8");
}

// ---------------------------------------------------------------------------------------------------
// Proxies

/** Members every proxy answers without a model: probes made by await, jest and console. */
const HARMLESS = new Set([
  "then",
  "toJSON",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "constructor",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
  "_isMockFunction",
  "inspect",
]);

interface PropSpec {
  get?: (e: any, fake: FakeExcel) => unknown;
  set?: (e: any, value: any, fake: FakeExcel) => void;
}

interface TypeSpec {
  props?: Record<string, PropSpec>;
  navs?: Record<string, { type: string; derive?: (e: any) => any }>;
  /** Methods returning an object: [result type, how it is found (NULL for a null object)]. */
  getters?: Record<string, { type: string; find: (e: any, args: any[], fake: FakeExcel) => any }>;
  /** Methods acting on the object. */
  actions?: Record<string, (e: any, args: any[], fake: FakeExcel) => void>;
  /** Collections: the items a load of "items/…" returns, and their type. */
  collection?: { items: (e: any, fake: FakeExcel) => any[]; itemType: string };
}

function makeProxy(context: FakeContext, type: string, resolve: Resolver, describe: string, synced: () => boolean): any {
  const spec = SPECS[type];
  if (!spec) throw new Error(`FakeExcel: not modelled: type ${type}`);
  const internals: ProxyInternals = { type, resolve, loaded: null, items: null, describe, synced };
  const navCache = new Map<string, any>();
  const target = {};
  return new Proxy(target, {
    get(_t, key) {
      if (key === INTERNAL) return internals;
      if (typeof key === "symbol" || HARMLESS.has(key)) return undefined;
      if (key === "context") return context;
      if (key === "isNullObject") {
        if (!internals.synced()) throw notLoaded(describe, "isNullObject");
        return resolveQuietly(internals) === NULL;
      }
      if (key === "load") return (props?: string | string[]) => queueLoad(context, internals, spec, props);
      if (type === "EventSource" && key === "add") {
        // The one method taking a function: the handler is kept by the fake when the sync applies it.
        return (handler: (args: any) => Promise<unknown>) => {
          if (typeof handler !== "function") throw new Error("FakeExcel: an event handler must be a function");
          context.enqueue({
            path: "EventSource.add",
            args: [],
            apply: () => {
              const e = mustResolve(internals, "EventSource.add") as { fake: FakeExcel; event: string };
              const list = e.fake.eventHandlers.get(e.event) ?? [];
              list.push(handler);
              e.fake.eventHandlers.set(e.event, list);
            },
          });
          return { remove: () => undefined };
        };
      }
      if (spec.collection && key === "items") {
        if (!internals.items) throw notLoaded(describe, "items");
        return internals.items;
      }
      const nav = spec.navs?.[key];
      if (nav) {
        let child = navCache.get(key);
        if (!child) {
          child = makeProxy(
            context,
            nav.type,
            () => {
              const parent = resolve();
              if (parent === NULL) return nullOrThrow(context.fake, `${describe}.${key}`);
              return nav.derive ? nav.derive(parent) : parent;
            },
            `${describe}.${key}`,
            synced,
          );
          (child[INTERNAL] as ProxyInternals).parentLoaded = () => {
            if (!internals.loaded) return null;
            const prefix = `${key}/`;
            const out = new Map<string, unknown>();
            for (const [k, v] of internals.loaded) if (k.startsWith(prefix)) out.set(k.slice(prefix.length), v);
            return out;
          };
          navCache.set(key, child);
        }
        return child;
      }
      const getter = spec.getters?.[key];
      if (getter) return (...args: any[]) => queueGetter(context, internals, getter, key, args);
      const action = spec.actions?.[key];
      if (action) {
        return (...args: any[]) => {
          checkArgs(args);
          const path = `${type}.${key}`;
          context.enqueue({
            path,
            args,
            sheet: () => sheetNameOf(resolveQuietly(internals)),
            changes: NOT_CHANGING.has(path) ? undefined : STRUCTURE.has(path) ? "structure" : "content",
            sheetEntity: () => sheetOf(resolveQuietly(internals)),
            apply: () => action(mustResolve(internals, path), args, context.fake),
          });
        };
      }
      const prop = spec.props?.[key];
      if (prop) {
        if (internals.loaded?.has(key)) return internals.loaded.get(key);
        // Loaded through the parent as "nav/prop".
        const viaParent = internals.parentLoaded?.();
        if (viaParent?.has(key)) return viaParent.get(key);
        throw notLoaded(describe, key);
      }
      throw new Error(`FakeExcel: not modelled: ${type}.${key}`);
    },
    set(_t, key, value) {
      if (typeof key === "symbol") throw new Error(`FakeExcel: not modelled: ${type}[symbol]`);
      const prop = spec.props?.[key];
      if (!prop || !prop.set) throw new Error(`FakeExcel: not modelled: set ${type}.${key}`);
      checkArgs([value]);
      const path = `${type}.${key}`;
      context.enqueue({
        path,
        args: [value],
        sheet: () => sheetNameOf(resolveQuietly(internals)),
        changes: STRUCTURE.has(path) ? "structure" : "content",
        sheetEntity: () => sheetOf(resolveQuietly(internals)),
        apply: () => prop.set!(mustResolve(internals, path), value, context.fake),
      });
      return true;
    },
  });
}

function checkArgs(args: any[]): void {
  for (const a of args) {
    if (typeof a === "function") throw new Error("FakeExcel: not modelled: function argument");
  }
}

function queueGetter(context: FakeContext, parent: ProxyInternals, getter: NonNullable<TypeSpec["getters"]>[string], key: string, args: any[]): any {
  checkArgs(args);
  let bound: any;
  let done = false;
  const describe = `${parent.describe}.${key}(${args.map((a) => (a && typeof a === "object" && a[INTERNAL] ? a[INTERNAL].describe : JSON.stringify(a))).join(",")})`;
  const path = `${parent.type}.${key}`;
  context.enqueue({
    path,
    args,
    sheet: () => sheetNameOf(resolveQuietly(parent)),
    changes: STRUCTURE.has(path) ? "structure" : MUTATING_GETTERS.has(path) ? "content" : undefined,
    sheetEntity: () => sheetOf(resolveQuietly(parent)),
    apply: () => {
      const p = parent.resolve();
      bound = p === NULL ? nullOrThrow(context.fake, describe) : getter.find(p, args, context.fake);
      done = true;
    },
  });
  return makeProxy(
    context,
    getter.type,
    () => {
      if (!done) throw new Error(`FakeExcel: ${describe} used before it was created in the queue`);
      return bound;
    },
    describe,
    () => done,
  );
}

function queueLoad(context: FakeContext, internals: ProxyInternals, spec: TypeSpec, props?: string | string[]): void {
  if (props === undefined || (typeof props !== "string" && !Array.isArray(props))) {
    throw new Error(`FakeExcel: not modelled: ${internals.type}.load without a property list`);
  }
  const list = (Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()).filter(Boolean);
  if (spec.collection) {
    const itemProps = list.map((p) => {
      if (!p.startsWith("items/")) throw new Error(`FakeExcel: not modelled: ${internals.type}.load("${p}")`);
      return p.slice("items/".length);
    });
    const itemSpec = SPECS[spec.collection.itemType];
    // A path "nav/prop" loads a property of a navigation object (documented for load: "font/size").
    const getterOf = (p: string): ((item: any) => unknown) => {
      const [first, second, ...more] = p.split("/");
      if (second === undefined) {
        const get = itemSpec.props?.[first]?.get;
        if (!get) throw new Error(`FakeExcel: not modelled: load ${spec.collection!.itemType}.${p}`);
        return (item) => get(item, context.fake);
      }
      const nav = itemSpec.navs?.[first];
      const get = nav && more.length === 0 ? SPECS[nav.type].props?.[second]?.get : undefined;
      if (!nav || !get) throw new Error(`FakeExcel: not modelled: load ${spec.collection!.itemType}.${p}`);
      return (item) => get(nav.derive ? nav.derive(item) : item, context.fake);
    };
    const getters = itemProps.map(getterOf);
    context.enqueueLoad(internals, internals.type, list, () => {
      // A collection reached through a null object is a null object too (propagate mode).
      const e = internals.resolve();
      if (e === NULL) return NULL;
      const items = spec.collection!.items(e, context.fake).map((item, i) => {
        const proxy = makeProxy(
          context,
          spec.collection!.itemType,
          () => item,
          `${internals.describe}.items[${i}]`,
          () => true,
        );
        const values: Record<string, unknown> = {};
        itemProps.forEach((p, k) => (values[p] = getters[k](item)));
        (proxy as any)[INTERNAL].loaded = new Map(Object.entries(values));
        return proxy;
      });
      return { items, toJSON: () => items.map((p: any) => Object.fromEntries(p[INTERNAL].loaded)) };
    });
    return;
  }
  for (const p of list) if (!spec.props?.[p]?.get) throw new Error(`FakeExcel: not modelled: load ${internals.type}.${p}`);
  context.enqueueLoad(internals, internals.type, list, () => {
    // Loading a null object is how Office.js code asks whether it exists (isNullObject), in every mode;
    // in "throw" mode it is the call that chained on a null object that fails.
    const e = internals.resolve();
    if (e === NULL) return NULL;
    const values: Record<string, unknown> = {};
    for (const p of list) values[p] = spec.props![p].get!(e, context.fake);
    return { props: values };
  });
}

function resolveQuietly(internals: ProxyInternals): any {
  try {
    return internals.resolve();
  } catch {
    return undefined;
  }
}

function mustResolve(internals: ProxyInternals, what: string): any {
  const e = internals.resolve();
  if (e === NULL) throw new FakeExcelError("ItemNotFound", `${what} on a null object (${internals.describe})`);
  return e;
}

function nullOrThrow(fake: FakeExcel, what: string): typeof NULL {
  if (fake.nullChaining === "throw") throw new FakeExcelError("ItemNotFound", `${what} called on a null object`);
  return NULL;
}

function notLoaded(describe: string, prop: string): Error {
  const e = new Error(
    `PropertyNotLoaded: The property '${prop}' is not available on ${describe}. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
  (e as any).code = "PropertyNotLoaded";
  return e;
}

/** Methods that return an object and change the workbook. */
const MUTATING_GETTERS = new Set(["PageBreakCollection.add", "ChartCollection.add", "ChartSeriesCollection.add"]);
/** Actions allowed on a protected sheet. */
const NOT_CHANGING = new Set(["Range.select", "Worksheet.activate"]);

function sheetOf(e: any): FakeSheet | undefined {
  if (!e || e === NULL) return undefined;
  if (e instanceof FakeSheet) return e;
  if (e.sheet instanceof FakeSheet) return e.sheet;
  if (e.chartSheet instanceof FakeSheet) return e.chartSheet;
  return undefined;
}

function sheetNameOf(e: any): string | undefined {
  if (!e || e === NULL) return undefined;
  if (e instanceof FakeSheet) return e.name;
  if (e.sheet instanceof FakeSheet) return e.sheet.name;
  if (e.chartSheet instanceof FakeSheet) return e.chartSheet.name;
  return undefined;
}

// ---------------------------------------------------------------------------------------------------
// Entities and their types

interface RangeEntity {
  sheet: FakeSheet;
  rect: Rect;
}

interface ChartEntity {
  chart: FakeChart;
  chartSheet: FakeSheet;
}

function fail(code: string, message: string): never {
  throw new FakeExcelError(code, message);
}

function rangeOf(sheet: FakeSheet, address: unknown): RangeEntity {
  if (typeof address !== "string") fail("InvalidArgument", `range address must be text, got ${typeof address}`);
  let rect: Rect;
  try {
    rect = parseRect(address);
  } catch {
    fail("InvalidArgument", `invalid range address "${address}"`);
  }
  return { sheet, rect };
}

function rangeArg(value: any, _fake: FakeExcel, sheet: FakeSheet): RangeEntity {
  if (value && typeof value === "object" && value[INTERNAL]) {
    const e = value[INTERNAL].resolve();
    if (e === NULL || !e || !(e.sheet instanceof FakeSheet)) fail("InvalidArgument", "range argument is not a range");
    return e as RangeEntity;
  }
  return rangeOf(sheet, value);
}

function visible(fake: FakeExcel): FakeSheet[] {
  return fake.sheets.filter((s) => s.visibility === "Visible");
}

function checkSheetName(fake: FakeExcel, name: unknown, self: FakeSheet | null): void {
  if (typeof name !== "string" || name.length === 0) fail("InvalidArgument", "sheet name must be non-empty text");
  if (name.length > 31) fail("InvalidArgument", `sheet name over 31 characters: ${name}`);
  if (/[:\\/?*[\]]/.test(name)) fail("InvalidArgument", `sheet name with : \\ / ? * [ or ]: ${name}`);
  if (/^'|'$/.test(name)) fail("InvalidArgument", `sheet name starting or ending with an apostrophe: ${name}`);
  if (name.toLowerCase() === "history") fail("InvalidArgument", "History is a reserved sheet name");
  const other = fake.sheet(name);
  if (other && other !== self) fail("ItemAlreadyExists", `a sheet named ${other.name} already exists`);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], what: string): T {
  if (!allowed.includes(value as T)) fail("InvalidArgument", `${what} must be one of ${allowed.join(", ")}, got ${String(value)}`);
  return value as T;
}

function isColor(value: unknown): boolean {
  return typeof value === "string" && (/^#[0-9A-Fa-f]{6}$/.test(value) || /^[A-Za-z]+$/.test(value));
}

function color(value: unknown, what: string): string {
  if (!isColor(value)) fail("InvalidArgument", `${what} must be #RRGGBB or a colour name, got ${String(value)}`);
  return value as string;
}

function num(value: unknown, what: string, min = 0, max = Number.POSITIVE_INFINITY): number {
  if (typeof value !== "number" || !Number.isFinite(value) || value < min || value > max) fail("InvalidArgument", `${what} out of range: ${String(value)}`);
  return value;
}

function bool(value: unknown, what: string): boolean {
  if (typeof value !== "boolean") fail("InvalidArgument", `${what} must be true or false`);
  return value;
}

function recordFormat(key: string, check?: (v: unknown) => unknown): PropSpec {
  return {
    set: (e: RangeEntity, v) => {
      const value = check ? check(v) : v;
      e.sheet.formats.push({ rect: e.rect, key, value });
    },
  };
}

/** Excel's reading of a typed value: the cell it produces (a typed date also gets a date format), "unchanged" for null. */
function interpret(v: unknown, date1904 = false): { value: Scalar; formula?: string; quote?: boolean; dateFormat?: string } | "unchanged" {
  if (v === null) return "unchanged";
  if (typeof v === "number") {
    if (!Number.isFinite(v)) fail("InvalidArgument", `not a finite number: ${v}`);
    return { value: v };
  }
  if (typeof v === "boolean") return { value: v };
  if (typeof v !== "string") fail("InvalidArgument", `a cell value must be text, a number or a boolean, got ${typeof v}`);
  if (v.length > 32767) fail("InvalidArgument", "text over 32,767 characters");
  if (v === "") return { value: "" };
  if (v.startsWith("'")) return { value: v.slice(1), quote: true };
  if (v.startsWith("=")) return { value: "", formula: v };
  const t = v.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return { value: Number(t) };
  if (/^[+-]?\d+(\.\d+)?%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100 };
  if (v.startsWith("+") || v.startsWith("-") || v.startsWith("@")) return { value: "", formula: `=${v.replace(/^@/, "")}` };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true" };
  const date = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?$/.exec(t);
  if (date) {
    // Day 0 of each date system, as Excel counts from 1900-03-01 on: 1899-12-30 or 1904-01-01.
    const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
    const serial = (Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3] ?? 1)) - epoch) / 86400000;
    return { value: serial, dateFormat: date[3] === undefined ? "mmm-yy" : "yyyy/m/d" };
  }
  return { value: v };
}

/** Evaluates `=NS.NAME(args)` with a custom function, as the host describes Excel passing its arguments. */
function calculateCustom(fake: FakeExcel, host: CustomFunctionHost, sheet: FakeSheet, r: number, c: number, formula: string): void {
  const call = /^=([A-Za-z_][\w.]*)\((.*)\)$/.exec(formula.trim());
  const fn = call ? host.functions[(call[1] as string).toUpperCase()] : undefined;
  if (!call || !fn) return;
  const key = `${r},${c}`;
  const args: unknown[] = [];
  const addresses: (string | undefined)[] = [];
  for (const text of (call[2] as string).split(",").map((a) => a.trim())) {
    if (text === "") {
      args.push(null);
      addresses.push(undefined);
    } else if (/^-?\d+(\.\d+)?$/.test(text)) {
      args.push(Number(text));
      addresses.push(undefined);
    } else {
      const rect = parseRect(text.replace(/\$/g, ""));
      const grid: unknown[][] = [];
      for (let rr = rect.top; rr <= rect.bottom; rr++) {
        const row: unknown[] = [];
        for (let cc = rect.left; cc <= rect.right; cc++) {
          const raw = sheet.values[rr]?.[cc];
          row.push(raw === undefined || raw === "" ? (host.blankAsZero ? 0 : null) : sheet.cellValue(rr, cc));
        }
        grid.push(row);
      }
      args.push(rect.top === rect.bottom && rect.left === rect.right ? grid[0]![0] : grid);
      addresses.push(`${sheetRef(sheet.name)}!${rectAddress(rect)}`);
    }
  }
  // Every declared parameter is passed, a missing optional one as null, then the invocation last
  // (custom-functions-parameter-options: "Excel assigns it the value null"; the invocation is the last argument).
  while (args.length < fn.length - 1) {
    args.push(null);
    addresses.push(undefined);
  }
  const show = (value: unknown): void => {
    const v = Array.isArray(value) ? (value[0] as unknown[])[0] : value;
    sheet.results.set(key, v as Scalar);
  };
  const showError = (error: unknown): void => void sheet.results.set(key, String((error as { code?: unknown }).code ?? "#VALUE!"));
  let result: unknown;
  try {
    // The calling cell's address (@requiresAddress, CustomFunctionsRuntime 1.1) on every host; the
    // arguments' addresses only where the host has CustomFunctionsRuntime 1.3.
    const address = `${sheetRef(sheet.name)}!${rectAddress({ top: r, left: c, bottom: r, right: c })}`;
    result = fn(...args, host.parameterAddresses ? { address, parameterAddresses: addresses } : { address });
  } catch (error) {
    showError(error);
    return;
  }
  if (!(result instanceof Promise)) return show(result);
  sheet.results.set(key, "#BUSY!");
  const done = result.then(show, showError).finally(() => fake.calculating.delete(done));
  fake.calculating.add(done);
}

function writeValue(sheet: FakeSheet, r: number, c: number, v: unknown): void {
  const cell = interpret(v, sheet.date1904);
  if (cell === "unchanged") return;
  sheet.setCell(r, c, cell);
  // Typing a date into a General cell gives it a date format, as Excel does; a text (@) cell keeps the text.
  const format = sheet.numberFormats[r]?.[c];
  if (cell.dateFormat && (format === undefined || format === "General")) (sheet.numberFormats[r] ??= [])[c] = cell.dateFormat;
}

function checkShape(values: unknown, rect: Rect, what: string): unknown[][] {
  const rows = rect.bottom - rect.top + 1;
  const cols = rect.right - rect.left + 1;
  if (!Array.isArray(values) || values.length !== rows || values.some((row) => !Array.isArray(row) || row.length !== cols)) {
    const got = Array.isArray(values) ? `${values.length} rows` : typeof values;
    fail(
      "InvalidArgument",
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range is ${rows}×${cols}, got ${got})`,
    );
  }
  return values as unknown[][];
}

function rangeAddressOf(e: RangeEntity): string {
  return e.sheet.deleted ? "#REF!" : `${sheetRef(e.sheet.name)}!${rectAddress(e.rect)}`;
}

/** The references to a sheet in formula text: 'Name'!A1 or Name!A1 (with the cell, when `withCell`). */
function sheetRefPattern(name: string, withCell: boolean): RegExp {
  const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = `'${escape(name.replace(/'/g, "''"))}'`;
  const names = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? `(?:${quoted}|${escape(name)})` : quoted;
  const cell = "\\$?[A-Za-z]{1,3}\\$?\\d+(?::\\$?[A-Za-z]{1,3}\\$?\\d+)?";
  return new RegExp(withCell ? `${names}!${cell}` : `${names}!`, "gu");
}

function sheetRef(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

function intersect(a: Rect, b: Rect): Rect | null {
  const r = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return r.top > r.bottom || r.left > r.right ? null : r;
}

function inside(rect: Rect, r: number, c: number): boolean {
  return r >= rect.top && r <= rect.bottom && c >= rect.left && c <= rect.right;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideVertical", "InsideHorizontal", "DiagonalDown", "DiagonalUp"] as const;
const CHART_TYPES = ["ColumnClustered", "ColumnStacked", "BarClustered", "Line", "Pie"] as const;
const PAPER = ["Letter", "Legal", "A3", "A4", "A5", "B4", "B5"] as const;

const SPECS: Record<string, TypeSpec> = {
  Workbook: {
    navs: {
      worksheets: { type: "WorksheetCollection" },
      application: { type: "Application" },
      protection: { type: "WorkbookProtection" },
      functions: { type: "Functions" },
    },
  },
  // Worksheet functions evaluated in the workbook (ExcelApi 1.2); only DATE is modelled.
  Functions: {
    getters: {
      date: {
        type: "FunctionResult",
        find: (fake: FakeExcel, [y, m, d]) => {
          for (const n of [y, m, d]) if (typeof n !== "number" || !Number.isInteger(n)) fail("InvalidArgument", "DATE takes whole numbers");
          const epoch = fake.date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
          // From 1900-03-01 on, the 1900 system's count is days since 1899-12-30.
          return { value: (Date.UTC(y, m - 1, d) - epoch) / 86400000 };
        },
      },
    },
  },
  FunctionResult: {
    props: { value: { get: (e: { value: number }) => e.value } },
  },
  WorkbookProtection: {
    props: { protected: { get: (fake: FakeExcel) => fake.structureProtected } },
  },
  WorksheetProtection: {
    props: { protected: { get: (s: FakeSheet) => s.protected } },
  },
  Application: {
    actions: {
      calculate: (fake: FakeExcel, [calculationType]) => {
        fake.recalculations.push(oneOf(calculationType, ["Recalculate", "Full", "FullRebuild"] as const, "calculationType"));
      },
    },
  },
  EventSource: {},
  WorksheetCollection: {
    collection: { items: (fake: FakeExcel) => fake.sheets, itemType: "Worksheet" },
    navs: {
      onChanged: { type: "EventSource", derive: (fake: FakeExcel) => ({ fake, event: "onChanged" }) },
      onAdded: { type: "EventSource", derive: (fake: FakeExcel) => ({ fake, event: "onAdded" }) },
      onDeleted: { type: "EventSource", derive: (fake: FakeExcel) => ({ fake, event: "onDeleted" }) },
      onNameChanged: { type: "EventSource", derive: (fake: FakeExcel) => ({ fake, event: "onNameChanged" }) },
    },
    getters: {
      getItem: {
        type: "Worksheet",
        find: (fake: FakeExcel, [key]) => findSheet(fake, key) ?? fail("ItemNotFound", `no sheet ${String(key)}`),
      },
      getItemOrNullObject: { type: "Worksheet", find: (fake: FakeExcel, [key]) => findSheet(fake, key) ?? NULL },
      add: {
        type: "Worksheet",
        find: (fake: FakeExcel, [name]) => {
          checkSheetName(fake, name, null);
          const sheet = fake.newSheet(name);
          fake.sheets.push(sheet);
          fake.pendingEvents.push({ event: "onAdded", args: { type: "WorksheetAdded", worksheetId: sheet.id } });
          return sheet;
        },
      },
      getActiveWorksheet: {
        type: "Worksheet",
        find: (fake: FakeExcel) => fake.sheets.find((s) => s.id === fake.activeId) ?? fail("ItemNotFound", "no active sheet"),
      },
    },
  },
  Worksheet: {
    props: {
      id: { get: (s: FakeSheet) => s.id },
      name: {
        get: (s: FakeSheet) => s.name,
        set: (s: FakeSheet, v, fake) => {
          checkSheetName(fake, v, s);
          const before = s.name;
          fake.applyRename(s, v);
          if (before !== v)
            fake.pendingEvents.push({ event: "onNameChanged", args: { type: "WorksheetNameChanged", worksheetId: s.id, nameBefore: before, nameAfter: v } });
        },
      },
      position: {
        get: (s: FakeSheet, fake) => fake.sheets.indexOf(s),
        set: (s: FakeSheet, v, fake) => {
          num(v, "position", 0, fake.sheets.length - 1);
          fake.sheets.splice(fake.sheets.indexOf(s), 1);
          fake.sheets.splice(v, 0, s);
        },
      },
      visibility: {
        get: (s: FakeSheet) => s.visibility,
        set: (s: FakeSheet, v, fake) => {
          const to = oneOf(v, ["Visible", "Hidden", "VeryHidden"] as const, "visibility");
          if (to !== "Visible" && s.visibility === "Visible" && visible(fake).length === 1) fail("InvalidOperation", "a workbook must keep one visible sheet");
          s.visibility = to;
          if (to !== "Visible" && fake.activeId === s.id) fake.activeId = visible(fake)[0]?.id ?? null;
        },
      },
      tabColor: {
        get: (s: FakeSheet) => s.tabColor,
        set: (s: FakeSheet, v) => {
          s.tabColor = v === "" ? "" : color(v, "tabColor");
        },
      },
    },
    navs: {
      freezePanes: { type: "WorksheetFreezePanes" },
      protection: { type: "WorksheetProtection" },
      pageLayout: { type: "PageLayout" },
      charts: { type: "ChartCollection" },
      horizontalPageBreaks: { type: "PageBreakCollection" },
    },
    getters: {
      getRange: {
        type: "Range",
        find: (s: FakeSheet, [address]) => {
          // Without an address: the whole sheet (documented for Worksheet.getRange).
          if (address === undefined) return { sheet: s, rect: { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } };
          return rangeOf(s, address);
        },
      },
      getUsedRangeOrNullObject: {
        type: "Range",
        find: (s: FakeSheet, [valuesOnly]) => {
          if (valuesOnly !== true) throw new Error("FakeExcel: not modelled: getUsedRangeOrNullObject without valuesOnly=true");
          const rect = s.usedRect();
          return rect ? { sheet: s, rect } : NULL;
        },
      },
    },
    actions: {
      delete: (s: FakeSheet, _args, fake) => {
        // "If the worksheet's visibility is set to "VeryHidden", the delete operation will fail with an
        // InvalidOperation exception" (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-delete-member(1)).
        if (s.visibility === "VeryHidden") fail("InvalidOperation", "a very hidden sheet cannot be deleted");
        if (s.visibility === "Visible" && visible(fake).length === 1) fail("InvalidOperation", "the last visible sheet cannot be deleted");
        fake.applyDelete(s);
        fake.pendingEvents.push({ event: "onDeleted", args: { type: "WorksheetDeleted", worksheetId: s.id } });
      },
      activate: (s: FakeSheet, _args, fake) => {
        if (s.visibility !== "Visible") fail("InvalidOperation", "a hidden sheet cannot be activated");
        fake.activeId = s.id;
      },
    },
  },
  WorksheetFreezePanes: {
    actions: {
      freezeRows: (s: FakeSheet, [count]) => {
        s.freeze = { rows: num(count ?? 1, "rows", 0, MAX_ROWS - 1), columns: 0 };
      },
      freezeColumns: (s: FakeSheet, [count]) => {
        s.freeze = { rows: 0, columns: num(count ?? 1, "columns", 0, MAX_COLUMNS - 1) };
      },
      freezeAt: (s: FakeSheet, [frozen], fake) => {
        const { rect } = rangeArg(frozen, fake, s);
        if (rect.top !== 0 || rect.left !== 0) fail("InvalidArgument", "freezeAt takes the top-left cells to freeze");
        s.freeze = { rows: rect.bottom + 1, columns: rect.right + 1 };
      },
      unfreeze: (s: FakeSheet) => {
        s.freeze = null;
      },
    },
  },
  PageLayout: {
    props: {
      orientation: { set: (s: FakeSheet, v) => (s.pageLayout.orientation = oneOf(v, ["Portrait", "Landscape"] as const, "orientation")) },
      paperSize: { set: (s: FakeSheet, v) => (s.pageLayout.paperSize = oneOf(v, PAPER, "paperSize")) },
      centerHorizontally: { set: (s: FakeSheet, v) => (s.pageLayout.centerHorizontally = bool(v, "centerHorizontally")) },
      centerVertically: { set: (s: FakeSheet, v) => (s.pageLayout.centerVertically = bool(v, "centerVertically")) },
      zoom: {
        set: (s: FakeSheet, v) => {
          // Only what the reference documents (PageLayoutZoomOptions): a scale of 10 to 400, or a number of
          // pages to fit wide and tall; 0 (the .xlsx "automatic") is not a documented value.
          // https://learn.microsoft.com/en-us/javascript/api/excel/excel.pagelayoutzoomoptions
          if (!v || typeof v !== "object") fail("InvalidArgument", "zoom must be an object");
          for (const [k, n] of Object.entries(v)) {
            oneOf(k, ["scale", "horizontalFitToPages", "verticalFitToPages"] as const, "zoom option");
            if (n === null) continue;
            if (k === "scale") num(n, "zoom.scale", 10, 400);
            else if (!Number.isInteger(n) || (n as number) < 1) fail("InvalidArgument", `zoom.${k} must be a positive whole number of pages, got ${String(n)}`);
          }
          const fit = (v as Record<string, unknown>).horizontalFitToPages != null || (v as Record<string, unknown>).verticalFitToPages != null;
          if (fit && (v as Record<string, unknown>).scale != null) fail("InvalidArgument", "a zoom is either a scale or a fit to pages");
          s.pageLayout.zoom = { ...v };
        },
      },
    },
    navs: { headersFooters: { type: "HeaderFooterGroup" } },
    actions: {
      setPrintTitleRows: (s: FakeSheet, [rows], fake) => {
        const { rect } = rangeArg(rows, fake, s);
        if (rect.left !== 0 || rect.right !== MAX_COLUMNS - 1) fail("InvalidArgument", "print title rows must be whole rows");
        s.pageLayout.printTitleRows = `$${rect.top + 1}:$${rect.bottom + 1}`;
      },
      setPrintMargins: (s: FakeSheet, [unit, margins]) => {
        oneOf(unit, ["Points", "Inches", "Centimeters"] as const, "margin unit");
        for (const [k, n] of Object.entries(margins ?? {})) {
          oneOf(k, ["top", "bottom", "left", "right", "header", "footer"] as const, "margin");
          num(n, `margin ${k}`, 0, 1000);
        }
        s.pageLayout.margins = { unit, ...margins };
      },
    },
  },
  PageBreakCollection: {
    actions: {
      removePageBreaks: (s: FakeSheet) => {
        s.pageBreaks.length = 0;
      },
    },
    getters: {
      add: {
        type: "PageBreak",
        find: (s: FakeSheet, [at], fake) => {
          const { rect } = rangeArg(at, fake, s);
          if (rect.top === 0) fail("InvalidArgument", "a page break cannot go before the first row");
          if (!s.pageBreaks.includes(rect.top)) s.pageBreaks.push(rect.top);
          s.pageBreaks.sort((a, b) => a - b);
          return { sheet: s, row: rect.top };
        },
      },
    },
  },
  PageBreak: {},
  HeaderFooterGroup: {
    navs: { defaultForAllPages: { type: "HeaderFooter" } },
  },
  HeaderFooter: {
    props: {
      leftFooter: { set: (s: FakeSheet, v) => (s.footers.left = String(v)) },
      centerFooter: { set: (s: FakeSheet, v) => (s.footers.center = String(v)) },
      rightFooter: { set: (s: FakeSheet, v) => (s.footers.right = String(v)) },
    },
  },
  Range: {
    props: {
      address: { get: (e: RangeEntity) => rangeAddressOf(e) },
      rowIndex: { get: (e: RangeEntity) => e.rect.top },
      columnIndex: { get: (e: RangeEntity) => e.rect.left },
      rowCount: { get: (e: RangeEntity) => e.rect.bottom - e.rect.top + 1 },
      columnCount: { get: (e: RangeEntity) => e.rect.right - e.rect.left + 1 },
      values: {
        get: (e: RangeEntity, fake: FakeExcel) => {
          if ((e.rect.bottom - e.rect.top + 1) * (e.rect.right - e.rect.left + 1) > 5_000_000) {
            // "When a get operation using Range.values exceeds the five-million-cell limit, the API doesn't
            // always throw an error. In some cases, Range.values returns null instead." (performance guide)
            if (fake.hugeRead === "null") return null;
            fail("InvalidOperation", "a range read is limited to 5,000,000 cells");
          }
          const out: Scalar[][] = [];
          for (let r = e.rect.top; r <= e.rect.bottom; r++) {
            const row: Scalar[] = [];
            for (let c = e.rect.left; c <= e.rect.right; c++) row.push(e.sheet.cellValue(r, c));
            out.push(row);
          }
          return out;
        },
        set: (e: RangeEntity, v, fake) => {
          const rows = checkShape(v, e.rect, "values");
          // Checked whole before anything is written, so a bad cell leaves the range as it was.
          rows.forEach((row) => row.forEach((cell) => interpret(cell)));
          rows.forEach((row, i) => row.forEach((cell, j) => writeValue(e.sheet, e.rect.top + i, e.rect.left + j, cell)));
          fake.pendingEvents.push({
            event: "onChanged",
            args: { type: "WorksheetChanged", changeType: "RangeEdited", worksheetId: e.sheet.id, address: rectAddress(e.rect) },
          });
        },
      },
      valueTypes: {
        // https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-valuetypes-member
        get: (e: RangeEntity) => {
          const out: string[][] = [];
          for (let r = e.rect.top; r <= e.rect.bottom; r++) {
            const row: string[] = [];
            for (let c = e.rect.left; c <= e.rect.right; c++) {
              const raw = e.sheet.values[r]?.[c];
              const v = e.sheet.cellValue(r, c);
              const formula = ((e.sheet.flags[r]?.[c] ?? 0) & FLAG_FORMULA) !== 0;
              row.push(
                !formula && (raw === undefined || raw === "")
                  ? "Empty"
                  : typeof v === "number"
                    ? "Double"
                    : typeof v === "boolean"
                      ? "Boolean"
                      : v.startsWith("#")
                        ? "Error"
                        : "String",
              );
            }
            out.push(row);
          }
          return out;
        },
      },
      formulas: {
        // Excel's Range.formulas: a formula cell's formula, any other cell's value.
        get: (e: RangeEntity) => {
          const out: Scalar[][] = [];
          for (let r = e.rect.top; r <= e.rect.bottom; r++) {
            const row: Scalar[] = [];
            for (let c = e.rect.left; c <= e.rect.right; c++) row.push(e.sheet.cell(r, c).formula ?? e.sheet.cellValue(r, c));
            out.push(row);
          }
          return out;
        },
      },
      numberFormat: {
        get: (e: RangeEntity, fake: FakeExcel) => {
          // The same five-million-cell limit as values (modelled alike: null or an error).
          if ((e.rect.bottom - e.rect.top + 1) * (e.rect.right - e.rect.left + 1) > 5_000_000) {
            if (fake.hugeRead === "null") return null;
            fail("InvalidOperation", "a range read is limited to 5,000,000 cells");
          }
          const out: string[][] = [];
          for (let r = e.rect.top; r <= e.rect.bottom; r++) {
            const row: string[] = [];
            for (let c = e.rect.left; c <= e.rect.right; c++) row.push(e.sheet.numberFormats[r]?.[c] ?? "General");
            out.push(row);
          }
          return out;
        },
        set: (e: RangeEntity, v) => {
          const rows = checkShape(v, e.rect, "numberFormat");
          rows.forEach((row, i) =>
            row.forEach((f, j) => {
              if (f === null) return;
              if (typeof f !== "string") fail("InvalidArgument", "a number format must be text");
              (e.sheet.numberFormats[e.rect.top + i] ??= [])[e.rect.left + j] = f;
            }),
          );
        },
      },
    },
    navs: {
      format: { type: "RangeFormat" },
      dataValidation: { type: "DataValidation" },
    },
    getters: {
      getUsedRangeOrNullObject: {
        type: "Range",
        find: (e: RangeEntity, [valuesOnly]) => {
          if (valuesOnly !== true) throw new Error("FakeExcel: not modelled: getUsedRangeOrNullObject without valuesOnly=true");
          const used = e.sheet.usedRect();
          const rect = used && intersect(used, e.rect);
          if (!rect) return NULL;
          // The used range of a range is the bounding box of its own non-empty cells.
          let top = -1;
          let bottom = -1;
          let left = Number.POSITIVE_INFINITY;
          let right = -1;
          for (let r = rect.top; r <= rect.bottom; r++) {
            const row = e.sheet.values[r];
            if (!row) continue;
            for (let c = rect.left; c <= Math.min(rect.right, row.length - 1); c++) {
              const v = row[c];
              if (v === undefined || v === "") continue;
              if (top < 0) top = r;
              bottom = r;
              left = Math.min(left, c);
              right = Math.max(right, c);
            }
          }
          return top < 0 ? NULL : { sheet: e.sheet, rect: { top, left, bottom, right } };
        },
      },
      getMergedAreasOrNullObject: {
        type: "RangeAreas",
        find: (e: RangeEntity) => {
          const areas = e.sheet.merges.filter((m) => intersect(m, e.rect));
          if (areas.length > 512) fail("InvalidOperation", "more than 512 merged areas");
          return areas.length ? { sheet: e.sheet, areas } : NULL;
        },
      },
    },
    actions: {
      clear: (e: RangeEntity, [applyTo]) => {
        const what = oneOf(applyTo ?? "All", ["All", "Formats", "Contents"] as const, "clear applyTo");
        const within = (rect: Rect) => rect.top >= e.rect.top && rect.bottom <= e.rect.bottom && rect.left >= e.rect.left && rect.right <= e.rect.right;
        if (what !== "Formats") {
          for (let r = e.rect.top; r <= Math.min(e.rect.bottom, e.sheet.values.length - 1); r++) {
            const row = e.sheet.values[r];
            if (!row) continue;
            for (let c = e.rect.left; c <= Math.min(e.rect.right, row.length - 1); c++) if (row[c] !== undefined) e.sheet.setCell(r, c, { value: "" });
          }
        }
        if (what !== "Contents") {
          for (let r = e.rect.top; r <= Math.min(e.rect.bottom, e.sheet.numberFormats.length - 1); r++) {
            const row = e.sheet.numberFormats[r];
            if (row) for (let c = e.rect.left; c <= Math.min(e.rect.right, row.length - 1); c++) row[c] = undefined;
          }
          const kept = e.sheet.formats.filter((f) => !within(f.rect));
          e.sheet.formats.length = 0;
          e.sheet.formats.push(...kept);
        }
        // Merges, data validation, widths and heights are left as they are: the reference does not say
        // that clear() removes them, so the adapter removes them explicitly.
      },
      unmerge: (e: RangeEntity) => {
        const kept = e.sheet.merges.filter((m) => !intersect(m, e.rect));
        e.sheet.merges.length = 0;
        e.sheet.merges.push(...kept);
      },
      merge: (e: RangeEntity, [across]) => {
        if (across) throw new Error("FakeExcel: not modelled: merge(true)");
        if (e.sheet.merges.some((m) => intersect(m, e.rect))) fail("InvalidOperation", `${rectAddress(e.rect)} overlaps a merged area`);
        // Excel keeps the upper-left value only.
        for (let r = e.rect.top; r <= e.rect.bottom; r++) {
          for (let c = e.rect.left; c <= e.rect.right; c++) if (r !== e.rect.top || c !== e.rect.left) e.sheet.setCell(r, c, { value: "" });
        }
        e.sheet.merges.push(e.rect);
      },
      select: (e: RangeEntity, _args, fake) => {
        if (e.sheet.visibility !== "Visible") fail("InvalidOperation", "cannot select on a hidden sheet");
        fake.activeId = e.sheet.id;
        fake.selection = { sheet: e.sheet.name, address: rectAddress(e.rect) };
      },
    },
  },
  RangeAreas: {
    props: {
      address: { get: (e: { sheet: FakeSheet; areas: Rect[] }) => e.areas.map((a) => `${sheetRef(e.sheet.name)}!${rectAddress(a)}`).join(", ") },
    },
  },
  RangeFormat: {
    props: {
      useStandardWidth: {
        set: (e: RangeEntity, v) => {
          if (v !== true) fail("InvalidArgument", "useStandardWidth is only set to true");
          for (const c of [...e.sheet.columnWidths.keys()]) if (c >= e.rect.left && c <= e.rect.right) e.sheet.columnWidths.delete(c);
        },
      },
      useStandardHeight: {
        set: (e: RangeEntity, v) => {
          if (v !== true) fail("InvalidArgument", "useStandardHeight is only set to true");
          for (const r of [...e.sheet.rowHeights.keys()]) if (r >= e.rect.top && r <= e.rect.bottom) e.sheet.rowHeights.delete(r);
        },
      },
      columnWidth: {
        set: (e: RangeEntity, v) => {
          num(v, "columnWidth", 0, 255 * 7.5);
          for (let c = e.rect.left; c <= e.rect.right; c++) e.sheet.columnWidths.set(c, v);
        },
      },
      rowHeight: {
        set: (e: RangeEntity, v) => {
          num(v, "rowHeight", 0, 409);
          if (e.rect.bottom - e.rect.top > 100_000) fail("InvalidOperation", "fake: row height on over 100,000 rows");
          for (let r = e.rect.top; r <= e.rect.bottom; r++) e.sheet.rowHeights.set(r, v);
        },
      },
      horizontalAlignment: recordFormat("horizontalAlignment", (v) =>
        oneOf(v, ["General", "Left", "Center", "Right", "Fill", "Justify", "CenterAcrossSelection", "Distributed"] as const, "horizontalAlignment"),
      ),
      verticalAlignment: recordFormat("verticalAlignment", (v) =>
        oneOf(v, ["Top", "Center", "Bottom", "Justify", "Distributed"] as const, "verticalAlignment"),
      ),
      wrapText: recordFormat("wrapText", (v) => bool(v, "wrapText")),
    },
    navs: {
      font: { type: "RangeFont" },
      fill: { type: "RangeFill" },
      borders: { type: "RangeBorderCollection" },
    },
  },
  RangeFont: {
    props: {
      name: recordFormat("font.name", (v) => (typeof v === "string" && v ? v : fail("InvalidArgument", "font name"))),
      size: recordFormat("font.size", (v) => num(v, "font size", 1, 409)),
      bold: recordFormat("font.bold", (v) => bool(v, "bold")),
      italic: recordFormat("font.italic", (v) => bool(v, "italic")),
      color: recordFormat("font.color", (v) => color(v, "font colour")),
    },
  },
  RangeFill: {
    props: { color: recordFormat("fill.color", (v) => color(v, "fill colour")) },
  },
  RangeBorderCollection: {
    getters: {
      getItem: {
        type: "RangeBorder",
        find: (e: RangeEntity, [edge]) => ({ ...e, edge: oneOf(edge, EDGES, "border index") }),
      },
    },
  },
  RangeBorder: {
    props: {
      style: {
        set: (e: RangeEntity & { edge: string }, v) =>
          e.sheet.formats.push({
            rect: e.rect,
            key: `border.${e.edge}.style`,
            value: oneOf(v, ["None", "Continuous", "Dash", "DashDot", "DashDotDot", "Dot", "Double", "SlantDashDot"] as const, "border style"),
          }),
      },
      weight: {
        set: (e: RangeEntity & { edge: string }, v) =>
          e.sheet.formats.push({
            rect: e.rect,
            key: `border.${e.edge}.weight`,
            value: oneOf(v, ["Hairline", "Thin", "Medium", "Thick"] as const, "border weight"),
          }),
      },
      color: {
        set: (e: RangeEntity & { edge: string }, v) => e.sheet.formats.push({ rect: e.rect, key: `border.${e.edge}.color`, value: color(v, "border colour") }),
      },
    },
  },
  DataValidation: {
    actions: {
      clear: (e: RangeEntity) => {
        const kept = e.sheet.validations.filter((v) => !intersect(v.rect, e.rect));
        e.sheet.validations.length = 0;
        e.sheet.validations.push(...kept);
      },
    },
    props: {
      rule: {
        set: (e: RangeEntity, v) => {
          const list = v?.list;
          if (!v || Object.keys(v).length !== 1 || !list) throw new Error("FakeExcel: not modelled: data validation other than a list");
          if (typeof list.source !== "string" || list.source.length === 0) fail("InvalidArgument", "list source must be comma-separated text");
          if (list.source.length > 255) fail("InvalidArgument", "a list source is limited to 255 characters");
          if (list.inCellDropDown !== undefined) bool(list.inCellDropDown, "inCellDropDown");
          validationAt(e).rule = { list: { ...list } };
        },
      },
      errorAlert: {
        set: (e: RangeEntity, v) => {
          if (!v || typeof v !== "object") fail("InvalidArgument", "errorAlert must be an object");
          for (const k of Object.keys(v)) oneOf(k, ["message", "showAlert", "style", "title"] as const, "errorAlert property");
          if (v.style !== undefined) oneOf(v.style, ["Stop", "Warning", "Information"] as const, "alert style");
          if (typeof v.message === "string" && v.message.length > 225) fail("InvalidArgument", "an alert message is limited to 225 characters");
          validationAt(e).errorAlert = { ...v };
        },
      },
    },
  },
  ChartCollection: {
    collection: { items: (s: FakeSheet) => s.charts.map((chart) => ({ chart, chartSheet: s })), itemType: "Chart" },
    getters: {
      getItem: {
        type: "Chart",
        find: (s: FakeSheet, [name]) => {
          const chart = s.charts.find((c) => c.name === name) ?? fail("ItemNotFound", `no chart named ${String(name)}`);
          return { chart, chartSheet: s };
        },
      },
      add: {
        type: "Chart",
        find: (s: FakeSheet, [type, source, seriesBy], fake) => {
          oneOf(type, CHART_TYPES, "chart type");
          const data = rangeArg(source, fake, s);
          const by = oneOf(seriesBy ?? "Auto", ["Auto", "Columns", "Rows"] as const, "seriesBy");
          const rows = data.rect.bottom - data.rect.top + 1;
          const cols = data.rect.right - data.rect.left + 1;
          const byColumns = by === "Columns" || (by === "Auto" && rows >= cols);
          const series: FakeChartSeries[] = [];
          const count = byColumns ? cols : rows;
          for (let i = 0; i < count; i++) {
            const rect = byColumns
              ? { ...data.rect, left: data.rect.left + i, right: data.rect.left + i }
              : { ...data.rect, top: data.rect.top + i, bottom: data.rect.top + i };
            series.push(chartSeries(`Series${i + 1}`, { sheet: data.sheet, rect }));
          }
          let n = s.charts.length + 1;
          while (s.charts.some((c) => c.name === `Chart ${n}`)) n++;
          const chart: FakeChart = { name: `Chart ${n}`, type, title: "", series, legendVisible: true };
          s.charts.push(chart);
          return { chart, chartSheet: s };
        },
      },
    },
  },
  Chart: {
    props: {
      name: {
        get: (e: ChartEntity) => e.chart.name,
        set: (e: ChartEntity, v) => {
          if (typeof v !== "string" || v === "") fail("InvalidArgument", "chart name must be text");
          e.chart.name = v;
        },
      },
      width: { set: (e: ChartEntity, v) => (e.chart.width = num(v, "chart width", 0, 4000)) },
      height: { set: (e: ChartEntity, v) => (e.chart.height = num(v, "chart height", 0, 4000)) },
    },
    navs: {
      title: { type: "ChartTitle" },
      series: { type: "ChartSeriesCollection" },
      legend: { type: "ChartLegend" },
    },
    actions: {
      delete: (e: ChartEntity) => {
        e.chartSheet.charts.splice(e.chartSheet.charts.indexOf(e.chart), 1);
      },
      setPosition: (e: ChartEntity, [start, end], fake) => {
        const a = rangeArg(start, fake, e.chartSheet);
        const b = end === undefined ? undefined : rangeArg(end, fake, e.chartSheet);
        e.chart.position = { start: rectAddress(a.rect), end: b && rectAddress(b.rect) };
      },
    },
  },
  ChartTitle: {
    props: { text: { set: (e: ChartEntity, v) => (e.chart.title = String(v)) } },
  },
  ChartLegend: {
    props: { visible: { set: (e: ChartEntity, v) => (e.chart.legendVisible = bool(v, "legend visible")) } },
  },
  ChartSeriesCollection: {
    getters: {
      getItemAt: {
        type: "ChartSeries",
        find: (e: ChartEntity, [index]) => {
          if (typeof index !== "number" || !e.chart.series[index]) fail("InvalidArgument", `no series at ${String(index)}`);
          return { ...e, series: e.chart.series[index] };
        },
      },
      add: {
        type: "ChartSeries",
        find: (e: ChartEntity, [name]) => {
          const series = chartSeries(name === undefined ? `Series${e.chart.series.length + 1}` : String(name), null);
          e.chart.series.push(series);
          return { ...e, series };
        },
      },
    },
  },
  ChartSeries: {
    props: { name: { set: (e: ChartEntity & { series: FakeChartSeries }, v) => (e.series.name = String(v)) } },
    actions: {
      setValues: (e: ChartEntity & { series: FakeChartSeries }, [range], fake) => {
        seriesRefs.get(e.series)!.values = rangeArg(range, fake, e.chartSheet);
      },
      setXAxisValues: (e: ChartEntity & { series: FakeChartSeries }, [range], fake) => {
        seriesRefs.get(e.series)!.xValues = rangeArg(range, fake, e.chartSheet);
      },
    },
  },
};

const seriesRefs = new WeakMap<FakeChartSeries, { values: RangeEntity | null; xValues?: RangeEntity }>();

/** A series whose addresses are read from its ranges when asked, so they follow sheet renames. */
function chartSeries(name: string, values: RangeEntity | null): FakeChartSeries {
  const refs: { values: RangeEntity | null; xValues?: RangeEntity } = { values };
  const series = {
    name,
    get values() {
      return refs.values ? rangeAddressOf(refs.values) : "";
    },
    get xValues() {
      return refs.xValues ? rangeAddressOf(refs.xValues) : undefined;
    },
  };
  seriesRefs.set(series, refs);
  return series;
}

function validationAt(e: RangeEntity): FakeValidation {
  let v = e.sheet.validations.find((x) => rectAddress(x.rect) === rectAddress(e.rect));
  if (!v) {
    v = { rect: e.rect };
    e.sheet.validations.push(v);
  }
  return v;
}

function findSheet(fake: FakeExcel, key: unknown): FakeSheet | undefined {
  if (typeof key !== "string") fail("InvalidArgument", "sheet key must be text");
  return fake.sheets.find((s) => s.id === key) ?? fake.sheet(key);
}

// ---------------------------------------------------------------------------------------------------
// Addresses (the fake's own parser, independent of the adapter's)

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

function colLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function a1(r: number, c: number): string {
  return `${colLetters(c)}${r + 1}`;
}

/** Parses "A1", "A1:C3", "B:D", "4:5" (with or without $) to a rectangle. */
export function parseRect(address: string): Rect {
  const clean = address.replace(/\$/g, "").trim();
  const parts = clean.split(":");
  if (parts.length > 2) throw new RangeError(`bad address ${address}`);
  const [a, b = parts[0]] = parts;
  const cell = /^([A-Za-z]{1,3})(\d+)$/;
  const col = /^([A-Za-z]{1,3})$/;
  const row = /^(\d+)$/;
  let rect: Rect;
  if (cell.test(a) && cell.test(b)) {
    const [, ca, ra] = cell.exec(a)!;
    const [, cb, rb] = cell.exec(b)!;
    rect = { top: Number(ra) - 1, left: colIndex(ca), bottom: Number(rb) - 1, right: colIndex(cb) };
  } else if (parts.length === 2 && col.test(a) && col.test(b)) {
    rect = { top: 0, left: colIndex(a), bottom: MAX_ROWS - 1, right: colIndex(b) };
  } else if (parts.length === 2 && row.test(a) && row.test(b)) {
    rect = { top: Number(a) - 1, left: 0, bottom: Number(b) - 1, right: MAX_COLUMNS - 1 };
  } else throw new RangeError(`bad address ${address}`);
  const norm = {
    top: Math.min(rect.top, rect.bottom),
    bottom: Math.max(rect.top, rect.bottom),
    left: Math.min(rect.left, rect.right),
    right: Math.max(rect.left, rect.right),
  };
  if (norm.top < 0 || norm.left < 0 || norm.bottom >= MAX_ROWS || norm.right >= MAX_COLUMNS) throw new RangeError(`address outside the grid: ${address}`);
  return norm;
}

export function rectAddress(rect: Rect): string {
  if (rect.top === 0 && rect.bottom === MAX_ROWS - 1) return `${colLetters(rect.left)}:${colLetters(rect.right)}`;
  if (rect.left === 0 && rect.right === MAX_COLUMNS - 1) return `${rect.top + 1}:${rect.bottom + 1}`;
  const start = a1(rect.top, rect.left);
  return rect.top === rect.bottom && rect.left === rect.right ? start : `${start}:${a1(rect.bottom, rect.right)}`;
}

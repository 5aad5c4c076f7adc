/**
 * The manifest against the shared-runtime guide and for the hosts it reaches, and the production build
 * options (ADDIN_URL, OFFICE_JS). Microsoft's manifest schemas are not in any npm package this project can
 * use offline (office-addin-manifest validates through an online service), so these tests check what the
 * guides and the schema's element order require.
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { parseStringPromise } from "xml2js";
import { MINIMUM_EXCEL_API } from "../src/excel/features";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { addinUrl, manifestFor, officeJsUrl, GLOBAL_OFFICE_JS, CHINA_OFFICE_JS } = require("../scripts/build-options");

const root = path.resolve(__dirname, "..");
const xml = readFileSync(path.join(root, "manifest.xml"), "utf8");
type Node = Record<string, unknown>;
const attr = (n: Node, a: string) => (n.$ as Record<string, string> | undefined)?.[a];
const text = (n: unknown) => (typeof n === "string" ? n : ((n as Node)._ as string));

function findAll(node: unknown, name: string, out: Node[] = []): Node[] {
  if (Array.isArray(node)) node.forEach((n) => findAll(n, name, out));
  else if (node && typeof node === "object") {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === "$") continue;
      const local = key.includes(":") ? key.split(":")[1] : key;
      if (local === name) (Array.isArray(value) ? value : [value]).forEach((v) => out.push(v as Node));
      findAll(value, name, out);
    }
  }
  return out;
}

const setsOf = (requirements: Node | undefined) => findAll(requirements ?? {}, "Set").map((s) => `${attr(s, "Name")}@${attr(s, "MinVersion")}`);

describe("manifest.xml: which Excel is offered the add-in", () => {
  let doc: { OfficeApp: Node };
  beforeAll(async () => {
    doc = await parseStringPromise(xml);
  });

  it("asks of every host only the ExcelApi set the code assumes without checking (so Excel 2019 gets the pane)", () => {
    const base = (doc.OfficeApp.Requirements as Node[])[0];
    expect(setsOf(base)).toEqual([`ExcelApi@${MINIMUM_EXCEL_API}`]);
  });

  it("gives the ribbon button, the functions and the shared runtime only to hosts with SharedRuntime 1.1", () => {
    const overrides = (doc.OfficeApp.VersionOverrides as Node[])[0];
    // The schema's order: Description?, Requirements?, Hosts, Resources.
    expect(Object.keys(overrides).filter((k) => k !== "$")).toEqual(["Requirements", "Hosts", "Resources"]);
    expect(setsOf((overrides.Requirements as Node[])[0])).toEqual(["SharedRuntime@1.1"]);
    expect(xml).toMatch(/<Requirements>\s*<bt:Sets DefaultMinVersion="1.1">\s*<bt:Set Name="SharedRuntime"/);
  });
});

describe("manifest.xml: the shared-runtime guide", () => {
  let doc: { OfficeApp: Node };
  beforeAll(async () => {
    doc = await parseStringPromise(xml);
  });

  // "A shared runtime only supports the use of one task pane. Note that any task pane without a
  // <TaskpaneId> is considered a different task pane."
  // https://learn.microsoft.com/office/dev/add-ins/develop/configure-your-add-in-to-use-a-shared-runtime
  it("has one task pane: every ShowTaskpane action has the same TaskpaneId and opens the runtime's page", () => {
    const actions = findAll(doc, "Action").filter((a) => attr(a, "xsi:type") === "ShowTaskpane");
    expect(actions.length).toBeGreaterThan(0);
    const runtime = attr(findAll(doc, "Runtime")[0], "resid");
    const ids = new Set(actions.map((a) => text(findAll(a, "TaskpaneId")[0])));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toMatch(/\S/);
    for (const a of actions) expect(attr(findAll(a, "SourceLocation")[0], "resid")).toBe(runtime);
    const runtimeUrl = findAll(doc, "Url").find((u) => attr(u, "id") === runtime)!;
    const defaultPage = attr(findAll((doc.OfficeApp.DefaultSettings as Node[])[0], "SourceLocation")[0], "DefaultValue");
    expect(attr(runtimeUrl, "DefaultValue")).toBe(defaultPage);
  });

  it("points SupportUrl and LearnMoreUrl at the help page shipped with the add-in, not at the pane", () => {
    const support = attr((doc.OfficeApp.SupportUrl as Node[])[0], "DefaultValue")!;
    const learnResid = attr(findAll(doc, "LearnMoreUrl")[0], "resid");
    const learn = attr(
      findAll(doc, "Url").find((u) => attr(u, "id") === learnResid)!,
      "DefaultValue",
    )!;
    for (const url of [support, learn]) {
      expect(new URL(url).pathname).toBe("/help.html");
    }
    expect(existsSync(path.join(root, "src/help/help.html"))).toBe(true);
    expect(readFileSync(path.join(root, "webpack.config.js"), "utf8")).toContain('{ from: "src/help/help.html", to: "help.html" }');
  });
});

describe("production build options", () => {
  it("builds the same manifest whether ADDIN_URL ends in a slash or not, with nothing left on localhost", async () => {
    const withSlash = manifestFor(xml, addinUrl("https://addins.example.org/star/"));
    const without = manifestFor(xml, addinUrl("https://addins.example.org/star"));
    expect(without).toBe(withSlash);
    expect(without).not.toContain("localhost");
    expect(without).toContain('<SourceLocation DefaultValue="https://addins.example.org/star/taskpane.html"/>');
    expect(without).toContain('DefaultValue="https://addins.example.org/star/functions.js"');
    expect(without).not.toContain("star//");
    const doc = await parseStringPromise(without);
    // Every page is on SourceLocation's own domain: no AppDomain to move.
    expect(findAll(doc, "AppDomain").map(text)).toEqual([]);
  });

  it("refuses an ADDIN_URL Office could not load", () => {
    expect(() => addinUrl("http://addins.example.org/star")).toThrow(/https/);
    expect(() => addinUrl("addins.example.org")).toThrow();
    expect(addinUrl("")).toBe("https://localhost:3000/");
  });

  it("loads office.js from the global CDN by default and from the 21Vianet partner CDN on request", () => {
    expect(officeJsUrl(undefined)).toBe(GLOBAL_OFFICE_JS);
    expect(officeJsUrl("21vianet")).toBe(CHINA_OFFICE_JS);
    expect(CHINA_OFFICE_JS).toBe("https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js");
    expect(officeJsUrl("https://intranet.example.cn/office/office.js")).toBe("https://intranet.example.cn/office/office.js");
    expect(() => officeJsUrl("http://x/office.js")).toThrow();
  });
});

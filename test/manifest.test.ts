/**
 * An offline check of manifest.xml (`npm run validate` needs Microsoft's online service): well-formed,
 * shared runtime wired consistently, resids defined and used, icons present at their sizes, https URLs.
 */
import { readFileSync, existsSync } from "fs";
import path from "path";
import { parseStringPromise } from "xml2js";

const root = path.resolve(__dirname, "..");
const xml = readFileSync(path.join(root, "manifest.xml"), "utf8");

type Node = Record<string, unknown>;

/** Every element of the given local name, depth first. */
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

const attr = (n: Node, a: string) => (n.$ as Record<string, string> | undefined)?.[a];
const text = (n: unknown) => (typeof n === "string" ? n : ((n as Node)._ as string));

function pngSize(file: string): { width: number; height: number } {
  const buf = readFileSync(file);
  expect(buf.subarray(1, 4).toString("ascii")).toBe("PNG");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

describe("manifest.xml", () => {
  let doc: Node;
  beforeAll(async () => {
    doc = await parseStringPromise(xml);
  });

  it("is well-formed XML with a TaskPaneApp root", () => {
    expect(doc.OfficeApp).toBeDefined();
    expect(attr(doc.OfficeApp as Node, "xsi:type")).toBe("TaskPaneApp");
  });

  it("has a four-part version and a GUID id", () => {
    expect(text(findAll(doc, "Version")[0])).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(text(findAll(doc, "Id")[0])).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  });

  it("speaks Chinese by default with English overrides", () => {
    expect(text(findAll(doc, "DefaultLocale")[0])).toBe("zh-CN");
    const display = findAll(doc, "DisplayName")[0];
    expect(attr(display, "DefaultValue")).toBe("积分评星");
    expect(findAll(display, "Override").map((o) => attr(o, "Locale"))).toContain("en-US");
  });

  // An Override may not repeat the default locale: "You may only specify a single override per language,
  // including for the default locale" (https://learn.microsoft.com/office/dev/add-ins/develop/localization).
  it("has no Override for the DefaultLocale", () => {
    const defaultLocale = text(findAll(doc, "DefaultLocale")[0]).toLowerCase();
    const overrides = findAll(doc, "Override").map((o) => attr(o, "Locale"));
    expect(overrides.length).toBeGreaterThan(0);
    for (const locale of overrides) expect(locale?.toLowerCase()).not.toBe(defaultLocale);
  });

  it("gives Chinese Excel the Chinese functions metadata by default and English Excel the English one", () => {
    const metadataResid = attr(findAll(findAll(doc, "Metadata")[0], "SourceLocation")[0], "resid");
    const url = findAll(findAll(doc, "Resources")[0], "Url").find((u) => attr(u, "id") === metadataResid)!;
    expect(attr(url, "DefaultValue")).toMatch(/\/functions\.zh-CN\.json$/);
    expect(findAll(url, "Override").map((o) => [attr(o, "Locale"), attr(o, "Value")?.replace(/^.*\//, "")])).toEqual([
      ["en-US", "functions.json"],
      ["en-GB", "functions.json"],
    ]);
  });

  // One Override per locale, each English area its own (localization: "we recommend that you use separate
  // Override elements for each area"): the English display languages of Office, en-US and en-GB, say the
  // same; every other locale (zh-TW and zh-HK too) gets the Chinese default.
  it("gives en-US and en-GB the same English overrides, and no other locale an override", () => {
    const overrides = findAll(doc, "Override").map((o) => [attr(o, "Locale"), attr(o, "Value")] as const);
    expect(new Set(overrides.map(([locale]) => locale))).toEqual(new Set(["en-US", "en-GB"]));
    const us = overrides.filter(([locale]) => locale === "en-US").map(([, v]) => v);
    const gb = overrides.filter(([locale]) => locale === "en-GB").map(([, v]) => v);
    expect(gb).toEqual(us);
  });

  // AppDomains lists domains "in addition to the domain specified in the SourceLocation element"
  // (https://learn.microsoft.com/javascript/api/manifest/appdomains): repeating SourceLocation's own is wrong.
  it("lists no AppDomain that repeats SourceLocation's origin", () => {
    const source = new URL(attr(findAll(findAll(doc, "DefaultSettings")[0], "SourceLocation")[0], "DefaultValue")!).origin;
    for (const domain of findAll(doc, "AppDomain").map(text)) expect(new URL(domain).origin).not.toBe(source);
  });

  it("asks for ReadWriteDocument and targets the Workbook host", () => {
    expect(text(findAll(doc, "Permissions")[0])).toBe("ReadWriteDocument");
    expect(findAll(doc, "Host").map((h) => attr(h, "Name") ?? attr(h, "xsi:type"))).toContain("Workbook");
  });

  it("requires SharedRuntime 1.1 and declares one long-lived runtime used by the pane and the functions", () => {
    const sets = findAll(doc, "Set").map((s) => `${attr(s, "Name")}@${attr(s, "MinVersion")}`);
    expect(sets).toContain("SharedRuntime@1.1");
    const runtimes = findAll(doc, "Runtime");
    expect(runtimes).toHaveLength(1);
    expect(attr(runtimes[0], "lifetime")).toBe("long");
    const runtimeResid = attr(runtimes[0], "resid");
    const page = findAll(findAll(doc, "Page")[0], "SourceLocation")[0];
    expect(attr(page, "resid")).toBe(runtimeResid);
    expect(attr(findAll(doc, "FunctionFile")[0], "resid")).toBe(runtimeResid);
    const taskpaneAction = findAll(findAll(doc, "Action")[0], "SourceLocation")[0];
    expect(attr(taskpaneAction, "resid")).toBe(runtimeResid);
  });

  it("declares the PX custom-functions namespace within 32 characters", () => {
    const ns = findAll(doc, "Namespace")[0];
    const resid = attr(ns, "resid")!;
    const value = findAll(doc, "String").find((s) => attr(s, "id") === resid);
    expect(attr(value!, "DefaultValue")).toBe("PX");
    expect(attr(value!, "DefaultValue")!.length).toBeLessThanOrEqual(32);
  });

  it("defines every resid it uses, uses every resource it defines, and keeps ids within 32 characters", () => {
    const defined = new Map<string, string>();
    for (const kind of ["Image", "Url", "String"]) {
      for (const node of findAll(findAll(doc, "Resources")[0], kind)) {
        const id = attr(node, "id");
        if (id) defined.set(id, kind);
      }
    }
    const used = new Set<string>();
    (function walk(node: unknown) {
      if (Array.isArray(node)) node.forEach(walk);
      else if (node && typeof node === "object") {
        const resid = attr(node as Node, "resid");
        if (resid) used.add(resid);
        Object.entries(node as Node).forEach(([k, v]) => k !== "$" && walk(v));
      }
    })(doc);
    for (const id of used) expect({ id, defined: defined.has(id) }).toEqual({ id, defined: true });
    for (const id of defined.keys()) expect({ id, used: used.has(id) }).toEqual({ id, used: true });
    for (const id of defined.keys()) expect(id.length).toBeLessThanOrEqual(32);
  });

  it("uses https for every URL", () => {
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:[^"]+)"/g)].map((m) => m[1]);
    urls.push(...findAll(doc, "AppDomain").map((d) => text(d)));
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  it("names icon files that exist at their declared pixel sizes", () => {
    const images = findAll(findAll(doc, "Resources")[0], "Image").map((i) => attr(i, "DefaultValue")!);
    images.push(attr(findAll(doc, "IconUrl")[0], "DefaultValue")!, attr(findAll(doc, "HighResolutionIconUrl")[0], "DefaultValue")!);
    for (const url of images) {
      const file = path.join(root, new URL(url).pathname);
      expect(existsSync(file)).toBe(true);
      const size = Number(/icon-(\d+)\.png$/.exec(file)![1]);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    for (const size of [16, 32, 64, 80, 128]) {
      expect(pngSize(path.join(root, "assets", `icon-${size}.png`))).toEqual({ width: size, height: size });
    }
  });

  it("declares the button's icon sizes matching the files they point at", () => {
    for (const img of findAll(findAll(doc, "Control")[0], "Image")) {
      const resid = attr(img, "resid")!;
      const resource = findAll(findAll(doc, "Resources")[0], "Image").find((i) => attr(i, "id") === resid)!;
      expect(attr(resource, "DefaultValue")).toContain(`icon-${attr(img, "size")}.png`);
    }
  });
});

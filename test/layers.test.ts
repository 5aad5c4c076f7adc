/**
 * The layers' order and the absence of import cycles (.dependency-cruiser.js, run by `npm run lint`):
 * the source keeps them, a planted cycle and a planted import against the order are caught, and the order
 * the config checks is the one docs/architecture.md states.
 */
import { execFile } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { dirname, join } from "path";

const ROOT = join(__dirname, "..");
const CONFIG = join(ROOT, ".dependency-cruiser.js");
const BIN = join(ROOT, "node_modules", "dependency-cruiser", "bin", "dependency-cruise.mjs");

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** The violations depcruise finds under `src` of `cwd`, with the project's rules. */
function cruise(cwd: string): Promise<Violation[]> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [BIN, "src", "--config", CONFIG, "--output-type", "json"], { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      // depcruise exits non-zero when it finds violations; its JSON still says which.
      if (!stdout) return reject(error ?? new Error("no output"));
      resolve((JSON.parse(stdout) as { summary: { violations: Violation[] } }).summary.violations);
    });
  });
}

describe("the layers of src", () => {
  it("have no import cycle and no import against their order", async () => {
    expect(await cruise(ROOT)).toEqual([]);
  }, 120_000);

  it("catch a cycle through types and an import against the order", async () => {
    const dir = mkdtempSync(join(tmpdir(), "layers-"));
    try {
      const files: Record<string, string> = {
        "tsconfig.json": JSON.stringify({ compilerOptions: { module: "commonjs", target: "es2020", strict: true } }),
        "src/scheme/a.ts": 'import type { B } from "./b";\nexport type A = B | 1;\n',
        "src/scheme/b.ts": 'import type { A } from "./a";\nexport type B = A | 2;\n',
        "src/register/c.ts": 'import type { Lang } from "../i18n/lang";\nexport type C = Lang;\n',
        "src/i18n/lang.ts": 'export type Lang = "zh-CN";\n',
        "src/xlsx/d.ts": 'import { e } from "../excel/e";\nexport const d = e;\n',
        "src/excel/e.ts": "export const e = 1;\n",
      };
      for (const [path, text] of Object.entries(files)) {
        mkdirSync(dirname(join(dir, path)), { recursive: true });
        writeFileSync(join(dir, path), text);
      }
      const found = (await cruise(dir)).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();
      expect(found).toEqual(
        expect.arrayContaining([
          "register-below-hosts: src/register/c.ts → src/i18n/lang.ts",
          "xlsx-alone: src/xlsx/d.ts → src/excel/e.ts",
          expect.stringMatching(/^no-circular: src\/scheme\/[ab]\.ts → src\/scheme\/[ab]\.ts$/),
        ]),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("are checked in the order docs/architecture.md states", () => {
    const order = "scheme → register → (xlsx | excel | functions | sample) → i18n → (cli | taskpane | preview)";
    expect(readFileSync(join(ROOT, "docs", "architecture.md"), "utf8")).toContain(order);
    expect(readFileSync(CONFIG, "utf8")).toContain(order);
  });
});

describe("docs/architecture.md's map of src/register", () => {
  it("names every part of the folder in one line, and no part it no longer has", () => {
    const doc = readFileSync(join(ROOT, "docs", "architecture.md"), "utf8");
    const section = doc.slice(doc.indexOf("## The parts of `src/register/`"), doc.indexOf("## One place per concept"));
    const named = [...section.matchAll(/^\| `([a-z-]+\.ts)` \| (.+) \|$/gm)].map((m) => m[1]).sort();
    const parts = readdirSync(join(ROOT, "src", "register"))
      .filter((f) => f.endsWith(".ts"))
      .sort();
    expect(named).toEqual(parts);
  });
});

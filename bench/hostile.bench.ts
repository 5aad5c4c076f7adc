/**
 * The hostile workbooks of docs/workbook.md (A file that is refused, and the bounds of any file), each on the
 * sample register, through the command line in a process of its own (bin/star-register.js): `status` and
 * `monthly`, wall time and peak resident memory (GNU time's %M). Each must end within 15 s and 1 GB, with the
 * file refused in the person's terms or read as usual.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { HOSTILE_RANGES, sampleFile, withRoster } from "../test/xlsx/hostile-files";
import { makeZip, zipParts } from "../test/xlsx/zip-entries";

const BIN = resolve(__dirname, "..", "bin", "star-register.js");
const TIME = "/usr/bin/time";
const MB = 1024 * 1024;

/** The sample with more parts. */
const plus = (base: Buffer, extra: { name: string; data: Uint8Array | string; stored?: boolean }[]) => makeZip([...zipParts(base), ...extra]);

/** The sample with one part's text padded by `size` bytes of `fill` before `before`. */
function padded(base: Buffer, part: (name: string) => boolean, before: string, size: number, fill: number): Buffer {
  const parts = zipParts(base).map((p) => {
    if (!part(p.name)) return p;
    const xml = Buffer.from(p.data);
    const at = xml.indexOf(before);
    return { ...p, data: Buffer.concat([xml.subarray(0, at), Buffer.alloc(size, fill), xml.subarray(at)]) };
  });
  return makeZip(parts);
}

async function files(): Promise<[string, () => Buffer][]> {
  const base = await sampleFile();
  return [
    ["a 1.2 GB zero-filled part beside the sheets", () => plus(base, [{ name: "xl/media/zeros.bin", data: Buffer.alloc(1200 * MB) }])],
    ["人员名册 holding 700 MB of whitespace", () => withRosterBytes(base, 700 * MB)],
    ["a merge A40:XFD1048576 in 人员名册", () => HOSTILE_RANGES.merge(base)],
    ["a validation over the whole of 人员名册", () => HOSTILE_RANGES.validation(base)],
    ["a conditional format over the whole of 人员名册", () => HOSTILE_RANGES["conditional format"](base)],
    ["a dimension A1:XFD1048576 in 人员名册", () => HOSTILE_RANGES.dimension(base)],
    [
      "a defined name 人员名册!$A$1:$Z$1048576",
      () =>
        makeZip(
          zipParts(base).map((p) =>
            p.name === "xl/workbook.xml"
              ? {
                  ...p,
                  data: Buffer.from(
                    Buffer.from(p.data)
                      .toString("utf8")
                      .replace("</sheets>", '</sheets><definedNames><definedName name="全表">人员名册!$A$1:$Z$1048576</definedName></definedNames>'),
                  ),
                }
              : p,
          ),
        ),
    ],
    [
      "one value at XFD1048576 in 人员名册",
      () => withRoster(base, (x) => x.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>远</t></is></c></row></sheetData>')),
    ],
    [
      "100,000 tiny extra entries",
      () =>
        plus(
          base,
          Array.from({ length: 100_000 }, (_, i) => ({ name: `xl/junk/${i}.bin`, data: "", stored: true })),
        ),
    ],
    ["sharedStrings padded to 300 MB", () => padded(base, (n) => n === "xl/sharedStrings.xml", "</sst>", 300 * MB, 0x20)],
  ];
}

/** 人员名册 with `size` bytes of spaces inside its sheet data. */
function withRosterBytes(base: Buffer, size: number): Buffer {
  const parts = zipParts(base);
  const text = (name: string) => Buffer.from(parts.find((p) => p.name === name)!.data).toString("utf8");
  const rid = /<sheet\b[^>]*name="人员名册"[^>]*r:id="(rId\d+)"/.exec(text("xl/workbook.xml"))![1];
  const target = new RegExp(`<Relationship\\b[^>]*Id="${rid}"[^>]*>`).exec(text("xl/_rels/workbook.xml.rels"))![0];
  const part = `xl/${/Target="([^"]+)"/.exec(target)![1].replace(/^\/?xl\//, "")}`;
  return padded(base, (n) => n === part, "</sheetData>", size, 0x20);
}

function measure(args: string[]): { seconds: number; mb: number; code: number; said: string } {
  const t = performance.now();
  const r = spawnSync(TIME, ["-f", "%M", process.execPath, BIN, ...args], { encoding: "utf8" });
  const seconds = (performance.now() - t) / 1000;
  const lines = r.stderr.trimEnd().split("\n");
  const kb = Number(lines.pop());
  const said = [...r.stdout.trim().split("\n"), ...lines].filter(Boolean)[0] ?? "";
  return { seconds, mb: kb / 1024, code: r.status ?? -1, said };
}

async function runBench(): Promise<void> {
  if (!existsSync(TIME)) throw new Error(`${TIME} (GNU time) is needed for the peak memory`);
  const dir = mkdtempSync(join(tmpdir(), "hostile-"));
  let over = 0;
  try {
    for (const [name, make] of await files()) {
      const file = join(dir, "hostile.xlsx");
      writeFileSync(file, make());
      for (const command of [
        ["status", file, "--month", "2026-11", "--today", "2026-11-28"],
        ["monthly", file, "--month", "2026-11", "--today", "2026-11-28", "--out", join(dir, `out-${Date.now()}.xlsx`)],
      ]) {
        const m = measure(command);
        const ok = m.seconds < 15 && m.mb < 1024;
        if (!ok) over++;
        console.log(
          `${name} · ${command[0]}: ${m.seconds.toFixed(1)} s, ${Math.round(m.mb)} MB, exit ${m.code}${ok ? "" : "  OVER 15 s / 1 GB"} — ${m.said.slice(0, 90)}`,
        );
      }
      rmSync(file);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (over > 0) process.exitCode = 1;
}

void runBench();

/**
 * The command line ends with 0 (written), 1 (errors in the data) or 2 (usage, or a file that cannot
 * be read or written) for any input, with its message in the chosen language — never a stack trace, never
 * exit 3, never output cut short. In process through main(argv, io) as the other CLI tests, and through a
 * real process (bin/star-register.js: the built CLI when dist/ exists, else the source through tsx) where
 * the process itself matters: pipes, exit codes.
 */
import ExcelJS from "exceljs";
import { spawn } from "child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { main, type CliIo } from "../../src/cli/main";
import type { Grid } from "../../src/register/cells";
import { sampleRegister } from "../../src/sample/sample-branch";
import { XlsxWorkbook } from "../../src/xlsx/xlsx-workbook";
import { smallBranch, type Register } from "../register/year-sample";

jest.setTimeout(120_000);

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "star-register.js");

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), "star-register-robust-"));
});
afterEach(() => {
  jest.restoreAllMocks();
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

function io(): CliIo & { out: string[]; err: string[]; text: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, text: () => [...out, ...err].join("\n"), stdout: (t) => out.push(t), stderr: (t) => err.push(t), now: () => new Date(2026, 10, 28, 10) };
}

/** Writes the register's sheets with ExcelJS itself, as another program might (our writer refuses some). */
async function rawFile(name: string, sheets: Register, edit?: (book: ExcelJS.Workbook) => void): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [sheet, values] of sheets) book.addWorksheet(sheet).addRows(values);
  edit?.(book);
  const at = path.join(dir, name);
  await book.xlsx.writeFile(at);
  return at;
}

const sample = (edit?: (g: Map<string, Grid>) => void): Register => {
  const grids = sampleRegister({ lastMonth: "2026-11" });
  edit?.(grids);
  return grids;
};

/** A branch of `n` members over 2026, every mark `mark`. */
function branch(n: number, mark: string): Register {
  const members = Array.from({ length: n }, (_, i) => [`D${String(i + 1).padStart(3, "0")}`, `党员${i + 1}`, "党员"] as [string, string, "党员"]);
  return smallBranch({
    year: "2026",
    members,
    record: () => [18, 18, 18, 18, 18],
    monthlyMark: (_, month) => (month === "2026-11" ? mark : "优秀"),
    annualMarks: [],
  });
}

const filesIn = (folder: string) => readdirSync(folder).filter((f) => !f.startsWith("."));

describe("a missing or read-only output folder is exit 2 with a message", () => {
  const commands = (input: string, exportFile: string, out: string): Record<string, string[]> => ({
    monthly: ["monthly", input, "--month", "2026-11", "--out", out],
    annual: ["annual", input, "--year", "2026", "--out", out],
    template: ["template", out],
    "import-ballots": ["import-ballots", input, exportFile, "--period", "2026-12", "--out", out],
  });

  it.each(["monthly", "annual", "template", "import-ballots"])("%s into a folder that does not exist", async (command) => {
    const input = await rawFile("register.xlsx", sample());
    const exportFile = await rawFile(
      "export.xlsx",
      new Map([
        [
          "Sheet1",
          [
            ["序号", "王建国"],
            [1, "优秀"],
          ],
        ],
      ]),
    );
    const out = path.join(dir, "no-such-folder", "out.xlsx");
    for (const [lang, expected] of [
      ["zh-CN", `无法写入 ${out}：所在文件夹不存在。未写出任何文件。`],
      ["en-US", `Cannot write ${out}: its folder does not exist. Nothing was written.`],
    ]) {
      const t = io();
      expect(await main([...commands(input, exportFile, out)[command], "--lang", lang], t)).toBe(2);
      expect(t.err.join("\n")).toBe(expected);
    }
    expect(existsSync(path.dirname(out))).toBe(false);
  });

  it("a folder that cannot be written (EACCES) is exit 2 with the reason", async () => {
    const input = await rawFile("register.xlsx", sample());
    const locked = path.join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    // root writes anywhere chmod forbids; sysfs refuses new files even to root.
    const target = process.getuid?.() === 0 ? "/sys" : locked;
    const out = path.join(target, "out.xlsx");
    const t = io();
    expect(await main(["monthly", input, "--month", "2026-11", "--out", out, "--lang", "en-US"], t)).toBe(2);
    expect(t.err.join("\n")).toBe(`Cannot write ${out}: no permission to write in that folder. Nothing was written.`);
    chmodSync(locked, 0o755);
    expect(filesIn(locked)).toEqual([]);
  });

  it("a write that fails after the folder was checked (a full disk) is exit 2 with the reason", async () => {
    jest.spyOn(XlsxWorkbook.prototype, "saveAs").mockRejectedValue(Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" }));
    const t = io();
    const out = path.join(dir, "out.xlsx");
    expect(await main(["template", out, "--sample"], t)).toBe(2);
    expect(t.err.join("\n")).toBe(`无法写入 ${out}：磁盘已满。未写出任何文件。`);
  });

  it("an input that is missing or a folder is exit 2 with the reason in the chosen language", async () => {
    const t = io();
    expect(await main(["monthly", path.join(dir, "nothing.xlsx"), "--month", "2026-11", "--lang", "en-US"], t)).toBe(2);
    expect(t.err.join("\n")).toBe(`Cannot read ${path.join(dir, "nothing.xlsx")}: no such file`);
    const u = io();
    expect(await main(["annual", dir, "--year", "2026", "--out", path.join(os.tmpdir(), `never-${process.pid}.xlsx`)], u)).toBe(2);
    expect(u.err.join("\n")).toMatch(/^无法读取 .+：这是一个文件夹，不是文件$/);
  });
});

describe("any other failure is exit 2 with a message, not a stack trace", () => {
  it("an internal error (e.g. the .xlsx library's TypeError) says so in the chosen language", async () => {
    const input = await rawFile("register.xlsx", sample());
    jest.spyOn(XlsxWorkbook.prototype, "readSheets").mockRejectedValue(new TypeError("Cannot read properties of undefined (reading 'anchors')"));
    for (const [lang, start] of [
      ["zh-CN", "处理失败（程序内部错误）：Cannot read properties of undefined (reading 'anchors')。未写出任何文件。"],
      ["en-US", "Failed (an internal error): Cannot read properties of undefined (reading 'anchors'). Nothing was written."],
    ]) {
      const t = io();
      expect(await main(["monthly", input, "--month", "2026-11", "--lang", lang, "--out", path.join(dir, `${lang}.xlsx`)], t)).toBe(2);
      expect(t.err.join("\n").startsWith(start)).toBe(true);
      expect(t.text()).not.toMatch(/\n\s+at /);
    }
  });

  it("the argument parser's errors are in the chosen language", async () => {
    for (const [argv, message] of [
      [["monthly", "x.xlsx", "--month", "2026-11", "--bogus"], "未知的选项 --bogus。"],
      [["monthly", "x.xlsx", "--month", "2026-11", "--bogus", "--lang", "en-US"], "Unknown option --bogus."],
      [["monthly", "x.xlsx", "--lang", "en-US", "--month"], "--month needs a value."],
      [["import-ballots", "x.xlsx", "y.csv", "--period", "2026-11", "--map"], "--map 后面需要一个值。"],
    ] as const) {
      const t = io();
      expect(await main(argv, t)).toBe(2);
      expect(t.err.join("\n").split("\n")[0]).toBe(message);
    }
  });

  it("--lang before the command chooses the language too", async () => {
    const t = io();
    expect(await main(["--lang", "en-US", "nonsense"], t)).toBe(2);
    expect(t.err.join("\n")).toMatch(/^Unknown command "nonsense"\./);
    const u = io();
    expect(await main(["--lang=en-US", "help"], u)).toBe(0);
    expect(u.out.join("\n")).toMatch(/^usage:/);
  });
});

// 6,000 ballots × 25 invalid marks through planMonth: test/robust/large-arrays.test.ts (25 s more through .xlsx).
describe("over-long text and bad arrays through the command line: exit 1 for errors in the data, never a crash", () => {
  it("a 支部名称 of 32,760 characters: exit 1 naming 设置!B2, nothing written", async () => {
    const input = await rawFile(
      "register.xlsx",
      sample((g) => {
        const settings = g.get("设置")!;
        settings[settings.findIndex((r) => r[0] === "支部名称")][1] = "长".repeat(32_760);
      }),
    );
    const t = io();
    const out = path.join(dir, "out.xlsx");
    expect(await main(["monthly", input, "--month", "2026-11", "--out", out, "--lang", "en-US"], t)).toBe(1);
    expect(t.err.join("\n")).toMatch(/\[error\] 设置!B\d+: This text has 32,760 characters; written to "'2026-11 评星'!A1" it exceeds Excel's limit/);
    expect(existsSync(out)).toBe(false);
  });

  it("import-ballots with a single space below row 130,000 of 民主评议: written, exit 0", async () => {
    const input = await rawFile("register.xlsx", sample(), (book) => {
      book.getWorksheet("民主评议")!.getCell("A130001").value = " ";
    });
    const exportFile = await rawFile(
      "export.xlsx",
      new Map([
        [
          "Sheet1",
          [
            ["序号", "王建国", "李秀英"],
            [1, "优秀", "合格"],
          ],
        ],
      ]),
    );
    const t = io();
    const out = path.join(dir, "out.xlsx");
    expect(await main(["import-ballots", input, exportFile, "--period", "2026-12", "--out", out], t)).toBe(0);
    expect(existsSync(out)).toBe(true);
  });
});

/**
 * Runs bin/star-register.js as a process. `through: "pipe"` puts a real pipe between it and a reader
 * (`| cat`), as a shell does: Node gives a spawned child socket pairs, with buffers large enough to hide
 * output lost at exit; a pipe holds 64 KiB.
 */
function runBin(
  args: string[],
  through: "spawn" | "stdout pipe" | "stderr pipe" = "spawn",
  killAfterMs = 110_000,
): Promise<{ code: number | null; stdout: Buffer; stderr: Buffer }> {
  const [command, argv] =
    through === "spawn"
      ? [process.execPath, [BIN, ...args]]
      : [
          "bash",
          // pipefail: the exit code is the CLI's, not cat's.
          [
            "-c",
            through === "stdout pipe" ? 'set -o pipefail; "$0" "$@" | cat' : 'set -o pipefail; { "$0" "$@" 2>&1 1>&3 | cat 1>&2; } 3>&1',
            process.execPath,
            BIN,
            ...args,
          ],
        ];
  return new Promise((resolve, reject) => {
    const child = spawn(command, argv, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    // A hang ends as exit code null, not as a process left behind.
    const timer = setTimeout(() => child.kill("SIGKILL"), killAfterMs);
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out), stderr: Buffer.concat(err) });
    });
  });
}

describe("through a real process", () => {
  it("output of more than 64 KiB through a pipe arrives whole (stdout), and stderr whole too", async () => {
    const valid = await rawFile("r300.xlsx", branch(300, "优秀"));
    const invalid = await rawFile("bad300.xlsx", branch(300, "很好"));
    const [json, blocked] = await Promise.all([
      runBin(["monthly", valid, "--month", "2026-11", "--json", "--out", path.join(dir, "out.xlsx")], "stdout pipe"),
      runBin(["monthly", invalid, "--month", "2026-11", "--out", path.join(dir, "out2.xlsx")], "stderr pipe"),
    ]);
    expect(json.code).toBe(0);
    expect(json.stdout.length).toBeGreaterThan(65_536);
    const doc = JSON.parse(json.stdout.toString("utf8"));
    expect(doc.members).toHaveLength(300);

    expect(blocked.code).toBe(1);
    // Whole UTF-8 (no character cut in half) and every problem accounted for, to the last line. Problems
    // of one kind are one line with their count, so the thousands of bad marks fit in a few lines.
    const text = new TextDecoder("utf-8", { fatal: true }).decode(blocked.stderr);
    const lines = text.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^有 (\d+) 个错误/);
    const count = Number(/^有 (\d+) 个错误(?:、(\d+) 个提醒)?/.exec(lines[0])![1]) + Number(/、(\d+) 个提醒/.exec(lines[0])?.[1] ?? 0);
    const described = lines.slice(1).reduce((sum, line) => sum + Number(/（同类共 (\d+) 处/.exec(line)?.[1] ?? 1), 0);
    expect(described).toBe(count);
    for (const line of lines.slice(1)) expect(line).toMatch(/^ {2}\[(错误|提醒)\] /);
  });

  it("a drop-down over whole columns (E2:AC1048576) is read in seconds", async () => {
    const input = await rawFile("validated.xlsx", sample(), (book) => {
      const ws = book.getWorksheet("民主评议") as unknown as { dataValidations: { add(a: string, v: ExcelJS.DataValidation): void } };
      ws.dataValidations.add("E2:AC1048576", { type: "list", allowBlank: true, formulae: ['"优秀,合格,基本合格,不合格"'] });
    });
    const result = await runBin(["monthly", input, "--month", "2026-11", "--out", path.join(dir, "v.xlsx")], "spawn", 90_000);
    expect(result.code).toBe(0);
  });

  it("exits 0, 1 or 2 by class, with the message in the chosen language and no stack trace", async () => {
    const good = await rawFile("good.xlsx", sample());
    const bad = await rawFile(
      "bad.xlsx",
      sample((g) => {
        const ballots = g.get("民主评议")!;
        ballots[ballots.findIndex((r) => r[0] === "2026-11")][5] = "很好";
      }),
    );
    const cases: [string, string[], number, RegExp][] = [
      ["written", ["monthly", good, "--month", "2026-11", "--out", path.join(dir, "a.xlsx"), "--lang", "en-US"], 0, /^Wrote /],
      ["errors in the data", ["monthly", bad, "--month", "2026-11", "--out", path.join(dir, "b.xlsx"), "--lang", "en-US"], 1, /^1 errors.*nothing written/],
      ["usage", ["monthly", good, "--month", "November", "--lang", "en-US"], 2, /^--month must be YYYY-MM/],
      ["missing folder", ["template", path.join(dir, "none", "t.xlsx"), "--lang", "en-US"], 2, /^Cannot write .*its folder does not exist/],
      ["missing folder (zh-CN)", ["annual", good, "--year", "2026", "--out", path.join(dir, "none", "y.xlsx")], 2, /^无法写入 .*所在文件夹不存在/],
      ["not a workbook", ["monthly", BIN, "--month", "2026-11", "--out", path.join(dir, "c.xlsx"), "--lang", "en-US"], 2, /^Cannot read /],
    ];
    const results = await Promise.all(cases.map(([, args]) => runBin(args)));
    results.forEach((r, i) => {
      const [name, , code, message] = cases[i];
      const text = `${r.stdout.toString("utf8")}${r.stderr.toString("utf8")}`;
      expect({ name, code: r.code }).toEqual({ name, code });
      expect(text).toMatch(message);
      expect(text).not.toMatch(/\n\s+at .+:\d+:\d+/);
    });
  });
});

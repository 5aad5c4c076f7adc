import { LiveWorkbook, copyName } from "../../src/preview/live-workbook";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import { inputSheetPlans } from "../../src/register/template";
import type { SheetPlan } from "../../src/register/sheet-plan";

const plan = (name: string, values: (string | number)[][]): SheetPlan => ({ name, values }) as SheetPlan;

describe("LiveWorkbook", () => {
  it("passes writes through, remembers the plans and the period written, and marks the work unsaved", async () => {
    const live = new LiveWorkbook(new MemoryWorkbook());
    const seen: number[] = [];
    live.subscribe(() => seen.push(1));
    expect(live.dirty).toBe(false);
    await live.write({ inputSheets: inputSheetPlans() });
    await live.write({ sheets: [plan("2026-11 评星", [["x"]])] });
    expect(live.dirty).toBe(true);
    expect(live.lastPeriod).toBe("2026-11");
    expect(seen.length).toBe(2);
    const snap = await live.snapshot();
    const ours = snap.find((s) => s.name === "2026-11 评星")!;
    expect(ours.ours).toBe(true);
    expect(ours.plan?.name).toBe("2026-11 评星");
    live.markSaved();
    expect(live.dirty).toBe(false);
  });

  it("types into a person's sheet but refuses the add-in's own sheets, changing nothing", async () => {
    const book = new MemoryWorkbook();
    const live = new LiveWorkbook(book);
    await live.write({ inputSheets: inputSheetPlans(), sheets: [plan("2026-11 评星", [["x"]])] });
    live.markSaved();
    await live.setCell("人员名册", "B2", "王建国");
    expect((await book.readSheets(["人员名册"])).get("人员名册")!.values[1][1]).toBe("王建国");
    expect(live.dirty).toBe(true);
    live.markSaved();
    await expect(live.setCell("2026-11 评星", "A1", "y")).rejects.toThrow(/made by the add-in/);
    expect((await book.readSheets(["2026-11 评星"])).get("2026-11 评星")!.values[0][0]).toBe("x");
    expect(live.dirty).toBe(false);
  });

  it("follows the pane's selection", async () => {
    const live = new LiveWorkbook(new MemoryWorkbook());
    await live.write({ inputSheets: inputSheetPlans() });
    await live.select("民主评议", "F7");
    expect(live.selection).toEqual({ sheet: "民主评议", address: "F7" });
  });
});

describe("copyName", () => {
  it.each([
    ["党支部登记簿.xlsx", "2026-11", "党支部登记簿-2026-11.xlsx"],
    ["register.XLSX", "2026", "register-2026.xlsx"],
    ["无扩展名", null, "无扩展名-2026-11.xlsx"],
    [".xlsx", "2026-11", "积分评星登记簿-2026-11.xlsx"],
  ])("%s with period %s → %s (never the original's own name)", (original, period, expected) => {
    expect(copyName(original, period, "2026-11-30")).toBe(expected);
  });
});

describe("LiveWorkbook snapshots", () => {
  it("reads again only the sheets a change touched, and always shows what the port holds", async () => {
    const book = new MemoryWorkbook();
    const live = new LiveWorkbook(book);
    await live.write({ inputSheets: inputSheetPlans() });
    await live.snapshot();
    const reads: string[][] = [];
    const read = book.readSheets.bind(book);
    book.readSheets = (names) => (reads.push([...names]), read(names));
    await live.setCell("人员名册", "A2", "D001");
    const snap = await live.snapshot();
    expect(reads).toEqual([["人员名册"]]);
    expect(snap.find((s) => s.name === "人员名册")!.values[1][0]).toBe("D001");
    expect(snap.map((s) => s.name)).toEqual((await book.listSheets()).map((s) => s.name));
    await live.snapshot();
    expect(reads.length).toBe(1);
  });
});

describe("LiveWorkbook change notifications", () => {
  it("reports a cell typed in the sheet view as a change of the workbook, as the pane's own writes (so the pane re-reads its state)", async () => {
    const live = new LiveWorkbook(new MemoryWorkbook());
    const changes: string[] = [];
    const stop = live.onChange(() => changes.push("change"));
    await live.write({ inputSheets: inputSheetPlans() });
    await live.setCell("人员名册", "B2", "王建国");
    await live.select("人员名册", "B2");
    live.markSaved();
    expect(changes).toEqual(["change", "change"]);
    stop();
    await live.setCell("人员名册", "B3", "李明");
    expect(changes).toHaveLength(2);
  });

  it("tells a workbook never changed from one saved as a copy", async () => {
    const live = new LiveWorkbook(new MemoryWorkbook());
    expect([live.dirty, live.saved]).toEqual([false, false]);
    await live.write({ inputSheets: inputSheetPlans() });
    expect([live.dirty, live.saved]).toEqual([true, false]);
    live.markSaved();
    expect([live.dirty, live.saved]).toEqual([false, true]);
  });

  it("gives the sheet view the date formats and the date system of the sheets it reads", async () => {
    const book = new MemoryWorkbook(undefined, { date1904: true });
    await book.write({ inputSheets: inputSheetPlans() });
    book.setCell("记实考核", "A2", 44865, "yyyy-mm");
    const sheet = (await new LiveWorkbook(book).snapshot()).find((s) => s.name === "记实考核")!;
    expect(sheet.dateFormats?.get("A2")).toBe("yyyy-mm");
    expect(sheet.date1904).toBe(true);
  });
});

describe("LiveWorkbook lazy snapshots", () => {
  it("reads only the sheets on show (the first tab, the selection's, the tabs opened) and lists the others unread", async () => {
    const book = new MemoryWorkbook();
    const live = new LiveWorkbook(book);
    await live.write({ inputSheets: inputSheetPlans() });
    const names = (await book.listSheets()).map((s) => s.name);
    const reads: string[][] = [];
    const read = book.readSheets.bind(book);
    book.readSheets = (asked) => (reads.push([...asked]), read(asked));
    const told: number[] = [];
    live.subscribe(() => told.push(1));

    const first = await live.snapshot({ lazy: true });
    expect(reads).toEqual([[names[0]]]);
    expect(first.map((s) => s.name)).toEqual(names);
    expect(first.filter((s) => s.unread).map((s) => s.name)).toEqual(names.slice(1));
    expect(first.find((s) => s.name === "人员名册")!.values).toEqual([]);

    live.show("人员名册");
    live.show("人员名册");
    expect(told).toHaveLength(1);
    const second = await live.snapshot({ lazy: true });
    expect(reads).toEqual([[names[0]], ["人员名册"]]);
    expect(second.find((s) => s.name === "人员名册")!.unread).toBeUndefined();
    expect(second.find((s) => s.name === "人员名册")!.values[0]).toContain("姓名");

    await live.select("民主评议", "A1");
    await live.snapshot({ lazy: true });
    expect(reads[2]).toEqual(["民主评议"]);
  });
});

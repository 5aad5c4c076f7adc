import { queueInRequests, rowBlocks, rowBytes, valueBytes } from "../../src/excel/payload";
import { FakeExcel } from "../fakes/fake-excel";

describe("payload estimates", () => {
  it.each([
    ["abc", 5],
    ["张三", 8],
    ['a"b', 6],
    ["😀", 6],
    [95.5, 4],
    [true, 4],
    [false, 5],
  ])("counts the JSON bytes of %p as %p", (value, bytes) => {
    expect(valueBytes(value)).toBe(bytes);
    expect(valueBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value)));
  });

  it("counts a row as its JSON array", () => {
    const row = ["M0001", "张三", 95.5, ""];
    expect(rowBytes(row)).toBe(Buffer.byteLength(JSON.stringify(row)));
  });

  it("splits rows into blocks under the limit, covering every row once", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`M${i}`, "张三".repeat(20)]);
    const blocks = rowBlocks(rows, 10_000);
    expect(blocks.length).toBeGreaterThan(1);
    expect(blocks.every((b) => b.bytes <= 10_000)).toBe(true);
    expect(blocks.map((b) => b.end - b.start).reduce((a, b) => a + b)).toBe(1000);
    blocks.forEach((b, i) => expect(b.start).toBe(i === 0 ? 0 : blocks[i - 1].end));
    blocks.forEach((b) => expect(b.bytes).toBeGreaterThanOrEqual(Buffer.byteLength(JSON.stringify(rows.slice(b.start, b.end)))));
  });

  it("queues everything in one request when it fits, and syncs before passing the budget otherwise", async () => {
    const fake = new FakeExcel();
    const queued: number[] = [];
    await fake.run(async (context) => {
      const op = (n: number, bytes: number) => ({ bytes, queue: () => void queued.push(n) });
      expect(await queueInRequests(context, [op(1, 10), op(2, 10)], 100)).toBe(1);
      expect(await queueInRequests(context, [op(3, 60), op(4, 60), op(5, 30), op(6, 200)], 100)).toBe(3);
    });
    expect(queued).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

import { createHash } from "node:crypto";
import fc from "fast-check";
import type { CellValue } from "../../../src/register/cells";
import { fingerprint, FINGERPRINT_LENGTH, Sha256 } from "../../../src/register/render/fingerprint";

const sha = (text: string) => new Sha256().updateText(text).hex();

describe("Sha256", () => {
  it.each([
    ["", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"],
    ["abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"],
    ["abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"],
  ])("hashes the FIPS 180-4 example %j", (text, digest) => {
    expect(sha(text)).toBe(digest);
  });

  it("hashes a million a's", () => {
    expect(sha("a".repeat(1_000_000))).toBe("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
  });

  it("agrees with node:crypto on any text, around every block boundary", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 150 }), (text) => {
        expect(sha(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
      }),
    );
    for (let n = 50; n < 140; n++) {
      const text = "积".repeat(n % 7) + "x".repeat(n);
      expect(sha(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    }
  });

  it("encodes a lone surrogate as U+FFFD, like TextEncoder", () => {
    expect(sha("a\ud800b")).toBe(
      createHash("sha256")
        .update(Buffer.from(new TextEncoder().encode("a\ud800b")))
        .digest("hex"),
    );
  });

  it("hashes raw bytes like text", () => {
    expect(new Sha256().update(new TextEncoder().encode("积分评星")).hex()).toBe(sha("积分评星"));
  });
});

describe("fingerprint", () => {
  const roster: CellValue[][] = [
    ["编号", "姓名", "类别"],
    ["D001", "张伟", "党员"],
    ["D002", "=1+1", "党外"],
  ];
  const record: CellValue[][] = [
    ["月份", "编号", "学习提高"],
    ["2026-11", "D001", 18.5],
  ];
  const inputs = () =>
    new Map<string, CellValue[][]>([
      ["人员名册", roster.map((r) => [...r])],
      ["记实考核", record.map((r) => [...r])],
    ]);

  it("is a short lowercase hex digest", () => {
    expect(fingerprint(inputs())).toMatch(new RegExp(`^[0-9a-f]{${FINGERPRINT_LENGTH}}$`));
  });

  it("is stable: the same values give the same fingerprint, whatever the Map order", () => {
    const reversed = new Map([...inputs()].reverse());
    expect(fingerprint(reversed)).toBe(fingerprint(inputs()));
    expect(fingerprint(inputs())).toBe(fingerprint(inputs()));
  });

  it("does not change between releases without notice", () => {
    // Pinned: changing the serialisation changes every fingerprint already in a branch's 生成记录.
    expect(
      fingerprint(
        new Map([
          [
            "设置",
            [
              ["项目", "值"],
              ["支部名称", "第一支部"],
            ],
          ],
        ]),
      ),
    ).toBe("3cf4cdb707a7576c");
    expect(fingerprint(new Map())).toBe(new Sha256().updateText("fingerprint/1\n0\n").hex().slice(0, 16));
  });

  it.each<[string, (m: Map<string, CellValue[][]>) => void]>([
    ["a changed name", (m) => (m.get("人员名册")![1][1] = "张玮")],
    ["a changed score", (m) => (m.get("记实考核")![1][2] = 18.4)],
    ["a number typed as text", (m) => (m.get("记实考核")![1][2] = "18.5")],
    ["a true instead of 是", (m) => (m.get("人员名册")![2][2] = true)],
    ["a cell moved to the next column", (m) => m.get("人员名册")![1].unshift("")],
    ["an added row", (m) => m.get("人员名册")!.push(["D003", "王芳", "党员"])],
    ["a blank row inserted", (m) => m.get("人员名册")!.splice(1, 0, [])],
    ["a renamed sheet", (m) => m.set("人员", m.get("人员名册")!) && m.delete("人员名册")],
    ["an added sheet", (m) => m.set("加减分", [["月份", "编号", "分值", "事由"]])],
    ["text moved across a cell boundary", (m) => (m.get("人员名册")![0] = ["编号姓", "名", "类别"])],
  ])("changes with %s", (_what, change) => {
    const changed = inputs();
    change(changed);
    expect(fingerprint(changed)).not.toBe(fingerprint(inputs()));
  });

  it("treats null, empty text and trailing empty cells or rows alike, as hosts deliver them differently", () => {
    const padded = inputs();
    padded.get("人员名册")!.forEach((r) => r.push(null, ""));
    padded.get("人员名册")!.push(["", null], []);
    expect(fingerprint(padded)).toBe(fingerprint(inputs()));
    const inner = new Map([["s", [["a", null, "b"]]]]);
    expect(fingerprint(inner)).toBe(fingerprint(new Map([["s", [["a", "", "b"]]]])));
  });

  it("reads -0 as 0", () => {
    expect(fingerprint(new Map([["s", [[-0]]]]))).toBe(fingerprint(new Map([["s", [[0]]]])));
  });

  // Its speed is measured by bench/fingerprint.bench.ts, never asserted here.
  it("hashes a large register", () => {
    const big: CellValue[][] = Array.from({ length: 20_000 }, (_, i) => [`D${i}`, `姓名${i}`, "党员", i % 100, i / 7, ""]);
    expect(fingerprint(new Map([["人员名册", big]]))).toHaveLength(16);
  });
});

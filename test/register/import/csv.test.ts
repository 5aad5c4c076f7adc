import { decodeText, parseCsv, sniff } from "../../../src/register/import/csv";
import { encodeGbk } from "./gbk";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks inside", () => {
    expect(parseCsv('a,"b,c","say ""hi""","two\nlines"\r\n1,2,3,4\r\n')).toEqual([
      ["a", "b,c", 'say "hi"', "two\nlines"],
      ["1", "2", "3", "4"],
    ]);
  });

  it.each([
    ["CRLF", "a,b\r\nc,d"],
    ["LF", "a,b\nc,d\n"],
    ["CR", "a,b\rc,d\r"],
  ])("splits records on %s", (_what, text) => {
    expect(parseCsv(text)).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
  });

  it("gives empty fields as null, a row of empty fields as a blank row, and drops trailing blank rows", () => {
    expect(parseCsv("a,,c\n,,\nx,y,\n\n\n")).toEqual([["a", null, "c"], [], ["x", "y"]]);
  });

  it.each([
    ["tab", "姓名\t等次\n张伟\t优秀", "\t"],
    ["semicolon", "姓名;等次\n张伟;优秀", ";"],
  ])("takes the first line's %s as the delimiter", (_what, text) => {
    expect(parseCsv(text)).toEqual([
      ["姓名", "等次"],
      ["张伟", "优秀"],
    ]);
  });

  it('reads Excel\'s ="00123" as the text 00123 and keeps a BOM out of the first header', () => {
    expect(parseCsv('\uFEFF编号,票号\n="00123",5')).toEqual([
      ["编号", "票号"],
      ["00123", "5"],
    ]);
  });

  it("takes an unclosed quote to the end of the file rather than losing it", () => {
    expect(parseCsv('a,"b\nc')).toEqual([["a", "b\nc"]]);
  });
});

describe("decodeText", () => {
  it.each([
    ["UTF-8 with BOM", Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("序号,王建国")])],
    ["UTF-8 without BOM", utf8("序号,王建国")],
    ["GBK", encodeGbk("序号,王建国")],
    ["UTF-16 LE with BOM", Uint8Array.from([0xff, 0xfe, ...[..."序号,王建国"].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])],
  ])("decodes %s", (_what, bytes) => {
    expect(decodeText(bytes)).toBe("序号,王建国");
  });

  it("decodes GB18030's four-byte characters", () => {
    // 𠀀 (U+20000) is 0x95 0x32 0x82 0x36 in GB18030.
    expect(decodeText(Uint8Array.from([0x95, 0x32, 0x82, 0x36, 0x2c, 0x61]))).toBe("𠀀,a");
  });

  it("gives null for bytes that are neither UTF-8 nor GBK", () => {
    expect(decodeText(Uint8Array.from([0x61, 0x80, 0x62, 0xff, 0x63]))).toBeNull();
  });

  it("the GBK fixture is not accidentally valid UTF-8", () => {
    expect(() => new TextDecoder("utf-8", { fatal: true }).decode(encodeGbk("王建国,优秀"))).toThrow();
  });
});

describe("sniff", () => {
  it.each([
    ["empty", new Uint8Array(0), "empty"],
    ["old .xls (OLE2)", Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "xls"],
    ["a zip that is no workbook", Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...utf8("word/document.xml")]), "zip"],
    ["a web page saved as .xls", utf8("\uFEFF  <html><table><tr><td>序号</td></tr></table></html>"), "html"],
    ["binary", Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), "binary"],
    ["a PDF", utf8("%PDF-1.7\n%âãÏÓ"), "binary"],
    ["CSV text", utf8("序号,王建国"), "text"],
  ])("tells %s", (_what, bytes, kind) => {
    expect(sniff(bytes)).toBe(kind);
  });
});

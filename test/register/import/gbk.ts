/**
 * A GBK encoder for the tests, built from the platform's own GBK decoder: every two-byte GBK sequence is
 * decoded once and the table inverted. No package, no hand-typed table.
 */
let table: Map<string, [number, number]> | null = null;

function gbkTable(): Map<string, [number, number]> {
  if (table) return table;
  const decoder = new TextDecoder("gbk");
  table = new Map();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      // One pair at a time: an unmapped pair decodes to U+FFFD (and may give its trail back as ASCII).
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if ([...ch].length === 1 && ch !== "\uFFFD" && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  return table;
}

/** The GBK bytes of a text (ASCII as is); throws on a character GBK cannot write. */
export function encodeGbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = gbkTable().get(ch);
      if (!pair) throw new Error(`GBK cannot write ${ch}`);
      out.push(...pair);
    }
  }
  return Uint8Array.from(out);
}

/**
 * The fingerprint of a register's inputs (指纹 in 生成记录): a short, stable hex digest of the input
 * sheets' values, so that a secretary can tell whether two generations came from the same data.
 *
 * Stable across hosts and runs: sheets are taken in code-unit order of their names (not Map order);
 * values are serialised with their type (the number 95 and the text "95" differ), numbers by their
 * shortest round-trip text; an empty cell is the same whether a host gives null or "" (or spaces only),
 * and trailing empty cells and rows are ignored, since hosts disagree on how far a used range reaches.
 * The digest is SHA-256 (FIPS 180-4, implemented here in pure JS) over the UTF-8 of that serialisation,
 * cut to its first 16 hex digits (64 bits).
 */
import { isBlank, type CellValue } from "../cells";

/** Hex digits kept from the SHA-256 digest. */
export const FINGERPRINT_LENGTH = 16;

/** The fingerprint of the named sheets' values. */
export function fingerprint(grids: ReadonlyMap<string, readonly (readonly CellValue[])[]>): string {
  const hash = new Sha256();
  const names = [...grids.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  hash.updateText(`fingerprint/1\n${names.length}\n`);
  for (const name of names) {
    const rows = grids.get(name) ?? [];
    let lastRow = rows.length - 1;
    while (lastRow >= 0 && usedLength(rows[lastRow]) === 0) lastRow--;
    hash.updateText(`S${name.length}:${name}\n${lastRow + 1}\n`);
    for (let r = 0; r <= lastRow; r++) {
      const row = rows[r];
      const used = usedLength(row);
      let line = `R${used}`;
      for (let c = 0; c < used; c++) line += cellToken(row[c]);
      hash.updateText(`${line}\n`);
    }
  }
  return hash.hex().slice(0, FINGERPRINT_LENGTH);
}

function usedLength(row: readonly CellValue[] | undefined): number {
  if (!row) return 0;
  let n = row.length;
  while (n > 0 && isBlank(row[n - 1])) n--;
  return n;
}

function cellToken(value: CellValue | undefined): string {
  if (isBlank(value)) return "|_";
  if (typeof value === "number") return `|n${Object.is(value, -0) ? "0" : String(value)}`;
  if (typeof value === "boolean") return value ? "|T" : "|F";
  const text = String(value);
  return `|s${text.length}:${text}`;
}

/** SHA-256 of a UTF-8 byte string fed incrementally. Exported for its test vectors. */
export class Sha256 {
  private readonly h = Uint32Array.from([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  private readonly block = new Uint8Array(64);
  private readonly w = new Uint32Array(64);
  private used = 0;
  /** Bytes hashed so far (a double is exact far beyond any register). */
  private length = 0;
  private done = false;

  /** Feeds the UTF-8 encoding of a string (lone surrogates become U+FFFD, as TextEncoder does). */
  updateText(text: string): this {
    if (this.done) throw new Error("Sha256: update after digest");
    const block = this.block;
    let used = this.used;
    const n = text.length;
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      let cp = text.charCodeAt(i);
      if (cp < 0x80) {
        block[used++] = cp;
        bytes++;
        if (used === 64) used = this.flush();
        continue;
      }
      if (cp >= 0xd800 && cp <= 0xdfff) {
        const next = cp <= 0xdbff && i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (next >= 0xdc00 && next <= 0xdfff) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
          i++;
        } else cp = 0xfffd;
      }
      let count: number;
      if (cp < 0x800) {
        SCRATCH[0] = 0xc0 | (cp >> 6);
        SCRATCH[1] = 0x80 | (cp & 63);
        count = 2;
      } else if (cp < 0x10000) {
        SCRATCH[0] = 0xe0 | (cp >> 12);
        SCRATCH[1] = 0x80 | ((cp >> 6) & 63);
        SCRATCH[2] = 0x80 | (cp & 63);
        count = 3;
      } else {
        SCRATCH[0] = 0xf0 | (cp >> 18);
        SCRATCH[1] = 0x80 | ((cp >> 12) & 63);
        SCRATCH[2] = 0x80 | ((cp >> 6) & 63);
        SCRATCH[3] = 0x80 | (cp & 63);
        count = 4;
      }
      bytes += count;
      for (let j = 0; j < count; j++) {
        block[used++] = SCRATCH[j];
        if (used === 64) used = this.flush();
      }
    }
    this.used = used;
    this.length += bytes;
    return this;
  }

  /** Feeds raw bytes. */
  update(bytes: Uint8Array): this {
    for (const b of bytes) this.byte(b);
    return this;
  }

  /** The digest as 64 lowercase hex digits; the hash takes no more input afterwards. */
  hex(): string {
    if (!this.done) {
      const bits = this.length * 8;
      this.byte(0x80);
      while (this.used !== 56) this.byte(0);
      const high = Math.floor(bits / 0x100000000);
      const low = bits >>> 0;
      for (const word of [high, low]) for (let s = 24; s >= 0; s -= 8) this.byte((word >>> s) & 0xff);
      this.done = true;
    }
    let out = "";
    for (const word of this.h) out += word.toString(16).padStart(8, "0");
    return out;
  }

  private byte(b: number): void {
    if (this.done) throw new Error("Sha256: update after digest");
    this.block[this.used++] = b;
    this.length++;
    if (this.used === 64) {
      this.compress();
      this.used = 0;
    }
  }

  /** Compresses the full block; returns the new fill (0). */
  private flush(): number {
    this.compress();
    return 0;
  }

  private compress(): void {
    const w = this.w;
    const blk = this.block;
    for (let i = 0; i < 16; i++) {
      w[i] = (blk[i * 4] << 24) | (blk[i * 4 + 1] << 16) | (blk[i * 4 + 2] << 8) | blk[i * 4 + 3];
    }
    for (let i = 16; i < 64; i++) {
      const a = w[i - 15];
      const b = w[i - 2];
      const s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
      const s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    const h = this.h;
    let a = h[0],
      b = h[1],
      c = h[2],
      d = h[3],
      e = h[4],
      f = h[5],
      g = h[6],
      k = h[7];
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (k + S1 + ch + K[i] + w[i]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b) ^ (a & c) ^ (b & c);
      const t2 = (S0 + maj) | 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += k;
  }
}

const SCRATCH = new Uint8Array(4);

const K = Uint32Array.from([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74,
  0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d,
  0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e,
  0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5,
  0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

/**
 * Reading a zip package part by part, under bounds, without inflating what is not asked for.
 *
 * The central directory is read once (APPNOTE.TXT 4.3.12–4.3.16, with the Zip64 records of 4.3.14–4.3.15):
 * every entry's name, method and sizes, before a byte of content is inflated. A package is refused at once when
 * it has too many entries, two entries of one name, an encrypted entry or a total declared larger than the
 * workbook bound; a part declared larger than the part bound is refused when a step reads it (a part no step
 * reads costs nothing). A part is inflated only when a step reads it, and
 * inflating stops as soon as the output passes the part's declared size or the bound, whatever the header said
 * (pako's raw inflate, which JSZip already brings, in Node and in a browser bundle alike).
 */
import pako from "pako";
import { FileRefusal } from "./errors";

/** The bounds of a package (docs/workbook.md gives the figures and the reasons). */
export interface ZipBounds {
  /** Entries in the package. */
  entries: number;
  /** Bytes of one part once inflated. */
  part: number;
  /** Bytes of all parts together once inflated. */
  total: number;
}

export const DEFAULT_BOUNDS: ZipBounds = { entries: 10_000, part: 200 * 1024 * 1024, total: 400 * 1024 * 1024 };

/** One entry of the central directory. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the local file header. */
  offset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const utf8 = new TextDecoder("utf-8");
const latin1 = new TextDecoder("latin1");

/** The entries of a zip package, read from its central directory; damaged, encrypted or over-large packages throw. */
export class ZipPackage {
  readonly entries = new Map<string, ZipEntry>();

  constructor(
    readonly bytes: Uint8Array,
    readonly bounds: ZipBounds = DEFAULT_BOUNDS,
  ) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const damaged = (detail: string) => new FileRefusal("damaged", { detail });
    let eocd = -1;
    for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
      if (view.getUint32(i, true) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw damaged("no end of central directory");
    let count = view.getUint16(eocd + 10, true);
    let at = view.getUint32(eocd + 16, true);
    const locator = eocd - 20;
    if ((count === 0xffff || at === 0xffffffff) && locator >= 0 && view.getUint32(locator, true) === ZIP64_LOCATOR) {
      const record = Number(view.getBigUint64(locator + 8, true));
      if (record + 56 > bytes.length) throw damaged("zip64 record outside the file");
      count = Number(view.getBigUint64(record + 32, true));
      at = Number(view.getBigUint64(record + 48, true));
    }
    if (count > bounds.entries) throw new FileRefusal("too-many-parts", { count });
    let total = 0;
    for (let n = 0; n < count; n++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw damaged("central directory cut short");
      const flags = view.getUint16(at + 8, true);
      const method = view.getUint16(at + 10, true);
      let compressedSize = view.getUint32(at + 20, true);
      let size = view.getUint32(at + 24, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      let offset = view.getUint32(at + 42, true);
      const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength);
      // Bit 11: the name is UTF-8; otherwise code page 437, which package part names (ASCII) never need.
      const name = (flags & 0x800 ? utf8 : latin1).decode(nameBytes);
      // The Zip64 extended information (APPNOTE 4.5.3): the 64-bit values of the fields set to 0xFFFFFFFF.
      for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength;) {
        const id = view.getUint16(e, true);
        const length = view.getUint16(e + 2, true);
        if (id === 1) {
          let f = e + 4;
          if (size === 0xffffffff) {
            size = Number(view.getBigUint64(f, true));
            f += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = Number(view.getBigUint64(f, true));
            f += 8;
          }
          if (offset === 0xffffffff) offset = Number(view.getBigUint64(f, true));
        }
        e += 4 + length;
      }
      at += 46 + nameLength + extraLength + commentLength;
      if (flags & 1) throw new FileRefusal("encrypted", {});
      if (this.entries.has(name)) throw damaged(`two entries named ${name}`);
      if (name.endsWith("/")) continue;
      this.entries.set(name, { name, method, compressedSize, size, offset });
      total += size;
    }
    if (total > bounds.total) throw new FileRefusal("too-large", { size: total });
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  /** The part's compressed bytes as stored (for copying it unchanged), or null when there is no such part. */
  raw(name: string): { entry: ZipEntry; data: Uint8Array } | null {
    const entry = this.entries.get(name);
    if (!entry) return null;
    const view = new DataView(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    if (entry.offset + 30 > this.bytes.length || view.getUint32(entry.offset, true) !== LOCAL) {
      throw new FileRefusal("damaged", { part: name, detail: "local header missing" });
    }
    const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
    if (start + entry.compressedSize > this.bytes.length) throw new FileRefusal("damaged", { part: name, detail: "part cut short" });
    return { entry, data: this.bytes.subarray(start, start + entry.compressedSize) };
  }

  /** The part inflated, or null when there is no such part; stops and throws past its declared size or the bound. */
  read(name: string): Uint8Array | null {
    const found = this.raw(name);
    if (!found) return null;
    const { entry, data } = found;
    if (entry.size > this.bounds.part) throw new FileRefusal("too-large", { part: name, size: entry.size });
    const limit = Math.min(entry.size, this.bounds.part);
    if (entry.method === 0) return data.subarray(0, limit);
    if (entry.method !== 8) throw new FileRefusal("damaged", { part: name, detail: `compression method ${entry.method}` });
    const out = new Uint8Array(limit);
    let length = 0;
    const inflater = new pako.Inflate({ raw: true, chunkSize: 65_536 });
    inflater.onData = (chunk: Uint8Array) => {
      if (length + chunk.length > limit) throw new FileRefusal(limit < this.bounds.part ? "damaged" : "too-large", { part: name, size: entry.size });
      out.set(chunk, length);
      length += chunk.length;
    };
    inflater.onEnd = () => undefined;
    const step = 1 << 20;
    for (let i = 0; i < data.length; i += step) {
      inflater.push(data.subarray(i, Math.min(data.length, i + step)), i + step >= data.length);
      if (inflater.err) throw new FileRefusal("damaged", { part: name, detail: String(inflater.msg) });
    }
    if (length !== entry.size) throw new FileRefusal("damaged", { part: name, detail: "part shorter than declared" });
    return out;
  }

  /** The part as text (UTF-8, invalid sequences replaced). */
  text(name: string): string | null {
    const bytes = this.read(name);
    return bytes === null ? null : utf8.decode(bytes);
  }
}

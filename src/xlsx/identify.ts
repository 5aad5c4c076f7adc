/**
 * What a file is, from its first bytes and its package's entries, before anything of it is read as a
 * workbook: an .xlsx package (returned, under its bounds), or a refusal saying what it is instead — an
 * OpenDocument spreadsheet, a Word document, a PowerPoint presentation or another zip (ODF 1.2 Part 3, 3.3:
 * the `mimetype` entry; ECMA-376 Part 2: the main parts word/document.xml, ppt/presentation.xml), an
 * encrypted workbook or an old .xls (both compound files, MS-CFB; an encrypted package holds an
 * "EncryptionInfo" stream, MS-OFFCRYPTO 2.3.4), or not a package at all.
 */
import { FileRefusal } from "./errors";
import { DEFAULT_BOUNDS, ZipPackage, type ZipBounds } from "./zip-read";

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** "EncryptionInfo" as a compound file's directory stores names (UTF-16LE). */
const ENCRYPTION_INFO = Array.from("EncryptionInfo").flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function holds(bytes: Uint8Array, needle: readonly number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The .xlsx package in `bytes`; throws {@link FileRefusal} for anything else. */
export function identify(bytes: Uint8Array, bounds: ZipBounds = DEFAULT_BOUNDS): ZipPackage {
  if (startsWith(bytes, CFB)) {
    // An encrypted .xlsx is a compound file too: only its directory names tell it from an old .xls.
    if (holds(bytes.subarray(0, Math.min(bytes.length, 1 << 20)), ENCRYPTION_INFO)) throw new FileRefusal("encrypted", {});
    throw new FileRefusal("not-workbook", { foreign: "xls" });
  }
  if (!startsWith(bytes, [0x50, 0x4b])) throw new FileRefusal("not-workbook", { foreign: "other" });
  const zip = new ZipPackage(bytes, bounds);
  if (zip.has("xl/workbook.xml")) return zip;
  const mimetype = zip.has("mimetype") ? new TextDecoder().decode(zip.read("mimetype")!).trim() : "";
  if (mimetype.startsWith("application/vnd.oasis.opendocument.spreadsheet")) throw new FileRefusal("not-workbook", { foreign: "ods" });
  if (zip.has("word/document.xml")) throw new FileRefusal("not-workbook", { foreign: "docx" });
  if (zip.has("ppt/presentation.xml")) throw new FileRefusal("not-workbook", { foreign: "pptx" });
  throw new FileRefusal("not-workbook", { foreign: "zip" });
}

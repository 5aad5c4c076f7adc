/**
 * A branch's file as the roll-up takes it, on the command line and in the web page alike: its bytes are
 * looked at (an encrypted .xlsx is an OLE compound file, not a zip), opened by the host's adapter (passed
 * in: the roll-up knows no host), and only the sheets the period needs are read. A file that cannot be
 * opened becomes a reason, never an exception, so that the rest still roll up.
 */
import type { WorkbookPort } from "../port";
import { rollupSheetsToRead } from "./branch";
import type { RollupSource } from "./rollup";

/**
 * The OLE compound file signature (MS-CFB 2.2, "Header Signature"): a password-protected .xlsx is saved
 * as an encrypted package inside such a file (MS-OFFCRYPTO 2.3.4.4), and so is a legacy .xls.
 */
const CFB_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The name of the stream an encrypted package keeps its encryption in (MS-OFFCRYPTO 2.3.4.4), UTF-16LE. */
const ENCRYPTION_INFO = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);

/** True when the bytes are an OLE compound file (an encrypted workbook, or an old .xls). */
export function isCompoundFile(bytes: Uint8Array): boolean {
  return bytes.length >= CFB_SIGNATURE.length && CFB_SIGNATURE.every((b, i) => bytes[i] === b);
}

/** True when the compound file holds an encrypted package (its directory names the EncryptionInfo stream). */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  if (!isCompoundFile(bytes)) return false;
  const first = ENCRYPTION_INFO[0];
  for (let i = bytes.indexOf(first); i >= 0 && i + ENCRYPTION_INFO.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    if (ENCRYPTION_INFO.every((b, k) => bytes[i + k] === b)) return true;
  }
  return false;
}

/** Reads one branch's file for the roll-up of `period`, or says why it cannot. */
export async function rollupSource(
  file: string,
  bytes: Uint8Array,
  period: string,
  open: (bytes: Uint8Array) => Promise<Pick<WorkbookPort, "readSheets">>,
): Promise<RollupSource> {
  if (isEncryptedPackage(bytes)) return { file, failure: "encrypted" };
  if (isCompoundFile(bytes)) return { file, failure: "damaged", detail: "an OLE compound file (.xls), not .xlsx" };
  let workbook: Pick<WorkbookPort, "readSheets">;
  try {
    workbook = await open(bytes);
  } catch (e) {
    return { file, failure: "damaged", detail: e instanceof Error ? e.message : String(e) };
  }
  return { file, sheets: await workbook.readSheets(rollupSheetsToRead(period)) };
}

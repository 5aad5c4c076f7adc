/**
 * Ownership: the add-in marks the sheets it creates and never writes into one it did not create.
 *
 * The marks live in the very hidden registry sheet `_积分评星`; its layout and the rules (a sheet is ours when
 * a registry row's reference formula names it, so ownership survives renames and ends with deletion) are in
 * src/register/ownership.ts, shared with the .xlsx adapter. This module re-exports them for the Excel
 * adapter under its historical names.
 */
import { REGISTRY_COLUMNS, REGISTRY_HEADER_V2, REGISTRY_SHEET } from "../register/ownership";

export { isOurs, isRegistryName, parseRegistry, reconcile, registryGrid, type OwnershipRow, type RegistryContent, type SheetIdentity } from "../register/ownership";

/** Name of the very hidden registry sheet. */
export const OWNERSHIP_SHEET: string = REGISTRY_SHEET;
/** Its header row (row 1). */
export const OWNERSHIP_HEADER: readonly string[] = REGISTRY_HEADER_V2;
/** Zero-based columns of a registry row. */
export const OWNERSHIP_COLUMNS = REGISTRY_COLUMNS;

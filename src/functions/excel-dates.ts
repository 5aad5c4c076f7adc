/**
 * Excel date serials ↔ ISO dates for the custom functions: the register's one conversion
 * (register/read/excel-serial.ts), in the 1900 date system. A custom function receives a serial without
 * the workbook's date system, so a workbook in the 1904 system passes serials 1,462 days smaller, which a
 * function cannot detect (docs/rules.md, "One reading of a cell").
 */
import { isoToSerial, serialToIso } from "../register/read/excel-serial";

export { MAX_EXCEL_SERIAL, PHANTOM_LEAP_DAY_SERIAL } from "../register/read/excel-serial";

/** The ISO date of a serial's day (1900 system), or undefined where Excel has no real date. */
export function serialToIsoDate(serial: number): string | undefined {
  return serialToIso(serial);
}

/** The serial (1900 system) of an ISO date from 1900-01-01 to 9999-12-31; undefined outside that span or for a non-date. */
export function isoDateToSerial(date: string): number | undefined {
  return isoToSerial(date);
}

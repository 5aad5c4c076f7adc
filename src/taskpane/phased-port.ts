import type { WorkbookPort } from "../register/port";

/** What a one-call workflow is doing, as far as the port can tell. */
export type Phase = "read" | "compute" | "write";

/**
 * Wraps the register port so that a one-call workflow (generateMonth, approveMonth) reports its phase:
 * reading, then checking and computing once the read returns, then writing. After the read it yields
 * once to the browser so that the progress label is painted before the computation runs. `onRead` hears
 * which of the asked-for sheets exist (so that problems about a missing sheet offer no link).
 */
export function withPhases(port: WorkbookPort, onPhase: (phase: Phase) => void, onRead?: (sheets: string[]) => void): WorkbookPort {
  return {
    listSheets: () => port.listSheets(),
    readSheets: async (names) => {
      onPhase("read");
      const sheets = await port.readSheets(names);
      onRead?.([...sheets.keys()]);
      onPhase("compute");
      await new Promise((resolve) => setTimeout(resolve, 0));
      return sheets;
    },
    write: (change) => {
      onPhase("write");
      return port.write(change);
    },
    select: (sheet, address) => port.select(sheet, address),
  };
}

import { createContext } from "react";
import type { Feature } from "../../excel/features";
import type { SelfCheckReport } from "../../excel/self-check";

/**
 * What the composition root gives the self-check (SelfCheck.tsx, loaded on demand): how to run it
 * (src/excel/self-check.ts in Excel), the features the host lacks, and the time for the report. Absent
 * (the browser preview), nothing is shown.
 */
export interface SelfCheckHost {
  run: () => Promise<SelfCheckReport>;
  missing: readonly Feature[];
  now: () => string;
}

export const SelfCheckContext = createContext<SelfCheckHost | null>(null);

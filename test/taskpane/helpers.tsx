import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import type { ReactElement } from "react";
import { messages, type Lang } from "../../src/i18n/catalogue";
import { MemoryWorkbook } from "../../src/preview/memory-workbook";
import type { WorkbookPort } from "../../src/register/port";
import { sampleRegister } from "../../src/sample/sample-branch";
import { inputSheetPlans } from "../../src/register/template";
import { PaneProvider } from "../../src/taskpane/pane-context";

export const zh = messages("zh-CN");
export const en = messages("en-US");
export const TODAY = "2026-11-23";
export const now = () => "2026-11-23T10:00:00+08:00";

/** The sample branch in memory, its last month `lastMonth`. */
export async function sampleWorkbook(lastMonth = "2026-11"): Promise<MemoryWorkbook> {
  const wb = new MemoryWorkbook();
  await wb.write({ inputSheets: inputSheetPlans(sampleRegister({ lastMonth })) });
  return wb;
}

/** Renders a step inside the theme provider, as the App does. */
export function renderInTheme(ui: ReactElement) {
  return render(<FluentProvider theme={webLightTheme}>{ui}</FluentProvider>);
}

export interface PaneOptions {
  lang?: Lang;
  today?: string;
  /** Default: today's month (steps are tested on a month given; the month being closed is the App's choice, app.test.tsx). */
  month?: string;
  year?: string;
  now?: () => string;
}

/** Renders a step inside the pane's context (port, language, clock, the chosen month and year), as the App does. */
export function renderInPane(ui: ReactElement, port: WorkbookPort, options: PaneOptions = {}) {
  return renderInTheme(
    <PaneProvider
      port={port}
      lang={options.lang ?? "zh-CN"}
      today={options.today ?? TODAY}
      now={options.now ?? now}
      month={options.month ?? (options.today ?? TODAY).slice(0, 7)}
      year={options.year}
    >
      {ui}
    </PaneProvider>,
  );
}

export function sheetValues(wb: MemoryWorkbook, name: string) {
  const s = wb.snapshot().find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s.values;
}

/** A port whose reads wait until `release` is called: a step that is still running. */
export function slowPort(port: WorkbookPort): { port: WorkbookPort; release: () => void; reads: () => number; writes: () => number } {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let reads = 0;
  let writes = 0;
  return {
    port: {
      listSheets: async () => {
        reads++;
        await gate;
        return port.listSheets();
      },
      readSheets: async (names) => {
        reads++;
        await gate;
        return port.readSheets(names);
      },
      write: (change) => {
        writes++;
        return port.write(change);
      },
      select: (sheet, address) => port.select(sheet, address),
    },
    release: () => release(),
    reads: () => reads,
    writes: () => writes,
  };
}

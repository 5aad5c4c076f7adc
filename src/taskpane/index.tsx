import { teamsHighContrastTheme, webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { ExcelWorkbook } from "../excel/excel-workbook";
import { missingFeatures, officeApiSupport } from "../excel/features";
import { langFromLocale } from "../i18n/catalogue";
import { App } from "./App";
import { SelfCheckContext, type SelfCheckHost } from "./components/self-check-host";
import { isoDate, isoDateTime } from "./clock";

/*
 * The task pane's composition root in Excel: the register port over Office.js, the language and theme
 * from Office, today's date from the clock. Everything else is the same code as in the preview.
 */

/** Fluent theme matching Office's: dark when the pane background is dark, high contrast when Windows asks. */
function officeTheme(): Theme {
  if (window.matchMedia?.("(forced-colors: active)").matches) return teamsHighContrastTheme;
  const bg = Office.context.officeTheme?.bodyBackgroundColor;
  if (bg && /^#?[0-9a-f]{6}$/i.test(bg)) {
    const n = parseInt(bg.replace("#", ""), 16);
    const luminance = 0.2126 * (n >> 16) + 0.7152 * ((n >> 8) & 255) + 0.0722 * (n & 255);
    if (luminance < 128) return webDarkTheme;
  }
  return webLightTheme;
}

Office.onReady((info) => {
  // Outside Excel the page shows its own message instead (taskpane.html).
  if (info.host !== Office.HostType.Excel) return;
  const port = new ExcelWorkbook((batch) => Excel.run(batch));
  const supports = officeApiSupport();
  const selfCheck: SelfCheckHost = {
    // Loaded when asked for: most runs never need it.
    run: async () => {
      const { officeHostInfo, runSelfCheck } = await import(/* webpackChunkName: "self-check" */ "../excel/self-check");
      return runSelfCheck((batch) => Excel.run(batch), { supports, host: officeHostInfo(), now: () => new Date() });
    },
    missing: missingFeatures(supports),
    now: () => isoDateTime(new Date()),
  };
  createRoot(document.getElementById("container")!).render(
    <SelfCheckContext.Provider value={selfCheck}>
      <App
        port={port}
        initialLang={langFromLocale(Office.context.displayLanguage)}
        theme={officeTheme()}
        today={isoDate(new Date())}
        now={() => isoDateTime(new Date())}
      />
    </SelfCheckContext.Provider>,
  );
});

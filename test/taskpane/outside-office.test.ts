/**
 * @jest-environment node
 *
 * taskpane.html outside Office: with office.js unreachable, or opened in a plain browser, the page says
 * what happened and what to do (zh-CN and English) instead of staying blank. The page's own script runs
 * in jsdom; office.js itself is never fetched.
 */
import { readFileSync } from "fs";
import path from "path";
import { JSDOM } from "jsdom";

const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const template = readFileSync(path.resolve(__dirname, "../../src/taskpane/taskpane.html"), "utf8")
  .replace("<%= officeJs %>", OFFICE_JS)
  .replace("<%= htmlWebpackPlugin.files.js.join(' ') %>", "")
  .replace("<%= functionIds.join(' ') %>", "");

async function open(office?: (window: Window) => unknown) {
  const dom = new JSDOM(template, {
    runScripts: "dangerously",
    beforeParse: (window) => {
      if (office) (window as unknown as { Office: unknown }).Office = office(window as unknown as Window);
    },
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  const box = dom.window.document.getElementById("outside")!;
  const shown = [...box.querySelectorAll<HTMLElement>("[data-reason]")].filter((el) => !el.hidden);
  return { box, text: shown.map((el) => el.textContent ?? "").join(" ") };
}

const office = (host: string | null) => () => ({
  HostType: { Excel: "Excel" },
  onReady: (cb: (info: { host: string | null }) => void) => Promise.resolve().then(() => cb({ host })),
});

describe("taskpane.html outside Office", () => {
  it("says in Chinese and English that office.js could not be loaded, naming the address and what to do", async () => {
    const { box, text } = await open();
    expect(box.hidden).toBe(false);
    expect(text).toContain("无法加载 Office.js");
    expect(text).toContain(OFFICE_JS);
    expect(text).toContain("世纪互联");
    expect(text).toContain("Office.js could not be loaded");
  });

  it("says the page works only inside Excel when opened in a plain browser", async () => {
    const { box, text } = await open(office(null));
    expect(box.hidden).toBe(false);
    expect(text).toContain("请在 Excel 中打开积分评星");
    expect(text).toContain("works only inside Excel");
  });

  it("stays out of the way inside Excel", async () => {
    const { box } = await open(office("Excel"));
    expect(box.hidden).toBe(true);
  });
});

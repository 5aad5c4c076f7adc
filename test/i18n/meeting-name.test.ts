/**
 * The English pane calls the 党员大会 one name everywhere: "members' meeting".
 */
import { readFileSync } from "fs";
import path from "path";

const ENGLISH_WORDS = ["src/i18n/en-US.ts", "src/i18n/period-state.ts", "src/i18n/problems-en.ts", "src/taskpane/step-status.ts", "src/cli/messages.ts"];

describe("the members' meeting in English", () => {
  it.each(ENGLISH_WORDS)("%s names it only as the members' meeting", (file) => {
    const text = readFileSync(path.join(__dirname, "..", "..", file), "utf8");
    expect(text).not.toMatch(/party meeting|party members' meeting|general meeting/i);
  });

  it("is named so in the pane's approval step", () => {
    const text = readFileSync(path.join(__dirname, "..", "..", "src/i18n/en-US.ts"), "utf8");
    expect(text).toContain("Date of the members' meeting");
  });
});

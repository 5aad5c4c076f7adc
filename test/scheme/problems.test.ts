import { hasErrors, problem, PROBLEM_CODES } from "../../src/scheme/problems";

describe("problems", () => {
  it("take their severity from the catalogue", () => {
    expect(problem("record.missing", { member: "1" }).severity).toBe("warning");
    expect(problem("ballot.invalid-mark", { member: "1" }).severity).toBe("error");
  });

  it("drop undefined place fields and default args to {}", () => {
    expect(problem("record.missing", { member: "1", ref: undefined })).toEqual({
      severity: "warning",
      code: "record.missing",
      place: { member: "1" },
      args: {},
    });
  });

  it("tell whether any is an error", () => {
    expect(hasErrors([problem("record.missing", {})])).toBe(false);
    expect(hasErrors([problem("record.missing", {}), problem("criteria.empty", {})])).toBe(true);
    expect(hasErrors([])).toBe(false);
  });

  it("have stable kebab-ish codes", () => {
    for (const code of Object.keys(PROBLEM_CODES)) expect(code).toMatch(/^[a-z]+\.[a-z]+(-[a-z]+)*$/);
  });
});

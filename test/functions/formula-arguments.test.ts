/**
 * Where an argument comes from, read from the calling cell's formula (hosts without parameter addresses).
 */
import { argumentSource, callArguments } from "../../src/functions/formula-arguments";

describe("the arguments of the one =PX call in a formula", () => {
  it.each([
    ["=PX.STAR(0)", ["0"]],
    ["=PX.STAR(E5, , 1)", ["E5", "", "1"]],
    ["=px.record(D5:H5,I5)", ["D5:H5", "I5"]],
    ['=IF(A1="",  "", PX.STAR(A1))', ["A1"]],
    ["=PX.STAR('Bob''s, sheet'!A1, {95,90,85,80,75})", ["'Bob''s, sheet'!A1", "{95,90,85,80,75}"]],
    ["=PX.STAR(ROUND(A1, 1), 2)", ["ROUND(A1, 1)", "2"]],
    ["=PX.星级(0)", ["0"]],
    ['=PX.STAR(A1) & "PX.STAR("', ["A1"]],
    ["=PX.NOW()", []],
  ])("%s → %j", (formula, args) => {
    expect(callArguments(formula, "PX")).toEqual(args);
  });

  it.each(["=A1+1", "=PX.STAR(A1)+PX.STAR(B1)", "=XPX.STAR(0)", "=PX.STAR(0", "0"])("%s has no single call", (formula) => {
    expect(callArguments(formula, "PX")).toBeUndefined();
  });
});

describe("the source of an argument", () => {
  it.each([
    ["0", { kind: "number" }],
    ["-0.0", { kind: "number" }],
    ["0%", { kind: "number" }],
    ["1E-3", { kind: "number" }],
    ["B5", { kind: "cells", address: "'Sheet 1'!B5" }],
    ["$D$5:$H$5", { kind: "cells", address: "'Sheet 1'!$D$5:$H$5" }],
    ["记实考核!F20", { kind: "cells", address: "记实考核!F20" }],
    ["'Bob''s'!A1:B2", { kind: "cells", address: "'Bob''s'!A1:B2" }],
  ])("%s → %j", (text, source) => {
    expect(argumentSource(text, "'Sheet 1'!C9")).toEqual(source);
  });

  it.each(["A1*1", "ROUND(A1,0)", "B1-B1", "[Book2]Sheet1!A1", "A:A", "名称", '"0"', ""])("%s is undecided", (text) => {
    expect(argumentSource(text, "'Sheet 1'!C9")).toBeUndefined();
  });
});

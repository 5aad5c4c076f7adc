import { formatValue } from "../../src/preview/format-value";

describe("formatValue: a cell as Excel shows it under its number format", () => {
  it.each([
    // Dates: a typed 2026-11 is the serial of 2026-11-01.
    [46327, "yyyy-mm", false, "2026-11"],
    [46327, "yyyy-mm-dd", false, "2026-11-01"],
    [46327, "yyyy/m/d", false, "2026/11/1"],
    [46327, '[$-804]yyyy"年"m"月"d"日"', false, "2026年11月1日"],
    [46327, "yyyy年m月", false, "2026年11月"],
    [46327 - 1462, "yyyy-mm-dd", true, "2026-11-01"],
    [46327.5, "yyyy-mm-dd hh:mm", false, "2026-11-01 12:00"],
    [0.5625, "h:mm", false, "13:30"],
    [0.5625, "h:mm AM/PM", false, "1:30 PM"],
    [1.25, "[h]:mm", false, "30:00"],
    [46327, "mmm d, yyyy", false, "Nov 1, 2026"],
    // Percentages, decimals, grouping, literal text.
    [0.3, "0%", false, "30%"],
    [0.125, "0.0%", false, "12.5%"],
    [87.456, "0.00", false, "87.46"],
    [87.4, "0.0", false, "87.4"],
    [87, "0", false, "87"],
    [1234567.891, "#,##0.00", false, "1,234,567.89"],
    [1234567, "#,##0", false, "1,234,567"],
    [3.5, '0.0"分"', false, "3.5分"],
    [3.5, "0.##", false, "3.5"],
    [3, "0.##", false, "3."],
    [-2, "0;(0)", false, "(2)"],
    [-2, "0.0", false, "-2.0"],
    [0, '0;-0;"—"', false, "—"],
    // General: no float noise, large numbers in scientific notation.
    [0.1 + 0.2, undefined, false, "0.3"],
    [46327, "General", false, "46327"],
    [46327, "G/通用格式", false, "46327"],
    [1e12, undefined, false, "1E+12"],
    ["王建国", "0.00", false, "王建国"],
    ["D01", '0;0;0;"编号："@', false, "编号：D01"],
    [true, undefined, false, "TRUE"],
    [null, "0.00", false, ""],
  ])("%p under %p (1904: %p) shows %p", (value, code, date1904, expected) => {
    expect(formatValue(value, code, date1904)).toBe(expected);
  });
});

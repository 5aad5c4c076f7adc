/** @jest-environment jsdom */
import { act, renderHook } from "@testing-library/react";
import { ProtectedError, SheetNotOursError } from "../../src/register/port";
import { errorText, useStep } from "../../src/taskpane/use-step";
import { en, zh } from "./helpers";

describe("useStep", () => {
  it("runs the action once however often it is asked while it runs", async () => {
    let finish: (v: number) => void = () => undefined;
    const action = jest.fn(() => new Promise<number>((resolve) => (finish = resolve)));
    const { result } = renderHook(() => useStep(action));
    let first: Promise<void> = Promise.resolve();
    act(() => {
      first = result.current[1]();
      void result.current[1]();
    });
    expect(result.current[0]).toEqual({ status: "running" });
    await act(async () => {
      finish(7);
      await first;
    });
    expect(action).toHaveBeenCalledTimes(1);
    expect(result.current[0]).toEqual({ status: "done", result: 7 });
  });

  it("turns a failure into a state, and the step can run again", async () => {
    const action = jest.fn().mockRejectedValueOnce(new Error("boom")).mockResolvedValueOnce(1);
    const { result } = renderHook(() => useStep(action));
    await act(() => result.current[1]());
    expect(result.current[0]).toMatchObject({ status: "failed" });
    await act(() => result.current[1]());
    expect(result.current[0]).toEqual({ status: "done", result: 1 });
  });
});

describe("errorText", () => {
  it("says in Chinese what to unprotect when the workbook or a sheet is protected", () => {
    expect(errorText(new ProtectedError(true, []), zh)).toBe(
      "工作簿结构受保护，无法添加或替换工作表，什么都没有写入。请点击“审阅 → 保护工作簿”取消保护（如设了密码需输入密码）后再试",
    );
    expect(errorText(new ProtectedError(false, ["2026-11 评星", "记实考核"]), zh)).toContain("工作表“2026-11 评星”、“记实考核”受保护");
    expect(errorText(new ProtectedError(false, ["记实考核"]), zh)).toContain("审阅 → 撤消工作表保护");
    expect(errorText(new ProtectedError(true, ["记实考核"]), en)).toContain("Review → Protect Workbook");
  });

  it("says in the user's language that a person's sheet was left alone", () => {
    expect(errorText(new SheetNotOursError("2026-11 评星"), zh)).toContain("工作表“2026-11 评星”不是本插件生成的");
    expect(errorText(new SheetNotOursError("2026-11 评星"), en)).toContain('the sheet "2026-11 评星" was not made by the add-in');
    expect(errorText("x", zh)).toBe("x");
    expect(errorText(undefined, zh)).toBe("出现了意外的错误");
  });
});

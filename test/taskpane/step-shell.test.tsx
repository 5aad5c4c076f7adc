/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { StepShell } from "../../src/taskpane/components/StepShell";
import { renderInTheme, zh } from "./helpers";

describe("StepShell", () => {
  const idle = { status: "idle" } as const;

  it("shows why the step cannot act yet instead of its inputs and its action", () => {
    const onClick = jest.fn();
    renderInTheme(
      <StepShell t={zh} hint="打印一名人员的档案" state={idle} blocker={<p>人员名册中没有人员</p>} action={{ label: "生成", onClick }} outcome={() => null}>
        <input aria-label="人员" />
      </StepShell>,
    );
    expect(screen.getByText("打印一名人员的档案")).toBeTruthy();
    expect(screen.getByText("人员名册中没有人员")).toBeTruthy();
    expect(screen.queryByRole("button", { name: "生成" })).toBeNull();
    expect(screen.queryByRole("textbox", { name: "人员" })).toBeNull();
  });

  it("keeps a disabled action focusable and does not run it", () => {
    const onClick = jest.fn();
    renderInTheme(<StepShell t={zh} hint="h" state={idle} action={{ label: "生成", onClick, disabled: true }} outcome={() => null} />);
    const button = screen.getByRole("button", { name: "生成" });
    expect(button.getAttribute("aria-disabled")).toBe("true");
    fireEvent.click(button);
    expect(onClick).not.toHaveBeenCalled();
  });
});

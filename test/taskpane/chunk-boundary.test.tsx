/** @jest-environment jsdom */
import { fireEvent, screen } from "@testing-library/react";
import { useState } from "react";
import { ChunkBoundary } from "../../src/taskpane/components/ChunkBoundary";
import { renderInTheme, zh } from "./helpers";

function chunkLoadError(): Error {
  const error = new Error("Loading chunk 788 failed.\n(error: http://localhost/year.js)");
  error.name = "ChunkLoadError";
  return error;
}

/** A part that fails to load until it is retried. */
function Flaky() {
  const [attempt, setAttempt] = useState(0);
  const Part = () => {
    if (attempt === 0) throw chunkLoadError();
    return <p>年度步骤</p>;
  };
  return (
    <ChunkBoundary t={zh} onRetry={() => setAttempt((n) => n + 1)}>
      <Part />
    </ChunkBoundary>
  );
}

describe("ChunkBoundary", () => {
  // React reports the error it caught; expected here.
  beforeAll(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterAll(() => jest.restoreAllMocks());

  it("says a part failed to load, in the user's words, instead of taking the pane down; retry loads it again", () => {
    renderInTheme(
      <>
        <p>每月的步骤</p>
        <Flaky />
      </>,
    );
    expect(screen.getByText("这部分没有加载成功：无法从加载项的服务器读取这部分程序，网络可能中断了。其他步骤不受影响，请检查网络后重试。")).toBeTruthy();
    expect(screen.getByText("每月的步骤")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "重试" }));
    expect(screen.getByText("年度步骤")).toBeTruthy();
  });
});

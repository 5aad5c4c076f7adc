/**
 * The custom functions cache is refreshed when the metadata changes: Office.ForceRefreshCustomFunctionsCache
 * switched on (and saved) in a document that last saw other metadata, switched off once it has seen this one
 * (custom-functions-troubleshooting, "Clear the custom functions cache when your add-in runs").
 */
import { FORCE_REFRESH_SETTING, METADATA_SETTING, refreshFunctionsCache, type DocumentSettings } from "../../src/functions/functions-cache";

/** Office.Settings in memory: set changes the copy in memory, saveAsync persists it (or fails). */
class FakeSettings implements DocumentSettings {
  saved: Record<string, unknown>;
  private live: Record<string, unknown>;
  saves = 0;
  constructor(
    initial: Record<string, unknown> = {},
    private readonly failSave = false,
  ) {
    this.saved = { ...initial };
    this.live = { ...initial };
  }
  get(name: string): unknown {
    return this.live[name] ?? null;
  }
  set(name: string, value: unknown): void {
    this.live[name] = value;
  }
  saveAsync(callback: (result: { status: unknown; error?: unknown }) => void): void {
    this.saves++;
    if (!this.failSave) this.saved = { ...this.live };
    callback(this.failSave ? { status: "failed", error: new Error("save refused") } : { status: "succeeded" });
  }
}

describe("refreshing the custom functions cache", () => {
  it("switches the refresh on in a document that never saw the metadata", async () => {
    const settings = new FakeSettings();
    expect(await refreshFunctionsCache(settings, "v2")).toBe(true);
    expect(settings.saved).toEqual({ [METADATA_SETTING]: "v2", [FORCE_REFRESH_SETTING]: true });
  });

  it("switches it on when the document last saw other metadata", async () => {
    const settings = new FakeSettings({ [METADATA_SETTING]: "v1", [FORCE_REFRESH_SETTING]: false });
    expect(await refreshFunctionsCache(settings, "v2")).toBe(true);
    expect(settings.saved[FORCE_REFRESH_SETTING]).toBe(true);
  });

  it("switches it off at the next opening with the same metadata", async () => {
    const settings = new FakeSettings({ [METADATA_SETTING]: "v2", [FORCE_REFRESH_SETTING]: true });
    expect(await refreshFunctionsCache(settings, "v2")).toBe(false);
    expect(settings.saved).toEqual({ [METADATA_SETTING]: "v2", [FORCE_REFRESH_SETTING]: false });
  });

  it("saves nothing when the document already has this metadata and no refresh", async () => {
    const settings = new FakeSettings({ [METADATA_SETTING]: "v2", [FORCE_REFRESH_SETTING]: false });
    expect(await refreshFunctionsCache(settings, "v2")).toBe(false);
    expect(settings.saves).toBe(0);
  });

  it("rejects with the host's error when the settings cannot be saved", async () => {
    await expect(refreshFunctionsCache(new FakeSettings({}, true), "v2")).rejects.toThrow("save refused");
  });
});

/** Loads the ballot-import chunk (./import-chunk) on first use; webpack splits it out of taskpane.js. */
export function loadImport(): Promise<typeof import("./import-chunk")> {
  return import(/* webpackChunkName: "import" */ "./import-chunk");
}

/** A chosen file's bytes (File.arrayBuffer where the browser has it, FileReader otherwise). */
export function fileBytes(file: Blob): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((buffer) => new Uint8Array(buffer));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error("FileReader failed"));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Reading an export file (.xlsx or CSV) with the .xlsx adapter's reader, loaded on first use: ExcelJS is far
 * too big for the task pane (Office.js already loads slowly), so webpack puts `read-export` and ExcelJS in
 * chunks of their own, fetched from the add-in's own origin only when a file is first chosen.
 */
export function loadReadExport(): Promise<typeof import("../xlsx/read-export")> {
  return import(/* webpackChunkName: "read-export" */ "../xlsx/read-export");
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

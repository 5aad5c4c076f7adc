/**
 * How the add-in remembers which sheets it made: a very hidden registry sheet with one row per owned
 * sheet. Every adapter (Excel, .xlsx) reads and writes the same layout, so a file made on the command
 * line and opened in Excel keeps its ownership.
 */
export const REGISTRY_SHEET = "_积分评星";

/** Header row of the registry sheet; columns: sheet name, Excel worksheet id (empty from .xlsx), created time. */
export const REGISTRY_HEADER = ["工作表", "Excel编号", "生成时间"] as const;

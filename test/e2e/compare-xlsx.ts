// `npx tsx test/e2e/compare-xlsx.ts a.xlsx b.xlsx SHEET...`: compares the named sheets of two workbooks —
// values, number formats, fonts, fills, borders, alignment, column widths, merges, print setup — and prints
// every difference; exits 1 if there is one. The web app's browser test uses it to hold the page's saved
// copy to what the command line writes for the same register.
import ExcelJS from "exceljs";

async function load(file: string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
}

function describeSheet(ws: ExcelJS.Worksheet): Map<string, string> {
  const out = new Map<string, string>();
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const style = { numFmt: cell.numFmt, font: cell.font, fill: cell.fill, border: cell.border, alignment: cell.alignment };
      out.set(`${ws.name}!R${r}C${c}`, JSON.stringify({ value: cell.value instanceof Date ? cell.value.toISOString() : cell.value, style }));
    });
  });
  ws.columns?.forEach((col, i) => out.set(`${ws.name}!col${i + 1}`, JSON.stringify({ width: col.width, hidden: col.hidden })));
  out.set(`${ws.name}!merges`, JSON.stringify([...((ws.model as { merges?: string[] }).merges ?? [])].sort()));
  out.set(`${ws.name}!pageSetup`, JSON.stringify(ws.pageSetup));
  out.set(`${ws.name}!views`, JSON.stringify((ws.views ?? []).map((v) => ({ state: v.state, ...("ySplit" in v ? { ySplit: v.ySplit } : {}) }))));
  return out;
}

async function main(): Promise<number> {
  const [a, b, ...sheets] = process.argv.slice(2);
  const [left, right] = await Promise.all([load(a), load(b)]);
  const problems: string[] = [];
  for (const name of sheets) {
    const l = left.getWorksheet(name);
    const r = right.getWorksheet(name);
    if (!l || !r) {
      problems.push(`${name}: missing in ${!l ? a : b}`);
      continue;
    }
    const dl = describeSheet(l);
    const dr = describeSheet(r);
    for (const key of new Set([...dl.keys(), ...dr.keys()])) {
      if (dl.get(key) !== dr.get(key)) problems.push(`${key}: ${dl.get(key)} ≠ ${dr.get(key)}`);
    }
  }
  for (const p of problems.slice(0, 40)) console.log(p);
  if (problems.length > 40) console.log(`… and ${problems.length - 40} more`);
  console.log(problems.length === 0 ? `same: ${sheets.join(", ")}` : `${problems.length} differences`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (e) => (console.error(e), process.exit(2)),
);

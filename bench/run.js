// `npm run bench`: runs every benchmark (bench/*.bench.ts, through tsx) one after another and prints
// their measured figures. Pass names to run some: `npm run bench -- scheme excel`.
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const only = process.argv.slice(2);
const files = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => only.length === 0 || only.some((name) => f.startsWith(name)))
  .sort();
const tsx = require.resolve("tsx/cli");
let failed = 0;
for (const file of files) {
  console.log(`\n### ${file}\n`);
  const result = spawnSync(process.execPath, ["--expose-gc", tsx, path.join(__dirname, file)], { stdio: "inherit" });
  if (result.status !== 0) {
    failed++;
    console.error(`${file} failed with exit code ${result.status}`);
  }
}
process.exit(failed ? 1 : 0);

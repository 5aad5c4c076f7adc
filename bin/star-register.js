#!/usr/bin/env node
// star-register: runs the built command line (dist/cli/star-register.js, made by `npm run build`), or,
// in a checkout that has not been built, the TypeScript source through tsx. The exit code is set, never
// forced with process.exit(), so that piped output drains in full (see runProcess in src/cli/main.ts).
const fs = require("fs");
const path = require("path");

const built = path.join(__dirname, "..", "dist", "cli", "star-register.js");
let cli;
if (fs.existsSync(built)) {
  cli = require(built);
} else {
  require("tsx/cjs");
  cli = require("../src/cli/main.ts");
}
cli.runProcess(process.argv.slice(2)).catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack || e.message : String(e)}\n`);
  process.exitCode = 2;
});

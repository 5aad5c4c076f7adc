#!/usr/bin/env node
// star-register: runs the built command line (dist/cli/star-register.js, made by `npm run build`), or,
// in a checkout that has not been built, the TypeScript source through tsx.
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
cli.main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e) => {
    process.stderr.write(`${e instanceof Error ? e.stack || e.message : String(e)}\n`);
    process.exit(3);
  }
);

// `npm run test:e2e`: the browser tests against the built preview (builds it first when dist/ is missing).
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "..");
if (!fs.existsSync(path.join(root, "dist", "preview.html"))) {
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const files = fs.readdirSync(__dirname).filter((f) => f.endsWith(".e2e.js")).map((f) => path.join(__dirname, f));
const run = () => spawnSync(process.execPath, ["--test", "--test-concurrency=1", ...files], { cwd: root, stdio: "inherit" }).status ?? 1;
let exitCode = run();
if (exitCode !== 0) {
  // Known flake: on a loaded 2-core machine the month walk-through has once timed out waiting for the
  // check's result after a cell edit. One retry of the whole suite; a real failure fails twice.
  console.log("\n# e2e failed; retrying the whole suite once (a real failure fails twice)\n");
  exitCode = run();
}
process.exit(exitCode);

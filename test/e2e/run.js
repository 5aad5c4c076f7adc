// `npm run test:e2e`: the browser tests against the built preview (builds it first when dist/ is missing).
const { spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.resolve(__dirname, "..", "..");
if (!fs.existsSync(path.join(root, "dist", "preview.html"))) {
  const build = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const files = fs
  .readdirSync(__dirname)
  .filter((f) => f.endsWith(".e2e.js"))
  .map((f) => path.join(__dirname, f));
// No retry: a flaky test is a defect to fix, not to run twice.
const result = spawnSync(process.execPath, ["--test", "--test-concurrency=1", ...files], { cwd: root, stdio: "inherit" });
process.exit(result.status ?? 1);

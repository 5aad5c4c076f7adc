// `npm start`: where desktop Excel can be sideloaded (Windows, macOS) run it with office-addin-debugging;
// elsewhere start the web app (积分评星网页版: the task pane over one's own .xlsx, with a button to try the
// sample branch) and say how to sideload into Excel on the web.
const { spawn } = require("child_process");

const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const desktop = process.platform === "win32" || process.platform === "darwin";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(args) {
  const child = spawn(npx, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

if (desktop && !process.argv.includes("--web") && !process.argv.includes("--preview")) {
  run(["office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  console.log(
    [
      "",
      "积分评星 · 网页版 (web app)",
      `  打开 / open:  http://localhost:${port}/`,
      "",
      "这台电脑上没有可旁加载的桌面版 Excel，所以启动了网页版：打开您的登记簿（.xlsx），",
      "或点“试用示例支部”。任务窗格与 Excel 中是同一份代码，文件不会上传。",
      "No desktop Excel to sideload here, so the web app runs: open your register (.xlsx) or try the sample branch.",
      "The same task pane as in Excel; the file never leaves this computer. (`npm run preview`: the in-memory preview.)",
      "",
      "在 Excel 网页版中旁加载 / sideload into Excel on the web:",
      "  npm run start:web -- --document <工作簿的网址 / your workbook's URL>",
      "",
    ].join("\n"),
  );
  run(["webpack", "serve", "--mode", "development", "--env", "web"]);
}

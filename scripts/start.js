// `npm start`: where desktop Excel can be sideloaded (Windows, macOS) run it with office-addin-debugging;
// elsewhere start the browser preview and say how to sideload into Excel on the web.
const { spawn } = require("child_process");

const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const desktop = process.platform === "win32" || process.platform === "darwin";
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

function run(args) {
  const child = spawn(npx, args, { stdio: "inherit", shell: process.platform === "win32" });
  child.on("exit", (code) => process.exit(code ?? 0));
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
}

if (desktop && !process.argv.includes("--preview")) {
  run(["office-addin-debugging", "start", "manifest.xml", "desktop"]);
} else {
  console.log(
    [
      "",
      "积分评星 · 浏览器预览 (browser preview)",
      `  打开 / open:  http://localhost:${port}/`,
      "",
      "这台电脑上没有可旁加载的桌面版 Excel，所以启动了浏览器预览：任务窗格与 Excel 中是同一份代码，",
      "工作簿是内存中的示例支部。",
      "No desktop Excel to sideload here, so the preview runs: the same task pane over an in-memory sample branch.",
      "",
      "在 Excel 网页版中旁加载 / sideload into Excel on the web:",
      "  npm run start:web -- --document <工作簿的网址 / your workbook's URL>",
      "",
    ].join("\n")
  );
  run(["webpack", "serve", "--mode", "development", "--env", "preview"]);
}

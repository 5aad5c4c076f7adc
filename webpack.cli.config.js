// Builds the command line (src/cli) for Node into dist/cli/star-register.js; exceljs stays a runtime
// dependency loaded from node_modules.
const path = require("path");

module.exports = {
  target: "node20",
  mode: "production",
  entry: { "star-register": "./src/cli/main.ts" },
  output: { path: path.resolve(__dirname, "dist", "cli"), filename: "[name].js", library: { type: "commonjs2" }, clean: true },
  resolve: { extensions: [".ts", ".js"] },
  externals: { exceljs: "commonjs exceljs" },
  module: {
    rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } } }],
  },
  optimization: { minimize: false },
};

// Builds the task pane, the custom functions (with their metadata) and the browser preview into dist/, and
// the web app (积分评星网页版) into dist/web/, a folder of static files with relative paths.
// `npm run build` → both; `npm run preview` → the preview on http://localhost:3000; `npm run web` → the web app.
const path = require("path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { LocalizedFunctionsMetadataPlugin } = require("./scripts/localized-functions-metadata");
const { addinUrl, manifestFor, officeJsUrl } = require("./scripts/build-options");
const { ContentSecurityPolicyPlugin } = require("./scripts/csp");
const { WebOfflinePlugin } = require("./scripts/web-offline");

// Where production files are hosted; set ADDIN_URL when building for a real server (a trailing "/" is optional).
const PROD_URL = addinUrl(process.env.ADDIN_URL);
const PORT = Number(process.env.npm_package_config_dev_server_port || 3000);
// Where the pane loads office.js from: OFFICE_JS=21vianet for Microsoft 365 operated by 21Vianet (see README).
const OFFICE_JS = officeJsUrl(process.env.OFFICE_JS);

async function httpsOptions() {
  // office-addin-dev-certs creates a localhost certificate Office trusts (installing it needs admin rights).
  const devCerts = require("office-addin-dev-certs");
  const options = await devCerts.getHttpsServerOptions();
  return { ca: options.ca, key: options.key, cert: options.cert };
}

const tsRule = (dev) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  // Our modules do nothing on import but declare (the entries, which always run, excepted): a module whose
  // exports a chunk does not use is left out of it, so that the pane's first chunk carries only what it needs.
  sideEffects: false,
  use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false, sourceMap: dev } } },
});

// The browser has no file system: the .xlsx adapter's file saving (fs, path) is never reached from a page,
// which only reads and writes bytes (src/xlsx/read-export.ts, the web app's src/preview/web-book.ts).
const browserResolve = { extensions: [".ts", ".tsx", ".js"], fallback: { "fs/promises": false, path: false } };
// Webpack reads no "node:" URL for the browser; as a plain module name it takes the fallback above.
const nodeSchemePlugin = () =>
  new webpack.NormalModuleReplacementPlugin(/^node:(fs\/promises|path)$/, (resource) => {
    resource.request = resource.request.slice("node:".length);
  });

/** The page of the browser preview and of the web app: one template, their titles apart (src/preview/page.html). */
const PAGE_TEMPLATE = "./src/preview/page.html";

/**
 * The web app: its own folder (dist/web) of static files that open from any web server, an intranet share or
 * a USB stick (relative paths; chunks found next to the page's script). ExcelJS is in a chunk of its own,
 * loaded when a file is opened.
 */
function webConfig(dev) {
  return {
    name: "web",
    devtool: dev ? "source-map" : false,
    entry: { web: "./src/preview/web.tsx", rollup: "./src/preview/rollup.tsx" },
    output: {
      path: path.resolve(__dirname, "dist", "web"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      publicPath: "auto",
      clean: true,
    },
    resolve: browserResolve,
    module: { rules: [tsRule(dev)] },
    performance: { hints: false },
    plugins: [
      nodeSchemePlugin(),
      new HtmlWebpackPlugin({
        filename: "index.html",
        template: PAGE_TEMPLATE,
        chunks: ["web"],
        publicPath: "",
        templateParameters: {
          title: "积分评星 · 网页版",
          fill: "html, body, #container",
          noscript: "积分评星网页版需要启用 JavaScript。/ The web app needs JavaScript.",
          installable: true,
          // The committee's page (党委汇总), a page of its own beside the web app.
          link: '<a href="rollup.html" data-testid="rollup-link" style="position:fixed;right:12px;bottom:6px;font-size:12px">党委汇总 · Committee roll-up</a>',
        },
      }),
      new HtmlWebpackPlugin({
        filename: "rollup.html",
        template: PAGE_TEMPLATE,
        chunks: ["rollup"],
        publicPath: "",
        templateParameters: {
          title: "积分评星 · 党委汇总",
          fill: "html, body",
          noscript: "党委汇总需要启用 JavaScript。/ The committee roll-up needs JavaScript.",
          installable: false,
          link: "",
        },
      }),
      new CopyWebpackPlugin({ patterns: [{ from: "assets/icon-*.png", to: "assets/[name][ext]" }] }),
      // Its own files only: no script, style, image or request from elsewhere (scripts/csp.js).
      new ContentSecurityPolicyPlugin(),
      // Installable and offline when served over http(s): the manifest and the service worker (scripts/web-offline.js).
      new WebOfflinePlugin(),
    ],
    devServer: {
      port: PORT,
      static: false,
      open: false,
      server: "http",
      client: { overlay: { warnings: false, errors: true } },
    },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const preview = Boolean(env.preview);
  if (env.web) return webConfig(dev);
  const config = {
    name: "addin",
    // ExcelJS and JSZip (for reading questionnaire exports) in a chunk with a name of its own, loaded only
    // when a file is chosen; the browser tests check that it is not fetched before.
    optimization: {
      splitChunks: { cacheGroups: { exceljs: { test: /[\\/]node_modules[\\/](exceljs|jszip)[\\/]/, name: "exceljs", chunks: "async", priority: 20 } } },
    },
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      // dist/web is the web app's, built beside this one.
      clean: { keep: /^web[\\/]/ },
    },
    resolve: browserResolve,
    module: {
      rules: [tsRule(dev), { test: /\.(png|jpg|jpeg|gif|ico)$/, type: "asset/resource", generator: { filename: "assets/[name][ext]" } }],
    },
    performance: { hints: dev ? false : "warning", maxAssetSize: 1_000_000, maxEntrypointSize: 1_000_000 },
    plugins: [
      nodeSchemePlugin(),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: "./src/functions/functions.ts" }),
      new LocalizedFunctionsMetadataPlugin({
        source: "functions.json",
        translations: "./src/functions/functions.zh-CN.json",
        output: "functions.zh-CN.json",
      }),
      // The page's own ES5 script loads the bundles, and only where the webview can run them (no script
      // tags injected): on Trident+ and EdgeHTML it explains instead, and answers each function id's
      // formulas with why (the ids are the translation table's keys, one per function).
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane", "functions"],
        inject: false,
        templateParameters: { officeJs: OFFICE_JS, functionIds: Object.keys(require("./src/functions/functions.zh-CN.json")) },
      }),
      // Each page may load only its own files; the task pane also office.js from its CDN (scripts/csp.js).
      new ContentSecurityPolicyPlugin({ "taskpane.html": [new URL(OFFICE_JS).origin] }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: PAGE_TEMPLATE,
        chunks: ["preview"],
        templateParameters: { title: "积分评星 · 浏览器预览", fill: "html, body", noscript: "", installable: false },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          // The help page the manifest's SupportUrl and LearnMoreUrl point at.
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : manifestFor(content.toString(), PROD_URL)),
          },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: { directory: path.resolve(__dirname, "dist") },
      historyApiFallback: preview ? { index: "/preview.html" } : false,
      open: false,
      client: { overlay: { warnings: false, errors: true } },
      server: preview ? "http" : { type: "https", options: env.WEBPACK_SERVE && !preview ? await httpsOptions() : {} },
    },
  };
  if (preview) {
    // The preview never needs Office: serve it at "/" over plain http.
    config.devServer.devMiddleware = { index: "preview.html" };
    return config;
  }
  return env.WEBPACK_SERVE ? config : [config, webConfig(dev)];
};

// The web app's install and offline files, made by the build (webpack.config.js): the web app manifest
// (name, colours, the icons from assets/) and the service worker (src/preview/service-worker.js) with the
// list of the build's own files and a version digested from their contents, so that a new build replaces the
// old one in the browser. Nothing else is cached.
const { createHash } = require("crypto");
const fs = require("fs");
const path = require("path");
const { Compilation, sources } = require("webpack");

const WORKER = "sw.js";
const MANIFEST = "manifest.webmanifest";
const WORKER_SOURCE = path.resolve(__dirname, "..", "src", "preview", "service-worker.js");

/** The web app manifest: installable from an intranet server (Chrome needs a 192 px and a 512 px icon). */
function webManifest(icons) {
  return {
    name: "积分评星 · 网页版",
    short_name: "积分评星",
    description: "党员积分评星登记簿：在浏览器中打开支部的 .xlsx 登记簿，完成每月和年度的评星。",
    lang: "zh-CN",
    start_url: "./index.html",
    scope: "./",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#de2910",
    icons: icons.map((file) => {
      const size = /icon-(\d+)\.png$/.exec(file)[1];
      return { src: file, sizes: `${size}x${size}`, type: "image/png" };
    }),
  };
}

/** The files the worker keeps: every file of the build but the worker itself and source maps. */
function cachedFiles(names) {
  return names.filter((name) => name !== WORKER && !name.endsWith(".map") && !name.endsWith(".LICENSE.txt")).sort();
}

/** The worker's text for the build's files: its version and list, then the worker itself. */
function workerSource(files, version) {
  return `const VERSION = ${JSON.stringify(version)};\nconst FILES = ${JSON.stringify(files)};\n${fs.readFileSync(WORKER_SOURCE, "utf8")}`;
}

/** Adds manifest.webmanifest and sw.js to the web app's build, once every other file is made. */
class WebOfflinePlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("WebOfflinePlugin", (compilation) => {
      compilation.fileDependencies.add(WORKER_SOURCE);
      compilation.hooks.processAssets.tap({ name: "WebOfflinePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE }, () => {
        const icons = Object.keys(compilation.assets)
          .filter((name) => /^assets\/icon-(192|512)\.png$/.test(name))
          .sort();
        compilation.emitAsset(MANIFEST, new sources.RawSource(JSON.stringify(webManifest(icons), null, 2)));
        const files = cachedFiles(Object.keys(compilation.assets));
        const digest = createHash("sha256");
        for (const file of files) digest.update(file).update(compilation.assets[file].buffer());
        compilation.emitAsset(WORKER, new sources.RawSource(workerSource(files, digest.digest("hex").slice(0, 16))));
      });
    });
  }
}

module.exports = { WebOfflinePlugin, webManifest, cachedFiles, WORKER, MANIFEST };

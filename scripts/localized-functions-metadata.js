// custom-functions-metadata writes functions.json in one language (the JSDoc's, English). Excel shows
// localized function names only from a metadata file per locale that the manifest names: the manifest's
// DefaultLocale is zh-CN, so functions.zh-CN.json is its default metadata and functions.json the en-US
// Override (an Override may not repeat the default locale:
// https://learn.microsoft.com/office/dev/add-ins/develop/localization#control-localization-from-the-manifest).
// This plugin derives functions.zh-CN.json from the generated functions.json and a translation table,
// so both files always describe the same functions, ids, parameters and result types.
const { sources, Compilation, WebpackError } = require("webpack");
const fs = require("fs");
const path = require("path");

const pluginName = "LocalizedFunctionsMetadataPlugin";

/**
 * Applies a translation table to custom-functions metadata.
 * @param {object} metadata parsed functions.json
 * @param {Record<string, {name: string, description: string, parameters?: Record<string, string>, result?: string}>} table keyed by function id
 * @returns {{ metadata: object, errors: string[] }}
 */
function localizeMetadata(metadata, table) {
  const errors = [];
  const functions = metadata.functions.map((fn) => {
    const t = table[fn.id];
    if (!t) {
      errors.push(`no translation for function ${fn.id}`);
      return fn;
    }
    const parameters = (fn.parameters || []).map((p) => {
      const description = t.parameters && t.parameters[p.name];
      if (!description) errors.push(`no translation for parameter ${fn.id}.${p.name}`);
      return { ...p, description: description || p.description };
    });
    return { ...fn, name: t.name, description: t.description, parameters };
  });
  for (const id of Object.keys(table)) {
    if (!metadata.functions.some((fn) => fn.id === id)) errors.push(`translation for unknown function ${id}`);
  }
  return { metadata: { ...metadata, functions }, errors };
}

class LocalizedFunctionsMetadataPlugin {
  /** @param {{ source: string, translations: string, output: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap(pluginName, (compilation) => {
      const tablePath = path.resolve(compiler.context, this.options.translations);
      compilation.fileDependencies.add(tablePath);
      compilation.hooks.processAssets.tap({ name: pluginName, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, (assets) => {
        const source = assets[this.options.source];
        if (!source) return; // the metadata plugin already reported why it wrote nothing
        const table = JSON.parse(fs.readFileSync(tablePath, "utf8"));
        const { metadata, errors } = localizeMetadata(JSON.parse(source.source().toString()), table);
        errors.forEach((e) => compilation.errors.push(new WebpackError(`${pluginName}: ${e}`)));
        compilation.emitAsset(this.options.output, new sources.RawSource(JSON.stringify(metadata, null, 2)));
      });
    });
  }
}

module.exports = { LocalizedFunctionsMetadataPlugin, localizeMetadata };

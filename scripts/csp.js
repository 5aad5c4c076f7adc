// The Content-Security-Policy of the built pages (webpack.config.js writes it into each page as a <meta>;
// test/build/csp.test.ts and the browser tests check it). A page may load only its own files: scripts,
// styles, images, the service worker and the manifest from its own origin. Fluent UI (Griffel) inserts its
// styles at run time, hence 'unsafe-inline' for styles only; an inline script of a page is allowed by its
// hash alone. The add-in's task pane also loads office.js from Microsoft's CDN (or the 21Vianet partner CDN),
// which the Office Store requires. A <meta> policy cannot carry frame-ancestors, report-uri or sandbox:
// https://www.w3.org/TR/CSP3/#meta-element
const { createHash } = require("crypto");

const sha256 = (text) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/**
 * The sources that allow `html`'s own inline code and nothing else: the 'sha256-…' of each inline <script>
 * (one without src), and of each inline event handler (onerror="…") with 'unsafe-hashes', which lets a hash
 * allow a handler: https://www.w3.org/TR/CSP3/#unsafe-hashes
 */
function inlineScriptHashes(html) {
  const scripts = [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]).filter((body) => body.trim() !== "");
  const handlers = [...html.matchAll(/<[a-z][^<>]*?\son[a-z]+=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)].map((m) => m[1] ?? m[2] ?? m[3]);
  return [...scripts.map(sha256), ...(handlers.length > 0 ? ["'unsafe-hashes'", ...handlers.map(sha256)] : [])];
}

/**
 * The policy for a page: `origins` are other origins the page's scripts come from (office.js's CDN),
 * `inline` the hashes of its inline scripts.
 */
function contentSecurityPolicy({ origins = [], inline = [] } = {}) {
  const own = ["'self'", ...origins];
  return [
    "default-src 'self'",
    `script-src ${[...own, ...inline].join(" ")}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${own.join(" ")}`,
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
}

/** `html` with its policy as the first element after <meta charset> (a policy governs only what follows it). */
function withPolicy(html, origins = []) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ origins, inline: inlineScriptHashes(html) })}">`;
  const charset = /<meta charset=["']?utf-8["']?\s*\/?>/i;
  if (!charset.test(html)) throw new Error("a page without <meta charset> cannot carry its Content-Security-Policy first");
  return html.replace(charset, (m) => m + meta);
}

/**
 * Writes each built page's policy once the page is final (made and minified by html-webpack-plugin), so that
 * the hashes are of the scripts as shipped. `origins` maps a page's file name to the other origins its
 * scripts come from.
 */
class ContentSecurityPolicyPlugin {
  constructor(origins = {}) {
    this.origins = origins;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("ContentSecurityPolicyPlugin", (compilation) => {
      // After html-webpack-plugin's stage (OPTIMIZE_INLINE), before the web app's offline files (SUMMARIZE).
      const stage = Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_INLINE + 100;
      compilation.hooks.processAssets.tap({ name: "ContentSecurityPolicyPlugin", stage }, (assets) => {
        for (const name of Object.keys(assets).filter((n) => n.endsWith(".html"))) {
          const html = assets[name].source().toString();
          compilation.updateAsset(name, new sources.RawSource(withPolicy(html, this.origins[name] ?? [])));
        }
      });
    });
  }
}

module.exports = { inlineScriptHashes, contentSecurityPolicy, withPolicy, ContentSecurityPolicyPlugin };

// Build options for the Office files (webpack.config.js uses them; test/build-options.test.ts checks them):
// where the add-in is hosted (ADDIN_URL) and where the pane loads office.js from (OFFICE_JS).

/** The development server's address, as written in manifest.xml. */
const DEV_URL = "https://localhost:3000/";

/** Microsoft's global CDN for office.js (the default). */
const GLOBAL_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
/**
 * The partner CDN for Microsoft 365 operated by 21Vianet (mainland China): "Add-ins developed for use within
 * this cloud environment should use corresponding CDN" —
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn
 */
const CHINA_OFFICE_JS = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";

/** The office.js address for OFFICE_JS: empty → the global CDN, "21vianet" or "china" → the partner CDN, else an https URL. */
function officeJsUrl(value) {
  const v = (value || "").trim();
  if (v === "") return GLOBAL_OFFICE_JS;
  if (/^(21vianet|china)$/i.test(v)) return CHINA_OFFICE_JS;
  if (!/^https:\/\/[^\s"'<>]+\.js$/i.test(v)) throw new Error(`OFFICE_JS must be "21vianet", "china" or an https address of office.js, got ${v}`);
  return v;
}

/** The hosting address for ADDIN_URL, always ending in "/" (Office requires https). Empty → the dev server. */
function addinUrl(value) {
  const v = (value || "").trim();
  if (v === "") return DEV_URL;
  let url;
  try {
    url = new URL(v);
  } catch {
    throw new Error(`ADDIN_URL is not an address: ${v}`);
  }
  if (url.protocol !== "https:") throw new Error(`ADDIN_URL must be https (Office loads add-ins only over https), got ${v}`);
  if (url.search || url.hash) throw new Error(`ADDIN_URL must be a folder address without ? or #, got ${v}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** manifest.xml for the hosting address `base` (from addinUrl): every file address moves under it. */
function manifestFor(xml, base) {
  return xml.split(DEV_URL).join(base);
}

module.exports = { DEV_URL, GLOBAL_OFFICE_JS, CHINA_OFFICE_JS, officeJsUrl, addinUrl, manifestFor };

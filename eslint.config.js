// ESLint flat config: TypeScript rules, the Office add-in rules, React hooks, and the architecture's
// boundaries (docs/architecture.md): scheme/ and register/ stay free of Office.js, React, exceljs and the clock.
const js = require("@eslint/js");
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");
const reactHooks = require("eslint-plugin-react-hooks");
const globals = require("globals");

const HOST_IMPORTS = {
  patterns: [
    { group: ["react", "react-*", "react/*", "@fluentui/*"], message: "The core knows no UI: React belongs in src/taskpane or src/preview." },
    { group: ["exceljs"], message: "Only src/xlsx imports exceljs." },
    { group: ["office-*", "@microsoft/office-js*"], message: "The core knows no host: Office.js belongs in src/excel or src/functions." },
    {
      group: ["**/excel/*", "**/xlsx/*", "**/taskpane/*", "**/preview/*", "**/functions/*", "**/cli/*"],
      message: "The core may not import an adapter or an entry.",
    },
    { group: ["fs", "node:*", "path", "os", "child_process"], message: "The core does no I/O." },
  ],
};

// A spread into a call's arguments (`a.push(...b)`, `Math.max(...b)`) throws "Maximum call stack size
// exceeded" for a large array: use pushAll / maxOf / spliceAll from src/scheme/arrays.ts.
const NO_SPREAD_ARGUMENTS = ["CallExpression", "NewExpression"].map((node) => ({
  selector: `${node} > SpreadElement`,
  message: "No spread into call arguments: it overflows the stack for a large array. Use pushAll, maxOf or spliceAll (src/scheme/arrays.ts).",
}));

module.exports = tseslint.config(
  { ignores: ["dist/", "coverage/", "node_modules/", "test-results/", "docs/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    rules: {
      "office-addins/call-sync-after-load": "error",
      "office-addins/call-sync-before-read": "error",
      "office-addins/load-object-before-read": "error",
      "office-addins/no-context-sync-in-loop": "error",
      "office-addins/no-empty-load": "error",
      "office-addins/no-navigational-load": "warn",
      "office-addins/no-office-initialize": "error",
      "office-addins/test-for-null-using-isNullObject": "error",
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // ExcelJS cells and the CLI's objects are not Office.js proxies: nothing to load or sync.
    files: ["src/xlsx/**", "test/xlsx/**", "src/cli/**", "test/cli/**", "test/robust/**"],
    rules: {
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-syntax": ["error", ...NO_SPREAD_ARGUMENTS],
      // One concept per file, small enough to read whole: split a longer file by concern (README, map for contributors).
      "max-lines": ["error", { max: 400 }],
    },
  },
  {
    files: ["src/scheme/**", "src/register/**", "src/sample/**"],
    rules: {
      "no-restricted-imports": ["error", HOST_IMPORTS],
      "no-restricted-globals": [
        "error",
        ...["Office", "Excel", "CustomFunctions", "OfficeRuntime", "window", "document", "localStorage", "process"].map((name) => ({
          name,
          message: "The core knows no host.",
        })),
      ],
      "no-restricted-properties": ["error", { object: "Date", property: "now", message: "No clock in the core: take today as a parameter." }],
      "no-restricted-syntax": [
        "error",
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: "No clock in the core: take today as a parameter." },
        ...NO_SPREAD_ARGUMENTS,
      ],
    },
  },
  {
    files: ["src/**"],
    ignores: ["src/xlsx/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "exceljs", message: "Only src/xlsx imports exceljs." }] }],
    },
  },
  {
    files: ["src/scheme/**", "src/register/**", "src/sample/**"],
    rules: { "no-restricted-imports": ["error", HOST_IMPORTS] },
  },
  {
    files: ["**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["test/e2e/**/*.js", "bench/**/*.js", "scripts/**/*.js", "bin/**/*.js"],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // The web app's service worker runs in the browser's worker scope, not in Node.
    files: ["src/preview/service-worker.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.serviceworker } },
  },
);

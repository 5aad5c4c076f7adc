// The order of the layers (docs/architecture.md, "Layers"), checked by `npm run lint` (depcruise):
//   scheme → register → (xlsx | excel | functions | sample) → i18n → (cli | taskpane | preview)
// A layer imports only from the layers before it (type-only imports included), never from a later one, and
// no module reaches itself again through its imports (no cycles).
const layer = (...dirs) => `^src/(${dirs.join("|")})/`;

/** A rule that forbids imports from `from` into `to`. */
const forbid = (name, comment, from, to) => ({ name, comment, severity: "error", from: { path: from }, to: { path: to } });

module.exports = {
  forbidden: [
    { name: "no-circular", comment: "Import cycles: put the shared types lowest.", severity: "error", from: {}, to: { circular: true } },
    forbid(
      "scheme-is-lowest",
      "src/scheme imports no other layer.",
      layer("scheme"),
      layer("register", "xlsx", "excel", "functions", "i18n", "cli", "taskpane", "preview"),
    ),
    forbid(
      "register-below-hosts",
      "src/register knows no host, no words and no entry.",
      layer("register"),
      layer("xlsx", "excel", "functions", "i18n", "cli", "taskpane", "preview"),
    ),
    forbid(
      "hosts-below-words",
      "A host adapter returns codes; words belong to src/i18n, above it.",
      layer("xlsx", "excel", "functions"),
      layer("i18n", "cli", "taskpane", "preview"),
    ),
    forbid("xlsx-alone", "The .xlsx adapter imports no other host.", layer("xlsx"), layer("excel", "functions", "sample")),
    forbid("excel-alone", "The Excel adapter imports no other host.", layer("excel"), layer("xlsx", "sample")),
    forbid(
      "sample-is-data",
      "The sample branch is data over the register's contract, for the entries and the tests.",
      layer("sample"),
      layer("xlsx", "excel", "functions"),
    ),
    {
      name: "excel-below-functions",
      comment: "The custom functions use the Excel adapters, never the other way round.",
      severity: "error",
      from: { path: layer("excel") },
      to: { path: layer("functions") },
    },
    forbid("functions-not-xlsx", "The custom functions run in Excel only, on the person's register.", layer("functions"), layer("xlsx", "sample")),
    forbid(
      "words-below-entries",
      "src/i18n turns codes into words for the entries, and imports none of them.",
      layer("i18n"),
      layer("cli", "taskpane", "preview"),
    ),
    forbid("cli-alone", "The command line imports no other entry.", layer("cli"), layer("taskpane", "preview")),
    forbid("taskpane-below-preview", "The preview and the web app wrap the pane, never the other way round.", layer("taskpane"), layer("cli", "preview")),
    forbid("preview-not-cli", "The preview imports the pane, not the command line.", layer("preview"), layer("cli")),
  ],
  options: {
    tsConfig: { fileName: "tsconfig.json" },
    // Type-only imports count: a cycle through types is still a cycle.
    tsPreCompilationDeps: true,
    doNotFollow: { path: "node_modules" },
    exclude: { path: "node_modules" },
  },
};

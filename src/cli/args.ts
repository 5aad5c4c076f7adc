/**
 * A small, strict argument parser for star-register: positional arguments and --options, each option
 * declared with whether it takes a value. Unknown options are usage errors (exit code 2).
 */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
  /** Values of the options that may be given more than once (`--map a=1 --map b=2`), in order. */
  lists: Map<string, string[]>;
}

export class UsageError extends Error {
  constructor(
    message: string,
    /** For the parser's own errors: what is wrong with which option, so that the caller can say it in its language. */
    readonly option?: { kind: "needsValue" | "unknownOption"; name: string },
  ) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * Parses `argv` given the options that take a value, the flags that don't, and the options that take a value
 * and may repeat. `--x=v` and `--x v` both work.
 */
export function parseArgs(argv: readonly string[], valued: readonly string[], flags: readonly string[], repeated: readonly string[] = []): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  const lists = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (repeated.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`, { kind: "needsValue", name });
      lists.set(name, [...(lists.get(name) ?? []), value]);
    } else if (valued.includes(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`--${name} needs a value`, { kind: "needsValue", name });
      options.set(name, value);
    } else if (flags.includes(name) && inline === undefined) {
      options.set(name, true);
    } else {
      throw new UsageError(`unknown option --${name}`, { kind: "unknownOption", name });
    }
  }
  return { positional, options, lists };
}

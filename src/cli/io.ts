/** Where a command writes its messages and reads the time: the process, or a test's capture. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The current time; tests pass a fixed one. */
  now: () => Date;
  /** --debug (or STAR_REGISTER_DEBUG=1): technical reasons and stack traces follow the messages. */
  debug?: boolean;
}

export const defaultIo: CliIo = {
  stdout: (t) => process.stdout.write(t.endsWith("\n") ? t : `${t}\n`),
  stderr: (t) => process.stderr.write(t.endsWith("\n") ? t : `${t}\n`),
  now: () => new Date(),
};

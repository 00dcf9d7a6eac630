/**
 * The shape every `collections` sub-command has. main.ts parses the first word(s) and hands the
 * rest of argv to the handler; handlers write to the given streams (never to process.stdout
 * directly) so tests can run them in-process.
 */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream;
}

export interface CommandContext {
  /** Arguments after the command name, e.g. ['--principal', '1250'] for `collections costs --principal 1250`. */
  readonly args: readonly string[];
  readonly io: CliIo;
  readonly env: NodeJS.ProcessEnv;
}

/** Returns the process exit code. Throw AppError for failures a person must act on. */
export type CommandHandler = (context: CommandContext) => Promise<number>;

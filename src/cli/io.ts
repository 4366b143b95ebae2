/**
 * The outside world of the CLI, injected so every command can run in-process in tests.
 *
 * @module
 */

/** Something text can be written to (`process.stdout`, or a buffer in tests). */
export interface TextSink {
  write(chunk: string): unknown;
}

/**
 * Streams, environment and working directory of one CLI run.
 *
 * @example
 * ```ts
 * let out = '';
 * const io: CliIo = {
 *   stdout: { write: (s) => (out += s) }, stderr: { write: () => true },
 *   env: {}, cwd: process.cwd(), isTTY: false,
 * };
 * ```
 */
export interface CliIo {
  /** Results: text or JSON Lines. */
  readonly stdout: TextSink;
  /** Usage errors, setup problems and progress. */
  readonly stderr: TextSink;
  /** Environment variables (`FIMKIT_XSD_DIR`). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** True when stderr is a terminal; progress is shown only then. */
  readonly isTTY: boolean;
}

/**
 * The real process: `process.stdout`, `process.stderr`, `process.env`, `process.cwd()`. A closed stdout
 * (`fimkit inspect dir | head`) ends the process quietly instead of crashing with EPIPE.
 *
 * @example
 * ```ts
 * process.exitCode = await main(process.argv.slice(2), processIo());
 * ```
 */
export function processIo(): CliIo {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    env: process.env,
    cwd: process.cwd(),
    isTTY: process.stderr.isTTY === true,
  };
}

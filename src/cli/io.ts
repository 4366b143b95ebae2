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
  /** Standard input, read for the input `-` (default: `process.stdin`). */
  readonly stdin?: AsyncIterable<Uint8Array | string>;
  /** `--quiet` / `-q` was given (for any command): no progress and no notes on stderr. */
  readonly quiet?: boolean;
  /** `--no-color` was given (for any command). */
  readonly noColor?: boolean;
}

/**
 * Whether coloured output is wanted: only on a terminal, never with `--no-color`, never when the
 * environment variable `NO_COLOR` is set to a non-empty value (https://no-color.org).
 *
 * @example
 * ```ts
 * const color = colorEnabled(io, values['no-color'] === true);
 * ```
 */
export function colorEnabled(io: CliIo, noColorFlag = false): boolean {
  if (noColorFlag || io.noColor === true) return false;
  const noColor = io.env.NO_COLOR;
  if (noColor !== undefined && noColor !== '') return false;
  return io.isTTY;
}

const TONES = Object.freeze({ error: 31, warning: 33, info: 36, ok: 32, dim: 2 } as const);

/**
 * Wraps text in an ANSI colour when `enabled`; returns it unchanged otherwise.
 *
 * @example
 * ```ts
 * io.stderr.write(paint('error', 'Fehler', colorEnabled(io)));
 * ```
 */
export function paint(tone: keyof typeof TONES, text: string, enabled: boolean): string {
  return enabled ? `\x1b[${TONES[tone]}m${text}\x1b[0m` : text;
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
    stdin: process.stdin,
  };
}

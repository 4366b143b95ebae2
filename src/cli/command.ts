/**
 * The shape every CLI command has, and the documented exit codes.
 *
 * @module
 */

import type { CliIo } from './io.js';

/**
 * Exit codes of every command: 0 clean, 1 findings (any error or warning diagnostic), 2 usage error,
 * unreadable input or missing setup (such as the XSD directory).
 *
 * @example
 * ```ts
 * return hasFindings ? EXIT.findings : EXIT.ok;
 * ```
 */
export const EXIT = Object.freeze({ ok: 0, findings: 1, usage: 2 } as const);

/**
 * One command of the `fimkit` CLI. Each lives in its own file and is registered in `main.ts`.
 *
 * @example
 * ```ts
 * export const command: Command = {
 *   name: 'hello', summary: 'Say hello', help: 'Usage: fimkit hello',
 *   async run(args, io) { io.stdout.write('hello\n'); return EXIT.ok; },
 * };
 * ```
 */
export interface Command {
  /** The word after `fimkit`. */
  readonly name: string;
  /** One line for `fimkit --help`. */
  readonly summary: string;
  /** Full help for `fimkit <name> --help`: usage, options, examples. */
  readonly help: string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(args: readonly string[], io: CliIo): Promise<number>;
}

/**
 * Writes a usage error for `command` to stderr and returns exit code 2.
 *
 * @example
 * ```ts
 * if (files.length === 0) return usageError(io, 'inspect', 'no input files given');
 * ```
 */
export function usageError(io: CliIo, command: string, message: string): number {
  io.stderr.write(`fimkit ${command}: ${message}\nRun 'fimkit ${command} --help' for usage.\n`);
  return EXIT.usage;
}

/** The `--format` values every command accepts. */
export type OutputFormat = 'text' | 'json';

/**
 * Checks a `--format` value; `undefined` means the default, `text`.
 *
 * @example
 * ```ts
 * const format = parseFormat(values.format); // 'text' | 'json' | undefined (invalid)
 * ```
 */
export function parseFormat(value: string | undefined): OutputFormat | undefined {
  if (value === undefined || value === 'text') return 'text';
  if (value === 'json') return 'json';
  return undefined;
}

/** Every `--format` value a report-writing command may accept. */
export type ReportFormat = 'text' | 'json' | 'sarif' | 'md' | 'html';

/**
 * Checks a `--format` value against the formats a command supports; `undefined` means `text`. Returns
 * `undefined` for anything else (the caller reports a usage error listing `allowed`).
 *
 * @example
 * ```ts
 * parseReportFormat('md', ['text', 'json', 'md', 'html']); // 'md'
 * ```
 */
export function parseReportFormat<F extends ReportFormat>(
  value: string | undefined,
  allowed: readonly F[],
): F | undefined {
  const wanted = value ?? 'text';
  return (allowed as readonly string[]).includes(wanted) ? (wanted as F) : undefined;
}

/**
 * `text, json or sarif` for usage messages.
 *
 * @example
 * ```ts
 * formatList(['text', 'json', 'html']); // 'text, json or html'
 * ```
 */
export function formatList(allowed: readonly string[]): string {
  return allowed.length <= 1
    ? (allowed[0] ?? '')
    : `${allowed.slice(0, -1).join(', ')} or ${allowed[allowed.length - 1]}`;
}

/**
 * The options every command accepts besides its own, for `node:util` `parseArgs`: `--quiet` (`-q`: no
 * progress, no summary lines on stderr) and `--no-color` (also honoured: the `NO_COLOR` variable).
 *
 * @example
 * ```ts
 * parseArgs({ args, allowPositionals: true, options: { ...COMMON_OPTIONS, format: { type: 'string' } } });
 * ```
 */
export const COMMON_OPTIONS = Object.freeze({
  quiet: { type: 'boolean', short: 'q' },
  'no-color': { type: 'boolean' },
} as const);

/** The help lines describing {@link COMMON_OPTIONS}, to append to a command's options. */
export const COMMON_HELP = `  -q, --quiet             No progress and no notes on stderr (results and errors still appear).
  --no-color              No colours (also when the NO_COLOR environment variable is set).
`;

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

/**
 * Output shared by the commands: diagnostics as text, JSON Lines records, exit codes and progress.
 *
 * @module
 */

import type { Diagnostic } from '../core/diagnostics.js';
import { EXIT } from './command.js';
import type { CliIo } from './io.js';

/**
 * Formats one diagnostic as an indented text line: `  line:column  severity  code  message (path)`.
 *
 * @example
 * ```ts
 * formatDiagnostic(d); // '  3:5  error  xml/malformed  unclosed tag: a (/a)'
 * ```
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? '-' : d.column === undefined ? `${d.line}` : `${d.line}:${d.column}`;
  const at = d.path === undefined || d.path === '/' ? '' : ` (${d.path})`;
  return `  ${where}  ${d.severity}  ${d.code}  ${d.message}${at}`;
}

/**
 * Writes one JSON Lines record (one object, one line).
 *
 * @example
 * ```ts
 * writeJsonLine(io, { file: 'a.xml', standard: null, version: null, message: null, diagnostics: [] });
 * ```
 */
export function writeJsonLine(io: CliIo, record: Readonly<Record<string, unknown>>): void {
  io.stdout.write(`${JSON.stringify(record)}\n`);
}

/**
 * The exit code one input contributes: 2 when it could not be read (or setup failed), 1 when any
 * diagnostic is an error or a warning, else 0.
 *
 * @example
 * ```ts
 * exit = Math.max(exit, exitCodeFor(diagnostics, unreadable));
 * ```
 */
export function exitCodeFor(diagnostics: readonly Diagnostic[], unusable: boolean): number {
  if (unusable) return EXIT.usage;
  return diagnostics.some((d) => d.severity === 'error' || d.severity === 'warning')
    ? EXIT.findings
    : EXIT.ok;
}

/** Shows progress only for more inputs than this. */
export const PROGRESS_THRESHOLD = 20;

/**
 * Progress on stderr (`\r[n/total] ####...... file`), shown only when stderr is a terminal, `--quiet` is not given
 * and more than {@link PROGRESS_THRESHOLD} files are processed; `done()` clears the line.
 *
 * @example
 * ```ts
 * const progress = createProgress(io, inputs.length);
 * for (const input of inputs) { progress.tick(input.file); ... }
 * progress.done();
 * ```
 */
export function createProgress(
  io: CliIo,
  total: number,
  options: { readonly quiet?: boolean | undefined } = {},
): { tick(file: string): void; done(): void } {
  if (!io.isTTY || options.quiet === true || io.quiet === true || total <= PROGRESS_THRESHOLD) {
    return { tick() {}, done() {} };
  }
  let n = 0;
  const width = 20;
  return {
    tick(file) {
      n++;
      const filled = Math.round((n / total) * width);
      io.stderr.write(`\r\x1b[K[${n}/${total}] ${'#'.repeat(filled)}${'.'.repeat(width - filled)} ${file}`);
    },
    done() {
      io.stderr.write('\r\x1b[K');
    },
  };
}

/**
 * `1 file` / `3 files`.
 *
 * @example
 * ```ts
 * plural(2, 'file'); // '2 files'
 * ```
 */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

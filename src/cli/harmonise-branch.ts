/**
 * What the XZuFi and XProzess branches of `fimkit harmonise` share: reading a Stamm or variant of the
 * expected standard, walking the variant inputs, and writing the report to stdout or `-o`.
 *
 * @module
 */
import path from 'node:path';
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import { detect } from '../detect/index.js';
import { writeAtomic } from '../node/write-atomic.js';
import { expandInputs, readInput } from './inputs.js';
import type { CliIo } from './io.js';
import { formatDiagnostic } from './report.js';

/**
 * What `fimkit harmonise` passes on to a branch for a Stamm of another standard than XDatenfelder.
 *
 * @example
 * ```ts
 * const request: HarmoniseRequest = { stamm: 'stamm.xml', stammBytes, variants: ['land.xml'], format: 'md' };
 * ```
 */
export interface HarmoniseRequest {
  /** The Stamm's file name. */
  readonly stamm: string;
  readonly stammBytes: Uint8Array;
  /** Variant files, directories or globs. */
  readonly variants: readonly string[];
  /** `md` (or `text`), `json` or `html`. */
  readonly format: string;
  readonly output?: string;
  readonly k?: number;
}

/**
 * The standard a branch reads: its detect name, how it is named in messages, and its parser.
 *
 * @example
 * ```ts
 * const reader: BranchReader<Doc> = { standard: 'xprozess', expected: 'XProzess 2.0 like the Stammprozess', parse };
 * ```
 */
export interface BranchReader<D> {
  readonly standard: string;
  /** Completes "Expected …" in the diagnostic for a file of another standard. */
  readonly expected: string;
  parse(bytes: Uint8Array): { readonly value?: D | undefined; readonly diagnostics: readonly Diagnostic[] };
}

/**
 * Parses a file with the branch's parser; a file of another standard (`harmonise/not-<standard>`) or
 * with parse errors gives undefined, its problems on stderr.
 *
 * @example
 * ```ts
 * const stamm = readAs(reader, 'stamm.xml', bytes, io);
 * ```
 */
export function readAs<D>(
  reader: BranchReader<D>,
  file: string,
  bytes: Uint8Array,
  io: CliIo,
): D | undefined {
  const found = detect(bytes).value;
  if (found !== undefined && found.standard !== reader.standard) {
    const d = diagnostic(
      'error',
      `harmonise/not-${reader.standard}`,
      `Expected ${reader.expected}, got ${found.label} (${found.message}).`,
      'harmonise',
      { line: found.line, column: found.column },
    );
    io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
    return undefined;
  }
  const { value, diagnostics } = reader.parse(bytes);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  for (const d of errors) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
  return errors.length > 0 ? undefined : value;
}

/**
 * Reads every variant input (files, directories, globs) one at a time and hands each usable document
 * to `each`; returns how many inputs were unusable (their problems are on stderr).
 *
 * @example
 * ```ts
 * const unusable = await readVariants(reader, ['land.xml'], io, (source, doc) => h.add(source, doc));
 * ```
 */
export async function readVariants<D>(
  reader: BranchReader<D>,
  variants: readonly string[],
  io: CliIo,
  each: (source: string, document: D) => void,
): Promise<number> {
  let unusable = 0;
  for (const input of await expandInputs(variants, io.cwd)) {
    const read = await readInput(input, io);
    if ('problem' in read) {
      io.stderr.write(`${input.file}: ${formatDiagnostic(read.problem)}\n`);
      unusable++;
      continue;
    }
    const document = readAs(reader, input.file, read.bytes, io);
    if (document === undefined) unusable++;
    else each(input.file, document);
  }
  return unusable;
}

/**
 * Writes a rendered report to stdout, or with `-o` atomically to the file, followed by `summary` and
 * the path on stderr (unless quiet).
 *
 * @example
 * ```ts
 * await writeReport(html, request, io, '2 variants, 0 violations');
 * ```
 */
export async function writeReport(
  text: string,
  request: HarmoniseRequest,
  io: CliIo,
  summary: string,
): Promise<void> {
  if (request.output === undefined) {
    io.stdout.write(text);
    return;
  }
  const target = path.resolve(io.cwd, request.output);
  await writeAtomic(target, text);
  if (io.quiet !== true) io.stderr.write(`fimkit harmonise: ${summary}; report written to ${target}\n`);
}

/** `n thing` or `n things`. */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

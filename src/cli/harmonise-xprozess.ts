/**
 * The XProzess branch of `fimkit harmonise`: a Stammprozess (XProzess 2.0) against local processes.
 * `harmonise.ts` detects the Stamm's standard and calls {@link harmoniseXprozess}.
 *
 * @module
 */
import path from 'node:path';
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import { detect } from '../detect/index.js';
import {
  createProcessHarmoniser,
  renderProcessReportHtml,
  renderProcessReportMarkdown,
} from '../harmonise/index.js';
import { writeAtomic } from '../node/write-atomic.js';
import { parse, type XprozessDocument } from '../xprozess/v2/index.js';
import { EXIT } from './command.js';
import { expandInputs, readInput } from './inputs.js';
import type { CliIo } from './io.js';
import { formatDiagnostic } from './report.js';

/**
 * What `fimkit harmonise` passes on for an XProzess Stamm.
 *
 * @example
 * ```ts
 * const request: XprozessHarmoniseRequest = { stamm: 'stamm.xml', stammBytes, variants: ['nrw.xml'], format: 'md' };
 * ```
 */
export interface XprozessHarmoniseRequest {
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

/** Parses XProzess bytes; errors go to stderr and give undefined. */
function load(file: string, bytes: Uint8Array, io: CliIo): XprozessDocument | undefined {
  const found = detect(bytes).value;
  if (found !== undefined && found.standard !== 'xprozess') {
    const d = diagnostic(
      'error',
      'harmonise/not-xprozess',
      `Expected XProzess 2.0 like the Stammprozess, got ${found.label} (${found.message}).`,
      'harmonise',
      { line: found.line, column: found.column },
    );
    io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
    return undefined;
  }
  const { value, diagnostics } = parse(bytes);
  const errors = diagnostics.filter((d: Diagnostic) => d.severity === 'error');
  for (const d of errors) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
  return errors.length > 0 ? undefined : value;
}

/**
 * Runs the process harmonisation for `fimkit harmonise`: reads the variants one at a time, writes the
 * report (stdout or `-o`), and returns the exit code: 0 no violations, 1 violations or unusable
 * variants, 2 Stamm unusable or no variant usable.
 *
 * @example
 * ```ts
 * const code = await harmoniseXprozess({ stamm: 'stamm.xml', stammBytes, variants: ['nrw.xml'], format: 'html' }, io);
 * ```
 */
export async function harmoniseXprozess(request: XprozessHarmoniseRequest, io: CliIo): Promise<number> {
  const stamm = load(request.stamm, request.stammBytes, io);
  if (stamm === undefined) return EXIT.usage;
  let h: ReturnType<typeof createProcessHarmoniser>;
  try {
    h = createProcessHarmoniser(stamm, request.k === undefined ? {} : { k: request.k });
  } catch (error) {
    io.stderr.write(`${request.stamm}: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  let unusable = 0;
  for (const input of await expandInputs(request.variants, io.cwd)) {
    const read = await readInput(input, io);
    if ('problem' in read) {
      io.stderr.write(`${input.file}: ${formatDiagnostic(read.problem)}\n`);
      unusable++;
      continue;
    }
    const document = load(input.file, read.bytes, io);
    if (document === undefined) {
      unusable++;
      continue;
    }
    h.add(input.file, document);
  }
  const report = h.finish();
  const text =
    request.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : request.format === 'html'
        ? renderProcessReportHtml(report)
        : renderProcessReportMarkdown(report);
  const t = report.totals;
  if (request.output !== undefined) {
    const target = path.resolve(io.cwd, request.output);
    await writeAtomic(target, text);
    if (io.quiet !== true)
      io.stderr.write(
        `fimkit harmonise: ${report.variants.length} process variant${report.variants.length === 1 ? '' : 's'} against the Stammprozess, ${t.violations} violation${t.violations === 1 ? '' : 's'}; report written to ${target}\n`,
      );
  } else io.stdout.write(text);
  if (report.variants.length === 0) return EXIT.usage;
  return t.violations > 0 || unusable > 0 ? EXIT.findings : EXIT.ok;
}

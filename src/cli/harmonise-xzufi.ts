/**
 * The XZuFi branch of `fimkit harmonise`: a Stammtext (XZuFi 2.2.0 Leistung) against regional variants
 * of the same LeiKa key. `harmonise.ts` detects the Stamm's standard and calls {@link harmoniseXzufi}.
 *
 * @module
 */
import path from 'node:path';
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import { detect } from '../detect/index.js';
import {
  harmoniseServiceTexts,
  leistungenOf,
  type NamedLeistungInput,
  renderServiceTextReportHtml,
  renderServiceTextReportMarkdown,
} from '../harmonise/index.js';
import { writeAtomic } from '../node/write-atomic.js';
import * as xzufi from '../xzufi/v2_2/index.js';
import { EXIT } from './command.js';
import { expandInputs, readInput } from './inputs.js';
import type { CliIo } from './io.js';
import { formatDiagnostic } from './report.js';

/**
 * What `fimkit harmonise` passes on for an XZuFi Stamm.
 *
 * @example
 * ```ts
 * const request: XzufiHarmoniseRequest = { stamm: 'stammtext.xml', stammBytes, variants: ['land.xml'], format: 'md' };
 * ```
 */
export interface XzufiHarmoniseRequest {
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

/** Parses XZuFi bytes; errors go to stderr and give undefined. */
function load(file: string, bytes: Uint8Array, io: CliIo): xzufi.Xzufi22Document | undefined {
  const found = detect(bytes).value;
  if (found !== undefined && found.standard !== 'xzufi') {
    const d = diagnostic(
      'error',
      'harmonise/not-xzufi',
      `Expected XZuFi 2.2.0 like the Stammtext, got ${found.label} (${found.message}).`,
      'harmonise',
      { line: found.line, column: found.column },
    );
    io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
    return undefined;
  }
  const { value, diagnostics } = xzufi.parse(bytes);
  const errors = diagnostics.filter((d: Diagnostic) => d.severity === 'error');
  for (const d of errors) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
  return errors.length > 0 ? undefined : value;
}

/**
 * Runs the service-text harmonisation for `fimkit harmonise`: reads the variants, writes the report
 * (stdout or `-o`), and returns the exit code: 0 every variant fills every module the Stamm fills and
 * nothing was noted, 1 findings (modules missing or left empty, LeiKa key mismatches, unusable
 * variants), 2 Stamm unusable or no variant usable.
 *
 * @example
 * ```ts
 * const code = await harmoniseXzufi({ stamm: 'stamm.xml', stammBytes, variants: ['land.xml'], format: 'html' }, io);
 * ```
 */
export async function harmoniseXzufi(request: XzufiHarmoniseRequest, io: CliIo): Promise<number> {
  const stamm = load(request.stamm, request.stammBytes, io);
  if (stamm === undefined) return EXIT.usage;
  if (leistungenOf(stamm).length === 0) {
    io.stderr.write(
      `${request.stamm}: the Stamm is an XZuFi ${stamm.kind} without a Leistung; give a Leistung (Stammtext).\n`,
    );
    return EXIT.usage;
  }
  const variants: NamedLeistungInput[] = [];
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
    variants.push({ source: input.file, document });
  }
  const report = harmoniseServiceTexts({ source: request.stamm, document: stamm }, variants, {
    ...(request.k === undefined ? {} : { k: request.k }),
  });
  for (const d of report.diagnostics)
    if (d.severity === 'error') io.stderr.write(`fimkit harmonise: ${formatDiagnostic(d)}\n`);
  const text =
    request.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : request.format === 'html'
        ? renderServiceTextReportHtml(report)
        : renderServiceTextReportMarkdown(report);
  if (request.output !== undefined) {
    const target = path.resolve(io.cwd, request.output);
    await writeAtomic(target, text);
    const t = report.totals;
    if (io.quiet !== true)
      io.stderr.write(
        `fimkit harmonise: ${t.variants} service text variant${t.variants === 1 ? '' : 's'} against the Stammtext, mean completeness ${(t.meanCompleteness * 100).toFixed(1)} %, ${t.findings} finding${t.findings === 1 ? '' : 's'}; report written to ${target}\n`,
      );
  } else io.stdout.write(text);
  if (report.variants.length === 0) return EXIT.usage;
  return report.totals.findings > 0 || unusable > 0 ? EXIT.findings : EXIT.ok;
}

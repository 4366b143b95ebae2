/**
 * The XZuFi branch of `fimkit harmonise`: a Stammtext (XZuFi 2.2.0 Leistung) against regional variants
 * of the same LeiKa key. `harmonise.ts` detects the Stamm's standard and calls {@link harmoniseXzufi}.
 *
 * @module
 */
import {
  harmoniseServiceTexts,
  leistungenOf,
  type NamedLeistungInput,
  renderServiceTextReportHtml,
  renderServiceTextReportMarkdown,
} from '../harmonise/index.js';
import { parse, type Xzufi22Document } from '../xzufi/v2_2/index.js';
import { EXIT } from './command.js';
import {
  type BranchReader,
  type HarmoniseRequest,
  plural,
  readAs,
  readVariants,
  writeReport,
} from './harmonise-branch.js';
import type { CliIo } from './io.js';
import { formatDiagnostic } from './report.js';

const reader: BranchReader<Xzufi22Document> = {
  standard: 'xzufi',
  expected: 'XZuFi 2.2.0 like the Stammtext',
  parse,
};

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
export async function harmoniseXzufi(request: HarmoniseRequest, io: CliIo): Promise<number> {
  const stamm = readAs(reader, request.stamm, request.stammBytes, io);
  if (stamm === undefined) return EXIT.usage;
  if (leistungenOf(stamm).length === 0) {
    io.stderr.write(
      `${request.stamm}: the Stamm is an XZuFi ${stamm.kind} without a Leistung; give a Leistung (Stammtext).\n`,
    );
    return EXIT.usage;
  }
  const variants: NamedLeistungInput[] = [];
  const unusable = await readVariants(reader, request.variants, io, (source, document) =>
    variants.push({ source, document }),
  );
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
  const t = report.totals;
  await writeReport(
    text,
    request,
    io,
    `${plural(t.variants, 'service text variant')} against the Stammtext, mean completeness ${(t.meanCompleteness * 100).toFixed(1)} %, ${plural(t.findings, 'finding')}`,
  );
  if (report.variants.length === 0) return EXIT.usage;
  return t.findings > 0 || unusable > 0 ? EXIT.findings : EXIT.ok;
}

/**
 * The XProzess branch of `fimkit harmonise`: a Stammprozess (XProzess 2.0) against local processes.
 * `harmonise.ts` detects the Stamm's standard and calls {@link harmoniseXprozess}.
 *
 * @module
 */
import {
  createProcessHarmoniser,
  renderProcessReportHtml,
  renderProcessReportMarkdown,
} from '../harmonise/index.js';
import { parse, type XprozessDocument } from '../xprozess/v2/index.js';
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

const reader: BranchReader<XprozessDocument> = {
  standard: 'xprozess',
  expected: 'XProzess 2.0 like the Stammprozess',
  parse,
};

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
export async function harmoniseXprozess(request: HarmoniseRequest, io: CliIo): Promise<number> {
  const stamm = readAs(reader, request.stamm, request.stammBytes, io);
  if (stamm === undefined) return EXIT.usage;
  let h: ReturnType<typeof createProcessHarmoniser>;
  try {
    h = createProcessHarmoniser(stamm, request.k === undefined ? {} : { k: request.k });
  } catch (error) {
    io.stderr.write(`${request.stamm}: ${(error as Error).message}\n`);
    return EXIT.usage;
  }
  const unusable = await readVariants(reader, request.variants, io, (source, document) =>
    h.add(source, document),
  );
  const report = h.finish();
  const text =
    request.format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : request.format === 'html'
        ? renderProcessReportHtml(report)
        : renderProcessReportMarkdown(report);
  const t = report.totals;
  await writeReport(
    text,
    request,
    io,
    `${plural(report.variants.length, 'process variant')} against the Stammprozess, ${plural(t.violations, 'violation')}`,
  );
  if (report.variants.length === 0) return EXIT.usage;
  return t.violations > 0 || unusable > 0 ? EXIT.findings : EXIT.ok;
}

/**
 * `fimkit inspect`: what each file is (standard, version, message), the id and version of its main object,
 * element counts and every diagnostic of reading and detection.
 *
 * @module
 */

import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '../core/diagnostics.js';
import { type Summary, summarize } from '../detect/index.js';
import { writeAtomic } from '../node/write-atomic.js';
import { type InspectFileReport, renderInspectHtml } from '../report/html/index.js';
import { renderInspectMarkdown } from '../report/markdown/index.js';
import { type Command, EXIT, parseReportFormat, usageError } from './command.js';
import { expandInputs, readInput } from './inputs.js';
import type { CliIo } from './io.js';
import { packageVersion } from './main.js';
import { createProgress, exitCodeFor, formatDiagnostic, plural, writeJsonLine } from './report.js';

const HELP = `Usage: fimkit inspect <file|dir>... [--format text|json|md|html] [-o FILE]

Tells for each file which FIM standard, version and message it is, the id and version
of its main object (XDatenfelder identifikation, genericode Identification), how many
elements of the main kinds it holds, and every problem found while reading it.
Directories are searched recursively for *.xml files.

Options:
  --format text|json   Output format (default: text). json prints JSON Lines: one object
                       per input with file, standard, version, message, supported, id,
                       idVersion, counts and diagnostics. md and html: one report
                       over all inputs (html: self-contained, for the browser and print).
  -o, --output F       Write the md or html report to F.
  -h, --help           Show this help.

Exit codes: 0 clean, 1 findings (any error or warning), 2 usage error or unreadable input.

Examples:
  fimkit inspect fixtures/
  fimkit inspect schema.xdf.xml codelists/ --format json
  fimkit inspect exports/ --format json | jq -r 'select(.standard == null) | .file'
  fimkit inspect exports/ --format html -o pruefbericht.html
`;

/** The JSON Lines record of one input. */
function record(file: string, summary: Summary | undefined, diagnostics: readonly Diagnostic[]) {
  const d = summary?.detection;
  return {
    file,
    standard: d?.standard ?? null,
    version: d?.version ?? null,
    message: d?.message ?? null,
    messageCode: d?.code ?? null,
    title: d?.title ?? null,
    namespace: d?.namespace ?? null,
    supported: d?.supported ?? null,
    id: summary?.id ?? null,
    idVersion: summary?.idVersion ?? null,
    counts: summary?.counts ?? {},
    encoding: summary?.encoding ?? null,
    diagnostics,
  };
}

function writeText(
  io: CliIo,
  file: string,
  summary: Summary | undefined,
  diagnostics: readonly Diagnostic[],
) {
  const lines = [file];
  const d = summary?.detection;
  if (d !== undefined) {
    lines.push(`  ${d.label} · ${d.message}${d.title === d.message ? '' : ` (${d.title})`}`);
    if (!d.supported) lines.push('  not supported by fimkit');
  }
  if (summary?.id !== undefined) {
    lines.push(
      `  id ${summary.id === '' ? '(empty)' : summary.id}${summary.idVersion === undefined ? '' : ` version ${summary.idVersion}`}`,
    );
  }
  const counts = Object.entries(summary?.counts ?? {});
  if (counts.length > 0) lines.push(`  elements: ${counts.map(([k, n]) => `${k} ${n}`).join(', ')}`);
  for (const diag of diagnostics) lines.push(formatDiagnostic(diag));
  io.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * `fimkit inspect <file|dir>... [--format text|json]`.
 *
 * @example
 * ```ts
 * const exit = await command.run(['fixtures/', '--format', 'json'], io);
 * ```
 */
export const command: Command = {
  name: 'inspect',
  summary: 'Show standard, version, message, id, element counts and problems of FIM files',
  help: HELP,
  async run(args, io) {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(args);
    } catch (error) {
      return usageError(io, 'inspect', error instanceof Error ? error.message : String(error));
    }
    if (parsed.values.help === true) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const format = parseReportFormat(parsed.values.format, ['text', 'json', 'md', 'html'] as const);
    if (format === undefined) {
      return usageError(
        io,
        'inspect',
        `--format must be text, json, md or html, not "${parsed.values.format}"`,
      );
    }
    const reports: InspectFileReport[] = [];
    if (parsed.positionals.length === 0) return usageError(io, 'inspect', 'no file or directory given');

    const inputs = await expandInputs(parsed.positionals, io.cwd);
    const progress = createProgress(io, inputs.length);
    let exit: number = EXIT.ok;
    let clean = 0;
    let unreadable = 0;
    for (const input of inputs) {
      progress.tick(input.file);
      const read = await readInput(input);
      let summary: Summary | undefined;
      let diagnostics: readonly Diagnostic[];
      if ('problem' in read) {
        diagnostics = [read.problem];
      } else {
        const result = summarize(read.bytes, { fileName: input.file });
        summary = result.value;
        diagnostics = result.diagnostics;
      }
      const code = exitCodeFor(diagnostics, 'problem' in read);
      if (code === EXIT.ok) clean++;
      else if (code === EXIT.usage) unreadable++;
      exit = Math.max(exit, code);
      if (format === 'json') writeJsonLine(io, record(input.file, summary, diagnostics));
      else if (format === 'text') writeText(io, input.file, summary, diagnostics);
      else reports.push({ file: input.file, summary, diagnostics });
    }
    progress.done();
    if (format === 'html' || format === 'md') {
      const options = { generator: `fimkit ${packageVersion()}` };
      const page =
        format === 'html' ? renderInspectHtml(reports, options) : renderInspectMarkdown(reports, options);
      if (parsed.values.output !== undefined) {
        const target = path.resolve(io.cwd, parsed.values.output);
        await writeAtomic(target, page);
        if (io.quiet !== true) io.stderr.write(`fimkit inspect: report written to ${target}\n`);
      } else io.stdout.write(page);
    }
    if (format === 'text') {
      const findings = inputs.length - clean - unreadable;
      const rest = unreadable === 0 ? '' : `, ${unreadable} unreadable`;
      io.stdout.write(
        `\n${plural(inputs.length, 'file')}: ${clean} clean, ${findings} with findings${rest}\n`,
      );
    }
    return exit;
  },
};

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    options: {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
}

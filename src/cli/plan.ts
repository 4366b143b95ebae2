/**
 * `fimkit plan`: checks a project descriptor (JSON or YAML) against the OZG artefact matrix of its
 * priority category and renders the project report over the files it names. The CLI only reads
 * files; the analyses and the page are `analyseProject` and the renderers of `fimkit/plan`.
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeAtomic } from '../node/write-atomic.js';
import {
  analyseProject,
  descriptorFormat,
  hasFindings,
  type ProjectFiles,
  type ProjectReport,
  parseDescriptor,
  projectReportJson,
  renderProjectReportHtml,
  renderProjectReportMarkdown,
  renderProjectReportText,
} from '../plan/index.js';
import { COMMON_HELP, type Command, EXIT, formatList, parseReportFormat, usageError } from './command.js';
import { expandInputs, readInput, STDIN } from './inputs.js';
import type { CliIo } from './io.js';
import { packageVersion } from './main.js';
import { formatDiagnostic } from './report.js';

const FORMATS = ['text', 'json', 'md', 'html'] as const;

const HELP = `Usage: fimkit plan <descriptor.yaml|descriptor.json|-> [--format text|json|md|html] [-o FILE] [-k N]

Checks a project descriptor (YAML or JSON: service, leikaKey, category L|K|M|D, artefacts, files)
against the artefact matrix of the OZG process model: which required (X) and optional ((X))
artefacts of the category are present or missing. It then analyses the files the descriptor
names (relative to the descriptor; for "-", standard input, relative to the current directory):
  files.stamm + files.variants     XDatenfelder variants against the Stamm (harmonisation)
  files.schemas                    further XDatenfelder schemas for the reuse figures
  files.texts.stamm + .variants    an XZuFi Stammtext and its regional variants
  files.processes.stamm + .variants an XProzess Stammprozess and its variants
and writes one report: artefacts first, then the harmonisation, reuse, service-text and process
sections. Descriptor errors are reported with line and column.

Options:
  --format F         text (default), json (one JSON document), md or html (one self-contained page).
  -o, --output F     Write the report to F instead of stdout (and say where on stderr).
  -k N               Adoption threshold for clusters (default 3, or 10 % of the variants when more).
  -h, --help         Show this help.
${COMMON_HELP}
Exit codes: 0 nothing required is missing and no findings, 1 required artefacts missing,
violations or unusable files, 2 usage error or unreadable/invalid descriptor.

Examples:
  fimkit plan fixtures/demo/harmonisation/projekt.yaml
  fimkit plan fixtures/demo/harmonisation/projekt.yaml --format html -o fimkit-report.html
  cat projekt.yaml | fimkit plan - --format json
`;

/** Files named in the descriptor, read relative to `base`; directories and globs expand. */
function projectFiles(base: string, io: CliIo): ProjectFiles {
  return {
    read: (file) => readInput({ file, absolute: path.resolve(base, file) }, io),
    async expand(pattern) {
      // A pattern that matches nothing stays as given, so reading it reports the problem.
      return (await expandInputs([pattern], base)).map((i) => (i.problem === undefined ? i.file : pattern));
    },
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** One line for stderr: the service, what is missing, and the findings of each analysis. */
function summary(r: ProjectReport): string {
  const p = r.plan;
  const parts = [`${plural(p.missing.length, 'required artefact', 'required artefacts')} missing`];
  const h = r.harmonisation;
  if (h !== undefined)
    parts.push(
      `${plural(h.variants.length, 'variant', 'variants')} with ${plural(h.totals.violations, 'violation', 'violations')}`,
    );
  if (r.texts?.status === 'done') {
    const t = r.texts.report.totals;
    parts.push(
      `${plural(t.variants, 'service text variant', 'service text variants')} with ${plural(t.findings, 'finding', 'findings')}`,
    );
  }
  if (r.processes?.status === 'done') {
    const x = r.processes.report;
    parts.push(
      `${plural(x.variants.length, 'process variant', 'process variants')} with ${plural(x.totals.violations, 'violation', 'violations')}`,
    );
  }
  if (r.problems.length > 0) parts.push(plural(r.problems.length, 'unusable file', 'unusable files'));
  return `${p.service}, Kategorie ${p.category}: ${parts.join(', ')}`;
}

/** `fimkit plan`. */
export const command: Command = {
  name: 'plan',
  summary: 'project report: OZG artefact matrix, harmonisation and reuse of the named files',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: { format?: string; output?: string; k?: string; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          format: { type: 'string' },
          output: { type: 'string', short: 'o' },
          k: { type: 'string', short: 'k' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      return usageError(io, 'plan', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const format = parseReportFormat(values.format, FORMATS);
    if (format === undefined) return usageError(io, 'plan', `--format must be ${formatList(FORMATS)}.`);
    if (positionals.length !== 1) return usageError(io, 'plan', 'expects exactly one descriptor.');
    const k = values.k === undefined ? undefined : Number(values.k);
    if (k !== undefined && !(Number.isInteger(k) && k >= 1))
      return usageError(io, 'plan', '-k takes a whole number >= 1.');

    const file = positionals[0] ?? '';
    const [input] = await expandInputs([file], io.cwd);
    if (input === undefined) return usageError(io, 'plan', `no descriptor found at ${file}.`);
    const read = await readInput(input, io);
    if ('problem' in read) {
      io.stderr.write(`${formatDiagnostic(read.problem)}\n`);
      return EXIT.usage;
    }
    const name = file === STDIN ? 'standard input' : file;
    const parsed = parseDescriptor(new TextDecoder().decode(read.bytes), {
      format: descriptorFormat(file),
    });
    for (const d of parsed.diagnostics) io.stderr.write(`${name}: ${formatDiagnostic(d)}\n`);
    if (parsed.value === undefined) return EXIT.usage;

    const base = file === STDIN ? io.cwd : path.dirname(input.absolute);
    const report = await analyseProject(parsed.value, projectFiles(base, io), k === undefined ? {} : { k });
    for (const d of report.plan.diagnostics) io.stderr.write(`${name}: ${formatDiagnostic(d)}\n`);
    for (const x of report.problems) io.stderr.write(`${x.file}: ${formatDiagnostic(x.diagnostic)}\n`);

    const generator = `fimkit ${packageVersion()}`;
    const text =
      format === 'json'
        ? `${JSON.stringify(projectReportJson(report), null, 2)}\n`
        : format === 'html'
          ? renderProjectReportHtml(report, { generator })
          : format === 'md'
            ? renderProjectReportMarkdown(report)
            : renderProjectReportText(report);
    if (values.output !== undefined) {
      const target = path.resolve(io.cwd, values.output);
      await writeAtomic(target, text);
      if (io.quiet !== true)
        io.stderr.write(`fimkit plan: ${summary(report)}; report written to ${target}\n`);
    } else io.stdout.write(text);
    return hasFindings(report) ? EXIT.findings : EXIT.ok;
  },
};

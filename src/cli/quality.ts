/**
 * `fimkit quality`: the XDFM quality rules over XDatenfelder files, as text, JSON Lines or SARIF.
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCodeListRegistry } from '../codelist/index.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { writeAtomic } from '../node/write-atomic.js';
import {
  checkQuality,
  type Finding,
  type QualityRegistry,
  qualityRegistryFrom,
  xdfmCatalogue,
  xdfmHelpUrl,
} from '../quality/index.js';
import { type QualityFileReport, renderQualityHtml } from '../report/html/index.js';
import { renderQualityMarkdown } from '../report/markdown/index.js';
import { toSarif } from '../report/sarif.js';
import { indexElements } from '../xdatenfelder/element-index.js';
import { COMMON_HELP, COMMON_OPTIONS, type Command, EXIT, parseReportFormat, usageError } from './command.js';
import { expandInputs, readInput } from './inputs.js';
import type { CliIo } from './io.js';
import { packageVersion } from './main.js';
import { createProgress, formatDiagnostic } from './report.js';
import { parseXdf } from './xdf.js';

const FORMATS = ['text', 'json', 'sarif', 'html', 'md'] as const;
type QualityFormat = (typeof FORMATS)[number];

const HELP = `Usage: fimkit quality <file|dir|glob|->... [--codelists DIR] [--format text|json|sarif|html|md] [-o FILE]

Checks XDatenfelder 2.0 and 3.0.0 schemas against the official quality catalogue (XDFM 1.8):
one finding per (code, element, parent), with the catalogue's message, the element's id and
version, path, line and column. Rules that need code list content (1076, 1122) run when
--codelists names a directory of genericode files; online rules (1115, 1125, 1126) never run
from the CLI. docs/quality.md lists every code and its status.

Options:
  --codelists DIR         Directory of genericode code lists (searched recursively).
  --format text|json|sarif|html|md
                          text (default); json: JSON Lines, one object per file
                          { file, findings: [{ code, type, severity, elementId, elementVersion,
                          message, path, line, column }] }; sarif: one SARIF 2.1.0 log;
                          html: one self-contained page (German labels, charts, navigable by
                          element; no script, no network); md: Markdown.
                          docs/report-formats.md documents every format.
  --strict                Follow the catalogue's wording where the reference is narrower (1103 on dates).
  --disable CODES         Comma-separated XDFM codes not to run (e.g. 1101,1102).
  -o, --output F          Write the output to F instead of stdout.
${COMMON_HELP}  -h, --help              Show this help.

Inputs: files, directories (searched for *.xml), quoted globs ('exports/**/*.xdf.xml'), - for stdin.

Exit codes: 0 no findings, 1 findings, 2 usage error or unreadable input.

Examples:
  fimkit quality schema.xdf.xml
  fimkit quality schemas/ --codelists codelists/ --format sarif -o quality.sarif
  fimkit quality 'schemas/**/*.xml' --format html -o qualitaet.html
`;

interface FileResult {
  readonly file: string;
  readonly findings: readonly Finding[];
  readonly problems: readonly Diagnostic[];
  readonly names?: ReadonlyMap<string, string>;
}

/** `fimkit quality`. */
export const command: Command = {
  name: 'quality',
  summary: 'check XDatenfelder schemas against the XDFM quality rules',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: {
      codelists?: string;
      format?: string;
      output?: string;
      strict?: boolean;
      disable?: string;
      help?: boolean;
      quiet?: boolean;
      'no-color'?: boolean;
    };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          codelists: { type: 'string' },
          format: { type: 'string' },
          output: { type: 'string', short: 'o' },
          strict: { type: 'boolean' },
          disable: { type: 'string' },
          help: { type: 'boolean', short: 'h' },
          ...COMMON_OPTIONS,
        },
      }));
    } catch (error) {
      return usageError(io, 'quality', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const format = parseReportFormat<QualityFormat>(values.format, FORMATS);
    if (format === undefined) {
      return usageError(
        io,
        'quality',
        `--format must be text, json or sarif (data) or html or md (reports), not "${values.format}".`,
      );
    }
    if (positionals.length === 0) return usageError(io, 'quality', 'expects at least one file or directory.');
    const disable = (values.disable ?? '')
      .split(',')
      .filter((c) => c.trim() !== '')
      .map(Number);
    if (disable.some((c) => !Number.isInteger(c)))
      return usageError(io, 'quality', '--disable takes XDFM codes.');

    let registry: QualityRegistry | undefined;
    if (values.codelists !== undefined) {
      try {
        registry = qualityRegistryFrom(
          (await loadCodeListRegistry(path.resolve(io.cwd, values.codelists))).registry,
        );
      } catch (error) {
        io.stderr.write(
          `fimkit quality: cannot read --codelists ${values.codelists}: ${(error as Error).message}\n`,
        );
        return EXIT.usage;
      }
    }

    const inputs = await expandInputs(positionals, io.cwd);
    const progress = createProgress(io, inputs.length, { quiet: values.quiet === true || io.quiet === true });
    const results: FileResult[] = [];
    let unusable = false;
    for (const input of inputs) {
      progress.tick(input.file);
      const read = await readInput(input, io);
      if ('problem' in read) {
        unusable = true;
        results.push({ file: input.file, findings: [], problems: [read.problem] });
        continue;
      }
      const { parsed, diagnostics } = parseXdf(read.bytes);
      if (parsed === undefined) {
        unusable = true;
        results.push({ file: input.file, findings: [], problems: diagnostics });
        continue;
      }
      const report = checkQuality(
        parsed.version === '2.0'
          ? {
              format: 'xdf2',
              value: parsed.document,
              ...(parsed.sourceMap ? { sourceMap: parsed.sourceMap } : {}),
            }
          : {
              format: 'xdf3',
              value: parsed.document,
              ...(parsed.sourceMap ? { sourceMap: parsed.sourceMap } : {}),
            },
        { ...(registry !== undefined ? { registry } : {}), disable, catalogueStrict: values.strict === true },
      );
      results.push({
        file: input.file,
        findings: report.findings,
        problems: [],
        names: elementNames(parsed.document.model),
      });
    }
    progress.done();

    const out = render(format, results);
    if (values.output !== undefined) {
      const target = path.resolve(io.cwd, values.output);
      await writeAtomic(target, out);
      if (values.quiet !== true && io.quiet !== true && (format === 'html' || format === 'md')) {
        io.stderr.write(`fimkit quality: report written to ${target}\n`);
      }
    } else io.stdout.write(out);
    if (unusable) return EXIT.usage;
    return results.some((r) => r.findings.length > 0) ? EXIT.findings : EXIT.ok;
  },
};

/** `id@version` and `id` → `name` for every schema, group and field of a message model. */
function elementNames(model: object): Map<string, string> {
  const names = new Map<string, string>();
  const index = indexElements(model);
  for (const map of [index.schemas, index.groups, index.fields]) {
    for (const entries of map.values()) {
      for (const entry of entries) {
        const name = (entry.element as { name?: unknown }).name;
        if (typeof name !== 'string') continue;
        names.set(entry.key, name);
        if (!names.has(entry.element.identifikation.id)) names.set(entry.element.identifikation.id, name);
      }
    }
  }
  return names;
}

function reportFiles(results: readonly FileResult[]): QualityFileReport[] {
  return results.map((r) => ({
    file: r.file,
    findings: r.findings,
    problems: r.problems,
    ...(r.names === undefined ? {} : { names: r.names }),
  }));
}

function render(format: QualityFormat, results: readonly FileResult[]): string {
  const generator = `fimkit ${packageVersion()}`;
  if (format === 'html') return renderQualityHtml(reportFiles(results), { generator });
  if (format === 'md') return renderQualityMarkdown(reportFiles(results), { generator });
  if (format === 'sarif') {
    const rules = xdfmCatalogue
      .filter((e) => e.typ !== 'D')
      .map((e) => ({
        id: `XDFM${e.code}`,
        text: e.text,
        helpUri: xdfmHelpUrl(e.code),
        level: e.typ === 'H' ? ('note' as const) : e.typ === 'W' ? ('warning' as const) : ('error' as const),
      }));
    const files = results.map((r) => ({ file: r.file, diagnostics: [...r.problems, ...r.findings] }));
    return `${JSON.stringify(toSarif('fimkit', packageVersion(), rules, files), null, 2)}\n`;
  }
  if (format === 'json') {
    return results
      .map(
        (r) =>
          `${JSON.stringify({
            file: r.file,
            findings: r.findings.map((f) => ({
              code: f.code,
              type: f.typ,
              severity: f.severity,
              elementId: f.elementId,
              elementVersion: f.elementVersion ?? null,
              ...(f.parentId !== undefined
                ? { parentId: f.parentId, parentVersion: f.parentVersion ?? null }
                : {}),
              message: f.message,
              path: f.path ?? null,
              line: f.line ?? null,
              column: f.column ?? null,
            })),
            diagnostics: r.problems,
          })}\n`,
      )
      .join('');
  }
  let text = '';
  for (const r of results) {
    for (const d of r.problems) text += `${r.file}: ${formatDiagnostic(d)}\n`;
    for (const f of r.findings) {
      const where = f.line !== undefined ? `${f.line}:${f.column ?? 0}` : '-';
      const parent = f.parentId !== undefined ? ` in ${f.parentId}` : '';
      text += `${r.file}:${where} ${f.severity} ${f.code} (${f.typ}) ${f.elementId}${f.elementVersion ? ` V${f.elementVersion}` : ''}${parent}: ${f.message}\n`;
    }
    text += `${r.file}: ${r.findings.length} finding${r.findings.length === 1 ? '' : 's'}\n`;
  }
  return text;
}

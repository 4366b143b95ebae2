/**
 * `fimkit diff`: the changes between two XDatenfelder files, filtered by relevance level, as JSON,
 * Markdown or a self-contained HTML report.
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Diagnostic } from '../core/diagnostics.js';
import { detect } from '../detect/index.js';
import type { Level } from '../diff/model.js';
import { renderHtml } from '../diff/render-html.js';
import { renderMarkdown } from '../diff/render-markdown.js';
import { diffXdatenfelder } from '../diff/xdatenfelder.js';
import { diffXprozess } from '../diff/xprozess.js';
import { renderXprozessHtml, renderXprozessMarkdown } from '../diff/xprozess-render.js';
import { diffXzufi } from '../diff/xzufi.js';
import { renderXzufiHtml, renderXzufiMarkdown } from '../diff/xzufi-render.js';
import { writeAtomic } from '../node/write-atomic.js';
import * as xprozess from '../xprozess/v2/index.js';
import * as xzufi from '../xzufi/v2_2/index.js';
import { type Command, EXIT, usageError } from './command.js';
import type { CliIo } from './io.js';
import { readOne } from './parse.js';
import { formatDiagnostic } from './report.js';
import { parseXdf } from './xdf.js';

const HELP = `Usage: fimkit diff <old> <new> [--level 0-3] [--format json|md|html] [-o FILE]

Compares two XDatenfelder files of the same version (2.0 or 3.0.0), two XZuFi 2.2.0 Leistungen
or two XProzess 2.0 messages over their typed models:
elements are matched by id and version, through their ABL relation, or by structural
similarity. The changes are explained per element; docs/diff-format.md describes the JSON.

Options:
  --level N          Relevance level (the FIM "VergleichsGrad"): 0 all differences (default),
                     1 without history and status, 2 also without descriptive metadata,
                     3 structure and data types only. Only level-0 diffs can be patched.
  --format F         md (default, also "text"), html (self-contained report) or json (the
                     diff document, one line).
  -o, --output F     Write to F instead of stdout.
  -h, --help         Show this help.

Exit codes: 0 no differences, 1 differences found, 2 usage error or unreadable input.

Examples:
  fimkit diff S00000094-2022.xml S00000094-2023.xml --level 1
  fimkit diff old.xdf3.xml new.xdf3.xml --format json -o changes.json
  fimkit diff old.xml new.xml --format html -o changes.html
`;

/** `fimkit diff`. */
export const command: Command = {
  name: 'diff',
  summary: 'compare two XDatenfelder, XZuFi or XProzess files (relevance levels 0-3; json, md, html)',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: { level?: string; format?: string; output?: string; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          level: { type: 'string' },
          format: { type: 'string' },
          output: { type: 'string', short: 'o' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      return usageError(io, 'diff', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const level = values.level === undefined ? 0 : Number(values.level);
    if (!(level === 0 || level === 1 || level === 2 || level === 3)) {
      return usageError(io, 'diff', '--level takes 0, 1, 2 or 3.');
    }
    const format = values.format ?? 'md';
    if (!['md', 'text', 'html', 'json'].includes(format))
      return usageError(io, 'diff', '--format must be json, md or html.');
    if (positionals.length !== 2) return usageError(io, 'diff', 'expects two input files: <old> <new>.');
    const inputs: Uint8Array[] = [];
    for (const file of positionals) {
      const bytes = await readOne(file, io);
      if (bytes === undefined) return EXIT.usage;
      inputs.push(bytes);
    }
    const standard = detect(inputs[0]!).value?.standard;
    if (standard === 'xzufi' || standard === 'xprozess') {
      const files = positionals as [string, string];
      const r = diffOther(standard, inputs as [Uint8Array, Uint8Array], files, level as Level, format);
      for (const line of r.errors) io.stderr.write(line);
      if (r.text === undefined) return EXIT.usage;
      if (values.output !== undefined) await writeAtomic(path.resolve(io.cwd, values.output), r.text);
      else io.stdout.write(r.text);
      return r.changes === 0 ? EXIT.ok : EXIT.findings;
    }
    const sides = [];
    const diagnostics: { file: string; d: Diagnostic }[] = [];
    for (const [i, file] of positionals.entries()) {
      const r = parseXdf(inputs[i]!);
      for (const d of r.diagnostics) diagnostics.push({ file, d });
      if (r.parsed === undefined) {
        for (const x of diagnostics) io.stderr.write(`${x.file}: ${formatDiagnostic(x.d)}\n`);
        return EXIT.usage;
      }
      sides.push(r.parsed);
    }
    const [left, right] = sides as [(typeof sides)[number], (typeof sides)[number]];
    const result = diffXdatenfelder(left, right, {
      level: level as Level,
      leftSource: positionals[0]!,
      rightSource: positionals[1]!,
    });
    for (const x of diagnostics) {
      if (x.d.severity === 'error') io.stderr.write(`${x.file}: ${formatDiagnostic(x.d)}\n`);
    }
    for (const d of result.diagnostics) io.stderr.write(`${formatDiagnostic(d)}\n`);
    const diff = result.value;
    if (diff === undefined) return EXIT.usage;
    const text =
      format === 'json'
        ? `${JSON.stringify(diff)}\n`
        : format === 'html'
          ? renderHtml(diff)
          : renderMarkdown(diff);
    if (values.output !== undefined) await writeAtomic(path.resolve(io.cwd, values.output), text);
    else io.stdout.write(text);
    return diff.changes.length === 0 ? EXIT.ok : EXIT.findings;
  },
};

/** Diffs two XZuFi Leistungen or two XProzess messages and renders the result in `format`. */
function diffOther(
  standard: 'xzufi' | 'xprozess',
  inputs: readonly [Uint8Array, Uint8Array],
  files: readonly [string, string],
  level: Level,
  format: string,
): { text?: string; changes: number; errors: string[] } {
  const errors: string[] = [];
  const report = (file: string | undefined, ds: readonly Diagnostic[]) => {
    for (const d of ds) {
      if (d.severity === 'error')
        errors.push(`${file === undefined ? '' : `${file}: `}${formatDiagnostic(d)}\n`);
    }
  };
  const options = { level, leftSource: files[0], rightSource: files[1] };
  const render = <D>(d: D, md: (x: D) => string, html: (x: D) => string) =>
    format === 'json' ? `${JSON.stringify(d)}\n` : format === 'html' ? html(d) : md(d);
  if (standard === 'xzufi') {
    const [a, b] = [xzufi.parse(inputs[0]), xzufi.parse(inputs[1])];
    report(files[0], a.diagnostics);
    report(files[1], b.diagnostics);
    if (a.value === undefined || b.value === undefined) return { changes: 0, errors };
    const r = diffXzufi(a.value, b.value, options);
    report(undefined, r.diagnostics);
    if (r.value === undefined) return { changes: 0, errors };
    return {
      text: render(r.value, renderXzufiMarkdown, renderXzufiHtml),
      changes: r.value.changes.length,
      errors,
    };
  }
  const [a, b] = [xprozess.parse(inputs[0]), xprozess.parse(inputs[1])];
  report(files[0], a.diagnostics);
  report(files[1], b.diagnostics);
  if (a.value === undefined || b.value === undefined) return { changes: 0, errors };
  const r = diffXprozess(a.value, b.value, options);
  report(undefined, r.diagnostics);
  if (r.value === undefined) return { changes: 0, errors };
  return {
    text: render(r.value, renderXprozessMarkdown, renderXprozessHtml),
    changes: r.value.changes.length,
    errors,
  };
}

/**
 * `fimkit harmonise`: local variants against their Stamm schema: classification, violations of the
 * Ableitungsmodifikationen, clusters of equivalent local changes and the harmonisation potential.
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { detect } from '../detect/index.js';
import {
  createHarmoniser,
  elementNames,
  loadXdf3,
  type NamedDocument,
  renderHarmonisationHtml,
  renderHarmonisationMarkdown,
} from '../harmonise/index.js';
import { writeAtomic } from '../node/write-atomic.js';
import type { Xdf3Document } from '../xdatenfelder/v3/index.js';
import { type Command, EXIT, usageError } from './command.js';
import { harmoniseXprozess } from './harmonise-xprozess.js';
import { harmoniseXzufi } from './harmonise-xzufi.js';
import { expandInputs, readInput } from './inputs.js';
import type { CliIo } from './io.js';
import { readOne } from './parse.js';
import { formatDiagnostic } from './report.js';

const HELP = `Usage: fimkit harmonise --stamm <file> <variant|dir>... [--format md|json|html] [-o FILE] [-k N]

The Stamm's standard decides what is compared (detected from the file).

XDatenfelder: compares local variants of a Stammdatenschema with the Stamm: every field and group
is unchanged, adapted, added or dropped; every change is checked against the Stamm's
Ableitungsmodifikationen (codes as in the XSD: Struktur 0 nicht modifizierbar, 1 nur
einschränkbar, 2 nur erweiterbar, 3 alles modifizierbar; Repräsentation 0 nicht modifizierbar,
1 modifizierbar). Equivalent local changes are clustered across variants and ranked as
candidates for the Stamm. XDatenfelder 2.0 input is converted to 3.0.0 first.

XZuFi 2.2.0 (Dienstleistungstexte): compares regional variants of a Stammtext (same LeiKa key) with
the Stammtext: every text module and language is übernommen, umformuliert, ergänzt, ersetzt,
hinzugefügt, leer or entfallen; Kosten, Fristen, Bearbeitungsdauer, Dokumente, Typisierung and
Gültigkeitsgebiet are compared; Vollständigkeit per variant; equal local texts in several variants
are candidates for the Stammtext. Exit 1 when a variant leaves a Stamm module out or empty, or
references another LeiKa key.

XProzess 2.0 (Prozesse): compares local processes with the Stammprozess: Prozessklasse reference,
Prozessschritte (from the BPMN model and the Aktivitätengruppen), Handlungsgrundlagen, forms and
data, participants are übernommen, angepasst, ergänzt or entfallen. Violations: a changed
Prozessklasse, a Handlungsgrundlage dropped where it still applies, a mandatory step dropped.

Options:
  --stamm F          The Stamm: a Stammdatenschema, a Stammtext or a Stammprozess (required).
  --format F         md (default), json (one JSON document) or html (self-contained page).
  -o, --output F     Write the report to F instead of stdout.
  -k N               Adoption threshold (default 3, or 10 % of the variants when more).
  -h, --help         Show this help.

Exit codes: 0 no violations (XZuFi: no findings), 1 violations, findings or diagnostics, 2 usage
error or unreadable input.

Examples:
  fimkit harmonise --stamm fixtures/demo/harmonisation/stamm.xdf3.xml \\
    fixtures/demo/harmonisation/variante-*.xml --format html -o report.html
  fimkit harmonise --stamm fixtures/demo/harmonisation/stammtext.xzufi.xml \\
    fixtures/demo/harmonisation/stammtext-*.xzufi.xml --format html -o texte.html
  fimkit harmonise --stamm fixtures/xprozess/v2/harmonisation/stamm.xml \\
    'fixtures/xprozess/v2/harmonisation/variante-*.xml' --format md
  fimkit harmonise --stamm stamm.xml varianten/ --format json -o report.json
`;

/** Reads bytes as XDatenfelder 3.0.0 (converting 2.0); undefined with its errors on stderr otherwise. */
function load(file: string, bytes: Uint8Array, io: CliIo): Xdf3Document | undefined {
  const { value, diagnostics } = loadXdf3(bytes);
  for (const d of diagnostics)
    if (d.severity === 'error') io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
  return value;
}

/**
 * Expands files and directories and loads each as XDatenfelder 3.0.0 (2.0 converted), calling `each`
 * per document (so callers can stream); reports unusable inputs on stderr.
 *
 * @example
 * ```ts
 * const { unusable } = await loadAll(['corpus/'], io, (doc) => docs.push(doc));
 * ```
 */
export async function loadAll(
  paths: readonly string[],
  io: CliIo,
  each: (doc: NamedDocument) => void,
): Promise<{ loaded: number; unusable: number }> {
  let loaded = 0;
  let unusable = 0;
  const skipped = new Map<string, number>();
  for (const input of await expandInputs(paths, io.cwd)) {
    const read = await readInput(input, io);
    if ('problem' in read) {
      io.stderr.write(`${input.file}: ${formatDiagnostic(read.problem)}\n`);
      unusable++;
      continue;
    }
    // A directory may hold other FIM artefacts beside the schemas (a project folder with service texts
    // and processes): those are skipped with one note, while a file named or matched explicitly is an error.
    const standard = input.listed === true ? detect(read.bytes).value : undefined;
    if (standard !== undefined && standard.standard !== 'xdatenfelder') {
      skipped.set(standard.label, (skipped.get(standard.label) ?? 0) + 1);
      continue;
    }
    const document = load(input.file, read.bytes, io);
    if (document === undefined) {
      unusable++;
      continue;
    }
    loaded++;
    each({ source: input.file, document });
  }
  if (skipped.size > 0 && io.quiet !== true) {
    const list = [...skipped].map(([label, n]) => `${n} ${label}`).join(', ');
    io.stderr.write(`fimkit: skipped files in directories that are not XDatenfelder: ${list}\n`);
  }
  return { loaded, unusable };
}

/** `fimkit harmonise`. */
export const command: Command = {
  name: 'harmonise',
  summary: 'compare local variants with their Stamm: reuse, violations, harmonisation potential',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: { stamm?: string; format?: string; output?: string; k?: string; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          stamm: { type: 'string' },
          format: { type: 'string' },
          output: { type: 'string', short: 'o' },
          k: { type: 'string', short: 'k' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      return usageError(io, 'harmonise', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const format = values.format ?? 'md';
    if (!['md', 'json', 'html', 'text'].includes(format))
      return usageError(io, 'harmonise', '--format must be md, json or html.');
    if (values.stamm === undefined) return usageError(io, 'harmonise', '--stamm <file> is required.');
    if (positionals.length === 0) return usageError(io, 'harmonise', 'give at least one variant.');
    const k = values.k === undefined ? undefined : Number(values.k);
    if (k !== undefined && !(Number.isInteger(k) && k >= 1))
      return usageError(io, 'harmonise', '-k takes a whole number >= 1.');

    const stammBytes = await readOne(values.stamm, io);
    if (stammBytes === undefined) return EXIT.usage;
    const standard = detect(stammBytes).value?.standard;
    if (standard === 'xzufi' || standard === 'xprozess') {
      const { output } = values;
      const rest = { ...(output === undefined ? {} : { output }), ...(k === undefined ? {} : { k }) };
      const request = { stamm: values.stamm, stammBytes, variants: positionals, format, ...rest };
      return standard === 'xzufi' ? harmoniseXzufi(request, io) : harmoniseXprozess(request, io);
    }
    const stamm = load(values.stamm, stammBytes, io);
    if (stamm === undefined) return EXIT.usage;
    const h = createHarmoniser(stamm, k === undefined ? {} : { k });
    const { unusable: bad } = await loadAll(positionals, io, (d) => h.add(d.source, d.document));
    const unusable = bad > 0;
    const report = h.finish();
    const text =
      format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : format === 'html'
          ? renderHarmonisationHtml(report, { names: elementNames([stamm]) })
          : renderHarmonisationMarkdown(report, { names: elementNames([stamm]) });
    if (values.output !== undefined) {
      const target = path.resolve(io.cwd, values.output);
      await writeAtomic(target, text);
      const t = report.totals;
      if (io.quiet !== true)
        io.stderr.write(
          `fimkit harmonise: ${report.variants.length} variants against the Stamm, ${t.violations} violation${t.violations === 1 ? '' : 's'}; report written to ${target}\n`,
        );
    } else io.stdout.write(text);
    if (unusable && report.variants.length === 0) return EXIT.usage;
    return report.totals.violations > 0 || unusable ? EXIT.findings : EXIT.ok;
  },
};

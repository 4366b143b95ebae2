/**
 * `fimkit plan`: checks a project descriptor against the OZG artefact matrix of its priority category
 * and fills the harmonisation and reuse figures from its XDatenfelder files.
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  createHarmoniser,
  type HarmonisationReport,
  type NamedDocument,
  type ReuseShares,
  reuseMetrics,
} from '../harmonise/index.js';
import { checkPlan, parseDescriptor } from '../plan/index.js';
import { type Command, EXIT, usageError } from './command.js';
import { loadAll } from './harmonise.js';
import type { CliIo } from './io.js';
import { readOne } from './parse.js';
import { formatDiagnostic } from './report.js';

const HELP = `Usage: fimkit plan <descriptor.json> [--format text|json]

Checks a project descriptor (JSON: service, leikaKey, category L|K|M|D, artefacts, files) against
the artefact matrix of the OZG process model: which required (X) and optional ((X)) artefacts of
the category are present or missing. When the descriptor names XDatenfelder files ("files":
{"stamm", "variants", "schemas"}, relative to the descriptor), the harmonisation and reuse
figures are computed from them. YAML descriptors are not supported.

Options:
  --format F         text (default) or json (one JSON document).
  -h, --help         Show this help.

Exit codes: 0 nothing required is missing, 1 required artefacts missing or violations, 2 usage error
or unreadable descriptor.

Examples:
  fimkit plan fixtures/demo/harmonisation/projekt.json
  fimkit plan projekt.json --format json
`;

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/** `fimkit plan`. */
export const command: Command = {
  name: 'plan',
  summary: 'check a project descriptor against the OZG artefact matrix',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: { format?: string; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: { format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      }));
    } catch (error) {
      return usageError(io, 'plan', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json')
      return usageError(io, 'plan', '--format must be text or json.');
    if (positionals.length !== 1) return usageError(io, 'plan', 'expects exactly one descriptor.');
    const file = positionals[0] ?? '';
    const bytes = await readOne(file, io);
    if (bytes === undefined) return EXIT.usage;
    const parsed = parseDescriptor(new TextDecoder().decode(bytes));
    for (const d of parsed.diagnostics) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);
    if (parsed.value === undefined) return EXIT.usage;
    const plan = checkPlan(parsed.value);
    for (const d of plan.diagnostics) io.stderr.write(`${file}: ${formatDiagnostic(d)}\n`);

    const base = path.dirname(path.resolve(io.cwd, file));
    const rel = (f: string) => path.resolve(base, f);
    const files = parsed.value.files;
    let harmonisation: HarmonisationReport | undefined;
    let reuse: ReuseShares | undefined;
    if (files !== undefined) {
      const all: NamedDocument[] = [];
      if (files.stamm !== undefined) {
        const stammDocs: NamedDocument[] = [];
        await loadAll([rel(files.stamm)], io, (d) => stammDocs.push(d));
        const stamm = stammDocs[0];
        if (stamm !== undefined) {
          all.push(stamm);
          const h = createHarmoniser(stamm.document);
          await loadAll(files.variants.map(rel), io, (d) => {
            all.push(d);
            h.add(path.relative(base, d.source), d.document);
          });
          harmonisation = h.finish();
        }
      }
      await loadAll(files.schemas.map(rel), io, (d) => all.push(d));
      if (all.length > 0) reuse = reuseMetrics(all).overall;
    }

    if (format === 'json') {
      io.stdout.write(
        `${JSON.stringify({ ...plan, ...(harmonisation === undefined ? {} : { harmonisation: { potential: harmonisation.potential, totals: harmonisation.totals, k: harmonisation.k } }), ...(reuse === undefined ? {} : { reuse }) }, null, 2)}\n`,
      );
    } else {
      io.stdout.write(
        `${plan.service}${plan.leikaKey === undefined ? '' : ` (LeiKa ${plan.leikaKey})`}: Kategorie ${plan.category} (${plan.categoryLabel})\n`,
      );
      for (const a of plan.artefacts) {
        const mark =
          a.status === 'present'
            ? 'vorhanden'
            : a.status === 'missing'
              ? 'FEHLT'
              : a.status === 'optional-missing'
                ? 'fehlt (optional)'
                : 'nicht gefordert';
        io.stdout.write(`  ${a.requirement.padEnd(3)} ${a.label.padEnd(36)} ${mark}\n`);
      }
      if (harmonisation !== undefined) {
        const p = harmonisation.potential;
        io.stdout.write(
          `Harmonisierung: ${harmonisation.variants.length} Varianten, ${harmonisation.totals.violations} Verstöße, Potenzial ${pct(p.share)} (${p.replaceable} ersetzbar, ${p.adoptable} übernehmbar von ${p.localElements})\n`,
        );
      }
      if (reuse !== undefined)
        io.stdout.write(
          `Nachnutzung: ${reuse.elements} Elemente, HAR ${pct(reuse.harShare)}, BOB ${pct(reuse.bobShare)}\n`,
        );
      if (plan.missing.length > 0) io.stdout.write(`Fehlende Pflichtartefakte: ${plan.missing.join(', ')}\n`);
    }
    return plan.missing.length > 0 || (harmonisation?.totals.violations ?? 0) > 0 ? EXIT.findings : EXIT.ok;
  },
};

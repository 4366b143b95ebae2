/**
 * `fimkit reuse`: HAR and BOB shares, own vs foreign Nummernkreis, where-used and stale references over
 * a set of XDatenfelder files.
 *
 * @module
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type NamedDocument, type ReuseMetrics, reuseMetrics } from '../harmonise/index.js';
import { writeAtomic } from '../leika/migrate.js';
import { type Command, EXIT, usageError } from './command.js';
import { loadAll } from './harmonise.js';
import type { CliIo } from './io.js';

const HELP = `Usage: fimkit reuse <file|dir>... [--format md|json|html] [-o FILE]

Reuse metrics over XDatenfelder schemas (2.0 is converted to 3.0.0): per schema and overall the
share of harmonised (HAR) and BOB (Nummernkreis 60) fields and groups, own vs foreign
Nummernkreis, elements shared with other schemas, a where-used index and stale references
(an element used at a lower version than the newest in the set, semver order).

Options:
  --format F         md (default), json (one JSON document) or html.
  -o, --output F     Write the report to F instead of stdout.
  -h, --help         Show this help.

Exit codes: 0 ok, 1 stale references found or unusable inputs, 2 usage error or no usable input.

Examples:
  fimkit reuse fixtures/demo/harmonisation/ --format md
  fimkit reuse ../shared/corpus/xdatenfelder3/ --format html -o reuse.html
`;

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const esc = (s: string) =>
  s.replace(/[&<>"]/g, (m) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[m] ?? m);

/**
 * Plain-JSON form of the metrics (the where-used map as an array).
 *
 * @example
 * ```ts
 * JSON.stringify(reuseJson(metrics));
 * ```
 */
export function reuseJson(m: ReuseMetrics): Record<string, unknown> {
  return { schemas: m.schemas, overall: m.overall, stale: m.stale, whereUsed: [...m.whereUsed.values()] };
}

function markdown(m: ReuseMetrics): string {
  const out = [
    '# Nachnutzung',
    '',
    `Gesamt: ${m.overall.elements} Elemente (Datenfelder und -gruppen), HAR ${pct(m.overall.harShare)}, BOB ${pct(m.overall.bobShare)}.`,
    '',
  ];
  out.push(
    '| Datei | Schema | Elemente | HAR | BOB | eigener Nummernkreis | fremd | mit anderen geteilt | veraltete Referenzen |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const s of m.schemas) {
    out.push(
      `| ${s.source} | ${s.bezeichnung} (\`${s.key}\`) | ${s.elements} | ${pct(s.harShare)} | ${pct(s.bobShare)} | ${s.ownNummernkreis} | ${s.foreignNummernkreis} | ${s.sharedWithOthers} | ${s.staleReferences} |`,
    );
  }
  out.push('', '## Veraltete Referenzen', '');
  if (m.stale.length === 0) out.push('Keine.');
  for (const s of m.stale)
    out.push(`- ${s.usedIn}: \`${s.key}\` in \`${s.parent}\`, neueste Version ${s.newest}`);
  const top = [...m.whereUsed.values()].sort((a, b) => b.schemas.length - a.schemas.length).slice(0, 20);
  out.push(
    '',
    '## Meistgenutzte Elemente',
    '',
    '| Element | Bezeichnung | Schemata | Gruppen |',
    '|---|---|---|---|',
  );
  for (const w of top)
    out.push(`| \`${w.key}\` | ${w.bezeichnungEingabe} | ${w.schemas.length} | ${w.groups.length} |`);
  return `${out.join('\n')}\n`;
}

function html(m: ReuseMetrics): string {
  const rows = m.schemas
    .map((s) => {
      const bar = (x: number, color: string) =>
        `<svg width="104" height="12"><rect width="${Math.round(x * 100)}" height="12" fill="${color}"/><rect x="0" width="100" height="12" fill="none" stroke="#999"/></svg>`;
      return `<tr><td>${esc(s.bezeichnung)} <code>${esc(s.key)}</code></td><td>${s.elements}</td><td>${bar(s.harShare, '#2b6cb0')} ${pct(s.harShare)}</td><td>${bar(s.bobShare, '#2f855a')} ${pct(s.bobShare)}</td><td>${s.ownNummernkreis} / ${s.foreignNummernkreis}</td><td>${s.staleReferences}</td></tr>`;
    })
    .join('\n');
  return `<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Nachnutzung</title><style>body{font:14px/1.45 system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .5rem;text-align:left}code{background:#f3f3f3}</style></head><body>
<h1>Nachnutzung</h1><p>${m.overall.elements} Elemente; HAR ${pct(m.overall.harShare)}, BOB ${pct(m.overall.bobShare)}; ${m.stale.length} veraltete Referenzen.</p>
<table><tr><th>Schema</th><th>Elemente</th><th>HAR-Anteil</th><th>BOB-Anteil</th><th>eigener / fremder Nummernkreis</th><th>veraltete Referenzen</th></tr>
${rows}
</table></body></html>
`;
}

/** `fimkit reuse`. */
export const command: Command = {
  name: 'reuse',
  summary: 'reuse metrics: HAR/BOB shares, Nummernkreise, where-used, stale references',
  help: HELP,
  async run(args: readonly string[], io: CliIo): Promise<number> {
    let values: { format?: string; output?: string; help?: boolean };
    let positionals: string[];
    try {
      ({ values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        options: {
          format: { type: 'string' },
          output: { type: 'string', short: 'o' },
          help: { type: 'boolean', short: 'h' },
        },
      }));
    } catch (error) {
      return usageError(io, 'reuse', (error as Error).message);
    }
    if (values.help) {
      io.stdout.write(HELP);
      return EXIT.ok;
    }
    const format = values.format ?? 'md';
    if (!['md', 'json', 'html', 'text'].includes(format))
      return usageError(io, 'reuse', '--format must be md, json or html.');
    if (positionals.length === 0) return usageError(io, 'reuse', 'give at least one file or directory.');
    const docs: NamedDocument[] = [];
    const { loaded, unusable } = await loadAll(positionals, io, (d) => docs.push(d));
    if (loaded === 0) return EXIT.usage;
    const m = reuseMetrics(docs);
    const text =
      format === 'json'
        ? `${JSON.stringify(reuseJson(m), null, 2)}\n`
        : format === 'html'
          ? html(m)
          : markdown(m);
    if (values.output !== undefined) await writeAtomic(path.resolve(io.cwd, values.output), text);
    else io.stdout.write(text);
    return m.stale.length > 0 || unusable > 0 ? EXIT.findings : EXIT.ok;
  },
};

/**
 * Renders a harmonisation report as Markdown or as one self-contained HTML page (inline CSS, inline SVG
 * bar charts, German labels for FIM terms, no scripts).
 *
 * @module
 */
import type { HarmonisationReport } from './potential.js';
import {
  ABLEITUNG_REPRAESENTATION,
  ABLEITUNG_STRUKTUR,
  type AbleitungsCode,
  DIFFERENCE_LABELS,
} from './rules.js';

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (m) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[m] ?? m,
  );

const label = (table: Record<string, AbleitungsCode>, code: string | undefined) =>
  code === undefined ? '–' : `${code} (${table[code]?.label ?? 'unbekannt'})`;

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * Markdown rendering of a {@link HarmonisationReport}.
 *
 * @example
 * ```ts
 * io.stdout.write(renderHarmonisationMarkdown(report));
 * ```
 */
export function renderHarmonisationMarkdown(r: HarmonisationReport): string {
  const out: string[] = [];
  out.push(`# Harmonisierungsbericht: ${r.stamm.bezeichnung} (${r.stamm.key})`, '');
  out.push(`- Ableitungsmodifikationen Struktur: ${label(ABLEITUNG_STRUKTUR, r.stamm.struktur)}`);
  out.push(
    `- Ableitungsmodifikationen Repräsentation: ${label(ABLEITUNG_REPRAESENTATION, r.stamm.repraesentation)}`,
  );
  out.push(`- Varianten: ${r.variants.length}; Verstöße: ${r.totals.violations}`);
  out.push(
    `- Harmonisierungspotenzial: ${pct(r.potential.share)} (${r.potential.replaceable} ersetzbar + ${r.potential.adoptable} übernehmbar von ${r.potential.localElements} lokalen Elementen, k = ${r.k})`,
    '',
  );
  out.push(
    '## Varianten',
    '',
    '| Variante | Elemente | unverändert | angepasst | hinzugefügt | entfallen | Nachnutzung | Verstöße |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const v of r.variants) {
    const f = v.figures;
    out.push(
      `| ${mdCell(v.source)} | ${f.total} | ${f.unchanged} | ${f.adapted} | ${f.added} | ${f.dropped} | ${pct(f.reuseShare)} | ${f.violations} |`,
    );
  }
  out.push('', '## Verstöße gegen die Ableitungsmodifikationen', '');
  let any = false;
  for (const v of r.variants) {
    for (const x of v.violations) {
      any = true;
      out.push(
        `- ${mdCell(v.source)}: \`${x.elementKey}\` ${x.property} (${DIFFERENCE_LABELS[x.kind]}): ${mdCell(x.before ?? '–')} → ${mdCell(x.after ?? '–')}; verletzt ${x.rule}`,
      );
    }
  }
  if (!any) out.push('Keine.');
  out.push(
    '',
    '## Kandidaten für den Stamm (gleichartige lokale Änderungen)',
    '',
    '| Varianten | Art | Element | Änderung |',
    '|---|---|---|---|',
  );
  for (const c of r.clusters.slice(0, 50)) {
    const what = c.status === 'added' ? 'hinzugefügt' : 'angepasst';
    out.push(
      `| ${c.variants.length}${c.adoptable ? ' ✔' : ''} | ${what} | ${mdCell(c.example.bezeichnungEingabe)} (\`${c.example.key}\`) | ${mdCell(c.change ?? '')} |`,
    );
  }
  return `${out.join('\n')}\n`;
}

function bars(rows: readonly { label: string; value: number; max: number }[]): string {
  const h = 22;
  const width = 520;
  const parts = rows.map((row, i) => {
    const w = row.max === 0 ? 0 : Math.round((row.value / row.max) * 300);
    const y = i * h;
    return `<text x="0" y="${y + 15}" font-size="12">${esc(row.label)}</text><rect x="180" y="${y + 4}" width="${w}" height="14" fill="#2b6cb0"/><text x="${186 + w}" y="${y + 15}" font-size="12">${row.value}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${rows.length * h + 4}" role="img">${parts.join('')}</svg>`;
}

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:70rem}h1{font-size:1.4rem}
h2{font-size:1.1rem;margin-top:1.6rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}
code{background:#f3f3f3;padding:0 .25rem}.bad{color:#a4161a}.ok{color:#0a6b2a}.muted{color:#666}`;

/**
 * Self-contained HTML rendering of a {@link HarmonisationReport}.
 *
 * @example
 * ```ts
 * await writeFile('report.html', renderHarmonisationHtml(report));
 * ```
 */
export function renderHarmonisationHtml(r: HarmonisationReport): string {
  const t = r.totals;
  const max = Math.max(t.unchanged, t.adapted, t.added, t.dropped);
  const rowsV = r.variants
    .map((v) => {
      const f = v.figures;
      return `<tr><td>${esc(v.source)}</td><td>${esc(v.bezeichnung)} <span class="muted">${esc(v.key)}</span></td><td>${f.unchanged}</td><td>${f.adapted}</td><td>${f.added}</td><td>${f.dropped}</td><td>${pct(f.reuseShare)}</td><td class="${f.violations > 0 ? 'bad' : 'ok'}">${f.violations}</td></tr>`;
    })
    .join('\n');
  const viol = r.variants
    .flatMap((v) =>
      v.violations.map(
        (x) =>
          `<tr><td>${esc(v.source)}</td><td><code>${esc(x.elementKey)}</code></td><td>${esc(x.property)}</td><td>${DIFFERENCE_LABELS[x.kind]}</td><td>${esc(x.before ?? '–')}</td><td>${esc(x.after ?? '–')}</td><td>${esc(x.rule)}</td></tr>`,
      ),
    )
    .join('\n');
  const clusters = r.clusters
    .slice(0, 50)
    .map(
      (c) =>
        `<tr><td>${c.variants.length}${c.adoptable ? ' ✔' : ''}</td><td>${c.status === 'added' ? 'hinzugefügt' : 'angepasst'}</td><td>${esc(c.example.bezeichnungEingabe)} <code>${esc(c.example.key)}</code></td><td>${esc(c.change ?? '')}</td></tr>`,
    )
    .join('\n');
  const chart = bars([
    { label: 'unverändert übernommen', value: t.unchanged, max },
    { label: 'angepasst', value: t.adapted, max },
    { label: 'lokal hinzugefügt', value: t.added, max },
    { label: 'entfallen', value: t.dropped, max },
  ]);
  const clusterChart = bars(
    r.clusters.slice(0, 10).map((c) => ({
      label: c.example.bezeichnungEingabe.slice(0, 26),
      value: c.variants.length,
      max: r.variants.length,
    })),
  );
  return `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Harmonisierungsbericht ${esc(r.stamm.key)}</title><style>${CSS}</style></head>
<body>
<h1>Harmonisierungsbericht: ${esc(r.stamm.bezeichnung)} <span class="muted">${esc(r.stamm.key)}</span></h1>
<p>Stammdatenschema mit Ableitungsmodifikationen Struktur <b>${esc(label(ABLEITUNG_STRUKTUR, r.stamm.struktur))}</b>, Repräsentation <b>${esc(label(ABLEITUNG_REPRAESENTATION, r.stamm.repraesentation))}</b>; ${r.variants.length} Varianten.</p>
<p>Harmonisierungspotenzial: <b>${pct(r.potential.share)}</b> (${r.potential.replaceable} ersetzbar durch harmonisierte Elemente, ${r.potential.adoptable} in den Stamm übernehmbar, von ${r.potential.localElements} lokalen Elementen; Schwelle k = ${r.k}). Verstöße: <b class="${t.violations > 0 ? 'bad' : 'ok'}">${t.violations}</b>.</p>
<h2>Elemente über alle Varianten</h2>
${chart}
<h2>Varianten</h2>
<table><tr><th>Datei</th><th>Schema</th><th>unverändert</th><th>angepasst</th><th>hinzugefügt</th><th>entfallen</th><th>Nachnutzungsquote</th><th>Verstöße</th></tr>
${rowsV}
</table>
<h2>Verstöße gegen die Ableitungsmodifikationen</h2>
${viol === '' ? '<p class="ok">Keine.</p>' : `<table><tr><th>Variante</th><th>Element</th><th>Eigenschaft</th><th>Art</th><th>Stamm</th><th>Variante</th><th>Regel</th></tr>\n${viol}\n</table>`}
<h2>Kandidaten für den Stamm</h2>
<p class="muted">Gleichartige lokale Änderungen, nach Zahl der Varianten; ✔ = mindestens k Varianten.</p>
${clusterChart}
<table><tr><th>Varianten</th><th>Art</th><th>Element</th><th>Änderung</th></tr>
${clusters}
</table>
</body></html>
`;
}

/**
 * HTML rendering of a process harmonisation report with the report kit: a self-contained page (inline
 * CSS and SVG, no script, no network) or a `<section>` fragment for the project report. German labels.
 *
 * @module
 */
import { barChart, elementAnchor, escapeHtml, htmlPage, navigation } from '../../report/html/index.js';
import type { ElementStatus } from '../classify.js';
import type { ProcessHarmonisationReport, ProcessVariantSummary } from './harmonise.js';
import { PROCESS_KIND_LABELS, propertyLabel, STATUS_LABELS } from './labels.js';
import { type MatrixRow, statusMatrix } from './matrix.js';

/**
 * Options of {@link renderProcessReportHtml}.
 *
 * @example
 * ```ts
 * renderProcessReportHtml(report, { fragment: true, anchorScope: 'p1' });
 * ```
 */
export interface ProcessReportHtmlOptions {
  /** Only a `<section>` (headings from `<h2>`), for embedding; default: a full page. */
  readonly fragment?: boolean;
  /** Prefix of every anchor, so that several reports fit in one page (default `xp`). */
  readonly anchorScope?: string;
  /** Tool name and version for the page footer. */
  readonly generator?: string;
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const STATUS_CLASS: Readonly<Record<ElementStatus, string>> = {
  unchanged: 'ok',
  adapted: 'sev-warning',
  added: 'sev-info',
  dropped: 'name',
};
const SHARE_COLOURS = [
  ['übernommen', '#2e7d32'],
  ['angepasst', '#b26a00'],
  ['ergänzt', '#1565c0'],
] as const;

/**
 * A stacked bar per variant: the shares übernommen / angepasst / ergänzt of its elements, with the
 * number of dropped Stamm elements after the bar.
 *
 * @example
 * ```ts
 * shareChart(report.variants); // '<svg class="chart" …>'
 * ```
 */
export function shareChart(variants: readonly ProcessVariantSummary[]): string {
  const row = 24;
  const label = 180;
  const plot = 300;
  const height = (variants.length + 1) * row + 4;
  const bars = variants.map((v, i) => {
    const f = v.figures;
    const y = i * row;
    let x = label;
    const parts = [f.reuseShare, f.adaptationShare, f.localShare].map((share, j) => {
      const w = Math.round(share * plot * 10) / 10;
      const rect = `<rect x="${x}" y="${y + 4}" width="${w}" height="${row - 8}" fill="${SHARE_COLOURS[j]![1]}" data-share="${share.toFixed(4)}"><title>${SHARE_COLOURS[j]![0]}: ${pct(share)}</title></rect>`;
      x += w;
      return rect;
    });
    return (
      `<g class="row"><text x="${label - 6}" y="${y + 16}" text-anchor="end">${escapeHtml(v.source)}</text>${parts.join('')}` +
      `<text class="value" x="${label + plot + 6}" y="${y + 16}">${pct(f.reuseShare)} übernommen, ${f.dropped} entfallen</text></g>`
    );
  });
  const ly = variants.length * row + 16;
  const legend = SHARE_COLOURS.map(
    ([name, colour], j) =>
      `<rect x="${label + j * 100}" y="${ly - 10}" width="10" height="10" fill="${colour}"/><text x="${label + j * 100 + 14}" y="${ly}">${name}</text>`,
  ).join('');
  const title = 'Anteile je Variante';
  return `<svg class="chart" xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${title}" width="${label + plot + 260}" height="${height}" viewBox="0 0 ${label + plot + 260} ${height}"><title>${title}</title>${bars.join('')}${legend}</svg>`;
}

function matrixTable(r: ProcessHarmonisationReport, rows: readonly MatrixRow[], scope: string): string {
  const head = r.variants.map((v) => `<th>${escapeHtml(v.source)}</th>`).join('');
  const body = rows
    .map((row) => {
      const cells = row.cells
        .map((c) => {
          if (c.status === undefined) return '<td class="name">–</td>';
          const title = c.differences
            .map((d) => `${propertyLabel(d.property)}: ${d.before ?? '–'} → ${d.after ?? '–'}`)
            .join('\n');
          const t = title === '' ? '' : ` title="${escapeHtml(title)}"`;
          const v = c.violation ? ' <span class="sev-error">⚠ Verstoß</span>' : '';
          return `<td class="${STATUS_CLASS[c.status]}"${t}>${STATUS_LABELS[c.status]}${v}</td>`;
        })
        .join('');
      const flags = `${row.mandatory === true ? ' <span class="badge">Pflicht</span>' : ''}${row.origin === 'lokal' ? ' <span class="badge">lokal</span>' : ''}`;
      return `<tr id="${elementAnchor(row.key, undefined, scope)}"><td>${PROCESS_KIND_LABELS[row.kind]}</td><td>${escapeHtml(row.name)}${flags}</td>${cells}</tr>`;
    })
    .join('\n');
  return `<table><tr><th>Art</th><th>Element</th>${head}</tr>\n${body}\n</table>`;
}

function variantDetails(v: ProcessVariantSummary, h: string): string {
  const els = (v.elements ?? []).filter((e) => e.kind !== 'prozess' && e.status !== 'unchanged');
  if (els.length === 0) return '<p class="ok">Alle Elemente unverändert übernommen.</p>';
  const rows = els
    .map((e) => {
      const diffs = e.differences
        .map(
          (d) =>
            `<li>${escapeHtml(propertyLabel(d.property))}: ${escapeHtml(d.before ?? '–')} → ${escapeHtml(d.after ?? '–')}</li>`,
        )
        .join('');
      return `<tr><td>${PROCESS_KIND_LABELS[e.kind]}</td><td>${escapeHtml(e.name)}</td><td class="${STATUS_CLASS[e.status]}">${STATUS_LABELS[e.status]}</td><td>${diffs === '' ? '' : `<ul>${diffs}</ul>`}</td></tr>`;
    })
    .join('\n');
  return `<${h}>Abweichungen</${h}><table><tr><th>Art</th><th>Element</th><th>Status</th><th>Änderungen</th></tr>\n${rows}\n</table>`;
}

/**
 * The report as HTML: summary, navigation by section and by element, the stacked share chart per
 * variant, the element × variant matrix, violations, candidates for the Stamm and per-variant details.
 *
 * @example
 * ```ts
 * await writeFile('prozess.html', renderProcessReportHtml(report, { generator: 'fimkit 0.1.0' }));
 * const section = renderProcessReportHtml(report, { fragment: true });
 * ```
 */
export function renderProcessReportHtml(
  r: ProcessHarmonisationReport,
  options: ProcessReportHtmlOptions = {},
): string {
  const scope = options.anchorScope ?? 'xp';
  const fragment = options.fragment === true;
  const h2 = fragment ? 'h3' : 'h2';
  const h3 = fragment ? 'h4' : 'h3';
  const id = (name: string) => elementAnchor(name, undefined, scope);
  const s = r.stamm;
  const t = r.totals;
  const rows = statusMatrix(r);
  const title = `Harmonisierungsbericht Prozess: ${s.name}`;
  const mandatory = s.elements.filter((e) => e.mandatory === true).length;
  const summary = `<p>Stammprozess <b>${escapeHtml(s.name)}</b> <code>${escapeHtml(s.id)}</code>${s.version ? ` V${escapeHtml(s.version)}` : ''}, Prozessklasse (LeiKa) <code>${escapeHtml(s.klasseID)}</code>; ${s.elements.length} Elemente, davon ${s.elements.filter((e) => e.kind === 'schritt').length} Prozessschritte (${mandatory} Pflichtschritte${s.hasModel ? '' : '; kein BPMN-Modell, Pflichtschritte unbekannt'}). ${r.variants.length} Varianten.</p>
<p>Harmonisierungspotenzial: <b>${pct(r.potential.share)}</b> (${r.potential.adoptable} von ${r.potential.localElements} lokalen Elementen in Kandidaten für den Stamm; Schwelle k = ${r.k}). Verstöße: <b class="${t.violations > 0 ? 'sev-error' : 'ok'}">${t.violations}</b>.</p>`;
  const nav = navigation('Inhalt', [
    { anchor: id('anteile'), label: 'Anteile je Variante' },
    { anchor: id('elemente'), label: 'Elemente', count: rows.length },
    { anchor: id('verstoesse'), label: 'Verstöße', count: t.violations },
    {
      anchor: id('kandidaten'),
      label: 'Kandidaten für den Stamm',
      count: r.clusters.filter((c) => c.adoptable).length,
    },
    ...r.variants.map((v, i) => ({
      anchor: id(`variante-${i + 1}`),
      label: v.source,
      count: v.violations.length,
    })),
  ]);
  const elementNav =
    rows.length === 0
      ? ''
      : navigation(
          'Prozessschritte',
          rows
            .filter((row) => row.kind === 'schritt')
            .map((row) => ({ anchor: elementAnchor(row.key, undefined, scope), label: row.name })),
        );
  const variantRows = r.variants
    .map((v, i) => {
      const f = v.figures;
      return `<tr><td><a href="#${id(`variante-${i + 1}`)}">${escapeHtml(v.source)}</a></td><td>${f.total}</td><td>${f.unchanged}</td><td>${f.adapted}</td><td>${f.added}</td><td>${f.dropped}</td><td>${pct(f.reuseShare)}</td><td>${pct(f.adaptationShare)}</td><td>${pct(f.localShare)}</td><td class="${f.violations > 0 ? 'sev-error' : 'ok'}">${f.violations}</td></tr>`;
    })
    .join('\n');
  const violations = r.variants
    .flatMap((v) =>
      v.violations.map(
        (x) =>
          `<tr><td>${escapeHtml(v.source)}</td><td class="sev-error">${escapeHtml(x.label)}</td><td><a href="#${elementAnchor(x.elementKey, undefined, scope)}">${escapeHtml(x.name)}</a></td><td>${escapeHtml(x.message)}</td></tr>`,
      ),
    )
    .join('\n');
  const clusters = r.clusters
    .slice(0, 50)
    .map(
      (c) =>
        `<tr><td>${c.variants.length}${c.adoptable ? ' ✔' : ''}</td><td>${PROCESS_KIND_LABELS[c.kind]} ${STATUS_LABELS[c.status]}</td><td>${escapeHtml(c.example.name)}</td><td>${escapeHtml(c.change ?? '')}</td><td>${c.variants.map(escapeHtml).join(', ')}</td></tr>`,
    )
    .join('\n');
  const clusterChart = barChart(
    r.clusters.slice(0, 10).map((c) => ({
      label: c.example.name.length > 24 ? `${c.example.name.slice(0, 23)}…` : c.example.name,
      value: c.variants.length,
      tone: c.adoptable ? 'info' : 'neutral',
    })),
    { title: 'Varianten je Kandidat' },
  );
  const details = r.variants
    .map(
      (v, i) =>
        `<section id="${id(`variante-${i + 1}`)}"><${h2}>Variante ${escapeHtml(v.source)}</${h2}><p>${escapeHtml(v.name)} <code>${escapeHtml(v.id)}</code>${v.version ? ` V${escapeHtml(v.version)}` : ''}, Prozessklasse <code>${escapeHtml(v.klasseID)}</code>.</p>${variantDetails(v, h3)}</section>`,
    )
    .join('\n');
  const body = `${summary}
${nav}
${elementNav}
<${h2} id="${id('anteile')}">Anteile je Variante</${h2}>
${shareChart(r.variants)}
<table><tr><th>Datei</th><th>Elemente</th><th>übernommen</th><th>angepasst</th><th>ergänzt</th><th>entfallen</th><th>Nachnutzungsquote</th><th>Anpassungsquote</th><th>lokaler Anteil</th><th>Verstöße</th></tr>
${variantRows}
</table>
<${h2} id="${id('elemente')}">Elemente</${h2}>
${rows.length === 0 ? '<p class="name">Ohne Einzelergebnisse erstellt.</p>' : matrixTable(r, rows, scope)}
<${h2} id="${id('verstoesse')}">Verstöße</${h2}>
${violations === '' ? '<p class="ok">Keine.</p>' : `<table><tr><th>Variante</th><th>Regel</th><th>Element</th><th>Erläuterung</th></tr>\n${violations}\n</table>`}
<${h2} id="${id('kandidaten')}">Kandidaten für den Stamm</${h2}>
<p class="name">Gleichartige lokale Ergänzungen und Anpassungen, nach Zahl der Varianten; ✔ = mindestens k Varianten.</p>
${clusterChart}
<table><tr><th>Varianten</th><th>Art</th><th>Element</th><th>Änderung</th><th>in</th></tr>
${clusters}
</table>
${details}`;
  if (fragment) {
    return `<section class="harmonisation xprozess" id="${id('harmonisierung')}"><h2>${escapeHtml(title)}</h2>\n${body}\n</section>\n`;
  }
  return htmlPage({
    title,
    body,
    ...(options.generator === undefined ? {} : { generator: options.generator }),
  });
}

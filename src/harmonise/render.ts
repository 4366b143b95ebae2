/**
 * Renders a harmonisation report as Markdown or as self-contained HTML on the report kit: a navigation
 * by section and by element (id, version and name), an anchor for every violating or clustered element,
 * inline SVG bar charts (elements over all variants, reuse share per variant, cluster sizes) and German
 * labels. Both renderers also give a fragment (`{ fragment: true }`) to embed in the project report.
 *
 * @module
 */
import {
  barChart,
  elementAnchor,
  elementLink,
  escapeHtml,
  fimLabel,
  htmlPage,
  type NavEntry,
  navigation,
} from '../report/html/index.js';
import type { Xdf3Document } from '../xdatenfelder/v3/index.js';
import type { Violation } from './classify.js';
import { documentViews } from './elements.js';
import type { ChangeCluster, HarmonisationReport } from './potential.js';
import {
  ABLEITUNG_REPRAESENTATION,
  ABLEITUNG_STRUKTUR,
  type AbleitungsCode,
  DIFFERENCE_LABELS,
} from './rules.js';

/**
 * Options of the harmonisation renderers.
 *
 * @example
 * ```ts
 * renderHarmonisationHtml(report, { names: elementNames([stamm]), fragment: true });
 * ```
 */
export interface HarmonisationRenderOptions {
  /** A `<section>` (HTML) or a block with `##` headings (Markdown) instead of a whole page. */
  readonly fragment?: boolean;
  /** Element names by key (`id@version`), shown next to ids; see {@link elementNames}. */
  readonly names?: ReadonlyMap<string, string>;
  /** Tool name and version for the page footer. */
  readonly generator?: string;
}

/** How many change clusters the report lists. */
const MAX_CLUSTERS = 50;
/** How many bars a per-variant or per-cluster chart draws at most. */
const MAX_BARS = 30;

/** Percentage text. */
export const pct = (x: number): string => `${(x * 100).toFixed(1)} %`;
/**
 * A file name for tables and charts: without its folders, the full source as a tooltip (HTML).
 *
 * @example
 * ```ts
 * fileCell('/data/varianten/a.xml'); // '<code title="/data/varianten/a.xml">a.xml</code>'
 * ```
 */
export function fileCell(source: string): string {
  const base = source.split(/[\\/]/).pop() ?? source;
  return base === source
    ? `<code>${escapeHtml(source)}</code>`
    : `<code title="${escapeHtml(source)}">${escapeHtml(base)}</code>`;
}
/** The file name of a source without folders, cut to `n` characters (chart labels). */
export const shortName = (source: string, n = 24): string => {
  const base = source.split(/[\\/]/).pop() ?? source;
  return base.length > n ? `${base.slice(0, n - 1)}…` : base;
};
/** One Markdown table cell. */
export const mdCell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/**
 * Splits an element key `id@version` (or a bare id) into id and version.
 *
 * @example
 * ```ts
 * splitKey('F60000000001@1.0.0'); // { id: 'F60000000001', version: '1.0.0' }
 * ```
 */
export function splitKey(key: string): { id: string; version: string | undefined } {
  const at = key.lastIndexOf('@');
  return at < 0 ? { id: key, version: undefined } : { id: key.slice(0, at), version: key.slice(at + 1) };
}

/**
 * Names (`bezeichnungEingabe`, else `name`) of every field, group and schema of the documents, by key;
 * the first document naming a key wins. Pass it as `names` so reports show names next to ids.
 *
 * @example
 * ```ts
 * elementNames([stamm, ...variants]).get('F60000000001@1.0.0'); // 'Familienname'
 * ```
 */
export function elementNames(documents: Iterable<Xdf3Document>): Map<string, string> {
  const out = new Map<string, string>();
  for (const d of documents) {
    const views = documentViews(d);
    const all = views.root === undefined ? views.elements.values() : [views.root, ...views.elements.values()];
    for (const v of all) {
      const name = v.bezeichnungEingabe !== '' ? v.bezeichnungEingabe : v.name;
      if (!out.has(v.key) && name !== '') out.set(v.key, name);
    }
  }
  return out;
}

const codeLabel = (table: Record<string, AbleitungsCode>, code: string | undefined) =>
  code === undefined ? '–' : `${code} (${table[code]?.label ?? 'unbekannt'})`;

const statusLabel = (c: ChangeCluster) => (c.status === 'added' ? 'hinzugefügt' : 'angepasst');

/** The element keys the report talks about, with their names (violations, then shown clusters). */
function reportElements(r: HarmonisationReport, names: ReadonlyMap<string, string> | undefined) {
  const elements = new Map<
    string,
    { name: string; violations: { variant: number; violation: Violation }[]; clusters: number[] }
  >();
  const nameOf = (key: string, fallback?: string) => names?.get(key) ?? fallback ?? '';
  const touch = (key: string, fallback?: string) => {
    let e = elements.get(key);
    if (e === undefined) {
      e = { name: nameOf(key, fallback), violations: [], clusters: [] };
      elements.set(key, e);
    } else if (e.name === '' && fallback !== undefined) e.name = fallback;
    return e;
  };
  r.clusters.slice(0, MAX_CLUSTERS).forEach((c, i) => {
    touch(c.example.key, c.example.bezeichnungEingabe).clusters.push(i);
    if (c.stammKey !== undefined && c.stammKey !== c.example.key) touch(c.stammKey).clusters.push(i);
  });
  r.variants.forEach((v, variant) => {
    for (const violation of v.violations) touch(violation.elementKey).violations.push({ variant, violation });
  });
  for (const [key, e] of elements) if (e.name === '') e.name = nameOf(key);
  return elements;
}

/**
 * Markdown rendering of a {@link HarmonisationReport}: figures, variants, violations and the
 * candidates for the Stamm, element names next to ids.
 *
 * @example
 * ```ts
 * io.stdout.write(renderHarmonisationMarkdown(report, { names: elementNames([stamm]) }));
 * ```
 */
export function renderHarmonisationMarkdown(
  r: HarmonisationReport,
  options: HarmonisationRenderOptions = {},
): string {
  const h = options.fragment === true ? '##' : '#';
  const named = reportElements(r, options.names);
  const el = (key: string) => {
    const name = named.get(key)?.name ?? options.names?.get(key) ?? '';
    return `\`${key}\`${name === '' ? '' : ` ${mdCell(name)}`}`;
  };
  const out: string[] = [];
  out.push(`${h} Harmonisierungsbericht: ${mdCell(r.stamm.bezeichnung)} (${r.stamm.key})`, '');
  out.push(`- Ableitungsmodifikationen Struktur: ${codeLabel(ABLEITUNG_STRUKTUR, r.stamm.struktur)}`);
  out.push(
    `- Ableitungsmodifikationen Repräsentation: ${codeLabel(ABLEITUNG_REPRAESENTATION, r.stamm.repraesentation)}`,
  );
  out.push(`- Varianten: ${r.variants.length}; Verstöße: ${r.totals.violations}`);
  out.push(
    `- Harmonisierungspotenzial: ${pct(r.potential.share)} (${r.potential.replaceable} ersetzbar + ${r.potential.adoptable} übernehmbar von ${r.potential.localElements} lokalen Elementen, k = ${r.k})`,
    '',
  );
  out.push(
    `${h}# Varianten`,
    '',
    '| Variante | Schema | Elemente | unverändert | angepasst | hinzugefügt | entfallen | Nachnutzung | Verstöße |',
    '|---|---|---|---|---|---|---|---|---|',
  );
  for (const v of r.variants) {
    const f = v.figures;
    out.push(
      `| ${mdCell(v.source)} | ${mdCell(v.bezeichnung)} (\`${v.key}\`) | ${f.total} | ${f.unchanged} | ${f.adapted} | ${f.added} | ${f.dropped} | ${pct(f.reuseShare)} | ${f.violations} |`,
    );
  }
  out.push('', `${h}# Verstöße gegen die Ableitungsmodifikationen`, '');
  let any = false;
  for (const v of r.variants) {
    for (const x of v.violations) {
      any = true;
      out.push(
        `- ${mdCell(v.source)}: ${el(x.elementKey)}: ${x.property} (${DIFFERENCE_LABELS[x.kind]}): ${mdCell(x.before ?? '–')} → ${mdCell(x.after ?? '–')}; verletzt ${x.rule}${x.line === undefined ? '' : ` (Zeile ${x.line})`}`,
      );
    }
  }
  if (!any) out.push('Keine.');
  out.push(
    '',
    `${h}# Kandidaten für den Stamm (gleichartige lokale Änderungen)`,
    '',
    '| Varianten | Art | Element | Änderung |',
    '|---|---|---|---|',
  );
  for (const c of r.clusters.slice(0, MAX_CLUSTERS)) {
    out.push(
      `| ${c.variants.length}${c.adoptable ? ' ✔' : ''} | ${statusLabel(c)} | ${el(c.example.key)} | ${mdCell(c.change ?? '')} |`,
    );
  }
  if (r.clusters.length > MAX_CLUSTERS)
    out.push('', `Die ${MAX_CLUSTERS} größten von ${r.clusters.length} Gruppen.`);
  return `${out.join('\n')}\n`;
}

/** The link to an element of the harmonisation report (anchors scoped `h`). */
function link(key: string, name: string | undefined): string {
  const { id, version } = splitKey(key);
  return elementLink(id, version, name, 'h');
}

/**
 * Self-contained HTML rendering of a {@link HarmonisationReport} on the report kit: navigation by
 * section and element, an anchor per violating or clustered element (`h-el-<id>-<version>`), charts of
 * the elements over all variants, the reuse share per variant and the cluster sizes. With
 * `{ fragment: true }` one `<section id="h-report">` to embed.
 *
 * @example
 * ```ts
 * await writeFile('report.html', renderHarmonisationHtml(report, { names: elementNames([stamm]) }));
 * ```
 */
export function renderHarmonisationHtml(
  r: HarmonisationReport,
  options: HarmonisationRenderOptions = {},
): string {
  const fragment = options.fragment === true;
  const [h2, h3] = fragment ? ['h3', 'h4'] : ['h2', 'h3'];
  const elements = reportElements(r, options.names);
  const nameOf = (key: string) => elements.get(key)?.name ?? options.names?.get(key);
  const t = r.totals;
  const clusters = r.clusters.slice(0, MAX_CLUSTERS);
  const variantId = (i: number) => `h-v${i + 1}`;
  const clusterId = (i: number) => `h-c${i + 1}`;

  const nav =
    navigation('Inhalt: Harmonisierung', [
      { anchor: 'h-uebersicht', label: 'Übersicht' },
      { anchor: 'h-varianten', label: 'Varianten', count: r.variants.length },
      { anchor: 'h-verstoesse', label: 'Verstöße', count: t.violations },
      { anchor: 'h-kandidaten', label: 'Kandidaten für den Stamm', count: r.clusters.length },
      { anchor: 'h-elemente', label: 'Elemente', count: elements.size },
    ]) +
    navigation(
      'Elemente',
      [...elements].map(([key, e]): NavEntry => {
        const { id, version } = splitKey(key);
        return {
          anchor: elementAnchor(id, version, 'h'),
          label: `${id}${version === undefined ? '' : ` V${version}`}${e.name === '' ? '' : ` ${e.name}`}`,
          count: e.violations.length + e.clusters.length,
        };
      }),
    );

  const overview = `<section id="h-uebersicht"><${h2}>Übersicht</${h2}>
<p>Stammdatenschema ${link(r.stamm.key, r.stamm.bezeichnung)} mit Ableitungsmodifikationen Struktur <b>${escapeHtml(codeLabel(ABLEITUNG_STRUKTUR, r.stamm.struktur))}</b>, Repräsentation <b>${escapeHtml(codeLabel(ABLEITUNG_REPRAESENTATION, r.stamm.repraesentation))}</b>; ${r.variants.length} Varianten.</p>
<p>Harmonisierungspotenzial: <b class="potential">${pct(r.potential.share)}</b> (${r.potential.replaceable} ersetzbar durch harmonisierte Elemente, ${r.potential.adoptable} in den Stamm übernehmbar, von ${r.potential.localElements} lokalen Elementen; Schwelle k = ${r.k}). Verstöße: <b class="${t.violations > 0 ? 'sev-error' : 'ok'}">${t.violations}</b>.</p>
<${h3}>Elemente über alle Varianten</${h3}>${barChart(
    [
      { label: 'unverändert', value: t.unchanged, tone: 'info' },
      { label: 'angepasst', value: t.adapted, tone: 'warning' },
      { label: 'lokal hinzugefügt', value: t.added },
      { label: 'entfallen', value: t.dropped, tone: 'error' },
    ],
    { title: 'Elemente über alle Varianten' },
  )}</section>`;

  const variantRows = r.variants
    .map((v, i) => {
      const f = v.figures;
      const viol =
        f.violations > 0
          ? `<a class="sev-error" href="#h-verstoesse-v${i + 1}">${f.violations}</a>`
          : `<span class="ok">0</span>`;
      return `<tr class="variant" id="${variantId(i)}"><td>${fileCell(v.source)}</td><td>${escapeHtml(v.bezeichnung)} <span class="name">${escapeHtml(v.key)}</span></td><td>${f.unchanged}</td><td>${f.adapted}</td><td>${f.added}</td><td>${f.dropped}</td><td>${pct(f.reuseShare)}</td><td>${viol}</td></tr>`;
    })
    .join('\n');
  const variants = `<section id="h-varianten"><${h2}>Varianten</${h2}>
<${h3}>Nachnutzungsquote je Variante (%)</${h3}>${barChart(
    r.variants.slice(0, MAX_BARS).map((v) => ({
      label: shortName(v.source),
      value: Math.round(v.figures.reuseShare * 1000) / 10,
      tone: v.figures.violations > 0 ? 'error' : 'info',
    })),
    { title: 'Nachnutzungsquote je Variante (%)' },
  )}${r.variants.length > MAX_BARS ? `<p class="name">Die ersten ${MAX_BARS} von ${r.variants.length} Varianten.</p>` : ''}
<table><thead><tr><th>Datei</th><th>Schema</th><th>unverändert</th><th>angepasst</th><th>hinzugefügt</th><th>entfallen</th><th>Nachnutzungsquote</th><th>Verstöße</th></tr></thead><tbody>
${variantRows}
</tbody></table></section>`;

  const violationBlocks = r.variants
    .map((v, i) => {
      if (v.violations.length === 0) return '';
      const rows = v.violations
        .map(
          (x) =>
            `<tr class="violation"><td>${link(x.elementKey, nameOf(x.elementKey))}</td><td><code>${escapeHtml(x.property)}</code></td><td>${DIFFERENCE_LABELS[x.kind]}</td><td>${escapeHtml(x.before ?? '–')}</td><td>${escapeHtml(x.after ?? '–')}</td><td>${escapeHtml(x.rule)}</td><td>${x.line === undefined ? '–' : `${x.line}:${x.column ?? 0}`}</td></tr>`,
        )
        .join('');
      return `<div id="h-verstoesse-v${i + 1}"><${h3}><a href="#${variantId(i)}">${fileCell(v.source)}</a> <span class="badge">${v.violations.length}</span></${h3}><table><thead><tr><th>Element</th><th>Eigenschaft</th><th>Art</th><th>Stamm</th><th>Variante</th><th>Regel</th><th>Zeile:Spalte</th></tr></thead><tbody>${rows}</tbody></table></div>`;
    })
    .join('\n');
  const violations = `<section id="h-verstoesse"><${h2}>Verstöße gegen die Ableitungsmodifikationen</${h2}>
${t.violations === 0 ? '<p class="ok">Keine.</p>' : violationBlocks}</section>`;

  const clusterRows = clusters
    .map(
      (c, i) =>
        `<tr class="cluster" id="${clusterId(i)}"><td>${c.variants.length}${c.adoptable ? ' ✔' : ''}</td><td>${statusLabel(c)} (${escapeHtml(fimLabel(c.kind))})</td><td>${link(c.example.key, nameOf(c.example.key))}</td><td>${c.stammKey === undefined ? '–' : link(c.stammKey, nameOf(c.stammKey))}</td><td>${escapeHtml(c.change ?? '')}</td></tr>`,
    )
    .join('\n');
  const candidates = `<section id="h-kandidaten"><${h2}>Kandidaten für den Stamm</${h2}>
<p class="name">Gleichartige lokale Änderungen, nach Zahl der Varianten; ✔ = mindestens k = ${r.k} Varianten.</p>
<${h3}>Clustergrößen</${h3}>${barChart(
    clusters.slice(0, MAX_BARS).map((c) => ({
      label: (nameOf(c.example.key) ?? c.example.key).slice(0, 24),
      value: c.variants.length,
      tone: c.adoptable ? 'info' : 'neutral',
    })),
    { title: 'Clustergrößen: Varianten je gleichartiger Änderung' },
  )}
${clusters.length === 0 ? '<p>Keine.</p>' : `<table><thead><tr><th>Varianten</th><th>Art</th><th>Element</th><th>Stammelement</th><th>Änderung</th></tr></thead><tbody>\n${clusterRows}\n</tbody></table>`}${r.clusters.length > MAX_CLUSTERS ? `<p class="name">Die ${MAX_CLUSTERS} größten von ${r.clusters.length} Gruppen.</p>` : ''}</section>`;

  const elementSections = [...elements]
    .map(([key, e]) => {
      const { id, version } = splitKey(key);
      const own = e.violations.map(
        ({ variant, violation: x }) =>
          `<li class="violation">Verstoß in <a href="#${variantId(variant)}">${fileCell(r.variants[variant]?.source ?? '')}</a>: <code>${escapeHtml(x.property)}</code> ${escapeHtml(x.before ?? '–')} → ${escapeHtml(x.after ?? '–')} (${escapeHtml(x.rule)})</li>`,
      );
      const inClusters = e.clusters.flatMap((i) => {
        const c = clusters[i];
        return c === undefined
          ? []
          : [
              `<li>Kandidat <a href="#${clusterId(i)}">${statusLabel(c)} in ${c.variants.length} Varianten</a></li>`,
            ];
      });
      return `<section class="element" id="${elementAnchor(id, version, 'h')}"><${h3}><code>${escapeHtml(id)}</code>${version === undefined ? '' : ` V${escapeHtml(version)}`} <span class="name">${escapeHtml(e.name)}</span></${h3}><ul>${own.join('')}${inClusters.join('')}</ul></section>`;
    })
    .join('\n');
  const elementIndex = `<section id="h-elemente"><${h2}>Elemente</${h2}>
${elements.size === 0 ? '<p>Keine.</p>' : elementSections}</section>`;

  // The Stamm root is linked from the overview; give it an anchor unless it already has one.
  const { id: rootId, version: rootVersion } = splitKey(r.stamm.key);
  const rootAnchor = elements.has(r.stamm.key)
    ? ''
    : `<span id="${elementAnchor(rootId, rootVersion, 'h')}"></span>`;
  const body = `${nav}${rootAnchor}${overview}\n${variants}\n${violations}\n${candidates}\n${elementIndex}`;
  const title = `Harmonisierungsbericht: ${r.stamm.bezeichnung}`;
  if (fragment)
    return `<section class="report harmonisation" id="h-report"><h2>${escapeHtml(title)} <span class="name">${escapeHtml(r.stamm.key)}</span></h2>\n${body}\n</section>\n`;
  return htmlPage({
    title,
    body,
    ...(options.generator === undefined ? {} : { generator: options.generator }),
  });
}

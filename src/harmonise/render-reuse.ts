/**
 * Renders reuse metrics ({@link ReuseMetrics}) as plain JSON, Markdown or self-contained HTML on the
 * report kit: HAR and BOB shares per schema as inline SVG bar charts, the schemas, stale references and
 * the where-used index navigable by element (id, version and name; anchors `r-el-<id>-<version>`).
 * Both renderers also give a fragment (`{ fragment: true }`) to embed in the project report.
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
  navigation,
} from '../report/html/index.js';
import { fileCell, mdCell, pct, splitKey } from './render.js';
import type { ReuseMetrics, WhereUsed } from './reuse.js';

/**
 * Options of the reuse renderers.
 *
 * @example
 * ```ts
 * renderReuseHtml(metrics, { fragment: true });
 * ```
 */
export interface ReuseRenderOptions {
  /** A `<section>` (HTML) or a block with `##` headings (Markdown) instead of a whole page. */
  readonly fragment?: boolean;
  /** Tool name and version for the page footer. */
  readonly generator?: string;
}

/** How many where-used entries the Markdown lists (most used first). */
const MD_WHERE_USED = 50;
/** How many schemas the share charts draw at most. */
const MAX_BARS = 30;

/**
 * Plain-JSON form of the metrics (the where-used map as an array, most used first, then by key).
 *
 * @example
 * ```ts
 * JSON.stringify(reuseJson(reuseMetrics(docs)));
 * ```
 */
export function reuseJson(m: ReuseMetrics): {
  schemas: ReuseMetrics['schemas'];
  overall: ReuseMetrics['overall'];
  stale: ReuseMetrics['stale'];
  whereUsed: WhereUsed[];
} {
  return { schemas: m.schemas, overall: m.overall, stale: m.stale, whereUsed: ranked(m) };
}

function ranked(m: ReuseMetrics): WhereUsed[] {
  return [...m.whereUsed.values()].sort(
    (a, b) => b.schemas.length - a.schemas.length || a.key.localeCompare(b.key),
  );
}

/**
 * Markdown rendering of reuse metrics: overall shares, one row per schema, stale references and the
 * most used elements, names next to ids.
 *
 * @example
 * ```ts
 * io.stdout.write(renderReuseMarkdown(reuseMetrics(docs)));
 * ```
 */
export function renderReuseMarkdown(m: ReuseMetrics, options: ReuseRenderOptions = {}): string {
  const h = options.fragment === true ? '##' : '#';
  const nameOf = (key: string) => m.whereUsed.get(key)?.bezeichnungEingabe ?? '';
  const el = (key: string) => `\`${key}\`${nameOf(key) === '' ? '' : ` ${mdCell(nameOf(key))}`}`;
  const out = [
    `${h} Nachnutzung`,
    '',
    `Gesamt: ${m.overall.elements} Elemente (${m.overall.fields} Datenfelder, ${m.overall.groups} Datenfeldgruppen), HAR ${pct(m.overall.harShare)}, BOB ${pct(m.overall.bobShare)}; ${m.stale.length} veraltete Referenzen.`,
    '',
    `${h}# Schemata`,
    '',
    '| Datei | Schema | Elemente | HAR | BOB | eigener Nummernkreis | fremd | mit anderen geteilt | veraltete Referenzen |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of m.schemas) {
    out.push(
      `| ${mdCell(s.source)} | ${mdCell(s.bezeichnung)} (\`${s.key}\`) | ${s.elements} | ${pct(s.harShare)} | ${pct(s.bobShare)} | ${s.ownNummernkreis} | ${s.foreignNummernkreis} | ${s.sharedWithOthers} | ${s.staleReferences} |`,
    );
  }
  out.push('', `${h}# Veraltete Referenzen`, '');
  if (m.stale.length === 0) out.push('Keine.');
  for (const s of m.stale)
    out.push(`- ${mdCell(s.usedIn)}: ${el(s.key)} in \`${s.parent}\`, neueste Version ${s.newest}`);
  const all = ranked(m);
  out.push(
    '',
    `${h}# Verwendungsnachweis (meistgenutzte Elemente)`,
    '',
    '| Element | Bezeichnung | Art | Schemata | Gruppen |',
    '|---|---|---|---|---|',
  );
  for (const w of all.slice(0, MD_WHERE_USED))
    out.push(
      `| \`${w.key}\` | ${mdCell(w.bezeichnungEingabe)} | ${fimLabel(w.kind)} | ${w.schemas.length} | ${w.groups.length} |`,
    );
  if (all.length > MD_WHERE_USED) out.push('', `${MD_WHERE_USED} von ${all.length} Elementen.`);
  return `${out.join('\n')}\n`;
}

/**
 * Self-contained HTML rendering of reuse metrics on the report kit: navigation, charts of the HAR and
 * BOB shares per schema, the schemas, stale references linked to the elements and versions involved,
 * and the where-used index with one anchored row per element. With `{ fragment: true }` one
 * `<section id="r-report">` to embed.
 *
 * @example
 * ```ts
 * await writeFile('reuse.html', renderReuseHtml(reuseMetrics(docs)));
 * ```
 */
export function renderReuseHtml(m: ReuseMetrics, options: ReuseRenderOptions = {}): string {
  const fragment = options.fragment === true;
  const [h2, h3] = fragment ? ['h3', 'h4'] : ['h2', 'h3'];
  const schemaRow = new Map<string, number>();
  m.schemas.forEach((s, i) => {
    if (!schemaRow.has(s.key)) schemaRow.set(s.key, i);
  });
  const schemaId = (i: number) => `r-s${i + 1}`;
  /** A link to an element of the where-used index, to a schema row, or the bare key. */
  const ref = (key: string) => {
    const { id, version } = splitKey(key);
    const w = m.whereUsed.get(key);
    if (w !== undefined) return elementLink(id, version, w.bezeichnungEingabe, 'r');
    const row = schemaRow.get(key);
    const schema = row === undefined ? undefined : m.schemas[row];
    if (row !== undefined && schema !== undefined)
      return `<a href="#${schemaId(row)}"><code>${escapeHtml(id)}</code>${version === undefined ? '' : ` V${escapeHtml(version)}`} <span class="name">${escapeHtml(schema.bezeichnung)}</span></a>`;
    return `<code>${escapeHtml(key)}</code>`;
  };
  const all = ranked(m);
  const o = m.overall;

  const nav = navigation('Inhalt: Nachnutzung', [
    { anchor: 'r-uebersicht', label: 'Übersicht' },
    { anchor: 'r-schemata', label: 'Schemata', count: m.schemas.length },
    { anchor: 'r-veraltet', label: 'Veraltete Referenzen', count: m.stale.length },
    { anchor: 'r-verwendung', label: 'Verwendungsnachweis', count: all.length },
  ]);
  const shown = m.schemas.slice(0, MAX_BARS);
  const label = (s: (typeof m.schemas)[number]) =>
    (s.bezeichnung === '' ? s.key : s.bezeichnung).slice(0, 24);
  const overview = `<section id="r-uebersicht"><${h2}>Übersicht</${h2}>
<p>${o.elements} Elemente (${o.fields} Datenfelder, ${o.groups} Datenfeldgruppen) in ${m.schemas.length} Schemata; harmonisiert (HAR) <b>${pct(o.harShare)}</b>, Baukasten (BOB, Nummernkreis 60) <b>${pct(o.bobShare)}</b>; <b class="${m.stale.length > 0 ? 'sev-warning' : 'ok'}">${m.stale.length}</b> veraltete Referenzen.</p>
<${h3}>HAR-Anteil je Schema (%)</${h3}>${barChart(
    shown.map((s) => ({ label: label(s), value: Math.round(s.harShare * 1000) / 10, tone: 'info' })),
    { title: 'HAR-Anteil je Schema (%)' },
  )}
<${h3}>BOB-Anteil je Schema (%)</${h3}>${barChart(
    shown.map((s) => ({ label: label(s), value: Math.round(s.bobShare * 1000) / 10 })),
    { title: 'BOB-Anteil je Schema (%)' },
  )}${m.schemas.length > MAX_BARS ? `<p class="name">Die ersten ${MAX_BARS} von ${m.schemas.length} Schemata.</p>` : ''}</section>`;

  const rows = m.schemas
    .map((s, i) => {
      const { id, version } = splitKey(s.key);
      return `<tr class="schema" id="${schemaId(i)}"><td>${fileCell(s.source)}</td><td><code>${escapeHtml(id)}</code>${version === undefined ? '' : ` V${escapeHtml(version)}`} <span class="name">${escapeHtml(s.bezeichnung)}</span></td><td>${s.elements}</td><td>${pct(s.harShare)}</td><td>${pct(s.bobShare)}</td><td>${s.ownNummernkreis} / ${s.foreignNummernkreis}</td><td>${s.sharedWithOthers}</td><td>${s.staleReferences}</td></tr>`;
    })
    .join('\n');
  const schemas = `<section id="r-schemata"><${h2}>Schemata</${h2}>
<table><thead><tr><th>Datei</th><th>Stammdatenschema</th><th>Elemente</th><th>HAR-Anteil</th><th>BOB-Anteil</th><th>eigener / fremder Nummernkreis</th><th>mit anderen geteilt</th><th>veraltete Referenzen</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;

  const sourceRow = new Map<string, number>();
  m.schemas.forEach((s, i) => {
    if (!sourceRow.has(s.source)) sourceRow.set(s.source, i);
  });
  const staleRows = m.stale
    .map((s) => {
      const row = sourceRow.get(s.usedIn);
      const usedIn =
        row === undefined ? fileCell(s.usedIn) : `<a href="#${schemaId(row)}">${fileCell(s.usedIn)}</a>`;
      return `<tr class="stale"><td>${ref(s.key)}</td><td>${usedIn}</td><td>${ref(s.parent)}</td><td>${ref(`${s.id}@${s.newest}`)}</td></tr>`;
    })
    .join('\n');
  const stale = `<section id="r-veraltet"><${h2}>Veraltete Referenzen</${h2}>
<p class="name">Elemente, die in einer niedrigeren Version verwendet werden als der neuesten im Bestand (Versionsvergleich nach semver).</p>
${m.stale.length === 0 ? '<p class="ok">Keine.</p>' : `<table><thead><tr><th>Element</th><th>verwendet in</th><th>in Gruppe / Schema</th><th>neueste Version</th></tr></thead><tbody>\n${staleRows}\n</tbody></table>`}</section>`;

  const whereRows = all
    .map((w) => {
      const { id, version } = splitKey(w.key);
      const inSchemas = w.schemas.map(ref).join(', ');
      const inGroups = w.groups.length === 0 ? '–' : w.groups.map(ref).join(', ');
      return `<tr class="element" id="${elementAnchor(id, version, 'r')}"><td><code>${escapeHtml(id)}</code>${version === undefined ? '' : ` V${escapeHtml(version)}`} <span class="name">${escapeHtml(w.bezeichnungEingabe)}</span></td><td>${fimLabel(w.kind)}</td><td><span class="badge">${w.schemas.length}</span> ${inSchemas}</td><td>${inGroups}</td></tr>`;
    })
    .join('\n');
  const whereUsed = `<section id="r-verwendung"><${h2}>Verwendungsnachweis</${h2}>
<p class="name">Jedes Datenfeld und jede Datenfeldgruppe mit den Schemata und Gruppen, die sie verwenden; meistgenutzte zuerst.</p>
<table><thead><tr><th>Element</th><th>Art</th><th>Schemata</th><th>direkt in Gruppen</th></tr></thead><tbody>
${whereRows}
</tbody></table></section>`;

  const body = `${nav}${overview}\n${schemas}\n${stale}\n${whereUsed}`;
  if (fragment)
    return `<section class="report reuse" id="r-report"><h2>Nachnutzung</h2>\n${body}\n</section>\n`;
  return htmlPage({
    title: 'Nachnutzung',
    body,
    ...(options.generator === undefined ? {} : { generator: options.generator }),
  });
}

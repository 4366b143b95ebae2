/**
 * Renders the project report ({@link ProjectReport}) as text, JSON, Markdown or one self-contained
 * HTML page: the artefact matrix status for the priority category first, then the embedded
 * harmonisation, reuse, service-text and process reports.
 *
 * @module
 */
import {
  renderHarmonisationHtml,
  renderHarmonisationMarkdown,
  renderReuseHtml,
  renderReuseMarkdown,
  renderServiceTextReportHtml,
  renderServiceTextReportMarkdown,
  reuseJson,
} from '../harmonise/index.js';
import { renderProcessReportHtml, renderProcessReportMarkdown } from '../harmonise/xprozess/index.js';
import { barChart, escapeHtml, htmlPage, type NavEntry, navigation } from '../report/html/index.js';
import type { ArtefactStatus } from './check.js';
import type { AnalysisSlot, ProjectReport } from './report.js';

/**
 * Options of the project report renderers.
 *
 * @example
 * ```ts
 * renderProjectReportHtml(report, { generator: 'fimkit 0.1.0' });
 * ```
 */
export interface ProjectRenderOptions {
  /** Tool name and version for the page footer. */
  readonly generator?: string;
}

/** German status labels of the artefact matrix. */
export const ARTEFACT_STATUS_LABELS: Readonly<Record<ArtefactStatus['status'], string>> = {
  present: 'vorhanden',
  missing: 'fehlt (Pflicht)',
  'optional-missing': 'fehlt (optional)',
  'not-required': 'nicht gefordert',
};

const REQUIREMENT_LABELS: Readonly<Record<string, string>> = {
  X: 'X (Pflicht)',
  '(X)': '(X) optional',
};
const requirementLabel = (r: string) => REQUIREMENT_LABELS[r] ?? '– nicht gefordert';
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const md = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
/** Markdown headings one level down (outside fenced code), for embedding a report. */
const demote = (text: string) => {
  let fenced = false;
  return text
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) fenced = !fenced;
      return !fenced && /^#{1,5} /.test(line) ? `#${line}` : line;
    })
    .join('\n');
};
const evidenceText = (e: ArtefactStatus['evidence']) =>
  e === undefined ? '' : typeof e === 'string' ? e : e.join(', ');

/**
 * The project report as plain JSON: the plan check at the top level (`service`, `category`,
 * `artefacts`, `missing`, ...), then `harmonisation` (the full harmonisation report), `reuse`
 * (see `reuseJson`), `texts`, `processes` (`{ status, report | reason }`) and `problems`.
 *
 * @example
 * ```ts
 * JSON.stringify(projectReportJson(report), null, 2);
 * ```
 */
export function projectReportJson(r: ProjectReport): Record<string, unknown> {
  return {
    ...r.plan,
    ...(r.harmonisation === undefined ? {} : { harmonisation: r.harmonisation }),
    ...(r.reuse === undefined ? {} : { reuse: reuseJson(r.reuse) }),
    ...(r.texts === undefined ? {} : { texts: r.texts }),
    ...(r.processes === undefined ? {} : { processes: r.processes }),
    problems: r.problems.map((p) => ({ file: p.file, ...p.diagnostic })),
  };
}

/**
 * The short text form of `fimkit plan`: one line per artefact, one line per analysis.
 *
 * @example
 * ```ts
 * io.stdout.write(renderProjectReportText(report));
 * ```
 */
export function renderProjectReportText(r: ProjectReport): string {
  const p = r.plan;
  const out = [
    `${p.service}${p.leikaKey === undefined ? '' : ` (LeiKa ${p.leikaKey})`}: Kategorie ${p.category} (${p.categoryLabel})`,
  ];
  for (const a of p.artefacts)
    out.push(`  ${a.requirement.padEnd(3)} ${a.label.padEnd(36)} ${ARTEFACT_STATUS_LABELS[a.status]}`);
  const h = r.harmonisation;
  if (h !== undefined)
    out.push(
      `Harmonisierung: ${h.variants.length} Varianten, ${h.totals.violations} Verstöße, Potenzial ${pct(h.potential.share)} (${h.potential.replaceable} ersetzbar, ${h.potential.adoptable} übernehmbar von ${h.potential.localElements})`,
    );
  const u = r.reuse?.overall;
  if (u !== undefined)
    out.push(`Nachnutzung: ${u.elements} Elemente, HAR ${pct(u.harShare)}, BOB ${pct(u.bobShare)}`);
  if (r.texts?.status === 'done') {
    const t = r.texts.report.totals;
    out.push(
      `Leistungsbeschreibungen: ${t.variants} Varianten, mittlere Vollständigkeit ${pct(t.meanCompleteness)}, ${t.findings} Befunde`,
    );
  }
  if (r.processes?.status === 'done') {
    const t = r.processes.report.totals;
    out.push(`Prozesse: ${r.processes.report.variants.length} Varianten, ${t.violations} Verstöße`);
  }
  for (const [label, slot] of [
    ['Leistungsbeschreibungen', r.texts],
    ['Prozesse', r.processes],
  ] as const)
    if (slot?.status === 'not-available') out.push(`${label}: ${slot.reason}`);
  if (p.missing.length > 0) out.push(`Fehlende Pflichtartefakte: ${p.missing.join(', ')}`);
  for (const x of r.problems) out.push(`Problem: ${x.file}: ${x.diagnostic.message}`);
  return `${out.join('\n')}\n`;
}

/**
 * The project report as Markdown: artefact matrix, then the harmonisation and reuse reports (headings
 * one level down) and the text and process analyses.
 *
 * @example
 * ```ts
 * await writeFile('projekt.md', renderProjectReportMarkdown(report));
 * ```
 */
export function renderProjectReportMarkdown(r: ProjectReport): string {
  const p = r.plan;
  const out = [
    `# Projektbericht: ${md(p.service)}`,
    '',
    `- LeiKa-Schlüssel: ${p.leikaKey ?? '–'}`,
    `- Priorisierungskategorie: ${p.category} (${p.categoryLabel})`,
    `- Fehlende Pflichtartefakte: ${p.missing.length === 0 ? 'keine' : p.missing.join(', ')}`,
    '',
    '## Artefakte nach OZG-Prozessmodell',
    '',
    '| Artefakt | Anforderung | Status | Nachweis |',
    '|---|---|---|---|',
  ];
  for (const a of p.artefacts)
    out.push(
      `| ${md(a.label)} | ${requirementLabel(a.requirement)} | ${ARTEFACT_STATUS_LABELS[a.status]} | ${md(evidenceText(a.evidence))} |`,
    );
  out.push('');
  if (r.harmonisation !== undefined)
    out.push(
      renderHarmonisationMarkdown(r.harmonisation, {
        fragment: true,
        ...(r.names === undefined ? {} : { names: r.names }),
      }),
    );
  if (r.reuse !== undefined) out.push(renderReuseMarkdown(r.reuse, { fragment: true }));
  if (r.texts?.status === 'done') out.push(demote(renderServiceTextReportMarkdown(r.texts.report)));
  if (r.processes?.status === 'done') out.push(demote(renderProcessReportMarkdown(r.processes.report)));
  for (const [title, slot] of [
    ['Leistungsbeschreibungen (XZuFi)', r.texts],
    ['Prozesse (XProzess)', r.processes],
  ] as const) {
    if (slot?.status === 'not-available') out.push(`## ${title}`, '', slot.reason, '');
  }
  if (r.problems.length > 0) {
    out.push('## Probleme beim Lesen', '');
    for (const x of r.problems) out.push(`- ${md(x.file)}: ${md(x.diagnostic.message)}`);
    out.push('');
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

function slotHtml<R>(id: string, title: string, slot: AnalysisSlot<R>, done: (report: R) => string): string {
  if (slot.status === 'done') return `<div class="embedded" id="${id}">${done(slot.report)}</div>`;
  return `<section class="report not-available" id="${id}"><h2>${escapeHtml(title)}</h2><p class="note">${escapeHtml(slot.reason)}</p></section>`;
}

/**
 * The project report as one self-contained HTML page (report kit: inline CSS and SVG, no script): an
 * overview with the artefact status per requirement as a chart, the artefact matrix with every missing
 * artefact linked from the overview, then the embedded harmonisation (`#h-report`), reuse
 * (`#r-report`), service-text (`#t-report`) and process (`#x-report`) sections.
 *
 * @example
 * ```ts
 * await writeFile('fimkit-report.html', renderProjectReportHtml(report));
 * ```
 */
export function renderProjectReportHtml(r: ProjectReport, options: ProjectRenderOptions = {}): string {
  const p = r.plan;
  const count = (s: ArtefactStatus['status']) => p.artefacts.filter((a) => a.status === s).length;
  const anchor = (id: string) => `a-${id}`;
  const entries: NavEntry[] = [
    { anchor: 'p-uebersicht', label: 'Übersicht' },
    { anchor: 'p-artefakte', label: 'Artefakte', count: p.missing.length },
  ];
  if (r.harmonisation !== undefined)
    entries.push({
      anchor: 'h-report',
      label: 'Harmonisierung (Datenfelder)',
      count: r.harmonisation.totals.violations,
    });
  if (r.reuse !== undefined) entries.push({ anchor: 'r-report', label: 'Nachnutzung' });
  if (r.texts !== undefined)
    entries.push({
      anchor: 't-report',
      label: 'Leistungsbeschreibungen',
      ...(r.texts.status === 'done' ? { count: r.texts.report.totals.findings } : {}),
    });
  if (r.processes !== undefined)
    entries.push({
      anchor: 'x-report',
      label: 'Prozesse',
      ...(r.processes.status === 'done' ? { count: r.processes.report.totals.violations } : {}),
    });
  if (r.problems.length > 0)
    entries.push({ anchor: 'p-probleme', label: 'Probleme beim Lesen', count: r.problems.length });

  const missing =
    p.missing.length === 0
      ? '<p class="ok">Alle Pflichtartefakte der Kategorie sind vorhanden.</p>'
      : `<p>Es fehlen <b class="sev-error">${p.missing.length}</b> Pflichtartefakte: ${p.artefacts
          .filter((a) => a.status === 'missing')
          .map((a) => `<a href="#${anchor(a.id)}">${escapeHtml(a.label)}</a>`)
          .join(', ')}.</p>`;
  const overview = `<section id="p-uebersicht"><h2>Übersicht</h2>
<table class="facts"><tbody><tr><th>Leistung</th><td>${escapeHtml(p.service)}</td></tr><tr><th>LeiKa-Schlüssel</th><td>${p.leikaKey === undefined ? '–' : `<code>${escapeHtml(p.leikaKey)}</code>`}</td></tr><tr><th>Priorisierungskategorie</th><td>${escapeHtml(p.category)} (${escapeHtml(p.categoryLabel)})</td></tr></tbody></table>
${missing}
<h3>Artefakte nach Status</h3>${barChart(
    [
      { label: ARTEFACT_STATUS_LABELS.present, value: count('present'), tone: 'info' },
      { label: ARTEFACT_STATUS_LABELS.missing, value: count('missing'), tone: 'error' },
      {
        label: ARTEFACT_STATUS_LABELS['optional-missing'],
        value: count('optional-missing'),
        tone: 'warning',
      },
      { label: ARTEFACT_STATUS_LABELS['not-required'], value: count('not-required') },
    ],
    { title: 'Artefakte nach Status' },
  )}${p.diagnostics.length === 0 ? '' : `<ul>${p.diagnostics.map((d) => `<li class="sev-${d.severity}">${escapeHtml(d.message)}</li>`).join('')}</ul>`}</section>`;

  const rows = p.artefacts
    .map(
      (a) =>
        `<tr class="artefact status-${a.status}" id="${anchor(a.id)}"><td>${escapeHtml(a.label)} <span class="name">${escapeHtml(a.id)}</span></td><td>${requirementLabel(a.requirement)}</td><td class="${a.status === 'missing' ? 'sev-error' : a.status === 'present' ? 'ok' : ''}">${ARTEFACT_STATUS_LABELS[a.status]}</td><td>${escapeHtml(evidenceText(a.evidence))}</td></tr>`,
    )
    .join('\n');
  const matrix = `<section id="p-artefakte"><h2>Artefakte nach OZG-Prozessmodell (Kategorie ${escapeHtml(p.category)})</h2>
<table><thead><tr><th>Artefakt</th><th>Anforderung</th><th>Status</th><th>Nachweis</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;

  const parts = [navigation('Inhalt', entries), overview, matrix];
  if (r.harmonisation !== undefined)
    parts.push(
      renderHarmonisationHtml(r.harmonisation, {
        fragment: true,
        ...(r.names === undefined ? {} : { names: r.names }),
      }),
    );
  if (r.reuse !== undefined) parts.push(renderReuseHtml(r.reuse, { fragment: true }));
  if (r.texts !== undefined)
    parts.push(
      slotHtml('t-report', 'Leistungsbeschreibungen (XZuFi)', r.texts, (t) =>
        renderServiceTextReportHtml(t, { fragment: true, anchorScope: 't' }),
      ),
    );
  if (r.processes !== undefined)
    parts.push(
      slotHtml('x-report', 'Prozesse (XProzess)', r.processes, (p) =>
        renderProcessReportHtml(p, { fragment: true, anchorScope: 'xp' }),
      ),
    );
  if (r.problems.length > 0)
    parts.push(
      `<section id="p-probleme"><h2>Probleme beim Lesen</h2><ul>${r.problems
        .map(
          (x) =>
            `<li class="sev-${x.diagnostic.severity}"><code>${escapeHtml(x.file)}</code>: ${escapeHtml(x.diagnostic.message)}</li>`,
        )
        .join('')}</ul></section>`,
    );
  return htmlPage({
    title: `Projektbericht: ${p.service}`,
    body: parts.join('\n'),
    ...(options.generator === undefined ? {} : { generator: options.generator }),
  });
}

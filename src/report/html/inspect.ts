/**
 * `inspect` and `validate` results as one self-contained HTML page: per file the standard, version,
 * message, main id, element counts and every diagnostic with line and column.
 *
 * @module
 */

import type { Diagnostic } from '../../core/diagnostics.js';
import type { Summary } from '../../detect/index.js';
import { navigation } from './anchor.js';
import { barChart } from './chart.js';
import { escapeHtml } from './escape.js';
import { fimLabel, fimLabels } from './labels.js';
import { htmlPage } from './page.js';
import { countBySeverity } from './quality-model.js';

/**
 * One file's `inspect` summary (absent for `validate` or unreadable files) and diagnostics.
 *
 * @example
 * ```ts
 * const r = summarize(bytes, { fileName: 'a.xml' });
 * const file: InspectFileReport = { file: 'a.xml', summary: r.value, diagnostics: r.diagnostics };
 * ```
 */
export interface InspectFileReport {
  readonly file: string;
  readonly summary?: Summary | undefined;
  readonly diagnostics: readonly Diagnostic[];
}

/** Options of {@link renderInspectHtml}. */
export interface InspectRenderOptions {
  /** Report title (default `Prüfbericht`). */
  readonly title?: string;
  /** Tool name and version for the footer. */
  readonly generator?: string;
}

function diagnosticsTable(diagnostics: readonly Diagnostic[]): string {
  if (diagnostics.length === 0) return `<p class="ok">${fimLabels.noFindings}</p>`;
  return `<table><thead><tr><th>Schweregrad</th><th>${fimLabels.code}</th><th>${fimLabels.message}</th><th>${fimLabels.line}:${fimLabels.column}</th></tr></thead><tbody>${diagnostics
    .map(
      (d) =>
        `<tr class="diagnostic"><td class="sev-${d.severity}">${escapeHtml(fimLabel(d.severity))}</td><td><code>${escapeHtml(d.code)}</code></td><td>${escapeHtml(d.message)}${d.path === undefined || d.path === '/' ? '' : ` <span class="name">${escapeHtml(d.path)}</span>`}</td><td>${d.line === undefined ? '–' : `${d.line}:${d.column ?? 0}`}</td></tr>`,
    )
    .join('')}</tbody></table>`;
}

function fileSection(file: InspectFileReport, index: number): string {
  const s = file.summary;
  const d = s?.detection;
  const rows: [string, string][] = [];
  if (d !== undefined) {
    rows.push([fimLabels.standard, escapeHtml(d.label)]);
    rows.push([
      fimLabels.nachricht,
      `${escapeHtml(d.message)}${d.title === d.message ? '' : ` (${escapeHtml(d.title)})`}`,
    ]);
  }
  if (s?.id !== undefined) {
    rows.push([
      fimLabels.elementId,
      `<code>${escapeHtml(s.id)}</code>${s.idVersion === undefined ? '' : ` V${escapeHtml(s.idVersion)}`}`,
    ]);
  }
  const counts = Object.entries(s?.counts ?? {});
  let html = `<section class="file" id="f${index + 1}"><h2>${fimLabels.file}: <code>${escapeHtml(file.file)}</code></h2>`;
  if (rows.length > 0)
    html += `<table class="facts"><tbody>${rows.map(([k, v]) => `<tr><th>${k}</th><td>${v}</td></tr>`).join('')}</tbody></table>`;
  if (counts.length > 0) {
    html += `<h3>${fimLabels.elementCounts}</h3>${barChart(
      counts.map(([k, n]) => ({ label: fimLabel(k), value: n })),
      { title: `${fimLabels.elementCounts}: ${file.file}` },
    )}`;
  }
  html += `<h3>${fimLabels.findings} <span class="badge">${file.diagnostics.length}</span></h3>${diagnosticsTable(file.diagnostics)}`;
  return `${html}</section>`;
}

/**
 * Renders `inspect` or `validate` results of one or more files as a self-contained HTML page: a
 * navigation, an overview with findings per severity as a bar chart, and one section per file.
 *
 * @example
 * ```ts
 * const html = renderInspectHtml([{ file: 'a.xml', summary, diagnostics }], { generator: 'fimkit 0.1.0' });
 * ```
 */
export function renderInspectHtml(
  files: readonly InspectFileReport[],
  options: InspectRenderOptions = {},
): string {
  const severity = countBySeverity(files.flatMap((f) => f.diagnostics));
  const nav = navigation(
    fimLabels.contents,
    files.map((f, i) => ({ anchor: `f${i + 1}`, label: f.file, count: f.diagnostics.length })),
  );
  const overview = `<section class="summary" id="uebersicht"><h2>${fimLabels.summary}</h2><h3>${fimLabels.findingsPerSeverity}</h3>${barChart(
    [
      { label: fimLabels.error, value: severity.error, tone: 'error' },
      { label: fimLabels.warning, value: severity.warning, tone: 'warning' },
      { label: fimLabels.info, value: severity.info, tone: 'info' },
    ],
    { title: fimLabels.findingsPerSeverity },
  )}</section>`;
  return htmlPage({
    title: options.title ?? fimLabels.inspectReport,
    body: `${nav}${overview}${files.map(fileSection).join('')}`,
    ...(options.generator === undefined ? {} : { generator: options.generator }),
  });
}

/**
 * The quality report as one self-contained HTML page: overview with charts, one section per file,
 * findings grouped by element with anchors, names next to ids, German labels.
 *
 * @module
 */

import { xdfmHelpUrl } from '../../quality/engine.js';
import type { Finding } from '../../quality/types.js';
import { elementAnchor, elementLink, navigation } from './anchor.js';
import { barChart } from './chart.js';
import { escapeHtml } from './escape.js';
import { fimLabel, fimLabels } from './labels.js';
import { htmlPage } from './page.js';
import {
  countBySeverity,
  type ElementFindings,
  groupByElement,
  type QualityFileReport,
  type QualityRenderOptions,
} from './quality-model.js';

const position = (f: { line?: number | undefined; column?: number | undefined }): string =>
  f.line === undefined ? '–' : `${f.line}:${f.column ?? 0}`;

function findingRow(f: Finding): string {
  return (
    `<tr class="finding" data-code="${escapeHtml(f.code)}">` +
    `<td class="sev-${f.severity}">${escapeHtml(fimLabel(f.severity))}</td>` +
    `<td><a href="${escapeHtml(xdfmHelpUrl(f.xdfm))}" rel="noreferrer">${escapeHtml(f.code)}</a> <span title="${escapeHtml(fimLabel(f.typ))}">(${escapeHtml(f.typ)})</span></td>` +
    `<td>${escapeHtml(f.message)}${f.parentId === undefined ? '' : ` <span class="name">${fimLabels.parent} <code>${escapeHtml(f.parentId)}</code></span>`}</td>` +
    `<td>${position(f)}</td></tr>`
  );
}

function elementSection(el: ElementFindings, scope: string): string {
  const v = el.version === undefined ? '' : ` V${escapeHtml(el.version)}`;
  const name = el.name === undefined ? '' : ` <span class="name">${escapeHtml(el.name)}</span>`;
  return (
    `<section class="element" id="${elementAnchor(el.id, el.version, scope)}">` +
    `<h3>${escapeHtml(fimLabel(el.kind))} <code>${escapeHtml(el.id)}</code>${v}${name}</h3>` +
    `<table><thead><tr><th>Schweregrad</th><th>${fimLabels.code}</th><th>${fimLabels.message}</th><th>${fimLabels.line}:${fimLabels.column}</th></tr></thead>` +
    `<tbody>${el.findings.map(findingRow).join('')}</tbody></table></section>`
  );
}

function fileSection(file: QualityFileReport, index: number): string {
  const scope = `f${index + 1}`;
  const elements = groupByElement(file);
  const problems = file.problems ?? [];
  let html = `<section class="file" id="${scope}"><h2>${fimLabels.file}: <code>${escapeHtml(file.file)}</code> <span class="badge">${file.findings.length}</span></h2>`;
  if (problems.length > 0) {
    html += `<h3>${fimLabels.problems}</h3><ul class="problems">${problems
      .map(
        (d) =>
          `<li class="sev-${d.severity}"><code>${escapeHtml(d.code)}</code> ${escapeHtml(d.message)}${d.line === undefined ? '' : ` (${fimLabels.line} ${d.line})`}</li>`,
      )
      .join('')}</ul>`;
  }
  if (file.findings.length === 0) {
    html += problems.length === 0 ? `<p class="ok">${fimLabels.noFindings}</p>` : '';
    return `${html}</section>`;
  }
  html += `<nav aria-label="${fimLabels.element}"><ul class="elements">${elements
    .map(
      (el) =>
        `<li>${elementLink(el.id, el.version, el.name, scope)} <span class="count">${el.findings.length}</span></li>`,
    )
    .join('')}</ul></nav>`;
  html += elements.map((el) => elementSection(el, scope)).join('');
  return `${html}</section>`;
}

/**
 * Renders quality findings of one or more files as a self-contained HTML page (no script, no network):
 * an overview table and bar charts of findings per severity and per XDFM type, a navigation per file and
 * per element, and one table of findings per element with its German kind label, id, version and name.
 *
 * @example
 * ```ts
 * const html = renderQualityHtml([{ file: 'schema.xml', findings: checkQuality(input).findings }], { generator: 'fimkit 0.1.0' });
 * ```
 */
export function renderQualityHtml(
  files: readonly QualityFileReport[],
  options: QualityRenderOptions = {},
): string {
  const all = files.flatMap((f) => f.findings);
  const severity = countBySeverity(all);
  const types = { K: 0, M: 0, W: 0, H: 0 };
  for (const f of all) types[f.typ]++;
  const overview =
    `<section class="summary" id="uebersicht"><h2>${fimLabels.summary}</h2>` +
    `<table><thead><tr><th>${fimLabels.file}</th><th>${fimLabels.error}</th><th>${fimLabels.warning}</th><th>${fimLabels.info}</th><th>${fimLabels.findings}</th></tr></thead><tbody>${files
      .map((f, i) => {
        const c = countBySeverity(f.findings);
        return `<tr class="file-row"><td><a href="#f${i + 1}"><code>${escapeHtml(f.file)}</code></a></td><td>${c.error}</td><td>${c.warning}</td><td>${c.info}</td><td>${f.findings.length}</td></tr>`;
      })
      .join('')}</tbody></table>` +
    `<h3>${fimLabels.findingsPerSeverity}</h3>${barChart(
      [
        { label: fimLabels.error, value: severity.error, tone: 'error' },
        { label: fimLabels.warning, value: severity.warning, tone: 'warning' },
        { label: fimLabels.info, value: severity.info, tone: 'info' },
      ],
      { title: fimLabels.findingsPerSeverity },
    )}` +
    `<h3>${fimLabels.findingsPerType}</h3>${barChart(
      (['K', 'M', 'W', 'H'] as const).map((t) => ({
        label: fimLabel(t),
        value: types[t],
        tone: t === 'H' ? ('info' as const) : t === 'W' ? ('warning' as const) : ('error' as const),
      })),
      { title: fimLabels.findingsPerType },
    )}</section>`;
  const nav = navigation(
    fimLabels.contents,
    files.map((f, i) => ({ anchor: `f${i + 1}`, label: f.file, count: f.findings.length })),
  );
  return htmlPage({
    title: options.title ?? fimLabels.qualityReport,
    body: `${nav}${overview}${files.map(fileSection).join('')}`,
    ...(options.generator === undefined ? {} : { generator: options.generator }),
  });
}

/**
 * Markdown and HTML reports of XProzess diffs: the generic report plus one section per BPMN model with
 * its graph changes.
 *
 * @module
 */
import { escapeHtml } from '../report/html/escape.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import type { XprozessDiff } from './xprozess.js';
import type { BpmnChange, ProcessGraphDiff } from './xprozess-graph.js';

const mdEsc = (s: string) => s.replace(/[|\\`*_[\]<>]/g, (m) => `\\${m}`).replace(/\r?\n/g, ' ');

/**
 * One sentence describing a BPMN graph change.
 *
 * @example
 * ```ts
 * describeBpmnChange({ kind: 'renamed', element: 'activity', id: 'a1', before: 'A', after: 'B' });
 * // 'activity a1 renamed: "A" → "B"'
 * ```
 */
export function describeBpmnChange(c: BpmnChange): string {
  const what = `${c.element} ${c.id}${c.name === undefined || c.kind === 'renamed' ? '' : ` "${c.name}"`}`;
  const ends = (e: { sourceRef: string; targetRef: string } | undefined) =>
    e === undefined ? '' : `${e.sourceRef} → ${e.targetRef}`;
  switch (c.kind) {
    case 'renamed':
      return `${what} renamed: "${c.before ?? ''}" → "${c.after ?? ''}"`;
    case 'retyped':
      return `${what} changed type: ${c.before ?? ''} → ${c.after ?? ''}`;
    case 'reidentified':
      return `${what} got a new id (was ${c.before ?? ''})`;
    case 'rewired':
      return `${what} rewired: ${ends(c.flow?.before)} became ${ends(c.flow?.after)}`;
    case 'added':
      return `${what} added${c.flow?.after === undefined ? '' : ` (${ends(c.flow.after)})`}`;
    case 'removed':
      return `${what} removed${c.flow?.before === undefined ? '' : ` (${ends(c.flow.before)})`}`;
  }
}

const title = (g: ProcessGraphDiff) =>
  `Process model ${g.prozessId} / ${g.fileName}${g.presence === 'both' ? '' : ` (${g.presence})`}: ${Object.entries(
    g.summary,
  )
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')}`;

/**
 * Renders the graph changes of an XProzess diff as Markdown sections (empty string when there are none).
 *
 * @example
 * ```ts
 * renderGraphsMarkdown(diff.graphs); // '## Process model 99006028261000 / BPMN DI-Export.xml: 1 renamed\n...'
 * ```
 */
export function renderGraphsMarkdown(graphs: readonly ProcessGraphDiff[]): string {
  const lines: string[] = [];
  for (const g of graphs) {
    lines.push(`## ${mdEsc(title(g))}`, '');
    for (const c of g.changes) lines.push(`- ${mdEsc(describeBpmnChange(c))}`);
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * Renders an XProzess diff as Markdown: the generic report, then the BPMN graph changes.
 *
 * @example
 * ```ts
 * await writeFile('changes.md', renderXprozessMarkdown(diffXprozess(a, b).value!));
 * ```
 */
export function renderXprozessMarkdown(diff: XprozessDiff): string {
  const graphs = renderGraphsMarkdown(diff.graphs);
  const base = renderMarkdown(diff);
  return graphs === '' ? base : `${base.replace(/\n*$/, '\n\n')}${graphs}`;
}

/**
 * Renders an XProzess diff as one self-contained HTML document: the generic report plus the graph
 * changes.
 *
 * @example
 * ```ts
 * await writeFile('changes.html', renderXprozessHtml(diffXprozess(a, b).value!));
 * ```
 */
export function renderXprozessHtml(diff: XprozessDiff): string {
  const base = renderHtml(diff);
  const end = base.lastIndexOf('</body>');
  if (diff.graphs.length === 0 || end < 0) return base;
  const out: string[] = [];
  for (const g of diff.graphs) {
    out.push(`<section class="graph"><h2>${escapeHtml(title(g))}</h2><ul>`);
    for (const c of g.changes) {
      out.push(`<li class="${c.kind}">${escapeHtml(describeBpmnChange(c))}</li>`);
    }
    out.push('</ul></section>');
  }
  return `${base.slice(0, end)}${out.join('\n')}\n${base.slice(end)}`;
}

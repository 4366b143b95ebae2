/**
 * `inspect` and `validate` results as Markdown.
 *
 * @module
 */

import type { InspectFileReport, InspectRenderOptions } from '../html/inspect.js';
import { fimLabel, fimLabels } from '../html/labels.js';
import { escapeMarkdown as md } from './escape.js';

/**
 * Renders `inspect`/`validate` results as Markdown: per file the standard, message, id and a table of
 * diagnostics with line and column.
 *
 * @example
 * ```ts
 * const text = renderInspectMarkdown([{ file: 'a.xml', summary, diagnostics }]);
 * ```
 */
export function renderInspectMarkdown(
  files: readonly InspectFileReport[],
  options: InspectRenderOptions = {},
): string {
  const lines: string[] = [`# ${md(options.title ?? fimLabels.inspectReport)}`];
  for (const f of files) {
    lines.push('', `## ${fimLabels.file}: ${md(f.file)}`, '');
    const d = f.summary?.detection;
    if (d !== undefined)
      lines.push(`- ${fimLabels.standard}: ${md(d.label)}`, `- ${fimLabels.nachricht}: ${md(d.message)}`);
    if (f.summary?.id !== undefined) {
      lines.push(
        `- ${fimLabels.elementId}: ${md(f.summary.id)}${f.summary.idVersion === undefined ? '' : ` V${md(f.summary.idVersion)}`}`,
      );
    }
    const counts = Object.entries(f.summary?.counts ?? {});
    if (counts.length > 0)
      lines.push(`- ${fimLabels.elementCounts}: ${counts.map(([k, n]) => `${fimLabel(k)} ${n}`).join(', ')}`);
    lines.push('');
    if (f.diagnostics.length === 0) {
      lines.push(fimLabels.noFindings);
      continue;
    }
    lines.push(
      `| Schweregrad | ${fimLabels.code} | ${fimLabels.message} | ${fimLabels.line}:${fimLabels.column} |`,
      '|---|---|---|---|',
    );
    for (const x of f.diagnostics) {
      const at = x.line === undefined ? '–' : `${x.line}:${x.column ?? 0}`;
      lines.push(`| ${fimLabel(x.severity)} | ${md(x.code)} | ${md(x.message)} | ${at} |`);
    }
  }
  if (options.generator !== undefined) lines.push('', `${fimLabels.generatedBy} ${md(options.generator)}`);
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

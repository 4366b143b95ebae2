/**
 * The quality report as Markdown: overview table, then per file one table of findings per element.
 *
 * @module
 */

import { fimLabel, fimLabels } from '../html/labels.js';
import {
  countBySeverity,
  groupByElement,
  type QualityFileReport,
  type QualityRenderOptions,
} from '../html/quality-model.js';
import { escapeMarkdown as md } from './escape.js';

/**
 * Renders quality findings as GitHub-flavoured Markdown with German labels: an overview table (findings
 * per severity and file), then per file and element a heading `Kind ID Vversion Name` and a findings table.
 *
 * @example
 * ```ts
 * const text = renderQualityMarkdown([{ file: 'schema.xml', findings }]);
 * ```
 */
export function renderQualityMarkdown(
  files: readonly QualityFileReport[],
  options: QualityRenderOptions = {},
): string {
  const lines: string[] = [
    `# ${md(options.title ?? fimLabels.qualityReport)}`,
    '',
    `## ${fimLabels.summary}`,
    '',
  ];
  lines.push(
    `| ${fimLabels.file} | ${fimLabels.error} | ${fimLabels.warning} | ${fimLabels.info} | ${fimLabels.findings} |`,
    '|---|---:|---:|---:|---:|',
  );
  for (const f of files) {
    const c = countBySeverity(f.findings);
    lines.push(`| ${md(f.file)} | ${c.error} | ${c.warning} | ${c.info} | ${f.findings.length} |`);
  }
  for (const f of files) {
    lines.push('', `## ${fimLabels.file}: ${md(f.file)}`, '');
    for (const d of f.problems ?? [])
      lines.push(`- ${md(fimLabel(d.severity))} \`${d.code}\`: ${md(d.message)}`);
    if (f.findings.length === 0) {
      if ((f.problems ?? []).length === 0) lines.push(fimLabels.noFindings);
      continue;
    }
    for (const el of groupByElement(f)) {
      const version = el.version === undefined ? '' : ` V${md(el.version)}`;
      const name = el.name === undefined ? '' : ` ${md(el.name)}`;
      lines.push(`### ${fimLabel(el.kind)} ${md(el.id)}${version}${name}`, '');
      lines.push(
        `| Schweregrad | ${fimLabels.code} | ${fimLabels.message} | ${fimLabels.line}:${fimLabels.column} |`,
        '|---|---|---|---|',
      );
      for (const x of el.findings) {
        const at = x.line === undefined ? '–' : `${x.line}:${x.column ?? 0}`;
        lines.push(`| ${fimLabel(x.severity)} | ${x.code} (${x.typ}) | ${md(x.message)} | ${at} |`);
      }
      lines.push('');
    }
  }
  if (options.generator !== undefined) lines.push('', `${fimLabels.generatedBy} ${md(options.generator)}`);
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

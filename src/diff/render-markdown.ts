/**
 * Renders a diff as readable Markdown: a summary table, then the changes grouped by element.
 *
 * @module
 */
import type { Change, Diff } from './model.js';
import { describeChange, kindLabel } from './render-text.js';

const esc = (s: string) => s.replace(/[|\\`*_[\]<>]/g, (m) => `\\${m}`).replace(/\r?\n/g, ' ');

/**
 * Renders `diff` as Markdown.
 *
 * @example
 * ```ts
 * await writeFile('changes.md', renderMarkdown(diff));
 * ```
 */
export function renderMarkdown(diff: Diff): string {
  const side = (s: Diff['left']) =>
    `${s.id}${s.elementVersion === undefined ? '' : ` ${s.elementVersion}`}${s.source === undefined ? '' : ` (${s.source})`}`;
  const lines = [
    `# Changes ${esc(side(diff.left))} → ${esc(side(diff.right))}`,
    '',
    `${diff.left.standard} ${diff.left.version}, relevance level ${diff.level}: ${diff.summary.total} change(s); elements added ${diff.summary.elements.added}, removed ${diff.summary.elements.removed}, changed ${diff.summary.elements.changed}.`,
    '',
  ];
  if (diff.changes.length === 0) return `${lines.join('\n')}No differences.\n`;
  lines.push('| kind | count |', '| --- | ---: |');
  for (const [kind, n] of Object.entries(diff.summary.byKind))
    lines.push(`| ${kindLabel(kind as Change['kind'])} | ${n} |`);
  lines.push('');
  for (const [key, changes] of groupByElement(diff.changes)) {
    const first = changes[0]!;
    lines.push(
      `## ${esc(first.elementType)} ${esc(first.id)}${first.version === undefined ? '' : ` ${esc(first.version)}`}`,
      '',
    );
    lines.push(
      `\`${first.path || '/'}\`${key !== `${first.id}@${first.version}` && key !== first.id ? ` (key ${esc(key)})` : ''}`,
      '',
    );
    for (const c of changes)
      lines.push(`- **${kindLabel(c.kind)}** (level ${c.level}): ${esc(describeChange(c))}`);
    lines.push('');
  }
  return lines.join('\n');
}

/**
 * Groups changes by element key, keeping first-occurrence order.
 *
 * @example
 * ```ts
 * for (const [key, changes] of groupByElement(diff.changes)) console.log(key, changes.length);
 * ```
 */
export function groupByElement(changes: readonly Change[]): Map<string, Change[]> {
  const groups = new Map<string, Change[]>();
  for (const c of changes) {
    const g = groups.get(c.key);
    if (g === undefined) groups.set(c.key, [c]);
    else g.push(c);
  }
  return groups;
}

/**
 * Markdown and HTML reports of XZuFi diffs: the generic report plus a section with the word-level diff
 * of every changed text (deleted words struck through, inserted words marked, markup changes shown as
 * tags).
 *
 * @module
 */
import { escapeHtml } from '../report/html/escape.js';
import { renderHtml } from './render-html.js';
import { renderMarkdown } from './render-markdown.js';
import type { TextDiffOp } from './text-diff.js';
import type { XzufiDiff, XzufiTextChange } from './xzufi.js';

const mdEsc = (s: string) => s.replace(/[|\\`*_[\]<>~]/g, (m) => `\\${m}`).replace(/\r?\n/g, ' ');

function opMarkdown(op: TextDiffOp): string {
  const text = op.type === 'tag' ? `\`${op.text.replace(/`/g, "'")}\`` : mdEsc(op.text);
  return op.op === 'equal' ? text : op.op === 'delete' ? `~~${text}~~` : `**${text}**`;
}

function heading(t: XzufiTextChange): string {
  return `${t.module} (${t.language || '—'}): ${t.diff.kind}, words +${t.diff.wordsAdded} −${t.diff.wordsRemoved}, tags +${t.diff.tagsAdded} −${t.diff.tagsRemoved}`;
}

/**
 * Renders the text changes of an XZuFi diff as a Markdown section (empty string when there are none).
 *
 * @example
 * ```ts
 * renderXzufiTextsMarkdown(diff.texts); // '## Texts\n\n### 06 (de): markup, ...'
 * ```
 */
export function renderXzufiTextsMarkdown(texts: readonly XzufiTextChange[]): string {
  if (texts.length === 0) return '';
  const lines = ['## Texts', ''];
  for (const t of texts) {
    lines.push(`### ${mdEsc(heading(t))}`, '', t.diff.ops.map(opMarkdown).join(' '), '');
  }
  return lines.join('\n');
}

/**
 * Renders an XZuFi diff as Markdown: the generic report, then the word-level text diffs.
 *
 * @example
 * ```ts
 * await writeFile('changes.md', renderXzufiMarkdown(diffXzufi(a, b).value!));
 * ```
 */
export function renderXzufiMarkdown(diff: XzufiDiff): string {
  const texts = renderXzufiTextsMarkdown(diff.texts);
  const base = renderMarkdown(diff);
  return texts === '' ? base : `${base.replace(/\n*$/, '\n\n')}${texts}`;
}

/**
 * Renders the text changes of an XZuFi diff as an HTML section (`<del>`/`<ins>`; tags shown as code).
 *
 * @example
 * ```ts
 * renderXzufiTextsHtml(diff.texts); // '<section class="texts"><h2>Texts</h2>...'
 * ```
 */
export function renderXzufiTextsHtml(texts: readonly XzufiTextChange[]): string {
  if (texts.length === 0) return '';
  const op = (o: TextDiffOp) => {
    const text = o.type === 'tag' ? `<code>${escapeHtml(o.text)}</code>` : escapeHtml(o.text);
    return o.op === 'equal' ? text : o.op === 'delete' ? `<del>${text}</del>` : `<ins>${text}</ins>`;
  };
  const out = ['<section class="texts"><h2>Texts</h2>'];
  for (const t of texts) {
    out.push(`<h3>${escapeHtml(heading(t))}</h3>`, `<p>${t.diff.ops.map(op).join(' ')}</p>`);
  }
  out.push('</section>');
  return out.join('\n');
}

/**
 * Renders an XZuFi diff as one self-contained HTML document: the generic report plus the text section.
 *
 * @example
 * ```ts
 * await writeFile('changes.html', renderXzufiHtml(diffXzufi(a, b).value!));
 * ```
 */
export function renderXzufiHtml(diff: XzufiDiff): string {
  const section = renderXzufiTextsHtml(diff.texts);
  const base = renderHtml(diff);
  const end = base.lastIndexOf('</body>');
  return section === '' || end < 0 ? base : `${base.slice(0, end)}${section}\n${base.slice(end)}`;
}

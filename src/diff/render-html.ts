/**
 * Renders a diff as a self-contained HTML report (inline CSS, no scripts, no external resources).
 *
 * @module
 */
import type { Change, Diff } from './model.js';
import { groupByElement } from './render-markdown.js';
import { describeChange, kindLabel } from './render-text.js';

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (m) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[m] ?? m,
  );

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b}h1{font-size:1.4rem}
h2{font-size:1.05rem;margin:1.5rem 0 .3rem}code{background:#f3f3f3;padding:0 .25rem}
table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}
.k{display:inline-block;min-width:10rem;font-weight:600}.l{color:#666;font-size:.85em}
.added,.constraintWidened,.cardinalityWidened{color:#0a6b2a}.removed,.constraintNarrowed,.cardinalityNarrowed{color:#a4161a}`;

/**
 * Renders `diff` as one HTML document.
 *
 * @example
 * ```ts
 * await writeFile('changes.html', renderHtml(diff));
 * ```
 */
export function renderHtml(diff: Diff): string {
  const side = (s: Diff['left']) => `${s.id}${s.elementVersion === undefined ? '' : ` ${s.elementVersion}`}`;
  const title = `Changes ${side(diff.left)} → ${side(diff.right)}`;
  const out = [
    '<!DOCTYPE html>',
    '<html lang="de"><head><meta charset="utf-8">',
    `<title>${esc(title)}</title><style>${CSS}</style></head><body>`,
    `<h1>${esc(title)}</h1>`,
    `<p>${esc(`${diff.left.standard} ${diff.left.version}`)}, relevance level ${diff.level}: ${diff.summary.total} change(s); elements added ${diff.summary.elements.added}, removed ${diff.summary.elements.removed}, changed ${diff.summary.elements.changed}.</p>`,
  ];
  if (diff.changes.length === 0) out.push('<p>No differences.</p>');
  else {
    out.push('<table><tr><th>kind</th><th>count</th></tr>');
    for (const [kind, n] of Object.entries(diff.summary.byKind)) {
      out.push(`<tr><td>${esc(kindLabel(kind as Change['kind']))}</td><td>${n}</td></tr>`);
    }
    out.push('</table>');
    for (const changes of groupByElement(diff.changes).values()) {
      const f = changes[0]!;
      out.push(
        `<h2>${esc(`${f.elementType} ${f.id}${f.version === undefined ? '' : ` ${f.version}`}`)} <code>${esc(f.path || '/')}</code></h2><ul>`,
      );
      for (const c of changes) {
        out.push(
          `<li class="${c.kind}"><span class="k">${esc(kindLabel(c.kind))}</span> ${esc(describeChange(c))} <span class="l">level ${c.level}</span></li>`,
        );
      }
      out.push('</ul>');
    }
  }
  out.push('</body></html>', '');
  return out.join('\n');
}

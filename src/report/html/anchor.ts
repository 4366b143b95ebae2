/**
 * Stable anchors for FIM elements, and the navigation list that links to them.
 *
 * @module
 */

import { escapeHtml } from './escape.js';

const encode = (text: string): string =>
  text.replace(/[^A-Za-z0-9.]/g, (c) => `_${c.codePointAt(0)?.toString(16) ?? ''}_`);

/**
 * The anchor id of an element: `el-` + id (+ `-` + version), with every character outside `[A-Za-z0-9.]`
 * written as `_<hex>_`, so it is a valid, injection-free HTML id and distinct elements get distinct
 * anchors. `scope` (e.g. `f1` for the first file) keeps anchors unique when the same element occurs in
 * several files.
 *
 * @example
 * ```ts
 * elementAnchor('F60000000339', '1.0.0'); // 'el-F60000000339-1.0.0'
 * ```
 */
export function elementAnchor(id: string, version?: string, scope?: string): string {
  const v = version === undefined || version === '' ? '' : `-${encode(version)}`;
  return `${scope === undefined ? '' : `${encode(scope)}-`}el-${encode(id)}${v}`;
}

/**
 * A link to an element's anchor showing its id, version and, when known, its name next to the id.
 *
 * @example
 * ```ts
 * elementLink('F60000000339', '1.0.0', 'Familienname');
 * // '<a href="#el-F60000000339-1.0.0"><code>F60000000339</code> V1.0.0 <span class="name">Familienname</span></a>'
 * ```
 */
export function elementLink(id: string, version?: string, name?: string, scope?: string): string {
  const v = version === undefined || version === '' ? '' : ` V${escapeHtml(version)}`;
  const n = name === undefined || name === '' ? '' : ` <span class="name">${escapeHtml(name)}</span>`;
  return `<a href="#${elementAnchor(id, version, scope)}"><code>${escapeHtml(id)}</code>${v}${n}</a>`;
}

/** One entry of a {@link navigation} list. */
export interface NavEntry {
  /** Target anchor (without `#`). */
  readonly anchor: string;
  /** Visible text. */
  readonly label: string;
  /** Optional count shown after the label. */
  readonly count?: number;
}

/**
 * A `<nav>` with one link per entry, for jumping between files or elements.
 *
 * @example
 * ```ts
 * navigation('Inhalt', [{ anchor: 'file-1', label: 'schema.xml', count: 3 }]);
 * ```
 */
export function navigation(title: string, entries: readonly NavEntry[]): string {
  const items = entries
    .map(
      (e) =>
        `<li><a href="#${escapeHtml(e.anchor)}">${escapeHtml(e.label)}</a>${
          e.count === undefined ? '' : ` <span class="count">${e.count}</span>`
        }</li>`,
    )
    .join('');
  return `<nav aria-label="${escapeHtml(title)}"><h2>${escapeHtml(title)}</h2><ul>${items}</ul></nav>`;
}

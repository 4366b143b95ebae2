/**
 * Canonical comparison of XML documents: same elements, attributes and text, ignoring only formatting
 * (whitespace-only text between elements), attribute order, namespace prefixes, comments and processing
 * instructions. This is the equality fimkit's round trips are held to.
 *
 * @module
 */
import type { XmlElement } from './model.js';
import { parseXml } from './tree.js';

/** The first place two documents differ. */
export interface CanonicalDifference {
  /** Element path, with 1-based positions among siblings: `/a[1]/b[3]`. */
  readonly path: string;
  /** What differs there. */
  readonly message: string;
}

type Canon = { name: string; attrs: string[]; text: string | undefined; children: Canon[] };

function canon(el: XmlElement): Canon {
  const attrs = el.attributes.map((a) => `{${a.uri}}${a.local}=${a.value}`).sort();
  const children: Canon[] = [];
  // The text runs before, between and after the child elements, so that mixed content keeps its places.
  const runs: string[] = [''];
  for (const c of el.children) {
    if (c.type === 'element') {
      children.push(canon(c));
      runs.push('');
    } else if (c.type === 'text') runs[runs.length - 1] += c.value;
  }
  // Whitespace-only text in element content is formatting; text next to elements (mixed content) is kept.
  const all = runs.join('');
  const keepText = children.length === 0 || all.trim() !== '';
  const text = children.length === 0 ? all : runs.map((r) => JSON.stringify(r)).join('<>');
  return { name: `{${el.uri}}${el.local}`, attrs, text: keepText ? text : undefined, children };
}

function compare(a: Canon, b: Canon, path: string): CanonicalDifference | undefined {
  if (a.name !== b.name) return { path, message: `element ${a.name} != ${b.name}` };
  const aa = a.attrs.join('\n');
  const ba = b.attrs.join('\n');
  if (aa !== ba) return { path, message: `attributes [${a.attrs.join(', ')}] != [${b.attrs.join(', ')}]` };
  if ((a.text ?? '') !== (b.text ?? '')) {
    return { path, message: `text ${JSON.stringify(a.text ?? '')} != ${JSON.stringify(b.text ?? '')}` };
  }
  if (a.children.length !== b.children.length) {
    const names = (c: Canon) => c.children.map((x) => x.name.replace(/^\{[^}]*\}/, '')).join(',');
    return {
      path,
      message: `${a.children.length} child elements != ${b.children.length} (${names(a)} | ${names(b)})`,
    };
  }
  for (let i = 0; i < a.children.length; i++) {
    const ca = a.children[i]!;
    const d = compare(ca, b.children[i]!, `${path}/${ca.name.replace(/^\{[^}]*\}/, '')}[${i + 1}]`);
    if (d !== undefined) return d;
  }
  return undefined;
}

/**
 * Compares two XML documents canonically. Returns `undefined` when they are equal, else the first
 * difference. Documents that cannot be read, or that have well-formedness errors, compare unequal at `/`.
 *
 * @example
 * ```ts
 * canonicalDifference('<p:a xmlns:p="u" x="1" y="2"/>', '<a xmlns="u" y="2" x="1"></a>'); // undefined
 * ```
 */
export function canonicalDifference(
  a: Uint8Array | string,
  b: Uint8Array | string,
): CanonicalDifference | undefined {
  const ra = parseXml(a);
  const rb = parseXml(b);
  const da = ra.value;
  const db = rb.value;
  if (da === undefined || db === undefined) return { path: '/', message: 'a document could not be read' };
  // A document with well-formedness errors is only partly read; comparing the parts would hide the errors.
  const bad =
    ra.diagnostics.find((d) => d.severity === 'error') ?? rb.diagnostics.find((d) => d.severity === 'error');
  if (bad !== undefined)
    return { path: '/', message: `a document is not well-formed: ${bad.code} ${bad.message}` };
  return compare(canon(da.root), canon(db.root), `/${da.root.local}[1]`);
}

/**
 * True when two documents are canonically equal (see {@link canonicalDifference}).
 *
 * @example
 * ```ts
 * canonicallyEqual('<a>\n  <b>x</b>\n</a>', '<a><b>x</b></a>'); // true
 * ```
 */
export function canonicallyEqual(a: Uint8Array | string, b: Uint8Array | string): boolean {
  return canonicalDifference(a, b) === undefined;
}

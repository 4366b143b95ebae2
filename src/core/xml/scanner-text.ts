/**
 * References and attribute-value normalisation for fimkit's tokenizer: the five predefined entities,
 * decimal and hexadecimal character references, and (in attribute values) tab and line feed as space.
 * There is no DTD, so every other entity reference is an error and stays in the text as written.
 *
 * @module
 */
import { isXmlChar, scanName } from './chars.js';
import type { Tokenizer } from './scanner.js';

const SEMICOLON = 0x3b;
const HASH = 0x23;

/** The replacement of a predefined entity, or undefined. */
function predefined(name: string): string | undefined {
  switch (name) {
    case 'amp':
      return '&';
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
    default:
      return undefined;
  }
}

/** The value of the numeric reference whose digits are `buf[i..e)`, or -1 when it is none. */
function charRef(buf: string, i: number, e: number, hex: boolean): number {
  if (i >= e) return -1;
  let n = 0;
  for (let k = i; k < e; k++) {
    const c = buf.charCodeAt(k);
    let d: number;
    if (c >= 0x30 && c <= 0x39) d = c - 0x30;
    else if (hex && c >= 0x61 && c <= 0x66) d = c - 0x57;
    else if (hex && c >= 0x41 && c <= 0x46) d = c - 0x37;
    else return -1;
    n = n * (hex ? 16 : 10) + d;
    if (n > 0x10ffff) n = 0x110000;
  }
  return n;
}

/**
 * Expands the reference at `buf[a]` (an `&`) that ends before `e`. Returns the index after it and sets
 * `t.refValue`; on error, reports it and returns `a + 1` with `t.refValue` = `&` (kept as written).
 */
function reference(t: Tokenizer, a: number, e: number): number {
  const buf = t.buf;
  const i = a + 1;
  if (buf.charCodeAt(i) === HASH) {
    const hex = buf.charCodeAt(i + 1) === 0x78;
    const digits = hex ? i + 2 : i + 1;
    let k = digits;
    while (k < e && k - digits < 16 && buf.charCodeAt(k) !== SEMICOLON && buf.charCodeAt(k) !== 0x26) k++;
    if (k < e && buf.charCodeAt(k) === SEMICOLON) {
      const code = charRef(buf, digits, k, hex);
      if (code >= 0 && isXmlChar(code)) {
        t.refValue = String.fromCodePoint(code);
        return k + 1;
      }
      t.fail(k + 1, 'malformed character entity.');
    } else t.fail(k < e ? k + 1 : e, 'malformed character entity.');
    t.refValue = '&';
    return a + 1;
  }
  const ne = scanName(buf, i, e);
  if (ne > i && ne < e && buf.charCodeAt(ne) === SEMICOLON) {
    const name = buf.slice(i, ne);
    const value = predefined(name);
    if (value !== undefined) {
      t.refValue = value;
      return ne + 1;
    }
    t.fail(ne + 1, name.includes(':') ? 'disallowed character in entity name.' : 'undefined entity.');
  } else if (ne === i) {
    t.fail(
      i < e ? i + 1 : e,
      buf.charCodeAt(i) === SEMICOLON ? 'empty entity name.' : 'disallowed character in entity name.',
    );
  } else t.fail(ne < e ? ne + 1 : e, 'entity reference without a semicolon.');
  t.refValue = '&';
  return a + 1;
}

/**
 * Character data `buf[p..e)` with references expanded; errors are reported and the reference stays as
 * written.
 *
 * @example
 * ```ts
 * decodeText(t, 3, 12); // for '<a>x &amp; y</a>': 'x & y'
 * ```
 */
export function decodeText(t: Tokenizer, p: number, e: number): string {
  const buf = t.buf;
  let out = '';
  let s = p;
  let a = t.amp(p);
  while (a < e) {
    out += buf.slice(s, a);
    s = reference(t, a, e);
    out += t.refValue;
    a = t.amp(s);
  }
  return s === p ? buf.slice(p, e) : out + buf.slice(s, e);
}

/**
 * An attribute value `buf[s..q)` after normalisation: references expanded, literal tab and line feed
 * as space (line ends are already line feeds).
 *
 * @example
 * ```ts
 * attributeValue(t, 6, 11); // for '<a x="1&#10;2"/>': '1\n2'
 * ```
 */
export function attributeValue(t: Tokenizer, s: number, q: number): string {
  const buf = t.buf;
  if (t.amp(s) >= q && t.lf(s) >= q && t.tab(s) >= q) return buf.slice(s, q);
  let out = '';
  let from = s;
  let i = s;
  while (i < q) {
    const c = buf.charCodeAt(i);
    if (c === 0x0a || c === 0x09) {
      out += `${buf.slice(from, i)} `;
      from = ++i;
    } else if (c === 0x26) {
      out += buf.slice(from, i);
      i = reference(t, i, q);
      out += t.refValue;
      from = i;
    } else i++;
  }
  return out + buf.slice(from, q);
}

/**
 * Start and end tags for fimkit's tokenizer: names, attributes, namespace declarations and their
 * resolution (`scanner-names.ts`), attribute uniqueness (by qualified and by expanded name), end-tag
 * matching.
 *
 * @module
 */
import { isSpace, nameCharWidth, scanName } from './chars.js';
import type { XmlAttribute } from './model.js';
import type { RawTag } from './raw-reader.js';
import type { Tokenizer } from './scanner.js';
import { NONE } from './scanner-events.js';
import { NameEntry, XML_NS, XMLNS_NS } from './scanner-names.js';
import { attributeValue } from './scanner-text.js';

const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

const NO_ATTRIBUTES = Object.freeze(Object.create(null)) as Record<string, XmlAttribute>;

/** A start tag as handed out (one allocation site, so one hidden class). */
function newTag(
  name: string,
  prefix: string,
  local: string,
  uri: string,
  attributes: Record<string, XmlAttribute>,
): RawTag {
  return { name, prefix, local, uri, attributes };
}

/** An attribute as handed out (one allocation site, so one hidden class). */
function newAttribute(name: string, prefix: string, local: string, uri: string, value: string): XmlAttribute {
  return { name, prefix, local, uri, value };
}

/**
 * One object of each shape made in this module, for `keepShapes` in `scanner.ts`.
 *
 * @internal
 * @example
 * ```ts
 * const kept = tagShapes(); // [tag, attribute, name entry]
 * ```
 */
export function tagShapes(): unknown[] {
  return [newTag('', '', '', '', NO_ATTRIBUTES), newAttribute('', '', '', '', ''), new NameEntry('k')];
}

/** The index of the first non-space character at or after `i` (at most `e`). */
function skipSpaces(buf: string, i: number, e: number): number {
  while (i < e && isSpace(buf.charCodeAt(i))) i++;
  return i;
}

/**
 * Reads the start tag at `buf[p]` (a `<` followed by something else than `/`, `!`, `?`). Returns the index
 * after it, or -1 when it may continue in the next chunk.
 *
 * @example
 * ```ts
 * startTag(t, p); // for '<a x="1">' at p: p + 9, after opentagstart and opentag
 * ```
 */
export function startTag(t: Tokenizer, p: number): number {
  const buf = t.buf;
  let lt = t.lt(p + 1);
  if (lt === NONE) {
    if (!t.final) return -1;
    lt = buf.length;
  }
  const scope = t.scope;
  const ne = scanName(buf, p + 1, lt);
  if (ne === p + 1) {
    t.fail(p + 2, 'disallowed character in tag name.');
    // The `<` is dropped; what follows is read as text.
    return p + 1;
  }
  const entry = scope.entry(buf, p + 1, ne);
  t.locate(t.base + p);
  t.attributesWritten = 0;
  t.sink.opentagstart(entry.name, t.locLine, t.locColumn);
  if (t.closedRoot) t.fail(ne, 'documents may contain only one root.');
  t.sawRoot = true;
  const names = scope.attrNames;
  const values = scope.attrValues;
  const ends = scope.attrEnds;
  let n = 0;
  let declares = false;
  let selfClosing = false;
  let i = ne;
  let closed = false;
  for (;;) {
    const s = skipSpaces(buf, i, lt);
    if (s >= lt) break;
    const c = buf.charCodeAt(s);
    if (c === GT) {
      i = s + 1;
      closed = true;
      break;
    }
    if (c === SLASH) {
      if (buf.charCodeAt(s + 1) === GT) {
        i = s + 2;
        closed = selfClosing = true;
        break;
      }
      t.fail(s + 1, 'forward-slash in opening tag not followed by >.');
      i = s + 1;
      continue;
    }
    const ae = scanName(buf, s, lt);
    if (ae === s) {
      t.fail(s + nameWidth(buf, s), 'disallowed character in attribute name.');
      i = s + nameWidth(buf, s);
      continue;
    }
    if (s === i)
      t.fail(s + 1, s === ne ? 'disallowed character in tag name.' : 'no whitespace between attributes.');
    let v = skipSpaces(buf, ae, lt);
    if (buf.charCodeAt(v) !== EQ || v >= lt) {
      t.fail(v < lt ? v + 1 : lt, 'attribute without value.');
      i = v;
      continue;
    }
    v = skipSpaces(buf, v + 1, lt);
    const q = buf.charCodeAt(v);
    if ((q !== DQUOTE && q !== SQUOTE) || v >= lt) {
      t.fail(v < lt ? v + 1 : lt, 'unquoted attribute value.');
      // Skip the unquoted value.
      while (v < lt && !isSpace(buf.charCodeAt(v)) && buf.charCodeAt(v) !== GT) v++;
      i = v;
      continue;
    }
    let qe = buf.indexOf(q === DQUOTE ? '"' : "'", v + 1);
    if (qe === -1 || qe > lt) {
      t.fail(lt, qe === -1 ? 'attribute value is not closed.' : 'disallowed character < in attribute value.');
      i = lt;
      break;
    }
    const name = scope.entry(buf, s, ae);
    if (name.prefix === 'xmlns' || name.name === 'xmlns') declares = true;
    names[n] = name;
    values[n] = attributeValue(t, v + 1, qe);
    ends[n] = ++qe;
    n++;
    i = qe;
  }
  if (!closed) t.fail(i, 'unclosed start tag.');
  t.attributesWritten = n;
  const mark = scope.mark;
  if (declares) declareAll(t, n);
  // The element's namespace.
  let uri = scope.resolve(entry) ?? '';
  const prefix = entry.prefix;
  if (!entry.qualified) t.fail(i, `malformed name: ${entry.name}.`);
  if (prefix !== '') {
    if (prefix === 'xmlns') t.fail(i, 'tags may not have "xmlns" as prefix.');
    if (uri === '') {
      t.fail(i, `unbound namespace prefix: ${JSON.stringify(prefix)}.`);
      uri = prefix;
    }
  }
  const tag = newTag(entry.name, prefix, entry.local, uri, n === 0 ? NO_ATTRIBUTES : attributes(t, n, i));
  t.at = t.base + i;
  t.sink.opentag(tag);
  if (selfClosing) {
    scope.restore(mark);
    if (t.depth === 0) t.closedRoot = true;
    t.sink.closetag();
  } else {
    scope.marks[t.depth] = mark;
    t.open[t.depth++] = entry;
  }
  return i;
}

/** Width of the character at `s` (2 for a surrogate pair), at least 1. */
function nameWidth(buf: string, s: number): number {
  const c = buf.charCodeAt(s);
  return c >= 0xd800 && c <= 0xdbff && nameCharWidth(buf, s, false) === 2 ? 2 : 1;
}

/** Makes the namespace declarations among the current tag's `n` attributes, with the Namespaces checks. */
function declareAll(t: Tokenizer, n: number): void {
  const scope = t.scope;
  for (let k = 0; k < n; k++) {
    const a = scope.attrNames[k]!;
    let prefix: string;
    if (a.prefix === 'xmlns') prefix = a.local;
    else if (a.name === 'xmlns') prefix = '';
    else continue;
    const uri = scope.attrValues[k]!.trim();
    const at = scope.attrEnds[k]!;
    if (prefix !== '' && uri === '') t.fail(at, 'invalid attempt to undefine prefix in XML 1.0');
    if (prefix === 'xml' && uri !== XML_NS) t.fail(at, `xml prefix must be bound to ${XML_NS}.`);
    if (prefix === 'xmlns' && uri !== XMLNS_NS) t.fail(at, `xmlns prefix must be bound to ${XMLNS_NS}.`);
    if (uri === XMLNS_NS) {
      t.fail(
        at,
        prefix === ''
          ? `the default namespace may not be set to ${uri}.`
          : `may not assign a prefix (even "xmlns") to the URI ${XMLNS_NS}.`,
      );
    } else if (uri === XML_NS && prefix !== 'xml') {
      t.fail(
        at,
        prefix === ''
          ? `the default namespace may not be set to ${uri}.`
          : 'may not assign the xml namespace to another prefix.',
      );
    }
    scope.declare(prefix, uri);
  }
}

/** The attribute map of the current start tag (`n` attributes); errors are located at `at`. */
function attributes(t: Tokenizer, n: number, at: number): Record<string, XmlAttribute> {
  const scope = t.scope;
  const names = scope.attrNames;
  const values = scope.attrValues;
  // A dictionary without prototype, so that any name is an own key ("__proto__" too). Not an object
  // with a hidden class per attribute set: those classes die between reads (see `scanner.ts`).
  const map = Object.create(null) as Record<string, XmlAttribute>;
  let qualified = 0;
  for (let k = 0; k < n; k++) {
    const a = names[k]!;
    const prefix = a.prefix;
    let uri: string;
    if (prefix === '') uri = a.name === 'xmlns' ? XMLNS_NS : '';
    else {
      qualified++;
      const resolved = scope.resolve(a);
      if (resolved === undefined || resolved === '') {
        t.fail(at, `unbound namespace prefix: ${JSON.stringify(prefix)}.`);
        uri = prefix;
      } else uri = resolved;
    }
    if (!a.qualified) t.fail(at, `malformed name: ${a.name}.`);
    const name = a.name;
    if (map[name] !== undefined) {
      t.fail(at, `duplicate attribute: ${prefix === '' ? name : `{${uri}}${a.local}`}.`);
    }
    map[name] = newAttribute(name, prefix, a.local, uri, values[k]!);
  }
  if (qualified > 1) expandedDuplicates(t, map, at);
  return map;
}

/** Reports prefixed attributes with different prefixes but the same namespace and local name. */
function expandedDuplicates(t: Tokenizer, map: Record<string, XmlAttribute>, at: number): void {
  const seen = new Set<string>();
  for (const key in map) {
    const a = map[key]!;
    if (a.prefix === '') continue;
    const expanded = `{${a.uri}}${a.local}`;
    if (seen.has(expanded)) t.fail(at, `duplicate attribute: ${expanded}.`);
    seen.add(expanded);
  }
}

/**
 * Reads the end tag at `buf[p]` (`</`). Returns the index after it, or -1 when it may continue in the
 * next chunk.
 *
 * @example
 * ```ts
 * endTag(t, p); // for '</a>' at p: p + 4, after closetag
 * ```
 */
export function endTag(t: Tokenizer, p: number): number {
  const buf = t.buf;
  const lt = t.lt(p + 1);
  let gt = buf.indexOf('>', p + 2);
  if (gt === -1 || gt > lt) {
    if (lt === NONE && !t.final) return -1;
    const e = lt === NONE ? buf.length : lt;
    t.fail(e, 'unclosed end tag.');
    gt = e - 1;
  }
  const ne = scanName(buf, p + 2, gt);
  if (ne === p + 2) t.fail(p + 3, 'disallowed character in closing tag.');
  else if (skipSpaces(buf, ne, gt) !== gt) t.fail(gt + 1, 'disallowed character in closing tag.');
  const after = gt + 1;
  if (ne === p + 2) return after;
  const len = ne - p - 2;
  const open = t.open;
  let k = t.depth - 1;
  while (k >= 0 && !sameName(buf, p + 2, len, open[k]!.name)) k--;
  if (k < 0) {
    t.fail(after, `unmatched closing tag: ${buf.slice(p + 2, ne)}.`);
    return after;
  }
  t.at = t.base + after;
  while (t.depth > k + 1) {
    t.fail(after, `unclosed tag: ${open[t.depth - 1]!.name}`);
    closeElement(t);
  }
  closeElement(t);
  return after;
}

function sameName(buf: string, i: number, len: number, name: string): boolean {
  if (name.length !== len) return false;
  let k = len - 1;
  while (k >= 0 && name.charCodeAt(k) === buf.charCodeAt(i + k)) k--;
  return k < 0;
}

/** Closes the innermost open element. */
function closeElement(t: Tokenizer): void {
  const depth = --t.depth;
  t.scope.restore(t.scope.marks[depth]!);
  if (depth === 0) t.closedRoot = true;
  t.sink.closetag();
}

/**
 * The markup of fimkit's tokenizer other than tags: comments, CDATA sections, processing instructions,
 * the XML declaration and DOCTYPE (reported, never read: the tokenizer stops there).
 *
 * @module
 */
import { isSpace, scanName } from './chars.js';
import type { Tokenizer } from './scanner.js';
import type { XmlDecl } from './scanner-events.js';

const COMMENT = '<!--';
const CDATA = '<![CDATA[';
const DOCTYPE = '<!DOCTYPE';

/** True when `buf[p..]` is a proper prefix of `what` that the next chunk may complete. */
function mayBecome(t: Tokenizer, p: number, what: string): boolean {
  const rest = t.buf.length - p;
  return !t.final && rest < what.length && what.startsWith(t.buf.slice(p));
}

/**
 * Reads the `<!` markup at `buf[p]`: a comment, a CDATA section or a DOCTYPE. Returns the index after
 * it, or -1 when it may continue in the next chunk.
 *
 * @example
 * ```ts
 * bang(t, p); // for '<!--c-->' at p: p + 8, after t.sink.comment('c')
 * ```
 */
export function bang(t: Tokenizer, p: number): number {
  const buf = t.buf;
  if (buf.startsWith(COMMENT, p)) return comment(t, p);
  if (buf.startsWith(CDATA, p)) return cdata(t, p);
  if (buf.startsWith(DOCTYPE, p)) {
    t.at = t.base + p + DOCTYPE.length;
    t.stopped = true;
    t.sink.doctype();
    return buf.length;
  }
  if (mayBecome(t, p, COMMENT) || mayBecome(t, p, CDATA) || mayBecome(t, p, DOCTYPE)) return -1;
  // Not XML: the `<!` is dropped, what follows is read as text.
  t.fail(Math.min(p + 2, buf.length), 'incorrect syntax.');
  return Math.min(p + 2, buf.length);
}

function comment(t: Tokenizer, p: number): number {
  const buf = t.buf;
  const start = p + COMMENT.length;
  const end = buf.indexOf('-->', start);
  if (end === -1) {
    if (!t.final) return -1;
    t.fail(buf.length, 'unclosed comment.');
    return buf.length;
  }
  const dashes = buf.indexOf('--', start);
  if (dashes < end) t.fail(dashes + 2, 'the string "--" is not allowed in comments.');
  else if (end > start && buf.charCodeAt(end - 1) === 0x2d) t.fail(end + 3, 'malformed comment.');
  t.at = t.base + end + 3;
  t.sink.comment(buf.slice(start, end));
  return end + 3;
}

function cdata(t: Tokenizer, p: number): number {
  const buf = t.buf;
  const start = p + CDATA.length;
  const end = t.cdataEnd(start);
  if (end > buf.length) {
    if (!t.final) return -1;
    t.fail(buf.length, 'unclosed CDATA section.');
    return buf.length;
  }
  if (t.depth === 0) t.textOutsideRoot(start);
  t.at = t.base + end + 3;
  t.sink.cdata(buf.slice(start, end));
  return end + 3;
}

/**
 * Reads the processing instruction (or XML declaration) at `buf[p]` (`<?`). Returns the index after it,
 * or -1 when it may continue in the next chunk.
 *
 * @example
 * ```ts
 * processingInstruction(t, p); // for '<?pi body?>' at p: p + 11, after t.sink.pi('pi', 'body')
 * ```
 */
export function processingInstruction(t: Tokenizer, p: number): number {
  const buf = t.buf;
  const end = buf.indexOf('?>', p + 2);
  if (end === -1) {
    if (!t.final) return -1;
    t.fail(buf.length, 'unclosed processing instruction.');
    return buf.length;
  }
  const after = end + 2;
  const te = scanName(buf, p + 2, end);
  if (te === p + 2) {
    t.fail(p + 3, 'processing instruction without a target.');
    return after;
  }
  const target = buf.slice(p + 2, te);
  if (te < end && !isSpace(buf.charCodeAt(te))) {
    t.fail(te + 1, 'disallowed character in processing instruction name.');
    return after;
  }
  let b = te;
  while (b < end && isSpace(buf.charCodeAt(b))) b++;
  const body = buf.slice(b, end);
  if (target === 'xml') {
    if (t.started || t.base + p > t.docStart) {
      t.fail(after, 'an XML declaration must be at the start of the document.');
      return after;
    }
    xmlDeclaration(t, buf.slice(te, end), after);
    return after;
  }
  if (target.includes(':')) t.fail(te, 'colons are forbidden in processing instruction targets.');
  if (target.toLowerCase() === 'xml') t.fail(after, 'the target "xml" is reserved (in any case).');
  t.at = t.base + after;
  t.sink.pi(target, body);
  return after;
}

const S = '[ \\t\\n\\r]';
const VALUE = `(?:"([^"]*)"|'([^']*)')`;
const DECLARATION = new RegExp(
  `^${S}+version${S}*=${S}*${VALUE}(?:${S}+encoding${S}*=${S}*${VALUE})?(?:${S}+standalone${S}*=${S}*${VALUE})?${S}*$`,
);

/** The value of pseudo-attribute `name` in `text`, found loosely (for a malformed declaration). */
function loose(text: string, name: string): string | undefined {
  const m = new RegExp(`${name}${S}*=${S}*${VALUE}`).exec(text);
  return m === null ? undefined : (m[1] ?? m[2]);
}

function xmlDeclaration(t: Tokenizer, text: string, after: number): void {
  const decl: XmlDecl = { version: undefined, encoding: undefined, standalone: undefined };
  const m = DECLARATION.exec(text);
  if (m === null) {
    t.fail(after, 'malformed XML declaration (version, then optionally encoding and standalone).');
    decl.version = loose(text, 'version');
    decl.encoding = loose(text, 'encoding');
    decl.standalone = loose(text, 'standalone');
  } else {
    decl.version = m[1] ?? m[2];
    decl.encoding = m[3] ?? m[4];
    decl.standalone = m[5] ?? m[6];
    if (!/^1\.[0-9]+$/.test(decl.version!)) t.fail(after, 'version number must match /^1\\.[0-9]+$/.');
    if (decl.encoding !== undefined && !/^[A-Za-z][A-Za-z0-9._-]*$/.test(decl.encoding)) {
      t.fail(after, 'encoding value must match /^[A-Za-z][A-Za-z0-9._-]*$/.');
    }
    if (decl.standalone !== undefined && decl.standalone !== 'yes' && decl.standalone !== 'no') {
      t.fail(after, 'standalone value must match "yes" or "no".');
    }
  }
  t.at = t.base + after;
  t.sink.xmldecl(decl);
}

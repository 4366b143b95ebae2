/**
 * fimkit's own XML tokenizer: a push scanner for XML 1.0 (fifth edition) with Namespaces, that checks
 * well-formedness and reports start tags with the line and column of their `<`. Text is written in
 * chunks of any size (down to one character); events go to a `TokenHandlers` sink (`scanner-events.ts`).
 *
 * How it is fast: the scanner finds the end of each token with `indexOf` and only then looks inside it,
 * with `charCodeAt` loops over start tags and names. The next `<`, `&`, line feed, tab, `]]>` and
 * invalid character are searched once per buffer position and cached, so no character is searched
 * twice. Element and attribute names are interned (one string, prefix, local name and namespace lookup
 * per distinct name). Lines are counted with `indexOf('\n')` up to each start tag.
 *
 * Chunks: a token cut by the end of a chunk is kept and scanned again once at least as much new text has
 * arrived as the kept part is long, so a token spread over many chunks costs linear time. Start tags
 * wait for the next `<` (or the end) so that a broken start tag reads the same in any chunking.
 *
 * The V8 rules that apply on this path (see `docs/decisions`): plain fields, no `#private` fields, no
 * closures or object literals per token other than the data handed out, module-level functions. And one
 * instance of each class (and each object-literal shape) made here lives as long as the process
 * ({@link keepShapes}): V8 holds the hidden class of an object only weakly from its parent class, so when
 * the last tokenizer of a read is collected, its hidden class goes too, and every optimised function
 * that checked for it is thrown away at that GC (measured: 70 ms instead of 28 ms per read of the 3.6 MB
 * file, in a process that reads one document after another).
 *
 * Split over files: `scanner-events.ts` (the sink interface), `scanner-tags.ts` (start and end tags),
 * `scanner-names.ts` (names, namespaces),
 * `scanner-markup.ts` (comments, CDATA, processing instructions, the XML declaration, DOCTYPE),
 * `scanner-text.ts` (references), `chars.ts` (character classes).
 *
 * @module
 */
import { findInvalidChar, isSpace } from './chars.js';
import { NONE, type TokenHandlers } from './scanner-events.js';
import { bang, processingInstruction } from './scanner-markup.js';
import { type NameEntry, NamespaceScope } from './scanner-names.js';
import { endTag, startTag, tagShapes } from './scanner-tags.js';
import { decodeText } from './scanner-text.js';

const LT = 0x3c;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;

/**
 * The tokenizer. Internal to fimkit's reader (`RawReader`).
 *
 * @internal
 * @example
 * ```ts
 * const t = new Tokenizer(sink);
 * t.write('<a x="1">te'); t.write('xt</a>'); t.close();
 * ```
 */
export class Tokenizer {
  /** Where the events go. */
  readonly sink: TokenHandlers;
  /** Attributes written in the current start tag, namespace declarations included. */
  attributesWritten = 0;

  /** The text being scanned: the unfinished part of earlier chunks plus the newest chunk. */
  buf = '';
  /** Offset of `buf[0]` in the whole input. */
  base = 0;
  /** Index in `buf` of the first character not yet consumed. */
  pos = 0;
  /** True once `close` was called: an unfinished token is an error, not a wait. */
  final = false;
  /** True after a DOCTYPE: nothing more is read. */
  stopped = false;
  /** Chunks held back until the unfinished token may be complete, and their length. */
  private parts: string[] = [];
  private partsLength = 0;
  private waitFor = 0;
  /** A line feed at the start of the next chunk belongs to a CR at the end of the last one. */
  private skipLf = false;
  /** A high surrogate held back from the end of the last chunk. */
  private high = '';

  /** Cached search results (indexes in `buf`, {@link NONE} when absent; stale when below the position asked for). */
  nextLt = -1;
  nextAmp = -1;
  nextLf = -1;
  nextTab = -1;
  nextCdataEnd = -1;
  /** The value of the last reference read (see `scanner-text.ts`). */
  refValue = '';
  /** Index of the next invalid character not yet reported, {@link NONE} when there is none. */
  nextBad = NONE;

  /** Line counting: lines up to offset `counted`, and the offset where that line starts. */
  private lineNo = 1;
  private lineStart = 0;
  private counted = 0;
  /** Start of the line that contains `base` (for positions looked up backwards). */
  private baseLineStart = 0;
  /** The next line feed after `counted` (index in `buf`), for line counting only. */
  private lineLf = -1;
  /** Result of {@link locate}. */
  locLine = 1;
  locColumn = 1;
  /** Offset that `line` and `column` report (the end of the last token, or an error's place). */
  at = 0;

  /** Document state: where the document starts (after a byte order mark), whether a token was read. */
  docStart = 0;
  started = false;
  sawRoot = false;
  closedRoot = false;
  private textBeforeRootReported = false;
  private textAfterRootReported = false;
  /** Open elements' names, and how many are open. */
  readonly open: NameEntry[] = [];
  depth = 0;
  /** Namespace bindings in scope and the interned names. */
  readonly scope = new NamespaceScope();

  constructor(sink: TokenHandlers) {
    this.sink = sink;
  }

  /** 1-based line of the current place (see {@link TokenHandlers.error}). */
  get line(): number {
    this.locate(this.at);
    return this.locLine;
  }

  /** 1-based column, in UTF-16 code units, of the current place. */
  get column(): number {
    this.locate(this.at);
    return this.locColumn;
  }

  /** Reads the next chunk. */
  write(chunk: string): void {
    if (this.stopped || this.final || chunk.length === 0) return;
    if (this.skipLf) {
      this.skipLf = false;
      if (chunk.charCodeAt(0) === 0x0a) chunk = chunk.slice(1);
    }
    if (this.high !== '') {
      chunk = this.high + chunk;
      this.high = '';
    }
    const last = chunk.charCodeAt(chunk.length - 1);
    if (last >= 0xd800 && last <= 0xdbff) {
      this.high = chunk.slice(-1);
      chunk = chunk.slice(0, -1);
    }
    if (chunk.indexOf('\r') !== -1) {
      if (chunk.charCodeAt(chunk.length - 1) === 0x0d) this.skipLf = true;
      chunk = chunk.replace(/\r\n?/g, '\n');
    }
    if (chunk.length === 0) return;
    if (this.waitFor > 0) {
      this.parts.push(chunk);
      this.partsLength += chunk.length;
      if (this.partsLength < this.waitFor) return;
      chunk = this.parts.join('');
      this.parts = [];
      this.partsLength = 0;
      this.waitFor = 0;
    }
    this.append(chunk);
    this.scan();
  }

  /** Ends the input: an unfinished token, unclosed elements and a missing root are errors. */
  close(): void {
    if (this.stopped || this.final) return;
    this.final = true;
    const rest = this.parts.join('') + this.high;
    this.parts = [];
    this.high = '';
    this.waitFor = 0;
    if (rest !== '') this.append(rest);
    this.scan();
    if (this.stopped) return;
    this.at = this.base + this.buf.length;
    if (!this.sawRoot) this.fail(this.buf.length, 'document must contain a root element.');
    while (this.depth > 0) {
      this.depth--;
      this.fail(this.buf.length, `unclosed tag: ${this.open[this.depth]!.name}`);
    }
  }

  private append(chunk: string): void {
    const buf = this.buf;
    const pos = this.pos;
    this.locate(this.base + pos);
    this.baseLineStart = this.base + pos - this.locColumn + 1;
    if (pos >= buf.length) {
      this.base += buf.length;
      this.buf = chunk;
    } else {
      this.base += pos;
      this.buf = buf.slice(pos) + chunk;
    }
    this.pos = 0;
    this.nextLt = -1;
    this.nextAmp = -1;
    this.nextLf = -1;
    this.lineLf = -1;
    this.nextTab = -1;
    this.nextCdataEnd = -1;
    this.nextBad = this.searchBad(0);
    if (this.base === 0 && this.buf.charCodeAt(0) === 0xfeff) {
      // A byte order mark is no content and takes no column.
      this.pos = 1;
      this.docStart = 1;
      this.lineStart = 1;
      this.counted = 1;
    }
  }

  private searchBad(from: number): number {
    const i = findInvalidChar(this.buf, from);
    return i < 0 ? NONE : i;
  }

  /** Tokenizes as far as the buffer allows. */
  private scan(): void {
    const buf = this.buf;
    const end = buf.length;
    let p = this.pos;
    while (p < end && !this.stopped) {
      let q: number;
      if (buf.charCodeAt(p) !== LT) {
        const lt = this.lt(p);
        if (lt === NONE && !this.final) break;
        q = lt === NONE ? end : lt;
        this.text(p, q);
      } else {
        const c = buf.charCodeAt(p + 1);
        if (c === SLASH) q = endTag(this, p);
        else if (c === BANG) q = bang(this, p);
        else if (c === QUESTION) q = processingInstruction(this, p);
        else if (p + 1 < end) q = startTag(this, p);
        else if (this.final) {
          this.fail(end, 'unexpected end.');
          q = end;
        } else q = -1;
        if (q < 0) break;
      }
      this.started = true;
      p = q;
      if (this.nextBad < p) this.reportBad(p);
    }
    this.pos = p;
    if (p < end && !this.final && !this.stopped) this.waitFor = end - p;
  }

  /** Reports the invalid characters before `p`. */
  private reportBad(p: number): void {
    while (this.nextBad < p) {
      const i = this.nextBad;
      this.fail(i + 1, 'disallowed character.');
      this.nextBad = this.searchBad(i + 1);
    }
  }

  /** Text from `p` to `e` (the next `<` or the end). */
  private text(p: number, e: number): void {
    const buf = this.buf;
    if (this.depth === 0) {
      this.textOutside(p, e);
      return;
    }
    const value = this.amp(p) < e ? decodeText(this, p, e) : buf.slice(p, e);
    let cd = this.cdataEnd(p);
    while (cd < e) {
      this.fail(cd + 3, 'the string "]]>" is disallowed in char data.');
      this.nextCdataEnd = -1;
      cd = this.cdataEnd(cd + 1);
    }
    this.at = this.base + e;
    this.sink.text(value);
  }

  /** Text before or after the root: only white space is allowed. */
  private textOutside(p: number, e: number): void {
    const buf = this.buf;
    let i = p;
    while (i < e && isSpace(buf.charCodeAt(i))) i++;
    const value = this.amp(p) < e ? decodeText(this, p, e) : buf.slice(p, e);
    if (i < e) this.textOutsideRoot(i + 1);
    // White space before the first markup is no event (as saxes did).
    else if (!this.started) return;
    this.at = this.base + e;
    this.sink.text(value);
  }

  /** Reports character data outside the root once before it and once after it. */
  textOutsideRoot(at: number): void {
    if (!this.sawRoot && !this.textBeforeRootReported) {
      this.textBeforeRootReported = true;
      this.fail(at, 'text data outside of root node.');
    }
    if (this.closedRoot && !this.textAfterRootReported) {
      this.textAfterRootReported = true;
      this.fail(at, 'text data outside of root node.');
    }
  }

  /** Reports a well-formedness error located just before `buf[i]`. */
  fail(i: number, message: string): void {
    this.at = this.base + i;
    this.sink.error(message);
  }

  /** Locates offset `abs` of the whole input (into `locLine`, `locColumn`). */
  locate(abs: number): void {
    const buf = this.buf;
    const base = this.base;
    if (abs >= this.counted) {
      const target = abs - base;
      let nl = this.lineLf;
      if (nl < this.counted - base) {
        nl = buf.indexOf('\n', this.counted - base);
        if (nl === -1) nl = NONE;
      }
      while (nl < target) {
        this.lineNo++;
        this.lineStart = base + nl + 1;
        nl = buf.indexOf('\n', nl + 1);
        if (nl === -1) nl = NONE;
      }
      this.lineLf = nl;
      this.counted = abs;
      this.locLine = this.lineNo;
      this.locColumn = abs - this.lineStart + 1;
      return;
    }
    // Backwards (rare): count the line feeds between `abs` and the counted offset.
    let line = this.lineNo;
    const from = abs - base;
    const last = this.counted - base - 1;
    let k = last < 0 ? -1 : buf.lastIndexOf('\n', last);
    while (k >= from) {
      line--;
      k = k === 0 ? -1 : buf.lastIndexOf('\n', k - 1);
    }
    const start = k >= 0 ? base + k + 1 : line === this.lineNo ? this.lineStart : this.baseLineStart;
    this.locLine = line;
    this.locColumn = abs - start + 1;
  }

  /** The next `<` at or after `i`. */
  lt(i: number): number {
    let n = this.nextLt;
    if (n < i) {
      n = this.buf.indexOf('<', i);
      this.nextLt = n = n === -1 ? NONE : n;
    }
    return n;
  }

  /** The next `&` at or after `i`. */
  amp(i: number): number {
    let n = this.nextAmp;
    if (n < i) {
      n = this.buf.indexOf('&', i);
      this.nextAmp = n = n === -1 ? NONE : n;
    }
    return n;
  }

  /** The next line feed at or after `i`. */
  lf(i: number): number {
    let n = this.nextLf;
    if (n < i) {
      n = this.buf.indexOf('\n', i);
      this.nextLf = n = n === -1 ? NONE : n;
    }
    return n;
  }

  /** The next tab at or after `i`. */
  tab(i: number): number {
    let n = this.nextTab;
    if (n < i) {
      n = this.buf.indexOf('\t', i);
      this.nextTab = n = n === -1 ? NONE : n;
    }
    return n;
  }

  /** The next `]]>` at or after `i`. */
  cdataEnd(i: number): number {
    let n = this.nextCdataEnd;
    if (n < i) {
      n = this.buf.indexOf(']]>', i);
      this.nextCdataEnd = n = n === -1 ? NONE : n;
    }
    return n;
  }
}

const NO_SINK: TokenHandlers = {
  xmldecl() {},
  doctype() {},
  opentagstart() {},
  opentag() {},
  closetag() {},
  text() {},
  cdata() {},
  comment() {},
  pi() {},
  error() {},
};

/**
 * Objects whose hidden classes must outlive every read (see the module comment). Other modules on the
 * token path add theirs.
 *
 * @internal
 * @example
 * ```ts
 * keepShapes.push(new MyPerReadClass());
 * ```
 */
export const keepShapes: unknown[] = [new Tokenizer(NO_SINK), ...tagShapes()];

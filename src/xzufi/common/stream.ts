/**
 * Streaming reader for XZuFi transfer messages (any version with a profile): an async iterator that reads
 * the document in chunks and yields one typed `schreibe` or `loesche` entry at a time, so memory stays
 * bounded by one chunk plus the largest entry, not the file.
 *
 * One pass: a single push tokenizer reads the whole input (`RawReader`); its events below the root go
 * straight into the binding engine of `parse` (`SubtreeBinder`), which binds each `schreibe` and `loesche`
 * from the same token stream, so entries get the same model and the same diagnostics as a whole-document
 * parse, at their positions in the whole document. Items are handed out after each chunk.
 *
 * @module
 */
import { SubtreeBinder } from '../../core/binding/subtree.js';
import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import { RawReader, type RawTag, type RawXmlHandler } from '../../core/xml/raw-reader.js';
import { createXmlWriter, type XmlWriter } from '../../core/xml/write.js';
import { versionProblemFor, type XzufiProfile } from './profile.js';
import { decoderFor, Failure } from './stream-scan.js';

/** Where an item starts in the source (1-based, UTF-16 code units for the column). */
export interface Located {
  readonly line: number;
  readonly column: number;
  /** Problems found in this item (positions in the whole document). */
  readonly diagnostics: readonly Diagnostic[];
}

/** The root start tag: its name, namespace and attributes (`xzufiVersion`, `produktbezeichnung`, ...). */
export interface TransferRootItem extends Located {
  readonly type: 'root';
  readonly name: string;
  readonly namespace: string;
  /** The XZuFi version the namespace stands for (`2.2.0`, `2.3.1`). */
  readonly version: string;
  readonly attributes: Readonly<Record<string, string>>;
}

/** A `schreibe` entry with its transfer object. `kind` is the object's element name. */
export interface TransferSchreibeItemOf<S, K extends string = string> extends Located {
  readonly type: 'schreibe';
  readonly kind: K | undefined;
  readonly value: S;
}

/** A `loesche` entry. */
export interface TransferLoescheItemOf<L> extends Located {
  readonly type: 'loesche';
  readonly value: L;
}

/** Any other child of the root (`nachrichtenkopf`, `transaktionID`, unknown elements), verbatim. */
export interface TransferElementItem extends Located {
  readonly type: 'element';
  /** Local name. */
  readonly name: string;
  /** The element's XML (its own namespace declarations, not the root's). */
  readonly xml: string;
}

/** A problem that stops the read (not XML, another version, truncated input). */
export interface TransferErrorItem extends Located {
  readonly type: 'error';
}

/** What the streaming reader yields, in document order, for entry types `S` and `L`. */
export type TransferItemOf<S, L, K extends string = string> =
  | TransferRootItem
  | TransferSchreibeItemOf<S, K>
  | TransferLoescheItemOf<L>
  | TransferElementItem
  | TransferErrorItem;

/** Options of the streaming reader. */
export interface StreamTransferOptions {
  /** Largest entry (in UTF-16 code units) accepted before reading stops. Default 64 Mi. */
  readonly maxEntryLength?: number;
}

type AnyItem = TransferItemOf<unknown, unknown>;

const KNOWN_CHILDREN = ['nachrichtenkopf', 'transaktionID', 'transaktionPosition'];

/** Characters given to the tokenizer at a time (64 Ki, the default chunk of a file stream). */
const SLICE = 65536;

/** A stop of the read raised inside a tokenizer callback. */
class Stop extends Error {}

/**
 * The token consumer: the root and its children by hand, every `schreibe`/`loesche` subtree through the
 * binder, other children re-serialised. Items collect in `out` until the generator hands them out.
 * A class with prototype methods: the tokenizer calls it per token (see the performance rule in
 * `core/xml/scanner.ts`).
 */
class TransferReader implements RawXmlHandler<RawTag> {
  readonly profiles: readonly XzufiProfile[];
  profile: XzufiProfile;
  objectKinds: readonly string[];
  readonly out: AnyItem[] = [];
  /** Reader diagnostics (well-formedness, limits), shared with the `RawReader`. */
  readonly problems: Diagnostic[] = [];
  /** How many of `problems` have been handed out. */
  seen = 0;
  done = false;
  /** Characters given to the tokenizer so far. */
  read = 0;
  state: 'prolog' | 'body' | 'epilog' = 'prolog';
  rootPath = '/';
  /** The root's namespace declarations, in scope for kept unknown elements of entries. */
  rootScope: Record<string, string> = {};
  readonly binder: SubtreeBinder;
  /** The entry being bound: its kind, position and first diagnostic index. */
  entry: 'schreibe' | 'loesche' | undefined;
  entryLine = 0;
  entryColumn = 0;
  entryProblems = 0;
  /** Characters read when the entry started (for `maxEntryLength`). */
  entryStart = 0;
  /** Another child of the root, being re-serialised. */
  other: XmlWriter | undefined;
  otherName = '';
  otherLine = 0;
  otherColumn = 0;
  otherDiagnostics: Diagnostic[] = [];

  constructor(profiles: readonly XzufiProfile[]) {
    this.profiles = profiles;
    this.profile = profiles[0]!;
    this.objectKinds = Object.keys(this.profile.objects);
    this.binder = new SubtreeBinder(this.profile.vocabulary);
  }

  element(tag: RawTag): RawTag {
    return tag;
  }

  attributeCount(tag: RawTag, written: number, limit: number): number {
    if (this.entry !== undefined) return this.binder.countAttributes(tag, written, limit);
    if (written === 0) return 0;
    let n = 0;
    const all = tag.attributes;
    for (const key in all) {
      const a = all[key]!;
      if (a.prefix !== 'xmlns' && a.name !== 'xmlns') n++;
    }
    return n;
  }

  open(tag: RawTag, line: number, column: number, depth: number): void {
    if (depth > 2) {
      if (this.entry !== undefined) this.binder.open(tag, line, column);
      else this.other?.start(tag.name, attributesOf(tag));
      return;
    }
    if (depth === 2) {
      this.child(tag, line, column);
      return;
    }
    this.root(tag, line, column);
  }

  root(tag: RawTag, line: number, column: number): void {
    if (this.state !== 'prolog') return; // a second root: the tokenizer reports it
    const at = { line, column };
    const path = `/${tag.local}`;
    const problem = versionProblemFor(tag.uri, { path, ...at }, this.profiles);
    if (problem !== undefined) this.fail(problem, at);
    const profile = this.profiles.find((p) => p.vocabulary.namespace === tag.uri) ?? this.profile;
    if (profile !== this.profile) {
      this.profile = profile;
      this.objectKinds = Object.keys(profile.objects);
      this.binder.vocabulary = profile.vocabulary;
    }
    if (this.objectKinds.includes(tag.local)) {
      const message = `<${tag.name}> is a single transfer object, not a transfer message; read it with parse().`;
      this.fail(diagnostic('error', 'xzufi/not-a-transfer', message, 'xzufi', { path, ...at }), at);
    }
    const attributes: Record<string, string> = {};
    const scope: Record<string, string> = {};
    for (const key in tag.attributes) {
      const a = tag.attributes[key]!;
      if (a.name === 'xmlns') scope[''] = a.value;
      else if (a.prefix === 'xmlns') scope[a.local] = a.value;
      else attributes[a.name] = a.value;
    }
    this.rootScope = scope;
    this.rootPath = path;
    this.state = 'body';
    const version = profile.version;
    this.out.push({
      type: 'root',
      name: tag.local,
      namespace: tag.uri,
      version,
      attributes,
      ...at,
      diagnostics: [],
    });
  }

  child(tag: RawTag, line: number, column: number): void {
    const ns = this.profile.vocabulary.namespace;
    const local = tag.local;
    if (tag.uri === ns && (local === 'schreibe' || local === 'loesche')) {
      this.entry = local;
      this.entryLine = line;
      this.entryColumn = column;
      this.entryProblems = this.problems.length;
      this.entryStart = this.read;
      const message = local === 'schreibe' ? this.profile.schreibe : this.profile.loesche;
      this.binder.begin(message, tag, line, column, this.rootScope, this.rootPath);
      return;
    }
    this.otherName = local;
    this.otherLine = line;
    this.otherColumn = column;
    this.otherDiagnostics =
      tag.uri === ns && KNOWN_CHILDREN.includes(local)
        ? []
        : [
            diagnostic(
              'warning',
              'xzufi/unknown-element',
              `<${tag.name}> is not defined in a transfer message; kept verbatim.`,
              'xzufi',
              { path: `${this.rootPath}/${local}`, line, column },
            ),
          ];
    const writer = createXmlWriter({ declaration: false });
    writer.start(tag.name, attributesOf(tag));
    this.other = writer;
  }

  close(_tag: RawTag, depth: number): void {
    if (depth > 2) {
      if (this.entry !== undefined) this.binder.close();
      else this.other?.end();
    } else if (depth === 2) {
      if (this.entry !== undefined) this.finishEntry();
      else this.finishOther();
    } else this.state = 'epilog';
  }

  finishEntry(): void {
    const bound = this.binder.end();
    const diagnostics = this.problems.slice(this.entryProblems);
    this.seen = this.problems.length;
    for (const d of bound.diagnostics) diagnostics.push(d);
    const at = { line: this.entryLine, column: this.entryColumn };
    const value = (bound.value ?? {}) as Record<string, unknown>;
    if (this.entry === 'loesche') this.out.push({ type: 'loesche', value, ...at, diagnostics });
    else {
      if (bound.value !== undefined) {
        for (const d of this.profile.checkEntries([value], bound.sourceMap)) {
          diagnostics.push(d.path === undefined ? d : { ...d, path: `${this.rootPath}${d.path}` });
        }
      }
      const kind = this.objectKinds.find((k) => value[k] !== undefined);
      this.out.push({ type: 'schreibe', kind, value, ...at, diagnostics });
    }
    this.entry = undefined;
  }

  finishOther(): void {
    const writer = this.other;
    if (writer === undefined) return;
    writer.end();
    this.other = undefined;
    const at = { line: this.otherLine, column: this.otherColumn };
    this.out.push({
      type: 'element',
      name: this.otherName,
      xml: writer.toString(),
      ...at,
      diagnostics: this.otherDiagnostics,
    });
  }

  text(value: string, cdata: boolean): void {
    if (this.entry !== undefined) this.binder.text(value);
    else if (this.other !== undefined) {
      if (cdata) this.other.cdata(value);
      else this.other.text(value);
    } else if (this.state === 'body' && value.trim() !== '') {
      this.fail(
        diagnostic(
          'error',
          'xzufi/unexpected-text',
          'The transfer message has text between its entries.',
          'xzufi',
          {
            path: this.rootPath,
          },
        ),
      );
    }
  }

  comment(value: string): void {
    this.other?.comment(value);
  }

  /** Ends the read with an error item (position: `at`, else the diagnostic's). */
  fail(d: Diagnostic, at?: { line: number; column: number }): never {
    const where = at ?? { line: d.line ?? 1, column: d.column ?? 1 };
    this.out.push({ type: 'error', ...where, diagnostics: [d] });
    this.done = true;
    throw new Stop();
  }
}

function attributesOf(tag: RawTag): [string, string][] {
  const attrs: [string, string][] = [];
  for (const key in tag.attributes) {
    const a = tag.attributes[key]!;
    attrs.push([a.name, a.value]);
  }
  return attrs;
}

/**
 * Reads an XZuFi transfer message of one of `profiles`' versions chunk by chunk and yields its root, then
 * each child of the root in document order: `schreibe` and `loesche` entries typed, other children
 * verbatim. Memory is bounded by the largest entry plus one chunk. Never throws on content: problems are
 * diagnostics on the item they belong to; a problem that stops the read is a final `error` item.
 *
 * @example
 * ```ts
 * for await (const item of streamWith([xzufi22Profile], createReadStream('pvog.xml'))) {
 *   if (item.type === 'schreibe') console.log(item.kind);
 * }
 * ```
 */
export async function* streamWith(
  profiles: readonly XzufiProfile[],
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: StreamTransferOptions = {},
): AsyncGenerator<AnyItem, void, undefined> {
  const maxEntry = options.maxEntryLength ?? 64 * 1024 * 1024;
  const t = new TransferReader(profiles);
  const reader = new RawReader(t, t.problems, {});
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let empty = true;
  const out = t.out;
  try {
    for await (const chunk of chunks) {
      let text: string;
      if (typeof chunk === 'string') text = chunk;
      else {
        decoder ??= decoderFor(chunk);
        text = decoder.decode(chunk, { stream: true });
      }
      if (empty && text.trim() !== '') empty = false;
      // Large chunks are read in slices, each followed by its items: what waits to be handed out (and
      // what the garbage collector has to keep) stays small whatever the chunk size.
      for (let at = 0; at < text.length; at += SLICE) {
        feed(t, reader, at === 0 && text.length <= SLICE ? text : text.slice(at, at + SLICE), maxEntry);
        for (let i = 0; i < out.length; i++) yield out[i]!;
        out.length = 0;
        if (t.done) return;
      }
    }
    if (decoder !== undefined) feed(t, reader, decoder.decode(), maxEntry);
    if (!t.done) {
      if (empty)
        t.fail(
          diagnostic('error', 'xml/empty', 'The document has no root element.', 'xzufi', {
            path: '/',
            line: 1,
            column: 1,
          }),
        );
      end(t, reader);
    }
  } catch (e) {
    if (!(e instanceof Stop)) {
      const d = problemOf(e);
      if (d === undefined) throw e;
      out.push({ type: 'error', line: 1, column: 1, diagnostics: [d] });
    }
  }
  for (let i = 0; i < out.length; i++) yield out[i]!;
}

/** Gives `text` to the tokenizer; a reader problem outside an entry, or an entry too large, stops the read. */
function feed(t: TransferReader, reader: RawReader<RawTag>, text: string, maxEntry: number): void {
  if (text === '') return;
  const open = t.entry !== undefined || t.other !== undefined;
  if (open && t.read + text.length - t.entryStart > maxEntry) {
    t.fail(
      diagnostic(
        'error',
        'xzufi/entry-limit',
        `An entry exceeds the limit of ${maxEntry} characters.`,
        'xzufi',
        {
          path: t.rootPath,
          line: t.entryLine,
          column: t.entryColumn,
        },
      ),
    );
  }
  t.read += text.length;
  reader.write(text);
  checkProblems(t, reader);
}

/** Ends the input: an unclosed entry or root stops the read with the reader's problem. */
function end(t: TransferReader, reader: RawReader<RawTag>): void {
  reader.close();
  if (t.entry !== undefined || t.other !== undefined) {
    const first = t.problems[t.entry !== undefined ? t.entryProblems : t.seen];
    const message = `<${t.entry ?? t.otherName}> is not closed.`;
    t.fail(first ?? diagnostic('error', 'xml/malformed', message, 'xzufi', { path: t.rootPath }));
  }
  checkProblems(t, reader);
  if (t.state === 'prolog') {
    t.fail(
      diagnostic('error', 'xml/empty', 'The document has no root element.', 'xzufi', {
        path: '/',
        line: 1,
        column: 1,
      }),
    );
  }
  if (t.state === 'body') {
    const message = `The root ${t.rootPath.slice(1)} is not closed.`;
    t.fail(diagnostic('error', 'xml/malformed', message, 'xzufi', { path: t.rootPath }));
  }
}

/**
 * Reader problems that belong to no entry stop the read: well-formedness errors at the root level, a
 * limit, a DOCTYPE. Those inside an entry stay with it (handed out with the entry). Text before the root
 * is ignored, as the root is all that matters.
 */
function checkProblems(t: TransferReader, reader: RawReader<RawTag>): void {
  const problems = t.problems;
  if (reader.aborted) t.fail(problems[problems.length - 1]!);
  if (t.entry !== undefined || t.seen === problems.length) return;
  if (t.state === 'prolog') {
    t.seen = problems.length;
    return;
  }
  t.fail(problems[t.seen]!);
}

/** The diagnostic of an exception from decoding, or undefined for a bug. */
function problemOf(e: unknown): Diagnostic | undefined {
  if (e instanceof Failure)
    return diagnostic('error', e.code, e.message, 'xzufi', { path: '/', line: 1, column: 1 });
  if (e instanceof TypeError && /encod|decod/i.test(e.message)) {
    return diagnostic(
      'error',
      'xzufi/encoding',
      `The input is not valid in its encoding: ${e.message}`,
      'xzufi',
      {
        path: '/',
        line: 1,
        column: 1,
      },
    );
  }
  return undefined;
}

/**
 * Binding XML to plain model objects, driven by {@link TypeSpec}s, in one streaming pass. Every problem
 * is reported (not just the first), and nothing the spec does not know is dropped: unknown elements and
 * attributes are kept verbatim on the object they appear in. A whole document is bound as one subtree
 * by the {@link SubtreeBinder} that the streaming readers use for each entry of a large message.
 *
 * @module
 */
import { type Diagnostic, diagnostic, type Result } from '../diagnostics.js';
import type { RawXmlHandler } from '../xml/raw-reader.js';
import { type RawTag, readRawXml, type XmlReadOptions } from '../xml/read.js';
import { keepShapes } from '../xml/scanner.js';
import { SourceMapBuilder } from './source-map.js';
import type { MessageSpec, Vocabulary } from './spec.js';
import { SubtreeBinder, type SubtreeResult } from './subtree.js';

/** The result of binding a document: the model, all diagnostics, positions, and the root's name. */
export interface BindResult<T> extends Result<T> {
  /** Positions of the model's objects. */
  readonly sourceMap: SourceMapBuilder;
  /** The message that matched the root element, when one did. */
  readonly message?: MessageSpec;
  /** The encoding the input was decoded with. */
  readonly encoding: string;
}

/**
 * Reads a document and binds its root to one of the given messages.
 *
 * @example
 * ```ts
 * const r = bindDocument(bytes, [stammdatenschemaMessage], { namespace: NS, prefix: 'xdf3', source: 'xdf3' });
 * ```
 */
export function bindDocument<T>(
  input: Uint8Array | string,
  messages: readonly MessageSpec[],
  vocabulary: Vocabulary,
  options: XmlReadOptions = {},
): BindResult<T> {
  const reader = new DocumentReader(messages, vocabulary);
  const summary = readRawXml<RawTag>(input, reader, options);
  const bound = reader.bound;
  const diagnostics = [...summary.diagnostics, ...reader.diagnostics];
  const inner = bound?.diagnostics ?? (reader.begun ? reader.binder.abandon() : []);
  for (const d of inner) diagnostics.push(d);
  const result: { -readonly [K in keyof BindResult<T>]: BindResult<T>[K] } = {
    value: bound?.value as T | undefined,
    diagnostics,
    sourceMap: bound?.sourceMap ?? new SourceMapBuilder(),
    encoding: summary.encoding,
  };
  if (reader.message !== undefined) result.message = reader.message;
  return result;
}

/**
 * The reader's handler of {@link bindDocument}: the root start tag picks the message and begins the one
 * subtree; everything inside goes to the binder. A class with prototype methods, not closures made per
 * document: optimised tokenizer code inlines its handler, and per-document closures died with each
 * document and took that code with them at the next full GC (decision 0005).
 */
class DocumentReader implements RawXmlHandler<RawTag> {
  readonly binder: SubtreeBinder;
  readonly diagnostics: Diagnostic[] = [];
  message: MessageSpec | undefined = undefined;
  bound: SubtreeResult | undefined = undefined;
  private readonly messages: readonly MessageSpec[];
  private readonly vocabulary: Vocabulary;
  /** Inside a root that is no message: everything is skipped. */
  private skipping = false;
  /** The root's subtree has begun (and may not have ended, when the read stopped early). */
  begun = false;

  constructor(messages: readonly MessageSpec[], vocabulary: Vocabulary) {
    this.messages = messages;
    this.vocabulary = vocabulary;
    this.binder = new SubtreeBinder(vocabulary);
  }

  element(tag: RawTag): RawTag {
    return tag;
  }

  attributeCount(tag: RawTag, written: number, limit: number): number {
    return this.binder.countAttributes(tag, written, limit);
  }

  open(tag: RawTag, line: number, column: number, depth: number): void {
    if (depth > 1) {
      if (!this.skipping) this.binder.open(tag, line, column);
      return;
    }
    const message = tag.uri === this.vocabulary.namespace ? findMessage(this.messages, tag.local) : undefined;
    this.message = message;
    if (message === undefined) {
      const src = this.vocabulary.source;
      this.diagnostics.push(
        diagnostic(
          'error',
          `${src}/unknown-message`,
          `Root element {${tag.uri}}${tag.local} is not a message of ${src}.`,
          src,
          { path: '', line, column },
        ),
      );
      this.skipping = true;
      return;
    }
    this.skipping = false;
    this.begun = true;
    this.binder.begin(message, tag, line, column, {}, '');
  }

  close(_tag: RawTag, depth: number): void {
    if (this.skipping) return;
    if (depth > 1) this.binder.close();
    else this.bound = this.binder.end();
  }

  text(value: string): void {
    if (!this.skipping) this.binder.text(value);
  }
}

// One reader lives as long as the process (see `keepShapes` in `core/xml/scanner.ts`).
keepShapes.push(new DocumentReader([], { namespace: '', prefix: '', source: '' }));

function findMessage(messages: readonly MessageSpec[], local: string): MessageSpec | undefined {
  for (const m of messages) if (m.root === local) return m;
  return undefined;
}

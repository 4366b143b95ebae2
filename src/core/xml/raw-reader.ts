/**
 * The reader behind {@link readXml}: tokenizer events in, checked start tags with positions out, with
 * the DOCTYPE refusal, the limits and every problem as a diagnostic. Text is pushed in one or more
 * chunks, so the same reader serves whole documents and streams.
 *
 * The reader is a class with prototype methods, and the tokenizer (`scanner.ts`) calls its methods
 * directly: optimised code that inlined a per-call closure would be deoptimised when a full GC collects
 * that closure (measured in `bench/`: 3x slower after a few GCs). For the same reason one reader lives
 * as long as the process (`keepShapes`, see `scanner.ts`).
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import { defaultXmlLimits, type XmlAttribute, type XmlDeclaration } from './model.js';
import { keepShapes, Tokenizer } from './scanner.js';
import type { TokenHandlers, XmlDecl } from './scanner-events.js';

/**
 * A start tag as the tokenizer reports it, before it becomes an {@link XmlElement}: `attributes` holds
 * every attribute by qualified name, namespace declarations included. Internal to fimkit's readers.
 *
 * @internal
 */
export interface RawTag {
  readonly name: string;
  readonly prefix: string;
  readonly local: string;
  readonly uri: string;
  readonly attributes: Readonly<Record<string, XmlAttribute>>;
}

/**
 * The low-level callbacks behind {@link readXml}: start tags arrive as {@link RawTag}s with their
 * position, so a consumer that needs no {@link XmlElement} (the binder) allocates none. Internal.
 *
 * @internal
 */
export interface RawXmlHandler<E extends { readonly local: string } = RawTag> {
  /**
   * Turns a start tag into what `open` receives and what the reader keeps on its stack (the tag itself,
   * or an {@link XmlElement}), and counts its attributes, namespace declarations not included.
   */
  element(tag: RawTag, line: number, column: number): E;
  /**
   * The number of attributes of `element`, namespace declarations not counted (checked against the limit).
   * `written` is the number of attributes in the start tag, declarations included: when it is 0 there is
   * nothing to look at. When `written` is within `limit`, so is the count, and a handler may return
   * `written` instead of counting.
   */
  attributeCount(element: E, written: number, limit: number): number;
  /** A start tag; `line` and `column` locate its `<`; `depth` is 1 for the root. */
  open(element: E, line: number, column: number, depth: number): void;
  /** An end tag; `element` is the one its start tag opened. */
  close(element: E, depth: number): void;
  /** Character data; `cdata` is true for a CDATA section. */
  text(value: string, cdata: boolean): void;
  comment?(value: string): void;
  processingInstruction?(target: string, body: string): void;
  declaration?(decl: XmlDeclaration): void;
}

/** Thrown inside the tokenizer to stop a read; caught by {@link RawReader.write} and `close`. */
class StopReading extends Error {}

/** The limits a {@link RawReader} enforces (see {@link defaultXmlLimits}). */
interface Limits {
  readonly maxDepth: number;
  readonly maxAttributes: number;
  readonly maxTextLength: number;
  readonly maxErrors: number;
}

/**
 * A push reader: `write` text in chunks, then `close`. Diagnostics go to the array given at
 * construction. Internal; use {@link readXml} or `readRawXml`.
 *
 * @internal
 * @example
 * ```ts
 * const diagnostics: Diagnostic[] = [];
 * const reader = new RawReader(handler, diagnostics, {});
 * reader.write('<a>'); reader.write('</a>'); reader.close();
 * ```
 */
export class RawReader<E extends { readonly local: string }> implements TokenHandlers {
  private readonly handler: RawXmlHandler<E>;
  private readonly limits: Limits;
  private readonly diagnostics: Diagnostic[];
  private readonly stack: E[] = [];
  private readonly tokenizer: Tokenizer;
  private startLine = 1;
  private startColumn = 1;
  private errors = 0;
  /** True once the read stopped early (a limit, a DOCTYPE, too many errors). */
  aborted = false;

  constructor(handler: RawXmlHandler<E>, diagnostics: Diagnostic[], limits: Partial<Limits>) {
    this.handler = handler;
    this.diagnostics = diagnostics;
    this.limits = {
      maxDepth: limits.maxDepth ?? defaultXmlLimits.maxDepth,
      maxAttributes: limits.maxAttributes ?? defaultXmlLimits.maxAttributes,
      maxTextLength: limits.maxTextLength ?? defaultXmlLimits.maxTextLength,
      maxErrors: limits.maxErrors ?? defaultXmlLimits.maxErrors,
    };
    this.tokenizer = new Tokenizer(this);
  }

  /** Reads the next chunk of text; does nothing once the read has stopped. */
  write(text: string): void {
    if (this.aborted) return;
    try {
      this.tokenizer.write(text);
    } catch (e) {
      if (!(e instanceof StopReading)) throw e;
    }
  }

  /** Ends the input: unclosed elements and a missing root become diagnostics. */
  close(): void {
    if (this.aborted) return;
    try {
      this.tokenizer.close();
    } catch (e) {
      if (!(e instanceof StopReading)) throw e;
    }
  }

  private stop(code: string, message: string, line?: number, column?: number): never {
    const at = {
      line: line ?? this.tokenizer.line,
      column: column ?? this.tokenizer.column,
    };
    this.diagnostics.push(diagnostic('error', code, message, 'xml', { path: localPath(this.stack), ...at }));
    this.aborted = true;
    throw new StopReading();
  }

  error(message: string): void {
    this.errors++;
    this.diagnostics.push(
      diagnostic('error', 'xml/malformed', message, 'xml', {
        path: localPath(this.stack),
        line: this.tokenizer.line,
        column: this.tokenizer.column,
      }),
    );
    if (this.errors >= this.limits.maxErrors) {
      this.stop('xml/too-many-errors', `Reading stopped after ${this.errors} well-formedness errors.`);
    }
  }

  doctype(): void {
    this.stop(
      'xml/doctype-forbidden',
      'The document contains a DOCTYPE declaration. fimkit refuses DTDs and entity declarations ' +
        '(they enable entity-expansion and external-entity attacks); FIM artefacts never need them.',
    );
  }

  xmldecl(decl: XmlDecl): void {
    const d: { version?: string; encoding?: string; standalone?: string } = {};
    if (decl.version !== undefined) d.version = decl.version;
    if (decl.encoding !== undefined) d.encoding = decl.encoding;
    if (decl.standalone !== undefined) d.standalone = decl.standalone;
    this.handler.declaration?.(d);
  }

  opentagstart(_name: string, line: number, column: number): void {
    this.startLine = line;
    this.startColumn = column;
    const maxDepth = this.limits.maxDepth;
    if (this.stack.length + 1 > maxDepth) {
      this.stop('xml/depth-limit', `Element nesting exceeds the limit of ${maxDepth} levels.`, line, column);
    }
  }

  opentag(tag: RawTag): void {
    // The tokenizer has read the whole start tag by now; the input is already in memory, so counting
    // here bounds the work that follows without a per-attribute callback on the hot path.
    const handler = this.handler;
    const element = handler.element(tag, this.startLine, this.startColumn);
    const maxAttributes = this.limits.maxAttributes;
    if (handler.attributeCount(element, this.tokenizer.attributesWritten, maxAttributes) > maxAttributes) {
      this.stop(
        'xml/attribute-limit',
        `An element has more than ${maxAttributes} attributes.`,
        this.startLine,
        this.startColumn,
      );
    }
    this.stack.push(element);
    handler.open(element, this.startLine, this.startColumn, this.stack.length);
  }

  closetag(): void {
    const element = this.stack.pop();
    if (element !== undefined) this.handler.close(element, this.stack.length + 1);
  }

  text(value: string): void {
    if (value.length > this.limits.maxTextLength) {
      this.stop(
        'xml/text-limit',
        `A text node exceeds the limit of ${this.limits.maxTextLength} characters.`,
      );
    }
    this.handler.text(value, false);
  }

  cdata(value: string): void {
    if (value.length > this.limits.maxTextLength) {
      this.stop(
        'xml/text-limit',
        `A CDATA section exceeds the limit of ${this.limits.maxTextLength} characters.`,
      );
    }
    this.handler.text(value, true);
  }

  comment(value: string): void {
    this.handler.comment?.(value);
  }

  pi(target: string, body: string): void {
    this.handler.processingInstruction?.(target, body);
  }
}

const NO_HANDLER: RawXmlHandler = {
  element: (tag) => tag,
  attributeCount: () => 0,
  open() {},
  close() {},
  text() {},
};
keepShapes.push(new RawReader(NO_HANDLER, [], {}));

/** A readable element path (`/a/b/c`) for diagnostics. */
export function localPath(stack: readonly { readonly local: string }[]): string {
  let p = '';
  for (const el of stack) p += `/${el.local}`;
  return p === '' ? '/' : p;
}

/**
 * The streaming XML reader: fimkit's own tokenizer (`scanner.ts`) behind a reader that adds element
 * positions, refuses DOCTYPE (and with it every entity declaration), enforces limits and turns every
 * problem into a diagnostic.
 *
 * Nothing external is ever resolved: the tokenizer has no network or file access, knows only the five
 * predefined entities, and stops at a document type declaration before anything in it is read.
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import { decodeXml } from './decode.js';
import type { XmlAttribute, XmlDeclaration, XmlElement, XmlLimits, XmlNode } from './model.js';
import { localPath, RawReader, type RawTag, type RawXmlHandler } from './raw-reader.js';
import { keepShapes } from './scanner.js';

/** Callbacks of the streaming reader. Elements arrive without children: `children` is a shared, frozen empty array. */
export interface XmlHandler {
  /** A start tag, with position and attributes. `depth` is 1 for the root. */
  openElement?(element: XmlElement, depth: number): void;
  /** An end tag. */
  closeElement?(element: XmlElement, depth: number): void;
  /** Character data; `cdata` is true for a CDATA section. */
  text?(value: string, cdata: boolean): void;
  /** A comment. */
  comment?(value: string): void;
  /** A processing instruction. */
  processingInstruction?(target: string, body: string): void;
  /** The XML declaration. */
  declaration?(decl: XmlDeclaration): void;
}

/** Options for the reader. */
export interface XmlReadOptions extends XmlLimits {
  /** Name used in diagnostics' messages (not resolved, never opened). */
  readonly fileName?: string;
}

/** What a streaming read found besides the callbacks: problems and the encoding. */
export interface XmlReadSummary {
  readonly diagnostics: Diagnostic[];
  readonly encoding: string;
  /** True when the read stopped early (a limit, a DOCTYPE, too many errors). */
  readonly aborted: boolean;
}

export type { RawTag, RawXmlHandler } from './raw-reader.js';

/**
 * Reads an XML document and reports it through callbacks, in one pass with bounded extra memory.
 * Never throws on content: malformed XML, DOCTYPE, exceeded limits and bad encodings become diagnostics.
 *
 * @example
 * ```ts
 * const { diagnostics } = readXml(bytes, {
 *   openElement(el) { if (el.local === 'datenfeld') count++; },
 * });
 * ```
 */
export function readXml(
  input: Uint8Array | string,
  handler: XmlHandler,
  options: XmlReadOptions = {},
): XmlReadSummary {
  return readRawXml(input, new ElementHandler(handler), options);
}

/**
 * {@link readXml} without {@link XmlElement}s: the same checks, limits, diagnostics and positions, with
 * start tags passed as {@link RawTag}s. Internal; use {@link readXml}.
 *
 * @internal
 * @example
 * ```ts
 * readRawXml(bytes, {
 *   element: (tag) => tag,
 *   attributeCount: (tag) => Object.keys(tag.attributes).length,
 *   open(tag, line) { if (tag.local === 'datenfeld') lines.push(line); },
 *   close() {},
 *   text() {},
 * });
 * ```
 */
export function readRawXml<E extends { readonly local: string }>(
  input: Uint8Array | string,
  handler: RawXmlHandler<E>,
  options: XmlReadOptions = {},
): XmlReadSummary {
  const decoded = decodeXml(input);
  const diagnostics: Diagnostic[] = decoded.diagnostics;
  if (decoded.text.trim() === '') {
    diagnostics.push(
      diagnostic('error', 'xml/empty', 'The document is empty.', 'xml', { line: 1, column: 1 }),
    );
    return { diagnostics, encoding: decoded.encoding, aborted: true };
  }
  const reader = new RawReader(handler, diagnostics, options);
  reader.write(decoded.text);
  reader.close();
  return { diagnostics, encoding: decoded.encoding, aborted: reader.aborted };
}

/** {@link readXml}'s adapter from raw tags to {@link XmlElement}s (a class: see `raw-reader.ts`). */
class ElementHandler implements RawXmlHandler<XmlElement> {
  private readonly handler: XmlHandler;

  constructor(handler: XmlHandler) {
    this.handler = handler;
  }

  element(tag: RawTag, line: number, column: number): XmlElement {
    return toElement(tag, line, column);
  }

  attributeCount(element: XmlElement): number {
    return element.attributes.length;
  }

  open(element: XmlElement, _line: number, _column: number, depth: number): void {
    this.handler.openElement?.(element, depth);
  }

  close(element: XmlElement, depth: number): void {
    this.handler.closeElement?.(element, depth);
  }

  text(value: string, cdata: boolean): void {
    this.handler.text?.(value, cdata);
  }

  comment(value: string): void {
    this.handler.comment?.(value);
  }

  processingInstruction(target: string, body: string): void {
    this.handler.processingInstruction?.(target, body);
  }

  declaration(decl: XmlDeclaration): void {
    this.handler.declaration?.(decl);
  }
}

// One adapter lives as long as the process (see `keepShapes` in `scanner.ts`).
keepShapes.push(new ElementHandler({}));

const NO_ATTRIBUTES: XmlAttribute[] = Object.freeze([]) as unknown as XmlAttribute[];
const NO_CHILDREN: XmlNode[] = Object.freeze([]) as unknown as XmlNode[];
const NO_NAMESPACES: Record<string, string> = Object.freeze({}) as Record<string, string>;

/**
 * The {@link XmlElement} of a start tag (children: the shared frozen empty array). Internal.
 *
 * @internal
 * @example
 * ```ts
 * const el = toElement(tag, 3, 5); // el.attributes lacks the namespace declarations, el.namespaces has them
 * ```
 */
export function toElement(tag: RawTag, line: number, column: number): XmlElement {
  let attributes: XmlAttribute[] = NO_ATTRIBUTES;
  let namespaces: Record<string, string> = NO_NAMESPACES;
  for (const key in tag.attributes) {
    // The tokenizer's attribute objects already have exactly the XmlAttribute shape; reuse them.
    const a = tag.attributes[key]!;
    if (a.prefix === 'xmlns' || a.name === 'xmlns') {
      if (namespaces === NO_NAMESPACES) namespaces = {};
      namespaces[a.prefix === 'xmlns' ? a.local : ''] = a.value;
    } else {
      if (attributes === NO_ATTRIBUTES) attributes = [];
      attributes.push(a);
    }
  }
  return {
    type: 'element',
    name: tag.name,
    prefix: tag.prefix,
    local: tag.local,
    uri: tag.uri,
    attributes,
    namespaces,
    children: NO_CHILDREN,
    line,
    column,
  };
}

/** A readable element path (`/a/b/c`) for diagnostics. */
export function pathOf(stack: readonly XmlElement[]): string {
  return localPath(stack);
}

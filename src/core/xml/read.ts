/**
 * The streaming XML reader: saxes behind a small adapter that adds element positions, refuses DOCTYPE
 * (and with it every entity declaration), enforces limits and turns every problem into a diagnostic.
 *
 * Nothing external is ever resolved: saxes has no network or file access, and a document type
 * declaration stops the read before anything in it could be used.
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../diagnostics.js';
import { decodeXml } from './decode.js';
import {
  defaultXmlLimits,
  type XmlAttribute,
  type XmlDeclaration,
  type XmlElement,
  type XmlLimits,
  type XmlNode,
} from './model.js';
import { Tokenizer } from './saxes-adapter.js';

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

class StopReading extends Error {}

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
  /** The number of attributes of `element`, namespace declarations not counted (checked against the limit). */
  attributeCount(element: E): number;
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
  const raw: RawXmlHandler<XmlElement> = {
    element: toElement,
    attributeCount: (element) => element.attributes.length,
    open(element, _line, _column, depth) {
      handler.openElement?.(element, depth);
    },
    close(element, depth) {
      handler.closeElement?.(element, depth);
    },
    text(value, cdata) {
      handler.text?.(value, cdata);
    },
  };
  if (handler.comment !== undefined) raw.comment = (value) => handler.comment?.(value);
  if (handler.processingInstruction !== undefined) {
    raw.processingInstruction = (target, body) => handler.processingInstruction?.(target, body);
  }
  if (handler.declaration !== undefined) raw.declaration = (decl) => handler.declaration?.(decl);
  return readRawXml(input, raw, options);
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
  const limits = { ...defaultXmlLimits, ...options };
  const maxDepth = limits.maxDepth;
  const maxAttributes = limits.maxAttributes;
  const maxTextLength = limits.maxTextLength;
  const decoded = decodeXml(input);
  const diagnostics: Diagnostic[] = decoded.diagnostics;
  const stack: E[] = [];
  let startLine = 1;
  let startColumn = 1;
  let errors = 0;
  let aborted = false;

  const stop = (
    code: string,
    message: string,
    at: { line: number; column: number } = { line: tokenizer.line, column: tokenizer.column + 1 },
  ): never => {
    diagnostics.push(diagnostic('error', code, message, 'xml', { path: localPath(stack), ...at }));
    aborted = true;
    throw new StopReading();
  };

  const tokenizer: Tokenizer = new Tokenizer({
    error(message) {
      errors++;
      diagnostics.push(
        diagnostic('error', 'xml/malformed', message, 'xml', {
          path: localPath(stack),
          line: tokenizer.line,
          column: tokenizer.column + 1,
        }),
      );
      if (errors >= limits.maxErrors) {
        stop('xml/too-many-errors', `Reading stopped after ${errors} well-formedness errors.`);
      }
    },
    doctype() {
      stop(
        'xml/doctype-forbidden',
        'The document contains a DOCTYPE declaration. fimkit refuses DTDs and entity declarations ' +
          '(they enable entity-expansion and external-entity attacks); FIM artefacts never need them.',
      );
    },
    xmldecl(decl) {
      const d: { version?: string; encoding?: string; standalone?: string } = {};
      if (decl.version !== undefined) d.version = decl.version;
      if (decl.encoding !== undefined) d.encoding = decl.encoding;
      if (decl.standalone !== undefined) d.standalone = decl.standalone;
      handler.declaration?.(d);
    },
    opentagstart(_name, line, column) {
      startLine = line;
      startColumn = column;
      if (stack.length + 1 > maxDepth) {
        stop('xml/depth-limit', `Element nesting exceeds the limit of ${maxDepth} levels.`, {
          line,
          column,
        });
      }
    },
    opentag(tag) {
      // saxes has collected the attributes by now; the input is already in memory, so counting here
      // bounds the work that follows without a per-attribute callback on the hot path.
      const element = handler.element(tag, startLine, startColumn);
      if (handler.attributeCount(element) > maxAttributes) {
        stop('xml/attribute-limit', `An element has more than ${maxAttributes} attributes.`, {
          line: startLine,
          column: startColumn,
        });
      }
      stack.push(element);
      handler.open(element, startLine, startColumn, stack.length);
    },
    closetag() {
      const element = stack.pop();
      if (element !== undefined) handler.close(element, stack.length + 1);
    },
    text(value) {
      if (value.length > maxTextLength) {
        stop('xml/text-limit', `A text node exceeds the limit of ${maxTextLength} characters.`);
      }
      handler.text(value, false);
    },
    cdata(value) {
      if (value.length > maxTextLength) {
        stop('xml/text-limit', `A CDATA section exceeds the limit of ${maxTextLength} characters.`);
      }
      handler.text(value, true);
    },
    comment(value) {
      handler.comment?.(value);
    },
    pi(target, body) {
      handler.processingInstruction?.(target, body);
    },
  });

  const text = decoded.text;
  try {
    if (text.trim() === '') {
      diagnostics.push(
        diagnostic('error', 'xml/empty', 'The document is empty.', 'xml', { line: 1, column: 1 }),
      );
      return { diagnostics, encoding: decoded.encoding, aborted: true };
    }
    tokenizer.write(text);
    tokenizer.close();
  } catch (e) {
    if (!(e instanceof StopReading)) throw e;
  }
  return { diagnostics, encoding: decoded.encoding, aborted };
}

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
    // saxes' attribute objects already have exactly the XmlAttribute shape; reuse them.
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

function localPath(stack: readonly { readonly local: string }[]): string {
  let p = '';
  for (const el of stack) p += `/${el.local}`;
  return p === '' ? '/' : p;
}

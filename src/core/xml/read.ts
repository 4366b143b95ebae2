/**
 * The streaming XML reader: saxes behind a small adapter that adds element positions, refuses DOCTYPE
 * (and with it every entity declaration), enforces limits and turns every problem into a diagnostic.
 *
 * Nothing external is ever resolved: saxes has no network or file access, and a document type
 * declaration stops the read before anything in it could be used.
 *
 * @module
 */
import type { SaxesTagNS } from 'saxes';
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
  const limits = { ...defaultXmlLimits, ...options };
  const decoded = decodeXml(input);
  const diagnostics: Diagnostic[] = decoded.diagnostics;
  const stack: XmlElement[] = [];
  let startLine = 1;
  let startColumn = 1;
  let errors = 0;
  let aborted = false;

  const stop = (
    code: string,
    message: string,
    at: { line: number; column: number } = { line: tokenizer.line, column: tokenizer.column + 1 },
  ): never => {
    diagnostics.push(diagnostic('error', code, message, 'xml', { path: pathOf(stack), ...at }));
    aborted = true;
    throw new StopReading();
  };

  const tokenizer: Tokenizer = new Tokenizer({
    error(message) {
      errors++;
      diagnostics.push(
        diagnostic('error', 'xml/malformed', message, 'xml', {
          path: pathOf(stack),
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
      if (stack.length + 1 > limits.maxDepth) {
        stop('xml/depth-limit', `Element nesting exceeds the limit of ${limits.maxDepth} levels.`, {
          line,
          column,
        });
      }
    },
    opentag(tag) {
      // saxes has collected the attributes by now; the input is already in memory, so counting here
      // bounds the work that follows without a per-attribute callback on the hot path.
      const element = toElement(tag, startLine, startColumn);
      if (element.attributes.length > limits.maxAttributes) {
        stop('xml/attribute-limit', `An element has more than ${limits.maxAttributes} attributes.`, {
          line: startLine,
          column: startColumn,
        });
      }
      stack.push(element);
      handler.openElement?.(element, stack.length);
    },
    closetag() {
      const element = stack.pop();
      if (element !== undefined) handler.closeElement?.(element, stack.length + 1);
    },
    text(value) {
      if (value.length > limits.maxTextLength) {
        stop('xml/text-limit', `A text node exceeds the limit of ${limits.maxTextLength} characters.`);
      }
      handler.text?.(value, false);
    },
    cdata(value) {
      if (value.length > limits.maxTextLength) {
        stop('xml/text-limit', `A CDATA section exceeds the limit of ${limits.maxTextLength} characters.`);
      }
      handler.text?.(value, true);
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

function toElement(tag: SaxesTagNS, line: number, column: number): XmlElement {
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
  let p = '';
  for (const el of stack) p += `/${el.local}`;
  return p === '' ? '/' : p;
}

/**
 * What fimkit's tokenizer reports (`scanner.ts`): the events a sink receives, the XML declaration's
 * pseudo-attributes, and the "not found" value of its cached searches.
 *
 * @module
 */
import type { RawTag } from './raw-reader.js';

/**
 * The XML declaration's pseudo-attributes, as written.
 *
 * @example
 * ```ts
 * const decl: XmlDecl = { version: '1.0', encoding: 'UTF-8' };
 * ```
 */
export interface XmlDecl {
  version?: string | undefined;
  encoding?: string | undefined;
  standalone?: string | undefined;
}

/**
 * The tokenizer events the reader listens to.
 *
 * @example
 * ```ts
 * class Counter implements TokenHandlers { opentag() { this.n++; } ... }
 * ```
 */
export interface TokenHandlers {
  xmldecl(decl: XmlDecl): void;
  /** A DOCTYPE declaration starts; the tokenizer reads nothing after it. */
  doctype(): void;
  /** A start tag's name has been read; `line` and `column` (1-based, UTF-16 code units) locate its `<`. */
  opentagstart(name: string, line: number, column: number): void;
  opentag(tag: RawTag): void;
  closetag(): void;
  text(value: string): void;
  cdata(value: string): void;
  comment(value: string): void;
  pi(target: string, body: string): void;
  /** A well-formedness error; the tokenizer's `line` and `column` locate it. */
  error(message: string): void;
}

/**
 * "Not found" for the cached search positions: larger than any string index, and a small integer.
 *
 * @example
 * ```ts
 * if (t.lt(i) === NONE) { ... } // no `<` after i
 * ```
 */
export const NONE = 0x3fffffff;

/**
 * Binding XML to plain model objects, driven by {@link TypeSpec}s, in one streaming pass. Every problem
 * is reported (not just the first), and nothing the spec does not know is dropped: unknown elements and
 * attributes are kept verbatim on the object they appear in. The work per token is in
 * `document-binder.ts`.
 *
 * @module
 */
import type { Result } from '../diagnostics.js';
import { type RawTag, readRawXml, type XmlReadOptions } from '../xml/read.js';
import { DocumentBinder } from './document-binder.js';
import type { SourceMapBuilder } from './source-map.js';
import type { MessageSpec, Vocabulary } from './spec.js';

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
  const binder = new DocumentBinder(messages, vocabulary);
  const summary = readRawXml<RawTag>(input, binder, options);
  const diagnostics = binder.diagnostics;
  diagnostics.unshift(...summary.diagnostics);
  const result: { -readonly [K in keyof BindResult<T>]: BindResult<T>[K] } = {
    value: binder.root as T | undefined,
    diagnostics,
    sourceMap: binder.sourceMap,
    encoding: summary.encoding,
  };
  if (binder.message !== undefined) result.message = binder.message;
  return result;
}

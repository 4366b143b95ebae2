/**
 * Writing XZuFi 2.2.0 documents from the typed model, in the element order of `spec/xzufi.md`, with the
 * `xzufi:` prefix.
 *
 * @module
 */
import { buildDocument } from '../../core/binding/index.js';
import { messageFor, xzufi22Vocabulary } from './messages.js';
import type { Xzufi22Document } from './model.js';

/** Options of {@link build}. */
export interface Xzufi22BuildOptions {
  /** Indentation per level (for example `'  '`); omit for compact output. */
  readonly indent?: string;
}

/**
 * Builds the XML of an XZuFi 2.2.0 document (transfer message or single object). Elements are written in
 * the fact sheet's order whatever the model's key order; unknown elements and attributes kept by `parse`
 * are written back where they were.
 *
 * @example
 * ```ts
 * const { value } = parse(xml);
 * if (value !== undefined) writeFileSync('out.xml', build(value, { indent: '  ' }));
 * ```
 */
export function build(doc: Xzufi22Document, options: Xzufi22BuildOptions = {}): string {
  return buildDocument(
    doc.model,
    messageFor(doc.root),
    xzufi22Vocabulary,
    options.indent === undefined ? {} : { indent: options.indent },
  );
}

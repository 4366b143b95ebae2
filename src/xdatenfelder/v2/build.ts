/**
 * Writing XDatenfelder 2.0 documents: the model back to XML, in XSD order, with the prefix `xdf`.
 *
 * @module
 */
import { buildDocument } from '../../core/binding/index.js';
import type { Xdf2Document } from './model.js';
import { xdf2Messages, xdf2Vocabulary } from './specs.js';

/**
 * Options of {@link build}.
 *
 * @example
 * ```ts
 * const options: Xdf2BuildOptions = { indent: '  ' };
 * ```
 */
export interface Xdf2BuildOptions {
  /** Indentation per level (for example `'    '`); omit for compact single-line output. */
  readonly indent?: string;
  /** Write the XML declaration first. Default true. */
  readonly declaration?: boolean;
}

/**
 * Builds the XML of an XDatenfelder 2.0 document (UTF-8, prefix `xdf:`, elements in XSD order).
 * Unknown elements and attributes kept by {@link parse} (such as `xsi:schemaLocation`, or the genericode
 * content of a `Codeliste`) are written back where they were. Throws a `TypeError` when `doc.message`
 * is not an XDF 2.0 message (a programmer error).
 *
 * @example
 * ```ts
 * const { value } = parse(xml);
 * if (value !== undefined) writeFileSync('out.xml', build(value, { indent: '    ' }));
 * ```
 */
export function build(doc: Xdf2Document, options: Xdf2BuildOptions = {}): string {
  const message = xdf2Messages.find((m) => m.root === doc.message);
  if (message === undefined) throw new TypeError(`Not an XDatenfelder 2.0 message: ${String(doc.message)}`);
  return buildDocument(doc.model, message, xdf2Vocabulary, options);
}

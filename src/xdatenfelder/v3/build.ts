/**
 * Writing XDatenfelder 3.0.0 messages from the typed model, in XSD order, with the `xdf3:` prefix.
 *
 * @module
 */
import { buildDocument } from '../../core/binding/index.js';
import { FimkitError } from '../../core/diagnostics.js';
import type { Xdf3Document } from './model.js';
import { xdf3Messages, xdf3Vocabulary } from './specs-messages.js';

/** Options of {@link build}. */
export interface Xdf3BuildOptions {
  /** Indentation per level (for example `'  '`); omit for compact output. */
  readonly indent?: string;
}

/**
 * Builds the XML of an XDatenfelder 3.0.0 document. Elements are written in XSD order whatever the
 * model's key order; unknown elements and attributes kept by `parse` are written back where they were.
 * Throws `xdf3/unknown-message` (a programmer error) when `doc.message` is not an XDatenfelder 3.0.0
 * message.
 *
 * @example
 * ```ts
 * const { value } = parse(xml);
 * if (value !== undefined) writeFileSync('out.xml', build(value, { indent: '  ' }));
 * ```
 */
export function build(doc: Xdf3Document, options: Xdf3BuildOptions = {}): string {
  const message = (xdf3Messages as Record<string, (typeof xdf3Messages)[keyof typeof xdf3Messages]>)[
    doc.message
  ];
  if (message === undefined) {
    throw new FimkitError(
      'xdf3/unknown-message',
      `${String(doc.message)} is not an XDatenfelder 3.0.0 message.`,
    );
  }
  return buildDocument(
    doc.model,
    message,
    xdf3Vocabulary,
    options.indent === undefined ? {} : { indent: options.indent },
  );
}

/**
 * Writing XProzess 2.0 messages from the typed model, in XSD order, with the `xprozess:` prefix.
 *
 * @module
 */
import { buildDocument, type MessageSpec } from '../../core/binding/index.js';
import { FimkitError } from '../../core/diagnostics.js';
import type { XprozessDocument } from './model-messages.js';
import { xprozessMessages, xprozessVocabulary } from './specs-messages.js';

/** Options of {@link build}. */
export interface XprozessBuildOptions {
  /** Indentation per level (for example `'  '`); omit for compact output. */
  readonly indent?: string;
}

/**
 * Builds the XML of an XProzess 2.0 document. Elements are written in XSD order whatever the model's
 * key order; unknown elements and attributes kept by `parse` are written back where they were, and the
 * base64 `inhalt` of embedded files is written exactly as held (unchanged files stay byte-identical).
 * Throws `xprozess/unknown-message` (a programmer error) when `doc.message` is not an XProzess 2.0 message.
 *
 * @example
 * ```ts
 * const { value } = parse(xml);
 * if (value !== undefined) writeFileSync('out.xml', build(value, { indent: '    ' }));
 * ```
 */
export function build(doc: XprozessDocument, options: XprozessBuildOptions = {}): string {
  const message = (xprozessMessages as Record<string, MessageSpec>)[doc.message];
  if (message === undefined) {
    throw new FimkitError(
      'xprozess/unknown-message',
      `${String(doc.message)} is not an XProzess 2.0 message.`,
    );
  }
  return buildDocument(
    doc.model,
    message,
    xprozessVocabulary,
    options.indent === undefined ? {} : { indent: options.indent },
  );
}

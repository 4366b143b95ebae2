/**
 * Reading XProzess 2.0 messages into the typed model, in one streaming pass.
 *
 * @module
 */
import { bindDocument, type SourceMap } from '../../core/binding/index.js';
import type { Diagnostic, Result } from '../../core/diagnostics.js';
import type { XmlReadOptions } from '../../core/xml/index.js';
import { checkContent } from './check.js';
import type { XprozessDocument } from './model-messages.js';
import { type XprozessMessageName, xprozessMessages, xprozessVocabulary } from './specs-messages.js';

/** Options of {@link parse}: the XML reader's limits. */
export interface XprozessParseOptions extends XmlReadOptions {}

/** The result of {@link parse}: the document (when the root is an XProzess 2.0 message), all diagnostics, positions. */
export interface XprozessParseResult extends Result<XprozessDocument> {
  /** Positions of every object of the model. */
  readonly sourceMap: SourceMap;
}

const SONSTIGE = /\/strukturbeschreibungSonstige$/;

/**
 * Parses an XProzess 2.0 message (0101 … 0303). Never throws on content: malformed XML, a foreign root,
 * missing, unknown, misplaced or repeated elements, unknown codes and list URIs are diagnostics, all in
 * one pass. Unknown elements, attributes and codes are kept, and embedded files stay base64 text
 * (decode them with `openDatei`), so `build` writes the message back unchanged.
 *
 * @example
 * ```ts
 * const { value, diagnostics } = parse(readFileSync('export.xml'));
 * if (value?.message === 'alleInhalte.export.0303') {
 *   for (const p of value.model.prozessbibliothek?.prozess ?? []) console.log(p.id, p.name);
 * }
 * ```
 */
export function parse(input: Uint8Array | string, options: XprozessParseOptions = {}): XprozessParseResult {
  const bound = bindDocument<Record<string, unknown>>(
    input,
    Object.values(xprozessMessages),
    xprozessVocabulary,
    options,
  );
  if (bound.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('xml/'))) {
    return {
      value: undefined,
      diagnostics: bound.diagnostics.filter((d) => d.code.startsWith('xml/')),
      sourceMap: bound.sourceMap,
    };
  }
  // strukturbeschreibungSonstige is xs:any: its content is expected, kept verbatim.
  const diagnostics: Diagnostic[] = bound.diagnostics.filter(
    (d) => !(d.code === 'xprozess/unknown-element' && d.path !== undefined && SONSTIGE.test(d.path)),
  );
  const message = bound.message;
  if (bound.value === undefined || message === undefined) {
    return { value: undefined, diagnostics, sourceMap: bound.sourceMap };
  }
  checkContent(bound.value, message.type, message.root, bound.sourceMap, diagnostics);
  const value = {
    message: message.root as XprozessMessageName,
    model: bound.value,
  } as unknown as XprozessDocument;
  return { value, diagnostics, sourceMap: bound.sourceMap };
}

/**
 * Reading and writing whole XZuFi 2.3.1 documents (transfer messages or single objects) with the typed
 * 2.3.1 model.
 *
 * @module
 */
import { buildDocument, type SourceMap } from '../../core/binding/index.js';
import type { Result } from '../../core/diagnostics.js';
import type { XmlReadOptions } from '../../core/xml/index.js';
import { parseWith } from '../common/parse.js';
import { messageFor23, xzufi23Profile, xzufi23Vocabulary } from './messages.js';
import type { Xzufi23Document } from './model.js';

/** The result of {@link parse}. */
export interface Xzufi23ParseResult extends Result<Xzufi23Document> {
  /** Positions of every object of the model. */
  readonly sourceMap: SourceMap | undefined;
}

/**
 * Parses an XZuFi 2.3.1 transfer message or single object. Never throws on content: malformed XML, other
 * XZuFi versions (`xzufi/unsupported-version`, naming the module that reads them), unknown, missing or
 * misplaced elements are diagnostics. Unknown elements and attributes are kept and written back by
 * {@link build}.
 *
 * @example
 * ```ts
 * const { value } = parse(readFileSync('leistung-2_3_1.xml'));
 * if (value?.kind === 'leistung') console.log(value.model.referenzLeistungsschluessel[0]?.value);
 * ```
 */
export function parse(input: Uint8Array | string, options: XmlReadOptions = {}): Xzufi23ParseResult {
  const r = parseWith(xzufi23Profile, input, options);
  return { ...r, value: r.value as unknown as Xzufi23Document | undefined };
}

/** Options of {@link build}. */
export interface Xzufi23BuildOptions {
  /** Indentation per level (for example `'  '`); omit for compact output. */
  readonly indent?: string;
}

/**
 * Builds the XML of an XZuFi 2.3.1 document, prefix `xzufi:`, elements in the order of `spec/xzufi.md` §8;
 * unknown elements and attributes kept by {@link parse} are written back where they were.
 *
 * @example
 * ```ts
 * const { value } = parse(xml);
 * if (value !== undefined) writeFileSync('out.xml', build(value, { indent: '  ' }));
 * ```
 */
export function build(doc: Xzufi23Document, options: Xzufi23BuildOptions = {}): string {
  return buildDocument(
    doc.model,
    messageFor23(doc.root),
    xzufi23Vocabulary,
    options.indent === undefined ? {} : { indent: options.indent },
  );
}

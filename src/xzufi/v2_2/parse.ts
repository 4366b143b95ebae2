/**
 * Reading whole XZuFi 2.2.0 documents (transfer messages or single objects) into the typed model. For
 * large transfer messages use `streamTransfer`, which holds one object at a time.
 *
 * @module
 */
import type { SourceMap } from '../../core/binding/index.js';
import type { Diagnostic, Result } from '../../core/diagnostics.js';
import type { XmlReadOptions } from '../../core/xml/index.js';
import { parseWith } from '../common/parse.js';
import { versionProblemFor } from '../common/profile.js';
import type { Xzufi22Document } from './model.js';
import { xzufi22Profile } from './profile.js';

/** Options of {@link parse}: the reader's limits and the file name used in messages. */
export interface Xzufi22ParseOptions extends XmlReadOptions {}

/** The result of {@link parse}. */
export interface Xzufi22ParseResult extends Result<Xzufi22Document> {
  /** Positions of every object of the model. */
  readonly sourceMap: SourceMap | undefined;
}

/**
 * The diagnostic for a document in another XZuFi version (2.1.0 legacy; 2.3.1, which
 * `fimkit/xzufi/v2_3` reads), or undefined when the namespace is 2.2.0.
 *
 * @example
 * ```ts
 * versionProblem('http://xoev.de/schemata/xzufi/2_1_0', { line: 1, column: 1 })?.code;
 * // 'xzufi/unsupported-version'
 * ```
 */
export function versionProblem(
  namespace: string,
  at: { line: number; column: number; path?: string },
): Diagnostic | undefined {
  return versionProblemFor(namespace, at, [xzufi22Profile]);
}

/**
 * Parses an XZuFi 2.2.0 transfer message or single object. Never throws on content: malformed XML, other
 * XZuFi versions (`xzufi/unsupported-version`), unknown, missing or misplaced elements are diagnostics.
 * Unknown elements and attributes are kept, so `build` writes them back in place.
 *
 * @example
 * ```ts
 * const { value } = parse(readFileSync('leistung.xml'));
 * if (value?.kind === 'leistung') console.log(value.model.id.value);
 * ```
 */
export function parse(input: Uint8Array | string, options: Xzufi22ParseOptions = {}): Xzufi22ParseResult {
  const r = parseWith(xzufi22Profile, input, options);
  return { ...r, value: r.value as unknown as Xzufi22Document | undefined };
}

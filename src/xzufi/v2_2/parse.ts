/**
 * Reading whole XZuFi 2.2.0 documents (transfer messages or single objects) into the typed model. For
 * large transfer messages use `streamTransfer`, which holds one object at a time.
 *
 * @module
 */
import { bindDocument, type SourceMap } from '../../core/binding/index.js';
import { type Diagnostic, diagnostic, type Result } from '../../core/diagnostics.js';
import { decodeXml, type XmlReadOptions } from '../../core/xml/index.js';
import { detect } from '../../detect/index.js';
import { checkLeistung, checkTransfer } from './check.js';
import { messageFor, XZUFI22_NAMESPACE, xzufi22Objects, xzufi22Vocabulary } from './messages.js';
import type { Leistung, Transfer, Xzufi22Document } from './model.js';

/** Options of {@link parse}: the reader's limits and the file name used in messages. */
export interface Xzufi22ParseOptions extends XmlReadOptions {}

/** The result of {@link parse}. */
export interface Xzufi22ParseResult extends Result<Xzufi22Document> {
  /** Positions of every object of the model. */
  readonly sourceMap: SourceMap | undefined;
}

/**
 * The diagnostic for a document in another XZuFi version (2.1.0 legacy, 2.3.x whose element names are not
 * confirmed), or undefined when the namespace is 2.2.0.
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
  if (namespace === XZUFI22_NAMESPACE) return undefined;
  const m = /^http:\/\/xoev\.de\/schemata\/xzufi\/(\d+)_(\d+)_(\d+)$/.exec(namespace);
  const version = m === null ? undefined : `${m[1]}.${m[2]}.${m[3]}`;
  const why =
    version === undefined
      ? `namespace "${namespace}" is not XZuFi 2.2.0 (${XZUFI22_NAMESPACE})`
      : version.startsWith('2.1')
        ? `XZuFi ${version} is a legacy version that fimkit does not read; use an XZuFi 2.2.0 export`
        : `XZuFi ${version} is not supported: its element names are known only indirectly (FIM Portal model, ` +
          'see docs/xzufi.md) and are not confirmed by an XSD';
  return diagnostic('error', 'xzufi/unsupported-version', `Unsupported version: ${why}.`, 'xzufi', at);
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
  const dec = typeof input === 'string' ? undefined : decodeXml(input);
  const decoded = dec === undefined ? (input as string) : dec.text;
  const found = detect(decoded, options);
  const root = found.value;
  if (root === undefined) {
    return { value: undefined, diagnostics: found.diagnostics, sourceMap: undefined };
  }
  const problem = versionProblem(root.namespace, {
    path: `/${root.root}`,
    line: root.line,
    column: root.column,
  });
  if (problem !== undefined) return { value: undefined, diagnostics: [problem], sourceMap: undefined };
  const message = messageFor(root.root);
  const bound = bindDocument<Record<string, unknown>>(decoded, [message], xzufi22Vocabulary, options);
  if (bound.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('xml/'))) {
    return {
      value: undefined,
      diagnostics: bound.diagnostics.filter((d) => d.code.startsWith('xml/')),
      sourceMap: bound.sourceMap,
    };
  }
  if (bound.value === undefined) {
    return { value: undefined, diagnostics: bound.diagnostics, sourceMap: bound.sourceMap };
  }
  const kind = root.root in xzufi22Objects ? root.root : 'transfer';
  const value = { kind, root: root.root, model: bound.value } as unknown as Xzufi22Document;
  const diagnostics = [...(dec?.diagnostics ?? []), ...bound.diagnostics];
  if (kind === 'leistung')
    diagnostics.push(...checkLeistung(bound.value as unknown as Leistung, bound.sourceMap));
  if (kind === 'transfer')
    diagnostics.push(...checkTransfer(bound.value as unknown as Transfer, bound.sourceMap));
  return { value, diagnostics, sourceMap: bound.sourceMap };
}

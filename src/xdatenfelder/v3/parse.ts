/**
 * Reading XDatenfelder 3.0.0 messages into the typed model, in one streaming pass.
 *
 * @module
 */
import { bindDocument, type SourceMap } from '../../core/binding/index.js';
import { type Diagnostic, diagnostic, type Result } from '../../core/diagnostics.js';
import type { XmlReadOptions } from '../../core/xml/index.js';
import { checkCodes } from './check-codes.js';
import type { Xdf3Document } from './model.js';
import { XDF3_NAMESPACE, type Xdf3MessageName, xdf3Messages, xdf3Vocabulary } from './specs-messages.js';

/** Options of {@link parse}: the reader's limits and the file name used in messages. */
export interface Xdf3ParseOptions extends XmlReadOptions {}

/** The result of {@link parse}: the document (when the root is an XDatenfelder 3.0.0 message), all diagnostics, positions. */
export interface Xdf3ParseResult extends Result<Xdf3Document> {
  /** Positions of every object of the model. */
  readonly sourceMap: SourceMap;
}

const ROOT_MESSAGE = /^Root element \{([^}]*)\}(\S+) is not a message/;
const XDF2_NAMESPACE = 'urn:xoev-de:fim:standard:xdatenfelder_2';

/**
 * Parses an XDatenfelder 3.0.0 message (0101 … 0106). Never throws on content: every problem (malformed
 * XML, wrong namespace, missing, unknown, misplaced or repeated elements, unknown codes) is a diagnostic,
 * all found in one pass. Unknown elements, attributes and codes are kept, so `build` writes them back.
 *
 * @example
 * ```ts
 * const { value, diagnostics, sourceMap } = parse(readFileSync('schema.xdf.xml'));
 * if (value?.message === 'xdatenfelder.stammdatenschema.0102') {
 *   console.log(value.model.stammdatenschema.identifikation.id);
 * }
 * ```
 */
export function parse(input: Uint8Array | string, options: Xdf3ParseOptions = {}): Xdf3ParseResult {
  const bound = bindDocument<Record<string, unknown>>(
    input,
    Object.values(xdf3Messages),
    xdf3Vocabulary,
    options,
  );
  // Malformed XML: the reader recovers, but what it reports after the break is a cascade, and the
  // model is unreliable. Report the well-formedness errors only.
  if (bound.diagnostics.some((d) => d.severity === 'error' && d.code.startsWith('xml/'))) {
    return {
      value: undefined,
      diagnostics: bound.diagnostics.filter((d) => d.code.startsWith('xml/')),
      sourceMap: bound.sourceMap,
    };
  }
  const diagnostics: Diagnostic[] = [];
  for (const d of bound.diagnostics) {
    const root = d.code === 'xdf3/unknown-message' ? ROOT_MESSAGE.exec(d.message) : null;
    if (root !== null && root[1] !== XDF3_NAMESPACE && root[2]!.startsWith('xdatenfelder.')) {
      const found = root[1] === '' ? 'no namespace' : `namespace "${root[1]}"`;
      const hint = root[1]!.startsWith(XDF2_NAMESPACE)
        ? ' This is XDatenfelder 2.0; read it with the v2 parser.'
        : '';
      diagnostics.push(
        diagnostic(
          'error',
          'xdf3/wrong-namespace',
          `<${root[2]}> is in ${found}, expected "${XDF3_NAMESPACE}" (XDatenfelder 3.0.0).${hint}`,
          'xdf3',
          { path: `/${root[2]}`, line: d.line, column: d.column },
        ),
      );
      continue;
    }
    // xdatenfelder.codeliste.0105 carries genericode as xs:any: its content is expected, kept verbatim.
    if (d.code === 'xdf3/unknown-element' && d.path === '/xdatenfelder.codeliste.0105/genericode') continue;
    diagnostics.push(d);
  }
  const message = bound.message;
  if (bound.value === undefined || message === undefined) {
    return { value: undefined, diagnostics, sourceMap: bound.sourceMap };
  }
  checkCodes(bound.value, message.type, bound.sourceMap, diagnostics);
  const value = { message: message.root as Xdf3MessageName, model: bound.value } as unknown as Xdf3Document;
  return { value, diagnostics, sourceMap: bound.sourceMap };
}

/**
 * Parsing XDatenfelder 2.0 documents: one streaming binding pass (structure, order, cardinality,
 * unknown content) followed by one walk over the model for what the binding cannot see: code-list
 * membership, `praezisierung` JSON and XÖV String.Latin. Every problem is a diagnostic with line and
 * column; content problems never throw.
 *
 * @module
 */
import { bindDocument, type SourceMap, type UnknownElement } from '../../core/binding/index.js';
import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import { parseXml, readXml, type XmlReadOptions } from '../../core/xml/index.js';
import { ContentCheck } from './content-check.js';
import type { Xdf2Document } from './model.js';
import { GENERICODE_NAMESPACE, XDF2_NAMESPACE, xdf2Messages, xdf2Vocabulary } from './specs.js';

/**
 * Options of {@link parse}: the XML reader's limits and the file name shown in messages.
 *
 * @example
 * ```ts
 * const options: Xdf2ParseOptions = { fileName: 'S00000009.xml' };
 * ```
 */
export interface Xdf2ParseOptions extends XmlReadOptions {}

/**
 * The result of {@link parse}: the document (undefined when the root is not an XDF 2.0 message), every
 * diagnostic in document order, the positions of all model objects, and the encoding that was read.
 *
 * @example
 * ```ts
 * const { value, diagnostics, sourceMap } = parse(xml);
 * ```
 */
export interface Xdf2ParseResult {
  /** The document, or `undefined` when nothing usable could be read. */
  readonly value: Xdf2Document | undefined;
  /** Every problem found, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
  /** Where each model object (and each simple child element) came from. */
  readonly sourceMap: SourceMap;
  /** The encoding the input was decoded with (`utf-8`, `iso-8859-1`, ...). */
  readonly encoding: string;
}

const KNOWN_NAMESPACES: Readonly<Record<string, string>> = {
  'urn:xoev-de:fim:standard:xdatenfelder_1': 'XDatenfelder 1.x',
  'urn:xoev-de:fim:standard:xdatenfelder_3.0.0': 'XDatenfelder 3.0.0',
};

type Obj = Readonly<Record<string, unknown>>;

/**
 * Parses an XDatenfelder 2.0 message (0101–0105) into its model.
 *
 * Diagnostics (all with `source: 'xdf2'`): structure errors from the binding (`xdf2/missing-element`,
 * `xdf2/element-order`, `xdf2/duplicate-element`, `xdf2/choice`, ...), warnings for kept unknown content
 * (`xdf2/unknown-element`, `xdf2/unknown-code`), `xdf2/wrong-namespace` (error) for XDF 1.x, XDF 3.0
 * and other namespaces, `xdf2/praezisierung-*` warnings and `xdf2/not-string-latin` warnings for text
 * outside XÖV String.Latin 1.1.
 *
 * @example
 * ```ts
 * const { value, diagnostics } = parse(readFileSync('S00000009_xdatenfelder.xml'));
 * if (value?.message === 'xdatenfelder.stammdatenschema.0102') console.log(value.model.stammdatenschema.name);
 * ```
 */
export function parse(input: Uint8Array | string, options: Xdf2ParseOptions = {}): Xdf2ParseResult {
  const bound = bindDocument<Obj>(input, xdf2Messages, xdf2Vocabulary, options);
  let diagnostics = [...bound.diagnostics];
  const sourceMap = bound.sourceMap;
  let value: Xdf2Document | undefined;

  if (bound.message === undefined || bound.value === undefined) {
    diagnostics = diagnostics.map((d) =>
      d.code === 'xdf2/unknown-message' ? namespaceProblem(input, d) : d,
    );
  } else {
    value = { message: bound.message.root, model: bound.value } as unknown as Xdf2Document;
    const check = new ContentCheck(input, sourceMap);
    check.walk(bound.value, bound.message.type);
    const genericodePaths = check.genericodePaths;
    if (genericodePaths.size > 0) diagnostics = acceptGenericode(diagnostics, genericodePaths);
    diagnostics.push(...check.found);
  }
  return { value, diagnostics: sortByPosition(diagnostics), sourceMap, encoding: bound.encoding };
}

/**
 * `Genericode` is `xs:any` from the genericode namespace: its elements are kept verbatim by the binding,
 * which warns about each as unknown. Those warnings are dropped for genericode elements and kept for
 * anything else.
 */
function acceptGenericode(
  diagnostics: readonly Diagnostic[],
  paths: ReadonlyMap<string, readonly UnknownElement[]>,
): Diagnostic[] {
  const seen = new Map<string, number>();
  return diagnostics.filter((d) => {
    if (d.code !== 'xdf2/unknown-element' || d.path === undefined) return true;
    const kept = paths.get(d.path);
    if (kept === undefined) return true;
    const i = seen.get(d.path) ?? 0;
    seen.set(d.path, i + 1);
    const xml = kept[i]?.xml;
    return xml === undefined || parseXml(xml).value?.root.uri !== GENERICODE_NAMESPACE;
  });
}

class RootFound extends Error {
  constructor(
    readonly uri: string,
    readonly local: string,
  ) {
    super('root found');
  }
}

/** Turns the binder's `unknown-message` into `wrong-namespace` when the root is not in the XDF 2 namespace. */
function namespaceProblem(input: Uint8Array | string, d: Diagnostic): Diagnostic {
  let root: RootFound | undefined;
  try {
    readXml(input, {
      openElement(el) {
        throw new RootFound(el.uri, el.local);
      },
    });
  } catch (e) {
    if (!(e instanceof RootFound)) throw e;
    root = e;
  }
  if (root === undefined || root.uri === XDF2_NAMESPACE) return d;
  const known = KNOWN_NAMESPACES[root.uri];
  const what = known !== undefined ? ` (${known})` : root.uri === '' ? ' (no namespace)' : '';
  return diagnostic(
    'error',
    'xdf2/wrong-namespace',
    `The root element <${root.local}> is in namespace "${root.uri}"${what}; XDatenfelder 2.0 documents ` +
      `use "${XDF2_NAMESPACE}".`,
    'xdf2',
    { path: `/${root.local}`, line: d.line, column: d.column },
  );
}

function sortByPosition(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.line ?? 0) - (b.d.line ?? 0) || (a.d.column ?? 0) - (b.d.column ?? 0) || a.i - b.i)
    .map((x) => x.d);
}

/**
 * Tolerant reading of genericode 1.0 code lists (`gc:CodeList`) into the typed model.
 *
 * Real FIM exports are XSD-invalid in known ways; the reader accepts them with warnings:
 * - genericode's local elements qualified with the genericode namespace (`gc:Identification`, or a default
 *   namespace): one `codelist/qualified-children` warning at the first such element;
 * - free-text canonical URIs (`Art des Antrags (kurz)`): `codelist/canonical-uri-not-uri`,
 *   `codelist/canonical-version-uri-not-uri`;
 * - URNs with non-ASCII letters (`urn:de:fim:codeliste:gebäudeteil`): `codelist/uri-non-ascii`.
 *
 * Missing required parts are errors with line and column; unknown elements are kept (see
 * {@link CodeListParseResult.unknown}) with a warning. Every problem is reported in one pass.
 *
 * @module
 */
import type { SourceMap } from '../core/binding/index.js';
import type { Result } from '../core/diagnostics.js';
import { parseXml, type XmlElement, type XmlReadOptions } from '../core/xml/index.js';
import { checkCodeList } from './check.js';
import { type CodeList, GENERICODE_NAMESPACE, type Row, type SimpleCodeList, type Value } from './model.js';
import { ColumnReader } from './parse-columns.js';
import type { Mutable } from './parse-names.js';
import { type ChildQualification, ReadContext, type UnknownElement } from './read-support.js';

/**
 * Options of {@link parseCodeList}: the XML reader's limits.
 *
 * @example
 * ```ts
 * const options: CodeListParseOptions = { maxDepth: 64 };
 * ```
 */
export interface CodeListParseOptions extends XmlReadOptions {}

/**
 * The result of {@link parseCodeList}.
 *
 * @example
 * ```ts
 * const { value, diagnostics, sourceMap, qualifiedChildren, unknown } = parseCodeList(xml);
 * ```
 */
export interface CodeListParseResult extends Result<CodeList> {
  /** Positions and paths of every model object (look up an object, or an object plus a field name). */
  readonly sourceMap: SourceMap;
  /**
   * How the input qualified genericode's local elements. It is not part of the model, because
   * {@link buildCodeList} always writes them unqualified (as the XSD requires), so that
   * `parseCodeList(buildCodeList(list)).value` deep-equals `list`.
   */
  readonly qualifiedChildren: ChildQualification;
  /** Elements that genericode does not allow where they stood, kept verbatim; never built. */
  readonly unknown: readonly UnknownElement[];
}

/** The reader: one function per XSD type, all sharing one {@link ReadContext}. */ /** The reader: one method per XSD type (names and column sets in the classes it extends). */
class Reader extends ColumnReader {
  value(el: XmlElement, path: string): Value {
    const attrs = this.cx.attributes(el, path, ['ColumnRef']);
    const g = this.cx.children(el, path, ['Annotation', 'SimpleValue', 'ComplexValue']);
    const annotation = this.annotation(g, path);
    const out: Mutable<Value> = annotation === undefined ? {} : { Annotation: annotation };
    const simple = this.cx.optional(g, 'SimpleValue', path);
    const complex = this.cx.optional(g, 'ComplexValue', path);
    if (simple !== undefined && complex !== undefined) {
      this.cx.error(
        'codelist/simple-and-complex-value',
        `<Value> in ${path} has both <SimpleValue> and <ComplexValue>; the complex value is ignored.`,
        path,
        complex,
      );
    }
    if (simple !== undefined) out.SimpleValue = this.plain(simple, `${path}/SimpleValue`);
    else if (complex !== undefined) out.ComplexValue = this.any(complex, `${path}/ComplexValue`);
    if (attrs.ColumnRef !== undefined) out.ColumnRef = attrs.ColumnRef;
    this.cx.map(out, el, path);
    return out;
  }

  row(el: XmlElement, path: string): Row {
    this.cx.attributes(el, path, []);
    const g = this.cx.children(el, path, ['Annotation', 'Value']);
    const annotation = this.annotation(g, path);
    const values = g.get('Value') ?? [];
    if (values.length === 0)
      this.cx.error(
        'codelist/missing-element',
        `<Value> is missing in ${path}: a row needs at least one value.`,
        path,
        el,
      );
    const out: Row = {
      ...(annotation === undefined ? {} : { Annotation: annotation }),
      Value: values.map((v, i) => this.value(v, `${path}/Value[${i + 1}]`)),
    };
    this.cx.map(out, el, path);
    return out;
  }

  simpleCodeList(el: XmlElement, path: string): SimpleCodeList {
    this.cx.attributes(el, path, []);
    const g = this.cx.children(el, path, ['Annotation', 'Row']);
    const annotation = this.annotation(g, path);
    const out: SimpleCodeList = {
      ...(annotation === undefined ? {} : { Annotation: annotation }),
      Row: (g.get('Row') ?? []).map((r, i) => this.row(r, `${path}/Row[${i + 1}]`)),
    };
    this.cx.map(out, el, path);
    return out;
  }

  codeList(root: XmlElement): CodeList {
    const path = '/CodeList';
    const attrs = this.cx.attributes(root, path, ['xmlBase', 'xsiSchemaLocation']);
    const g = this.cx.children(root, path, [
      'Annotation',
      'Identification',
      'ColumnSet',
      'ColumnSetRef',
      'SimpleCodeList',
    ]);
    const annotation = this.annotation(g, path);
    const ident = this.cx.one(g, 'Identification', root, path);
    const out: Mutable<CodeList> = {
      ...(annotation === undefined ? {} : { Annotation: annotation }),
      Identification:
        ident === undefined
          ? {
              ShortName: { value: '' },
              LongName: [],
              Version: '',
              CanonicalUri: '',
              CanonicalVersionUri: '',
              LocationUri: [],
              AlternateFormatLocationUri: [],
            }
          : this.identification(ident, `${path}/Identification`),
    };
    const set = this.cx.optional(g, 'ColumnSet', path);
    const setRef = this.cx.optional(g, 'ColumnSetRef', path);
    if (set !== undefined) out.ColumnSet = this.columnSet(set, `${path}/ColumnSet`);
    if (setRef !== undefined) {
      if (set !== undefined) {
        this.cx.error(
          'codelist/column-set-choice',
          'A code list has either <ColumnSet> or <ColumnSetRef>, not both; the reference is ignored.',
          path,
          setRef,
        );
      } else out.ColumnSetRef = this.columnSetRef(setRef, `${path}/ColumnSetRef`);
    }
    if (set === undefined && setRef === undefined) {
      this.cx.error(
        'codelist/missing-element',
        '<ColumnSet> (or <ColumnSetRef>) is missing in /CodeList.',
        path,
        root,
      );
      out.ColumnSet = { Column: [], Key: [] };
    }
    const simple = this.cx.optional(g, 'SimpleCodeList', path);
    if (simple !== undefined) out.SimpleCodeList = this.simpleCodeList(simple, `${path}/SimpleCodeList`);
    if (attrs.xmlBase !== undefined) out.xmlBase = attrs.xmlBase;
    if (attrs.xsiSchemaLocation !== undefined) out.xsiSchemaLocation = attrs.xsiSchemaLocation;
    this.cx.map(out, root, path);
    return out;
  }
}

/**
 * Parses a genericode 1.0 code list document (`gc:CodeList`). Never throws on content: every problem
 * is a diagnostic (codes `codelist/*`, plus `xml/*` from the reader), all found in one pass. `value` is
 * `undefined` only when the input is not well-formed enough to have a root, or the root is not
 * `CodeList`.
 *
 * Diagnostics: `codelist/not-genericode` (error), `codelist/qualified-children`,
 * `codelist/canonical-uri-not-uri`, `codelist/canonical-version-uri-not-uri`, `codelist/uri-non-ascii`,
 * `codelist/unknown-element`, `codelist/unknown-attribute`, `codelist/out-of-order`,
 * `codelist/repeated-element`, `codelist/unexpected-text`, `codelist/missing-use`, `codelist/no-key`, `codelist/duplicate-key-value`
 * (warnings); `codelist/missing-element`, `codelist/missing-attribute`, `codelist/invalid-use`,
 * `codelist/column-set-choice`, `codelist/simple-and-complex-value`, `codelist/duplicate-id`,
 * `codelist/unknown-column` (errors).
 *
 * @example
 * ```ts
 * const { value, diagnostics } = parseCodeList(readFileSync('C00000020_genericode.xml'));
 * value?.Identification.CanonicalUri; // 'urn:de:fim:codeliste:statusfrauschwangerstillend'
 * diagnostics[0]?.code; // 'codelist/qualified-children'
 * ```
 */
export function parseCodeList(
  input: Uint8Array | string,
  options: CodeListParseOptions = {},
): CodeListParseResult {
  const cx = new ReadContext();
  const xml = parseXml(input, options);
  cx.diagnostics.push(...xml.diagnostics);
  const root = xml.value?.root;
  const done = (value: CodeList | undefined): CodeListParseResult => ({
    value,
    diagnostics: cx.diagnostics,
    sourceMap: cx.sourceMap,
    qualifiedChildren: cx.qualification,
    unknown: cx.unknown,
  });
  if (root === undefined) return done(undefined);
  if (root.local !== 'CodeList' || root.uri !== GENERICODE_NAMESPACE) {
    const ns = root.uri === '' ? 'no namespace' : `namespace "${root.uri}"`;
    cx.error(
      'codelist/not-genericode',
      `The root element <${root.name}> in ${ns} is not a genericode 1.0 <CodeList> (namespace "${GENERICODE_NAMESPACE}").`,
      `/${root.local}`,
      root,
    );
    if (root.local !== 'CodeList') return done(undefined);
  }
  const value = new Reader(cx).codeList(root);
  checkCodeList(value, cx);
  return done(value);
}

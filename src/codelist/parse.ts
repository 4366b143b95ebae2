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
import { serializeAny } from './any-content.js';
import { checkCodeList } from './check.js';
import {
  type Agency,
  type Annotation,
  type AnyOtherContent,
  type AnyOtherLanguageContent,
  type CodeList,
  type Column,
  type ColumnRef,
  type ColumnSet,
  type ColumnSetRef,
  type Data,
  type DataRestrictions,
  type DatatypeFacet,
  GENERICODE_NAMESPACE,
  type Identification,
  type Key,
  type KeyColumnRef,
  type KeyRef,
  type LongName,
  type MimeTypedUri,
  type Row,
  type ShortName,
  type SimpleCodeList,
  type UseType,
  type Value,
} from './model.js';
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

type Groups = Map<string, XmlElement[]>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const ANNOTATION = ['Description', 'AppInfo'] as const;
const NAME_SET = ['ShortName', 'LongName'];

/** The reader: one function per XSD type, all sharing one {@link ReadContext}. */
class Reader {
  /** Columns without `@Use` (FIM's Staat list): defaulted once the keys are known. */
  readonly missingUse = new Map<Mutable<Column>, XmlElement>();

  constructor(readonly cx: ReadContext) {}

  /**
   * Defaults a missing `@Use` to `required` for key columns (genericode R34: only required columns can be
   * keys) and `optional` otherwise, with a warning.
   */
  defaultUse(keys: readonly (Key | KeyRef)[], path: string): void {
    const keyed = new Set(keys.flatMap((k) => (k.kind === 'KeyRef' ? [] : k.ColumnRef.map((r) => r.Ref))));
    for (const [column, el] of this.missingUse) {
      column.Use = keyed.has(column.Id) ? 'required' : 'optional';
      this.cx.warn(
        'codelist/missing-use',
        `<Column Id="${column.Id}"> lacks the attribute Use, which genericode requires; read as "${column.Use}" ` +
          `(${column.Use === 'required' ? 'a key column' : 'not in any key'}), and built so.`,
        this.cx.sourceMap.pathOf(column) ?? path,
        el,
      );
    }
    this.missingUse.clear();
  }

  annotation(g: Groups, path: string): Annotation | undefined {
    const el = this.cx.optional(g, 'Annotation', path);
    if (el === undefined) return undefined;
    const p = `${path}/Annotation`;
    this.cx.attributes(el, p, []);
    const c = this.cx.children(el, p, ANNOTATION);
    const out: Mutable<Annotation> = {
      Description: (c.get('Description') ?? []).map((d, i) =>
        this.anyLanguage(d, `${p}/Description[${i + 1}]`),
      ),
    };
    const app = this.cx.optional(c, 'AppInfo', p);
    if (app !== undefined) out.AppInfo = this.any(app, `${p}/AppInfo`);
    this.cx.map(out, el, p);
    return out;
  }

  anyLanguage(el: XmlElement, path: string): AnyOtherLanguageContent {
    const attrs = this.cx.attributes(el, path, ['xmlLang']);
    const content = this.anyContent(el, path);
    const out: AnyOtherLanguageContent =
      attrs.xmlLang === undefined ? { content } : { content, xmlLang: attrs.xmlLang };
    this.cx.map(out, el, path);
    return out;
  }

  any(el: XmlElement, path: string): AnyOtherContent {
    this.cx.attributes(el, path, []);
    const out: AnyOtherContent = { content: this.anyContent(el, path) };
    this.cx.map(out, el, path);
    return out;
  }

  /** `xsd:any namespace="##other"`: elements in a namespace other than genericode's, kept as strings. */
  anyContent(el: XmlElement, path: string): string[] {
    const content: string[] = [];
    for (const c of el.children) {
      if (c.type === 'text') {
        if (c.value.trim() !== '')
          this.cx.warn(
            'codelist/unexpected-text',
            `Text is not allowed directly in ${path}; ignored.`,
            path,
            el,
          );
      } else if (c.type === 'element') {
        if (c.uri === '' || c.uri === GENERICODE_NAMESPACE) {
          this.cx.keepUnknown(c, path, 'wildcard content must be in another namespace');
        } else content.push(serializeAny(c));
      }
    }
    return content;
  }

  shortName(el: XmlElement, path: string): ShortName {
    const attrs = this.cx.attributes(el, path, ['xmlLang']);
    const value = this.cx.text(el, path);
    const out: ShortName = attrs.xmlLang === undefined ? { value } : { value, xmlLang: attrs.xmlLang };
    this.cx.map(out, el, path);
    return out;
  }

  longName(el: XmlElement, path: string): LongName {
    const attrs = this.cx.attributes(el, path, ['Identifier', 'xmlLang']);
    const out: Mutable<LongName> = { value: this.cx.text(el, path) };
    if (attrs.Identifier !== undefined) out.Identifier = attrs.Identifier;
    if (attrs.xmlLang !== undefined) out.xmlLang = attrs.xmlLang;
    this.cx.map(out, el, path);
    return out;
  }

  /** A simple `xsd:anyURI` / `xsd:token` element without attributes. */
  plain(el: XmlElement, path: string): string {
    this.cx.attributes(el, path, []);
    return this.cx.text(el, path);
  }

  nameSet(g: Groups, parent: XmlElement, path: string): { ShortName: ShortName; LongName: LongName[] } {
    const short = this.cx.one(g, 'ShortName', parent, path);
    return {
      ShortName: short === undefined ? { value: '' } : this.shortName(short, `${path}/ShortName`),
      LongName: (g.get('LongName') ?? []).map((l, i) => this.longName(l, `${path}/LongName[${i + 1}]`)),
    };
  }

  identification(el: XmlElement, path: string): Identification {
    this.cx.attributes(el, path, []);
    const order = [
      ...NAME_SET,
      'Version',
      'CanonicalUri',
      'CanonicalVersionUri',
      'LocationUri',
      'AlternateFormatLocationUri',
      'Agency',
    ];
    const g = this.cx.children(el, path, order);
    const req = (name: string) => {
      const c = this.cx.one(g, name, el, path);
      return c === undefined ? '' : this.plain(c, `${path}/${name}`);
    };
    const names = this.nameSet(g, el, path);
    const out: Mutable<Identification> = {
      ...names,
      Version: req('Version'),
      CanonicalUri: req('CanonicalUri'),
      CanonicalVersionUri: req('CanonicalVersionUri'),
      LocationUri: (g.get('LocationUri') ?? []).map((l, i) => this.plain(l, `${path}/LocationUri[${i + 1}]`)),
      AlternateFormatLocationUri: (g.get('AlternateFormatLocationUri') ?? []).map((l, i) =>
        this.mimeTypedUri(l, `${path}/AlternateFormatLocationUri[${i + 1}]`),
      ),
    };
    const agency = this.cx.optional(g, 'Agency', path);
    if (agency !== undefined) out.Agency = this.agency(agency, `${path}/Agency`);
    const fields: Record<string, { line: number; column: number }[]> = {};
    for (const [name, els] of g) fields[name] = els.map((e) => ({ line: e.line, column: e.column }));
    this.cx.map(out, el, path, fields);
    return out;
  }

  mimeTypedUri(el: XmlElement, path: string): MimeTypedUri {
    const attrs = this.cx.attributes(el, path, ['MimeType']);
    const value = this.cx.text(el, path);
    return attrs.MimeType === undefined ? { value } : { value, MimeType: attrs.MimeType };
  }

  agency(el: XmlElement, path: string): Agency {
    this.cx.attributes(el, path, []);
    const g = this.cx.children(el, path, [...NAME_SET, 'Identifier']);
    const short = this.cx.optional(g, 'ShortName', path);
    const out: Agency = {
      ...(short === undefined ? {} : { ShortName: this.shortName(short, `${path}/ShortName`) }),
      LongName: (g.get('LongName') ?? []).map((l, i) => this.longName(l, `${path}/LongName[${i + 1}]`)),
      Identifier: (g.get('Identifier') ?? []).map((l, i) => this.longName(l, `${path}/Identifier[${i + 1}]`)),
    };
    this.cx.map(out, el, path);
    return out;
  }

  /** `IdentificationVersionUriSet?` (CanonicalUri, CanonicalVersionUri?) on Column and Key. */
  versionUriSet(
    g: Groups,
    parent: XmlElement,
    path: string,
    out: { CanonicalUri?: string; CanonicalVersionUri?: string },
  ): void {
    const uri = this.cx.optional(g, 'CanonicalUri', path);
    const version = this.cx.optional(g, 'CanonicalVersionUri', path);
    if (uri !== undefined) out.CanonicalUri = this.plain(uri, `${path}/CanonicalUri`);
    else if (version !== undefined) {
      this.cx.error(
        'codelist/missing-element',
        `<CanonicalVersionUri> needs a <CanonicalUri> before it in ${path}.`,
        path,
        parent,
      );
      out.CanonicalUri = '';
    }
    if (version !== undefined) out.CanonicalVersionUri = this.plain(version, `${path}/CanonicalVersionUri`);
  }

  use(value: string | undefined, el: XmlElement, path: string): UseType | undefined {
    if (value === undefined || value === 'optional' || value === 'required') return value;
    if (value.trim() === 'optional' || value.trim() === 'required') return value.trim() as UseType;
    this.cx.error(
      'codelist/invalid-use',
      `Use="${value}" on <${el.local}> is neither "optional" nor "required"; read as "optional".`,
      path,
      el,
    );
    return 'optional';
  }

  column(el: XmlElement, path: string): Column {
    const attrs = this.cx.attributes(el, path, ['Id', 'Use']);
    const g = this.cx.children(el, path, [
      'Annotation',
      ...NAME_SET,
      'CanonicalUri',
      'CanonicalVersionUri',
      'Data',
    ]);
    const annotation = this.annotation(g, path);
    const names = this.nameSet(g, el, path);
    const uris: { CanonicalUri?: string; CanonicalVersionUri?: string } = {};
    this.versionUriSet(g, el, path, uris);
    const data = this.cx.one(g, 'Data', el, path);
    const out: Mutable<Column> = {
      ...(annotation === undefined ? {} : { Annotation: annotation }),
      ...names,
      ...uris,
      Data: data === undefined ? { Type: 'string', Parameter: [] } : this.data(data, `${path}/Data`),
      Id: this.cx.required(attrs, 'Id', el, path),
      Use: this.use(attrs.Use, el, path) ?? 'optional',
    };
    if (attrs.Use === undefined) this.missingUse.set(out, el);
    this.cx.map(out, el, path);
    return out;
  }

  columnRef(el: XmlElement, path: string): ColumnRef {
    const attrs = this.cx.attributes(el, path, ['Id', 'ExternalRef', 'Use', 'xmlBase']);
    const g = this.cx.children(el, path, ['Annotation', 'CanonicalVersionUri', 'LocationUri', 'Data']);
    const head = this.refHeader(g, el, path);
    const data = this.cx.optional(g, 'Data', path);
    const out: Mutable<ColumnRef> = {
      kind: 'ColumnRef',
      ...head,
      ...(data === undefined ? {} : { Data: this.dataRestrictions(data, `${path}/Data`) }),
      Id: this.cx.required(attrs, 'Id', el, path),
      ExternalRef: this.cx.required(attrs, 'ExternalRef', el, path),
    };
    const use = this.use(attrs.Use, el, path);
    if (use !== undefined) out.Use = use;
    if (attrs.xmlBase !== undefined) out.xmlBase = attrs.xmlBase;
    this.cx.map(out, el, path);
    return out;
  }

  /** Annotation?, CanonicalVersionUri, LocationUri* (the references' common head). */
  refHeader(
    g: Groups,
    el: XmlElement,
    path: string,
  ): { Annotation?: Annotation; CanonicalVersionUri: string; LocationUri: string[] } {
    const annotation = this.annotation(g, path);
    const v = this.cx.one(g, 'CanonicalVersionUri', el, path);
    return {
      ...(annotation === undefined ? {} : { Annotation: annotation }),
      CanonicalVersionUri: v === undefined ? '' : this.plain(v, `${path}/CanonicalVersionUri`),
      LocationUri: (g.get('LocationUri') ?? []).map((l, i) => this.plain(l, `${path}/LocationUri[${i + 1}]`)),
    };
  }

  facet(el: XmlElement, path: string): DatatypeFacet {
    const attrs = this.cx.attributes(el, path, ['ShortName', 'LongName']);
    const out: Mutable<DatatypeFacet> = {
      value: this.cx.text(el, path),
      ShortName: this.cx.required(attrs, 'ShortName', el, path),
    };
    if (attrs.LongName !== undefined) out.LongName = attrs.LongName;
    return out;
  }

  data(el: XmlElement, path: string): Data {
    const attrs = this.cx.attributes(el, path, ['Type', 'DatatypeLibrary', 'Lang']);
    const g = this.cx.children(el, path, ['Annotation', 'Parameter']);
    const annotation = this.annotation(g, path);
    const out: Mutable<Data> = {
      ...(annotation === undefined ? {} : { Annotation: annotation }),
      Parameter: (g.get('Parameter') ?? []).map((p, i) => this.facet(p, `${path}/Parameter[${i + 1}]`)),
      Type: this.cx.required(attrs, 'Type', el, path),
    };
    if (attrs.DatatypeLibrary !== undefined) out.DatatypeLibrary = attrs.DatatypeLibrary;
    if (attrs.Lang !== undefined) out.Lang = attrs.Lang;
    this.cx.map(out, el, path);
    return out;
  }

  dataRestrictions(el: XmlElement, path: string): DataRestrictions {
    const attrs = this.cx.attributes(el, path, ['Lang']);
    const g = this.cx.children(el, path, ['Parameter']);
    const out: Mutable<DataRestrictions> = {
      Parameter: (g.get('Parameter') ?? []).map((p, i) => this.facet(p, `${path}/Parameter[${i + 1}]`)),
    };
    if (attrs.Lang !== undefined) out.Lang = attrs.Lang;
    return out;
  }

  key(el: XmlElement, path: string): Key {
    const attrs = this.cx.attributes(el, path, ['Id']);
    const g = this.cx.children(el, path, [
      'Annotation',
      ...NAME_SET,
      'CanonicalUri',
      'CanonicalVersionUri',
      'ColumnRef',
    ]);
    const annotation = this.annotation(g, path);
    const names = this.nameSet(g, el, path);
    const uris: { CanonicalUri?: string; CanonicalVersionUri?: string } = {};
    this.versionUriSet(g, el, path, uris);
    const refs = g.get('ColumnRef') ?? [];
    if (refs.length === 0)
      this.cx.error(
        'codelist/missing-element',
        `<ColumnRef> is missing in ${path}: a key needs at least one column.`,
        path,
        el,
      );
    const out: Key = {
      ...(annotation === undefined ? {} : { Annotation: annotation }),
      ...names,
      ...uris,
      ColumnRef: refs.map((r, i) => this.keyColumnRef(r, `${path}/ColumnRef[${i + 1}]`)),
      Id: this.cx.required(attrs, 'Id', el, path),
    };
    this.cx.map(out, el, path);
    return out;
  }

  keyColumnRef(el: XmlElement, path: string): KeyColumnRef {
    const attrs = this.cx.attributes(el, path, ['Ref']);
    const g = this.cx.children(el, path, ['Annotation']);
    const annotation = this.annotation(g, path);
    const out: KeyColumnRef = {
      ...(annotation === undefined ? {} : { Annotation: annotation }),
      Ref: this.cx.required(attrs, 'Ref', el, path),
    };
    this.cx.map(out, el, path);
    return out;
  }

  keyRef(el: XmlElement, path: string): KeyRef {
    const attrs = this.cx.attributes(el, path, ['Id', 'ExternalRef', 'xmlBase']);
    const g = this.cx.children(el, path, ['Annotation', 'CanonicalVersionUri', 'LocationUri']);
    const out: Mutable<KeyRef> = {
      kind: 'KeyRef',
      ...this.refHeader(g, el, path),
      Id: this.cx.required(attrs, 'Id', el, path),
      ExternalRef: this.cx.required(attrs, 'ExternalRef', el, path),
    };
    if (attrs.xmlBase !== undefined) out.xmlBase = attrs.xmlBase;
    this.cx.map(out, el, path);
    return out;
  }

  columnSet(el: XmlElement, path: string): ColumnSet {
    const attrs = this.cx.attributes(el, path, ['DatatypeLibrary', 'xmlBase']);
    // Column and ColumnRef interleave, then Key and KeyRef: read in document order within each choice.
    const columns: (Column | ColumnRef)[] = [];
    const keys: (Key | KeyRef)[] = [];
    let seenKey = false;
    let reported = false;
    for (const c of el.children) {
      if (c.type === 'text') {
        if (c.value.trim() !== '')
          this.cx.warn(
            'codelist/unexpected-text',
            `Text is not allowed directly in ${path}; ignored.`,
            path,
            el,
          );
        continue;
      }
      if (c.type !== 'element') continue;
      const known =
        (c.uri === '' || c.uri === GENERICODE_NAMESPACE) &&
        ['Column', 'ColumnRef', 'Key', 'KeyRef'].includes(c.local);
      if (!known) {
        this.cx.keepUnknown(
          c,
          path,
          c.uri === '' || c.uri === GENERICODE_NAMESPACE
            ? 'not in genericode 1.0 here'
            : `namespace "${c.uri}"`,
        );
        continue;
      }
      this.cx.noteQualification(c, path);
      if (c.local === 'Column' || c.local === 'ColumnRef') {
        if (seenKey && !reported) {
          reported = true;
          this.cx.warn(
            'codelist/out-of-order',
            `<${c.local}> stands after a key in ${path}; columns come first.`,
            path,
            c,
          );
        }
        const p = `${path}/${c.local}[${columns.length + 1}]`;
        columns.push(c.local === 'Column' ? this.column(c, p) : this.columnRef(c, p));
      } else {
        seenKey = true;
        const p = `${path}/${c.local}[${keys.length + 1}]`;
        keys.push(c.local === 'Key' ? this.key(c, p) : this.keyRef(c, p));
      }
    }
    this.defaultUse(keys, path);
    const out: Mutable<ColumnSet> = { Column: columns, Key: keys };
    if (attrs.DatatypeLibrary !== undefined) out.DatatypeLibrary = attrs.DatatypeLibrary;
    if (attrs.xmlBase !== undefined) out.xmlBase = attrs.xmlBase;
    this.cx.map(out, el, path);
    return out;
  }

  columnSetRef(el: XmlElement, path: string): ColumnSetRef {
    const attrs = this.cx.attributes(el, path, ['xmlBase']);
    const g = this.cx.children(el, path, ['Annotation', 'CanonicalVersionUri', 'LocationUri']);
    const out: Mutable<ColumnSetRef> = this.refHeader(g, el, path);
    if (attrs.xmlBase !== undefined) out.xmlBase = attrs.xmlBase;
    this.cx.map(out, el, path);
    return out;
  }

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

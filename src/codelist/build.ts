/**
 * Strict writing of genericode 1.0 code lists: the output validates against the OASIS `genericode.xsd`.
 *
 * @module
 */
import { FimkitError } from '../core/diagnostics.js';
import { createXmlWriter, type XmlAttributeList, type XmlWriter } from '../core/xml/index.js';
import { parseAny } from './any-content.js';
import {
  type Agency,
  type Annotation,
  type AnyOtherContent,
  type CodeList,
  type Column,
  type ColumnRef,
  type ColumnSet,
  type Data,
  type DatatypeFacet,
  GENERICODE_NAMESPACE,
  type Identification,
  type Key,
  type KeyRef,
  type LongName,
  type ShortName,
  type Value,
} from './model.js';

const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * Options of {@link buildCodeList}.
 *
 * @example
 * ```ts
 * const options: CodeListBuildOptions = { indent: '\t' };
 * ```
 */
export interface CodeListBuildOptions {
  /** Indentation per level. Default two spaces (ignored with `compact`). */
  readonly indent?: string;
  /** Write everything on one line. Default false. */
  readonly compact?: boolean;
}

// XML 1.0 Char production: no C0 controls except tab/newline/return, no lone surrogates, no U+FFFE/FFFF.
const NOT_XML_CHAR =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML forbids
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NCNAME = /^[\p{L}_][\p{L}\p{N}\p{M}._\-\u00b7]*$/u;

/** Problems that would make the output XSD-invalid or not well-formed; collected before writing. */
function problemsOf(list: CodeList): string[] {
  const problems: string[] = [];
  const strings = (where: string, value: unknown): void => {
    if (typeof value === 'string') {
      if (NOT_XML_CHAR.test(value)) problems.push(`${where}: contains a character XML 1.0 does not allow`);
    } else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) strings(`${where}[${i}]`, value[i]);
    } else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) if (k !== 'content') strings(`${where}.${k}`, v);
    }
  };
  strings('CodeList', list);
  if ((list.ColumnSet === undefined) === (list.ColumnSetRef === undefined)) {
    problems.push('CodeList: needs exactly one of ColumnSet and ColumnSetRef');
  }
  const ids = new Set<string>();
  const id = (where: string, value: string) => {
    if (!NCNAME.test(value)) problems.push(`${where}: Id "${value}" is not an XML name (xsd:ID)`);
    if (ids.has(value)) problems.push(`${where}: Id "${value}" is not unique`);
    ids.add(value);
  };
  const set = list.ColumnSet;
  if (set !== undefined) {
    set.Column.forEach((c, i) => {
      id(`ColumnSet.Column[${i}]`, c.Id);
      if (c.kind !== 'ColumnRef' && c.CanonicalVersionUri !== undefined && c.CanonicalUri === undefined) {
        problems.push(`ColumnSet.Column[${i}]: CanonicalVersionUri without CanonicalUri`);
      }
    });
    const columns = new Set(set.Column.map((c) => c.Id));
    set.Key.forEach((k, i) => {
      id(`ColumnSet.Key[${i}]`, k.Id);
      if (k.kind === 'KeyRef') return;
      if (k.ColumnRef.length === 0) problems.push(`ColumnSet.Key[${i}]: a key needs at least one ColumnRef`);
      if (k.CanonicalVersionUri !== undefined && k.CanonicalUri === undefined) {
        problems.push(`ColumnSet.Key[${i}]: CanonicalVersionUri without CanonicalUri`);
      }
      for (const r of k.ColumnRef)
        if (!columns.has(r.Ref)) problems.push(`ColumnSet.Key[${i}]: unknown column "${r.Ref}"`);
    });
    list.SimpleCodeList?.Row.forEach((row, i) => {
      if (row.Value.length === 0) problems.push(`SimpleCodeList.Row[${i}]: a row needs at least one Value`);
      for (const v of row.Value) {
        if (v.ColumnRef !== undefined && !columns.has(v.ColumnRef)) {
          problems.push(`SimpleCodeList.Row[${i}]: unknown column "${v.ColumnRef}"`);
        }
        if (v.SimpleValue !== undefined && v.ComplexValue !== undefined) {
          problems.push(`SimpleCodeList.Row[${i}]: a value has both SimpleValue and ComplexValue`);
        }
      }
    });
  }
  return problems;
}

class Builder {
  constructor(readonly w: XmlWriter) {}

  shortName(name: string, n: ShortName): void {
    this.w.leaf(name, n.value, n.xmlLang === undefined ? [] : [['xml:lang', n.xmlLang]]);
  }

  longName(name: string, n: LongName): void {
    const attrs: [string, string][] = [];
    if (n.Identifier !== undefined) attrs.push(['Identifier', n.Identifier]);
    if (n.xmlLang !== undefined) attrs.push(['xml:lang', n.xmlLang]);
    this.w.leaf(name, n.value, attrs);
  }

  names(o: { ShortName: ShortName; LongName: readonly LongName[] }): void {
    this.shortName('ShortName', o.ShortName);
    for (const l of o.LongName) this.longName('LongName', l);
  }

  any(name: string, content: AnyOtherContent, attrs: XmlAttributeList = []): void {
    this.w.start(name, attrs);
    for (const xml of content.content) {
      const el = parseAny(xml);
      if (el === undefined || el.uri === '' || el.uri === GENERICODE_NAMESPACE) {
        throw new FimkitError(
          'codelist/unbuildable',
          `${name} content must be well-formed elements in a namespace other than genericode's: ${xml.slice(0, 200)}`,
        );
      }
      this.w.node(el);
    }
    this.w.end();
  }

  annotation(a: Annotation | undefined): void {
    if (a === undefined) return;
    this.w.start('Annotation');
    for (const d of a.Description)
      this.any('Description', d, d.xmlLang === undefined ? [] : [['xml:lang', d.xmlLang]]);
    if (a.AppInfo !== undefined) this.any('AppInfo', a.AppInfo);
    this.w.end();
  }

  identification(i: Identification): void {
    this.w.start('Identification');
    this.names(i);
    this.w.leaf('Version', i.Version);
    this.w.leaf('CanonicalUri', i.CanonicalUri);
    this.w.leaf('CanonicalVersionUri', i.CanonicalVersionUri);
    for (const l of i.LocationUri) this.w.leaf('LocationUri', l);
    for (const u of i.AlternateFormatLocationUri) {
      this.w.leaf(
        'AlternateFormatLocationUri',
        u.value,
        u.MimeType === undefined ? [] : [['MimeType', u.MimeType]],
      );
    }
    if (i.Agency !== undefined) this.agency(i.Agency);
    this.w.end();
  }

  agency(a: Agency): void {
    this.w.start('Agency');
    if (a.ShortName !== undefined) this.shortName('ShortName', a.ShortName);
    for (const l of a.LongName) this.longName('LongName', l);
    for (const l of a.Identifier) this.longName('Identifier', l);
    this.w.end();
  }

  uris(o: { CanonicalUri?: string; CanonicalVersionUri?: string }): void {
    if (o.CanonicalUri === undefined) return;
    this.w.leaf('CanonicalUri', o.CanonicalUri);
    if (o.CanonicalVersionUri !== undefined) this.w.leaf('CanonicalVersionUri', o.CanonicalVersionUri);
  }

  refHead(r: { Annotation?: Annotation; CanonicalVersionUri: string; LocationUri: readonly string[] }): void {
    this.annotation(r.Annotation);
    this.w.leaf('CanonicalVersionUri', r.CanonicalVersionUri);
    for (const l of r.LocationUri) this.w.leaf('LocationUri', l);
  }

  parameters(ps: readonly DatatypeFacet[]): void {
    for (const p of ps) {
      this.w.leaf(
        'Parameter',
        p.value,
        p.LongName === undefined
          ? [['ShortName', p.ShortName]]
          : [
              ['ShortName', p.ShortName],
              ['LongName', p.LongName],
            ],
      );
    }
  }

  data(d: Data): void {
    const attrs: [string, string][] = [['Type', d.Type]];
    if (d.DatatypeLibrary !== undefined) attrs.push(['DatatypeLibrary', d.DatatypeLibrary]);
    if (d.Lang !== undefined) attrs.push(['Lang', d.Lang]);
    this.w.start('Data', attrs);
    this.annotation(d.Annotation);
    this.parameters(d.Parameter);
    this.w.end();
  }

  column(c: Column | ColumnRef): void {
    if (c.kind === 'ColumnRef') {
      const attrs: [string, string][] = [
        ['Id', c.Id],
        ['ExternalRef', c.ExternalRef],
      ];
      if (c.Use !== undefined) attrs.push(['Use', c.Use]);
      if (c.xmlBase !== undefined) attrs.push(['xml:base', c.xmlBase]);
      this.w.start('ColumnRef', attrs);
      this.refHead(c);
      if (c.Data !== undefined) {
        this.w.start('Data', c.Data.Lang === undefined ? [] : [['Lang', c.Data.Lang]]);
        this.parameters(c.Data.Parameter);
        this.w.end();
      }
      this.w.end();
      return;
    }
    this.w.start('Column', [
      ['Id', c.Id],
      ['Use', c.Use],
    ]);
    this.annotation(c.Annotation);
    this.names(c);
    this.uris(c);
    this.data(c.Data);
    this.w.end();
  }

  key(k: Key | KeyRef): void {
    if (k.kind === 'KeyRef') {
      const attrs: [string, string][] = [
        ['Id', k.Id],
        ['ExternalRef', k.ExternalRef],
      ];
      if (k.xmlBase !== undefined) attrs.push(['xml:base', k.xmlBase]);
      this.w.start('KeyRef', attrs);
      this.refHead(k);
      this.w.end();
      return;
    }
    this.w.start('Key', [['Id', k.Id]]);
    this.annotation(k.Annotation);
    this.names(k);
    this.uris(k);
    for (const r of k.ColumnRef) {
      this.w.start('ColumnRef', [['Ref', r.Ref]]);
      this.annotation(r.Annotation);
      this.w.end();
    }
    this.w.end();
  }

  columnSet(s: ColumnSet): void {
    const attrs: [string, string][] = [];
    if (s.DatatypeLibrary !== undefined) attrs.push(['DatatypeLibrary', s.DatatypeLibrary]);
    if (s.xmlBase !== undefined) attrs.push(['xml:base', s.xmlBase]);
    this.w.start('ColumnSet', attrs);
    for (const c of s.Column) this.column(c);
    for (const k of s.Key) this.key(k);
    this.w.end();
  }

  value(v: Value): void {
    this.w.start('Value', v.ColumnRef === undefined ? [] : [['ColumnRef', v.ColumnRef]]);
    this.annotation(v.Annotation);
    if (v.SimpleValue !== undefined) this.w.leaf('SimpleValue', v.SimpleValue);
    else if (v.ComplexValue !== undefined) this.any('ComplexValue', v.ComplexValue);
    this.w.end();
  }

  codeList(list: CodeList): void {
    const attrs: [string, string][] = [['xmlns:gc', GENERICODE_NAMESPACE]];
    if (list.xsiSchemaLocation !== undefined)
      attrs.push(['xmlns:xsi', XSI_NAMESPACE], ['xsi:schemaLocation', list.xsiSchemaLocation]);
    if (list.xmlBase !== undefined) attrs.push(['xml:base', list.xmlBase]);
    this.w.start('gc:CodeList', attrs);
    this.annotation(list.Annotation);
    this.identification(list.Identification);
    if (list.ColumnSet !== undefined) this.columnSet(list.ColumnSet);
    else if (list.ColumnSetRef !== undefined) {
      const r = list.ColumnSetRef;
      this.w.start('ColumnSetRef', r.xmlBase === undefined ? [] : [['xml:base', r.xmlBase]]);
      this.refHead(r);
      this.w.end();
    }
    if (list.SimpleCodeList !== undefined) {
      this.w.start('SimpleCodeList');
      this.annotation(list.SimpleCodeList.Annotation);
      for (const row of list.SimpleCodeList.Row) {
        this.w.start('Row');
        this.annotation(row.Annotation);
        for (const v of row.Value) this.value(v);
        this.w.end();
      }
      this.w.end();
    }
    this.w.end();
  }
}

/**
 * Writes a code list as a genericode 1.0 document that validates against the OASIS `genericode.xsd`:
 * elements in XSD order, local elements unqualified (whatever the input did, see
 * {@link CodeListParseResult.qualifiedChildren}), the root as `gc:CodeList`. Values are written verbatim.
 * Throws `FimkitError` `codelist/unbuildable` when the model cannot be written validly (both or neither of
 * `ColumnSet`/`ColumnSetRef`, duplicate or malformed ids, references to unknown columns, empty keys or
 * rows, characters XML forbids). Unknown elements reported by the parser are not part of the model and
 * are not written.
 *
 * @example
 * ```ts
 * const { value } = parseCodeList(readFileSync('C00000020_genericode.xml'));
 * const xml = buildCodeList(value!); // '<?xml version="1.0" encoding="UTF-8"?>\n<gc:CodeList xmlns:gc="…">…'
 * ```
 */
export function buildCodeList(list: CodeList, options: CodeListBuildOptions = {}): string {
  const problems = problemsOf(list);
  if (problems.length > 0) {
    throw new FimkitError(
      'codelist/unbuildable',
      `The code list cannot be written as valid genericode:\n${problems.join('\n')}`,
    );
  }
  const w = createXmlWriter(options.compact === true ? {} : { indent: options.indent ?? '  ' });
  new Builder(w).codeList(list);
  return w.toString();
}

/**
 * Reading genericode's column sets: columns, data types, keys and references to them. Part of the
 * code list reader (`parse.ts`); one method per XSD type.
 *
 * @module
 */
import type { XmlElement } from '../core/xml/index.js';
import {
  type Annotation,
  type Column,
  type ColumnRef,
  type ColumnSet,
  type ColumnSetRef,
  type Data,
  type DataRestrictions,
  type DatatypeFacet,
  GENERICODE_NAMESPACE,
  type Key,
  type KeyColumnRef,
  type KeyRef,
  type UseType,
} from './model.js';
import { type Groups, type Mutable, NAME_SET, NameReader } from './parse-names.js';

/**
 * Reads column sets on top of {@link NameReader}. Internal.
 *
 * @internal
 * @example
 * ```ts
 * const set = new ColumnReader(cx).columnSet(el, '/CodeList/ColumnSet');
 * ```
 */
export class ColumnReader extends NameReader {
  /** Columns without `@Use` (FIM's Staat list): defaulted once the keys are known. */
  readonly missingUse = new Map<Mutable<Column>, XmlElement>();

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
}

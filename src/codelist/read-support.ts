/**
 * The reading context of the genericode parser: child grouping in XSD order, attributes, text, and the
 * diagnostics that tolerant reading produces.
 *
 * @module
 */
import { SourceMapBuilder } from '../core/binding/index.js';
import { type Diagnostic, diagnostic, type Position } from '../core/diagnostics.js';
import { textOf, type XmlElement } from '../core/xml/index.js';
import { serializeAny } from './any-content.js';
import { GENERICODE_NAMESPACE } from './model.js';

/** Namespace of `xml:lang` and `xml:base`. */
export const XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace';
/** Namespace of `xsi:schemaLocation`. */
export const XSI_NAMESPACE = 'http://www.w3.org/2001/XMLSchema-instance';

/**
 * An element the parser did not expect where it stood, kept verbatim (see {@link CodeListParseResult}).
 *
 * @example
 * ```ts
 * const u: UnknownElement = { path: '/CodeList/Identification', line: 3, column: 5, xml: '<Foo/>' };
 * ```
 */
export interface UnknownElement {
  /** Path of the parent element. */
  readonly path: string;
  /** 1-based line of the element's start tag. */
  readonly line: number;
  /** 1-based column of the element's `<`. */
  readonly column: number;
  /** The element, serialised self-contained. */
  readonly xml: string;
}

/**
 * How the input qualified genericode's local elements: `false` (unqualified, as the XSD requires), `'prefixed'` (`gc:Identification`) or `'default'` (default namespace).
 *
 * @example
 * ```ts
 * parseCodeList(fimExport).qualifiedChildren; // 'prefixed'
 * ```
 */
export type ChildQualification = false | 'prefixed' | 'default';

/** Mutable state of one parse. */
export class ReadContext {
  readonly diagnostics: Diagnostic[] = [];
  readonly sourceMap = new SourceMapBuilder();
  readonly unknown: UnknownElement[] = [];
  qualification: ChildQualification = false;

  /** Records an object's position (copied, so the XML tree is not retained) and path. */
  map(object: object, el: XmlElement, path: string, fields?: Record<string, Position[]>): void {
    this.sourceMap.addPath(object, { line: el.line, column: el.column }, path, fields);
  }

  warn(code: string, message: string, path: string, at: Position): void {
    this.diagnostics.push(
      diagnostic('warning', code, message, 'codelist', { path, line: at.line, column: at.column }),
    );
  }

  error(code: string, message: string, path: string, at: Position): void {
    this.diagnostics.push(
      diagnostic('error', code, message, 'codelist', { path, line: at.line, column: at.column }),
    );
  }

  keepUnknown(el: XmlElement, path: string, why: string): void {
    this.warn(
      'codelist/unknown-element',
      `<${el.name}> is not allowed in ${path} (${why}); kept, but never built.`,
      path,
      el,
    );
    this.unknown.push({ path, line: el.line, column: el.column, xml: serializeAny(el) });
  }

  /**
   * Groups the element children of `el` by local name. Children must be genericode elements (unqualified,
   * or tolerated when qualified) named in `order`; anything else is kept as unknown. Reports elements out
   * of XSD order and non-whitespace text.
   */
  children(el: XmlElement, path: string, order: readonly string[]): Map<string, XmlElement[]> {
    const groups = new Map<string, XmlElement[]>();
    let last = -1;
    let outOfOrder = false;
    for (const c of el.children) {
      if (c.type === 'text') {
        if (c.value.trim() !== '')
          this.warn(
            'codelist/unexpected-text',
            `Text is not allowed directly in ${path}; ignored.`,
            path,
            el,
          );
        continue;
      }
      if (c.type !== 'element') continue;
      if (c.uri !== '' && c.uri !== GENERICODE_NAMESPACE) {
        this.keepUnknown(c, path, `namespace "${c.uri}"`);
        continue;
      }
      const index = order.indexOf(c.local);
      if (index < 0) {
        this.keepUnknown(c, path, 'not in genericode 1.0 here');
        continue;
      }
      this.noteQualification(c, path);
      if (index < last && !outOfOrder) {
        outOfOrder = true;
        this.warn(
          'codelist/out-of-order',
          `<${c.local}> stands out of XSD order in ${path} (expected ${order.join(', ')}).`,
          path,
          c,
        );
      }
      last = Math.max(last, index);
      const list = groups.get(c.local);
      if (list === undefined) groups.set(c.local, [c]);
      else list.push(c);
    }
    return groups;
  }

  noteQualification(c: XmlElement, path: string): void {
    if (c.uri === '' || this.qualification !== false) return;
    this.qualification = c.prefix === '' ? 'default' : 'prefixed';
    this.warn(
      'codelist/qualified-children',
      `<${c.name}> is in the genericode namespace, but genericode 1.0 requires its local elements to be unqualified ` +
        `(a common defect of FIM exports). Read anyway; further qualified elements are not reported.`,
      `${path}/${c.local}`,
      c,
    );
  }

  /** The one required child `name`; reports it missing (at the parent) or repeated. */
  one(
    groups: Map<string, XmlElement[]>,
    name: string,
    parent: XmlElement,
    path: string,
  ): XmlElement | undefined {
    const found = groups.get(name);
    if (found === undefined) {
      this.error('codelist/missing-element', `<${name}> is missing in ${path}.`, path, parent);
      return undefined;
    }
    return this.single(found, name, path);
  }

  /** The optional child `name`; reports it repeated. */
  optional(groups: Map<string, XmlElement[]>, name: string, path: string): XmlElement | undefined {
    const found = groups.get(name);
    return found === undefined ? undefined : this.single(found, name, path);
  }

  private single(found: XmlElement[], name: string, path: string): XmlElement | undefined {
    for (const extra of found.slice(1)) {
      this.warn(
        'codelist/repeated-element',
        `<${name}> may occur only once in ${path}; the repetition is kept as unknown.`,
        path,
        extra,
      );
      this.unknown.push({ path, line: extra.line, column: extra.column, xml: serializeAny(extra) });
    }
    return found[0];
  }

  /**
   * Reads the attributes of `el`: plain names from `allowed`, `xml:lang`/`xml:base` as `xmlLang`/`xmlBase`
   * when allowed. Anything else is reported (`codelist/unknown-attribute`) and dropped.
   */
  attributes(el: XmlElement, path: string, allowed: readonly string[]): Record<string, string> {
    const out: Record<string, string> = {};
    for (const a of el.attributes) {
      let key: string | undefined;
      if (a.uri === '') key = a.local;
      else if (a.uri === XML_NAMESPACE)
        key = a.local === 'lang' ? 'xmlLang' : a.local === 'base' ? 'xmlBase' : undefined;
      else if (a.uri === XSI_NAMESPACE) key = a.local === 'schemaLocation' ? 'xsiSchemaLocation' : undefined;
      if (key !== undefined && allowed.includes(key)) out[key] = a.value;
      else
        this.warn(
          'codelist/unknown-attribute',
          `Attribute ${a.name} is not allowed on <${el.local}>; dropped.`,
          path,
          el,
        );
    }
    return out;
  }

  /** Checks a required attribute. */
  required(attrs: Record<string, string>, name: string, el: XmlElement, path: string): string {
    const v = attrs[name];
    // Id and Ref are xsd:ID / xsd:IDREF: never empty (other required attributes may be)
    if (v !== undefined && (v.trim() !== '' || (name !== 'Id' && name !== 'Ref'))) return v;
    if (v !== undefined) {
      this.error('codelist/empty-attribute', `<${el.local}> has an empty attribute ${name}.`, path, el);
      return v;
    }
    this.error('codelist/missing-attribute', `<${el.local}> lacks the required attribute ${name}.`, path, el);
    return '';
  }

  /** Text of an element that has simple content; element children are kept as unknown. */
  text(el: XmlElement, path: string): string {
    for (const c of el.children)
      if (c.type === 'element') this.keepUnknown(c, path, 'simple content expected');
    return textOf(el);
  }
}

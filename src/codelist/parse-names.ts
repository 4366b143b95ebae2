/**
 * Reading genericode's shared parts: annotations, any-content, names, identification and agencies.
 * The base of the code list reader (`parse.ts`); one method per XSD type.
 *
 * @module
 */
import type { XmlElement } from '../core/xml/index.js';
import { serializeAny } from './any-content.js';
import {
  type Agency,
  type Annotation,
  type AnyOtherContent,
  type AnyOtherLanguageContent,
  GENERICODE_NAMESPACE,
  type Identification,
  type LongName,
  type MimeTypedUri,
  type ShortName,
} from './model.js';
import type { ReadContext } from './read-support.js';

/** Child elements of one element, grouped by local name. */
export type Groups = Map<string, XmlElement[]>;
/** A model type with its readonly fields writable, for building objects step by step. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

const ANNOTATION = ['Description', 'AppInfo'] as const;
/** The children of a name set (`ShortName`, `LongName`). */
export const NAME_SET = ['ShortName', 'LongName'];

/**
 * Reads the parts every genericode document shares, all through one {@link ReadContext}. Internal.
 *
 * @internal
 * @example
 * ```ts
 * const id = new NameReader(cx).identification(el, '/CodeList/Identification');
 * ```
 */
export class NameReader {
  constructor(readonly cx: ReadContext) {}

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
}

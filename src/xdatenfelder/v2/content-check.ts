/**
 * The checks of an XDatenfelder 2.0 parse that the binding cannot see, in one walk over the bound model:
 * code-list membership, `praezisierung` JSON and XÖV String.Latin. A class with prototype methods, not
 * closures made per document, because it runs per element (see decision 0005).
 *
 * @module
 */
import {
  type SourceMap,
  SourceMapBuilder,
  type TypeSpec,
  type UnknownElement,
} from '../../core/binding/index.js';
import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import { keepShapes } from '../../core/xml/scanner.js';
import { isKnownCode, xdf2CodeLists } from './codes.js';
import { checkStringLatin } from './latin.js';
import { type TextLocator, textLocator } from './locate.js';
import { parsePraezisierung } from './praezisierung.js';
import { DatenfeldSpec, GenericodeSpec, STRING_LATIN_ELEMENTS } from './specs.js';

type Obj = Readonly<Record<string, unknown>>;

/**
 * Walks a bound XDF 2.0 model and collects content findings (warnings) with positions from the source map.
 *
 * @internal
 * @example
 * ```ts
 * const check = new ContentCheck(input, bound.sourceMap);
 * check.walk(bound.value, bound.message.type);
 * check.found; // xdf2/unknown-code, xdf2/praezisierung-*, xdf2/not-string-latin
 * ```
 */
export class ContentCheck {
  /** The findings, in document order. */
  readonly found: Diagnostic[] = [];
  /** The elements kept verbatim inside each `Genericode` element, by the element's path. */
  readonly genericodePaths = new Map<string, readonly UnknownElement[]>();
  private readonly input: Uint8Array | string;
  private readonly sourceMap: SourceMap;
  private locate: TextLocator | undefined = undefined;

  constructor(input: Uint8Array | string, sourceMap: SourceMap) {
    this.input = input;
    this.sourceMap = sourceMap;
  }

  /** Checks `obj` of type `type` and everything below it, in document order. */
  walk(obj: Obj, type: TypeSpec): void {
    this.visit(obj, type);
    for (const spec of type.elements()) {
      if (spec.type === 'text') continue;
      const v = obj[spec.name];
      if (v === undefined) continue;
      if (spec.max === 1) this.walk(v as Obj, spec.type);
      else for (const item of v as readonly Obj[]) this.walk(item, spec.type);
    }
  }

  private visit(obj: Obj, type: TypeSpec): void {
    if (type === GenericodeSpec) {
      const path = this.sourceMap.pathOf(obj);
      const kept = (obj.$unknownElements as readonly UnknownElement[] | undefined) ?? [];
      if (path !== undefined) this.genericodePaths.set(path, kept);
      return;
    }
    const list = xdf2CodeLists[type.name];
    if (list !== undefined) {
      const code = obj.code;
      if (typeof code === 'string' && !isKnownCode(list, code)) {
        this.report(
          'unknown-code',
          `"${code}" is not a value of ${list.name} (${list.canonicalUri}); kept.`,
          obj,
          'code',
        );
      }
      return;
    }
    for (const spec of type.elements()) {
      if (spec.type !== 'text' || !STRING_LATIN_ELEMENTS.has(spec.name)) continue;
      const v = obj[spec.name];
      if (spec.max === 1) this.latin(obj, spec.name, v, 0);
      else if (Array.isArray(v)) for (let i = 0; i < v.length; i++) this.latin(obj, spec.name, v[i], i);
    }
    if (type === DatenfeldSpec && typeof obj.praezisierung === 'string') {
      for (const d of parsePraezisierung(obj.praezisierung).diagnostics) {
        this.report(d.code.slice('xdf2/'.length), d.message, obj, 'praezisierung');
      }
    }
  }

  /** Reports the first character of `t` outside String.Latin 1.1, at its own position. */
  private latin(obj: Obj, name: string, t: unknown, index: number): void {
    if (typeof t !== 'string') return;
    const bad = checkStringLatin(t);
    if (bad === undefined) return;
    const cp = bad.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    this.report(
      'not-string-latin',
      `<${name}> contains "${bad.char}" (U+${cp}) at offset ${bad.offset}, outside XÖV String.Latin 1.1` +
        `${bad.count > 1 ? ` (${bad.count} such characters)` : ''}; kept, but the document is not XSD-valid.`,
      obj,
      name,
      index,
      bad.offset,
      t,
    );
  }

  private report(
    code: string,
    message: string,
    obj: object,
    field?: string,
    index?: number,
    offset?: number,
    text?: string,
  ): void {
    let at = this.sourceMap.positionOf(obj, field, index);
    if (at !== undefined && text !== undefined && offset !== undefined) {
      this.locate ??= textLocator(this.input);
      at = this.locate(at, text, offset);
    }
    const base = this.sourceMap.pathOf(obj);
    const path = base === undefined ? undefined : field === undefined ? base : `${base}/${field}`;
    this.found.push(diagnostic('warning', `xdf2/${code}`, message, 'xdf2', { path, ...at }));
  }
}

// One instance lives as long as the process (see `keepShapes` in `core/xml/scanner.ts`).
keepShapes.push(new ContentCheck('', new SourceMapBuilder()));

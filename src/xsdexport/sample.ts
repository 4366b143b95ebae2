/**
 * A sample instance of an exported schema, generated from the same {@link XsdModel} the XSD was
 * written from: every element appears (optional ones once, unless `minimal`), choices take their first
 * alternative, values satisfy the simple type's enumeration, facets and pattern.
 *
 * @module
 */
import { createXmlWriter } from '../core/xml/index.js';
import type { XsdModel, XsdParticle, XsdSimpleType } from './model.js';
import { patternSample } from './pattern-sample.js';

/**
 * Options of {@link sampleInstance}.
 *
 * @example
 * ```ts
 * sampleInstance(model, { minimal: true });
 * ```
 */
export interface SampleOptions {
  /** Only required elements (default: optional elements appear once too). */
  readonly minimal?: boolean;
}

function facet(t: XsdSimpleType, name: string): string | undefined {
  return t.facets.find((f) => f.name === name)?.value;
}

/**
 * A value valid for a simple type; undefined when none could be found (a pattern the sample generator
 * does not understand).
 *
 * @example
 * ```ts
 * sampleValue({ name: 'T', base: 'xs:integer', facets: [{ name: 'minInclusive', value: '5' }], enumeration: [], documentation: [] }); // '5'
 * ```
 */
export function sampleValue(t: XsdSimpleType): string | undefined {
  const first = t.enumeration[0];
  if (first !== undefined) return first.value;
  const min = facet(t, 'minInclusive');
  const max = facet(t, 'maxInclusive');
  switch (t.base) {
    case 'xs:boolean':
      return 'true';
    case 'xs:decimal':
    case 'xs:integer':
      return min ?? (max !== undefined && Number(max) < 1 ? max : '1');
    case 'xs:date':
      return min ?? max ?? '2024-01-31';
    case 'xs:dateTime':
      return min ?? max ?? '2024-01-31T12:00:00';
    case 'xs:base64Binary':
      return 'AA==';
    default: {
      const minLength = Number(facet(t, 'minLength') ?? 0);
      const pattern = facet(t, 'pattern');
      if (pattern !== undefined) return patternSample(pattern, minLength);
      const maxLength = Number(facet(t, 'maxLength') ?? Number.POSITIVE_INFINITY);
      const text = 'Beispiel'.padEnd(minLength, 'x');
      return text.slice(0, Math.max(minLength, Math.min(text.length, maxLength)));
    }
  }
}

/**
 * The XML of a sample instance of `model`, indented with two spaces.
 *
 * @example
 * ```ts
 * const { value } = exportXsd(doc);
 * const xml = sampleInstance(value!.model); // validates against value!.xsd
 * ```
 */
export function sampleInstance(model: XsdModel, options: SampleOptions = {}): string {
  const w = createXmlWriter({ indent: '  ' });
  const stack = new Set<string>();
  const emit = (p: XsdParticle, rootAttrs?: [string, string][]) => {
    if (p.kind === 'simple') {
      const t = model.simpleTypes.get(p.type);
      w.leaf(p.name, t === undefined ? '' : (sampleValue(t) ?? ''), rootAttrs);
      return;
    }
    const t = model.complexTypes.get(p.type);
    w.start(p.name, rootAttrs);
    if (t !== undefined && !stack.has(t.name)) {
      stack.add(t.name);
      const chosen = t.compositor === 'choice' ? t.particles.slice(0, 1) : t.particles;
      for (const c of chosen) {
        const wanted = options.minimal ? c.minOccurs : Math.max(c.minOccurs, 1);
        const n = c.maxOccurs === 'unbounded' ? wanted : Math.min(wanted, c.maxOccurs);
        for (let i = 0; i < n; i++) emit(c);
      }
      stack.delete(t.name);
    }
    w.end();
  };
  emit(model.root, [['xmlns', model.targetNamespace]]);
  return w.toString();
}

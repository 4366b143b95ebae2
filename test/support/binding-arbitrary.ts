/**
 * fast-check arbitraries derived from binding specs ({@link TypeSpec}): model objects of the exact shape
 * `bindDocument` produces (attributes, `value` for simple content, required members always present,
 * optional members present or absent, repeated members as arrays, one alternative of a choice), with
 * recursion cut off at a depth. Values whose XSD simple type is narrower than a string come from
 * `overrides`, so that the built XML is XSD-valid.
 *
 * @module
 */
import fc from 'fast-check';
import type { TypeSpec } from '../../src/core/binding/index.js';

/** Characters safe in XML 1.0 and in String.Latin, including the ones the writer must escape. */
const SAFE_CHARS = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...' .,;:-_/()&<>"\'§äöüÄÖÜß€',
];

/** A string of {@link SAFE_CHARS}, 0 to `maxLength` characters. */
export function safeText(maxLength = 12): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...SAFE_CHARS), maxLength });
}

/** Options of {@link arbitraryFor}. */
export interface BindingArbitraryOptions {
  /** Nesting depth of complex types after which optional members are left out, arrays are minimal and choices take their first alternative. Default 4. */
  readonly maxDepth?: number;
  /** Maximal length of repeated members. Default 2. */
  readonly maxArray?: number;
  /** An arbitrary for a whole type (for example a code type), or undefined to derive it. */
  readonly type?: (type: TypeSpec) => fc.Arbitrary<unknown> | undefined;
  /** An arbitrary for a simple element or attribute `name` of `owner`, or undefined for {@link safeText}. */
  readonly text?: (owner: TypeSpec, name: string) => fc.Arbitrary<string> | undefined;
}

/**
 * The arbitrary of a type's model.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(arbitraryFor(Stammdatenschema0102.type, { text: xsdTexts }), (model) => { ... }));
 * ```
 */
export function arbitraryFor(
  type: TypeSpec,
  options: BindingArbitraryOptions = {},
): fc.Arbitrary<Record<string, unknown>> {
  const maxDepth = options.maxDepth ?? 4;
  const maxArray = options.maxArray ?? 2;
  const textOf = (owner: TypeSpec, name: string) => options.text?.(owner, name) ?? safeText();

  const derive = (t: TypeSpec, depth: number): fc.Arbitrary<Record<string, unknown>> => {
    const override = options.type?.(t);
    if (override !== undefined) return override as fc.Arbitrary<Record<string, unknown>>;
    const deep = depth >= maxDepth;
    const required: Record<string, fc.Arbitrary<unknown>> = {};
    const optional: Record<string, fc.Arbitrary<unknown>> = {};
    for (const a of t.attributes) {
      if (a.required) required[a.name] = textOf(t, a.name);
      else if (!deep) optional[a.name] = textOf(t, a.name);
    }
    if (t.simpleContent) required.value = textOf(t, 'value');
    const elements = t.elements();
    const member = (e: (typeof elements)[number]): fc.Arbitrary<unknown> =>
      e.type === 'text'
        ? textOf(t, e.name)
        : fc.constant(null).chain(() => derive(e.type as TypeSpec, depth + 1));
    if (t.choice) {
      const alternatives = deep ? elements.slice(0, 1) : elements;
      return fc
        .oneof(...alternatives.map((e) => fc.record({ ...required, [e.name]: member(e) })))
        .chain((choice) =>
          fc
            .record(optional, { requiredKeys: [] })
            .map((o) => ({ ...o, ...choice }) as Record<string, unknown>),
        );
    }
    for (const e of elements) {
      if (e.max !== 1) {
        const min = e.min;
        required[e.name] = fc.array(member(e), {
          minLength: min,
          maxLength: deep ? min : Math.max(min, maxArray),
        });
      } else if (e.min === 1) required[e.name] = member(e);
      else if (!deep) optional[e.name] = member(e);
    }
    return fc
      .tuple(fc.record(required), fc.record(optional, { requiredKeys: [] }))
      .map(([r, o]) => ({ ...r, ...o }) as Record<string, unknown>);
  };
  return derive(type, 0);
}

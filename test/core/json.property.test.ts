/**
 * The shared JSON helpers (`core/json.ts`) against their definitions: `canonical` is JSON.stringify with object
 * keys sorted, and `jsonEqual` agrees with comparing canonical texts, on arbitrary JSON-like values
 * (with undefined members, NaN and reordered keys mixed in).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson as canonical, jsonEqual } from '../../src/core/json.js';

/** The definition: JSON.stringify with a replacer that rebuilds every object with sorted keys. */
function reference(value: unknown): string | undefined {
  return JSON.stringify(value, (_k, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v;
    const sorted: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k];
    return sorted;
  });
}

const leaf = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);
const { value } = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(fc.string({ maxLength: 3 }), tie('value'), { maxKeys: 4 }),
}));

/** The same value with every object's keys in reverse insertion order. */
function reordered(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(reordered);
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v).reverse()) out[k] = reordered((v as Record<string, unknown>)[k]);
  return out;
}

describe('diff JSON helpers', () => {
  it('canonical equals JSON.stringify with sorted keys', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(canonical(v)).toBe(reference(v) ?? 'undefined');
      }),
    );
  });

  it('jsonEqual agrees with comparing canonical texts', () => {
    fc.assert(
      fc.property(value, value, fc.boolean(), (a, b, same) => {
        const other = same ? reordered(a) : b;
        const expected = reference(a) === reference(other);
        expect(jsonEqual(a, other)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });

  it('a value equals its reordered self, and undefined equals only undefined', () => {
    fc.assert(
      fc.property(value, (v) => {
        if (v === undefined) return;
        expect(jsonEqual(v, reordered(v))).toBe(true);
        expect(jsonEqual(v, undefined)).toBe(false);
      }),
    );
    expect(jsonEqual(undefined, undefined)).toBe(true);
  });
});

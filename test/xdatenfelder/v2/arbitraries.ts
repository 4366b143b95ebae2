/**
 * fast-check arbitraries for XDatenfelder 2.0 models, driven by the binding specs (so they follow the
 * XSD's element lists and cardinalities) with XSD-valid leaf values per element name: String.Latin
 * texts, `\d+\.\d+` versions, `\d+:(\*|\d+)` counts, xs:date/xs:dateTime, known codes with their fixed
 * listURI/listVersionID, praezisierung JSON. (No generic binding arbitrary existed in test/support.)
 */
import fc from 'fast-check';
import type { TypeSpec } from '../../../src/core/binding/index.js';
import {
  type Praezisierung,
  stringifyPraezisierung,
  type Xdf2Document,
  xdf2CodeLists,
  xdf2Messages,
} from '../../../src/xdatenfelder/v2/index.js';

type Obj = Record<string, unknown>;

/** Characters of String.Latin 1.1 with the awkward ones for XML (`<`, `&`, quotes) and whitespace. */
const LATIN_CHARS = [...'abcXYZ019 äöüßÄÖÜéłŠ€<>&"\'\t\n.,;:-_/()[]{}?!*+=%'];
export const latinText = fc.string({ unit: fc.constantFrom(...LATIN_CHARS), maxLength: 12 });
const token = fc.stringMatching(/^[A-Za-z0-9:._-]{1,16}$/);
const date = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateTime = fc
  .date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());

/** Typed praezisierung constraints (what `parsePraezisierung` returns for FIM-style JSON). */
export const praezisierungArb: fc.Arbitrary<Praezisierung> = fc.record(
  {
    minLength: fc.nat({ max: 10_000 }),
    maxLength: fc.nat({ max: 10_000 }),
    minValue: fc.oneof(fc.integer().map(String), fc.stringMatching(/^-?\d{1,6}\.\d{1,4}$/)),
    maxValue: fc.oneof(fc.integer().map(String), fc.stringMatching(/^-?\d{1,6}\.\d{1,4}$/)),
    pattern: fc.string({ unit: fc.constantFrom(...'[]()\\d{}.*+?|^$aZ09-'), maxLength: 20 }),
    extra: fc.dictionary(
      fc.string({ minLength: 1, maxLength: 8 }).filter((k) => !/^(min|max)(Length|Value)$|^pattern$/.test(k)),
      fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null)),
      { minKeys: 1, maxKeys: 2 },
    ),
  },
  { requiredKeys: [] },
);

/** Drops unknown keys and orders minimum and maximum, so the constraints raise no warning. */
function consistent(p: Praezisierung): Praezisierung {
  const { extra: _, ...rest } = p;
  const out: { -readonly [K in keyof Praezisierung]: Praezisierung[K] } = rest;
  if (out.minLength !== undefined && out.maxLength !== undefined && out.minLength > out.maxLength) {
    [out.minLength, out.maxLength] = [out.maxLength, out.minLength];
  }
  if (
    out.minValue !== undefined &&
    out.maxValue !== undefined &&
    Number(out.minValue) > Number(out.maxValue)
  ) {
    [out.minValue, out.maxValue] = [out.maxValue, out.minValue];
  }
  return out;
}

const leaves: Record<string, fc.Arbitrary<string>> = {
  id: fc.stringMatching(/^[A-Z]\d{8}$/),
  version: fc.tuple(fc.nat(99), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
  nachrichtID: token,
  referenzID: token,
  erstellungszeitpunkt: dateTime,
  canonicalIdentification: token,
  canonicalVersionUri: token,
  anzahl: fc
    .tuple(fc.nat(9), fc.option(fc.nat(99), { nil: undefined }))
    .map(([min, max]) => `${min}:${max === undefined ? '*' : min + max}`),
  isReferenz: fc.constantFrom('true', 'false', '1', '0'),
  // xs:string, not String.Latin: no warning for characters such as '≤'.
  dokumentart: fc.string({ unit: fc.constantFrom(...LATIN_CHARS, '≤', '😀', '„'), maxLength: 10 }),
  script: fc.constantFrom('', 'if (a < b && c) { fail("≤"); }', 'return true;'),
  praezisierung: praezisierungArb.map((p) => stringifyPraezisierung(consistent(p))),
};
for (const k of ['gueltigAb', 'gueltigBis', 'freigabedatum', 'veroeffentlichungsdatum']) leaves[k] = date;
for (const k of ['AbNach', 'AbVor', 'BisNach', 'BisVor']) leaves[`gueltig${k}`] = date;
for (const k of ['freigabedatum', 'veroeffentlichungsdatum']) {
  leaves[`${k}Nach`] = date;
  leaves[`${k}Vor`] = date;
}

/** A model object of `type`, nested at most `depth` further levels of groups. */
export function modelOf(type: TypeSpec, depth = 2): fc.Arbitrary<Obj> {
  const codes = xdf2CodeLists[type.name];
  if (codes !== undefined) {
    return fc.record(
      {
        code: fc.constantFrom(...Object.keys(codes.codes)),
        listURI: fc.constant(codes.canonicalUri),
        listVersionID: fc.constant(codes.version),
      },
      { requiredKeys: ['code'] },
    );
  }
  const elements = type.elements();
  if (type.choice) {
    const options = elements.filter((e) => depth > 0 || e.name !== 'datenfeldgruppe');
    return fc.oneof(
      ...options.map((e) => modelOf(e.type as TypeSpec, depth - 1).map((v) => ({ [e.name]: v }))),
    );
  }
  const shape: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const e of elements) {
    const item: fc.Arbitrary<unknown> =
      e.type === 'text' ? (leaves[e.name] ?? latinText) : modelOf(e.type, depth);
    if (e.max === 1) {
      shape[e.name] = item;
      if (e.min === 1) required.push(e.name);
    } else {
      const nested = e.name === 'struktur' && depth <= 0;
      shape[e.name] = fc.array(item, { minLength: e.min, maxLength: nested ? 0 : 2 });
      required.push(e.name);
    }
  }
  return fc.record(shape, { requiredKeys: required }) as fc.Arbitrary<Obj>;
}

/** Any XDF 2.0 document (all five messages), group nesting up to `depth`. */
export function documentOf(depth = 2): fc.Arbitrary<Xdf2Document> {
  return fc.oneof(
    ...xdf2Messages.map((m) =>
      modelOf(m.type, depth).map((model) => ({ message: m.root, model }) as unknown as Xdf2Document),
    ),
  );
}

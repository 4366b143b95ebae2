/**
 * Property tests: arbitrary valid models survive build -> parse unchanged, without diagnostics, and
 * their XML is valid against the XDF 2.0 XSD; praezisierung constraints survive JSON and back.
 */
import { fc, test } from '@fast-check/vitest';
import { afterAll, describe, expect } from 'vitest';
import { createXsdValidator } from '../../../src/core/xsd/index.js';
import {
  build,
  documentSchema,
  parse,
  parsePraezisierung,
  stringifyPraezisierung,
} from '../../../src/xdatenfelder/v2/index.js';
import { describeShared, sharedXsdDir } from '../../support/shared.js';
import { documentOf, praezisierungArb } from './arbitraries.js';

describe('xdatenfelder v2 properties', () => {
  test.prop([documentOf(2), fc.constantFrom(undefined, '  ', '\t')], { numRuns: 150 })(
    'build -> parse is the identity on valid models',
    (doc, indent) => {
      const xml = build(doc, indent === undefined ? {} : { indent });
      const r = parse(xml);
      expect(r.diagnostics).toEqual([]);
      expect(r.value).toEqual(doc);
    },
  );

  test.prop([documentOf(1)], { numRuns: 100 })('the zod schema accepts every valid model', (doc) => {
    expect(documentSchema.safeParse(doc).success).toBe(true);
  });

  test.prop([praezisierungArb], { numRuns: 300 })('praezisierung -> JSON -> parse round-trips', (p) => {
    const r = parsePraezisierung(stringifyPraezisierung(p));
    expect(r.value).toEqual(p);
    const unknownKeys = Object.keys(p.extra ?? {}).length;
    expect(r.diagnostics.filter((d) => d.code !== 'xdf2/praezisierung-range')).toHaveLength(unknownKeys);
  });
});

describeShared('xdatenfelder v2 properties (XSD)', () => {
  const validator = createXsdValidator({ xsdDir: sharedXsdDir });
  afterAll(() => validator.dispose());
  test.prop([documentOf(2)], { numRuns: 40 })('built XML is valid against the XDF 2.0 XSD', (doc) => {
    const errors = validator.validate(build(doc), { standard: 'xdatenfelder', version: '2.0' });
    expect(errors).toEqual([]);
  });
});

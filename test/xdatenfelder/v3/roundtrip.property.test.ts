/** Property tests: arbitrary valid models survive build then parse unchanged, and build XSD-valid XML. */

import { it } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { createXsdValidator, type XsdValidator } from '../../../src/core/xsd/index.js';
import { build, documentSchema, parse, xdf3Messages } from '../../../src/xdatenfelder/v3/index.js';
import { describeShared, sharedXsdDir } from '../../support/shared.js';
import { documentArbitrary } from './arbitraries.js';

const messages = Object.keys(xdf3Messages) as (keyof typeof xdf3Messages)[];

describe('xdatenfelder 3.0.0 build/parse round trip', () => {
  for (const message of messages) {
    it.prop([documentArbitrary(message)], { numRuns: 60 })(`${message}`, (doc) => {
      const xml = build(doc, { indent: '  ' });
      const again = parse(xml);
      expect(again.diagnostics).toEqual([]);
      expect(again.value).toEqual(doc);
      expect(parse(build(doc)).value).toEqual(doc);
      expect(documentSchema.safeParse(doc).success).toBe(true);
    });
  }
});

describeShared('xdatenfelder 3.0.0 built XML is XSD-valid', () => {
  let validator: XsdValidator;
  beforeAll(() => {
    validator = createXsdValidator({ xsdDir: sharedXsdDir });
  });
  afterAll(() => validator.dispose());

  for (const message of messages) {
    it.prop([documentArbitrary(message, 3)], { numRuns: 30 })(`${message}`, (doc) => {
      expect(validator.validate(build(doc), { standard: 'xdatenfelder', version: '3.0.0' })).toEqual([]);
    });
  }
});

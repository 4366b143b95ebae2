/** Property tests: arbitrary models survive build then parse unchanged, and build XSD-valid XML. */
import { it } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import {
  build,
  createXprozessXsdValidator,
  parse,
  type XprozessMessageName,
  type XprozessXsdValidator,
  xprozessMessages,
} from '../../src/xprozess/v2/index.js';
import { describeShared } from '../support/shared.js';
import { documentArbitrary } from './arbitraries.js';
import { lenientXsd } from './support.js';

const messages = Object.keys(xprozessMessages) as XprozessMessageName[];

describe('XProzess 2.0 build/parse round trip', () => {
  for (const message of messages) {
    it.prop([documentArbitrary(message)], { numRuns: 15 })(message, (doc) => {
      const again = parse(build(doc, { indent: '  ' }));
      expect(again.diagnostics).toEqual([]);
      expect(again.value).toEqual(doc);
      expect(parse(build(doc)).value).toEqual(doc);
    });
  }
});

describeShared('XProzess 2.0 built XML is valid against the lenient reconstructed XSD', () => {
  let validator: XprozessXsdValidator;
  beforeAll(() => {
    validator = createXprozessXsdValidator(lenientXsd);
  });
  afterAll(() => validator.dispose());
  for (const message of messages) {
    it.prop([documentArbitrary(message)], { numRuns: 6 })(message, (doc) => {
      expect(validator.validate(build(doc))).toEqual([]);
    });
  }
});

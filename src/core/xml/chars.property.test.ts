/** findInvalidChar against the XML 1.0 `Char` production written as one regular expression. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { findInvalidChar } from './chars.js';

// The production as a single expression (lookbehind and lookahead for unpaired surrogates): the
// reference the fast candidate search must agree with.
const REFERENCE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML forbids
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function reference(s: string, from: number): number {
  REFERENCE.lastIndex = from;
  return REFERENCE.exec(s)?.index ?? -1;
}

const unit = fc.constantFrom(
  'a',
  'ä',
  '\t',
  '\n',
  '\u0000',
  '\u001f',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\ufffe',
  '\uffff',
  '\ufffd',
);

describe('findInvalidChar', () => {
  it('finds controls and unpaired surrogates, not pairs', () => {
    expect(findInvalidChar('a\u0000b', 0)).toBe(1);
    expect(findInvalidChar('x\u{1F600}y', 0)).toBe(-1);
    expect(findInvalidChar('x\ud800y', 0)).toBe(1);
    expect(findInvalidChar('x\udc00y', 0)).toBe(1);
    expect(findInvalidChar('\ud800\udc00', 1)).toBe(-1);
  });

  test.prop([fc.array(unit, { maxLength: 12 }).map((a) => a.join('')), fc.nat(12)])(
    'agrees with the single-expression production at every start',
    (s, from) => {
      expect(findInvalidChar(s, Math.min(from, s.length))).toBe(reference(s, Math.min(from, s.length)));
    },
  );
});

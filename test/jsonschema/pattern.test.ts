import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { translateXsdPattern } from '../../src/jsonschema/index.js';

function regex(pattern: string): RegExp {
  const { source } = translateXsdPattern(pattern);
  expect(source).toBeDefined();
  return new RegExp(source!, 'u');
}

const codes = (pattern: string) => translateXsdPattern(pattern).problems.map((p) => p.code);

describe('translateXsdPattern', () => {
  it('anchors the pattern: XSD matches the whole value', () => {
    const plz = regex('([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}');
    expect(plz.test('01234')).toBe(true);
    expect(plz.test('99999')).toBe(true);
    expect(plz.test('00123')).toBe(false); // 0 must be followed by 1-9
    expect(plz.test('1234')).toBe(false);
    expect(plz.test('x01234')).toBe(false);
    expect(plz.test('012345')).toBe(false);
  });

  it('reads a trailing $ and a leading ^ as anchors, with a note', () => {
    const p = '[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{1,63}$';
    const email = regex(p);
    expect(email.test('a.b@example.de')).toBe(true);
    expect(email.test('a.b@example.de$')).toBe(false);
    expect(codes(p)).toEqual(['pattern-anchor']);
    expect(regex('^ab').test('ab')).toBe(true);
  });

  it('keeps ^ and $ inside a pattern as the literal characters XSD makes them', () => {
    const r = regex('a$b^c');
    expect(r.test('a$b^c')).toBe(true);
    expect(r.test('abc')).toBe(false);
  });

  it('uses the XSD meaning of ., \\d, \\s and \\w', () => {
    expect(regex('.').test('\n')).toBe(false);
    expect(regex('.').test('\u2028')).toBe(true); // XSD excludes only \n and \r
    expect(regex('\\d').test('\u0663')).toBe(true); // ARABIC-INDIC DIGIT THREE is Nd
    expect(regex('\\s').test('\u00a0')).toBe(false); // XSD \s is space, tab, CR, LF only
    expect(regex('\\s').test('\t')).toBe(true);
    expect(regex('\\w').test('ä')).toBe(true);
    expect(regex('\\w').test('-')).toBe(false); // punctuation
    expect(regex('[\\d\\s]+').test('1 2')).toBe(true);
  });

  it('supports category escapes and hyphens at the edges of a class', () => {
    expect(regex('\\p{Lu}+').test('ÄB')).toBe(true);
    expect(regex('\\p{Lu}+').test('äb')).toBe(false);
    expect(regex('[a-]+').test('a-a')).toBe(true);
    expect(regex('[-a]+').test('-')).toBe(true);
    expect(regex('[\\-x]').test('-')).toBe(true);
  });

  it.each([
    ['\\i\\c*', 'XML name escapes'],
    ['[a-z-[aeiou]]+', 'class subtraction'],
    ['\\p{IsBasicLatin}+', 'block escape'],
    ['(?:ab)+', 'non-XSD group'],
    ['a**', 'double quantifier'],
    ['\\bword', 'non-XSD escape'],
    ['[abc', 'unterminated class'],
    ['a{2,1}', 'max < min'],
    ['(ab', 'unbalanced group'],
    ['a]', 'lone bracket'],
  ])('marks %s as not translatable (%s)', (pattern) => {
    const t = translateXsdPattern(pattern);
    expect(t.source).toBeUndefined();
    expect(t.problems.map((p) => p.code)).toContain('pattern-untranslatable');
  });

  it('flags nested unbounded quantifiers without rejecting the pattern', () => {
    const t = translateXsdPattern('(a+)+b');
    expect(t.source).toBe('^(?:(a+)+b)$');
    expect(t.problems.map((p) => p.code)).toEqual(['pattern-backtracking']);
    expect(codes('(ab)+c')).toEqual([]);
    expect(codes('(a{2})*')).toEqual([]);
    expect(codes('((a)*)+')).toEqual(['pattern-backtracking']);
  });

  // A literal string, with XSD metacharacters escaped, matches itself and nothing longer or shorter.
  const literalChar = fc.constantFrom(...'abcXYZ019 äß.-+*?()[]{}|\\^$/');
  const meta = new Set([...'.\\?*+{}()[]|-^$']);
  test.prop([fc.string({ unit: literalChar, minLength: 1, maxLength: 12 })])(
    'literal patterns match exactly themselves',
    (s) => {
      const xsd = [...s].map((c) => (meta.has(c) ? `\\${c}` : c)).join('');
      // '^' and '$' are escaped here, so no anchor note applies
      const r = regex(xsd);
      expect(r.test(s)).toBe(true);
      expect(r.test(`${s}a`)).toBe(false);
      expect(r.test(s.slice(1))).toBe(false);
    },
  );
});

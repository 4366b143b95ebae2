/** praezisierung parsing, the String.Latin check, code lists, and the pinned public export list. */
import { describe, expect, it } from 'vitest';
import * as v2 from '../../../src/xdatenfelder/v2/index.js';
import {
  checkStringLatin,
  parsePraezisierung,
  stringifyPraezisierung,
} from '../../../src/xdatenfelder/v2/index.js';

describe('parsePraezisierung', () => {
  it.each([
    ['', {}],
    ['{"minLength":"1","maxLength":"55"}', { minLength: 1, maxLength: 55 }],
    ['{"minLength":1,"maxLength":55}', { minLength: 1, maxLength: 55 }],
    ['{"minValue":"1850","maxValue":"2025"}', { minValue: '1850', maxValue: '2025' }],
    ['{"minValue":1.5}', { minValue: '1.5' }],
    [
      '{"minLength":"5","pattern":"([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}","maxLength":"5"}',
      { minLength: 5, maxLength: 5, pattern: '([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}' },
    ],
  ])('%s', (raw, expected) => {
    const r = parsePraezisierung(raw);
    expect(r.value).toEqual(expected);
    expect(r.diagnostics).toEqual([]);
  });

  it.each([
    ['1..31', 'xdf2/praezisierung-invalid-json', undefined],
    ['5', 'xdf2/praezisierung-not-object', undefined],
    ['{"minLength":"eins"}', 'xdf2/praezisierung-invalid-value', {}],
    ['{"minLength":"3","maxLength":"2"}', 'xdf2/praezisierung-range', { minLength: 3, maxLength: 2 }],
    ['{"step":"2"}', 'xdf2/praezisierung-unknown-key', { extra: { step: '2' } }],
  ])('%s', (raw, code, value) => {
    const r = parsePraezisierung(raw);
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', code]]);
    expect(r.value).toEqual(value);
  });

  it('writes the FIM editor style', () => {
    expect(stringifyPraezisierung({ minLength: 1, maxLength: 55 })).toBe(
      '{"minLength":"1","maxLength":"55"}',
    );
    expect(stringifyPraezisierung({})).toBe('');
  });
});

describe('checkStringLatin', () => {
  it.each(['', 'Straße 1', 'Łódź €', 'M\u0302 n\u0302 J\u030c', 'Tab\tNL\n'])('accepts %j', (s) => {
    expect(checkStringLatin(s)).toBeUndefined();
  });
  it.each([
    ['a ≤ b', '≤', 2, 1],
    ['„DR.“, „Dr.“', '„', 0, 4],
    ['x\u0302', '\u0302', 1, 1],
    ['😀 ok', '😀', 0, 1],
    ['a\u00ad', '\u00ad', 1, 1],
  ])('rejects %j', (s, char, offset, count) => {
    expect(checkStringLatin(s)).toEqual({ char, offset, count });
  });
});

describe('codes', () => {
  it('labels and URIs come from the XSD', () => {
    expect(v2.ableitungsmodifikationenStrukturCodes.codes['0']).toBe('nicht modifizierbar');
    expect(v2.statusCodes.canonicalUri).toBe('urn:xoev-de:fim:codeliste:xdatenfelder.status');
    expect(v2.isKnownCode(v2.datentypCodes, 'text_latin')).toBe(false);
    expect(v2.isKnownCode(v2.datentypCodes, 'num_currency')).toBe(true);
  });
});

it('pins the public value exports of xdatenfelder/v2', () => {
  expect(Object.keys(v2).sort()).toEqual([
    'XDF2_NAMESPACE',
    'ableitungsmodifikationenRepraesentationCodes',
    'ableitungsmodifikationenStrukturCodes',
    'build',
    'checkStringLatin',
    'datentypCodes',
    'documentSchema',
    'elementTypCodes',
    'feldartCodes',
    'isKnownCode',
    'parse',
    'parsePraezisierung',
    'schemaelementartCodes',
    'statusCodes',
    'stringifyPraezisierung',
    'suchfeldCodes',
    'xdf2CodeLists',
    'xdf2Messages',
    'xdf2Vocabulary',
  ]);
});

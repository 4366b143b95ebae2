/** Leistungsschlüssel and Typisierung: parsing, diagnostics, and the parse/format round trip. */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  formatLeistungsschluessel,
  isLeistungsschluessel,
  parseLeistungsschluessel,
  parseTypisierung,
  splitTypisierung,
  TYPISIERUNG,
} from '../../src/leika/index.js';

const codes = (input: string) => parseLeistungsschluessel(input).diagnostics.map((d) => d.code);

describe('parseLeistungsschluessel', () => {
  it('splits the spec example 99006028261000 into its blocks', () => {
    const k = parseLeistungsschluessel('99006028261000').value;
    expect(k).toEqual({
      schluessel: '99006028261000',
      praefix: '99',
      leistungsgruppierung: '006',
      leistungsobjekt: '028',
      verrichtung: '261',
      verrichtungsdetail: '000',
      leistungsobjektSchluessel: '99006028000000',
      leistungsobjektMitVerrichtungSchluessel: '99006028261000',
      typ: 'lov',
      urn: 'urn:de:fim:leika:leistung:99006028261000',
    });
  });

  it('derives the type from Verrichtung and Verrichtungsdetail', () => {
    expect(parseLeistungsschluessel('99006028000000').value?.typ).toBe('lo');
    expect(parseLeistungsschluessel('99102005261001').value?.typ).toBe('lovd');
    expect(parseLeistungsschluessel('99102005261001').value?.leistungsobjektMitVerrichtungSchluessel).toBe(
      '99102005261000',
    );
  });

  it('accepts the URN form and surrounding whitespace', () => {
    expect(parseLeistungsschluessel('  urn:de:fim:leika:leistung:99006028261000 ').value?.schluessel).toBe(
      '99006028261000',
    );
  });

  it('reports malformed keys with code and column', () => {
    expect(codes('')).toEqual(['leika/key-empty']);
    const letter = parseLeistungsschluessel('990060282X1000');
    expect(letter.value).toBeUndefined();
    expect(letter.diagnostics[0]).toMatchObject({
      code: 'leika/key-not-digits',
      column: 10,
      severity: 'error',
    });
    const urnLetter = parseLeistungsschluessel('urn:de:fim:leika:leistung:9900602826100X');
    // 26 characters of prefix, then the 14th digit position
    expect(urnLetter.diagnostics[0]).toMatchObject({ code: 'leika/key-not-digits', column: 40 });
    expect(codes('9900602826100')).toEqual(['leika/key-length']);
    expect(codes('990060282610000')).toEqual(['leika/key-length']);
    expect(codes('99006-028-261-000')).toEqual(['leika/key-not-digits']);
  });

  it('keeps unusual but well-formed keys with warnings or infos', () => {
    const regional = parseLeistungsschluessel('12006028261000');
    expect(regional.value?.praefix).toBe('12');
    expect(regional.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ['leika/key-not-federal', 'info'],
    ]);
    expect(codes('99000028261000')).toEqual(['leika/key-gruppierung-range']);
    expect(codes('99604028261000')).toEqual(['leika/key-gruppierung-range']);
    expect(codes('99006028280000')).toEqual(['leika/key-verrichtung-range']);
    expect(codes('99006028000001')).toEqual(['leika/key-detail-without-verrichtung']);
    expect(codes('99603028279000')).toEqual([]);
  });

  it('places diagnostics at a given line and column', () => {
    const d = parseLeistungsschluessel('99x', { line: 7, column: 5 }).diagnostics[0];
    expect(d).toMatchObject({ line: 7, column: 7 });
  });
});

describe('formatLeistungsschluessel', () => {
  it('zero-pads numbers and defaults prefix, Verrichtung and detail', () => {
    expect(
      formatLeistungsschluessel({ leistungsgruppierung: 6, leistungsobjekt: 28, verrichtung: 261 }),
    ).toBe('99006028261000');
    expect(formatLeistungsschluessel({ praefix: '12', leistungsgruppierung: '1', leistungsobjekt: 2 })).toBe(
      '12001002000000',
    );
  });

  it('throws a RangeError for blocks that do not fit', () => {
    expect(() => formatLeistungsschluessel({ leistungsgruppierung: 1000, leistungsobjekt: 1 })).toThrow(
      RangeError,
    );
    expect(() => formatLeistungsschluessel({ leistungsgruppierung: -1, leistungsobjekt: 1 })).toThrow(
      RangeError,
    );
    expect(() => formatLeistungsschluessel({ leistungsgruppierung: 'a', leistungsobjekt: 1 })).toThrow(
      RangeError,
    );
  });

  const block = fc.integer({ min: 0, max: 999 });
  test.prop([fc.integer({ min: 0, max: 99 }), block, block, block, block])(
    'parse(format(blocks)) gives the blocks back',
    (praefix, g, o, v, d) => {
      const key = formatLeistungsschluessel({
        praefix,
        leistungsgruppierung: g,
        leistungsobjekt: o,
        verrichtung: v,
        verrichtungsdetail: d,
      });
      expect(isLeistungsschluessel(key)).toBe(true);
      const k = parseLeistungsschluessel(key).value;
      expect(k).toBeDefined();
      expect(
        [k?.praefix, k?.leistungsgruppierung, k?.leistungsobjekt, k?.verrichtung, k?.verrichtungsdetail].map(
          Number,
        ),
      ).toEqual([praefix, g, o, v, d]);
    },
  );

  test.prop([fc.stringMatching(/^[0-9]{14}$/)])('format(parse(key)) gives the key back', (key) => {
    const k = parseLeistungsschluessel(key).value;
    expect(k).toBeDefined();
    if (k !== undefined) expect(formatLeistungsschluessel(k)).toBe(key);
  });
});

describe('Typisierung', () => {
  it('labels single and combined values', () => {
    const single = parseTypisierung('2a');
    expect(single.diagnostics).toEqual([]);
    expect(single.value?.teile).toEqual([{ code: '2a', known: true, label: TYPISIERUNG.codes['2a'] }]);
    const combined = parseTypisierung('1;2/3');
    expect(combined.value?.teile.map((t) => t.code)).toEqual(['1', '2/3']);
    expect(combined.value?.label).toBe(`${TYPISIERUNG.codes['1']} / ${TYPISIERUNG.codes['2/3']}`);
  });

  it('keeps unknown codes with a warning and known codes without a label quietly', () => {
    const r = parseTypisierung('4c;8', { line: 3, column: 9 });
    expect(r.value?.teile).toEqual([
      { code: '4c', known: false },
      { code: '8', known: true },
    ]);
    expect(r.value?.label).toBe('Typ 4c / Typ 8');
    expect(r.diagnostics).toMatchObject([{ code: 'leika/typisierung-unknown', line: 3, column: 9 }]);
  });

  it('splits on ; and drops blanks', () => {
    expect(splitTypisierung(' 1 ;; 2/3b ')).toEqual(['1', '2/3b']);
    expect(splitTypisierung('')).toEqual([]);
  });

  it('lists every code of spec/xzufi.md §7', () => {
    expect(Object.keys(TYPISIERUNG.codes).sort()).toEqual(
      [
        '1',
        '2',
        '2a',
        '2b',
        '3',
        '3a',
        '3b',
        '2/3',
        '2/3a',
        '2/3b',
        '4',
        '4a',
        '4b',
        '5',
        '6',
        '7',
        '8',
        '9',
        '10',
        '11',
        '12',
      ].sort(),
    );
    expect(TYPISIERUNG.canonicalUri).toBe('urn:de:fim:leika:typisierung');
  });
});

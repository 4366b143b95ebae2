/** The LeiKa catalogue CSV: both encodings, columns, multi-values, dates, diagnostics. */
import { describe, expect, it } from 'vitest';
import {
  catalogueToCsv,
  decodeCsv,
  encodeCsv,
  formatLeikaDate,
  parseCatalogueCsv,
  parseCatalogueJson,
  parseLeikaDate,
} from '../../src/leika/index.js';
import { fixtureBytes } from './support.js';

describe('the fixture catalogue', () => {
  const utf8 = parseCatalogueCsv(fixtureBytes('catalogue-2024.utf8.csv'));
  const latin1 = parseCatalogueCsv(fixtureBytes('catalogue-2024.latin1.csv'));

  it('reads both encodings without diagnostics and detects them', () => {
    expect(utf8.diagnostics).toEqual([]);
    expect(latin1.diagnostics).toEqual([]);
    expect(utf8.encoding).toBe('utf-8');
    expect(latin1.encoding).toBe('iso-8859-1');
  });

  it('gives the same catalogue from UTF-8/LF and ISO-8859-1/CRLF', () => {
    expect(latin1.value).toEqual(utf8.value);
    expect(utf8.value?.eintraege).toHaveLength(9);
  });

  it('types one entry: texts, Typisierung, pipe-separated values and the date', () => {
    const e = utf8.value?.eintraege.find((x) => x.schluessel === '99077003012001');
    expect(e).toEqual({
      schluessel: '99077003012001',
      leistungsgruppierung: 'Straßenverkehr',
      leistungskennung: 'Sondernutzungserlaubnis Straße',
      verrichtung: 'Erteilung',
      verrichtungsdetail: 'Gewerbe',
      bezeichnung: 'Sondernutzungserlaubnis Straße Erteilung für Gewerbetreibende',
      bezeichnung2: 'Sondernutzung für Gewerbe beantragen',
      typ: ['4b'],
      synonyme: ['Außengastronomie', 'Warenauslage'],
      besondereMerkmale: ['gewerblich'],
      veroeffentlichungsdatum: '2024-02-07T08:00',
      weitereSpalten: {},
    });
    expect(e === undefined ? undefined : utf8.lines.get(e)).toBe(5);
  });

  it('reads quoted fields: a combined Typisierung and doubled quotes', () => {
    const byKey = new Map(utf8.value?.eintraege.map((x) => [x.schluessel, x]));
    expect(byKey.get('99123456001000')?.typ).toEqual(['1', '2/3']);
    expect(byKey.get('99123456001000')?.besondereMerkmale).toEqual([
      'Bundesrecht',
      'Vollzug durch Bund, Land oder Kommune',
    ]);
    expect(byKey.get('99160011003000')?.bezeichnung2).toBe('Glückwunsch zum "Ehejubiläum" erhalten');
    expect(byKey.get('99001001001000')?.verrichtungsdetail).toBeUndefined();
    expect(byKey.get('99001001001000')?.besondereMerkmale).toEqual([]);
  });

  it('writes back the same text it read (UTF-8 file)', () => {
    // the writer uses LEIKA_SPALTEN order; compare after re-reading and re-writing once
    const text = catalogueToCsv(utf8.value ?? { eintraege: [], weitereSpalten: [] });
    expect(parseCatalogueCsv(text).value).toEqual(utf8.value);
    expect(text.split('\n')[0]).toBe(
      'Schluessel;Bezeichnung;Bezeichnung2;Typ;Leistungsgruppierung;Leistungskennung;Verrichtung;Verrichtungsdetail;Besondere Merkmale;Synonyme;Veröffentlichungsdatum',
    );
    expect(text).toContain(';"1;2/3";');
  });

  it('encodes back to the ISO-8859-1 bytes of the fixture', () => {
    const text = catalogueToCsv(latin1.value ?? { eintraege: [], weitereSpalten: [] }, { lineEnd: '\r\n' });
    const { bytes, diagnostics } = encodeCsv(text, 'iso-8859-1');
    expect(diagnostics).toEqual([]);
    expect(decodeCsv(bytes).encoding).toBe('iso-8859-1');
    expect(parseCatalogueCsv(bytes).value).toEqual(latin1.value);
  });
});

describe('CSV problems and options', () => {
  const header = 'Schluessel;Bezeichnung;Typ;Veröffentlichungsdatum';

  it('reports each problem with its line and column, in one pass', () => {
    const csv = [
      header,
      '99001001001000;A;1;01.01.2024 10:00',
      '9900100100100X;B;2;01.01.2024 10:00',
      '99001001001000;C;4c;31.02.2024 10:00',
      '99001001002000;D',
    ].join('\n');
    const r = parseCatalogueCsv(csv);
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['leika/key-not-digits', 3, 14],
      ['leika/csv-duplicate-key', 4, 1],
      ['leika/typisierung-unknown', 4, 18],
      ['leika/csv-date', 4, 21],
      ['leika/csv-field-count', 5, 1],
    ]);
    // nothing is dropped: the bad key and the duplicate are kept
    expect(r.value?.eintraege.map((e) => e.schluessel)).toEqual([
      '99001001001000',
      '9900100100100X',
      '99001001001000',
      '99001001002000',
    ]);
    expect(r.value?.eintraege[2]?.veroeffentlichungsdatum).toBeUndefined();
  });

  it('keeps counting lines and columns after a quoted field with a line break', () => {
    const r = parseCatalogueCsv(
      'Schluessel;Bezeichnung;Typ\r\n99001001001000;"A\r\nB ""x""";4c\r\n99x;C;1\r\n',
    );
    expect(r.value?.eintraege[0]?.bezeichnung).toBe('A\r\nB "x"');
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['leika/typisierung-unknown', 3, 10],
      ['leika/key-not-digits', 4, 3],
    ]);
    const second = r.value?.eintraege[1];
    expect(second === undefined ? undefined : r.lines.get(second)).toBe(4);
  });

  it('refuses a file without the key column', () => {
    const r = parseCatalogueCsv('Key;Bezeichnung\n99001001001000;A\n');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => d.code)).toEqual(['leika/csv-missing-column']);
  });

  it('reports an unterminated quote', () => {
    const r = parseCatalogueCsv('Schluessel;Bezeichnung\n99001001001000;"A\n');
    expect(r.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['leika/csv-unterminated-quote', 2, 16],
    ]);
  });

  it('uses configured column names and keeps unknown columns in order', () => {
    const csv = 'Nummer,Kennung intern,Name,Typisierung,Alias\n99001001001000,X-1,Hund,5,Wau/Bello\n';
    const r = parseCatalogueCsv(csv, {
      separator: ',',
      multiSeparator: '/',
      columns: { schluessel: 'Nummer', bezeichnung: 'Name', typ: 'Typisierung', synonyme: 'Alias' },
    });
    expect(r.diagnostics).toEqual([]);
    expect(r.value).toEqual({
      weitereSpalten: ['Kennung intern'],
      eintraege: [
        {
          schluessel: '99001001001000',
          bezeichnung: 'Hund',
          typ: ['5'],
          synonyme: ['Wau', 'Bello'],
          besondereMerkmale: [],
          weitereSpalten: { 'Kennung intern': 'X-1' },
        },
      ],
    });
  });

  it('decodes a UTF-8 BOM and strips it from the header', () => {
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode('Schluessel;Bezeichnung\n99001001001000;Ä\n'),
    ]);
    const r = parseCatalogueCsv(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.value?.eintraege[0]?.bezeichnung).toBe('Ä');
  });

  it('reports characters ISO-8859-1 cannot hold', () => {
    const r = encodeCsv('Zloty zł €', 'iso-8859-1');
    expect(r.diagnostics.map((d) => d.code)).toEqual(['leika/csv-unencodable', 'leika/csv-unencodable']);
    expect(new TextDecoder('latin1').decode(r.bytes)).toBe('Zloty z? ?');
  });
});

describe('dates', () => {
  it('parses DD.MM.YYYY hh:mm and rejects impossible dates', () => {
    expect(parseLeikaDate('03.02.2025 14:05')).toBe('2025-02-03T14:05');
    expect(parseLeikaDate('3.2.2025 9:05')).toBe('2025-02-03T09:05');
    expect(parseLeikaDate('29.02.2024 00:00')).toBe('2024-02-29T00:00');
    expect(parseLeikaDate('29.02.2025 00:00')).toBeUndefined();
    expect(parseLeikaDate('01.01.2025 24:00')).toBeUndefined();
    expect(parseLeikaDate('2025-01-01')).toBeUndefined();
    expect(formatLeikaDate('2025-02-03T14:05')).toBe('03.02.2025 14:05');
  });
});

describe('JSON', () => {
  it('reports syntax and schema problems', () => {
    expect(parseCatalogueJson('{').diagnostics.map((d) => d.code)).toEqual(['leika/json-syntax']);
    const r = parseCatalogueJson('{"eintraege":[{"schluessel":1}],"weitereSpalten":[]}');
    expect(r.value).toBeUndefined();
    expect(r.diagnostics[0]).toMatchObject({ code: 'leika/json-schema', path: '/eintraege/0/schluessel' });
  });
});

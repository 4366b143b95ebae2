/** Property tests: any catalogue survives CSV (both encodings) and JSON export and import unchanged. */
import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import {
  catalogueToCsv,
  catalogueToJson,
  encodeCsv,
  formatLeistungsschluessel,
  type LeikaEintrag,
  type LeikaKatalog,
  parseCatalogueCsv,
  parseCatalogueJson,
  TYPISIERUNG,
} from '../../src/leika/index.js';

const unit = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...'abcXYZ 019-/,.'.split('')) },
  { weight: 2, arbitrary: fc.constantFrom('ä', 'ß', 'Ö', '"', ';', '\n', '|', '\r\n') },
);
const text = fc.string({ unit, minLength: 1, maxLength: 12 });
/** Multi-values: non-empty, no pipe (the separator). */
const item = text.filter((s) => !s.includes('|'));
const date = fc
  .record({
    y: fc.integer({ min: 1990, max: 2099 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 28 }),
    h: fc.integer({ min: 0, max: 23 }),
    mi: fc.integer({ min: 0, max: 59 }),
  })
  .map(({ y, m, d, h, mi }) => {
    const p = (n: number) => String(n).padStart(2, '0');
    return `${y}-${p(m)}-${p(d)}T${p(h)}:${p(mi)}`;
  });

/** Keys without warnings: Gruppierung 001-603, Verrichtung up to 279, a detail only with a Verrichtung. */
const key = fc
  .record({
    leistungsgruppierung: fc.integer({ min: 1, max: 603 }),
    leistungsobjekt: fc.integer({ min: 0, max: 999 }),
    verrichtung: fc.integer({ min: 0, max: 279 }),
    verrichtungsdetail: fc.integer({ min: 0, max: 999 }),
  })
  .map((t) => formatLeistungsschluessel(t.verrichtung === 0 ? { ...t, verrichtungsdetail: 0 } : t));

const extraColumns = fc.uniqueArray(fc.constantFrom('Kennung', 'Zuständigkeit', 'Notiz'), { maxLength: 2 });

const katalog: fc.Arbitrary<LeikaKatalog> = extraColumns.chain((weitereSpalten) =>
  fc
    .uniqueArray(
      fc.record(
        {
          schluessel: key,
          bezeichnung: text,
          bezeichnung2: text,
          typ: fc.array(fc.constantFrom(...Object.keys(TYPISIERUNG.codes)), { maxLength: 2 }),
          leistungsgruppierung: text,
          leistungskennung: text,
          verrichtung: text,
          verrichtungsdetail: text,
          besondereMerkmale: fc.array(item, { maxLength: 3 }),
          synonyme: fc.array(item, { maxLength: 3 }),
          veroeffentlichungsdatum: date,
          weitereSpalten: fc.record(Object.fromEntries(weitereSpalten.map((c) => [c, text])), {
            requiredKeys: [],
          }),
        },
        {
          requiredKeys: [
            'schluessel',
            'bezeichnung',
            'typ',
            'besondereMerkmale',
            'synonyme',
            'weitereSpalten',
          ],
        },
      ),
      { maxLength: 6, selector: (e) => e.schluessel },
    )
    .map((eintraege) => ({ eintraege: eintraege as LeikaEintrag[], weitereSpalten })),
);

test.prop([katalog])('CSV export then import gives the catalogue back (UTF-8)', (k) => {
  const r = parseCatalogueCsv(catalogueToCsv(k));
  expect(r.diagnostics).toEqual([]);
  expect(r.value).toEqual(k);
});

test.prop([katalog])('CSV export then import gives the catalogue back (ISO-8859-1, CRLF)', (k) => {
  const { bytes, diagnostics } = encodeCsv(catalogueToCsv(k, { lineEnd: '\r\n' }), 'iso-8859-1');
  expect(diagnostics).toEqual([]);
  const r = parseCatalogueCsv(bytes, { encoding: 'iso-8859-1' });
  expect(r.diagnostics).toEqual([]);
  expect(r.value).toEqual(k);
});

test.prop([katalog])('JSON export then import gives the catalogue back', (k) => {
  const r = parseCatalogueJson(catalogueToJson(k));
  expect(r.diagnostics).toEqual([]);
  expect(r.value).toEqual(k);
});

/** A small, typed XDatenfelder 3.0.0 schema written for the diff tests (no corpus needed). */
import type { Datenfeld, Regel, Stammdatenschema, Xdf3Document } from '../../src/xdatenfelder/v3/index.js';

const code = (listURI: string, value: string, listVersionID?: string) => ({
  listURI,
  code: value,
  ...(listVersionID === undefined ? {} : { listVersionID }),
});
const STATUS = code('urn:xoev-de:xprozess:codeliste:status', '6', '1.0');
const ART = code('urn:xoev-de:fim-datenfelder:codeliste:schemaelementart', 'HAR');
const INPUT = code('urn:xoev-de:fim-datenfelder:codeliste:feldart', 'input');
const SELECT = code('urn:xoev-de:fim-datenfelder:codeliste:feldart', 'select');
const TEXT = code('urn:xoev-de:fim-datenfelder:codeliste:datentyp', 'text');
const VORB = code('urn:xoev-de:fim-datenfelder:codeliste:vorbefuellung', 'keine');

const rule: Regel = {
  identifikation: { id: 'R17000000001', version: '1.0.0' },
  name: 'Pflicht wenn ja',
  bezug: [],
  stichwort: [],
  letzteAenderung: '2025-01-01T00:00:00Z',
  typ: code('urn:xoev-de:fim-datenfelder:codeliste:regeltyp', 'K'),
  param: [],
  ziel: [],
  skript: 'return true;',
  fehler: [],
};

function field(id: string, label: string, extra: Partial<Datenfeld> = {}): Datenfeld {
  return {
    identifikation: { id, version: '1.0.0' },
    name: label,
    bezug: [],
    freigabestatus: STATUS,
    letzteAenderung: '2025-01-01T00:00:00Z',
    relation: [],
    stichwort: [],
    bezeichnungEingabe: label,
    schemaelementart: ART,
    feldart: INPUT,
    datentyp: TEXT,
    praezisierung: { minLength: '1', maxLength: '50', value: '' },
    vorbefuellung: VORB,
    regel: [],
    mediaType: [],
    ...extra,
  };
}

const name = field('F17000000001', 'Familienname');
const vorname = field('F17000000002', 'Vorname');
const auswahl = field('F17000000003', 'Zustimmung', {
  feldart: SELECT,
  praezisierung: { value: '' },
  werte: {
    wert: [
      { code: '1', name: 'ja' },
      { code: '2', name: 'nein' },
    ],
  },
  regel: [rule],
});

const schema: Stammdatenschema = {
  identifikation: { id: 'S17000000001', version: '1.0.0' },
  name: 'Testschema',
  bezug: [],
  freigabestatus: STATUS,
  letzteAenderung: '2025-01-01T00:00:00Z',
  relation: [],
  stichwort: [],
  bezeichnung: 'Testschema',
  ableitungsmodifikationenStruktur: code(
    'urn:xoev-de:fim-datenfelder:codeliste:ableitungsmodifikationenstruktur',
    '0',
  ),
  ableitungsmodifikationenRepraesentation: code(
    'urn:xoev-de:fim-datenfelder:codeliste:ableitungsmodifikationenrepraesentation',
    '0',
  ),
  dokumentsteckbrief: { id: 'D17000000001', version: '1.0.0' },
  regel: [],
  struktur: [
    {
      anzahl: '1:1',
      bezug: [],
      enthaelt: {
        datenfeldgruppe: {
          identifikation: { id: 'G17000000001', version: '1.0.0' },
          name: 'Person',
          bezug: [],
          freigabestatus: STATUS,
          letzteAenderung: '2025-01-01T00:00:00Z',
          relation: [],
          stichwort: [],
          bezeichnungEingabe: 'Person',
          schemaelementart: ART,
          regel: [],
          struktur: [
            { anzahl: '1:1', bezug: [], enthaelt: { datenfeld: name } },
            { anzahl: '0:1', bezug: [], enthaelt: { datenfeld: vorname } },
          ],
        },
      },
    },
    { anzahl: '1:1', bezug: [], enthaelt: { datenfeld: auswahl } },
  ],
};

/** A fresh copy of the test schema (mutable, for the tests to change). */
export function testSchema(): Xdf3Document {
  return structuredClone({
    message: 'xdatenfelder.stammdatenschema.0102',
    model: {
      header: { nachrichtID: 'test', erstellungszeitpunkt: '2025-01-01T00:00:00Z' },
      stammdatenschema: schema,
    },
  });
}

/** Deeply writable view of a model, for tests that change a copy in place. */
export type Writable<T> = T extends string | number | boolean | undefined | null
  ? T
  : { -readonly [K in keyof T]: Writable<T[K]> };

/** The schema of a test document, writable. */
export function schemaOf(doc: Xdf3Document): Writable<Stammdatenschema> {
  if (doc.message !== 'xdatenfelder.stammdatenschema.0102') throw new Error('not a schema message');
  return doc.model.stammdatenschema as Writable<Stammdatenschema>;
}

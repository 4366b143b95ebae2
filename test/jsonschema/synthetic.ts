/** Small hand-built XDatenfelder 3.0.0 models for the JSON Schema tests. */

import type { CodeList } from '../../src/codelist/index.js';
import { parseCodeList } from '../../src/codelist/index.js';
import type {
  Datenfeld,
  Datenfeldgruppe,
  Praezisierung,
  Struktur,
  Xdf3Document,
} from '../../src/xdatenfelder/v3/index.js';

const common = {
  bezug: [],
  freigabestatus: { listVersionID: '2022-07-12', code: '6' },
  letzteAenderung: '2024-01-01T00:00:00Z',
  relation: [],
  stichwort: [],
  schemaelementart: { code: 'HAR' },
} as const;

/** A field; `datentyp` and `feldart` default to text and input. */
export function field(id: string, label: string, extra: Partial<Datenfeld> = {}): Datenfeld {
  return {
    ...common,
    identifikation: { id, version: '1.0.0' },
    name: `${label} (intern)`,
    bezeichnungEingabe: label,
    feldart: { code: 'input' },
    datentyp: { code: 'text' },
    vorbefuellung: { code: 'keine' },
    regel: [],
    mediaType: [],
    ...extra,
  };
}

/** A `praezisierung` (value is the empty text content). */
export function praezisierung(p: Omit<Praezisierung, 'value'>): Praezisierung {
  return { value: '', ...p };
}

/** A group. */
export function group(
  id: string,
  label: string,
  struktur: Struktur[],
  extra: Partial<Datenfeldgruppe> = {},
): Datenfeldgruppe {
  return {
    ...common,
    identifikation: { id, version: '2.0.0' },
    name: label,
    bezeichnungEingabe: label,
    regel: [],
    struktur,
    ...extra,
  };
}

/** A `struktur` entry. */
export function child(anzahl: string, element: Datenfeld | Datenfeldgruppe): Struktur {
  return 'feldart' in element
    ? { anzahl, bezug: [], enthaelt: { datenfeld: element } }
    : { anzahl, bezug: [], enthaelt: { datenfeldgruppe: element } };
}

/** A Stammdatenschema document. */
export function schemaDocument(struktur: Struktur[]): Xdf3Document {
  return {
    message: 'xdatenfelder.stammdatenschema.0102',
    model: {
      header: { nachrichtID: 'test', erstellungszeitpunkt: '2024-01-01T00:00:00Z' },
      stammdatenschema: {
        ...common,
        identifikation: { id: 'S99000000001', version: '1.2.0' },
        name: 'Testschema',
        bezeichnung: 'Antrag auf Test',
        hilfetext: 'Hilfe zum Antrag',
        ableitungsmodifikationenStruktur: { code: '0' },
        ableitungsmodifikationenRepraesentation: { code: '0' },
        dokumentsteckbrief: { id: 'D99000000001', version: '1.0.0' },
        regel: [],
        struktur,
      },
    },
  };
}

/** Genericode list `urn:example:farbe` version 1 with codes r, g, b (names rot, grün, blau). */
export function farbeCodeList(): CodeList {
  const rows = [
    ['r', 'rot'],
    ['g', 'grün'],
    ['b', 'blau'],
  ]
    .map(
      ([c, n]) =>
        `<Row><Value ColumnRef="code"><SimpleValue>${c}</SimpleValue></Value><Value ColumnRef="name"><SimpleValue>${n}</SimpleValue></Value></Row>`,
    )
    .join('');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<gc:CodeList xmlns:gc="http://docs.oasis-open.org/codelist/ns/genericode/1.0/">
  <Identification><ShortName>farbe</ShortName><Version>1</Version>
    <CanonicalUri>urn:example:farbe</CanonicalUri><CanonicalVersionUri>urn:example:farbe_1</CanonicalVersionUri></Identification>
  <ColumnSet>
    <Column Id="code" Use="required"><ShortName>code</ShortName><Data Type="string"/></Column>
    <Column Id="name" Use="required"><ShortName>name</ShortName><Data Type="string"/></Column>
    <Key Id="codeKey"><ShortName>codeKey</ShortName><ColumnRef Ref="code"/></Key>
  </ColumnSet>
  <SimpleCodeList>${rows}</SimpleCodeList>
</gc:CodeList>`;
  const { value } = parseCodeList(new TextEncoder().encode(xml));
  if (value === undefined) throw new Error('fixture code list did not parse');
  return value;
}

/** Fields and groups covering every mapping rule; ids are stable so tests can look them up. */
export function kitchenSink(): Xdf3Document {
  const plz = field('F00000000001', 'Postleitzahl', {
    praezisierung: praezisierung({
      minLength: '5',
      maxLength: '5',
      pattern: '([0]{1}[1-9]{1}|[1-9]{1}[0-9]{1})[0-9]{3}',
    }),
    hilfetextEingabe: 'Fünf Ziffern',
  });
  const name = field('F00000000002', 'Name', {
    praezisierung: praezisierung({ minLength: '1', maxLength: '20' }),
  });
  const alter = field('F00000000003', 'Alter', {
    datentyp: { code: 'num_int' },
    praezisierung: praezisierung({ minValue: '18', maxValue: '120' }),
  });
  const betrag = field('F00000000004', 'Betrag', {
    datentyp: { code: 'num_currency' },
    praezisierung: praezisierung({ minValue: '0,5' }),
  });
  const datum = field('F00000000005', 'Datum', { datentyp: { code: 'date' } });
  const zeitpunkt = field('F00000000006', 'Zeitpunkt', { datentyp: { code: 'datetime' } });
  const zeit = field('F00000000007', 'Uhrzeit', { datentyp: { code: 'time' } });
  const ja = field('F00000000008', 'Einverstanden', { datentyp: { code: 'bool' } });
  const anlage = field('F00000000009', 'Nachweis', {
    datentyp: { code: 'file' },
    mediaType: ['application/pdf'],
    maxSize: '3000',
  });
  const auswahl = field('F00000000010', 'Anrede', {
    feldart: { code: 'select' },
    werte: {
      wert: [
        { code: '01', name: 'Frau' },
        { code: '02', name: 'Herr', hilfe: 'männlich' },
      ],
    },
  });
  const farbe = field('F00000000011', 'Farbe', {
    feldart: { code: 'select' },
    codelisteReferenz: { canonicalIdentification: 'urn:example:farbe', version: '1' },
  });
  const hinweis = field('F00000000012', 'Hinweis', { feldart: { code: 'label' }, inhalt: 'Bitte lesen.' });
  const strasse = field('F00000000013', 'Straße', { praezisierung: praezisierung({ maxLength: '55' }) });
  const telefon = field('F00000000014', 'Telefon', { praezisierung: praezisierung({ maxLength: '23' }) });
  const email = field('F00000000015', 'E-Mail', { praezisierung: praezisierung({ maxLength: '40' }) });
  const anschrift = group('G00000000001', 'Anschrift', [
    child('1:1', strasse),
    child('1:1', plz),
    child('0:1', telefon),
  ]);
  const kontakt = group('G00000000002', 'Kontakt', [child('0:1', telefon), child('0:1', email)], {
    art: { code: 'X' },
    regel: [
      {
        identifikation: { id: 'R00000000001', version: '1.0.0' },
        name: 'Eins von beiden',
        freitextRegel: 'Telefon oder E-Mail angeben.',
        bezug: [],
        stichwort: [],
        letzteAenderung: '2024-01-01T00:00:00Z',
        typ: { code: 'V' },
        param: [],
        ziel: [],
        fehler: [],
      },
    ],
  });
  return schemaDocument([
    child('1:1', name),
    child('0:1', alter),
    child('0:1', betrag),
    child('1:1', datum),
    child('0:1', zeitpunkt),
    child('0:1', zeit),
    child('1:1', ja),
    child('0:3', anlage),
    child('1:1', auswahl),
    child('0:1', farbe),
    child('1:1', hinweis),
    child('1:*', anschrift),
    child('2:3', group('G00000000003', 'Kind', [child('1:1', name), child('0:1', alter)])),
    child('1:1', kontakt),
  ]);
}

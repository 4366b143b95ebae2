/**
 * Property tests: each mapping function converts and converts back, and the converters write an audit
 * entry exactly when information is lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attributesToPraezisierung,
  convertV2ToV3,
  convertV3ToV2,
  isSplitCanonical,
  joinBezug,
  narrowId,
  narrowIdsInText,
  narrowVersion,
  praezisierungToAttributes,
  splitBezug,
  widenId,
  widenIdsInText,
  widenVersion,
} from '../../../src/xdatenfelder/convert-v2-v3.js';
import type * as V2 from '../../../src/xdatenfelder/v2/index.js';
import { parsePraezisierung, stringifyPraezisierung } from '../../../src/xdatenfelder/v2/index.js';
import type * as V3 from '../../../src/xdatenfelder/v3/index.js';

const letter = fc.constantFrom('S', 'G', 'F', 'R', 'C', 'D');
const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(''));
const v2Id = fc.tuple(letter, digits(8)).map(([l, d]) => l + d);
const oddId = fc.string({ minLength: 3, maxLength: 40 });
const v2Version = fc.tuple(fc.nat(99), fc.nat(99)).map(([a, b]) => `${a}.${b}`);
const unr = digits(3);

describe('ids', () => {
  it('narrowId(widenId(id)) === id for any id of 3+ characters and any Unternummernkreis', () => {
    fc.assert(fc.property(fc.oneof(v2Id, oddId), unr, (id, u) => narrowId(widenId(id, u), u) === id));
  });
  it('matches the oracle examples', () => {
    expect(widenId('S05000058')).toBe('S05000000058');
    expect(widenId('F00-4cb0dd14-629c-4661-9435-4e9eadc43e07')).toBe(
      'F00000-4cb0dd14-629c-4661-9435-4e9eadc43e07',
    );
    expect(narrowId('F05123001047')).toBeUndefined();
  });
  it('ids in rule texts widen and narrow back', () => {
    const word = fc.oneof(
      v2Id,
      fc.constantFrom('Wenn', 'dann', '=', '"02"', 'ODER', '.', 'G00001377.F00002372'),
    );
    const textArb = fc.array(word, { maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(fc.property(textArb, unr, (t, u) => narrowIdsInText(widenIdsInText(t, u), u) === t));
    expect(widenIdsInText('Wenn bei F05001047 "02", dann wird G05000499 Pflicht')).toBe(
      'Wenn bei F05000001047 "02", dann wird G05000000499 Pflicht',
    );
  });
});

describe('versions', () => {
  it('narrowVersion(widenVersion(v)) === v', () => {
    fc.assert(fc.property(v2Version, (v) => narrowVersion(widenVersion(v)) === v));
  });
  it('a patch other than 0 cannot be narrowed', () => {
    fc.assert(
      fc.property(
        v2Version,
        fc.integer({ min: 1, max: 99 }),
        (v, p) => narrowVersion(`${v}.${p}`) === undefined,
      ),
    );
  });
});

describe('bezug', () => {
  const part = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => isSplitCanonical([s]));
  it('splitBezug(joinBezug(parts)) === parts for canonical parts', () => {
    fc.assert(
      fc.property(fc.array(part, { maxLength: 6 }), (parts) => {
        expect(splitBezug(joinBezug(parts))).toEqual(parts);
      }),
    );
  });
  it('oracle whitespace handling', () => {
    expect(splitBezug('RFC 5322; RFC 5321 ')).toEqual(['RFC 5322', 'RFC 5321']);
    expect(splitBezug('A;\r\nB\r\nC')).toEqual(['A', 'B C']);
    expect(splitBezug('\r\n')).toEqual([]);
  });
});

describe('praezisierung', () => {
  const attrs = fc.record(
    {
      minLength: fc.nat(1000).map(String),
      maxLength: fc.integer({ min: 1, max: 1000 }).map(String),
      minValue: fc.integer().map(String),
      maxValue: fc.integer().map(String),
      pattern: fc.string({ maxLength: 20 }),
    },
    { requiredKeys: [] },
  );
  it('attributes -> JSON -> attributes is the identity', () => {
    fc.assert(
      fc.property(attrs, (a) => {
        const { praezisierung, lost } = attributesToPraezisierung(a);
        expect(lost).toEqual([]);
        const back = parsePraezisierung(stringifyPraezisierung(praezisierung)).value;
        expect(back).toBeDefined();
        expect(praezisierungToAttributes(back ?? {}).attributes).toEqual(a);
      }),
    );
  });
});

// --- whole-document properties: audit entries appear exactly when information is lost -----------------

function v2Doc(f: {
  id: string;
  version: string;
  praezisierung: string;
  bezug: string;
  schemaBezug: string;
}): V2.Xdf2Document {
  const status = { code: 'aktiv' };
  const common = { name: 'n', bezeichnungEingabe: 'b', beschreibung: '', definition: '', status };
  const datenfeld: V2.Datenfeld = {
    identifikation: { id: f.id, version: f.version },
    ...common,
    bezug: f.bezug,
    schemaelementart: { code: 'HAR' },
    hilfetextEingabe: '',
    hilfetextAusgabe: '',
    feldart: { code: 'input' },
    datentyp: { code: 'text' },
    praezisierung: f.praezisierung,
    inhalt: '',
    regel: [],
  };
  return {
    message: 'xdatenfelder.stammdatenschema.0102',
    model: {
      header: { nachrichtID: 'x', erstellungszeitpunkt: '2024-01-01T00:00:00Z' },
      stammdatenschema: {
        identifikation: { id: 'S00000001', version: '1.0' },
        ...common,
        bezug: f.schemaBezug,
        ableitungsmodifikationenStruktur: { code: '0' },
        ableitungsmodifikationenRepraesentation: { code: '0' },
        regel: [],
        struktur: [{ anzahl: '1:1', bezug: '', enthaelt: { datenfeld } }],
      },
    },
  };
}

function fieldOf2(doc: V2.Xdf2Document | undefined): V2.Datenfeld {
  if (doc?.message !== 'xdatenfelder.stammdatenschema.0102') throw new Error('0102 expected');
  const e = doc.model.stammdatenschema.struktur[0]?.enthaelt;
  if (e?.datenfeld === undefined) throw new Error('datenfeld expected');
  return e.datenfeld;
}

describe('v2 -> v3 -> v2 documents', () => {
  const bezugText = fc
    .array(fc.constantFrom('A 1', 'B', ' ', ';', '; ', '\n', 'x  y', 'StVO'), { maxLength: 6 })
    .map((a) => a.join(''));
  const praez = fc.oneof(
    fc.constant(''),
    fc.constant('1..31'),
    fc.constant('{"minLength":"1","maxLength":"55"}'),
    fc.constant('{"minLength":"1","foo":"bar"}'),
    fc
      .record(
        { minLength: fc.nat(99).map(String), pattern: fc.string({ maxLength: 8 }) },
        { requiredKeys: [] },
      )
      .map((o) => JSON.stringify(o)),
  );
  it('ids, versions, praezisierung and bezug come back; a lost/changed audit entry exactly when they do not', () => {
    fc.assert(
      fc.property(fc.oneof(v2Id, oddId), v2Version, praez, bezugText, (id, version, praezisierung, bezug) => {
        const src = v2Doc({ id, version, praezisierung, bezug, schemaBezug: '' });
        const there = convertV2ToV3(src, { latinize: false });
        const back = convertV3ToV2(there.value as V3.Xdf3Document);
        const f = fieldOf2(back.value);
        expect(f.identifikation).toEqual({ id, version });
        // praezisierung: same constraints, or a `lost` entry
        const before = parsePraezisierung(praezisierung).value;
        const after = parsePraezisierung(f.praezisierung).value;
        const praezLost = there.audit.some((a) => a.property === 'praezisierung' && a.kind === 'lost');
        const same =
          JSON.stringify(before ?? null) === JSON.stringify(after ?? {}) ||
          (before !== undefined && Object.keys(before).length === 0 && f.praezisierung === '');
        expect(praezLost).toBe(!same);
        // bezug: the same text, or a `changed` entry (whitespace normalised / empty parts dropped)
        const bezugAudit = there.audit.some((a) => a.elementId === id && a.property === 'bezug');
        const bezugSame =
          f.bezug === bezug || (bezug.trim() === '' && f.bezug === '' && splitBezug(bezug).length === 0);
        expect(bezugAudit).toBe(!bezugSame && splitBezug(bezug).length > 0);
      }),
    );
  });
});

describe('v3 -> v2 losses', () => {
  const base = convertV2ToV3(
    v2Doc({ id: 'F05001047', version: '1.0', praezisierung: '', bezug: 'A; B', schemaBezug: '' }),
  );
  const doc = base.value as Extract<V3.Xdf3Document, { message: 'xdatenfelder.stammdatenschema.0102' }>;
  const field = doc.model.stammdatenschema.struktur[0]?.enthaelt.datenfeld as V3.Datenfeld;

  it('keeps ids it cannot narrow, audits them and warns', () => {
    const v3: V3.Xdf3Document = {
      message: 'xdatenfelder.datenfeld.0104',
      model: {
        header: doc.model.header,
        datenfeld: { ...field, identifikation: { id: 'F05123001047', version: '1.2.3' } },
      },
    };
    const r = convertV3ToV2(v3);
    expect(
      r.value?.message === 'xdatenfelder.datenfeld.0104' && r.value.model.datenfeld.identifikation,
    ).toEqual({
      id: 'F05123001047',
      version: '1.2.3',
    });
    expect(r.audit.filter((a) => a.kind === 'lost').map((a) => a.property)).toEqual(
      expect.arrayContaining(['identifikation.id', 'identifikation.version']),
    );
    expect(r.diagnostics.map((d) => d.code)).toEqual([
      'convert/id-not-narrowable',
      'convert/version-not-narrowable',
    ]);
  });

  it('audits werte, relations and Stichwörter as lost, unless werteToCodeliste makes a reference', () => {
    const rich: V3.Datenfeld = {
      ...field,
      werte: { wert: [{ code: '01', name: 'ja' }] },
      relation: [
        {
          praedikat: { code: 'ABL', listVersionID: '1.2' },
          objekt: { id: 'F60000000001', version: '1.0.0' },
        },
      ],
      stichwort: [{ uri: 'urn:x', value: 'Kfz' }],
    };
    const v3: V3.Xdf3Document = {
      message: 'xdatenfelder.datenfeld.0104',
      model: { header: doc.model.header, datenfeld: rich },
    };
    const lost = convertV3ToV2(v3)
      .audit.filter((a) => a.kind === 'lost')
      .map((a) => a.property);
    expect(lost).toEqual(expect.arrayContaining(['werte', 'relation', 'stichwort', 'letzteAenderung']));
    const made = convertV3ToV2(v3, {
      werteToCodeliste: () => ({
        id: 'C05000001',
        canonicalIdentification: 'urn:de:fim:codeliste:x',
        version: '1',
        canonicalVersionUri: 'urn:de:fim:codeliste:x_1',
      }),
    });
    expect(
      made.value?.message === 'xdatenfelder.datenfeld.0104' &&
        made.value.model.datenfeld.codelisteReferenz?.identifikation.id,
    ).toBe('C05000001');
    expect(made.audit.some((a) => a.property === 'werte' && a.kind === 'changed')).toBe(true);
  });

  it('several bezug are joined with "; "', () => {
    expect(fieldOf2(convertV3ToV2(doc).value).bezug).toBe('A; B');
  });

  it('0106 and XDF2 0105 have no counterpart', () => {
    const r = convertV3ToV2({
      message: 'xdatenfelder.uebersetzung.0106',
      model: { header: doc.model.header, uebersetzt: { id: 'S1' }, sprache: [] },
    });
    expect(r.value).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([
      ['error', 'convert/message-unsupported'],
    ]);
  });

  it('is deterministic', () => {
    const src = v2Doc({ id: 'F05001047', version: '1.0', praezisierung: '', bezug: 'A; B', schemaBezug: '' });
    expect(JSON.stringify(convertV2ToV3(src))).toBe(JSON.stringify(convertV2ToV3(src)));
  });
});

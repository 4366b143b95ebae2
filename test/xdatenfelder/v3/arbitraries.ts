/** Arbitrary XDatenfelder 3.0.0 documents whose XML is XSD-valid, derived from the binding specs. */

import fc from 'fast-check';
import type { TypeSpec } from '../../../src/core/binding/index.js';
import { type CodeList, regelParamTyp, xdf3CodeLists } from '../../../src/xdatenfelder/v3/codes.js';
import type { Xdf3Document } from '../../../src/xdatenfelder/v3/index.js';
import * as specs from '../../../src/xdatenfelder/v3/specs.js';
import { arbitraryFor, safeText } from '../../support/binding-arbitrary.js';

const digits = (min: number, max: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });
const date = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateTime = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().replace('.000', ''));
const positive = fc.integer({ min: 1, max: 1_000_000 }).map(String);
const nonNegative = fc.integer({ min: 0, max: 1_000_000 }).map(String);
const version = fc.tuple(digits(1, 2), digits(1, 2), digits(1, 2)).map((p) => p.join('.'));
const id = fc.tuple(fc.constantFrom('S', 'G', 'F', 'R', 'D'), digits(11, 11)).map(([k, n]) => k + n);
const uri = fc
  .string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789.-'), maxLength: 10 })
  .map((s) => `urn:x:${s}`);
const letters = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'),
  minLength: 1,
  maxLength: 6,
});
const word = fc.string({
  unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz_'),
  minLength: 1,
  maxLength: 6,
});

const listOfCodeType = new Map<TypeSpec, CodeList>([
  [
    specs.CodeAbleitungsmodifikationenRepraesentation,
    xdf3CodeLists['Code.AbleitungsmodifikationenRepraesentation'],
  ],
  [specs.CodeAbleitungsmodifikationenStruktur, xdf3CodeLists['Code.AbleitungsmodifikationenStruktur']],
  [specs.CodeDatenqualitaet, xdf3CodeLists['Code.Datenqualitaet']],
  [specs.CodeDatentyp, xdf3CodeLists['Code.Datentyp']],
  [specs.CodeFeldart, xdf3CodeLists['Code.Feldart']],
  [specs.CodeFreigabestatus, xdf3CodeLists['Code.Freigabestatus']],
  [specs.CodeGruppenart, xdf3CodeLists['Code.Gruppenart']],
  [specs.CodeRegeltyp, xdf3CodeLists['Code.Regeltyp']],
  [specs.CodeRelation, xdf3CodeLists['Code.Relation']],
  [specs.CodeSchemaelementart, xdf3CodeLists['Code.Schemaelementart']],
  [specs.CodeVorbefuellung, xdf3CodeLists['Code.Vorbefuellung']],
]);

/** Code lists whose `listVersionID` the XSD does not fix (it is required there instead). */
const openVersion = new Set<TypeSpec>([specs.CodeFreigabestatus, specs.CodeRelation, specs.CodeDokumentart]);

function codeArbitrary(type: TypeSpec): fc.Arbitrary<unknown> | undefined {
  if (type === specs.CodeDokumentart) {
    return fc
      .record({ listVersionID: safeText(), code: word }, { requiredKeys: ['listVersionID', 'code'] })
      .chain((c) =>
        fc
          .option(fc.constant('urn:xoev-de:fim-datenfelder:codeliste:dokumentart'), { nil: undefined })
          .map((listURI) => (listURI === undefined ? c : { listURI, ...c })),
      );
  }
  const list = listOfCodeType.get(type);
  if (list === undefined) return undefined;
  const listVersionID = openVersion.has(type) ? safeText() : fc.constant(list.version);
  return fc.record(
    {
      listURI: fc.constant(list.canonicalUri),
      listVersionID,
      code: fc.constantFrom(...Object.keys(list.codes)),
    },
    { requiredKeys: openVersion.has(type) ? ['listVersionID', 'code'] : ['code'] },
  );
}

/** Simple values whose XSD type is narrower than a string, by owner type name and member name. */
const texts: Record<string, Record<string, fc.Arbitrary<string>>> = {
  ElementIdentifikation: { id, version },
  Rechtsbezug: { link: uri },
  Stichwort: { uri },
  Header: { erstellungszeitpunkt: dateTime },
  Regel: { letzteAenderung: dateTime },
  RegelParameter: { typ: fc.constantFrom(...Object.keys(regelParamTyp.codes)) },
  Fehlermeldung: { code: fc.integer({ min: -1000, max: 100_000 }).map(String) },
  Praezisierung: { maxLength: positive, minLength: nonNegative },
  Struktur: {
    anzahl: fc.tuple(digits(1, 2), fc.oneof(fc.constant('*'), digits(1, 2))).map(([a, b]) => `${a}:${b}`),
  },
  Datenfeld: {
    maxSize: positive,
    // XSD `\w` excludes punctuation such as `_`.
    mediaType: fc.tuple(letters, letters).map(([a, b]) => `${a}/${b}`),
  },
  Dokumentsteckbrief: { istAbstrakt: fc.constantFrom('true', 'false') },
  Sprache: {
    lang: fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'), minLength: 2, maxLength: 3 }),
    region: fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), minLength: 2, maxLength: 2 }),
    variant: fc.constant('simple'),
    version: positive,
  },
};
const allgemein: Record<string, fc.Arbitrary<string>> = {
  statusGesetztAm: date,
  gueltigAb: date,
  gueltigBis: date,
  veroeffentlichungsdatum: date,
  letzteAenderung: dateTime,
};

function textArbitrary(owner: TypeSpec, name: string): fc.Arbitrary<string> | undefined {
  return texts[owner.name]?.[name] ?? allgemein[name];
}

/** An arbitrary document of one message, XSD-valid when built. */
export function documentArbitrary(
  message: keyof typeof specs.xdf3Messages,
  maxDepth = 4,
): fc.Arbitrary<Xdf3Document> {
  return arbitraryFor(specs.xdf3Messages[message].type, {
    maxDepth,
    type: codeArbitrary,
    text: textArbitrary,
  }).map((model) => ({ message, model }) as unknown as Xdf3Document);
}

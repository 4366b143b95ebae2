/**
 * Binding specs of the XDatenfelder 3.0.0 schema elements: `Stammdatenschema`, `Datenfeldgruppe`,
 * `Datenfeld` (with `Praezisierung`, `Werteliste`, `GenericodeIdentification`), `Struktur` / `Enthaelt`
 * and `Dokumentsteckbrief`.
 *
 * @module
 */
import { complexType, many, one, text, texts } from '../../core/binding/index.js';
import {
  allgemeineAngaben,
  CodeAbleitungsmodifikationenRepraesentation,
  CodeAbleitungsmodifikationenStruktur,
  CodeDatentyp,
  CodeDokumentart,
  CodeFeldart,
  CodeGruppenart,
  CodeVorbefuellung,
  ElementIdentifikation,
  Rechtsbezug,
  schemaelementangaben,
} from './specs-allgemein.js';
import { Regel } from './specs-regel.js';

/** `Praezisierung`: String.Latin text with the optional constraint attributes. */
export const Praezisierung = complexType('Praezisierung', () => [], {
  simpleContent: true,
  attributes: [
    { name: 'maxLength' },
    { name: 'maxValue' },
    { name: 'minLength' },
    { name: 'minValue' },
    { name: 'pattern' },
  ],
});

/** `Wert`: one row of a `Werteliste`. */
export const Wert = complexType('Wert', () => [text('code'), text('name'), text('hilfe', 0)]);

/** `Werteliste`: one or more `wert`. */
export const Werteliste = complexType('Werteliste', () => [many('wert', Wert, 1)]);

/** `GenericodeIdentification`: reference to a genericode code list. */
export const GenericodeIdentification = complexType('GenericodeIdentification', () => [
  text('canonicalIdentification', 0),
  text('version', 0),
  text('canonicalVersionUri', 0),
]);

/** `Datenfeld` (extends `Schemaelementangaben`). */
export const Datenfeld = complexType('Datenfeld', () => [
  ...schemaelementangaben(),
  one('feldart', CodeFeldart),
  one('datentyp', CodeDatentyp),
  one('praezisierung', Praezisierung, 0),
  text('inhalt', 0),
  one('vorbefuellung', CodeVorbefuellung),
  one('werte', Werteliste, 0),
  one('codelisteReferenz', GenericodeIdentification, 0),
  text('codeKey', 0),
  text('nameKey', 0),
  text('helpKey', 0),
  many('regel', Regel),
  text('maxSize', 0),
  texts('mediaType'),
]);

/** `Datenfeldgruppe` (extends `Schemaelementangaben`). */
export const Datenfeldgruppe = complexType('Datenfeldgruppe', () => [
  ...schemaelementangaben(),
  one('art', CodeGruppenart, 0),
  many('regel', Regel),
  many('struktur', Struktur, 1),
]);

/** `Enthaelt`: the choice of `datenfeld` or `datenfeldgruppe`. */
export const Enthaelt = complexType(
  'Enthaelt',
  () => [one('datenfeld', Datenfeld), one('datenfeldgruppe', Datenfeldgruppe)],
  { choice: true },
);

/** `Struktur`: `anzahl` (`AnzahlString`), `bezug*`, `enthaelt`. */
export const Struktur = complexType('Struktur', () => [
  text('anzahl'),
  many('bezug', Rechtsbezug),
  one('enthaelt', Enthaelt),
]);

/** `Stammdatenschema` (extends `AllgemeineAngaben`). */
export const Stammdatenschema = complexType('Stammdatenschema', () => [
  ...allgemeineAngaben(),
  text('bezeichnung'),
  text('hilfetext', 0),
  one('ableitungsmodifikationenStruktur', CodeAbleitungsmodifikationenStruktur),
  one('ableitungsmodifikationenRepraesentation', CodeAbleitungsmodifikationenRepraesentation),
  one('dokumentsteckbrief', ElementIdentifikation),
  many('regel', Regel),
  many('struktur', Struktur, 1),
]);

/** `Dokumentsteckbrief` (extends `AllgemeineAngaben`). */
export const Dokumentsteckbrief = complexType('Dokumentsteckbrief', () => [
  ...allgemeineAngaben(),
  text('istAbstrakt'),
  one('dokumentart', CodeDokumentart),
  text('bezeichnung'),
  text('hilfetext', 0),
]);

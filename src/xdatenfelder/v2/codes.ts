/**
 * The code lists of XDatenfelder 2.0 as plain data: values with their labels (the XSD's
 * `wertErsteBeschreibungsspalte`), the list's canonical URI (the fixed `listURI`) and version (the fixed
 * `listVersionID`). Types are derived from the keys. Codes outside a list are kept by the parser and
 * reported as `xdf2/unknown-code` warnings.
 *
 * @module
 */
import type { CodeList } from '../../core/codes.js';

/**
 * A code list: canonical URI, version and the label of every value.
 *
 * @example
 * ```ts
 * const label = (l: Xdf2CodeList, code: string) => l.codes[code] ?? `unknown code ${code}`;
 * ```
 */
export type Xdf2CodeList = CodeList;

/**
 * `xdf:Datentyp` (`urn:xoev-de:fim:codeliste:xdatenfelder.datentyp`).
 *
 * @example
 * ```ts
 * datentypCodes.values.num_int; // 'Ganzzahl'
 * ```
 */
export const datentypCodes = {
  name: 'Code.Datentyp',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.datentyp',
  version: '1.0',
  codes: {
    bool: 'Wahrheitswert',
    date: 'Datum',
    file: 'Anlage (Datei)',
    num: 'Nummer',
    num_currency: 'Geldbetrag',
    num_int: 'Ganzzahl',
    obj: 'Objekt (Blob)',
    text: 'Text',
  },
} as const satisfies Xdf2CodeList;
/** A `Datentyp` code. */
export type Datentyp = keyof typeof datentypCodes.codes;

/**
 * `xdf:Feldart` (`urn:xoev-de:fim:codeliste:xdatenfelder.feldart`).
 *
 * @example
 * ```ts
 * feldartCodes.values.select; // 'Auswahl'
 * ```
 */
export const feldartCodes = {
  name: 'Code.Feldart',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.feldart',
  version: '1.0',
  codes: { input: 'Eingabe', label: 'Statisch', select: 'Auswahl' },
} as const satisfies Xdf2CodeList;
/** A `Feldart` code. */
export type Feldart = keyof typeof feldartCodes.codes;

/**
 * `xdf:Schemaelementart` (`urn:xoev-de:fim:codeliste:xdatenfelder.schemaelementart`).
 *
 * @example
 * ```ts
 * schemaelementartCodes.values.RNG; // 'rechtsnormgebunden'
 * ```
 */
export const schemaelementartCodes = {
  name: 'Code.Schemaelementart',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.schemaelementart',
  version: '1.0',
  codes: { ABS: 'abstrakt', HAR: 'harmonisiert', RNG: 'rechtsnormgebunden' },
} as const satisfies Xdf2CodeList;
/** A `Schemaelementart` code. */
export type Schemaelementart = keyof typeof schemaelementartCodes.codes;

/**
 * The status values of `xdf:Code.Status` (`urn:xoev-de:fim:codeliste:xdatenfelder.status`).
 *
 * @example
 * ```ts
 * statusCodes.values.inVorbereitung; // 'In Vorbereitung'
 * ```
 */
export const statusCodes = {
  name: 'Code.Status',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.status',
  version: '1.0',
  codes: { aktiv: 'Aktiv', inaktiv: 'Inaktiv', inVorbereitung: 'In Vorbereitung' },
} as const satisfies Xdf2CodeList;
/** A `Status` code. */
export type Status = keyof typeof statusCodes.codes;

/**
 * `xdf:AbleitungsmodifikationenStruktur`: what a derived (local) schema may change in the structure.
 * Labels as in the XSD (0 = nothing may be modified, 3 = everything may).
 *
 * @example
 * ```ts
 * ableitungsmodifikationenStrukturCodes.values['3']; // 'alles modifizierbar'
 * ```
 */
export const ableitungsmodifikationenStrukturCodes = {
  name: 'Code.AbleitungsmodifikationenStruktur',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenStruktur',
  version: '1.0',
  codes: {
    '0': 'nicht modifizierbar',
    '1': 'nur einschränkbar',
    '2': 'nur erweiterbar',
    '3': 'alles modifizierbar',
  },
} as const satisfies Xdf2CodeList;
/** An `AbleitungsmodifikationenStruktur` code. */
export type AbleitungsmodifikationenStruktur = keyof typeof ableitungsmodifikationenStrukturCodes.codes;

/**
 * `xdf:AbleitungsmodifikationenRepraesentation`: whether a derived schema may change the representation.
 *
 * @example
 * ```ts
 * ableitungsmodifikationenRepraesentationCodes.values['1']; // 'modifizierbar'
 * ```
 */
export const ableitungsmodifikationenRepraesentationCodes = {
  name: 'Code.AbleitungsmodifikationenRepraesentation',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenRepraesentation',
  version: '1.0',
  codes: { '0': 'nicht modifizierbar', '1': 'modifizierbar' },
} as const satisfies Xdf2CodeList;
/** An `AbleitungsmodifikationenRepraesentation` code. */
export type AbleitungsmodifikationenRepraesentation =
  keyof typeof ableitungsmodifikationenRepraesentationCodes.codes;

/**
 * `xdf:ElementTyp` (search messages): the kind of a FIM element.
 *
 * @example
 * ```ts
 * elementTypCodes.values.G; // 'Datenfeldgruppe'
 * ```
 */
export const elementTypCodes = {
  name: 'Code.ElementTyp',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.elementTyp',
  version: '1.0',
  codes: {
    C: 'Codeliste',
    D: 'Dokumentsteckbrief',
    F: 'Datenfeld',
    G: 'Datenfeldgruppe',
    S: 'Stammdatenschema',
  },
} as const satisfies Xdf2CodeList;
/** An `ElementTyp` code. */
export type ElementTyp = keyof typeof elementTypCodes.codes;

/**
 * `xdf:Suchfeld` (search messages; `listURI` fixed to `urn:xoev-de:fim:codeliste:xdatenfelder.feld`).
 *
 * @example
 * ```ts
 * suchfeldCodes.values.codelistenWerte; // 'Codelistenwerte'
 * ```
 */
export const suchfeldCodes = {
  name: 'Code.Suchfeld',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.feld',
  version: '1.0',
  codes: {
    beschreibung: 'Beschreibung',
    bezeichnungAusgabe: 'Bezeichnung Ausgabe',
    bezeichnungEingabe: 'Bezeichnung Eingabe',
    bezug: 'Bezug',
    codelistenWerte: 'Codelistenwerte',
    definition: 'Definition',
    hilfetext: 'Hilfetext',
    hilfetextAusgabe: 'Hilfetext Ausgabe',
    hilfetextEingabe: 'Hilfetext Eingabe',
    id: 'ID',
    inhalt: 'Inhalt',
    name: 'Name',
  },
} as const satisfies Xdf2CodeList;
/** A `Suchfeld` code. */
export type Suchfeld = keyof typeof suchfeldCodes.codes;

/**
 * Every XDF 2.0 code list, keyed by its XSD code type name (`Code.Datentyp`, ...).
 *
 * @example
 * ```ts
 * xdf2CodeLists['Code.Feldart']?.canonicalUri; // 'urn:xoev-de:fim:codeliste:xdatenfelder.feldart'
 * ```
 */
export const xdf2CodeLists: Readonly<Record<string, Xdf2CodeList>> = Object.freeze(
  Object.fromEntries(
    [
      datentypCodes,
      feldartCodes,
      schemaelementartCodes,
      statusCodes,
      ableitungsmodifikationenStrukturCodes,
      ableitungsmodifikationenRepraesentationCodes,
      elementTypCodes,
      suchfeldCodes,
    ].map((l) => [l.name, l]),
  ),
);

/**
 * True when `code` is a value of `list`.
 *
 * @example
 * ```ts
 * isKnownCode(feldartCodes, 'hidden'); // false (XDF 3.0 only)
 * ```
 */
export function isKnownCode(list: Xdf2CodeList, code: string): boolean {
  return Object.hasOwn(list.codes, code);
}

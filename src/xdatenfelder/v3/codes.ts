/**
 * The code lists of XDatenfelder 3.0.0 as plain data: the enumerations of `xdatenfelder-baukasten.xsd`
 * (labels from their `wertErsteBeschreibungsspalte`), plus `Freigabestatus` (XProzess status list) and
 * `Relation`, whose values the XSD leaves open (`xs:token`) and which come from the FIM spec sheet.
 *
 * Each list has its `canonicalUri` (the `listURI` an instance writes), its `version` (the
 * `listVersionID` the XSD fixes, or the version observed in FIM exports) and its `codes` with labels.
 * The code types are the keys. Values outside a list are kept by `parse` and reported as
 * `xdf3/unknown-code` warnings.
 *
 * @module
 */

import type { CodeList } from '../../core/codes.js';

export type { CodeList } from '../../core/codes.js';

/**
 * `AbleitungsmodifikationenRepraesentation`: may a derived element change the representation?
 *
 * @example
 * ```ts
 * ableitungsmodifikationenRepraesentation.codes['0']; // 'nicht modifizierbar'
 * ```
 */
export const ableitungsmodifikationenRepraesentation = {
  name: 'XDatenfelder.AbleitungsmodifikationenRepraesentation',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenRepraesentation',
  version: '1.0',
  codes: { '0': 'nicht modifizierbar', '1': 'modifizierbar' },
} as const satisfies CodeList;
/** A code of {@link ableitungsmodifikationenRepraesentation}. */
export type AbleitungsmodifikationenRepraesentation =
  keyof typeof ableitungsmodifikationenRepraesentation.codes;

/**
 * `AbleitungsmodifikationenStruktur`: which structural changes a derived element may make.
 *
 * @example
 * ```ts
 * ableitungsmodifikationenStruktur.codes['3']; // 'alles modifizierbar'
 * ```
 */
export const ableitungsmodifikationenStruktur = {
  name: 'XDatenfelder.AbleitungsmodifikationenStruktur',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.ableitungsmodifikationenStruktur',
  version: '1.0',
  codes: {
    '0': 'nicht modifizierbar',
    '1': 'nur einschränkbar',
    '2': 'nur erweiterbar',
    '3': 'alles modifizierbar',
  },
} as const satisfies CodeList;
/** A code of {@link ableitungsmodifikationenStruktur}. */
export type AbleitungsmodifikationenStruktur = keyof typeof ableitungsmodifikationenStruktur.codes;

/**
 * `Datenqualitaet`: test or production data (message header).
 *
 * @example
 * ```ts
 * datenqualitaet.codes.PROD; // 'Produktive Daten'
 * ```
 */
export const datenqualitaet = {
  name: 'XDatenfelder.Datenqualitaet',
  canonicalUri: 'urn:xoev-de:fim:codeliste:datenfelder.datenqualitaet',
  version: '1.0',
  codes: { PROD: 'Produktive Daten', TEST: 'Testdaten' },
} as const satisfies CodeList;
/** A code of {@link datenqualitaet}. */
export type Datenqualitaet = keyof typeof datenqualitaet.codes;

/**
 * `Datentyp`: the data type of a `Datenfeld`.
 *
 * @example
 * ```ts
 * datentyp.codes.num_int; // 'Ganzzahl'
 * ```
 */
export const datentyp = {
  name: 'XDatenfelder.Datentyp',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.datentyp',
  version: '2.0',
  codes: {
    bool: 'Wahrheitswert',
    date: 'Datum',
    datetime: 'Zeitpunkt (Datum und Zeit)',
    file: 'Anlage (Datei)',
    num: 'Nummer',
    num_currency: 'Geldbetrag',
    num_int: 'Ganzzahl',
    obj: 'Objekt (Blob)',
    text: 'Text',
    text_latin: 'String.Latin+ 1.2 (DIN Spec 91379) Datentyp C',
    time: 'Zeit (Stunde und Minute)',
  },
} as const satisfies CodeList;
/** A code of {@link datentyp}. */
export type Datentyp = keyof typeof datentyp.codes;

/**
 * `Feldart`: the kind of a `Datenfeld`.
 *
 * @example
 * ```ts
 * feldart.codes.select; // 'Auswahl'
 * ```
 */
export const feldart = {
  name: 'XDatenfelder.Feldart',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.feldart',
  version: '2.0',
  codes: { hidden: 'versteckt', input: 'Eingabe', label: 'statisch', locked: 'gesperrt', select: 'Auswahl' },
} as const satisfies CodeList;
/** A code of {@link feldart}. */
export type Feldart = keyof typeof feldart.codes;

/**
 * `Gruppenart`: groups with special semantics.
 *
 * @example
 * ```ts
 * gruppenart.codes.X; // 'Auswahlgruppe'
 * ```
 */
export const gruppenart = {
  name: 'XDatenfelder.Gruppenart',
  canonicalUri: 'urn:xoev-de:fim:codeliste:datenfelder.gruppenart',
  version: '1.0',
  codes: { X: 'Auswahlgruppe' },
} as const satisfies CodeList;
/** A code of {@link gruppenart}. */
export type Gruppenart = keyof typeof gruppenart.codes;

/**
 * `RegelParamTyp`: what a rule parameter hands to the script.
 *
 * @example
 * ```ts
 * regelParamTyp.codes.wert; // 'Übergibt den Wert des Elements.'
 * ```
 */
export const regelParamTyp = {
  name: 'RegelParamTyp',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.regelparamtyp',
  version: '1.0',
  codes: {
    anzahl: 'Übergibt die Anzahl des Elements.',
    objekt: 'Übergibt eine Datenstruktur, die diverse Angaben zum Element enthält.',
    selektor: 'Übergibt einen Selektor auf das Element.',
    wert: 'Übergibt den Wert des Elements.',
  },
} as const satisfies CodeList;
/** A code of {@link regelParamTyp}. */
export type RegelParamTyp = keyof typeof regelParamTyp.codes;

/**
 * `Regeltyp`: the kind of a rule.
 *
 * @example
 * ```ts
 * regeltyp.codes.K; // 'Komplexe Regel'
 * ```
 */
export const regeltyp = {
  name: 'Regeltyp',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.regeltyp',
  version: '1.0',
  codes: { B: 'Berechnungsregel', K: 'Komplexe Regel', M: 'Multiplizitätsregel', V: 'Validierungsregel' },
} as const satisfies CodeList;
/** A code of {@link regeltyp}. */
export type Regeltyp = keyof typeof regeltyp.codes;

/**
 * `Schemaelementart`: abstract, harmonised or bound to a legal norm.
 *
 * @example
 * ```ts
 * schemaelementart.codes.HAR; // 'harmonisiert'
 * ```
 */
export const schemaelementart = {
  name: 'XDatenfelder.Schemaelementart',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.schemaelementart',
  version: '1.0',
  codes: { ABS: 'abstrakt', HAR: 'harmonisiert', RNG: 'rechtsnormgebunden' },
} as const satisfies CodeList;
/** A code of {@link schemaelementart}. */
export type Schemaelementart = keyof typeof schemaelementart.codes;

/**
 * `Vorbefuellung`: may or must the authority prefill the field?
 *
 * @example
 * ```ts
 * vorbefuellung.codes.keine; // 'keine Vorbefüllung'
 * ```
 */
export const vorbefuellung = {
  name: 'Vorbefuellung',
  canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.vorbefuellung',
  version: '1.0',
  codes: {
    keine: 'keine Vorbefüllung',
    optional: 'optionale Vorbefüllung',
    verpflichtend: 'verpflichtende Vorbefüllung',
  },
} as const satisfies CodeList;
/** A code of {@link vorbefuellung}. */
export type Vorbefuellung = keyof typeof vorbefuellung.codes;

/**
 * `Freigabestatus`: the XProzess status list (`urn:xoev-de:xprozess:codeliste:status`), 1–8. The XSD
 * leaves the code open; the version is the one FIM exports write.
 *
 * @example
 * ```ts
 * freigabestatus.codes['6']; // 'fachlich freigegeben (gold)'
 * ```
 */
export const freigabestatus = {
  name: 'Freigabestatus',
  canonicalUri: 'urn:xoev-de:xprozess:codeliste:status',
  version: '2022-07-12',
  codes: {
    '1': 'in Planung',
    '2': 'in Bearbeitung',
    '3': 'Entwurf',
    '4': 'methodisch freigegeben',
    '5': 'fachlich freigegeben (silber)',
    '6': 'fachlich freigegeben (gold)',
    '7': 'inaktiv',
    '8': 'vorgesehen zum Löschen',
  },
} as const satisfies CodeList;
/** A code of {@link freigabestatus}. */
export type Freigabestatus = keyof typeof freigabestatus.codes;

/**
 * `Relation`: the predicate of a relation between elements (`ABL` derivation, `ERS`, `EQU`, and the
 * portal's `VKN`). The XSD leaves the code open; the version is the one FIM exports write.
 *
 * @example
 * ```ts
 * relation.codes.ABL; // 'ist abgeleitet von'
 * ```
 */
export const relation = {
  name: 'Relation',
  canonicalUri: 'urn:xoev-de:fim-datenfelder:codeliste:relation',
  version: '1.2',
  codes: { ABL: 'ist abgeleitet von', ERS: 'ersetzt', EQU: 'ist äquivalent zu', VKN: 'ist verknüpft mit' },
} as const satisfies CodeList;
/** A code of {@link relation}. */
export type RelationCode = keyof typeof relation.codes;

/**
 * Every code list of XDatenfelder 3.0.0, keyed by the XSD code type (`Code.X`) or simple type that uses it.
 *
 * @example
 * ```ts
 * Object.keys(xdf3CodeLists['Code.Feldart'].codes); // ['hidden', 'input', 'label', 'locked', 'select']
 * ```
 */
export const xdf3CodeLists = {
  'Code.AbleitungsmodifikationenRepraesentation': ableitungsmodifikationenRepraesentation,
  'Code.AbleitungsmodifikationenStruktur': ableitungsmodifikationenStruktur,
  'Code.Datenqualitaet': datenqualitaet,
  'Code.Datentyp': datentyp,
  'Code.Feldart': feldart,
  'Code.Freigabestatus': freigabestatus,
  'Code.Gruppenart': gruppenart,
  'Code.RegelParamTyp': regelParamTyp,
  'Code.Regeltyp': regeltyp,
  'Code.Relation': relation,
  'Code.Schemaelementart': schemaelementart,
  'Code.Vorbefuellung': vorbefuellung,
} as const satisfies Record<string, CodeList>;

export { isCodeOf } from '../../core/codes.js';

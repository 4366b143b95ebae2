/**
 * The XZuFi 2.2.0 code lists whose values and labels are known (`spec/xzufi.md` §7), as plain data. Each
 * list has its `canonicalUri` (`listURI`), its `version` (`listVersionID`, where known) and its codes
 * with German labels. Values outside a list are kept by `parse`; `leikaTextmodul` values outside the list
 * are reported as `xzufi/unknown-code` warnings.
 *
 * @module
 */
import type { CodeList } from '../../core/codes.js';

/** A code list: identification plus code values with their German labels (the shared shape). */
export type XzufiCodeList<K extends string = string> = CodeList<K>;

/**
 * LeiKa Textmodul (`leikaTextmodul` of `modulText`): codes V (FIMP enum = BUNDT table); labels partly
 * **inf** (see docs/xzufi.md).
 *
 * @example
 * ```ts
 * leikaTextmodul.codes['06']; // 'Volltext'
 * ```
 */
export const leikaTextmodul = {
  name: 'LeiKa-Textmodul',
  canonicalUri: 'urn:de:xzufi:codeliste:leistungstextmodulleika',
  version: '20240216',
  codes: {
    '02': 'Leistungsbezeichnung',
    '03': 'Leistungsbezeichnung II',
    '05': 'Kurztext',
    '06': 'Volltext',
    '07': 'Rechtsgrundlage(n)',
    '08': 'Erforderliche Unterlagen',
    '09': 'Voraussetzungen',
    '11': 'Verfahrensablauf',
    '14': 'Formulare',
    '15': 'Weiterführende Informationen',
    '16': 'Hinweise (Besonderheiten)',
    '18': 'Urheber',
    '22': 'Zuständige Stelle',
    '23': 'Ansprechpunkt',
    '24': 'Teaser',
    '25': 'Rechtsbehelf',
  },
} as const satisfies XzufiCodeList;
/** A code of {@link leikaTextmodul}. */
export type LeikaTextmodulCode = keyof typeof leikaTextmodul.codes;

/**
 * LeiKa Typisierung (`typisierung`): values V (FIMP), labels from the LeiKa tool (LTOOL).
 *
 * @example
 * ```ts
 * typisierung.codes['4']; // 'Regelung Land'
 * ```
 */
export const typisierung = {
  name: 'LeiKa-Typisierung',
  canonicalUri: 'urn:de:fim:leika:typisierung',
  version: '',
  codes: {
    '1': 'Regelungs- und Vollzugskompetenz Bund',
    '2': 'Regelung Bund, Vollzug Land/Kommune',
    '2a': 'Regelung Bund, Vollzug Land',
    '2b': 'Regelung Bund, Ausführungsvorschriften Land, Vollzug Kommune',
    '3': 'Regelung Bund (Abweichungsrecht), Vollzug Land/Kommune',
    '3a': 'Regelung Bund (Abweichungsrecht), Vollzug Land',
    '3b': 'Regelung Bund (Abweichungsrecht), Ausführungsvorschriften Land, Vollzug Kommune',
    '2/3': 'Regelung Bund, Vollzug Land/Kommune',
    '2/3a': 'Regelung Bund, Vollzug Land',
    '2/3b': 'Regelung Bund, Ausführungsvorschriften Land, Vollzug Kommune',
    '4': 'Regelung Land',
    '4a': 'Regelung und Vollzug Land',
    '4b': 'Regelung Land, Vollzug Kommune',
    '5': 'Regelung kommunal',
    '6': 'allgemeine Hinweise (informativ)',
    '7': 'Service- und Sonderrufnummern',
    '10': 'verwaltungsinterne Leistung',
    '11': 'SDG-Informationen: allgemeine Rechte und Pflichten',
    '12': 'SDG-Informationen: Hilfs- und Problemlösungsdienste',
  },
} as const satisfies XzufiCodeList;
/** A code of {@link typisierung}. */
export type TypisierungCode = keyof typeof typisierung.codes;

/**
 * Leistungsadressat (`leistungsadressat`): `001`, `002` V (FIMP); label of `003` **inf**.
 *
 * @example
 * ```ts
 * leistungsadressat.codes['002']; // 'Unternehmen'
 * ```
 */
export const leistungsadressat = {
  name: 'Leistungsadressat',
  canonicalUri: '',
  version: '',
  codes: { '001': 'Bürger', '002': 'Unternehmen', '003': 'Verwaltung' },
} as const satisfies XzufiCodeList;
/** A code of {@link leistungsadressat}. */
export type LeistungsadressatCode = keyof typeof leistungsadressat.codes;

/**
 * Onlinedienst-Linktyp (`link/typ` of an Onlinedienst): only `01` is known (CDX).
 *
 * @example
 * ```ts
 * onlinedienstlinktyp.codes['01']; // 'Link zum Start des Onlinedienstes'
 * ```
 */
export const onlinedienstlinktyp = {
  name: 'Onlinedienstlinktyp',
  canonicalUri: 'urn:xoev-de:fim:codeliste:onlinedienstlinktyp',
  version: '',
  codes: { '01': 'Link zum Start des Onlinedienstes' },
} as const satisfies XzufiCodeList;

/**
 * True when `code` is a value of `list`.
 *
 * @example
 * ```ts
 * isXzufiCodeOf(leikaTextmodul, '06'); // true
 * ```
 */
export function isXzufiCodeOf<K extends string>(list: XzufiCodeList<K>, code: string): code is K {
  return Object.hasOwn(list.codes, code);
}

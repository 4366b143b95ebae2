/**
 * XProzess 2.0 code lists as data: the list names, the URN families seen in practice and the code
 * values known from a source (`../shared/spec/xprozess.md` §4–§5). Lists whose values are not
 * published anywhere reachable carry no `codes`; their values are accepted as written.
 *
 * @module
 */

/**
 * The URN prefixes under which XProzess lists occur: `urn:xoev-de:xprozess:codeliste:` (XRepository,
 * real exports) and `urn:de:xprozess:codeliste:` (fixed in the XSD).
 *
 * @example
 * ```ts
 * XPROZESS_LIST_PREFIXES[0] + 'status'; // 'urn:xoev-de:xprozess:codeliste:status'
 * ```
 */
export const XPROZESS_LIST_PREFIXES = [
  'urn:xoev-de:xprozess:codeliste:',
  'urn:de:xprozess:codeliste:',
] as const;

/**
 * The Destatis URN prefixes of the regional keys (`urn:de:bund:destatis:…` in the XSD and XRepository,
 * `urn:xoev-de:bund:destatis:…` in real exports).
 *
 * @example
 * ```ts
 * DESTATIS_LIST_PREFIXES[1] + 'bundesland';
 * ```
 */
export const DESTATIS_LIST_PREFIXES = [
  'urn:de:bund:destatis:bevoelkerungsstatistik:schluessel:',
  'urn:xoev-de:bund:destatis:bevoelkerungsstatistik:schluessel:',
] as const;

/**
 * A code list of XProzess 2.0: the names its URI ends with, extra accepted URIs, and known values.
 *
 * @example
 * ```ts
 * const l: XprozessCodeList = { list: 'status', codes: { '2': 'in Bearbeitung' } };
 * ```
 */
export interface XprozessCodeList {
  /** Last URN segment (`status`, `referenzaktivitaetengruppe`, `bundesland`). */
  readonly list: string;
  /** `'destatis'` for the regional keys, else the XProzess families. */
  readonly family?: 'destatis';
  /** Other full URIs seen in practice for this list. */
  readonly otherUris?: readonly string[];
  /** Known values with labels; absent when no source publishes them. */
  readonly codes?: Readonly<Record<string, string>>;
}

const fromList = (values: string): Record<string, string> =>
  Object.fromEntries(values.split(' ').map((c) => [c, '']));

/**
 * Message codes (`nachricht`), by root name.
 *
 * @example
 * ```ts
 * NACHRICHT_CODES['0303']; // 'alleInhalte.export.0303'
 * ```
 */
export const NACHRICHT_CODES = {
  '0101': 'prozesskatalog.anfrage.0101',
  '0102': 'prozesskatalog.antwort.0102',
  '0103': 'prozesskatalog.export.0103',
  '0201': 'prozessbibliothek.anfrage.0201',
  '0202': 'prozessbibliothek.antwort.0202',
  '0203': 'prozessbibliothek.export.0203',
  '0301': 'alleInhalte.anfrage.0301',
  '0302': 'alleInhalte.antwort.0302',
  '0303': 'alleInhalte.export.0303',
} as const;

/**
 * Status codes (`status`, shared with XDatenfelder 3 `freigabestatus`).
 *
 * @example
 * ```ts
 * STATUS_CODES['6']; // 'fachlich freigegeben (gold)'
 * ```
 */
export const STATUS_CODES = {
  '1': 'in Planung',
  '2': 'in Bearbeitung',
  '3': 'Entwurf',
  '4': 'methodisch freigegeben',
  '5': 'fachlich freigegeben (silber)',
  '6': 'fachlich freigegeben (gold)',
  '7': 'inaktiv',
  '8': 'vorgesehen zum Löschen',
} as const;

/**
 * Reference activity groups (`referenzaktivitaetengruppe`, enumerated 1–8 in the XSD). The labels are
 * working labels inferred from the instance and the `spezifischeAttribute` variants (fact sheet §5).
 *
 * @example
 * ```ts
 * REFERENZAKTIVITAETENGRUPPE_CODES['5']; // 'Entscheidung'
 * ```
 */
export const REFERENZAKTIVITAETENGRUPPE_CODES = {
  '1': 'Informationen/Daten empfangen',
  '2': 'Informationen/Daten bereitstellen',
  '3': 'formelle Prüfung',
  '4': 'sachliche/materielle Prüfung',
  '5': 'Entscheidung',
  '6': 'Bearbeitung',
  '7': 'Mitwirkung/Beteiligung',
  '8': 'sonstige',
} as const;

/**
 * Process roles (`prozessrolle`), as mapped by GerPS (third-party).
 *
 * @example
 * ```ts
 * PROZESSROLLE_CODES['2']; // 'Hauptakteur'
 * ```
 */
export const PROZESSROLLE_CODES = {
  '1': 'Ergebnisempfänger',
  '2': 'Hauptakteur',
  '3': 'Mitwirkender',
} as const;

/**
 * The code lists by XSD code type name.
 *
 * @example
 * ```ts
 * XPROZESS_CODE_LISTS['Code.Status']?.list; // 'status'
 * ```
 */
export const XPROZESS_CODE_LISTS: Readonly<Record<string, XprozessCodeList>> = {
  'Code.Nachricht': { list: 'nachricht', codes: Object.fromEntries(Object.entries(NACHRICHT_CODES)) },
  'Code.Status': { list: 'status', codes: STATUS_CODES },
  'Code.Prozessrolle': { list: 'prozessrolle', codes: PROZESSROLLE_CODES },
  'Code.Entscheidungsart': { list: 'entscheidungsart' },
  'Code.FormellePruefung': { list: 'formellepruefung' },
  'Code.Bearbeitungsart': { list: 'bearbeitungsart' },
  'Code.Versionen': { list: 'versionen' },
  'Code.Referenzaktivitaetengruppe': {
    list: 'referenzaktivitaetengruppe',
    codes: REFERENZAKTIVITAETENGRUPPE_CODES,
  },
  'Code.Modellierungsmethode': { list: 'modellierungsmethode' },
  'Code.Uebermittlungsart': { list: 'uebermittlungsart' },
  'Code.Beteiligungsform': { list: 'beteiligungsform' },
  'Code.Handlungsgrundlagenart': {
    list: 'handlungsgrundlagenart',
    otherUris: ['urn:xoev-de:mv:em:codeliste:xprozess:handlungsgrundlagenart'],
  },
  'Code.Zwecksetzung': { list: 'zwecksetzung' },
  'Code.OperativesZiel': {
    list: 'operativesziel',
    otherUris: ['urn:xoev-de:fim:codeliste:operativesziel'],
    codes: fromList('101 201 202 203 204 205 206 207 208 311 312 313 314 321 401 501 601 602 999'),
  },
  'Code.Handlungsform': {
    list: 'handlungsform',
    otherUris: ['urn:xoev-de:fim:codeliste:handlungsform'],
    codes: fromList(
      '101 102 103 104 105 111 112 113 114 115 121 201 202 203 204 205 210 221 222 301 302 303 304 305 310 410 420 430 450 801 802 803 804 805 806 999',
    ),
  },
  'Code.Verfahrensart': {
    list: 'verfahrensart',
    otherUris: ['urn:xoev-de:fim:codeliste:verfahrensart'],
    codes: fromList(
      '101 111 121 201 221 222 231 301 302 303 304 311 312 321 322 331 332 333 334 341 361 401 403 421 422 441 451 461 501 503 541 561 801 831 832 833 834 841 842 843 844 851 852 853 854 861 871 911 912 921 998 999',
    ),
  },
  'Code.Detaillierungsstufe': { list: 'detaillierungsstufe', codes: fromList('101 102 103 104 105') },
  'Code.MimeType': { list: 'mimetype' },
  'Code.Datentyp': { list: 'datentyp', otherUris: ['urn:xoev-de:xdomea:codeliste:datentyp'] },
  'Code.Kreis': { list: 'kreis', family: 'destatis' },
  'Code.Bezirk': { list: 'bezirk', family: 'destatis' },
  'Code.Bundesland': {
    list: 'bundesland',
    family: 'destatis',
    codes: fromList('01 02 03 04 05 06 07 08 09 10 11 12 13 14 15 16'),
  },
  'Code.Gemeindeschluessel': { list: 'ags', family: 'destatis' },
  'Code.Regionalschluessel': { list: 'rs', family: 'destatis' },
  'Code.Staat': { list: 'staat', family: 'destatis' },
  'Code.Gemeindeverband': { list: 'gemeindeverband', family: 'destatis' },
};

/**
 * True when `uri` is an accepted URI of the list (either URN family, or a URI seen in practice).
 *
 * @example
 * ```ts
 * isAcceptedListUri(XPROZESS_CODE_LISTS['Code.Status']!, 'urn:de:xprozess:codeliste:status'); // true
 * ```
 */
export function isAcceptedListUri(list: XprozessCodeList, uri: string): boolean {
  const prefixes = list.family === 'destatis' ? DESTATIS_LIST_PREFIXES : XPROZESS_LIST_PREFIXES;
  return prefixes.some((p) => uri === p + list.list) || (list.otherUris?.includes(uri) ?? false);
}

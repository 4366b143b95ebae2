/**
 * Binding specs of the XZuFi 2.2.0 data types shared by every object (`spec/xzufi.md` §3): Identifikator,
 * the XÖV Code, localised (HTML) strings, links, periods, version and language information, amounts.
 *
 * @module
 */
import { complexType, type ElementSpec, many, one, type TypeSpec, text } from '../../core/binding/index.js';
import { INFERRED_NAMES } from './inferred.js';

/** `Identifikator` (V/P, §3): the value as simple content plus the UN/CEFACT-style scheme attributes. */
export const Identifikator = complexType('Identifikator', () => [], {
  simpleContent: true,
  attributes: [
    { name: 'schemeAgencyID' },
    { name: 'schemeAgencyName' },
    { name: 'schemeDataURI' },
    { name: 'schemeID' },
    { name: 'schemeName' },
    { name: 'schemeURI' },
    { name: 'schemeVersionID' },
  ],
});

/**
 * Declares an XÖV code type as XZuFi uses it (V, §3): unqualified `code` (1) and `name` (0..1) children,
 * `listURI` and `listVersionID` attributes.
 *
 * @example
 * ```ts
 * const CodeTypisierung = xzufiCode('Code.Typisierung');
 * ```
 */
export function xzufiCode(name: string): TypeSpec {
  return complexType(
    name,
    () => [
      { name: 'code', type: 'text', min: 1, max: 1, unqualified: true },
      { name: 'name', type: 'text', min: 0, max: 1, unqualified: true },
    ],
    { attributes: [{ name: 'listURI' }, { name: 'listVersionID' }] },
  );
}

/** Any XÖV code of XZuFi 2.2.0 (the lists differ, the shape does not). */
export const Code = xzufiCode('Code');

/** `StringLocalized` (V, §3): text plus `languageCode`. */
export const StringLocalized = complexType('StringLocalized', () => [], {
  simpleContent: true,
  attributes: [{ name: 'languageCode' }],
});

/** `HtmlStringLocalized` (P, §3): HTML markup as text (kept verbatim), plus `languageCode`. */
export const HtmlStringLocalized = complexType('HtmlStringLocalized', () => [], {
  simpleContent: true,
  attributes: [{ name: 'languageCode' }],
});

/** `HyperlinkErweitert` (V, §3): `uri`, `titel`, `beschreibung`, `positionDarstellung`. */
export const HyperlinkErweitert = complexType(
  'HyperlinkErweitert',
  () => [text('uri'), text('titel', 0), text('beschreibung', 0), text('positionDarstellung', 0)],
  { attributes: [{ name: 'languageCode' }] },
);

/** `Zeitraum` (P, §3): `beginn`, `ende`, `zusatz`. */
export const Zeitraum = complexType('Zeitraum', () => [
  text('beginn', 0),
  text('ende', 0),
  many('zusatz', StringLocalized),
]);

/** The five audit members shared by Versionsinformation and Sprachversion (V/P, §3). */
function audit(): ElementSpec[] {
  return [
    text('erstelltDatumZeit', 0),
    text('erstelltDurch', 0),
    text('geaendertDatumZeit', 0),
    text('geaendertDurch', 0),
    text('version', 0),
  ];
}

/** `Versionsinformation` (V/P, §3). */
export const Versionsinformation = complexType('Versionsinformation', audit);

/** `Sprachversion` (V/P, §3): the language and its names, then the audit members. */
export const Sprachversion = complexType('Sprachversion', () => [
  text('languageCode'),
  text('sprachbezeichnungDeutsch', 0),
  text('sprachbezeichnungNativ', 0),
  ...audit(),
]);

/** `Amount` (P, §3): decimal value with its currency attribute (attribute name **inf**, see `INFERRED_NAMES`). */
export const Amount = complexType('Amount', () => [], {
  simpleContent: true,
  attributes: [{ name: INFERRED_NAMES.currencyAttribute }],
});

/** The header every 2.2.0 module starts with (V/P, §4.2). */
export function modulKopf(): ElementSpec[] {
  return [
    text('positionDarstellung', 0),
    one('id', Identifikator, 0),
    many('idSekundaer', Identifikator),
    many('gueltigkeit', Zeitraum),
  ];
}

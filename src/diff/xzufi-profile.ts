/**
 * The XZuFi diff profile: relevance levels of Leistung properties (history and status, descriptive
 * metadata, texts, and the substance: Kosten, Fristen, Unterlagen, LeiKa references, typing).
 *
 * @module
 */
import type { Level } from './model.js';
import type { DiffProfile } from './profile.js';

/**
 * XZuFi properties hidden from level 1 on (history and status): version information, secondary ids,
 * validity periods and content the XSD does not define.
 *
 * @example
 * ```ts
 * XZUFI_HISTORY_PROPERTIES.has('versionsinformation'); // true
 * ```
 */
export const XZUFI_HISTORY_PROPERTIES: ReadonlySet<string> = new Set([
  'versionsinformation',
  'sprachversion',
  'idSekundaer',
  'gueltigkeit',
  'modulFachlicheFreigabe',
  'modulUrsprungsportal',
  '$unknownElements',
  '$unknownAttributes',
]);

/**
 * XZuFi properties hidden from level 2 on (descriptive metadata): display positions, links, keywords,
 * categories, the Herausgeber.
 *
 * @example
 * ```ts
 * XZUFI_DESCRIPTIVE_PROPERTIES.has('weiterfuehrenderLink'); // true
 * ```
 */
export const XZUFI_DESCRIPTIVE_PROPERTIES: ReadonlySet<string> = new Set([
  'positionDarstellung',
  'weiterfuehrenderLink',
  'linkKostenbildung',
  'modulBegriffImKontext',
  'modulAuskunftshinweis',
  'kategorie',
  'herausgeber',
  'informationsbereichSDG',
  'idLeistungImKontext',
  'id',
]);

/**
 * XZuFi properties hidden at level 3 (texts): the text of a module in one language, descriptions,
 * labels.
 *
 * @example
 * ```ts
 * XZUFI_TEXT_PROPERTIES.has('value'); // true (the text of a `text` node)
 * ```
 */
export const XZUFI_TEXT_PROPERTIES: ReadonlySet<string> = new Set([
  'value',
  'leikaTextmodulAbweichendeBezeichnung',
  'beschreibung',
  'bezeichnung',
  'beschreibungKostenfreiheit',
  'beschreibungVariabilitaet',
  'languageCode',
]);

/**
 * The relevance level of an XZuFi property change: 0 history and status, 1 descriptive metadata, 2
 * texts, 3 everything else (Kosten amounts and types, Fristen, Unterlagen types, LeiKa references,
 * typing, Vertrauensniveau).
 *
 * @example
 * ```ts
 * xzufiPropertyLevel('text', 'value'); // 2
 * xzufiPropertyLevel('cost', 'kostenFix'); // 3
 * ```
 */
export function xzufiPropertyLevel(_type: string, property: string): Level {
  if (XZUFI_HISTORY_PROPERTIES.has(property)) return 0;
  if (XZUFI_DESCRIPTIVE_PROPERTIES.has(property)) return 1;
  if (XZUFI_TEXT_PROPERTIES.has(property)) return 2;
  return 3;
}

/**
 * The XZuFi {@link DiffProfile}: every property change is `changed` (the word-level text diff is
 * reported beside the changes, see `diffXzufi`); no derivation relation.
 *
 * @example
 * ```ts
 * const changes = diffTrees(xzufiToTree(a), xzufiToTree(b), xzufiProfile);
 * ```
 */
export const xzufiProfile: DiffProfile = {
  propertyLevel: xzufiPropertyLevel,
  refPropertyLevel: () => 3,
  classifyProperty: () => ({ kind: 'changed' }),
  classifyRefProperty: () => ({ kind: 'changed' }),
  derivedFrom: () => [],
  similarityIgnored: XZUFI_HISTORY_PROPERTIES,
};

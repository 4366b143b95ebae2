/**
 * The XZuFi 2.3.1 choices that rest on the weakest evidence, in one table. Every 2.3.1 element name is
 * derived from the FIM Portal model (`spec/xzufi.md` §8, level **inf**); the entries here are those where
 * the fact sheet itself hesitates (a `?`, two spellings) or gives no position. Change a value here when the
 * XSD or a real file says otherwise: specs, builder and zod schema follow.
 *
 * @module
 */

/**
 * The least certain XZuFi 2.3.1 names and positions.
 *
 * @example
 * ```ts
 * INFERRED_NAMES_23.versionsinformation; // 'versionsinformationen'
 * ```
 */
export const INFERRED_NAMES_23 = {
  /** Namespace (§1: inferred from the 2.2.0 pattern and the FIM Portal enum value `2_3_1`). */
  namespace: 'http://xoev.de/schemata/xzufi/2_3_1',
  /** Leistung §8 #36: FIMP `versionsinformationen`, 2.2.0 (V) `versionsinformation`; the derivation rule wins. */
  versionsinformation: 'versionsinformationen',
  /** Leistung §8 #27: FIMP `informationsbereiche_sdg` (the sheet writes `informationsbereicheSDG?`). */
  informationsbereicheSDG: 'informationsbereicheSDG',
  /** Module header §8 #10: "every module now starts with `zugangskanal`"; written first, before the 2.2 header. */
  zugangskanal: 'zugangskanal',
  /** Dokument §8 #15: the form reference (FIMP `formular_referenz`; 2.2 used `referenzFormularID`, also inf). */
  formularReferenz: 'formularReferenz',
  /** Kategorieklasse §8 #25: the new `typ` (001–004), position not given; written after `idSekundaer`. */
  kategorieklasseTyp: 'typ',
} as const;

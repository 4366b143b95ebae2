/**
 * The report types of the XZuFi service-text harmonisation: a Stammtext (XZuFi 2.2.0 Leistung) against
 * regional variants of the same LeiKa key, per text module and language, plus the structured modules
 * (Kosten, Fristen, Bearbeitungsdauer, Dokumente) and the Zuständigkeit-relevant fields. JSON output is
 * the {@link ServiceTextReport} itself (docs/harmonisation.md, "Dienstleistungstexte (XZuFi)").
 *
 * @module
 */
import type { Diagnostic } from '../../core/diagnostics.js';
import type { TextDiffOp } from '../../diff/text-diff.js';

/**
 * How a variant treats one text module in one language, compared with the Stamm:
 * - `unchanged`: the same text after normalising whitespace and HTML (markup may differ);
 * - `rephrased`: wording changed, at least half of the words shared (word-level diff);
 * - `extended`: the Stamm text is contained (no Stamm word removed), words added;
 * - `replaced`: wording changed, less than half of the words shared;
 * - `missing`: the Stamm fills it, the variant does not have it;
 * - `empty`: the variant has the module, but without content;
 * - `added`: the variant fills a module (or language) the Stamm does not fill.
 *
 * @example
 * ```ts
 * const s: TextStatus = 'extended';
 * ```
 */
export type TextStatus = 'unchanged' | 'rephrased' | 'extended' | 'replaced' | 'missing' | 'empty' | 'added';

/**
 * Every {@link TextStatus}, in report order.
 *
 * @example
 * ```ts
 * TEXT_STATUSES.length; // 7
 * ```
 */
export const TEXT_STATUSES: readonly TextStatus[] = [
  'unchanged',
  'rephrased',
  'extended',
  'replaced',
  'added',
  'empty',
  'missing',
];

/**
 * The statuses that count as "overridden" (überschrieben): the variant has its own text in place of the
 * Stamm's.
 *
 * @example
 * ```ts
 * OVERRIDDEN.includes('replaced'); // true
 * ```
 */
export const OVERRIDDEN: readonly TextStatus[] = ['rephrased', 'extended', 'replaced'];

/**
 * One text unit: a LeiKa text module (`modulText`, code 02–25) or an individual module
 * (`modulTextIndividuell`, key `individuell:<code>`) in one language.
 *
 * @example
 * ```ts
 * const u: TextUnitRef = { key: '06/de', module: '06', language: 'de', label: 'Volltext' };
 * ```
 */
export interface TextUnitRef {
  /** `<module>/<language>`, e.g. `06/de`, `individuell:MS01/de`; language `''` when unknown. */
  readonly key: string;
  /** LeiKa Textmodul code, or `individuell:<code>` for an individual module. */
  readonly module: string;
  /** `languageCode` of the `inhalt` (`''` when a module has none and the language cannot be inferred). */
  readonly language: string;
  /** German label of the module (code list label, or the individual module type's name). */
  readonly label: string;
}

/**
 * The classification of one text unit of one variant.
 *
 * @example
 * ```ts
 * variant.texts.filter((t) => t.status === 'missing').map((t) => t.key);
 * ```
 */
export interface TextClassification extends TextUnitRef {
  readonly status: TextStatus;
  /** Words of the Stamm text kept by the variant / words of both (Dice on the word-level LCS), 0–1. */
  readonly similarity?: number;
  readonly wordsAdded?: number;
  readonly wordsRemoved?: number;
  /** `unchanged` only: the words are equal but the HTML markup differs. */
  readonly markupChanged?: boolean;
  /** Word-level diff against the Stamm (`rephrased`, `extended`). */
  readonly diff?: readonly TextDiffOp[];
  /** The variant's text as plain text (`rephrased`, `extended`, `replaced`, `added`). */
  readonly text?: string;
}

/**
 * How a variant treats a structured field: `unchanged`, `changed`, `added` (only the variant has it),
 * `missing` (only the Stamm has it).
 *
 * @example
 * ```ts
 * const s: FieldStatus = 'changed';
 * ```
 */
export type FieldStatus = 'unchanged' | 'changed' | 'added' | 'missing';

/**
 * The structured fields compared: the Kosten, Fristen, Bearbeitungsdauer and Dokument modules and the
 * Zuständigkeit-relevant parts (Typisierung, Gültigkeitsgebiet, Leistungsadressat).
 *
 * @example
 * ```ts
 * const f: FieldKey = 'modulKosten';
 * ```
 */
export type FieldKey =
  | 'modulKosten'
  | 'modulFrist'
  | 'modulBearbeitungsdauer'
  | 'modulDokument'
  | 'typisierung'
  | 'gueltigkeitGebietID'
  | 'leistungsadressat';

/**
 * One structured field of a variant against the Stamm. Values are normalised lines (one per Kosten,
 * Frist, Dokument, code ...), compared as multisets.
 *
 * @example
 * ```ts
 * variant.fields.find((f) => f.field === 'modulKosten')?.addedLines;
 * ```
 */
export interface FieldClassification {
  readonly field: FieldKey;
  /** German label (`Kosten`, `Fristen`, ...). */
  readonly label: string;
  readonly status: FieldStatus;
  readonly stamm: readonly string[];
  readonly local: readonly string[];
  /** Lines only in the variant. */
  readonly addedLines: readonly string[];
  /** Lines only in the Stamm. */
  readonly removedLines: readonly string[];
}

/**
 * Who published a Leistung, and what it is.
 *
 * @example
 * ```ts
 * report.stamm.redaktion; // 'B100019'
 * ```
 */
export interface LeistungInfo {
  /** File name or label given by the caller. */
  readonly source: string;
  /** `id` of the Leistung. */
  readonly id: string;
  /** `schemeAgencyID` of the id: the Redaktion (`B100019` federal, `L1000xx` Land, ...). */
  readonly redaktion?: string;
  /** `schemeAgencyName` of the id, or the Herausgeber's name. */
  readonly redaktionName?: string;
  /** The LeiKa keys of `referenzLeiKa`. */
  readonly leikaKeys: readonly string[];
  /** Text module 02 (Leistungsbezeichnung), plain text, first language. */
  readonly bezeichnung: string;
}

/**
 * Count per {@link TextStatus}.
 *
 * @example
 * ```ts
 * const c: StatusCounts = { unchanged: 5, rephrased: 1, extended: 0, replaced: 0, missing: 0, empty: 0, added: 1 };
 * ```
 */
export type StatusCounts = Readonly<Record<TextStatus, number>>;

/**
 * One variant against the Stamm.
 *
 * @example
 * ```ts
 * report.variants.map((v) => [v.leistung.source, v.completeness]);
 * ```
 */
export interface ServiceTextVariant {
  readonly leistung: LeistungInfo;
  /** Every text unit of the Stamm or the variant, in module and language order. */
  readonly texts: readonly TextClassification[];
  readonly fields: readonly FieldClassification[];
  readonly counts: StatusCounts;
  /** Text units the Stamm fills. */
  readonly stammFilled: number;
  /** Of those, the units the variant fills too (whatever its text). */
  readonly filledOfStamm: number;
  /** filledOfStamm / stammFilled (1 when the Stamm fills nothing). */
  readonly completeness: number;
  /** Problems with this variant (e.g. `harmonise/leika-key-mismatch`). */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * One text unit across all variants.
 *
 * @example
 * ```ts
 * report.modules.filter((m) => m.overridden > 1).map((m) => m.key);
 * ```
 */
export interface ModuleOverview extends TextUnitRef {
  /** Whether the Stamm fills it. */
  readonly stammFilled: boolean;
  /** The Stamm's text as plain text ('' when empty or absent). */
  readonly stammText: string;
  readonly counts: StatusCounts;
  /** Variants that override it (rephrased + extended + replaced). */
  readonly overridden: number;
}

/**
 * Equivalent local texts or field values in several variants (same text after normalising whitespace and
 * HTML): a candidate for the Stamm.
 *
 * @example
 * ```ts
 * report.clusters.filter((c) => c.adoptable).map((c) => c.key);
 * ```
 */
export interface OverrideCluster {
  readonly kind: 'text' | 'field';
  /** Text unit key (`16/de`) or field key (`modulKosten`). */
  readonly key: string;
  readonly label: string;
  /** The statuses the members have (e.g. `rephrased`, `added`; `changed` for fields). */
  readonly statuses: readonly string[];
  /** The shared value (plain text, or the field lines joined by `; `). */
  readonly text: string;
  /** Sources of the variants sharing it. */
  readonly variants: readonly string[];
  /** At least k variants share it. */
  readonly adoptable: boolean;
}

/**
 * Figures over all variants.
 *
 * @example
 * ```ts
 * report.totals.meanCompleteness;
 * ```
 */
export interface ServiceTextTotals {
  readonly variants: number;
  readonly counts: StatusCounts;
  /** Mean completeness over the variants (1 without variants). */
  readonly meanCompleteness: number;
  /** Findings: Stamm units a variant leaves missing or empty, plus warning/error diagnostics. */
  readonly findings: number;
}

/**
 * Result of `harmoniseServiceTexts`; JSON output is this object.
 *
 * @example
 * ```ts
 * const r: ServiceTextReport = harmoniseServiceTexts(stamm, variants);
 * r.variants[0]?.completeness;
 * ```
 */
export interface ServiceTextReport {
  readonly standard: 'xzufi';
  readonly stamm: LeistungInfo;
  /** The LeiKa key the variants are compared under (the Stamm's first key, '' when it has none). */
  readonly leikaKey: string;
  readonly variants: readonly ServiceTextVariant[];
  readonly modules: readonly ModuleOverview[];
  /** Ranked: most variants first. */
  readonly clusters: readonly OverrideCluster[];
  /** Adoption threshold used. */
  readonly k: number;
  readonly totals: ServiceTextTotals;
  /** Problems with the Stamm or the inputs as a whole. */
  readonly diagnostics: readonly Diagnostic[];
}

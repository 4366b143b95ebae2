/**
 * The OZG priority categories and the artefact matrix of the OZG process model, as data.
 *
 * @module
 */

/**
 * The priority categories: L Labor-Leistung, K Labor-Kandidat, M mittlere Priorität, D depriorisiert.
 *
 * @example
 * ```ts
 * PRIORITY_CATEGORIES.L; // 'Labor-Leistung'
 * ```
 */
export const PRIORITY_CATEGORIES = {
  L: 'Labor-Leistung',
  K: 'Labor-Kandidat',
  M: 'mittlere Priorität',
  D: 'depriorisiert',
} as const;

/** A priority category code. */
export type PriorityCategory = keyof typeof PRIORITY_CATEGORIES;

/** Whether an artefact is required (`X`), optional (`(X)`) or not asked for (`-`). */
export type Requirement = 'X' | '(X)' | '-';

/**
 * One row of the artefact matrix.
 *
 * @example
 * ```ts
 * ARTEFACT_MATRIX.find((a) => a.id === 'personas')?.requirement.K; // 'X'
 * ```
 */
export interface ArtefactRow {
  /** Stable id used in project descriptors. */
  readonly id: string;
  /** German name as in the process model. */
  readonly label: string;
  /** English gloss. */
  readonly description: string;
  readonly requirement: Readonly<Record<PriorityCategory, Requirement>>;
}

const row = (
  id: string,
  label: string,
  description: string,
  l: Requirement,
  k: Requirement,
  m: Requirement,
  d: Requirement,
): ArtefactRow => ({
  id,
  label,
  description,
  requirement: { L: l, K: k, M: m, D: d },
});

/**
 * The artefact matrix (process model seed document): for each artefact and category, required or optional.
 *
 * @example
 * ```ts
 * ARTEFACT_MATRIX.filter((a) => a.requirement.M === 'X').map((a) => a.id);
 * ```
 */
export const ARTEFACT_MATRIX: readonly ArtefactRow[] = [
  row(
    'analysierte-leistungen',
    'Analysierte Leistungen',
    'analysed services (Handlungsgrundlage and variants named, FIM-Normenanalyse done, LeiKa updated)',
    'X',
    'X',
    'X',
    'X',
  ),
  row('priorisierung', 'Priorisierung', 'priorities (decisions justified)', 'X', 'X', 'X', 'X'),
  row('user-journey', 'User Journey', 'user journey', 'X', '(X)', '-', '-'),
  row('umsetzungsvarianten', 'Umsetzungsvarianten', 'implementation variants', 'X', 'X', 'X', '-'),
  row('architektur', 'Architektur und Komponenten', 'architecture and components', 'X', '(X)', '-', '-'),
  row('rechtsaenderungen', 'Rechtsänderungen', 'legal changes', 'X', '(X)', '(X)', '-'),
  row('fim-artefakte', 'FIM-Artefakte', 'FIM artefacts (as-is and planned stages)', 'X', 'X', 'X', '-'),
  row(
    'xoev-standards',
    'Datenübermittlungsstandards / XÖV',
    'data transfer standards / XÖV (use of standards described)',
    'X',
    'X',
    '(X)',
    '-',
  ),
  row('personas', 'Personas', 'personas', 'X', 'X', '-', '-'),
  row('referenzprozesse', 'Referenzprozesse', 'reference processes', 'X', '(X)', '-', '-'),
  row('register', 'Register', 'registers', 'X', '(X)', '(X)', '-'),
  row('harmonisierung', 'Harmonisierung', 'harmonisation', 'X', 'X', 'X', '-'),
  row('nachnutzung', 'Nachnutzung', 'reuse', 'X', 'X', 'X', '-'),
  row('prototypen', 'Prototypen', 'prototypes (effort relative to possible spread)', 'X', '(X)', '-', '-'),
];

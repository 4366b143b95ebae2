/**
 * The Ableitungsmodifikationen as data: what each code of a Stamm schema allows a derived (local)
 * artefact to change. The code meanings follow the official XSDs (XDatenfelder 2.0 and 3.0.0,
 * `simpleType AbleitungsmodifikationenStruktur` / `AbleitungsmodifikationenRepraesentation`), which
 * contradict the fact sheet; see docs/harmonisation.md.
 *
 * @module
 */

/**
 * The kinds a difference between a local element and its Stamm counterpart falls into.
 *
 * @example
 * ```ts
 * const k: DifferenceKind = 'restriction';
 * ```
 */
export type DifferenceKind = 'restriction' | 'extension' | 'other' | 'representation' | 'metadata';

/**
 * One code of an Ableitungsmodifikationen code list with what it permits.
 *
 * @example
 * ```ts
 * ABLEITUNG_STRUKTUR['1'].allows; // ['restriction']
 * ```
 */
export interface AbleitungsCode {
  /** The label in the XSD (`wertErsteBeschreibungsspalte`). */
  readonly label: string;
  /** Difference kinds this code permits (metadata is always permitted). */
  readonly allows: readonly DifferenceKind[];
}

/**
 * `AbleitungsmodifikationenStruktur` as the XSD defines it (0 nicht modifizierbar, 1 nur einschränkbar,
 * 2 nur erweiterbar, 3 alles modifizierbar) with the structural kinds each code permits.
 *
 * @example
 * ```ts
 * ABLEITUNG_STRUKTUR['3'].label; // 'alles modifizierbar'
 * ```
 */
export const ABLEITUNG_STRUKTUR = {
  '0': { label: 'nicht modifizierbar', allows: [] },
  '1': { label: 'nur einschränkbar', allows: ['restriction'] },
  '2': { label: 'nur erweiterbar', allows: ['extension'] },
  '3': { label: 'alles modifizierbar', allows: ['restriction', 'extension', 'other'] },
} as const satisfies Record<string, AbleitungsCode>;

/**
 * `AbleitungsmodifikationenRepraesentation` as the XSD defines it (0 nicht modifizierbar, 1 modifizierbar).
 *
 * @example
 * ```ts
 * ABLEITUNG_REPRAESENTATION['1'].allows; // ['representation']
 * ```
 */
export const ABLEITUNG_REPRAESENTATION = {
  '0': { label: 'nicht modifizierbar', allows: [] },
  '1': { label: 'modifizierbar', allows: ['representation'] },
} as const satisfies Record<string, AbleitungsCode>;

/**
 * German labels of the difference kinds (for reports).
 *
 * @example
 * ```ts
 * DIFFERENCE_LABELS.restriction; // 'Einschränkung'
 * ```
 */
export const DIFFERENCE_LABELS: Readonly<Record<DifferenceKind, string>> = {
  restriction: 'Einschränkung',
  extension: 'Erweiterung',
  other: 'sonstige Strukturänderung',
  representation: 'Repräsentation',
  metadata: 'Metadaten',
};

/**
 * The Stamm's permissions; unknown codes permit nothing beyond metadata (and are reported).
 *
 * @example
 * ```ts
 * const p: Permissions = { struktur: '1', repraesentation: '0' };
 * ```
 */
export interface Permissions {
  readonly struktur: string | undefined;
  readonly repraesentation: string | undefined;
}

/**
 * Whether a difference of `kind` is allowed under `permissions`. Without codes (a Stamm that is not a
 * schema) everything is allowed.
 *
 * @example
 * ```ts
 * isAllowed('extension', { struktur: '1', repraesentation: '1' }); // false: 1 = nur einschränkbar
 * ```
 */
export function isAllowed(kind: DifferenceKind, permissions: Permissions): boolean {
  if (kind === 'metadata') return true;
  if (kind === 'representation') {
    if (permissions.repraesentation === undefined) return true;
    const code = (ABLEITUNG_REPRAESENTATION as Record<string, AbleitungsCode>)[permissions.repraesentation];
    return code?.allows.includes(kind) ?? false;
  }
  if (permissions.struktur === undefined) return true;
  const code = (ABLEITUNG_STRUKTUR as Record<string, AbleitungsCode>)[permissions.struktur];
  return code?.allows.includes(kind) ?? false;
}

/**
 * A readable statement of the rule a violation breaks.
 *
 * @example
 * ```ts
 * ruleText('extension', { struktur: '1', repraesentation: '0' }); // 'ableitungsmodifikationenStruktur 1 (nur einschränkbar)'
 * ```
 */
export function ruleText(kind: DifferenceKind, permissions: Permissions): string {
  if (kind === 'representation') {
    const c = permissions.repraesentation ?? '';
    const label =
      (ABLEITUNG_REPRAESENTATION as Record<string, AbleitungsCode>)[c]?.label ?? 'unbekannter Code';
    return `ableitungsmodifikationenRepraesentation ${c} (${label})`;
  }
  const c = permissions.struktur ?? '';
  const label = (ABLEITUNG_STRUKTUR as Record<string, AbleitungsCode>)[c]?.label ?? 'unbekannter Code';
  return `ableitungsmodifikationenStruktur ${c} (${label})`;
}

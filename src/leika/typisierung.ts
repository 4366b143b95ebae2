/**
 * LeiKa Typisierung (`urn:de:fim:leika:typisierung`): who regulates and who executes a service.
 *
 * Values and labels from spec/xzufi.md §7. The catalogue also carries combined values such as `1;2/3`
 * (several Typisierungen for one service, separated by `;`).
 *
 * @module
 */

import { type Diagnostic, diagnostic, type Result } from '../core/diagnostics.js';

/**
 * The Typisierung code list: canonical URI and every known code with its label (`undefined` where the
 * label is not known: codes 8 and 9).
 *
 * @example
 * ```ts
 * TYPISIERUNG.codes['2a']; // 'Regelungskompetenz Bund, Vollzug durch Landesebene'
 * ```
 */
export const TYPISIERUNG = {
  canonicalUri: 'urn:de:fim:leika:typisierung',
  codes: {
    '1': 'Regelungs- und Vollzugskompetenz Bund',
    '2': 'Regelungskompetenz Bund, Vollzug durch Landes- oder kommunale Ebene',
    '2a': 'Regelungskompetenz Bund, Vollzug durch Landesebene',
    '2b': 'Regelungskompetenz Bund, Ausführungsvorschriften Land, Vollzug durch kommunale Ebene',
    '3': 'Regelungskompetenz Bund (Abweichungsrecht bzw. ehemals Rahmengesetzgebung), Vollzug durch Landes- oder kommunale Ebene',
    '3a': 'Regelungskompetenz Bund (Abweichungsrecht bzw. ehemals Rahmengesetzgebung), Vollzug durch Landesebene',
    '3b': 'Regelungskompetenz Bund (Abweichungsrecht bzw. ehemals Rahmengesetzgebung), Ausführungsvorschriften Land, Vollzug durch kommunale Ebene',
    '2/3': 'Regelungskompetenz Bund, Vollzug durch Landes- oder kommunale Ebene',
    '2/3a': 'Regelungskompetenz Bund, Vollzug durch Landesebene',
    '2/3b': 'Regelungskompetenz Bund, Ausführungsvorschriften Land, Vollzug durch kommunale Ebene',
    '4': 'Regelungskompetenz Land',
    '4a': 'Regelungs- und Vollzugskompetenz Land',
    '4b': 'Regelungskompetenz Land, Vollzug durch kommunale Ebene',
    '5': 'Regelungskompetenz kommunal',
    '6': 'allgemeine Hinweise mit informativem Charakter',
    '7': 'Service- und Sonderrufnummern',
    '8': undefined,
    '9': undefined,
    '10': 'verwaltungsinterne Leistung',
    '11': 'SDG-Informationen: allgemeine Rechte und Pflichten',
    '12': 'SDG-Informationen: Hilfs- und Problemlösungsdienste',
  },
} as const;

/** A known Typisierung code. */
export type TypisierungCode = keyof typeof TYPISIERUNG.codes;

/** One part of a (possibly combined) Typisierung value. */
export interface TypisierungTeil {
  /** The code as written (`2/3a`). */
  readonly code: string;
  /** True when the code is in {@link TYPISIERUNG}. */
  readonly known: boolean;
  /** The label, where known. */
  readonly label?: string;
}

/**
 * A parsed Typisierung value: one or more codes.
 *
 * @example
 * ```ts
 * parseTypisierung('1;2/3').value?.teile.map((t) => t.code); // ['1', '2/3']
 * ```
 */
export interface Typisierung {
  /** The codes, in the order written. */
  readonly teile: readonly TypisierungTeil[];
  /** The labels joined with ` / ` (unknown labels shown as `Typ <code>`). */
  readonly label: string;
}

/**
 * True when `code` is a known Typisierung code.
 *
 * @example
 * ```ts
 * isTypisierungCode('2b'); // true
 * ```
 */
export function isTypisierungCode(code: string): code is TypisierungCode {
  return Object.hasOwn(TYPISIERUNG.codes, code);
}

/**
 * Splits a Typisierung value as written in the catalogue (`1`, `2/3a`, `1;2/3`) into its codes.
 * Empty parts are dropped; whitespace around parts is ignored.
 *
 * @example
 * ```ts
 * splitTypisierung(' 1; 2/3 '); // ['1', '2/3']
 * ```
 */
export function splitTypisierung(value: string): string[] {
  return value
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * Parses a Typisierung value (possibly combined with `;`) and labels each code. Unknown codes are kept
 * with a `leika/typisierung-unknown` warning; a known code without a known label gives no diagnostic.
 *
 * @example
 * ```ts
 * const { value } = parseTypisierung('1;2/3');
 * value?.label; // 'Regelungs- und Vollzugskompetenz Bund / Regelungskompetenz Bund, Vollzug durch ...'
 * ```
 */
export function parseTypisierung(
  value: string,
  where: { line?: number; column?: number; path?: string } = {},
): Result<Typisierung> {
  const diagnostics: Diagnostic[] = [];
  const teile: TypisierungTeil[] = splitTypisierung(value).map((code) => {
    if (!isTypisierungCode(code)) {
      diagnostics.push(
        diagnostic('warning', 'leika/typisierung-unknown', `unknown Typisierung "${code}"`, 'leika', where),
      );
      return { code, known: false };
    }
    const label = TYPISIERUNG.codes[code];
    return label === undefined ? { code, known: true } : { code, known: true, label };
  });
  const label = teile.map((t) => t.label ?? `Typ ${t.code}`).join(' / ');
  return { value: { teile, label }, diagnostics };
}

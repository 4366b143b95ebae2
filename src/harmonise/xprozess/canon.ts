/**
 * Canonical strings for process properties (codes without their list URI and version, sorted sets) and
 * the label similarity used to pair renamed steps.
 *
 * @module
 */
import { labelTokens } from '../normalise.js';

const SKIP: ReadonlySet<string> = new Set(['listURI', 'listVersionID']);

/**
 * A canonical string of a bound XProzess value: an XÖV code is its `code` (list URI, version and name
 * ignored), objects are `key=value` pairs in key order (`$`-members and `exclude` keys skipped), arrays
 * are sorted and joined with `, `. Empty values give `''`.
 *
 * @example
 * ```ts
 * canonical({ formellePruefung: [{ code: '4', listURI: 'urn:x' }, { code: '1' }] }); // 'formellePruefung=1, 4'
 * ```
 */
export function canonical(value: unknown, exclude: ReadonlySet<string> = SKIP): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value))
    return value
      .map((v) => canonical(v, exclude))
      .filter((v) => v !== '')
      .sort()
      .join(', ');
  const o = value as Record<string, unknown>;
  if (typeof o.code === 'string') return o.code.trim();
  const parts: string[] = [];
  for (const k of Object.keys(o).sort()) {
    if (k.startsWith('$') || exclude.has(k)) continue;
    const v = canonical(o[k], exclude);
    if (v !== '') parts.push(`${k}=${v}`);
  }
  return parts.join('; ');
}

/**
 * Sorted unique non-empty strings joined with `, ` (the canonical form of a set).
 *
 * @example
 * ```ts
 * setOf(['b', 'a', 'b', '']); // 'a, b'
 * ```
 */
export function setOf(values: Iterable<string>): string {
  const s = new Set<string>();
  for (const v of values) if (v.trim() !== '') s.add(v.trim());
  return [...s].sort().join(', ');
}

const SUFFIXES = ['ungen', 'ung', 'en', 'er', 'e', 'n', 's'];

/**
 * Label tokens (see `labelTokens`) with a light German stemming, so that `prüfen` and `Prüfung` agree.
 *
 * @example
 * ```ts
 * stemTokens('Prüfung des Antrags'); // ['antrag', 'pruef']
 * ```
 */
export function stemTokens(label: string): string[] {
  const out = new Set<string>();
  for (const t of labelTokens(label)) {
    let s = t;
    for (const suffix of SUFFIXES) {
      if (s.length - suffix.length >= 4 && s.endsWith(suffix)) {
        s = s.slice(0, -suffix.length);
        break;
      }
    }
    out.add(s);
  }
  return [...out].sort();
}

/**
 * Dice coefficient of the stemmed label tokens of two labels, in [0, 1].
 *
 * @example
 * ```ts
 * labelSimilarity('Antrag prüfen', 'Antrag formell prüfen'); // 0.8
 * ```
 */
export function labelSimilarity(a: string, b: string): number {
  const x = stemTokens(a);
  const y = new Set(stemTokens(b));
  if (x.length === 0 && y.size === 0) return 1;
  let common = 0;
  for (const t of x) if (y.has(t)) common++;
  return (2 * common) / (x.length + y.size);
}

/**
 * German-aware text normalisation for search: case folding, umlauts and ß spelled out (`ä` → `ae`,
 * `ß` → `ss`), other diacritics dropped, words split on everything that is not a letter or digit, and a
 * light suffix stemmer so that "Staatsangehörigkeiten" finds "Staatsangehörigkeit".
 *
 * @module
 */

const FOLD: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', ẞ: 'ss' };

/**
 * Lower case, umlauts and ß spelled out, other diacritics removed.
 *
 * @example
 * ```ts
 * foldText('Straße Größe Café'); // 'strasse groesse cafe'
 * ```
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüßẞ]/g, (c) => FOLD[c] ?? c)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Suffixes the stemmer removes, longest first; a stem keeps at least four characters. */
const SUFFIXES = ['ungen', 'en', 'er', 'es', 'em', 'n', 's', 'e'] as const;

/**
 * A light German stemmer: strips one common inflection suffix (`-en`, `-er`, `-es`, `-em`, `-e`, `-n`,
 * `-s`, and `-ungen` → `-ung`) while at least four characters remain.
 *
 * @example
 * ```ts
 * stem('staatsangehoerigkeiten'); // 'staatsangehoerigkeit'
 * stem('antragsteller'); // 'antragstell'
 * ```
 */
export function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) {
      return suffix === 'ungen' ? `${word.slice(0, -5)}ung` : word.slice(0, -suffix.length);
    }
  }
  return word;
}

/**
 * The normalised, stemmed words of a text.
 *
 * @example
 * ```ts
 * tokenize('Frühere Staatsangehörigkeiten'); // ['frueher', 'staatsangehoerigkeit']
 * ```
 */
export function tokenize(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '')
    .map(stem);
}

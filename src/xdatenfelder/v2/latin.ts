/**
 * XÖV `String.Latin` 1.1 (`latinchars.xsd`, namespace `http://xoev.de/latinchars/1_1/datatypes`): the
 * characters XDF 2.0 allows in its text elements. Real exports break this (GerPS texts contain "≤"),
 * so the parser reports it as the warning `xdf2/not-string-latin` instead of failing.
 *
 * @module
 */

/** The single characters of the String.Latin 1.1 pattern (the first alternative of the XSD pattern). */
const SINGLE =
  '\\t\\n\\r\\x20-\\x7e\\xa1-\\xac\\xae-\\u0107\\u010a-\\u011b\\u011e-\\u0123\\u0126-\\u0131\\u0134-\\u015b' +
  '\\u015e-\\u016b\\u016e-\\u017e\\u018f\\u01a0-\\u01a1\\u01af-\\u01b0\\u01b7\\u01cd-\\u01d4\\u01de-\\u01df' +
  '\\u01e4-\\u01f0\\u01f4-\\u01f5\\u01fa-\\u01ff\\u0218-\\u021b\\u021e-\\u021f\\u022a-\\u022b\\u022e-\\u0233' +
  '\\u0259\\u0292\\u1e02-\\u1e03\\u1e0a-\\u1e0b\\u1e10-\\u1e11\\u1e1e-\\u1e21\\u1e24-\\u1e27\\u1e30-\\u1e31' +
  '\\u1e40-\\u1e41\\u1e44-\\u1e45\\u1e56-\\u1e57\\u1e60-\\u1e63\\u1e6a-\\u1e6b\\u1e80-\\u1e85\\u1e8c-\\u1e93' +
  '\\u1e9e\\u1ea0-\\u1ea7\\u1eaa-\\u1eac\\u1eae-\\u1ec1\\u1ec4-\\u1ed3\\u1ed6-\\u1edd\\u1ee4-\\u1ef9\\u20ac';

/**
 * Fast path: only the Latin-1 part of String.Latin (ASCII plus U+00A1-U+00AC and U+00AE-U+00FF: German
 * umlauts and ß), the overwhelmingly common case; a plain character class, which the regex engine scans
 * much faster than the full class with the `u` flag.
 */
const LATIN1_ONLY = /^[\t\n\r\x20-\x7e\xa1-\xac\xae-\xff]*$/;
/** Finds characters outside the single-character class (code points, so astral characters count once). */
const OUTSIDE = new RegExp(`[^${SINGLE}]`, 'gu');

/** Base letters that may carry U+0302 (combining circumflex) in String.Latin: M N m n D d L l. */
const CIRCUMFLEX_BASES = 'MNmnDdLl';

/**
 * The first character of a text outside String.Latin 1.1, with its UTF-16 offset.
 *
 * @example
 * ```ts
 * const v: LatinViolation | undefined = checkStringLatin('0 ≤ x'); // { char: '≤', offset: 2, count: 1 }
 * ```
 */
export interface LatinViolation {
  /** The offending character (a whole code point). */
  readonly char: string;
  /** Its UTF-16 offset in the text. */
  readonly offset: number;
  /** How many characters of the text are outside String.Latin. */
  readonly count: number;
}

/**
 * Checks a text against XÖV String.Latin 1.1 (the `xoev-lc:String.Latin` pattern, including the
 * combining sequences M̂ N̂ m̂ n̂ D̂ d̂ J̌ L̂ l̂). Returns `undefined` when the text conforms, else the
 * first offending character.
 *
 * @example
 * ```ts
 * checkStringLatin('Straße'); // undefined
 * checkStringLatin('Alter ≤ 18')?.char; // '≤'
 * ```
 */
export function checkStringLatin(text: string): LatinViolation | undefined {
  if (LATIN1_ONLY.test(text)) return undefined;
  let first: { char: string; offset: number } | undefined;
  let count = 0;
  OUTSIDE.lastIndex = 0;
  for (let m = OUTSIDE.exec(text); m !== null; m = OUTSIDE.exec(text)) {
    const char = m[0];
    const before = text[m.index - 1] ?? '';
    if (
      m.index > 0 &&
      ((char === '\u0302' && CIRCUMFLEX_BASES.includes(before)) || (char === '\u030c' && before === 'J'))
    ) {
      continue;
    }
    count++;
    first ??= { char, offset: m.index };
  }
  return first === undefined ? undefined : { ...first, count };
}

/**
 * Character classes of XML 1.0 (fifth edition) for fimkit's tokenizer: names (`NameStartChar`,
 * `NameChar`), white space, and the characters that the `Char` production excludes. ASCII goes through
 * a lookup table; everything else through the production's ranges. All functions work on UTF-16 code
 * units of a string, so a name character above U+FFFF counts as two units.
 *
 * @module
 */

/** Bit 1: NameStartChar; bit 2: NameChar (ASCII only; see {@link nameCharWidth} for the rest). */
const ASCII = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const start = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x3a;
  const name = start || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e;
  ASCII[c] = (start ? 1 : 0) | (name ? 2 : 0);
}

/** Non-ASCII NameStartChar ranges of the BMP (XML 1.0, production [4]). */
function isNameStartBmp(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0xd6) ||
    (c >= 0xd8 && c <= 0xf6) ||
    (c >= 0xf8 && c <= 0x2ff) ||
    (c >= 0x370 && c <= 0x37d) ||
    (c >= 0x37f && c <= 0x1fff) ||
    c === 0x200c ||
    c === 0x200d ||
    (c >= 0x2070 && c <= 0x218f) ||
    (c >= 0x2c00 && c <= 0x2fef) ||
    (c >= 0x3001 && c <= 0xd7ff) ||
    (c >= 0xf900 && c <= 0xfdcf) ||
    (c >= 0xfdf0 && c <= 0xfffd)
  );
}

/**
 * The number of code units (1 or 2) of the name character at `i`, or 0 when there is none: a
 * NameStartChar when `start`, else a NameChar. Supplementary characters U+10000–U+EFFFF count as
 * surrogate pairs.
 *
 * @example
 * ```ts
 * nameCharWidth('ä', 0, true); // 1
 * nameCharWidth('-', 0, true); // 0 (a NameChar, not a NameStartChar)
 * ```
 */
export function nameCharWidth(s: string, i: number, start: boolean): number {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (ASCII[c]! & (start ? 1 : 2)) !== 0 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdb7f) {
    const d = s.charCodeAt(i + 1);
    return d >= 0xdc00 && d <= 0xdfff ? 2 : 0;
  }
  if (isNameStartBmp(c)) return 1;
  if (start) return 0;
  return c === 0xb7 || (c >= 0x300 && c <= 0x36f) || c === 0x203f || c === 0x2040 ? 1 : 0;
}

/**
 * The end of the XML name (production [5]) that starts at `i`, at most `end`; `i` itself when no name
 * starts there.
 *
 * @example
 * ```ts
 * scanName('<xdf3:name>', 1, 11); // 10
 * ```
 */
export function scanName(s: string, i: number, end: number): number {
  if (i >= end) return i;
  let c = s.charCodeAt(i);
  if (c < 0x80) {
    if ((ASCII[c]! & 1) === 0) return i;
    i++;
  } else {
    const w = nameCharWidth(s, i, true);
    if (w === 0) return i;
    i += w;
  }
  while (i < end) {
    c = s.charCodeAt(i);
    if (c < 0x80) {
      if ((ASCII[c]! & 2) === 0) return i;
      i++;
    } else {
      const w = nameCharWidth(s, i, false);
      if (w === 0) return i;
      i += w;
    }
  }
  return end;
}

/**
 * True for the white space of production [3] (CR never reaches the tokenizer: line ends are normalised).
 *
 * @example
 * ```ts
 * isSpace(0x20); // true
 * ```
 */
export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Code units that may be outside the `Char` production: C0 controls, surrogates, U+FFFE, U+FFFF. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters XML forbids
const SUSPECT_CHAR = /[\0-\x08\x0B\x0C\x0E-\x1F\uD800-\uDFFF\uFFFE\uFFFF]/g;

/**
 * The index of the first code unit at or after `from` that the `Char` production (XML 1.0, [2])
 * excludes: C0 controls other than tab, LF and CR, U+FFFE, U+FFFF, and surrogates that are not part of
 * a pair; -1 when there is none. A plain character class finds the candidates (fast), and surrogates
 * are then checked for their partner.
 *
 * @example
 * ```ts
 * findInvalidChar('a\u0000b', 0); // 1
 * findInvalidChar('\u{1F600}', 0); // -1 (a surrogate pair)
 * ```
 */
export function findInvalidChar(s: string, from: number): number {
  SUSPECT_CHAR.lastIndex = from;
  for (;;) {
    const m = SUSPECT_CHAR.exec(s);
    if (m === null) return -1;
    const i = m.index;
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        SUSPECT_CHAR.lastIndex = i + 2;
        continue;
      }
      return i;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      const h = i > 0 ? s.charCodeAt(i - 1) : 0;
      if (h >= 0xd800 && h <= 0xdbff) continue;
      return i;
    }
    return i;
  }
}

/**
 * True when `code` is a character the `Char` production allows (for character references).
 *
 * @example
 * ```ts
 * isXmlChar(0x41); // true
 * isXmlChar(0); // false
 * ```
 */
export function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/**
 * Code lists as data (STYLE.md §4): one shape for every standard and version, so a code list of
 * XDatenfelder 2.0, 3.0.0 or XZuFi reads the same way. Values carry their labels; unknown codes are kept
 * by the parsers (with a diagnostic), never dropped.
 *
 * @module
 */

/**
 * A code list: its name, URI and version, and every code with its label.
 *
 * @example
 * ```ts
 * const feldart = {
 *   name: 'Feldart',
 *   canonicalUri: 'urn:xoev-de:fim:codeliste:xdatenfelder.feldart',
 *   version: '2.0',
 *   codes: { input: 'Eingabefeld', select: 'Auswahlfeld' },
 * } as const satisfies CodeList;
 * ```
 */
export interface CodeList<K extends string = string> {
  /** Name of the list (the XSD code type or the list's technical name). */
  readonly name: string;
  /** The list's URI (`listURI`). */
  readonly canonicalUri: string;
  /** The list's version (`listVersionID`), `''` where not known. */
  readonly version: string;
  /** Code values and their labels. */
  readonly codes: Readonly<Record<K, string>>;
}

/**
 * True when `code` is a value of `list`.
 *
 * @example
 * ```ts
 * isCodeOf(feldart, 'input'); // true
 * ```
 */
export function isCodeOf<K extends string>(list: CodeList<K>, code: string): code is K {
  return Object.hasOwn(list.codes, code);
}

/**
 * Exact positions of characters inside element text. The binding records where each element starts;
 * for a finding inside a long text (a character outside String.Latin) the position of the character
 * itself is more useful. The source is decoded again only when such a finding exists.
 *
 * @module
 */
import type { Position } from '../../core/diagnostics.js';
import { decodeXml } from '../../core/xml/index.js';

/** Finds the position of a character of an element's text, given the element's start tag position. */
export type TextLocator = (element: Position, value: string, offset: number) => Position;

/**
 * Creates a {@link TextLocator} over a document. The character is looked up literally after the start
 * tag (the n-th occurrence of it in the text is the n-th in the source); when it was written as a
 * character reference (or sits behind a CDATA section holding `</`), the element's position is returned.
 *
 * @example
 * ```ts
 * const locate = textLocator('<a>x ≤ y</a>');
 * locate({ line: 1, column: 1 }, 'x ≤ y', 2); // { line: 1, column: 6 }
 * ```
 */
export function textLocator(input: Uint8Array | string): TextLocator {
  let source: string | undefined;
  let lineStarts: number[] | undefined;
  return (element, value, offset) => {
    source ??= decodeXml(input).text;
    if (lineStarts === undefined) {
      lineStarts = [0];
      for (let i = source.indexOf('\n'); i >= 0; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
    }
    const start = (lineStarts[element.line - 1] ?? -1) + element.column - 1;
    const open = start < 0 ? -1 : source.indexOf('>', start);
    if (open < 0) return element;
    const char = String.fromCodePoint(value.codePointAt(offset)!);
    let nth = 0;
    for (let i = value.indexOf(char); i >= 0 && i < offset; i = value.indexOf(char, i + char.length)) nth++;
    let at = source.indexOf(char, open + 1);
    while (at >= 0 && nth > 0) {
      at = source.indexOf(char, at + char.length);
      nth--;
    }
    const close = source.indexOf('</', open + 1);
    if (at < 0 || (close >= 0 && at > close)) return element;
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: at - lineStarts[lo]! + 1 };
  };
}

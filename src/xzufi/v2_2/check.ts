/**
 * Code checks after binding: `leikaTextmodul` values outside the LeiKa Textmodul list (`xzufi/unknown-code`,
 * warning; the value is kept).
 *
 * @module
 */
import type { SourceMap } from '../../core/binding/index.js';
import { type Diagnostic, diagnostic } from '../../core/diagnostics.js';
import { isXzufiCodeOf, leikaTextmodul } from './codes.js';
import type { Leistung, Schreibe, Transfer } from './model.js';

/**
 * Reports the text modules of `leistung` whose code is not a LeiKa Textmodul code.
 *
 * @example
 * ```ts
 * const found = checkLeistung(leistung, sourceMap);
 * ```
 */
export function checkLeistung(leistung: Leistung, sourceMap: SourceMap | undefined): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const m of leistung.modulText) {
    const code = m.leikaTextmodul?.code;
    if (code === undefined || isXzufiCodeOf(leikaTextmodul, code.trim())) continue;
    const at = sourceMap?.positionOf(m.leikaTextmodul) ?? sourceMap?.positionOf(m);
    const path = sourceMap?.pathOf(m.leikaTextmodul);
    found.push(
      diagnostic(
        'warning',
        'xzufi/unknown-code',
        `"${code}" is not a LeiKa Textmodul code (${leikaTextmodul.canonicalUri}); kept.`,
        'xzufi',
        { ...(path === undefined ? {} : { path }), ...(at ?? {}) },
      ),
    );
  }
  return found;
}

/**
 * {@link checkLeistung} over every Leistung of some `schreibe` entries.
 *
 * @example
 * ```ts
 * checkEntries(transfer.schreibe, sourceMap);
 * ```
 */
export function checkEntries(entries: readonly Schreibe[], sourceMap: SourceMap | undefined): Diagnostic[] {
  const found: Diagnostic[] = [];
  for (const s of entries) if (s.leistung !== undefined) found.push(...checkLeistung(s.leistung, sourceMap));
  return found;
}

/**
 * {@link checkEntries} over a transfer message.
 *
 * @example
 * ```ts
 * diagnostics.push(...checkTransfer(model, sourceMap));
 * ```
 */
export function checkTransfer(model: Transfer, sourceMap: SourceMap | undefined): Diagnostic[] {
  return checkEntries(model.schreibe ?? [], sourceMap);
}

/**
 * Helpers for the XZuFi 2.3.1 model: LeiKa keys of a Leistung (now identifiers in
 * `referenzLeistungsschluessel`) and the Leistungen referencing a key. Text modules are read with the
 * 2.2.0 helpers (`textOf`, `textmodulOf`), whose fields 2.3.1 keeps.
 *
 * @module
 */
import { parseLeikaKey } from '../v2_2/helpers.js';
import type { Leistung } from './model.js';

/**
 * The LeiKa keys a 2.3.1 Leistung references (`referenzLeistungsschluessel`), as 14 digits when the value
 * is a key or its URN, else the value as written, in document order.
 *
 * @example
 * ```ts
 * leikaKeysOf(leistung); // ['99006028261000']
 * ```
 */
export function leikaKeysOf(leistung: Leistung): string[] {
  return leistung.referenzLeistungsschluessel.map((i) => parseLeikaKey(i.value)?.key ?? i.value.trim());
}

/**
 * The 2.3.1 Leistungen that reference LeiKa key `key` (14 digits or URN).
 *
 * @example
 * ```ts
 * leistungenByLeikaKey(alle, '99006028261000').length;
 * ```
 */
export function leistungenByLeikaKey(leistungen: Iterable<Leistung>, key: string): Leistung[] {
  const wanted = parseLeikaKey(key)?.key ?? key.trim();
  const found: Leistung[] = [];
  for (const l of leistungen) if (leikaKeysOf(l).includes(wanted)) found.push(l);
  return found;
}

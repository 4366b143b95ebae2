/**
 * Evidence for near-duplicate detection beyond labels: Rechtsbezug identity weighted by rarity, the
 * descriptive texts of an element, and publication dates that tell whether a later version of an older
 * element can have been derived from a younger one. None of it reads relation elements.
 *
 * @module
 */
import type { ElementView } from './elements.js';
import { labelTokens, normaliseLabel } from './normalise.js';

/** A legal norm (paragraph or article): the legal context of a use, not the meaning of the data. */
const LEGAL = /§|\bArt(?:ikel|\.)\s*\d/i;

/**
 * The element's own Rechtsbezug texts (`bezug`, not the `struktur/bezug` of its uses), normalised
 * (see {@link normaliseLabel}), unique, in document order.
 *
 * @example
 * ```ts
 * bezugKeys(view); // ['xgewerbeanzeige betrieb geschaeftsbezeichnung version 2 2']
 * ```
 */
export function bezugKeys(v: ElementView): string[] {
  const out = new Set<string>();
  for (const b of v.element.bezug) {
    if (LEGAL.test(b.value)) continue;
    const k = normaliseLabel(b.value);
    if (k !== '') out.add(k);
  }
  return [...out];
}

/**
 * Tokens of everything an element says about its meaning besides its label: name, help texts (input
 * and output), content, definition, description and Werteliste codes.
 *
 * @example
 * ```ts
 * descriptionTokens(view); // ['angabe', 'geben', ...]
 * ```
 */
export function descriptionTokens(v: ElementView): string[] {
  const e = v.element;
  const parts = [
    v.name,
    v.hilfetextEingabe ?? '',
    v.hilfetextAusgabe ?? '',
    v.inhalt ?? '',
    e.definition ?? '',
    e.beschreibung ?? '',
    (v.werte ?? []).join(' '),
  ];
  return labelTokens(parts.join(' '));
}

/** Major version number (`2.1.0` → 2); 0 when missing or malformed. */
function majorOf(version: string | undefined): number {
  const n = Number.parseInt(version ?? '', 10);
  return Number.isSafeInteger(n) ? n : 0;
}

/** Publication date of the element's version (`veroeffentlichungsdatum`, else `statusGesetztAm`). */
export function publishedOn(v: ElementView): string | undefined {
  const e = v.element;
  return (e.veroeffentlichungsdatum ?? e.statusGesetztAm)?.slice(0, 10);
}

/**
 * Whether `older` (the element with the older id) may in its present version have been derived from
 * `younger`: it has been revised since (its version is above the younger element's) and that version
 * was published no earlier than the younger element. Then the id order does not tell the direction.
 *
 * @example
 * ```ts
 * mayBeRederived(anschriftInland2_1_0, strassenanschrift0_1_0); // true when published the same day or later
 * ```
 */
export function mayBeRederived(older: ElementView, younger: ElementView): boolean {
  if (majorOf(older.version) <= majorOf(younger.version)) return false;
  const po = publishedOn(older);
  const py = publishedOn(younger);
  return po !== undefined && py !== undefined && po >= py;
}

/**
 * Tokens of the texts that define an element's meaning independently of its label: the editorial
 * `definition` and the input help text. Empty when these say too little (under five tokens).
 *
 * @example
 * ```ts
 * meaningTokens(view).length; // 0 when the element has neither definition nor help text
 * ```
 */
export function meaningTokens(v: ElementView): string[] {
  const tokens = labelTokens(`${v.element.definition ?? ''} ${v.hilfetextEingabe ?? ''}`);
  return tokens.length < 5 ? [] : tokens;
}

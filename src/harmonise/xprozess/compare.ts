/**
 * Comparing a matched pair of process elements, and choosing the local process to compare.
 *
 * @module
 */
import { prozesseOf, type XprozessDocument } from '../../xprozess/v2/index.js';
import { placeKey } from './labels.js';
import type { ProcessElement, ProcessView } from './model.js';
import { klasseOf } from './view.js';

/**
 * One difference of an adapted element (canonical strings; absent = not set).
 *
 * @example
 * ```ts
 * const d: ProcessDifference = { property: 'name', before: 'Antrag prüfen', after: 'Antrag formell prüfen' };
 * ```
 */
export interface ProcessDifference {
  readonly property: string;
  readonly before?: string;
  readonly after?: string;
}

/**
 * The local process to compare with a Stamm view: the one with the Stamm's id, else the one referring to
 * the same Prozessklasse, else the first.
 *
 * @example
 * ```ts
 * localProzessId(localDoc, stammView); // '99006028261000'
 * ```
 */
export function localProzessId(doc: XprozessDocument, stamm: ProcessView): string | undefined {
  const all = prozesseOf(doc);
  return (
    all.find((p) => p.id.trim() === stamm.id) ??
    all.find((p) => klasseOf(p) === stamm.klasseID) ??
    all[0]
  )?.id.trim();
}

/**
 * The differences of a matched pair: every property whose canonical value differs, and the Fundstellen
 * (places) with steps named by the Stamm step they match (`stepName` for local steps).
 *
 * @example
 * ```ts
 * differences(stammStep, localStep, localName, stammName); // [{ property: 'name', before, after }]
 * ```
 */
export function differences(
  s: ProcessElement,
  l: ProcessElement,
  stepName: (localStepKey: string) => string,
  stammStepName: (stammStepKey: string) => string,
): ProcessDifference[] {
  const out: ProcessDifference[] = [];
  const keys = new Set([...Object.keys(s.props), ...Object.keys(l.props)]);
  for (const k of keys) {
    const before = s.props[k];
    const after = l.props[k];
    if (before !== after)
      out.push({
        property: k,
        ...(before === undefined ? {} : { before }),
        ...(after === undefined ? {} : { after }),
      });
  }
  if (s.places !== undefined || l.places !== undefined) {
    const before = (s.places ?? []).map((p) => placeKey(p, stammStepName)).sort();
    const after = (l.places ?? []).map((p) => placeKey(p, stepName)).sort();
    if (before.join('\n') !== after.join('\n'))
      out.push({ property: 'fundstellen', before: before.join(', '), after: after.join(', ') });
  }
  return out;
}

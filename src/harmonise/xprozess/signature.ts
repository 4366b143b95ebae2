/**
 * Normalised signatures of local additions and adaptations: equal signatures in several variants mean
 * the same local change, a candidate for the Stammprozess.
 *
 * @module
 */
import { normaliseLabel } from '../normalise.js';
import { stemTokens } from './canon.js';
import type { ProcessDifference } from './compare.js';
import type { ProcessElement } from './model.js';

/**
 * The signature of a locally added element: kind plus its normalised meaning (steps: stemmed label tokens,
 * Referenzaktivitätengruppe and BPMN type; data: key and Datenfelder; participants: name and roles).
 *
 * @example
 * ```ts
 * addedSignature(step); // 'schritt|durchfuehr ortstermin|4|subProcess'
 * ```
 */
export function addedSignature(e: ProcessElement): string {
  const p = e.props;
  switch (e.kind) {
    case 'schritt':
      return ['schritt', stemTokens(e.name).join(' '), p.referenzaktivitaetengruppe ?? '', p.typ ?? ''].join(
        '|',
      );
    case 'daten':
      return ['daten', e.key, p.elementIds ?? ''].join('|');
    case 'teilnehmer':
      return ['teilnehmer', e.key, p.rolle ?? ''].join('|');
    default:
      return [e.kind, e.key].join('|');
  }
}

/**
 * The signature of an adaptation: the Stamm element plus each changed property with its normalised new
 * value.
 *
 * @example
 * ```ts
 * adaptedSignature('schritt:sp_fachlich', [{ property: 'name', after: 'Antrag fachlich prüfen' }]);
 * ```
 */
export function adaptedSignature(stammKey: string, diffs: readonly ProcessDifference[]): string {
  const parts = diffs.map((d) => `${d.property}=${normaliseLabel(d.after ?? '')}`).sort();
  return `~${stammKey}|${parts.join('|')}`;
}

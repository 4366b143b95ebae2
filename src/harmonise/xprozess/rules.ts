/**
 * The rules a local process must keep against its Stammprozess (XProzess has no
 * Ableitungsmodifikationen): the same Prozessklasse (LeiKa key), the Stamm's Handlungsgrundlagen
 * wherever they still apply, and every step the Stamm's flow cannot bypass.
 *
 * @module
 */

import { placeKey, RULE_LABELS } from './labels.js';
import type { ProcessView } from './model.js';

/**
 * A rule a local process must keep.
 *
 * @example
 * ```ts
 * const r: ProcessRule = 'handlungsgrundlage';
 * ```
 */
export type ProcessRule = 'prozessklasse' | 'handlungsgrundlage' | 'pflichtschritt';

/**
 * A broken rule, with both values and a German explanation.
 *
 * @example
 * ```ts
 * `${v.rule}: ${v.name} (${v.before ?? '–'} -> ${v.after ?? '–'})`;
 * ```
 */
export interface ProcessViolation {
  readonly rule: ProcessRule;
  /** The rule's label, e.g. `Pflichtschritt entfallen`. */
  readonly label: string;
  /** The Stamm element concerned. */
  readonly elementKey: string;
  /** The local element, when there is one. */
  readonly localKey?: string;
  readonly name: string;
  readonly before?: string;
  readonly after?: string;
  /** Handlungsgrundlagen: the binding places the local process lost. */
  readonly places?: readonly string[];
  readonly message: string;
}

const BINDING_ROLES = new Set(['prozessklasse', 'steckbrief']);

/**
 * Checks the three rules (see docs/harmonisation.md, "Prozesse (XProzess)").
 *
 * @example
 * ```ts
 * checkRules(sv, lv, stammToLocal, localStep, stammStep).map((v) => v.rule);
 * ```
 */
export function checkRules(
  sv: ProcessView,
  lv: ProcessView,
  stammToLocal: ReadonlyMap<string, string>,
  localStep: (key: string) => string,
  stammStep: (key: string) => string,
): ProcessViolation[] {
  const out: ProcessViolation[] = [];
  const sameKlasse = sv.klasseID === lv.klasseID;
  if (sv.klasseID !== '' && !sameKlasse) {
    out.push({
      rule: 'prozessklasse',
      label: RULE_LABELS.prozessklasse,
      elementKey: 'prozessklasse',
      localKey: 'prozessklasse',
      name: sv.elements.get('prozessklasse')?.name ?? sv.klasseID,
      before: sv.klasseID,
      after: lv.klasseID,
      message: `Der lokale Prozess verweist auf die Prozessklasse ${lv.klasseID || '–'} statt auf ${sv.klasseID} des Stammprozesses.`,
    });
  }
  for (const [key, s] of sv.elements) {
    if (s.kind !== 'handlungsgrundlage') continue;
    // A changed Prozessklasse is one violation already; its Handlungsgrundlagen are not counted again.
    const binding = (s.places ?? []).filter(
      (p) =>
        (BINDING_ROLES.has(p.role) && (p.role !== 'prozessklasse' || sameKlasse)) ||
        (p.step !== undefined && stammToLocal.has(p.step)),
    );
    if (binding.length === 0) continue;
    const localKey = stammToLocal.get(key);
    const l = localKey === undefined ? undefined : lv.elements.get(localKey);
    const have = new Set((l?.places ?? []).map((p) => placeKey(p, localStep)));
    const lost = binding.map((p) => placeKey(p, stammStep)).filter((p) => !have.has(p));
    if (lost.length === 0) continue;
    out.push({
      rule: 'handlungsgrundlage',
      label: RULE_LABELS.handlungsgrundlage,
      elementKey: key,
      ...(localKey === undefined ? {} : { localKey }),
      name: s.name,
      before: (s.places ?? []).map((p) => placeKey(p, stammStep)).join(', '),
      ...(l === undefined ? {} : { after: (l.places ?? []).map((p) => placeKey(p, localStep)).join(', ') }),
      places: lost,
      message:
        l === undefined
          ? `Die Handlungsgrundlage „${s.name}“ des Stammprozesses fehlt im lokalen Prozess (im Stamm: ${lost.join(', ')}).`
          : `Die Handlungsgrundlage „${s.name}“ fehlt bei ${lost.join(', ')}.`,
    });
  }
  for (const s of sv.steps) {
    if (s.mandatory !== true || stammToLocal.has(s.key)) continue;
    out.push({
      rule: 'pflichtschritt',
      label: RULE_LABELS.pflichtschritt,
      elementKey: s.key,
      name: s.name,
      before: s.name,
      message: `Der Prozessschritt „${s.name}“ liegt im Stammprozess auf jedem Weg vom Start zum Ende und fehlt im lokalen Prozess.`,
    });
  }
  return out;
}

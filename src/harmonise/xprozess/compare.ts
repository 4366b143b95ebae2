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

const MODEL_PROPERTIES: ReadonlySet<string> = new Set(['typ', 'lane', 'modellName', 'modell']);

function strip(e: ProcessElement): ProcessElement {
  const props: Record<string, string> = {};
  for (const [k, v] of Object.entries(e.props)) if (!MODEL_PROPERTIES.has(k)) props[k] = v;
  return { ...e, props };
}

/**
 * The part of a view that does not come from the BPMN model, for comparing a process that has a model
 * with one that has none: steps without an Aktivitätengruppe and participants known only as pools or
 * lanes are left out, and so are the model-derived properties (BPMN type, lane, model name, Pool/Lane).
 * Mandatory flags (from the Stamm's own model) are kept.
 *
 * @example
 * ```ts
 * const comparable = sv.bpmn.length > 0 && lv.bpmn.length === 0 ? withoutModel(sv) : sv;
 * ```
 */
export function withoutModel(view: ProcessView): ProcessView {
  const elements = new Map<string, ProcessElement>();
  for (const [k, e] of view.elements) {
    if (e.kind === 'schritt' && e.groupId === undefined) continue;
    if (e.kind === 'teilnehmer' && e.props.rolle === undefined) continue;
    elements.set(k, strip(e));
  }
  const steps = view.steps.filter((s) => s.groupId !== undefined).map((s) => elements.get(s.key) ?? s);
  return { ...view, steps, elements };
}

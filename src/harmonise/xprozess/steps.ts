/**
 * The steps of a process: the activities of its BPMN model in flow order, each joined with the FIM
 * Aktivitätengruppe whose `subProzessID` names it, plus the groups no activity of a model names.
 *
 * @module
 */
import {
  type Aktivitaetengruppe,
  activitiesInFlowOrder,
  type BpmnModel,
  type BpmnNode,
} from '../../xprozess/v2/index.js';
import { canonical, setOf } from './canon.js';
import { mandatoryActivities } from './mandatory.js';
import type { ProcessElement } from './model.js';

const DATA_LISTS: ReadonlySet<string> = new Set([
  'listURI',
  'listVersionID',
  'empfangeneDaten',
  'bereitgestellteDaten',
]);

/**
 * The step properties that {@link buildSteps} compares, in display order.
 *
 * @example
 * ```ts
 * STEP_PROPERTIES.includes('referenzaktivitaetengruppe'); // true
 * ```
 */
export const STEP_PROPERTIES = [
  'name',
  'modellName',
  'referenzaktivitaetengruppe',
  'typ',
  'beschreibung',
  'spezifischeAttribute',
  'fachverfahren',
  'lane',
] as const;

/**
 * The specific attributes of an activity group without its data handovers (those are data elements),
 * codes by value: e.g. `formellePruefung=1, 4` or `hilfsmittel=Checkliste`.
 *
 * @example
 * ```ts
 * specificAttributes(group); // 'entscheidungsart=2; hilfsmittel=keine'
 * ```
 */
export function specificAttributes(group: Aktivitaetengruppe): string {
  const sa = group.spezifischeAttribute as Record<string, unknown>;
  const parts: string[] = [];
  for (const k of Object.keys(sa).sort()) {
    if (k.startsWith('$')) continue;
    const v = canonical(sa[k], DATA_LISTS);
    if (v !== '') parts.push(v);
  }
  return parts.join('; ');
}

/** Sets a trimmed, non-empty property. */
function setProp(props: Record<string, string>, key: string, value: string | undefined): void {
  if (value !== undefined && value.trim() !== '') props[key] = value.trim();
}

function stepProps(g: Aktivitaetengruppe | undefined, a: BpmnNode | undefined, lane: string | undefined) {
  const props: Record<string, string> = {};
  setProp(props, 'name', g?.name ?? a?.name);
  if (g !== undefined && a?.name !== undefined && a.name.trim() !== g.name.trim())
    setProp(props, 'modellName', a.name);
  setProp(props, 'referenzaktivitaetengruppe', g?.referenzaktivitaetengruppeTyp.code);
  setProp(props, 'typ', a?.type);
  setProp(props, 'beschreibung', g?.beschreibung);
  if (g !== undefined) {
    setProp(props, 'spezifischeAttribute', specificAttributes(g));
    setProp(props, 'fachverfahren', setOf(g.fachverfahren));
  }
  setProp(props, 'lane', lane);
  return props;
}

/**
 * Builds the steps. Keys are `schritt:<BPMN id>` (or the group's `subProzessID` without a model);
 * when several groups name the same activity, `schritt:<BPMN id>#<group id>`; a group without any id
 * is `schritt:#<group id>`. `groupKeys` gives each group's step key (for the places of its data and
 * Handlungsgrundlagen).
 *
 * @example
 * ```ts
 * const { steps } = buildSteps(groups, models);
 * steps.filter((s) => s.mandatory).map((s) => s.name);
 * ```
 */
export function buildSteps(
  groups: readonly Aktivitaetengruppe[],
  models: readonly BpmnModel[],
): { steps: ProcessElement[]; groupKeys: Map<Aktivitaetengruppe, string> } {
  const bySub = new Map<string, Aktivitaetengruppe[]>();
  for (const g of groups) {
    const list = bySub.get(g.subProzessID);
    if (list === undefined) bySub.set(g.subProzessID, [g]);
    else list.push(g);
  }
  const raw: {
    g?: Aktivitaetengruppe;
    a?: BpmnNode;
    lane?: string;
    mandatory?: boolean;
    modelId?: string;
  }[] = [];
  const used = new Set<Aktivitaetengruppe>();
  for (const model of models) {
    const mandatory = mandatoryActivities(model);
    const laneOf = new Map<string, string>();
    for (const l of model.lanes)
      for (const id of l.flowNodeRefs) if (l.name !== undefined) laneOf.set(id, l.name);
    for (const a of activitiesInFlowOrder(model)) {
      const gs = (bySub.get(a.id) ?? []).filter((g) => !used.has(g));
      const base = { a, modelId: a.id, mandatory: mandatory.has(a.id) };
      const lane = laneOf.get(a.id);
      const withLane = lane === undefined ? base : { ...base, lane };
      if (gs.length === 0) raw.push(withLane);
      for (const g of gs) {
        used.add(g);
        raw.push({ ...withLane, g });
      }
    }
  }
  for (const g of groups) {
    if (used.has(g)) continue;
    raw.push(g.subProzessID.trim() === '' ? { g } : { g, modelId: g.subProzessID.trim() });
  }
  const count = new Map<string, number>();
  for (const r of raw) if (r.modelId !== undefined) count.set(r.modelId, (count.get(r.modelId) ?? 0) + 1);
  const steps: ProcessElement[] = [];
  const groupKeys = new Map<Aktivitaetengruppe, string>();
  const keys = new Set<string>();
  for (const r of raw) {
    let key =
      r.modelId === undefined
        ? `schritt:#${r.g?.id ?? ''}`
        : (count.get(r.modelId) ?? 0) > 1 && r.g !== undefined
          ? `schritt:${r.modelId}#${r.g.id}`
          : `schritt:${r.modelId}`;
    for (let n = 2; keys.has(key); n++) key = `${key.replace(/~\d+$/, '')}~${n}`;
    keys.add(key);
    const props = stepProps(r.g, r.a, r.lane);
    steps.push({
      kind: 'schritt',
      key,
      name: props.name ?? r.modelId ?? r.g?.id ?? '',
      props,
      ...(r.modelId === undefined ? {} : { modelId: r.modelId }),
      ...(r.g === undefined ? {} : { groupId: r.g.id }),
      ...(r.mandatory === undefined ? {} : { mandatory: r.mandatory }),
    });
    if (r.g !== undefined) groupKeys.set(r.g, key);
  }
  return { steps, groupKeys };
}

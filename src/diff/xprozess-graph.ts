/**
 * Graph-level comparison of BPMN process models: activities, events and gateways added, removed,
 * renamed, retyped or re-identified; sequence and message flows added, removed or rewired; lanes added,
 * removed or renamed. A summary for readers beside the patchable diff of the XProzess message.
 *
 * @module
 */

import type { Diagnostic } from '../core/diagnostics.js';
import {
  type BpmnFlow,
  type BpmnModel,
  type BpmnNode,
  type ProcessModel,
  processModels,
  type XprozessDocument,
} from '../xprozess/v2/index.js';

/**
 * The kind of a BPMN graph change.
 *
 * @example
 * ```ts
 * const k: BpmnChangeKind = 'rewired';
 * ```
 */
export type BpmnChangeKind = 'added' | 'removed' | 'renamed' | 'retyped' | 'reidentified' | 'rewired';

/**
 * One change of a BPMN graph. `before`/`after` are names (`renamed`), element types (`retyped`) or ids
 * (`reidentified`); `flow` gives the ends of a flow before and after (`rewired`, `added`, `removed`).
 *
 * @example
 * ```ts
 * const c: BpmnChange = { kind: 'renamed', element: 'activity', id: 'a1', before: 'Antrag prüfen', after: 'Antrag formell prüfen' };
 * ```
 */
export interface BpmnChange {
  readonly kind: BpmnChangeKind;
  readonly element: BpmnNode['kind'] | 'sequenceFlow' | 'messageFlow' | 'lane';
  /** Id on the right side (left side for removals). */
  readonly id: string;
  /** Name on the right side (left side for removals). */
  readonly name?: string;
  readonly before?: string;
  readonly after?: string;
  readonly flow?: {
    readonly before?: { readonly sourceRef: string; readonly targetRef: string };
    readonly after?: { readonly sourceRef: string; readonly targetRef: string };
  };
}

const named = (name: string | undefined) => (name === undefined ? {} : { name });

/**
 * Compares two BPMN models. Nodes pair by id, then (among the rest) by kind, type and name; flows by
 * id, then by their (paired) ends.
 *
 * @example
 * ```ts
 * diffBpmn(before.bpmn, after.bpmn).filter((c) => c.element === 'activity');
 * ```
 */
export function diffBpmn(left: BpmnModel, right: BpmnModel): BpmnChange[] {
  const out: BpmnChange[] = [];
  const rById = new Map(right.nodes.map((n) => [n.id, n] as const));
  const lById = new Map(left.nodes.map((n) => [n.id, n] as const));
  const l2r = new Map<string, string>();
  for (const l of left.nodes) if (rById.get(l.id)?.kind === l.kind) l2r.set(l.id, l.id);
  const taken = new Set(l2r.values());
  const sig = (n: BpmnNode) => `${n.kind}\u0000${n.type}\u0000${n.name ?? ''}`;
  const free = new Map<string, BpmnNode[]>();
  for (const r of right.nodes) {
    if (taken.has(r.id) || r.name === undefined) continue;
    const list = free.get(sig(r));
    if (list === undefined) free.set(sig(r), [r]);
    else list.push(r);
  }
  for (const l of left.nodes) {
    if (l2r.has(l.id) || l.name === undefined) continue;
    const r = free.get(sig(l))?.shift();
    if (r === undefined) continue;
    l2r.set(l.id, r.id);
    taken.add(r.id);
    out.push({
      kind: 'reidentified',
      element: r.kind,
      id: r.id,
      ...named(r.name),
      before: l.id,
      after: r.id,
    });
  }
  for (const l of left.nodes) {
    const r = rById.get(l2r.get(l.id) ?? '\u0000');
    if (r === undefined) {
      out.push({ kind: 'removed', element: l.kind, id: l.id, ...named(l.name) });
      continue;
    }
    if (l.name !== r.name)
      out.push({
        kind: 'renamed',
        element: r.kind,
        id: r.id,
        ...named(r.name),
        ...(l.name === undefined ? {} : { before: l.name }),
        ...(r.name === undefined ? {} : { after: r.name }),
      });
    if (l.type !== r.type)
      out.push({
        kind: 'retyped',
        element: r.kind,
        id: r.id,
        ...named(r.name),
        before: l.type,
        after: r.type,
      });
  }
  for (const r of right.nodes) {
    if (!taken.has(r.id)) out.push({ kind: 'added', element: r.kind, id: r.id, ...named(r.name) });
  }
  const mapRef = (id: string) => l2r.get(id) ?? (lById.has(id) ? `\u0000${id}` : id);
  out.push(...diffFlows(left.sequenceFlows, right.sequenceFlows, 'sequenceFlow', mapRef));
  out.push(...diffFlows(left.messageFlows, right.messageFlows, 'messageFlow', mapRef));
  const rLanes = new Map(right.lanes.map((x) => [x.id, x] as const));
  for (const l of left.lanes) {
    const r = rLanes.get(l.id);
    if (r === undefined) out.push({ kind: 'removed', element: 'lane', id: l.id, ...named(l.name) });
    else if (r.name !== l.name)
      out.push({
        kind: 'renamed',
        element: 'lane',
        id: r.id,
        ...named(r.name),
        ...(l.name === undefined ? {} : { before: l.name }),
        ...(r.name === undefined ? {} : { after: r.name }),
      });
  }
  const lLanes = new Set(left.lanes.map((x) => x.id));
  for (const r of right.lanes) {
    if (!lLanes.has(r.id)) out.push({ kind: 'added', element: 'lane', id: r.id, ...named(r.name) });
  }
  return out;
}

function diffFlows(
  left: readonly BpmnFlow[],
  right: readonly BpmnFlow[],
  element: 'sequenceFlow' | 'messageFlow',
  mapRef: (id: string) => string,
): BpmnChange[] {
  const out: BpmnChange[] = [];
  const ends = (f: BpmnFlow) => ({ sourceRef: f.sourceRef, targetRef: f.targetRef });
  const rById = new Map(right.map((f) => [f.id, f] as const));
  const pairs = new Map<BpmnFlow, BpmnFlow>();
  const taken = new Set<BpmnFlow>();
  for (const l of left) {
    const r = rById.get(l.id);
    if (r !== undefined) {
      pairs.set(l, r);
      taken.add(r);
    }
  }
  const endKey = (s: string, t: string) => `${s}\u0001${t}`;
  const free = new Map<string, BpmnFlow[]>();
  for (const r of right) {
    if (taken.has(r)) continue;
    const k = endKey(r.sourceRef, r.targetRef);
    const list = free.get(k);
    if (list === undefined) free.set(k, [r]);
    else list.push(r);
  }
  for (const l of left) {
    if (pairs.has(l)) continue;
    const r = free.get(endKey(mapRef(l.sourceRef), mapRef(l.targetRef)))?.shift();
    if (r === undefined) continue;
    pairs.set(l, r);
    taken.add(r);
  }
  for (const l of left) {
    const r = pairs.get(l);
    if (r === undefined) {
      out.push({ kind: 'removed', element, id: l.id, ...named(l.name), flow: { before: ends(l) } });
      continue;
    }
    if (mapRef(l.sourceRef) !== r.sourceRef || mapRef(l.targetRef) !== r.targetRef)
      out.push({
        kind: 'rewired',
        element,
        id: r.id,
        ...named(r.name),
        flow: { before: ends(l), after: ends(r) },
      });
    if (l.name !== r.name)
      out.push({
        kind: 'renamed',
        element,
        id: r.id,
        ...named(r.name),
        ...(l.name === undefined ? {} : { before: l.name }),
        ...(r.name === undefined ? {} : { after: r.name }),
      });
  }
  for (const r of right) {
    if (!taken.has(r))
      out.push({ kind: 'added', element, id: r.id, ...named(r.name), flow: { after: ends(r) } });
  }
  return out;
}

/**
 * The graph changes of one process model file, paired by process id and file name.
 *
 * @example
 * ```ts
 * const g: ProcessGraphDiff = diffXprozessGraphs(a, b).graphs[0]!;
 * g.changes.filter((c) => c.kind === 'rewired').length;
 * ```
 */
export interface ProcessGraphDiff {
  readonly prozessId: string;
  /** Name of the model file inside the archive. */
  readonly fileName: string;
  /** `added`/`removed` when the model exists on one side only (compared with an empty model). */
  readonly presence: 'both' | 'added' | 'removed';
  readonly changes: readonly BpmnChange[];
  /** Counts per change kind. */
  readonly summary: Readonly<Partial<Record<BpmnChangeKind, number>>>;
}

const EMPTY: BpmnModel = {
  participants: [],
  processes: [],
  lanes: [],
  nodes: [],
  sequenceFlows: [],
  messageFlows: [],
};

/**
 * Opens the BPMN models of both messages (see `processModels`) and compares those of the same process
 * and file. Only graphs with changes are listed; problems opening a model are passed on.
 *
 * @example
 * ```ts
 * const { graphs } = diffXprozessGraphs(before, after);
 * for (const g of graphs) console.log(g.prozessId, g.summary);
 * ```
 */
export function diffXprozessGraphs(
  left: XprozessDocument,
  right: XprozessDocument,
): { graphs: ProcessGraphDiff[]; diagnostics: Diagnostic[] } {
  const l = processModels(left);
  const r = processModels(right);
  const keyOf = (m: ProcessModel) => `${m.prozess.id}\u0000${m.fileName}`;
  const rest = new Map<string, ProcessModel[]>();
  for (const m of r.models) {
    const list = rest.get(keyOf(m));
    if (list === undefined) rest.set(keyOf(m), [m]);
    else list.push(m);
  }
  const graphs: ProcessGraphDiff[] = [];
  const push = (m: ProcessModel, presence: ProcessGraphDiff['presence'], a: BpmnModel, b: BpmnModel) => {
    const changes = diffBpmn(a, b);
    if (changes.length === 0) return;
    const summary: Partial<Record<BpmnChangeKind, number>> = {};
    for (const c of changes) summary[c.kind] = (summary[c.kind] ?? 0) + 1;
    graphs.push({ prozessId: m.prozess.id, fileName: m.fileName, presence, changes, summary });
  };
  for (const lm of l.models) {
    const rm = rest.get(keyOf(lm))?.shift();
    if (rm === undefined) push(lm, 'removed', lm.bpmn, EMPTY);
    else push(rm, 'both', lm.bpmn, rm.bpmn);
  }
  for (const list of rest.values()) for (const rm of list) push(rm, 'added', EMPTY, rm.bpmn);
  return { graphs, diagnostics: [...l.diagnostics, ...r.diagnostics] };
}

/**
 * Ordering the activities of a {@link BpmnModel} along its sequence flows.
 *
 * @module
 */
import type { BpmnModel, BpmnNode } from './bpmn.js';

const CONTAINERS = new Set(['subProcess', 'adHocSubProcess', 'transaction']);

/**
 * The activities of a model in the order of the flow: per process (in participant order), a
 * breadth-first walk along sequence flows from the nodes without incoming flow (start events first),
 * boundary events following their host; nested activities follow their sub-process. Activities the
 * walk does not reach are appended in document order.
 *
 * @example
 * ```ts
 * activitiesInFlowOrder(model).map((a) => a.name);
 * ```
 */
export function activitiesInFlowOrder(model: BpmnModel): BpmnNode[] {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const outgoing = new Map<string, string[]>();
  const hasIncoming = new Set<string>();
  const add = (from: string, to: string) => {
    const list = outgoing.get(from) ?? [];
    list.push(to);
    outgoing.set(from, list);
  };
  for (const f of model.sequenceFlows) {
    add(f.sourceRef, f.targetRef);
    hasIncoming.add(f.targetRef);
  }
  for (const n of model.nodes) {
    if (n.attachedToRef !== undefined) {
      add(n.attachedToRef, n.id);
      hasIncoming.add(n.id);
    }
  }
  const seen = new Set<string>();
  const out: BpmnNode[] = [];
  const walk = (containerOf: (n: BpmnNode) => boolean) => {
    const starts = model.nodes.filter((n) => containerOf(n) && !hasIncoming.has(n.id));
    starts.sort((a, b) => rank(a) - rank(b));
    const queue = starts.map((n) => n.id);
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (seen.has(id)) continue;
      seen.add(id);
      const node = byId.get(id);
      if (node === undefined) continue;
      if (node.kind === 'activity') {
        out.push(node);
        if (CONTAINERS.has(node.type)) walk((n) => n.parentId === node.id);
      }
      for (const next of outgoing.get(id) ?? []) if (!seen.has(next)) queue.push(next);
    }
  };
  const order = [
    ...model.participants.flatMap((p) => (p.processRef === undefined ? [] : [p.processRef])),
    ...model.processes.map((p) => p.id),
  ];
  for (const processId of new Set(order)) walk((n) => n.processId === processId && n.parentId === undefined);
  for (const n of model.nodes) if (n.kind === 'activity' && !seen.has(n.id)) out.push(n);
  return out;
}

function rank(n: BpmnNode): number {
  return n.type === 'startEvent' ? 0 : n.kind === 'event' ? 1 : 2;
}

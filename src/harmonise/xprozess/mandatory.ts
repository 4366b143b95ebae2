/**
 * Mandatory steps of a BPMN process model: the activities the sequence flow cannot bypass. A Stamm step
 * is mandatory when every path from a start to an end of its process (or enclosing sub-process) runs
 * through it, and its enclosing sub-process, if any, is mandatory too.
 *
 * @module
 */
import type { BpmnModel, BpmnNode } from '../../xprozess/v2/index.js';

/** Nodes of one container (a top-level process or a sub-process) with their outgoing edges. */
class Container {
  readonly nodes: BpmnNode[] = [];
  readonly outgoing = new Map<string, string[]>();
  readonly incoming = new Set<string>();

  edge(from: string, to: string): void {
    const list = this.outgoing.get(from);
    if (list === undefined) this.outgoing.set(from, [to]);
    else list.push(to);
    this.incoming.add(to);
  }

  /** Starts: the start events, or else the nodes without incoming edge (boundary events excluded). */
  starts(): string[] {
    const events = this.nodes.filter((n) => n.type === 'startEvent');
    const list = events.length > 0 ? events : this.nodes.filter((n) => !this.incoming.has(n.id));
    return list.filter((n) => n.attachedToRef === undefined).map((n) => n.id);
  }

  /** Ends: the end events, or else the nodes without outgoing edge. */
  ends(): Set<string> {
    const events = this.nodes.filter((n) => n.type === 'endEvent');
    const list = events.length > 0 ? events : this.nodes.filter((n) => !this.outgoing.has(n.id));
    return new Set(list.map((n) => n.id));
  }

  /** Whether an end is reachable from a start without passing `excluded`; also collects the visited nodes. */
  reachesEnd(
    starts: readonly string[],
    ends: ReadonlySet<string>,
    excluded: string,
    seen: Set<string>,
  ): boolean {
    const queue = starts.filter((s) => s !== excluded);
    let found = false;
    for (let i = 0; i < queue.length; i++) {
      const id = queue[i]!;
      if (seen.has(id)) continue;
      seen.add(id);
      if (ends.has(id)) found = true;
      for (const next of this.outgoing.get(id) ?? [])
        if (next !== excluded && !seen.has(next)) queue.push(next);
    }
    return found;
  }
}

const containerKey = (n: BpmnNode): string => n.parentId ?? `process:${n.processId}`;

/**
 * The ids of the mandatory activities of a model. An activity in a container whose ends cannot be reached
 * at all (a broken model) is never reported as mandatory.
 *
 * @example
 * ```ts
 * const mandatory = mandatoryActivities(model); // e.g. Set { 'sp_empfangen', 'sp_pruefen' }
 * mandatory.has('sp_nachfordern'); // false: a gateway branch bypasses it
 * ```
 */
export function mandatoryActivities(model: BpmnModel): Set<string> {
  const containers = new Map<string, Container>();
  const containerOf = new Map<string, Container>();
  for (const n of model.nodes) {
    const key = containerKey(n);
    let c = containers.get(key);
    if (c === undefined) {
      c = new Container();
      containers.set(key, c);
    }
    c.nodes.push(n);
    containerOf.set(n.id, c);
  }
  for (const f of model.sequenceFlows) {
    const c = containerOf.get(f.sourceRef);
    if (c !== undefined && containerOf.get(f.targetRef) === c) c.edge(f.sourceRef, f.targetRef);
  }
  for (const n of model.nodes) {
    if (n.attachedToRef !== undefined && containerOf.get(n.attachedToRef) === containerOf.get(n.id))
      containerOf.get(n.id)?.edge(n.attachedToRef, n.id);
  }
  const local = new Set<string>();
  for (const c of containers.values()) {
    const starts = c.starts();
    const ends = c.ends();
    const reachable = new Set<string>();
    if (!c.reachesEnd(starts, ends, '', reachable)) continue;
    for (const n of c.nodes) {
      if (n.kind !== 'activity' || !reachable.has(n.id)) continue;
      if (!c.reachesEnd(starts, ends, n.id, new Set())) local.add(n.id);
    }
  }
  const byId = new Map(model.nodes.map((n) => [n.id, n] as const));
  const out = new Set<string>();
  for (const id of local) {
    let parent = byId.get(id)?.parentId;
    let ok = true;
    while (parent !== undefined && ok) {
      ok = local.has(parent);
      parent = byId.get(parent)?.parentId;
    }
    if (ok) out.add(id);
  }
  return out;
}

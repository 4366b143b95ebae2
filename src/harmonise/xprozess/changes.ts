/**
 * The diff engine's changes (typed message) and the BPMN graph changes, attached to the classified
 * process elements.
 *
 * @module
 */
import { type Change, diffXprozessChanges } from '../../diff/index.js';
import { type BpmnChange, diffBpmn } from '../../diff/xprozess-graph.js';
import type { XprozessDocument } from '../../xprozess/v2/index.js';
import type { ProcessView } from './model.js';

/**
 * Changes by attachment key: `prozess`, `prozessklasse`, a local step key, or `-<stamm key>` for dropped
 * steps; graph changes by BPMN activity id (`-<id>` for removed activities).
 *
 * @example
 * ```ts
 * collectChanges(stammDoc, sv, localDoc, lv).engine.get('prozess');
 * ```
 */
export interface Collected {
  readonly engine: Map<string, Change[]>;
  readonly graph: Map<string, BpmnChange[]>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

/**
 * Runs the diff engine (changes at relevance level 1 and up; the embedded model files are left to the
 * graph comparison) and the BPMN graph comparison of the first models, and files the changes by element.
 *
 * @example
 * ```ts
 * const c = collectChanges(stammDoc, sv, localDoc, lv);
 * ```
 */
export function collectChanges(
  stammDoc: XprozessDocument,
  sv: ProcessView,
  localDoc: XprozessDocument,
  lv: ProcessView,
): Collected {
  const engine = new Map<string, Change[]>();
  const graph = new Map<string, BpmnChange[]>();
  const localGroups = new Map<string, string>();
  for (const s of lv.steps)
    if (s.groupId !== undefined) localGroups.set(`aktivitaetengruppe/${lv.id}/${s.groupId}`, s.key);
  const stammGroups = new Map<string, string>();
  for (const s of sv.steps)
    if (s.groupId !== undefined) stammGroups.set(`aktivitaetengruppe/${sv.id}/${s.groupId}`, s.key);
  for (const c of diffXprozessChanges(stammDoc, localDoc).changes) {
    if (c.level < 1 || c.property === 'prozessmodell') continue;
    if (c.elementType === 'process' && c.id === lv.id) push(engine, 'prozess', c);
    else if (c.elementType === 'processClass' && c.id === lv.klasseID) push(engine, 'prozessklasse', c);
    else if (c.elementType === 'activityGroup') {
      const local = localGroups.get(c.key);
      if (local !== undefined && c.kind !== 'removed') push(engine, local, c);
      else {
        const stamm = stammGroups.get(c.key);
        if (stamm !== undefined) push(engine, `-${stamm}`, c);
      }
    }
  }
  const a = sv.bpmn[0];
  const b = lv.bpmn[0];
  if (a !== undefined && b !== undefined) {
    for (const c of diffBpmn(a, b)) {
      if (c.element !== 'activity') continue;
      push(graph, c.kind === 'removed' ? `-${c.id}` : c.id, c);
    }
  }
  return { engine, graph };
}

/**
 * The changes to attach to one element (empty when changes were not collected).
 *
 * @example
 * ```ts
 * attach(collected, 'schritt:sp_pruefen', 'sp_pruefen'); // { changes?, graphChanges? }
 * ```
 */
export function attach(
  c: Collected | undefined,
  key: string,
  modelId: string | undefined,
): { changes?: Change[]; graphChanges?: BpmnChange[] } {
  if (c === undefined) return {};
  const changes = c.engine.get(key);
  const graph = modelId === undefined ? undefined : c.graph.get(modelId);
  return {
    ...(changes === undefined ? {} : { changes }),
    ...(graph === undefined ? {} : { graphChanges: graph }),
  };
}

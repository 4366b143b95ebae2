/**
 * Applies a complete (level 0) change list to the left keyed tree, giving the right one. Every change is
 * checked against what it says was there before; mismatches are reported as `diff/patch-conflict`.
 *
 * @module
 */
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import { jsonEqual, refIds } from './json.js';
import type { Change, ChildRef, Json, KeyedNode, KeyedTree } from './model.js';

interface MutableNode {
  key: string;
  type: string;
  id: string;
  version?: string;
  props: Record<string, Json>;
  slots: Record<string, ChildRef[]>;
}

const REF_KINDS = new Set(['added', 'removed', 'moved']);

/**
 * Applies `changes` to `tree`. The result is the patched tree plus diagnostics (conflicts, malformed
 * changes); the tree is returned even when some changes could not be applied.
 *
 * @example
 * ```ts
 * const { tree, diagnostics } = patchTree(toTree(a), diffTrees(toTree(a), toTree(b), profile));
 * ```
 */
export function patchTree(
  tree: KeyedTree,
  changes: readonly Change[],
): { tree: KeyedTree; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const conflict = (c: Change, why: string) =>
    diagnostics.push(
      diagnostic(
        'error',
        'diff/patch-conflict',
        `${c.kind} ${c.key}${c.property ? ` ${c.property}` : ''}: ${why}`,
        'diff',
        {
          path: c.path,
        },
      ),
    );
  let nodes = new Map<string, MutableNode>();
  for (const n of tree.nodes.values()) nodes.set(n.key, copy(n));
  const isRef = (c: Change) => REF_KINDS.has(c.kind) && (c.from !== undefined || c.to !== undefined);

  // 1. new keys (version bumps, new ids)
  const renames = new Map<string, Change>();
  for (const c of changes) if (c.previousKey !== undefined && !isRef(c)) renames.set(c.previousKey, c);
  if (renames.size > 0) {
    const next = new Map<string, MutableNode>();
    for (const n of nodes.values()) {
      const c = renames.get(n.key);
      if (c !== undefined) {
        n.key = c.key;
        n.id = c.id;
        if (c.version === undefined) delete n.version;
        else n.version = c.version;
      }
      for (const refs of Object.values(n.slots)) {
        for (const [i, r] of refs.entries()) {
          const to = renames.get(r.key);
          if (to !== undefined) refs[i] = { key: to.key, props: r.props };
        }
      }
      next.set(n.key, n);
    }
    for (const k of renames.keys()) if (!nodes.has(k)) conflict(renames.get(k)!, 'no such element');
    nodes = next;
  }
  // 2. reference removals (descending index per slot), then reorders, then insertions (ascending)
  const slotOf = (c: Change, key: string, slot: string) => {
    const parent = nodes.get(key);
    if (parent === undefined) {
      conflict(c, `no parent ${key}`);
      return undefined;
    }
    parent.slots[slot] ??= [];
    return parent.slots[slot];
  };
  const outs = changes.filter((c) => (c.kind === 'removed' || c.kind === 'moved') && c.from !== undefined);
  outs.sort((x, y) => y.from!.index - x.from!.index);
  for (const c of outs) {
    const refs = slotOf(c, c.from!.key, c.from!.slot);
    if (refs === undefined) continue;
    const ref = refs[c.from!.index];
    if (ref === undefined || ref.key !== c.key || !jsonEqual(ref.props, c.before))
      conflict(c, 'reference not found');
    else refs.splice(c.from!.index, 1);
  }
  for (const c of changes) {
    if (c.kind !== 'reordered' || c.property === undefined || !Array.isArray(c.after)) continue;
    const refs = slotOf(c, c.key, c.property);
    if (refs === undefined) continue;
    const ids = refIds(refs.map((r) => r.key));
    const byId = new Map(ids.map((id, i) => [id, refs[i]!] as const));
    const order = (c.after as readonly Json[]).map((id) => byId.get(String(id)));
    if (order.length !== refs.length || order.some((r) => r === undefined)) {
      conflict(c, 'references differ from the recorded order');
      continue;
    }
    refs.splice(0, refs.length, ...(order as ChildRef[]));
  }
  const ins = changes.filter((c) => (c.kind === 'added' || c.kind === 'moved') && c.to !== undefined);
  ins.sort((x, y) => x.to!.index - y.to!.index);
  for (const c of ins) {
    const refs = slotOf(c, c.to!.key, c.to!.slot);
    if (refs === undefined) continue;
    if (c.to!.index > refs.length) conflict(c, 'insertion position out of range');
    else refs.splice(c.to!.index, 0, { key: c.key, props: asRecord(c.after) });
  }
  // 3. nodes removed and added
  for (const c of changes) {
    if (c.kind === 'removed' && c.from === undefined) {
      if (!nodes.delete(c.key)) conflict(c, 'no such element');
    }
  }
  for (const c of changes) {
    if (c.kind !== 'added' || c.to !== undefined) continue;
    const snap = asRecord(c.after);
    const slots: Record<string, ChildRef[]> = {};
    for (const [slot, refs] of Object.entries(asRecord(snap.slots ?? {}))) {
      slots[slot] = (Array.isArray(refs) ? refs : []).map((r: Json) => {
        const o = asRecord(r);
        return { key: String(o.key), props: asRecord(o.props ?? {}) };
      });
    }
    nodes.set(c.key, {
      key: c.key,
      type: c.elementType,
      id: c.id,
      ...(c.version === undefined ? {} : { version: c.version }),
      props: { ...asRecord(snap.props ?? {}) },
      slots,
    });
  }
  // 4. properties of nodes and references
  for (const c of changes) {
    if (c.property === undefined || c.kind === 'reordered' || c.kind === 'reidentified') continue;
    if (c.property === 'version' && c.to === undefined) continue;
    if (c.property.startsWith('ref.')) {
      if (c.to === undefined) continue;
      const ref = slotOf(c, c.to.key, c.to.slot)?.[c.to.index];
      const name = c.property.slice(4);
      if (ref === undefined || ref.key !== c.key || !jsonEqual(ref.props[name], c.before)) {
        conflict(c, 'reference property differs');
        continue;
      }
      const props = { ...ref.props } as Record<string, Json>;
      if (c.after === undefined) delete props[name];
      else props[name] = c.after;
      slotOf(c, c.to.key, c.to.slot)![c.to.index] = { key: ref.key, props };
      continue;
    }
    const node = nodes.get(c.key);
    if (node === undefined || !jsonEqual(node.props[c.property], c.before)) {
      conflict(c, node === undefined ? 'no such element' : 'value differs from "before"');
      continue;
    }
    if (c.after === undefined) delete node.props[c.property];
    else node.props[c.property] = c.after;
  }
  const root = nodes.has(tree.root) ? tree.root : (renames.get(tree.root)?.key ?? tree.root);
  return { tree: { root, nodes: new Map([...nodes].map(([k, n]) => [k, n as KeyedNode])) }, diagnostics };
}

function copy(n: KeyedNode): MutableNode {
  const slots: Record<string, ChildRef[]> = {};
  for (const [k, v] of Object.entries(n.slots)) slots[k] = [...v];
  return {
    key: n.key,
    type: n.type,
    id: n.id,
    ...(n.version === undefined ? {} : { version: n.version }),
    props: { ...n.props },
    slots,
  };
}

function asRecord(v: Json | undefined): Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, Json>) : {};
}

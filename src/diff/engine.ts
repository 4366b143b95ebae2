/**
 * The generic keyed-tree diff: node changes (added, removed, properties, new id or version) and
 * reference changes per slot (added, removed, moved, reordered, reference properties such as the
 * cardinality). Artefact knowledge comes in through a {@link DiffProfile}.
 *
 * @module
 */
import { jsonEqual, refIds } from './json.js';
import { type Matching, matchTrees } from './match.js';
import type { Change, ChildRef, Json, KeyedNode, KeyedTree, Level, RefPlace } from './model.js';
import type { DiffProfile } from './profile.js';

/**
 * Paths (`/id/id/...`) of every node reachable from the root, by the first parent found breadth-first.
 *
 * @example
 * ```ts
 * nodePaths(tree).get('F1@1.0.0'); // '/S1/G1/F1'
 * ```
 */
export function nodePaths(tree: KeyedTree): Map<string, string> {
  const paths = new Map<string, string>();
  const root = tree.nodes.get(tree.root);
  if (root === undefined) return paths;
  paths.set(root.key, '');
  const queue: KeyedNode[] = [root];
  for (let i = 0; i < queue.length; i++) {
    const node = queue[i]!;
    const base = paths.get(node.key) ?? '';
    for (const refs of Object.values(node.slots)) {
      for (const ref of refs) {
        if (paths.has(ref.key)) continue;
        const child = tree.nodes.get(ref.key);
        if (child === undefined) continue;
        paths.set(ref.key, `${base}/${child.id}`);
        queue.push(child);
      }
    }
  }
  return paths;
}

/**
 * The JSON snapshot of a node carried by `added` and `removed` node changes.
 *
 * @example
 * ```ts
 * snapshot(node); // { props: {...}, slots: { struktur: [{ key, props }] } }
 * ```
 */
export function snapshot(node: KeyedNode): Json {
  const slots: Record<string, Json> = {};
  for (const [slot, refs] of Object.entries(node.slots)) {
    slots[slot] = refs.map((r) => ({ key: r.key, props: r.props }));
  }
  return { props: node.props, slots };
}

interface RefEvent {
  readonly parent: KeyedNode;
  readonly slot: string;
  readonly index: number;
  readonly ref: ChildRef;
  /** Child key on the right side (or left key when the child was removed). */
  readonly child: string;
}

/**
 * Computes the changes from `left` to `right`, complete (level 0), in a stable order.
 *
 * @example
 * ```ts
 * const changes = diffTrees(before, after, xdatenfelderProfile);
 * ```
 */
export function diffTrees(left: KeyedTree, right: KeyedTree, profile: DiffProfile): Change[] {
  const matching = matchTrees(left, right, profile);
  const lPaths = nodePaths(left);
  const rPaths = nodePaths(right);
  const changes: Change[] = [];
  const removals: RefEvent[] = [];
  const insertions: RefEvent[] = [];
  const toRight = (k: string) => matching.leftToRight.get(k) ?? k;

  const head = (node: KeyedNode, side: 'left' | 'right') => ({
    elementType: node.type,
    key: node.key,
    id: node.id,
    ...(node.version === undefined ? {} : { version: node.version }),
    path: (side === 'left' ? lPaths : rPaths).get(node.key) ?? `/${node.id}`,
  });
  const place = (parent: KeyedNode, slot: string, index: number): RefPlace => ({
    key: parent.key,
    id: parent.id,
    slot,
    index,
  });

  for (const r of orderedNodes(right, rPaths)) {
    const lKey = matching.rightToLeft.get(r.key);
    const l = lKey === undefined ? undefined : left.nodes.get(lKey);
    if (l === undefined) {
      changes.push({ kind: 'added', ...head(r, 'right'), level: 3, after: snapshot(r) });
      continue;
    }
    const how = matching.method.get(r.key);
    const previous = l.key === r.key ? {} : { previousKey: l.key };
    if (l.id !== r.id) {
      changes.push({
        kind: 'reidentified',
        ...head(r, 'right'),
        ...previous,
        level: 3,
        property: 'id',
        before: identity(l),
        after: identity(r),
        ...(how === undefined ? {} : { match: how }),
      });
    } else if (l.version !== r.version) {
      changes.push({
        kind: 'changed',
        ...head(r, 'right'),
        ...previous,
        level: profile.propertyLevel(r.type, 'version'),
        property: 'version',
        ...opt('before', l.version),
        ...opt('after', r.version),
        ...(how === undefined || how.by === 'version' ? {} : { match: how }),
      });
    }
    for (const prop of unionKeys(l.props, r.props)) {
      const before = l.props[prop];
      const after = r.props[prop];
      if (jsonEqual(before, after)) continue;
      const c = profile.classifyProperty(r, prop, before, after);
      changes.push({
        kind: c.kind,
        ...head(r, 'right'),
        level: profile.propertyLevel(r.type, prop),
        property: prop,
        ...opt('before', before),
        ...opt('after', after),
        ...(c.values === undefined ? {} : { values: c.values }),
      });
    }
    for (const slot of unionKeys(l.slots, r.slots)) {
      const lRefs = l.slots[slot] ?? [];
      const rRefs = r.slots[slot] ?? [];
      const lIds = refIds(lRefs.map((x) => toRight(x.key)));
      const rIds = refIds(rRefs.map((x) => x.key));
      const rSet = new Set(rIds);
      const lSet = new Set(lIds);
      lIds.forEach((id, i) => {
        if (!rSet.has(id))
          removals.push({ parent: r, slot, index: i, ref: lRefs[i]!, child: toRight(lRefs[i]!.key) });
      });
      rIds.forEach((id, i) => {
        if (!lSet.has(id))
          insertions.push({ parent: r, slot, index: i, ref: rRefs[i]!, child: rRefs[i]!.key });
      });
      const lOrder = lIds.filter((id) => rSet.has(id));
      const rOrder = rIds.filter((id) => lSet.has(id));
      if (lOrder.join('\u0000') !== rOrder.join('\u0000')) {
        changes.push({
          kind: 'reordered',
          ...head(r, 'right'),
          level: 3,
          property: slot,
          before: lOrder,
          after: rOrder,
        });
      }
      const lById = new Map(lIds.map((id, i) => [id, lRefs[i]!] as const));
      rIds.forEach((id, i) => {
        const before = lById.get(id);
        const after = rRefs[i]!;
        if (before === undefined) return;
        const child = right.nodes.get(after.key);
        for (const prop of unionKeys(before.props, after.props)) {
          const b = before.props[prop];
          const a = after.props[prop];
          if (jsonEqual(b, a)) continue;
          const c = profile.classifyRefProperty(slot, prop, b, a);
          changes.push({
            kind: c.kind,
            ...(child === undefined ? fallbackHead(after.key) : head(child, 'right')),
            level: profile.refPropertyLevel(slot, prop),
            property: `ref.${prop}`,
            ...opt('before', b),
            ...opt('after', a),
            to: place(r, slot, i),
          });
        }
      });
    }
  }
  changes.push(...refChanges(removals, insertions, left, right, lPaths, rPaths, matching));
  for (const l of orderedNodes(left, lPaths)) {
    if (!matching.leftToRight.has(l.key)) {
      changes.push({ kind: 'removed', ...head(l, 'left'), level: 3, before: snapshot(l) });
    }
  }
  return changes;

  function fallbackHead(key: string) {
    return { elementType: 'unknown', key, id: key, path: '' };
  }
}

function refChanges(
  removals: readonly RefEvent[],
  insertions: readonly RefEvent[],
  left: KeyedTree,
  right: KeyedTree,
  lPaths: ReadonlyMap<string, string>,
  rPaths: ReadonlyMap<string, string>,
  matching: Matching,
): Change[] {
  const out: Change[] = [];
  const count = (events: readonly RefEvent[]) => {
    const m = new Map<string, number>();
    for (const e of events) m.set(e.child, (m.get(e.child) ?? 0) + 1);
    return m;
  };
  const removedCount = count(removals);
  const insertedCount = count(insertions);
  const movable = (child: string) =>
    matching.rightToLeft.has(child) && removedCount.get(child) === 1 && insertedCount.get(child) === 1;
  const removalOf = new Map(removals.filter((e) => movable(e.child)).map((e) => [e.child, e] as const));
  const describe = (key: string, tree: KeyedTree, paths: ReadonlyMap<string, string>) => {
    const n = tree.nodes.get(key);
    return {
      elementType: n?.type ?? 'unknown',
      key,
      id: n?.id ?? key,
      ...(n?.version === undefined ? {} : { version: n.version }),
      path: paths.get(key) ?? `/${n?.id ?? key}`,
    };
  };
  const at = (e: RefEvent): RefPlace => ({
    key: e.parent.key,
    id: e.parent.id,
    slot: e.slot,
    index: e.index,
  });
  for (const e of removals) {
    if (movable(e.child)) continue;
    const onRight = matching.rightToLeft.has(e.child);
    const d = onRight ? describe(e.child, right, rPaths) : describe(e.child, left, lPaths);
    out.push({ kind: 'removed', ...d, level: 3, before: e.ref.props, from: at(e) });
  }
  for (const e of insertions) {
    const from = movable(e.child) ? removalOf.get(e.child) : undefined;
    const d = describe(e.child, right, rPaths);
    if (from !== undefined) {
      out.push({
        kind: 'moved',
        ...d,
        level: 3,
        before: from.ref.props,
        after: e.ref.props,
        from: at(from),
        to: at(e),
      });
    } else {
      out.push({ kind: 'added', ...d, level: 3, after: e.ref.props, to: at(e) });
    }
  }
  return out;
}

function orderedNodes(tree: KeyedTree, paths: ReadonlyMap<string, string>): KeyedNode[] {
  const reachable = [...paths.keys()].map((k) => tree.nodes.get(k)).filter((n) => n !== undefined);
  const seen = new Set(paths.keys());
  return [...reachable, ...[...tree.nodes.values()].filter((n) => !seen.has(n.key))];
}

function identity(node: KeyedNode): Json {
  return node.version === undefined ? { id: node.id } : { id: node.id, version: node.version };
}

function unionKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

function opt<K extends string>(name: K, value: Json | undefined): { [P in K]?: Json } {
  return (value === undefined ? {} : { [name]: value }) as { [P in K]?: Json };
}

/**
 * Keeps the changes reported at `level` (a change is kept when its own level is at least `level`).
 *
 * @example
 * ```ts
 * filterLevel(changes, 3); // structure and data types only
 * ```
 */
export function filterLevel(changes: readonly Change[], level: Level): Change[] {
  return changes.filter((c) => c.level >= level);
}

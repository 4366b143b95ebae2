/**
 * Pairs the nodes of two keyed trees: by identical key, by id with another version, the main element of
 * each side, by derivation (a relation on the right naming the left), and finally by structural
 * similarity (with a score).
 *
 * @module
 */
import { canonical } from './json.js';
import type { KeyedNode, KeyedTree, MatchMethod } from './model.js';
import type { DiffProfile } from './profile.js';

/**
 * The pairing of two trees.
 *
 * @example
 * ```ts
 * const m = matchTrees(a, b, profile);
 * m.leftToRight.get('F1@1.0.0'); // 'F1@1.1.0'
 * ```
 */
export interface Matching {
  readonly leftToRight: ReadonlyMap<string, string>;
  readonly rightToLeft: ReadonlyMap<string, string>;
  /** How each right key was paired (absent: identical key). */
  readonly method: ReadonlyMap<string, { readonly by: MatchMethod; readonly score?: number }>;
}

/**
 * Lowest similarity score that still pairs two elements.
 *
 * @example
 * ```ts
 * if (score >= SIMILARITY_THRESHOLD) console.log('paired');
 * ```
 */
export const SIMILARITY_THRESHOLD = 0.5;
/** Largest candidate count (left x right, per type) the similarity pass compares. */
const MAX_SIMILARITY_PAIRS = 250_000;

/**
 * Pairs the nodes of `left` and `right`.
 *
 * @example
 * ```ts
 * const { leftToRight } = matchTrees(toTree(a), toTree(b), xdatenfelderProfile);
 * ```
 */
export function matchTrees(left: KeyedTree, right: KeyedTree, profile: DiffProfile): Matching {
  const l2r = new Map<string, string>();
  const r2l = new Map<string, string>();
  const method = new Map<string, { by: MatchMethod; score?: number }>();
  const pair = (l: string, r: string, by?: MatchMethod, score?: number) => {
    l2r.set(l, r);
    r2l.set(r, l);
    if (by !== undefined) method.set(r, score === undefined ? { by } : { by, score });
  };
  const lNode = (k: string) => left.nodes.get(k);
  const rNode = (k: string) => right.nodes.get(k);

  // 1. roots
  pair(left.root, right.root, left.root === right.root ? undefined : 'root');
  // 2. identical key
  for (const [k, n] of right.nodes) {
    const l = lNode(k);
    if (!r2l.has(k) && !l2r.has(k) && l !== undefined && l.type === n.type) pair(k, k);
  }
  // 3. same id, other version (pairs in version order)
  const byId = (tree: KeyedTree, taken: ReadonlyMap<string, string>) => {
    const m = new Map<string, KeyedNode[]>();
    for (const n of tree.nodes.values()) {
      if (taken.has(n.key)) continue;
      const id = `${n.type}\u0000${n.id}`;
      const list = m.get(id);
      if (list === undefined) m.set(id, [n]);
      else list.push(n);
    }
    return m;
  };
  const lById = byId(left, l2r);
  for (const [id, rs] of byId(right, r2l)) {
    const ls = lById.get(id);
    if (ls === undefined) continue;
    const order = (x: KeyedNode, y: KeyedNode) => compareVersions(x.version ?? '', y.version ?? '');
    ls.sort(order);
    rs.sort(order);
    for (let i = 0; i < Math.min(ls.length, rs.length); i++) pair(ls[i]!.key, rs[i]!.key, 'version');
  }
  // 4. derivation
  for (const r of right.nodes.values()) {
    if (r2l.has(r.key)) continue;
    for (const origin of profile.derivedFrom(r)) {
      const exact = origin.version === undefined ? undefined : lNode(`${origin.id}@${origin.version}`);
      const candidate =
        exact !== undefined && !l2r.has(exact.key)
          ? exact
          : [...left.nodes.values()].find((l) => l.id === origin.id && !l2r.has(l.key));
      if (candidate !== undefined && candidate.type === r.type) {
        pair(candidate.key, r.key, 'derivation');
        break;
      }
    }
  }
  // 5. the main element: the only child of each root
  const lMain = onlyChild(left);
  const rMain = onlyChild(right);
  if (lMain !== undefined && rMain !== undefined && !l2r.has(lMain) && !r2l.has(rMain)) {
    if (lNode(lMain)?.type === rNode(rMain)?.type) pair(lMain, rMain, 'root');
  }
  // 6. structural similarity, per type, greedy by score
  const types = new Set([...right.nodes.values()].map((n) => n.type));
  for (const type of types) {
    const ls = [...left.nodes.values()].filter((n) => n.type === type && !l2r.has(n.key));
    const rs = [...right.nodes.values()].filter((n) => n.type === type && !r2l.has(n.key));
    if (ls.length === 0 || rs.length === 0 || ls.length * rs.length > MAX_SIMILARITY_PAIRS) continue;
    const lf = ls.map((n) => features(n, profile));
    const rf = rs.map((n) => features(n, profile));
    const scored: { l: number; r: number; score: number }[] = [];
    for (let i = 0; i < ls.length; i++) {
      for (let j = 0; j < rs.length; j++) {
        const score = jaccard(lf[i]!, rf[j]!);
        if (score >= SIMILARITY_THRESHOLD) scored.push({ l: i, r: j, score });
      }
    }
    scored.sort((x, y) => y.score - x.score || x.l - y.l || x.r - y.r);
    for (const s of scored) {
      const l = ls[s.l]!.key;
      const r = rs[s.r]!.key;
      if (l2r.has(l) || r2l.has(r)) continue;
      pair(l, r, 'similarity', Math.round(s.score * 1000) / 1000);
    }
  }
  return { leftToRight: l2r, rightToLeft: r2l, method };
}

function onlyChild(tree: KeyedTree): string | undefined {
  const root = tree.nodes.get(tree.root);
  if (root === undefined) return undefined;
  const refs = Object.values(root.slots).flat();
  return refs.length === 1 ? refs[0]!.key : undefined;
}

function features(node: KeyedNode, profile: DiffProfile): Set<string> {
  const out = new Set<string>();
  for (const [k, v] of Object.entries(node.props)) {
    if (!profile.similarityIgnored.has(k)) out.add(`${k}=${canonical(v)}`);
  }
  for (const [slot, refs] of Object.entries(node.slots)) {
    for (const r of refs) out.add(`${slot}>${r.key.split('@')[0]}`);
  }
  return out;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  return common / (a.size + b.size - common);
}

/**
 * Compares dotted version strings numerically (`1.10.0` after `1.9.0`).
 *
 * @example
 * ```ts
 * compareVersions('1.9.0', '1.10.0'); // negative
 * ```
 */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.');
  const pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    const nx = Number(x);
    const ny = Number(y);
    const d =
      Number.isFinite(nx) && Number.isFinite(ny) && x !== '' && y !== '' ? nx - ny : x.localeCompare(y);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Structural context for near-duplicate detection (rule `parent-alignment`): when a group is paired
 * with its best candidate origin, the children it replaced by local copies are aligned, tree-diff
 * style, with the children of that origin they stand in for. Copying a group copies its children;
 * a child that was then swapped for a local copy most likely derives from the child it replaced.
 * Alignment looks only inside groups that are already paired, never at all pairs.
 *
 * @module
 */
import type { ChildView, ElementView } from './elements.js';

/** Lowest score of a group pair whose children are aligned: only confident parents give context. */
export const PARENT_MIN_SCORE = 0.8;

/**
 * A candidate origin offered for a group (the group is not the pair's named origin).
 *
 * @example
 * ```ts
 * const offer: OriginOffer = { copy: localGroup, origin: stammGroup, score: 0.93 };
 * ```
 */
export interface OriginOffer {
  readonly copy: ElementView;
  readonly origin: ElementView;
  readonly score: number;
}

/**
 * Two children aligned inside a paired parent: `copy` (a child of the copy group) stands where
 * `origin` (a child of the parent's origin) stood. `parentScore` is the score of the parent pair.
 *
 * @example
 * ```ts
 * const a: AlignedChildren = { copy: 'F05000017278@1.2.0', origin: 'F60000000048@1.2.0', parentScore: 0.91 };
 * ```
 */
export interface AlignedChildren {
  readonly copy: string;
  readonly origin: string;
  readonly parentScore: number;
}

/**
 * The key of an unordered pair of element keys (the same for `(a, b)` and `(b, a)`).
 *
 * @example
 * ```ts
 * pairKey('F2@1.0.0', 'F1@1.0.0'); // 'F1@1.0.0 F2@1.0.0'
 * ```
 */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}

/** Two children can stand for each other: same kind, cardinality, datentyp and feldart (art). */
function compatible(
  x: ChildView,
  y: ChildView,
  views: ReadonlyMap<string, ElementView | undefined>,
): boolean {
  if (x.kind !== y.kind || x.anzahl !== y.anzahl) return false;
  const vx = views.get(x.key);
  const vy = views.get(y.key);
  if (vx === undefined || vy === undefined) return false;
  return vx.datentyp === vy.datentyp && vx.feldart === vy.feldart;
}

/**
 * Aligns the children of a copy group with those of its origin: children with the same id are
 * taken over and skipped; the others are matched in document order, each with the first compatible
 * child of the origin after the last match (same kind, cardinality, datentyp and feldart).
 *
 * @example
 * ```ts
 * alignChildren(zeitraumCopy, zeitraum, views); // [[von, anfang], [bis, ende]]
 * ```
 */
export function alignChildren(
  copy: ElementView,
  origin: ElementView,
  views: ReadonlyMap<string, ElementView | undefined>,
): [ChildView, ChildView][] {
  const originIds = new Set<string>();
  for (const c of origin.children) originIds.add(c.id);
  const copyIds = new Set<string>();
  for (const c of copy.children) copyIds.add(c.id);
  const rest: ChildView[] = [];
  for (const c of origin.children) if (!copyIds.has(c.id)) rest.push(c);
  const out: [ChildView, ChildView][] = [];
  let from = 0;
  for (const x of copy.children) {
    if (originIds.has(x.id)) continue;
    for (let k = from; k < rest.length; k++) {
      const y = rest[k];
      if (y !== undefined && compatible(x, y, views)) {
        out.push([x, y]);
        from = k + 1;
        break;
      }
    }
  }
  return out;
}

/**
 * Rule `parent-alignment`: for every group, its best-scored candidate origins (ties kept) with a
 * score of at least {@link PARENT_MIN_SCORE}; the children of each such pair are aligned
 * ({@link alignChildren}). Returns the aligned child pairs by {@link pairKey}, each with the best
 * parent score that supports it.
 *
 * @example
 * ```ts
 * for (const [key, a] of parentAlignments(offers, views)) boost(key, a.parentScore);
 * ```
 */
export function parentAlignments(
  offers: readonly OriginOffer[],
  views: ReadonlyMap<string, ElementView | undefined>,
): Map<string, AlignedChildren> {
  const best = new Map<string, OriginOffer[]>();
  for (const o of offers) {
    if (o.copy.kind !== 'datenfeldgruppe' || o.score < PARENT_MIN_SCORE) continue;
    const current = best.get(o.copy.key);
    const top = current?.[0]?.score ?? -1;
    if (current === undefined || o.score > top) best.set(o.copy.key, [o]);
    else if (o.score === top) current.push(o);
  }
  const out = new Map<string, AlignedChildren>();
  for (const parents of best.values()) {
    for (const p of parents) {
      for (const [x, y] of alignChildren(p.copy, p.origin, views)) {
        const key = pairKey(x.key, y.key);
        const seen = out.get(key);
        if (seen === undefined || p.score > seen.parentScore)
          out.set(key, { copy: x.key, origin: y.key, parentScore: p.score });
      }
    }
  }
  return out;
}

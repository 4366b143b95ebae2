/**
 * Pairing the elements of a local process with those of its Stammprozess: the root and the Prozessklasse
 * reference always; steps by key, then BPMN/subProzess id, then equal label, then label similarity; the
 * other elements by key (normalised name; URIs are not used: in real data several Handlungsgrundlagen
 * share one URI).
 *
 * @module
 */
import { labelSimilarity, stemTokens } from './canon.js';
import type { ProcessElement, ProcessView } from './model.js';

/**
 * How a local element was paired with its Stamm element.
 *
 * @example
 * ```ts
 * const by: ProcessMatchedBy = 'similarity';
 * ```
 */
export type ProcessMatchedBy = 'root' | 'key' | 'id' | 'name' | 'similarity';

/**
 * Options of {@link matchProcesses}.
 *
 * @example
 * ```ts
 * matchProcesses(stamm, local, { minSimilarity: 0.75 });
 * ```
 */
export interface ProcessMatchOptions {
  /** Least label similarity (Dice of stemmed tokens) for pairing renamed steps (default 0.6). */
  readonly minSimilarity?: number;
}

/** Local key → [Stamm key, how], built up pass by pass. */
class Pairing {
  readonly out = new Map<string, readonly [string, ProcessMatchedBy]>();
  readonly taken = new Set<string>();

  take(local: string, stamm: string, by: ProcessMatchedBy): void {
    this.out.set(local, [stamm, by]);
    this.taken.add(stamm);
  }

  free(local: ProcessElement, stamm: ProcessElement): boolean {
    return !this.out.has(local.key) && !this.taken.has(stamm.key);
  }
}

const ragCompatible = (a: ProcessElement, b: ProcessElement) => {
  const x = a.props.referenzaktivitaetengruppe;
  const y = b.props.referenzaktivitaetengruppe;
  return x === undefined || y === undefined || x === y;
};

function matchSteps(stamm: ProcessView, local: ProcessView, p: Pairing, minSimilarity: number): void {
  const s = stamm.steps;
  const l = local.steps;
  const byKey = new Map(s.map((x) => [x.key, x] as const));
  for (const x of l) {
    const y = byKey.get(x.key);
    if (y !== undefined && p.free(x, y)) p.take(x.key, y.key, 'key');
  }
  for (const x of l) {
    if (x.modelId === undefined || p.out.has(x.key)) continue;
    const y = s.find((c) => c.modelId === x.modelId && !p.taken.has(c.key));
    if (y !== undefined) p.take(x.key, y.key, 'id');
  }
  const tokens = (e: ProcessElement) => stemTokens(e.name).join(' ');
  for (const x of l) {
    if (p.out.has(x.key)) continue;
    const t = tokens(x);
    const same = s.filter((c) => !p.taken.has(c.key) && tokens(c) === t);
    const y =
      same.find((c) => c.props.referenzaktivitaetengruppe === x.props.referenzaktivitaetengruppe) ?? same[0];
    if (y !== undefined) p.take(x.key, y.key, 'name');
  }
  const pairs: { x: ProcessElement; y: ProcessElement; score: number }[] = [];
  for (const x of l) {
    if (p.out.has(x.key)) continue;
    for (const y of s) {
      if (p.taken.has(y.key) || !ragCompatible(x, y)) continue;
      const score = labelSimilarity(x.name, y.name);
      if (score >= minSimilarity) pairs.push({ x, y, score });
    }
  }
  pairs.sort((a, b) => b.score - a.score);
  for (const { x, y } of pairs) if (p.free(x, y)) p.take(x.key, y.key, 'similarity');
}

/**
 * Pairs local elements with Stamm elements (steps: key, id, name, similarity; others: key). The Prozessklasse reference is one slot: the two always pair.
 *
 * @example
 * ```ts
 * const m = matchProcesses(stammView, localView); // local key -> [stamm key, how]
 * ```
 */
export function matchProcesses(
  stamm: ProcessView,
  local: ProcessView,
  options: ProcessMatchOptions = {},
): Map<string, readonly [string, ProcessMatchedBy]> {
  const p = new Pairing();
  p.take('prozessklasse', 'prozessklasse', 'root');
  matchSteps(stamm, local, p, options.minSimilarity ?? 0.6);
  for (const [k, x] of local.elements) {
    if (x.kind === 'schritt' || p.out.has(k)) continue;
    const y = stamm.elements.get(k);
    if (y !== undefined && y.kind === x.kind && !p.taken.has(k)) p.take(k, k, 'key');
  }
  return p.out;
}

/**
 * Near-duplicate detection: fields and groups with different ids and the same meaning, scored with
 * reasons. Does not read relation elements. Candidate pairs come from blocks on label tokens and
 * datentyp, never from all pairs.
 *
 * @module
 */
import { documentViews } from './elements.js';
import { labelTokens } from './normalise.js';
import type { NamedDocument } from './reuse.js';
import {
  addParentAlignment,
  type Entry,
  type Scored,
  scoreCandidate,
  textTokens,
} from './similar-candidate.js';
import { PARENT_MIN_SCORE, pairKey } from './similar-context.js';
import { better } from './similar-direction.js';
import { bezugKeys, descriptionTokens, meaningTokens } from './similar-signals.js';

export { scorePair } from './similar-score.js';

/**
 * One near-duplicate pair.
 *
 * @example
 * ```ts
 * const c: SimilarPair = { a: { id: 'F05000000001', version: '1.0.0' }, b: { id: 'F60000000001', version: '1.0.0' }, score: 0.93, reasons: ['label 1.00'], target: 'b', origin: 'b' };
 * ```
 */
export interface SimilarPair {
  readonly a: {
    readonly id: string;
    readonly version: string | undefined;
    readonly bezeichnungEingabe: string;
  };
  readonly b: {
    readonly id: string;
    readonly version: string | undefined;
    readonly bezeichnungEingabe: string;
  };
  /** In [0, 1]. */
  readonly score: number;
  readonly reasons: readonly string[];
  /** The better harmonised target of the two (HAR before others, BOB before others, then Bund, then newer). */
  readonly target: 'a' | 'b';
  /**
   * The likelier origin of the two by id semantics (BOB/Bund before local, lower serial number or version
   * in one Nummernkreis); undefined when the ids do not tell (two local Nummernkreise). The other element
   * is the likely copy, and `score` ranks this pair among the copy's candidate origins.
   */
  readonly origin: 'a' | 'b' | undefined;
}

/**
 * Options of {@link findSimilar}.
 *
 * @example
 * ```ts
 * findSimilar(docs, { minScore: 0.8 });
 * ```
 */
export interface SimilarOptions {
  /**
   * Lowest similarity reported (default 0.5). Compared before the `oldest-origin` demotion, so a reported
   * `score` can lie up to 0.03 below it.
   */
  readonly minScore?: number;
  /** Blocks larger than this are skipped for their token (default 400); full-label blocks never are. */
  readonly maxBlock?: number;
  /** Ranking and blocking rules to switch off, for ablation studies (default: none). */
  readonly disable?: readonly SimilarRule[];
  /** Weights of the evidence, for sensitivity studies (default {@link SIMILAR_WEIGHTS}). */
  readonly weights?: Partial<SimilarWeights>;
}

/**
 * Weights of {@link findSimilar}'s evidence (see `docs/harmonisation.md`, "similar").
 *
 * @example
 * ```ts
 * findSimilar(docs, { weights: { text: 0.2 } satisfies Partial<SimilarWeights> });
 * ```
 */
export interface SimilarWeights {
  /** Share of the descriptive texts in the similarity (the rest is label and structure). */
  readonly text: number;
  /** Demotion of an origin issued just before its copy (rule `oldest-origin`). */
  readonly oldestOrigin: number;
  /**
   * Gain of a child pair aligned inside a paired parent, times the parent pair's score (rule
   * `parent-alignment`).
   */
  readonly context: number;
}

/**
 * The default {@link SimilarWeights}.
 *
 * @example
 * ```ts
 * SIMILAR_WEIGHTS.text; // 0.1
 * ```
 */
export const SIMILAR_WEIGHTS: SimilarWeights = { text: 0.1, oldestOrigin: 0.03, context: 0.1 };

/**
 * The rules {@link findSimilar} adds to plain similarity (see `docs/harmonisation.md`, "similar"):
 * `label-across-types` blocks equal labels regardless of datentyp, `child-blocks` blocks groups that
 * share a child, `direction` names the likelier origin of each pair from its ids, `oldest-origin`
 * demotes pairs whose origin was issued just before the copy (copies made in one go), `description`
 * adds help text for output and beschreibung to the compared texts, `bezug-blocks` blocks elements
 * citing the same data-standard reference, `rederivation` names no origin when the older id was
 * revised into a new major version no earlier than the younger one was published, `definition`
 * lets equal definitions and help texts stand in for different labels, `restriction` counts a group
 * whose children are all children of its named origin as a restriction of it, `parent-alignment`
 * raises children aligned inside a group and its best candidate origin.
 *
 * @example
 * ```ts
 * findSimilar(docs, { disable: ['oldest-origin'] satisfies SimilarRule[] });
 * ```
 */
export type SimilarRule =
  | 'label-across-types'
  | 'child-blocks'
  | 'direction'
  | 'oldest-origin'
  | 'description'
  | 'bezug-blocks'
  | 'rederivation'
  | 'definition'
  | 'restriction'
  | 'parent-alignment';

/**
 * Finds near-duplicate fields and groups (different ids, same meaning) across documents, best first.
 * Relations are not read. Blocking: each element is compared only with elements of the same kind that
 * have the same normalised label, or the same datentyp and a shared five-letter label-token prefix, or
 * cite the same data-standard reference (`bezug` without § or Art.), or (groups) share a child. Each pair names its likelier `origin` by id semantics; `score` ranks the
 * pair among the copy's candidate origins (see `docs/harmonisation.md`).
 *
 * @example
 * ```ts
 * for (const p of findSimilar(docs, { minScore: 0.8 })) console.log(p.a.id, p.b.id, p.score);
 * ```
 */
export function findSimilar(
  documents: readonly NamedDocument[],
  options: SimilarOptions = {},
): SimilarPair[] {
  const minScore = options.minScore ?? 0.5;
  const maxBlock = options.maxBlock ?? 400;
  const weights: SimilarWeights = { ...SIMILAR_WEIGHTS, ...options.weights };
  const off = new Set(options.disable ?? []);
  const entries = new Map<string, Entry>();
  const uses = new Map<string, number>();
  for (const d of documents) {
    const { elements } = documentViews(d.document);
    for (const v of elements.values()) {
      uses.set(v.key, (uses.get(v.key) ?? 0) + 1);
      if (entries.has(v.key)) continue;
      const bezug = off.has('bezug-blocks') ? [] : bezugKeys(v);
      entries.set(v.key, {
        view: v,
        tokens: labelTokens(v.bezeichnungEingabe),
        childLabels: [],
        text: off.has('description') ? textTokens(v) : descriptionTokens(v),
        bezug,
        meaning: off.has('definition') ? [] : meaningTokens(v),
      });
    }
  }
  for (const e of entries.values()) {
    if (e.view.kind !== 'datenfeldgruppe') continue;
    e.childLabels = e.view.children.map((c) => {
      const child = entries.get(c.key);
      return child === undefined ? c.key : `${child.view.kind}:${child.tokens.join(' ')}`;
    });
  }

  const blocks = new Map<string, string[]>();
  for (const e of entries.values()) {
    const v = e.view;
    const type = `${v.kind}|${v.datentyp ?? ''}`;
    const labelBlock = off.has('label-across-types') ? type : v.kind;
    addTo(blocks, `L|${labelBlock}|${e.tokens.join(' ')}`, v.key);
    for (const t of new Set(e.tokens.map((x) => x.slice(0, 5)))) addTo(blocks, `T|${type}|${t}`, v.key);
    if (!off.has('child-blocks'))
      for (const c of new Set(v.children.map((x) => x.id))) addTo(blocks, `C|${c}`, v.key);
    for (const b of e.bezug) addTo(blocks, `B|${v.kind}|${b}`, v.key);
  }

  // Pairs that may still reach minScore with context, and every pair that may be a confident parent.
  const context = off.has('parent-alignment') ? 0 : weights.context;
  const keep = context === 0 ? minScore : Math.min(minScore - context, PARENT_MIN_SCORE);
  const scored = new Map<string, Scored>();
  for (const [block, keys] of blocks) {
    if (keys.length < 2) continue;
    if (!block.startsWith('L|') && keys.length > maxBlock) continue;
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const ka = keys[i] ?? '';
        const kb = keys[j] ?? '';
        const key = pairKey(ka, kb);
        if (scored.has(key)) continue;
        const a = entries.get(ka);
        const b = entries.get(kb);
        if (a === undefined || b === undefined || a.view.id === b.view.id) continue;
        const pair = scoreCandidate(a, b, weights, off, keep);
        if (pair !== undefined) scored.set(key, pair);
      }
    }
  }
  if (context > 0) addParentAlignment(scored, entries, weights, off, context);

  const out: SimilarPair[] = [];
  for (const s of scored.values()) {
    const similar = Math.min(1, s.similar + s.context);
    if (similar < minScore) continue;
    const a = s.a.view;
    const b = s.b.view;
    const reasons =
      s.context > 0 ? [...s.reasons, `parent-alignment ${s.parentScore.toFixed(2)}`] : s.reasons;
    out.push({
      a: { id: a.id, version: a.version, bezeichnungEingabe: a.bezeichnungEingabe },
      b: { id: b.id, version: b.version, bezeichnungEingabe: b.bezeichnungEingabe },
      // A demotion, not a bonus: scores stay in [0, 1] and equal copies (score 1) keep an order.
      score: Math.round(Math.max(0, similar - s.demotion) * 1000) / 1000,
      reasons,
      target: better(a, b, uses.get(a.key) ?? 0, uses.get(b.key) ?? 0),
      origin: s.origin,
    });
  }
  out.sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
  return out;
}

function addTo(blocks: Map<string, string[]>, block: string, key: string): void {
  const list = blocks.get(block);
  if (list === undefined) blocks.set(block, [key]);
  else list.push(key);
}

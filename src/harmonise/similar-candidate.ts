/**
 * Candidate pairs of near-duplicate detection: the compared entries, the scoring of one pair with
 * direction and demotion, and the structural context added to pairs afterwards (rule
 * `parent-alignment`).
 *
 * @module
 */
import type { ElementView } from './elements.js';
import { labelTokens } from './normalise.js';
import type { SimilarRule, SimilarWeights } from './similar.js';
import { type OriginOffer, PARENT_MIN_SCORE, parentAlignments } from './similar-context.js';
import { directionOf, HARMONISED_BONUS, isHarmonised, originAge } from './similar-direction.js';
import { jaccard, keptShare, scorePair } from './similar-score.js';

/**
 * One element as compared by `findSimilar`: its view and the token lists derived from it.
 *
 * @example
 * ```ts
 * const e: Entry = { view, tokens: labelTokens(view.bezeichnungEingabe), childLabels: [], text: [], bezug: [], meaning: [] };
 * ```
 */
export interface Entry {
  readonly view: ElementView;
  readonly tokens: readonly string[];
  childLabels: readonly string[];
  /** Tokens of name, help texts, content, definition (and description): see {@link textTokens}. */
  readonly text: readonly string[];
  /** Normalised references to data standards of the element itself (rule `bezug-blocks`). */
  readonly bezug: readonly string[];
  /** Tokens of definition and input help text (rule `definition`). */
  readonly meaning: readonly string[];
}

/**
 * The texts compared before rule `description`: name, input help text, content, definition, codes.
 *
 * @example
 * ```ts
 * textTokens(view); // ['angabe', ...]
 * ```
 */
export function textTokens(v: ElementView): string[] {
  const parts = [
    v.name,
    v.hilfetextEingabe ?? '',
    v.inhalt ?? '',
    v.metadata.definition ?? '',
    (v.werte ?? []).join(' '),
  ];
  return labelTokens(parts.join(' '));
}

/**
 * Rule `parent-alignment`: children aligned inside a group and its best candidate origin (see
 * `similar-context.ts`) gain `context` times the parent pair's score; pairs that no block proposed
 * (labels sharing nothing) are scored here.
 *
 * @example
 * ```ts
 * addParentAlignment(scored, entries, SIMILAR_WEIGHTS, new Set(), SIMILAR_WEIGHTS.context);
 * ```
 */
export function addParentAlignment(
  scored: Map<string, Scored>,
  entries: ReadonlyMap<string, Entry>,
  weights: SimilarWeights,
  off: ReadonlySet<SimilarRule>,
  context: number,
): void {
  const offers: OriginOffer[] = [];
  const views = new Map<string, ElementView>();
  for (const [key, e] of entries) views.set(key, e.view);
  for (const s of scored.values()) {
    if (s.a.view.kind !== 'datenfeldgruppe') continue;
    const score = s.similar - s.demotion;
    if (score < PARENT_MIN_SCORE) continue;
    if (s.origin !== 'a') offers.push({ copy: s.a.view, origin: s.b.view, score });
    if (s.origin !== 'b') offers.push({ copy: s.b.view, origin: s.a.view, score });
  }
  for (const [key, aligned] of parentAlignments(offers, views)) {
    let s = scored.get(key);
    if (s === undefined) {
      const a = entries.get(aligned.copy);
      const b = entries.get(aligned.origin);
      if (a === undefined || b === undefined || a.view.id === b.view.id) continue;
      s = scoreCandidate(a, b, weights, off, 0);
      if (s === undefined) continue;
      scored.set(key, s);
    }
    if (context * aligned.parentScore > s.context) {
      s.context = context * aligned.parentScore;
      s.parentScore = aligned.parentScore;
    }
  }
}

/**
 * A scored candidate pair before context and output.
 *
 * @example
 * ```ts
 * const s = scoreCandidate(a, b, SIMILAR_WEIGHTS, new Set(), 0.5);
 * if (s !== undefined) console.log(s.similar - s.demotion + s.context, s.reasons);
 * ```
 */
export interface Scored {
  readonly a: Entry;
  readonly b: Entry;
  /** Similarity without context, in [0, 1]. */
  readonly similar: number;
  /** The `oldest-origin` demotion. */
  readonly demotion: number;
  readonly origin: 'a' | 'b' | undefined;
  readonly reasons: readonly string[];
  /** Rule `parent-alignment`: the context gained, and the score of the parent pair that gave it. */
  context: number;
  parentScore: number;
}

/**
 * Scores one candidate pair (label, structure, text, the BOB/Bund bonus, direction and the
 * `oldest-origin` demotion); undefined when its similarity is below `keep`.
 *
 * @example
 * ```ts
 * scoreCandidate(entries.get('F05000000001@1.0.0')!, entries.get('F60000000001@1.0.0')!, SIMILAR_WEIGHTS, new Set(), 0.5);
 * ```
 */
export function scoreCandidate(
  a: Entry,
  b: Entry,
  weights: SimilarWeights,
  off: ReadonlySet<SimilarRule>,
  keep: number,
): Scored | undefined {
  const meaning = a.meaning.length === 0 || b.meaning.length === 0 ? 0 : jaccard(a.meaning, b.meaning);
  const origin = off.has('direction') ? undefined : directionOf(a.view, b.view, !off.has('rederivation'));
  const kept =
    origin === undefined || off.has('restriction')
      ? 0
      : origin === 'a'
        ? keptShare(b.view, a.view)
        : keptShare(a.view, b.view);
  const scored = scorePair(a.view, b.view, a.tokens, b.tokens, a.childLabels, b.childLabels, meaning, kept);
  const text = jaccard(a.text, b.text);
  const bonus = isHarmonised(a.view) !== isHarmonised(b.view) ? HARMONISED_BONUS : 0;
  const age =
    origin === undefined || off.has('oldest-origin')
      ? undefined
      : origin === 'a'
        ? originAge(a.view, b.view)
        : originAge(b.view, a.view);
  const similar = Math.max(0, Math.min(1, (1 - weights.text) * scored.score + weights.text * text + bonus));
  if (similar < keep) return undefined;
  const reasons = [
    ...scored.reasons,
    `text ${text.toFixed(2)}`,
    ...(bonus > 0 ? ['local copy of a BOB/Bund element'] : []),
    ...(origin === undefined ? [] : [`likely origin ${origin === 'a' ? a.view.id : b.view.id}`]),
    ...(age === undefined ? [] : [`origin age ${age.toFixed(2)}`]),
  ];
  const demotion = age === undefined ? 0 : weights.oldestOrigin * (1 - age);
  return { a, b, similar, demotion, origin, reasons, context: 0, parentScore: 0 };
}

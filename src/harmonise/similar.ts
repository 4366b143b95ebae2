/**
 * Near-duplicate detection: fields and groups with different ids and the same meaning, scored with
 * reasons. Does not read relation elements. Candidate pairs come from blocks on label tokens and
 * datentyp, never from all pairs.
 *
 * @module
 */
import { documentViews, type ElementView } from './elements.js';
import { labelTokens } from './normalise.js';
import type { NamedDocument } from './reuse.js';
import { better, directionOf, HARMONISED_BONUS, isHarmonised, originAge } from './similar-direction.js';
import { bezugKeys, descriptionTokens, meaningTokens } from './similar-signals.js';

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
}

/**
 * The default {@link SimilarWeights}.
 *
 * @example
 * ```ts
 * SIMILAR_WEIGHTS.text; // 0.1
 * ```
 */
export const SIMILAR_WEIGHTS: SimilarWeights = { text: 0.1, oldestOrigin: 0.03 };

/**
 * The rules {@link findSimilar} adds to plain similarity (see `docs/harmonisation.md`, "similar"):
 * `label-across-types` blocks equal labels regardless of datentyp, `child-blocks` blocks groups that
 * share a child, `direction` names the likelier origin of each pair from its ids, `oldest-origin`
 * demotes pairs whose origin was issued just before the copy (copies made in one go), `description`
 * adds help text for output and beschreibung to the compared texts, `bezug-blocks` blocks elements
 * citing the same data-standard reference, `rederivation` names no origin when the older id was
 * revised into a new major version no earlier than the younger one was published, `definition`
 * lets equal definitions and help texts stand in for different labels.
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
  | 'definition';

interface Entry {
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

/** The texts compared before rule `description`: name, input help text, content, definition, codes. */
function textTokens(v: ElementView): string[] {
  const parts = [
    v.name,
    v.hilfetextEingabe ?? '',
    v.inhalt ?? '',
    v.metadata.definition ?? '',
    (v.werte ?? []).join(' '),
  ];
  return labelTokens(parts.join(' '));
}

function jaccard<T>(a: readonly T[], b: readonly T[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const sb = new Set(b);
  let common = 0;
  for (const x of new Set(a)) if (sb.has(x)) common++;
  return common / (new Set(a).size + sb.size - common);
}

/** Equal, or one a prefix or suffix of the other (compounds: `geburt`, `datum` / `geburtsdatum`). */
function tokensMatch(x: string, y: string): boolean {
  if (x === y) return true;
  if (x.length < 4 || y.length < 4) return false;
  return (
    y.startsWith(x) || x.startsWith(y) || (x.length >= 5 && y.endsWith(x)) || (y.length >= 5 && x.endsWith(y))
  );
}

/** Token similarity tolerant of prefixes (abbreviations like `geburtsdat` / `geburtsdatum`). */
function labelSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 1 : 0;
  let matched = 0;
  for (const x of a) if (b.some((y) => tokensMatch(x, y))) matched++;
  let matchedB = 0;
  for (const y of b) if (a.some((x) => tokensMatch(x, y))) matchedB++;
  return (matched + matchedB) / (a.length + b.length);
}

function constraintOverlap(a: ElementView, b: ElementView): number {
  const keys = ['minLength', 'maxLength', 'minValue', 'maxValue', 'pattern'] as const;
  let present = 0;
  let same = 0;
  for (const k of keys) {
    const x = a.praezisierung[k];
    const y = b.praezisierung[k];
    if (x === undefined && y === undefined) continue;
    present++;
    if (x === y) same++;
  }
  return present === 0 ? 1 : same / present;
}

function listSimilarity(a: ElementView, b: ElementView): number | undefined {
  if (a.codeliste !== undefined || b.codeliste !== undefined) return a.codeliste === b.codeliste ? 1 : 0;
  if (a.werte !== undefined || b.werte !== undefined) return jaccard(a.werte ?? [], b.werte ?? []);
  return undefined;
}

/**
 * Scores two elements of the same kind (fields or groups) with reasons.
 *
 * @example
 * ```ts
 * const { score, reasons } = scorePair(a, b, childLabelsA, childLabelsB);
 * ```
 */
export function scorePair(
  a: ElementView,
  b: ElementView,
  aTokens: readonly string[] = labelTokens(a.bezeichnungEingabe),
  bTokens: readonly string[] = labelTokens(b.bezeichnungEingabe),
  aChildren: readonly string[] = [],
  bChildren: readonly string[] = [],
  meaning = 0,
): { score: number; reasons: string[] } {
  const named = labelSimilarity(aTokens, bTokens);
  const label = Math.max(named, meaning);
  const reasons = [`label ${named.toFixed(2)}`];
  if (meaning > named) reasons.push(`definition ${meaning.toFixed(2)}`);
  if (a.kind === 'datenfeldgruppe') {
    const children = jaccard(aChildren, bChildren);
    reasons.push(`children ${children.toFixed(2)}`);
    return { score: 0.5 * label + 0.5 * children, reasons };
  }
  let score = 0.55 * label;
  if (a.datentyp === b.datentyp) {
    score += 0.15;
    reasons.push(`datentyp ${a.datentyp ?? ''}`);
  }
  if (a.feldart === b.feldart) {
    score += 0.1;
    reasons.push(`feldart ${a.feldart ?? ''}`);
  }
  const c = constraintOverlap(a, b);
  score += 0.1 * c;
  reasons.push(`constraints ${c.toFixed(2)}`);
  const l = listSimilarity(a, b);
  if (l === undefined) score += 0.1;
  else {
    score += 0.1 * l;
    reasons.push(`code list ${l.toFixed(2)}`);
  }
  return { score, reasons };
}

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

  const seen = new Set<string>();
  const out: SimilarPair[] = [];
  for (const [block, keys] of blocks) {
    if (keys.length < 2) continue;
    if (!block.startsWith('L|') && keys.length > maxBlock) continue;
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const ka = keys[i] ?? '';
        const kb = keys[j] ?? '';
        const pairKey = ka < kb ? `${ka} ${kb}` : `${kb} ${ka}`;
        if (seen.has(pairKey)) continue;
        seen.add(pairKey);
        const a = entries.get(ka);
        const b = entries.get(kb);
        if (a === undefined || b === undefined || a.view.id === b.view.id) continue;
        const pair = scoreCandidate(a, b, weights, off, minScore);
        if (pair === undefined) continue;
        out.push({ ...pair, target: better(a.view, b.view, uses.get(ka) ?? 0, uses.get(kb) ?? 0) });
      }
    }
  }
  out.sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
  return out;
}

function addTo(blocks: Map<string, string[]>, block: string, key: string): void {
  const list = blocks.get(block);
  if (list === undefined) blocks.set(block, [key]);
  else list.push(key);
}

function scoreCandidate(
  a: Entry,
  b: Entry,
  weights: SimilarWeights,
  off: ReadonlySet<SimilarRule>,
  minScore: number,
): Omit<SimilarPair, 'target'> | undefined {
  const meaning = a.meaning.length === 0 || b.meaning.length === 0 ? 0 : jaccard(a.meaning, b.meaning);
  const scored = scorePair(a.view, b.view, a.tokens, b.tokens, a.childLabels, b.childLabels, meaning);
  const text = jaccard(a.text, b.text);
  const bonus = isHarmonised(a.view) !== isHarmonised(b.view) ? HARMONISED_BONUS : 0;
  const origin = off.has('direction') ? undefined : directionOf(a.view, b.view, !off.has('rederivation'));
  const age =
    origin === undefined || off.has('oldest-origin')
      ? undefined
      : origin === 'a'
        ? originAge(a.view, b.view)
        : originAge(b.view, a.view);
  const similar = Math.max(0, Math.min(1, (1 - weights.text) * scored.score + weights.text * text + bonus));
  if (similar < minScore) return undefined;
  // A demotion, not a bonus: scores stay in [0, 1] and equal copies (score 1) keep an order.
  const score = Math.max(0, similar - (age === undefined ? 0 : weights.oldestOrigin * (1 - age)));
  const reasons = [
    ...scored.reasons,
    `text ${text.toFixed(2)}`,
    ...(bonus > 0 ? ['local copy of a BOB/Bund element'] : []),
    ...(origin === undefined ? [] : [`likely origin ${origin === 'a' ? a.view.id : b.view.id}`]),
    ...(age === undefined ? [] : [`origin age ${age.toFixed(2)}`]),
  ];
  return {
    a: { id: a.view.id, version: a.view.version, bezeichnungEingabe: a.view.bezeichnungEingabe },
    b: { id: b.view.id, version: b.view.version, bezeichnungEingabe: b.view.bezeichnungEingabe },
    score: Math.round(score * 1000) / 1000,
    reasons,
    origin,
  };
}

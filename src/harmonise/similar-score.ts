/**
 * Pairwise similarity of two fields or groups: labels (tolerant of compounds and abbreviations),
 * datentyp, feldart, constraints, code lists, and for groups their children. The blocking, direction
 * and ranking around it are in `similar.ts`.
 *
 * @module
 */
import type { ElementView } from './elements.js';
import { labelTokens } from './normalise.js';

/**
 * Jaccard similarity of two lists as sets (1 when both are empty).
 *
 * @example
 * ```ts
 * jaccard(['a', 'b'], ['b', 'c']); // 1 / 3
 * ```
 */
export function jaccard<T>(a: readonly T[], b: readonly T[]): number {
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
 * Scores two elements of the same kind (fields or groups) with reasons. `kept` (groups, rule
 * `restriction`): the share of the copy's children that are children of its origin (see
 * {@link keptShare}); the children count as similar as that share when it beats the label overlap.
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
  kept = 0,
): { score: number; reasons: string[] } {
  const named = labelSimilarity(aTokens, bTokens);
  const label = Math.max(named, meaning);
  const reasons = [`label ${named.toFixed(2)}`];
  if (meaning > named) reasons.push(`definition ${meaning.toFixed(2)}`);
  if (a.kind === 'datenfeldgruppe') {
    const overlap = jaccard(aChildren, bChildren);
    reasons.push(`children ${overlap.toFixed(2)}`);
    if (kept > overlap) reasons.push(`children kept ${kept.toFixed(2)}`);
    return { score: 0.5 * label + 0.5 * Math.max(overlap, kept), reasons };
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

/** Fewest distinct children a copy must have for {@link keptShare}: one shared child says little. */
const KEPT_MIN_CHILDREN = 2;

/**
 * Rule `restriction`: the share of the copy's distinct child ids that are also children of the
 * origin. A derivation that only restricts its origin (Strukturänderung 2) keeps a subset of its
 * children, so a copy with all of its children taken from the candidate origin scores 1 whatever
 * the origin added. 0 for fields and for copies with fewer than two children.
 *
 * @example
 * ```ts
 * keptShare(weitereQualifikation, qualifikation); // 1: both children are children of the origin
 * ```
 */
export function keptShare(copy: ElementView, origin: ElementView): number {
  if (copy.kind !== 'datenfeldgruppe' || origin.kind !== 'datenfeldgruppe') return 0;
  const mine = new Set<string>();
  for (const c of copy.children) mine.add(c.id);
  if (mine.size < KEPT_MIN_CHILDREN) return 0;
  const theirs = new Set<string>();
  for (const c of origin.children) theirs.add(c.id);
  let kept = 0;
  for (const id of mine) if (theirs.has(id)) kept++;
  return kept / mine.size;
}

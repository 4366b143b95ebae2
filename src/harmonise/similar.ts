/**
 * Near-duplicate detection: fields and groups with different ids and the same meaning, scored with
 * reasons. Does not read relation elements. Candidate pairs come from blocks on label tokens and
 * datentyp, never from all pairs.
 *
 * @module
 */
import { compareVersions } from '../diff/index.js';
import { documentViews, type ElementView, nummernkreis } from './elements.js';
import { labelTokens } from './normalise.js';
import type { NamedDocument } from './reuse.js';

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
}

/**
 * The rules {@link findSimilar} adds to plain similarity (see `docs/harmonisation.md`, "similar"):
 * `label-across-types` blocks equal labels regardless of datentyp, `child-blocks` blocks groups that
 * share a child, `direction` names the likelier origin of each pair from its ids, `oldest-origin`
 * demotes pairs whose origin was issued just before the copy (copies made in one go).
 *
 * @example
 * ```ts
 * findSimilar(docs, { disable: ['oldest-origin'] satisfies SimilarRule[] });
 * ```
 */
export type SimilarRule = 'label-across-types' | 'child-blocks' | 'direction' | 'oldest-origin';

interface Entry {
  readonly view: ElementView;
  readonly tokens: readonly string[];
  readonly childLabels: readonly string[];
  /** Tokens of name, help texts, content and definition: a tie-breaker between equal labels. */
  readonly text: readonly string[];
}

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
): { score: number; reasons: string[] } {
  const label = labelSimilarity(aTokens, bTokens);
  const reasons = [`label ${label.toFixed(2)}`];
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

/** Pairs of a local element with a BOB (60) or Bund (00) element are the main case: a small bonus. */
const HARMONISED_BONUS = 0.05;

function isHarmonised(v: ElementView): boolean {
  const nk = nummernkreis(v.id);
  return nk === '60' || nk === '00';
}

/** Weight of {@link originAge}. */
const OLDEST_ORIGIN_WEIGHT = 0.03;

/** Serial-number distance at which {@link originAge} reaches one half. */
const SERIAL_HALF = 50;

/** BOB (60) and Bund (00) elements are the Stamm every other Nummernkreis derives from. */
function stammRank(v: ElementView): number {
  return isHarmonised(v) ? 0 : 1;
}

/**
 * Which of two elements is the likelier origin by id semantics, or undefined when the ids do not tell:
 * BOB/Bund before local; in one Nummernkreis the lower serial number (ids are issued in ascending
 * order, so it existed first); for one id the lower version.
 */
function originOf(a: ElementView, b: ElementView): 'a' | 'b' | undefined {
  const ra = stammRank(a);
  const rb = stammRank(b);
  if (ra !== rb) return ra < rb ? 'a' : 'b';
  if (nummernkreis(a.id) !== nummernkreis(b.id)) return undefined;
  if (a.id === b.id) {
    const c = compareVersions(a.version ?? '', b.version ?? '');
    return c === 0 ? undefined : c < 0 ? 'a' : 'b';
  }
  const sa = serialOf(a.id);
  const sb = serialOf(b.id);
  if (sa === undefined || sb === undefined || sa === sb) return a.id < b.id ? 'a' : 'b';
  return sa < sb ? 'a' : 'b';
}

function serialOf(id: string): number | undefined {
  const n = Number(id.slice(3));
  return Number.isSafeInteger(n) ? n : undefined;
}

/**
 * How long before its copy the origin came into being, in [0, 1): a share growing with the serial-number
 * distance in one Nummernkreis (copies made in one go get adjacent numbers). Undefined for versions of
 * one id and across Nummernkreise, where serial numbers are not comparable (the preference for a
 * BOB/Bund origin is {@link HARMONISED_BONUS}).
 */
function originAge(origin: ElementView, copy: ElementView): number | undefined {
  if (origin.id === copy.id || nummernkreis(origin.id) !== nummernkreis(copy.id)) return undefined;
  const so = serialOf(origin.id);
  const sc = serialOf(copy.id);
  if (so === undefined || sc === undefined) return undefined;
  const gap = Math.abs(sc - so);
  return gap / (gap + SERIAL_HALF);
}

/** Ranks which of two elements is the better harmonised target; positive when `a` is better. */
function targetRank(v: ElementView, uses: number): number[] {
  const nk = nummernkreis(v.id);
  return [v.schemaelementart === 'HAR' ? 1 : 0, nk === '60' ? 1 : 0, nk === '00' ? 1 : 0, uses];
}

function better(a: ElementView, b: ElementView, usesA: number, usesB: number): 'a' | 'b' {
  const ra = targetRank(a, usesA);
  const rb = targetRank(b, usesB);
  for (let i = 0; i < ra.length; i++) {
    const d = (ra[i] ?? 0) - (rb[i] ?? 0);
    if (d !== 0) return d > 0 ? 'a' : 'b';
  }
  return compareVersions(a.version ?? '', b.version ?? '') >= 0 ? 'a' : 'b';
}

/**
 * Finds near-duplicate fields and groups (different ids, same meaning) across documents, best first.
 * Relations are not read. Blocking: each element is compared only with elements of the same kind that
 * have the same normalised label, or the same datentyp and a shared five-letter label-token prefix, or
 * (groups) a shared child. Each pair names its likelier `origin` by id semantics; `score` ranks the
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
  const off = new Set(options.disable ?? []);
  const entries = new Map<string, Entry>();
  const uses = new Map<string, number>();
  const views: ElementView[] = [];
  for (const d of documents) {
    const { elements } = documentViews(d.document);
    for (const v of elements.values()) {
      uses.set(v.key, (uses.get(v.key) ?? 0) + 1);
      if (!entries.has(v.key)) {
        views.push(v);
        entries.set(v.key, {
          view: v,
          tokens: labelTokens(v.bezeichnungEingabe),
          childLabels: [],
          text: textTokens(v),
        });
      }
    }
  }
  for (const v of views) {
    if (v.kind !== 'datenfeldgruppe') continue;
    const childLabels = v.children.map((c) => {
      const e = entries.get(c.key);
      return e === undefined ? c.key : `${e.view.kind}:${e.tokens.join(' ')}`;
    });
    const e = entries.get(v.key);
    if (e !== undefined) entries.set(v.key, { ...e, childLabels });
  }

  const blocks = new Map<string, string[]>();
  const addTo = (block: string, key: string) => {
    const list = blocks.get(block);
    if (list === undefined) blocks.set(block, [key]);
    else list.push(key);
  };
  for (const e of entries.values()) {
    const type = `${e.view.kind}|${e.view.datentyp ?? ''}`;
    const labelBlock = off.has('label-across-types') ? type : e.view.kind;
    addTo(`L|${labelBlock}|${e.tokens.join(' ')}`, e.view.key);
    for (const t of new Set(e.tokens.map((x) => x.slice(0, 5)))) addTo(`T|${type}|${t}`, e.view.key);
    if (!off.has('child-blocks'))
      for (const c of new Set(e.view.children.map((x) => x.id))) addTo(`C|${c}`, e.view.key);
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
        const scored = scorePair(a.view, b.view, a.tokens, b.tokens, a.childLabels, b.childLabels);
        const text = jaccard(a.text, b.text);
        const harmonisedA = isHarmonised(a.view);
        const bonus = harmonisedA !== isHarmonised(b.view) ? HARMONISED_BONUS : 0;
        const origin = off.has('direction') ? undefined : originOf(a.view, b.view);
        const age =
          origin === undefined || off.has('oldest-origin')
            ? undefined
            : origin === 'a'
              ? originAge(a.view, b.view)
              : originAge(b.view, a.view);
        const similar = Math.max(0, Math.min(1, 0.9 * scored.score + 0.1 * text + bonus));
        // A demotion, not a bonus: scores stay in [0, 1] and equal copies (score 1) keep an order.
        const score = Math.max(0, similar - (age === undefined ? 0 : OLDEST_ORIGIN_WEIGHT * (1 - age)));
        const reasons = [
          ...scored.reasons,
          `text ${text.toFixed(2)}`,
          ...(bonus > 0 ? ['local copy of a BOB/Bund element'] : []),
          ...(origin === undefined ? [] : [`likely origin ${origin === 'a' ? a.view.id : b.view.id}`]),
          ...(age === undefined ? [] : [`origin age ${age.toFixed(2)}`]),
        ];
        if (similar < minScore) continue;
        out.push({
          a: { id: a.view.id, version: a.view.version, bezeichnungEingabe: a.view.bezeichnungEingabe },
          b: { id: b.view.id, version: b.view.version, bezeichnungEingabe: b.view.bezeichnungEingabe },
          score: Math.round(score * 1000) / 1000,
          reasons,
          target: better(a.view, b.view, uses.get(ka) ?? 0, uses.get(kb) ?? 0),
          origin,
        });
      }
    }
  }
  out.sort((x, y) => y.score - x.score || x.a.id.localeCompare(y.a.id) || x.b.id.localeCompare(y.b.id));
  return out;
}

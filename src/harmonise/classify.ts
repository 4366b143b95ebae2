/**
 * Local vs Stamm for XDatenfelder: every element of a local (derived) schema classified as unchanged,
 * adapted, added or dropped against its Stamm, and every difference checked against the Stamm's
 * Ableitungsmodifikationen.
 *
 * @module
 */
import type { SourceMap } from '../core/binding/index.js';
import { type Diagnostic, diagnostic } from '../core/diagnostics.js';
import { type Change, diffXdfChanges } from '../diff/index.js';
import type { Xdf3Document } from '../xdatenfelder/v3/index.js';
import { compareElements, type Difference } from './compare.js';
import { documentViews, type ElementKind, type ElementView } from './elements.js';
import { type DifferenceKind, isAllowed, type Permissions, ruleText } from './rules.js';

/** How a local element was paired with its Stamm element. */
export type MatchedBy = 'root' | 'id' | 'derivation' | 'version';

/** The four classes of local vs Stamm. */
export type ElementStatus = 'unchanged' | 'adapted' | 'added' | 'dropped';

/**
 * The classification of one element.
 *
 * @example
 * ```ts
 * result.elements.filter((e) => e.status === 'adapted').map((e) => e.differences);
 * ```
 */
export interface ElementClassification {
  readonly status: ElementStatus;
  readonly kind: ElementKind;
  /** Local key (`id@version`); the Stamm key for dropped elements. */
  readonly key: string;
  readonly id: string;
  readonly name: string;
  readonly bezeichnungEingabe: string;
  /** The matched Stamm element (unchanged, adapted). */
  readonly stammKey?: string;
  readonly matchedBy?: MatchedBy;
  /** Differences (adapted elements only; history and status are ignored). */
  readonly differences: readonly Difference[];
  /** The diff engine's level-1 changes for this element (when requested). */
  readonly changes?: readonly Change[];
}

/**
 * A difference the Stamm's Ableitungsmodifikationen do not allow.
 *
 * @example
 * ```ts
 * `${v.elementKey} ${v.property}: ${v.before} -> ${v.after} breaks ${v.rule}`;
 * ```
 */
export interface Violation extends Difference {
  readonly elementKey: string;
  readonly stammKey: string;
  /** The rule broken, e.g. `ableitungsmodifikationenStruktur 1 (nur einschränkbar)`. */
  readonly rule: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * The figures of one local artefact against its Stamm (over distinct fields and groups; the schema
 * itself is classified but not counted).
 *
 * @example
 * ```ts
 * result.figures.reuseShare; // unchanged / (unchanged + adapted + added)
 * ```
 */
export interface LocalFigures {
  /** Fields and groups of the local artefact. */
  readonly total: number;
  readonly unchanged: number;
  readonly adapted: number;
  readonly added: number;
  readonly dropped: number;
  readonly reuseShare: number;
  readonly adaptationShare: number;
  readonly localShare: number;
  readonly violations: number;
}

/**
 * Result of {@link classifyAgainstStamm}.
 *
 * @example
 * ```ts
 * const { figures, violations } = classifyAgainstStamm(stamm, local);
 * ```
 */
export interface LocalVsStamm {
  readonly stamm: { readonly key: string; readonly bezeichnung: string; readonly permissions: Permissions };
  readonly local: { readonly key: string; readonly bezeichnung: string };
  readonly elements: readonly ElementClassification[];
  readonly violations: readonly Violation[];
  readonly figures: LocalFigures;
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Options of {@link classifyAgainstStamm}.
 *
 * @example
 * ```ts
 * classifyAgainstStamm(stamm, local, { withChanges: false }); // faster, no diff-engine details
 * ```
 */
export interface ClassifyOptions {
  /** Attach the diff engine's level-1 changes to adapted elements (default true). */
  readonly withChanges?: boolean;
  /** Positions of the local document, to place violations. */
  readonly localSourceMap?: SourceMap | undefined;
}

const share = (n: number, d: number) => (d === 0 ? 0 : n / d);

/**
 * Matches the local elements to the Stamm elements: by identical `id@version`, then by an `ABL`
 * relation, then by the same id at another version. Roots always match each other.
 *
 * @example
 * ```ts
 * const m = matchToStamm(documentViews(stamm), documentViews(local)); // local key -> [stamm key, how]
 * ```
 */
export function matchToStamm(
  stamm: ReturnType<typeof documentViews>,
  local: ReturnType<typeof documentViews>,
): Map<string, readonly [string, MatchedBy]> {
  const out = new Map<string, readonly [string, MatchedBy]>();
  const taken = new Set<string>();
  const byId = new Map<string, string[]>();
  for (const k of stamm.elements.keys()) {
    const id = k.split('@')[0] ?? k;
    const list = byId.get(id);
    if (list === undefined) byId.set(id, [k]);
    else list.push(k);
  }
  if (stamm.root !== undefined && local.root !== undefined) {
    out.set(local.root.key, [stamm.root.key, 'root']);
    taken.add(stamm.root.key);
  }
  const take = (l: string, s: string, by: MatchedBy) => {
    out.set(l, [s, by]);
    taken.add(s);
  };
  for (const [k] of local.elements)
    if (!out.has(k) && stamm.elements.has(k) && !taken.has(k)) take(k, k, 'id');
  for (const [k, v] of local.elements) {
    if (out.has(k)) continue;
    for (const target of v.derivedFrom) {
      const candidates = stamm.elements.has(target) ? [target] : (byId.get(target) ?? []);
      const free = candidates.find((c) => !taken.has(c));
      if (free !== undefined) {
        take(k, free, 'derivation');
        break;
      }
    }
  }
  for (const [k, v] of local.elements) {
    if (out.has(k)) continue;
    const free = (byId.get(v.id) ?? []).find((c) => !taken.has(c));
    if (free !== undefined) take(k, free, 'version');
  }
  return out;
}

function permissionsOf(document: Xdf3Document): Permissions {
  if (document.message !== 'xdatenfelder.stammdatenschema.0102')
    return { struktur: undefined, repraesentation: undefined };
  const s = document.model.stammdatenschema;
  return {
    struktur: s.ableitungsmodifikationenStruktur.code,
    repraesentation: s.ableitungsmodifikationenRepraesentation.code,
  };
}

/**
 * Classifies every element of `local` against `stamm` (both XDatenfelder 3.0.0; convert 2.0 first) and
 * reports every difference the Stamm's Ableitungsmodifikationen forbid.
 *
 * @example
 * ```ts
 * const r = classifyAgainstStamm(v3.parse(stammXml).value!, v3.parse(localXml).value!);
 * r.figures.reuseShare; r.violations.length;
 * ```
 */
export function classifyAgainstStamm(
  stamm: Xdf3Document,
  local: Xdf3Document,
  options: ClassifyOptions = {},
): LocalVsStamm {
  const sv = documentViews(stamm);
  const lv = documentViews(local);
  const permissions = permissionsOf(stamm);
  const diagnostics: Diagnostic[] = [];
  if (permissions.struktur !== undefined && !['0', '1', '2', '3'].includes(permissions.struktur)) {
    diagnostics.push(
      diagnostic(
        'warning',
        'harmonise/unknown-ableitungscode',
        `Unknown ableitungsmodifikationenStruktur code "${permissions.struktur}": only metadata changes are treated as allowed.`,
        'harmonise',
      ),
    );
  }
  const matches = matchToStamm(sv, lv);
  const stammToLocal = new Map<string, string>();
  for (const [l, [s]] of matches) stammToLocal.set(s, l);
  const mapChild = (k: string) => stammToLocal.get(k) ?? k;

  let changesByKey: Map<string, Change[]> | undefined;
  if (options.withChanges ?? true) {
    changesByKey = new Map();
    const r = diffXdfChanges(stamm, local);
    for (const c of r.changes) {
      if (c.level > 1) continue;
      const list = changesByKey.get(c.key);
      if (list === undefined) changesByKey.set(c.key, [c]);
      else list.push(c);
    }
  }

  const elements: ElementClassification[] = [];
  const violations: Violation[] = [];
  const classify = (l: ElementView) => {
    const m = matches.get(l.key);
    const base = {
      kind: l.kind,
      key: l.key,
      id: l.id,
      name: l.name,
      bezeichnungEingabe: l.bezeichnungEingabe,
    };
    if (m === undefined) {
      elements.push({ ...base, status: 'added', differences: [] });
      return;
    }
    const [stammKey, matchedBy] = m;
    const s = l.kind === 'stammdatenschema' ? sv.root : sv.elements.get(stammKey);
    if (s === undefined) return;
    const differences = compareElements(s, l, mapChild);
    const changes = changesByKey?.get(l.key);
    elements.push({
      ...base,
      status: differences.length === 0 ? 'unchanged' : 'adapted',
      stammKey,
      matchedBy,
      differences,
      ...(changes === undefined ? {} : { changes }),
    });
    for (const d of differences) {
      if (isAllowed(d.kind, permissions)) continue;
      const at = options.localSourceMap?.positionOf(l.element);
      violations.push({
        ...d,
        elementKey: l.key,
        stammKey,
        rule: ruleText(d.kind, permissions),
        ...(at === undefined ? {} : { line: at.line, column: at.column }),
      });
    }
  };
  if (lv.root !== undefined && lv.root.kind === 'stammdatenschema') classify(lv.root);
  for (const l of lv.elements.values()) classify(l);
  for (const [k, s] of sv.elements) {
    if (stammToLocal.has(k)) continue;
    elements.push({
      status: 'dropped',
      kind: s.kind,
      key: k,
      id: s.id,
      name: s.name,
      bezeichnungEingabe: s.bezeichnungEingabe,
      differences: [],
    });
  }

  const counted = elements.filter((e) => e.kind !== 'stammdatenschema');
  const count = (st: ElementStatus) => counted.filter((e) => e.status === st).length;
  const unchanged = count('unchanged');
  const adapted = count('adapted');
  const added = count('added');
  const total = unchanged + adapted + added;
  return {
    stamm: { key: sv.root?.key ?? '', bezeichnung: sv.root?.bezeichnungEingabe ?? '', permissions },
    local: { key: lv.root?.key ?? '', bezeichnung: lv.root?.bezeichnungEingabe ?? '' },
    elements,
    violations,
    figures: {
      total,
      unchanged,
      adapted,
      added,
      dropped: count('dropped'),
      reuseShare: share(unchanged, total),
      adaptationShare: share(adapted, total),
      localShare: share(added, total),
      violations: violations.length,
    },
    diagnostics,
  };
}

/**
 * Counts the differences of a classification by kind.
 *
 * @example
 * ```ts
 * differenceCounts(result).representation; // 3
 * ```
 */
export function differenceCounts(result: LocalVsStamm): Record<DifferenceKind, number> {
  const out: Record<DifferenceKind, number> = {
    restriction: 0,
    extension: 0,
    other: 0,
    representation: 0,
    metadata: 0,
  };
  for (const e of result.elements) for (const d of e.differences) out[d.kind]++;
  return out;
}

/**
 * Harmonisation across N local variants of one Stamm: each variant classified against the Stamm, the
 * equivalent local additions and adaptations clustered by signature hash (linear in the elements), and
 * the harmonisation potential computed (docs/harmonisation.md).
 *
 * @module
 */
import type { Xdf3Document } from '../xdatenfelder/v3/index.js';
import { classifyAgainstStamm, type LocalFigures, type Violation } from './classify.js';
import { documentViews, type ElementView, nummernkreis } from './elements.js';
import { hashString, labelTokens, signatureOf } from './normalise.js';

/**
 * A set of equivalent local changes found in several variants.
 *
 * @example
 * ```ts
 * report.clusters[0]?.variants.length; // how many variants share the change
 * ```
 */
export interface ChangeCluster {
  /** Signature hash. */
  readonly signature: string;
  readonly status: 'added' | 'adapted';
  readonly kind: string;
  /** A representative element: its local key and label. */
  readonly example: { readonly key: string; readonly bezeichnungEingabe: string };
  /** For adaptations: the Stamm element adapted. */
  readonly stammKey?: string;
  /** What the adaptation changed (`property: before -> after`). */
  readonly change?: string;
  /** Sources of the variants sharing this change. */
  readonly variants: readonly string[];
  /** Whether it reaches the adoption threshold k. */
  readonly adoptable: boolean;
}

/**
 * One variant's summary.
 *
 * @example
 * ```ts
 * report.variants.map((v) => [v.source, v.figures.reuseShare, v.violations.length]);
 * ```
 */
export interface VariantSummary {
  readonly source: string;
  readonly key: string;
  readonly bezeichnung: string;
  readonly figures: LocalFigures;
  readonly violations: readonly Violation[];
}

/**
 * Result of {@link harmoniseVariants}.
 *
 * @example
 * ```ts
 * const r = harmoniseVariants(stamm, variants); r.potential.share;
 * ```
 */
export interface HarmonisationReport {
  readonly stamm: {
    readonly key: string;
    readonly bezeichnung: string;
    readonly struktur: string | undefined;
    readonly repraesentation: string | undefined;
  };
  readonly variants: readonly VariantSummary[];
  /** Ranked: most variants first. */
  readonly clusters: readonly ChangeCluster[];
  /** Adoption threshold used. */
  readonly k: number;
  readonly potential: {
    /** Local elements (added + adapted) over all variants. */
    readonly localElements: number;
    /** Local elements with an equivalent (same label tokens and datentyp) HAR or BOB element in the Stamm. */
    readonly replaceable: number;
    /** Local elements that belong to an adoptable cluster. */
    readonly adoptable: number;
    /** (replaceable + adoptable) / localElements. */
    readonly share: number;
  };
  readonly totals: {
    readonly elements: number;
    readonly unchanged: number;
    readonly adapted: number;
    readonly added: number;
    readonly dropped: number;
    readonly violations: number;
  };
}

/**
 * Options of {@link harmoniseVariants}.
 *
 * @example
 * ```ts
 * harmoniseVariants(stamm, variants, { k: 2, keepViolations: 100 });
 * ```
 */
export interface HarmoniseOptions {
  /** Adoption threshold; default 3, or 10 % of the variants when that is more. */
  readonly k?: number;
  /** Keep at most this many violations per variant in the report (default: all). */
  readonly keepViolations?: number;
}

/** A copy with fresh strings (see the comment in `add`). */
function detach<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/**
 * The default adoption threshold for `n` variants: 3, or 10 % of the variants when that is more
 * (never more than `n`).
 *
 * @example
 * ```ts
 * defaultK(4); // 3
 * defaultK(1100); // 110
 * ```
 */
export function defaultK(n: number): number {
  return Math.max(1, Math.min(n, Math.max(3, Math.ceil(n * 0.1))));
}

/**
 * Incremental form of {@link harmoniseVariants}: add variants one at a time (memory stays bounded by
 * the number of distinct clusters, not the number of variants), then `finish()`.
 *
 * @example
 * ```ts
 * const acc = createHarmoniser(stamm, { k: 3 });
 * for (const v of variants) acc.add(v.source, v.document);
 * const report = acc.finish();
 * ```
 */
export function createHarmoniser(
  stamm: Xdf3Document,
  options: HarmoniseOptions = {},
): { add(source: string, document: Xdf3Document): VariantSummary; finish(): HarmonisationReport } {
  const sv = documentViews(stamm);
  const harmonised = new Set<string>();
  for (const v of sv.elements.values()) {
    if (v.schemaelementart === 'HAR' || nummernkreis(v.id) === '60')
      harmonised.add(`${v.kind}|${v.datentyp ?? ''}|${labelTokens(v.bezeichnungEingabe).join(' ')}`);
  }
  const clusters = new Map<
    string,
    { c: Omit<ChangeCluster, 'variants' | 'adoptable'>; variants: string[] }
  >();
  const variants: VariantSummary[] = [];
  const totals = { elements: 0, unchanged: 0, adapted: 0, added: 0, dropped: 0, violations: 0 };
  let replaceable = 0;

  const add = (source: string, document: Xdf3Document): VariantSummary => {
    const r = classifyAgainstStamm(stamm, document, { withChanges: false });
    const lv = documentViews(document);
    const sig = (v: ElementView): string =>
      signatureOf(v, (k) => {
        const child = lv.elements.get(k);
        return child === undefined ? k : sig(child);
      });
    const seen = new Set<string>();
    for (const e of r.elements) {
      if (e.kind === 'stammdatenschema' || (e.status !== 'added' && e.status !== 'adapted')) continue;
      const view = lv.elements.get(e.key);
      if (view === undefined) continue;
      if (
        e.status === 'added' &&
        harmonised.has(
          `${view.kind}|${view.datentyp ?? ''}|${labelTokens(view.bezeichnungEingabe).join(' ')}`,
        )
      )
        replaceable++;
      const relevant = e.differences.filter((d) => d.kind !== 'metadata');
      if (e.status === 'adapted' && relevant.length === 0) continue;
      const change = relevant
        .map((d) => `${d.property}: ${d.before ?? '–'} -> ${d.after ?? '–'}`)
        .sort()
        .join('; ');
      const raw = e.status === 'added' ? `A|${sig(view)}` : `C|${e.stammKey ?? ''}|${change}`;
      const h = hashString(raw);
      if (seen.has(h)) continue;
      seen.add(h);
      const cl = clusters.get(h);
      if (cl === undefined) {
        clusters.set(h, {
          c: detach({
            signature: h,
            status: e.status,
            kind: e.kind,
            example: { key: e.key, bezeichnungEingabe: e.bezeichnungEingabe },
            ...(e.stammKey === undefined || e.status === 'added' ? {} : { stammKey: e.stammKey }),
            ...(e.status === 'adapted' ? { change } : {}),
          }),
          variants: [source],
        });
      } else cl.variants.push(source);
    }
    const f = r.figures;
    totals.elements += f.total;
    totals.unchanged += f.unchanged;
    totals.adapted += f.adapted;
    totals.added += f.added;
    totals.dropped += f.dropped;
    totals.violations += f.violations;
    const keep = options.keepViolations;
    // A deep copy through JSON: strings cut from the parsed XML can keep the whole input text alive
    // (V8 sliced strings); the copy holds only what the report needs, so memory stays bounded.
    const summary = detach<VariantSummary>({
      source,
      key: r.local.key,
      bezeichnung: r.local.bezeichnung,
      figures: f,
      violations: keep === undefined ? r.violations : r.violations.slice(0, keep),
    });
    variants.push(summary);
    return summary;
  };

  const finish = (): HarmonisationReport => {
    const k = options.k ?? defaultK(variants.length);
    const ranked: ChangeCluster[] = [...clusters.values()]
      .map(({ c, variants: vs }) => ({ ...c, variants: vs, adoptable: vs.length >= k }))
      .sort((a, b) => b.variants.length - a.variants.length || a.example.key.localeCompare(b.example.key));
    const localElements = totals.added + totals.adapted;
    const adoptable = ranked.filter((c) => c.adoptable).reduce((n, c) => n + c.variants.length, 0);
    const root = sv.root;
    const s =
      stamm.message === 'xdatenfelder.stammdatenschema.0102' ? stamm.model.stammdatenschema : undefined;
    return {
      stamm: {
        key: root?.key ?? '',
        bezeichnung: root?.bezeichnungEingabe ?? '',
        struktur: s?.ableitungsmodifikationenStruktur.code,
        repraesentation: s?.ableitungsmodifikationenRepraesentation.code,
      },
      variants,
      clusters: ranked,
      k,
      potential: {
        localElements,
        replaceable,
        adoptable,
        share: localElements === 0 ? 0 : Math.min(1, (replaceable + adoptable) / localElements),
      },
      totals,
    };
  };
  return { add, finish };
}

/**
 * Classifies N variants against their Stamm, clusters equivalent local changes and computes the
 * harmonisation potential.
 *
 * @example
 * ```ts
 * const report = harmoniseVariants(stamm, [{ source: 'a.xml', document: a }, { source: 'b.xml', document: b }]);
 * report.clusters.filter((c) => c.adoptable);
 * ```
 */
export function harmoniseVariants(
  stamm: Xdf3Document,
  variants: readonly { readonly source: string; readonly document: Xdf3Document }[],
  options: HarmoniseOptions = {},
): HarmonisationReport {
  const h = createHarmoniser(stamm, options);
  for (const v of variants) h.add(v.source, v.document);
  return h.finish();
}
